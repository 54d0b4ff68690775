"""The learner's vocabulary in the window: marks, keys, undo, the summary, restart."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.ui import settings as keys
from app.ui.settings import Settings
from app.vocab.status import KNOWN, NEW, learning
from app.vocab.store import Vocabulary
from tests.ui.vocab_support import analyse, open_marked, token_of


def test_new_words_are_marked_and_names_never(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    reader = window.reader
    assert reader.word_mark(token_of(window, "ging")) == "new"
    assert reader.word_mark(token_of(window, "Haus")) == "new"
    assert reader.word_mark(token_of(window, "Maria")) is None  # a name
    assert reader.word_mark(token_of(window, ".")) is None
    # "Mark new words" is off at first: nothing is painted for new words.
    assert reader.show_new_words is False
    reader.repaint()
    assert "new" not in reader.painted_rects


def test_mark_new_words_toggle_paints_and_is_kept(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    window.vocab.mark_new_words.trigger()
    window.reader.repaint()
    assert window.reader.painted_rects.get("new")
    assert Settings().get(keys.MARK_NEW_WORDS) is True
    again = make_window(analyze=analyse)
    assert again.vocab.mark_new_words.isChecked()
    assert again.reader.show_new_words


def test_keys_mark_the_cursor_words_lemma(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    reader = window.reader
    reader.setFocus()
    reader.set_word_cursor(token_of(window, "ging"))
    qtbot.keyClick(reader, Qt.Key.Key_2)
    vocab = window.vocab.vocabulary
    assert vocab.status("gehen") == learning(2)
    # every form of the lemma shows it: "geht" too
    assert reader.word_mark(token_of(window, "geht")) == "learning2"
    reader.repaint()
    assert len(reader.painted_rects.get("learning2", ())) == 2
    qtbot.keyClick(reader, Qt.Key.Key_K)
    assert vocab.status("gehen") == KNOWN
    assert reader.word_mark(token_of(window, "ging")) is None  # known words are plain
    qtbot.keyClick(reader, Qt.Key.Key_I)
    assert vocab.status("gehen").label == "ignored"
    qtbot.keyClick(reader, Qt.Key.Key_U)
    assert vocab.status("gehen") == NEW
    assert reader.word_mark(token_of(window, "ging")) == "new"


def test_plural_and_singular_share_the_lemma(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    window.reader.set_word_cursor(token_of(window, "Häuser"))
    window.vocab.marks["1"].trigger()
    assert window.vocab.vocabulary.status("Haus") == learning(1)
    for word, nth in (("Haus", 0), ("Häuser", 0), ("Häuser", 1)):
        assert window.reader.word_mark(token_of(window, word, nth)) == "learning1"


def test_undo_takes_a_mark_back(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    reader = window.reader
    reader.setFocus()
    reader.set_word_cursor(token_of(window, "alt"))
    assert not window.vocab.undo.isEnabled()
    qtbot.keyClick(reader, Qt.Key.Key_K)
    assert window.vocab.vocabulary.status("alt") == KNOWN
    assert window.vocab.undo.isEnabled()
    qtbot.keyClick(reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.vocab.vocabulary.status("alt") == NEW
    assert reader.word_mark(token_of(window, "alt")) == "new"
    assert not window.vocab.undo.isEnabled()


def test_status_bar_shows_share_known_and_new_count(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    label = window.vocab.label
    words = window.vocab.words
    summary = words.summary(window.vocab.vocabulary.status)
    assert summary.known_words == 0
    assert "Known 0% of words" in label.text()
    assert f"{summary.new_lemmas} new words" in label.text()
    window.vocab.mark("Haus", KNOWN)  # "Haus" and "Häuser" twice: 3 running words
    after = words.summary(window.vocab.vocabulary.status)
    assert after.known_words == 3
    assert after.new_lemmas == summary.new_lemmas - 1
    assert f"{after.known_share:.0%}" in label.text()


def test_while_the_marks_are_worked_out_the_window_says_so(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """newuser34: on a 9,000-word article the New Words tab said "Open an article to
    see its new words here" for half a minute while they were being found."""
    from app.ui.controllers.vocab import MARKING_TEXT

    window = make_window(analyze=analyse)
    jobs: list[object] = []
    monkeypatch.setattr(window.vocab.marker, "submit", jobs.append)  # hold the work
    window.open_text("Die Häuser sind alt.\n", "test")
    qtbot.waitUntil(lambda: bool(jobs), timeout=20_000)
    assert window.vocab.label.text() == MARKING_TEXT
    assert window.vocab.panel.header.text() == MARKING_TEXT


def test_mark_remaining_known_and_undo(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    vocab = window.vocab
    vocab.mark("gehen", learning(3))
    n = vocab.mark_remaining_known()
    assert n > 3
    store = vocab.vocabulary
    assert store.status("Haus") == KNOWN
    assert store.status("gehen") == learning(3)  # learning words stay as they are
    assert store.status("Maria") == NEW  # names are not words
    assert "Known" in vocab.label.text() and "0 new words" in vocab.label.text()
    assert vocab.panel.list.topLevelItemCount() == 0
    vocab.undo.trigger()
    assert store.status("Haus") == NEW
    assert store.status("gehen") == learning(3)
    assert window.reader.word_mark(token_of(window, "Haus")) == "new"
    assert vocab.panel.list.topLevelItemCount() == n


def test_marks_survive_a_restart(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    window.vocab.mark("gehen", learning(4))
    window.vocab.mark("Haus", KNOWN)
    window.close()
    # a new window, the same data directory
    again = open_marked(qtbot, make_window)
    assert again.reader.word_mark(token_of(again, "geht")) == "learning4"
    assert again.reader.word_mark(token_of(again, "Häuser")) is None
    assert again.reader.word_mark(token_of(again, "alt")) == "new"
    # and the file is where the CLI finds it
    assert Vocabulary().status("gehen") == learning(4)


def test_card_shows_status_and_band(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    html = window.tooltip_content(token_of(window, "Haus"))
    assert "new · top 1k" in html
    window.vocab.mark("Haus", learning(2))
    assert "learning 2 · top 1k" in window.tooltip_content(token_of(window, "Häuser"))
    assert "new ·" not in window.tooltip_content(token_of(window, "Maria"))


def test_word_panel_buttons_mark_the_pinned_word(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    window.pin_word(token_of(window, "geht"))
    bar = window.word_panel.marks
    assert not bar.isHidden()
    assert bar.lemma == "gehen"
    assert bar.buttons["new"].isChecked()
    assert bar.band == "1k"
    qtbot.mouseClick(bar.buttons["3"], Qt.MouseButton.LeftButton)
    assert window.vocab.vocabulary.status("gehen") == learning(3)
    assert bar.buttons["3"].isChecked()
    assert "learning 3" in bar.info.text()
    window.pin_word(token_of(window, "Maria"))
    assert bar.isHidden()  # a name has no status


@pytest.mark.parametrize("key", [Qt.Key.Key_4])
def test_keys_reach_the_hovered_word_first(qtbot: Any, make_window: Any, key: Qt.Key) -> None:
    window = open_marked(qtbot, make_window)
    reader = window.reader
    reader.set_word_cursor(token_of(window, "alt"))
    target = token_of(window, "schnell")
    rect = reader.token_rect(target)
    qtbot.mouseMove(reader.viewport(), rect.center())
    qtbot.waitUntil(lambda: reader.hover_token == target, timeout=3000)
    qtbot.keyClick(reader, key)
    assert window.vocab.vocabulary.status("schnell") == learning(4)
    assert window.vocab.vocabulary.status("alt") == NEW


def test_typing_in_a_text_field_marks_nothing(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    window.reader.set_word_cursor(token_of(window, "alt"))
    field = window.people_panel.filter
    field.setFocus()
    qtbot.keyClicks(field, "k1")
    assert field.text() == "k1"
    assert window.vocab.vocabulary.status("alt") == NEW


def test_number_pad_digits_set_the_level(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    reader = window.reader
    reader.setFocus()
    reader.set_word_cursor(token_of(window, "alt"))
    qtbot.keyClick(reader, Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier)
    assert window.vocab.vocabulary.status("alt") == learning(3)


def test_menus_offer_the_vocabulary(qtbot: Any, make_window: Any) -> None:
    window = make_window(analyze=analyse)
    menus = {
        a.text().replace("&", ""): [x.text().replace("&", "") for x in a.menu().actions()]
        for a in window.menuBar().actions()
        if a.menu() is not None
    }
    assert list(menus).index("Words") == list(menus).index("Help") - 1
    assert "Mark New Words" in menus["View"] and "New Words List" in menus["View"]
    assert "Export Deck…" in menus["File"] and "Import Known Words…" in menus["File"]
    assert menus["File"].index("Import Known Words…") < menus["File"].index("Quit")
    assert "Mark Remaining New Words Known" in menus["Words"]
    assert "Mark Remaining New Words Known" in menus["Tools"]
    assert "Undo Mark" in menus["Words"]
