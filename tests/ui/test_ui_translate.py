"""Online translation in the window, against the local fake providers (real deep-translator code).

Hand-made analyses (``tests/ui/ui_helpers.py``) keep these fast; the providers
answer from ``tests/translate_fake_server.py`` on 127.0.0.1. No sleeps: every
wait is on a condition or a signal.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from app.translate import TranslationService
from app.ui import settings as keys
from app.ui.widgets.text_view import line_boxes
from tests.translate_fake_server import (
    ENDPOINTS,
    GOOD_KEY,
    Action,
    FakeProviders,
    fake_translate,
    refused_endpoint,
)
from tests.ui.translate_support import wire
from tests.ui.ui_helpers import STORY, open_and_wait

LONG = "\n".join([STORY] * 12)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeProviders]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # a fresh cache per test
    server = FakeProviders()
    yield server
    server.close()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every question/critical/information box (none may appear unasked); answers No."""
    calls: list[tuple[str, str]] = []

    def box(kind: str, answer: QMessageBox.StandardButton) -> Any:
        def show(parent: object, title: str, text: str, *args: object) -> Any:
            calls.append((kind, title))
            return answer

        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "question", box("question", QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "critical", box("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", box("information", QMessageBox.StandardButton.Ok)
    )
    return calls


@pytest.fixture
def translating(make_window, qtbot, fake: FakeProviders):
    """A window wired to the fake server; ``online`` and ``prefetch`` as asked."""

    def factory(
        online: bool = True, prefetch: bool = True, text: str | None = STORY, **options: Any
    ):
        window = make_window()
        window.translator.prefetch_enabled = prefetch
        wire(window, fake, **options)
        if online:
            window.set_online_translation(True)
        if text is not None:
            open_and_wait(qtbot, window, text=text)
        return window

    return factory


def token_index(window, text: str, nth: int = 0) -> int:
    return [i for i, t in enumerate(window.analysis.tokens) if t.text == text][nth]


def sentence_of(window, token: int) -> str:
    return window.analysis.sentence_text(window.analysis.tokens[token].sentence)


def hover(qtbot, window, token: int) -> None:
    rect = window.reader.token_rect(token)
    assert rect.isValid() and rect.width() > 0
    qtbot.mouseMove(window.reader.viewport(), rect.center())


def english_point(window, sentence: int) -> QPoint:
    text = window.translation_pane.text
    found = text.sentence_range(sentence)
    assert found is not None
    block_no, start, end = found
    block = text.document().findBlockByNumber(block_no)
    box = next(line_boxes(block, start, end, text.block_rect(block)))
    return box.center().toPoint()


def idle(window) -> bool:
    translator = window.translator
    return (
        not translator.book.pending
        and not translator.book.gloss_pending
        and (translator.article_state != "running")
    )


# ---------------------------------------------------------------------------- hover


def test_hover_shows_translating_then_the_translation(translating, fake, qtbot) -> None:
    window = translating(prefetch=False)
    fake.gate = __import__("threading").Event()  # hold the request at the server
    token = token_index(window, "Zweifel")
    sentence = sentence_of(window, token)
    started = time.perf_counter()
    hover(qtbot, window, token)
    qtbot.waitUntil(window.hover.tip.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: "translating…" in window.hover.tip.text(), timeout=3000)
    assert "doubt" in window.hover.tip.text()  # the dictionary gloss is there meanwhile
    assert fake.wait_for_requests(1, timeout=5)
    fake.gate.set()
    expected = fake_translate(sentence).replace("<", "&lt;").replace(">", "&gt;")
    qtbot.waitUntil(lambda: expected in window.hover.tip.text(), timeout=5000)
    elapsed_ms = (time.perf_counter() - started) * 1000
    assert "translating…" not in window.hover.tip.text()
    assert window.hover.tip.token == token  # updated in place, same card
    assert "doubt" in window.hover.tip.text()
    # The Word panel shows it too, under the sentence.
    qtbot.mouseClick(
        window.reader.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.reader.token_rect(token).center(),
    )
    qtbot.waitUntil(lambda: fake_translate(sentence) in window.word_panel.text(), timeout=3000)
    panel = window.word_panel.text()
    assert panel.index(sentence) < panel.index(fake_translate(sentence))
    assert [r.texts for r in fake.requests] == [[sentence]]  # the sentence, once, alone
    assert elapsed_ms < 5000


def test_hover_translation_is_fast_with_the_fake_server(translating, fake, qtbot) -> None:
    """Mouse comes to rest → card shows the translation: rest delay + debounce + one request."""
    window = translating(prefetch=False)
    token = token_index(window, "Haus")
    expected = fake_translate(sentence_of(window, token)).replace("<", "&lt;").replace(">", "&gt;")
    started = time.perf_counter()
    hover(qtbot, window, token)
    qtbot.waitUntil(lambda: expected in window.hover.tip.text(), timeout=5000)
    elapsed_ms = (time.perf_counter() - started) * 1000
    assert elapsed_ms < 1500, elapsed_ms


def test_unknown_word_gets_an_online_gloss_marked_as_online(translating, fake, qtbot) -> None:
    window = translating(prefetch=False)
    token = token_index(window, "keinen")  # the fake dictionary knows no glosses for it
    assert "no dictionary entry" in window.tooltip_content(token)
    hover(qtbot, window, token)
    qtbot.waitUntil(lambda: "EN&lt;keinen&gt;" in window.hover.tip.text(), timeout=5000)
    tip = window.hover.tip.text()
    assert "online · Google Translate" in tip
    assert "no dictionary entry" not in tip
    # Known words get no online gloss (only the sentence is sent).
    assert ["keinen"] in [r.texts for r in fake.requests]
    known = token_index(window, "Zweifel")
    hover(qtbot, window, known)
    qtbot.waitUntil(lambda: window.hover.tip.token == known, timeout=3000)
    qtbot.waitUntil(lambda: idle(window), timeout=5000)
    assert ["Zweifel"] not in [r.texts for r in fake.requests]
    assert ["zweifel"] not in [r.texts for r in fake.requests]
    # Pinned: the Word panel says the same, as plain text for the clipboard.
    window.pin_word(token)
    assert "EN<keinen> (online, Google Translate)" in window.word_panel.plain
    assert "online · Google Translate" in window.word_panel.text()


def test_names_get_no_online_gloss(translating, fake, qtbot) -> None:
    window = translating(prefetch=False)
    token = token_index(window, "Berlin")
    hover(qtbot, window, token)
    qtbot.waitUntil(lambda: "EN&lt;" in window.hover.tip.text(), timeout=5000)
    assert all(len(r.texts) != 1 or r.texts[0] != "berlin" for r in fake.requests)
    assert all(t != "Berlin" for r in fake.requests for t in r.texts)


def test_many_hovers_cause_one_request_per_sentence(translating, fake, qtbot) -> None:
    window = translating(prefetch=False)
    words = list(window.index.words)
    # A fast sweep over every word: only where the mouse comes to rest is asked for.
    for token in words:
        hover(qtbot, window, token)
    last = window.analysis.tokens[words[-1]].sentence
    qtbot.waitUntil(lambda: window.translator.translation(last) is not None, timeout=5000)
    qtbot.waitUntil(lambda: idle(window), timeout=5000)
    sent = [t for r in fake.requests for t in r.texts]
    assert window.analysis.sentence_text(last) in sent
    assert len([t for t in sent if " " in t]) == 1  # one sentence request, not one per word
    # Now rest on several words of every sentence, and click some, in a burst.
    for token in words:
        window.words.want_translation(token)
        window.words.want_translation(token, now=True)
    for sentence in range(len(window.analysis.sentences)):
        window.translator.want(sentence, now=True)
        window.translator.want(sentence, now=True)
    qtbot.waitUntil(lambda: idle(window), timeout=10_000)
    counts = Counter(t for r in fake.requests for t in r.texts)
    assert counts and max(counts.values()) == 1, counts.most_common(3)
    stats = window.translator.service.stats()
    assert stats.failures == 0


def test_hovers_during_the_prefetch_send_nothing_twice(translating, fake, qtbot) -> None:
    window = translating(prefetch=True, text=LONG)
    for token in list(window.index.words)[::3]:
        window.words.want_translation(token, now=True)
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=20_000)
    qtbot.waitUntil(lambda: idle(window), timeout=10_000)
    counts = Counter(t for r in fake.requests for t in r.texts if " " in t)
    distinct = {window.analysis.sentence_text(i) for i in range(len(window.analysis.sentences))}
    assert set(counts) == {s for s in distinct if any(c.isalpha() for c in s)}
    assert max(counts.values()) == 1
    done, total = window.translator.counts()
    assert done == total


# -------------------------------------------------------------------- the article pane


def test_ctrl_t_fills_the_pane_and_pairs_sentences(translating, fake, qtbot, dialogs) -> None:
    fake.gate = __import__("threading").Event()
    window = translating(prefetch=True)
    pane = window.translation_pane
    assert not pane.isVisible()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(pane.isVisible, timeout=2000)
    assert window.commands.translate_article.isChecked()
    assert dialogs == []  # online already: no question
    pane.text.flush()
    pane.text.viewport().repaint()
    assert pane.text.painted_rects.get("pending")  # soft bars stand in for what is coming
    assert pane.header.status.text().startswith("0 of")
    assert pane.header.progress.isVisible()
    fake.gate.set()
    sentences = [window.analysis.sentence_text(i) for i in range(len(window.analysis.sentences))]
    qtbot.waitUntil(lambda: window.translator.counts()[0] == len(sentences), timeout=10_000)
    pane.text.flush()
    shown = pane.text.toPlainText()
    for sentence in sentences:
        assert fake_translate(sentence) in shown
    assert pane.header.status.text() == f"{len(sentences)} sentences"
    assert not pane.header.progress.isVisible()
    pane.text.viewport().repaint()
    assert not pane.text.painted_rects.get("pending")
    # Headings and captions are mirrored: same number of paragraphs, same order.
    assert shown.split("\n\n")[2] == fake_translate("Zwischenzeile ohne Punkt")
    # Hover a German sentence: it and its English sentence are tinted.
    token = token_index(window, "Zweifel")
    number = window.analysis.tokens[token].sentence
    hover(qtbot, window, token)
    qtbot.waitUntil(lambda: pane.text.highlighted == number, timeout=2000)
    block, start, end = pane.text.highlight_range
    english = pane.text.document().findBlockByNumber(block).text()[start:end]
    assert english == fake_translate(sentences[number])
    s = window.analysis.sentences[number]
    assert window.reader.sentence_highlight == (s.start, s.end)
    window.reader.viewport().repaint()
    assert window.reader.painted_rects.get("sentence")
    # And the other way round: hover an English sentence.
    other = 1
    qtbot.mouseMove(pane.text.viewport(), english_point(window, other))
    qtbot.waitUntil(lambda: pane.text.highlighted == other, timeout=2000)
    s = window.analysis.sentences[other]
    assert window.reader.sentence_highlight == (s.start, s.end)
    assert window.analysis.text[s.start : s.end].startswith("Im Haus")
    # Ctrl+T again closes the pane and the pairing.
    qtbot.keyClick(window.reader, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not pane.isVisible()
    assert window.reader.sentence_highlight is None
    assert [r.texts for r in fake.requests if len(r.texts) > 1]  # batched, not one by one


def test_pane_scrolls_with_the_article(translating, fake, qtbot) -> None:
    window = translating(prefetch=True, text=LONG)
    window.resize(1000, 600)
    window.show_translation_pane()
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=20_000)
    pane = window.translation_pane.text
    pane.flush()
    reader_bar = window.reader.verticalScrollBar()
    pane_bar = pane.verticalScrollBar()
    assert reader_bar.maximum() > 20 and pane_bar.maximum() > 20
    for fraction in (0.3, 0.6, 0.45):
        reader_bar.setValue(int(reader_bar.maximum() * fraction))
        german = window.translations.scroll_sync._reader_top()
        english = pane.top_sentence()
        assert abs(german - english) <= 1, (fraction, german, english)
    # Scrolling the translation moves the article.
    pane_bar.setValue(int(pane_bar.maximum() * 0.2))
    assert abs(window.translations.scroll_sync._reader_top() - pane.top_sentence()) <= 1
    pane_bar.setValue(pane_bar.maximum())
    assert reader_bar.value() == reader_bar.maximum()
    pane_bar.setValue(0)
    assert reader_bar.value() == 0


def test_ctrl_t_while_offline_asks_and_switches_on(translating, fake, qtbot, monkeypatch) -> None:
    window = translating(online=False)
    asked: list[str] = []

    def yes(parent: object, title: str, text: str, *args: object) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    assert fake.requests == []
    window.commands.translate_article.trigger()
    assert len(asked) == 1 and "translate.google.com" in asked[0]
    assert window.translator.online and window.commands.online.isChecked()
    assert window.settings.get(keys.ONLINE) is True
    assert window.translation_pane.isVisible()
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=10_000)
    assert window.translator.counts()[0] == window.translator.counts()[1]


def test_ctrl_t_while_offline_declined_sends_nothing(translating, fake, qtbot, dialogs) -> None:
    window = translating(online=False)
    window.commands.translate_article.trigger()
    assert dialogs == [("question", "Switch on online translation?")]
    assert not window.translation_pane.isVisible()
    assert not window.commands.translate_article.isChecked()
    assert not window.translator.online
    assert "off" in window.statusBar().currentMessage()
    # Hovering and pinning while offline: dictionary only, no request, no question.
    token = token_index(window, "Zweifel")
    hover(qtbot, window, token)
    qtbot.waitUntil(window.hover.tip.isVisible, timeout=3000)
    window.pin_word(token)
    assert "doubt" in window.hover.tip.text()
    assert "translating" not in window.hover.tip.text()
    assert "Online translation is off" in window.word_panel.text()
    assert len(dialogs) == 1 and fake.requests == []


def test_document_change_cancels_the_prefetch(translating, fake, qtbot) -> None:
    fake.gate = __import__("threading").Event()
    window = translating(prefetch=True)
    assert fake.wait_for_requests(1, timeout=5)
    other = "Ein ganz anderer Text.\n\nMit einem zweiten Absatz.\n"
    open_and_wait(qtbot, window, text=other)
    fake.gate.set()
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=10_000)
    sentences = window.translator.sentences
    assert sentences == ("Ein ganz anderer Text.", "Mit einem zweiten Absatz.")
    assert [window.translator.translation(i) for i in range(2)] == [
        fake_translate(s) for s in sentences
    ]
    # The old article's request finished, but nothing more of it was asked for.
    story_sentences = {s for s in STORY.split("\n") if s}
    texts = [t for r in fake.requests for t in r.texts]
    assert all(texts.count(s) <= 1 for s in story_sentences)


def test_toggle_is_remembered_and_off_by_default(translating, make_window, fake) -> None:
    window = translating(online=False, text=None)
    assert not window.commands.online.isChecked()
    assert window.settings.get(keys.ONLINE) is False
    window.commands.online.trigger()
    assert window.translator.online
    again = make_window()
    assert again.commands.online.isChecked() and again.translator.online
    again.commands.online.trigger()
    assert not again.translator.online and again.settings.get(keys.ONLINE) is False


# ------------------------------------------------------------------------- failures


def _point_at_refused(window) -> Any:
    sock, base = refused_endpoint()
    window.translator.endpoints = {name: base + path for name, path in ENDPOINTS.items()}
    window.translator.apply_settings()
    return sock


@pytest.mark.parametrize("trouble", ["500", "429", "timeout", "refused"])
def test_network_trouble_one_status_message_no_dialog(
    translating, fake, qtbot, dialogs, message_boxes, trouble: str
) -> None:
    window = translating(online=False, text=None, timeout_s=0.3, cooldown_s=0.2)
    window.translator.retry_base_s = 0.3
    keep: Any = None
    if trouble == "500":
        fake.default = Action("status", 500)
    elif trouble == "429":
        fake.default = Action("status", 429)
    elif trouble == "timeout":
        fake.default = Action("slow")
    else:
        keep = _point_at_refused(window)
    notices: list[str] = []
    window.translator.notice.connect(notices.append)
    window.set_online_translation(True)
    open_and_wait(qtbot, window, text=STORY)
    qtbot.waitUntil(lambda: window.translator.article_state == "paused", timeout=10_000)
    assert len(notices) == 1
    assert window.statusBar().currentMessage() == notices[0]
    assert "try again later" in notices[0]
    # More hovers and clicks meanwhile: no second message, no dialog, the glosses still work.
    for word in ("Zweifel", "Haus", "keinen", "Spannungen"):
        token = token_index(window, word)
        hover(qtbot, window, token)
        window.words.want_translation(token, now=True)
    token = token_index(window, "Haus")
    hover(qtbot, window, token)
    qtbot.waitUntil(lambda: window.hover.tip.token == token, timeout=3000)
    assert "house" in window.hover.tip.text()
    assert "house" in window.tooltip_content(token)
    assert len(notices) == 1
    assert dialogs == [] and message_boxes == []
    # A later retry (after the cooldown) gets the article once the service is back.
    if keep is not None:
        keep.close()
        wire(window, fake, timeout_s=0.3, cooldown_s=0.2)
    fake.default = Action("ok")
    fake.release.set()
    qtbot.waitUntil(
        lambda: window.translator.counts()[0] == window.translator.counts()[1], timeout=15_000
    )
    assert dialogs == [] and message_boxes == []


def _pane_states(window) -> set[str]:
    pane = window.translation_pane
    pane.text.flush()
    return {pane.text.source(i)[0] for i in range(len(window.translator.sentences))}


def test_dead_network_shows_a_calm_offline_pane_and_try_again_now(
    translating, fake, qtbot, dialogs
) -> None:
    """A dead port: no grey placeholders forever; the originals, why, and "Try Again Now"."""
    window = translating(online=False, text=None, timeout_s=0.3, cooldown_s=30.0)
    window.translator.retry_base_s = 60.0  # the retry by itself is far off in this test
    keep = _point_at_refused(window)
    window.set_online_translation(True)
    open_and_wait(qtbot, window, text=STORY)
    window.show_translation_pane()
    pane = window.translation_pane
    qtbot.waitUntil(lambda: window.translator.article_state == "paused", timeout=10_000)
    qtbot.waitUntil(lambda: _pane_states(window) == {"waiting"}, timeout=3000)
    assert not pane.text.pending_parts  # no grey bars while it waits
    assert pane.notice.isVisible()
    text = pane.notice.label.text()
    assert text.startswith("Not translated yet. Cannot reach Google Translate;")
    assert "tries again by itself in" in text and "later" not in text
    assert pane.notice.button.isVisible() and pane.notice.button.text() == "Try Again Now"
    assert pane.header.status.text() == f"0 of {len(window.translator.sentences)} sentences"
    assert pane.text.untranslated_tip.startswith("Not translated yet. Cannot reach")
    # The notice sits below the text: the first sentences stay level with the article's.
    assert pane.notice.geometry().top() >= pane.text.geometry().bottom()
    # The originals are shown as written (muted), so the columns stay level.
    first = window.translator.sentences[0]
    assert " ".join(first.split()) in pane.text.toPlainText()
    # Hovering an untranslated sentence says why.
    qtbot.mouseMove(pane.text.viewport(), english_point(window, 0))
    qtbot.waitUntil(lambda: pane.text.viewport().toolTip() == pane.text.untranslated_tip)
    # The network comes back; "Try Again Now" translates at once (long before the retry).
    keep.close()
    wire(window, fake, timeout_s=0.3, cooldown_s=30.0)
    window.translator.retry_base_s = 60.0
    window.show_translation_pane()
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=10_000)
    assert window.translator.retry_in_s() == 0
    assert not pane.notice.isVisible()
    pane.text.flush()
    assert _pane_states(window) == {"done"}
    assert dialogs == []


def test_try_again_now_ends_the_rest_and_sends_at_once(translating, fake, qtbot, dialogs) -> None:
    """The server answers again: the button ends the service's cooldown and the retry's wait."""
    fake.default = Action("status", 500)
    window = translating(timeout_s=0.3, cooldown_s=30.0, max_retries=0)
    window.translator.retry_base_s = 60.0
    window.show_translation_pane()
    pane = window.translation_pane
    qtbot.waitUntil(lambda: window.translator.article_state == "paused", timeout=10_000)
    window.translations.show_progress()
    assert pane.notice.isVisible() and "server error" in pane.notice.label.text()
    assert window.translator.retry_in_s() > 30
    fake.default = Action("ok")
    qtbot.mouseClick(pane.notice.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=10_000)
    assert _pane_states(window) == {"done"}
    qtbot.waitUntil(lambda: not pane.notice.isVisible(), timeout=3000)
    assert dialogs == []


def test_pane_with_online_off_says_how_to_switch_it_on(
    translating, fake, qtbot, monkeypatch
) -> None:
    fake.default = Action("slow")  # nothing arrives before online access is switched off
    window = translating(text=STORY)
    window.show_translation_pane()
    window.set_online_translation(False)
    fake.default = Action("ok")
    fake.release.set()
    pane = window.translation_pane
    window.translations.show_progress()
    assert pane.isVisible() and pane.notice.isVisible()
    text = pane.notice.label.text()
    assert "online translation is off" in text and "“Online translation” in the toolbar" in text
    assert pane.notice.button.text() == "Switch On…"
    assert _pane_states(window) == {"waiting"}
    assert not pane.text.pending_parts
    assert pane.text.untranslated_tip == "Not translated: online translation is off"
    asked: list[str] = []

    def yes(parent: object, title: str, text: str, *args: object) -> Any:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    qtbot.mouseClick(pane.notice.button, Qt.MouseButton.LeftButton)
    assert asked == ["Switch on online translation?"] and window.translator.online
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=10_000)
    assert not pane.notice.isVisible()
    assert _pane_states(window) == {"done"}


def test_rejected_key_says_so_once_and_never_shows_the_key(
    translating, fake, qtbot, dialogs, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "secret-key-123:fx"
    window = translating(online=False, text=None)
    window.settings.set(keys.PROVIDER, "deepl")
    window.settings.set(keys.DEEPL_KEY, secret)
    notices: list[str] = []
    window.translator.notice.connect(notices.append)
    window.set_online_translation(True)
    open_and_wait(qtbot, window, text=STORY)
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=10_000)
    assert len(notices) == 1 and "rejected the API key" in notices[0]
    assert dialogs == []
    shown = [
        notices[0],
        window.statusBar().currentMessage(),
        window.translation_pane.header.status.text(),
    ]
    shown += [r.getMessage() for r in caplog.records]
    assert all(secret not in text for text in shown)
    assert all(secret not in r.raw_url for r in fake.requests)
    assert fake.requests[0].headers["authorization"] == f"DeepL-Auth-Key {secret}"
    assert secret != GOOD_KEY


# ---------------------------------------------------------------------------- cache


def _fill_cache(window, fake: FakeProviders) -> list[str]:
    sentences = [s for s in STORY.split("\n") if s]
    service = TranslationService(fake.settings("google"), window.translator.cache)
    service.translate(sentences)
    service.close()
    fake.recorded.clear()
    return sentences


def test_cache_hit_is_instant_without_a_request(translating, fake, qtbot) -> None:
    window = translating(online=False, text=None)
    sentences = _fill_cache(window, fake)
    window.set_online_translation(True)
    open_and_wait(qtbot, window, text=STORY)
    token = token_index(window, "Zweifel")
    expected = fake_translate(sentence_of(window, token)).replace("<", "&lt;").replace(">", "&gt;")
    started = time.perf_counter()
    html = window.tooltip_content(token)  # on the UI thread, right away
    took_ms = (time.perf_counter() - started) * 1000
    assert expected in html and "translating" not in html
    assert took_ms < 20
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=5000)
    window.show_translation_pane()
    window.translation_pane.text.flush()
    assert all(fake_translate(s) in window.translation_pane.text.toPlainText() for s in sentences)
    assert fake.requests == []
    assert window.translator.fetched == 0


def test_cached_translations_show_while_offline(translating, fake, qtbot) -> None:
    window = translating(online=False, text=None)
    _fill_cache(window, fake)
    open_and_wait(qtbot, window, text=STORY)
    token = token_index(window, "Haus")
    window.pin_word(token)
    assert fake_translate(sentence_of(window, token)) in window.word_panel.text()
    assert fake.requests == []


# ------------------------------------------------------------------------- settings


def test_settings_dialog_changes_service_and_clears_cache(translating, fake, qtbot) -> None:
    window = translating(prefetch=True)
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=10_000)
    old = window.translator.service
    assert "Ctrl+," in [k.toString() for k in window.commands.settings.shortcuts()]
    dialog = window.view.open_settings()
    qtbot.waitExposed(dialog)
    assert dialog.provider.currentData() == "google"
    assert dialog.target.currentData() == "en"
    assert not dialog.api_key.isVisibleTo(dialog)  # Google needs no key
    before = window.translator.cache.size_bytes()
    assert before > 0 and dialog.cache_label.text().endswith(("KB", "MB", "bytes"))
    dialog.clear_button.click()
    assert window.translator.cache.size_bytes() <= before
    assert window.translator.service.cached(window.translator.sentences[0]) is None
    # Choose DeepL with a key, and a dark theme, bigger text.
    dialog.provider.setCurrentIndex(dialog.provider.findData("deepl"))
    assert dialog.api_key.isVisibleTo(dialog)
    assert dialog.api_key.echoMode() != dialog.api_key.EchoMode.Normal
    dialog.api_key.setText(GOOD_KEY)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setCurrentIndex(dialog.font_size.findData(15))
    dialog.accept()
    assert window.settings.get(keys.PROVIDER) == "deepl"
    assert window.settings.get(keys.DEEPL_KEY) == GOOD_KEY
    assert window.theme.name == "dark" and window.reader.font_size == 15
    new = window.translator.service
    assert new is not old and new.settings.provider == "deepl"
    assert old.status().message == "Translation stopped."  # the old service was closed
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=10_000)
    assert any(r.provider == "deepl" for r in fake.requests)
    assert window.translator.counts()[0] == window.translator.counts()[1]
    # The key is kept per service and not shown: the dialog reopens with it masked.
    again = window.view.open_settings()
    assert again.provider.currentData() == "deepl"
    assert again.api_key.text() == GOOD_KEY
    again.reject()


def test_libre_needs_a_server_and_says_so(translating, fake, qtbot, dialogs) -> None:
    window = translating(online=False, text=None)
    window.translator.endpoints = {}
    notices: list[str] = []
    window.translator.notice.connect(notices.append)
    window.settings.set(keys.PROVIDER, "libre")
    window.set_online_translation(True)
    open_and_wait(qtbot, window, text=STORY)
    assert notices == ["LibreTranslate needs a server address (Settings)."]
    assert fake.requests == [] and dialogs == []
