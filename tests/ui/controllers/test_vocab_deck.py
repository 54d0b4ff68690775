"""Add to deck, export and import from the window, and read aloud."""

from __future__ import annotations

import sqlite3
import sys
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.document import Document
from app.document.model import DocumentMeta
from app.reading.deck_cards import sentence_card
from app.vocab import speech
from app.vocab.status import KNOWN, NEW
from tests.ui.vocab_support import TEXT, analyse, open_marked, token_of


def test_add_to_deck_keeps_word_sentence_and_source(qtbot: Any, make_window: Any) -> None:
    window = make_window(analyze=analyse)
    document = Document(
        text=TEXT,
        source="/tmp/artikel.html",
        encoding="utf-8",
        kind="html",
        meta=DocumentMeta(title="Häuser am Fluss", date="2024-05-03"),
    )
    with qtbot.waitSignal(window.vocab.marks_shown, timeout=20_000):
        window.open_document(document)
    reader = window.reader
    reader.setFocus()
    reader.set_word_cursor(token_of(window, "Haus"))
    qtbot.keyClick(reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    cards = window.vocab.vocabulary.cards()
    assert len(cards) == 1
    card = cards[0]
    assert card.word == "Haus"
    assert card.lemma == "Haus"
    assert card.sentence == "Das Haus ist neu, die Häuser sind alt."
    assert card.glosses == ("house", "home")
    assert card.source == "Häuser am Fluss"
    assert card.date == "2024-05-03"
    assert window.statusBar().currentMessage() == "Added to the deck: das Haus (1 card)"
    # the same word and sentence again updates the card instead of adding one
    window.vocab.add_to_deck.trigger()
    assert window.vocab.vocabulary.card_count() == 1
    # ... and says so instead of "Added" (newuser34: a second Ctrl+D looked like a new card)
    message = window.statusBar().currentMessage()
    assert message == "Already in the deck (updated): das Haus (1 card)"


def test_the_window_and_vocab_add_build_the_same_card(qtbot: Any, make_window: Any) -> None:
    """One core (vocabadd37): Add to Deck and ``leselupe vocab add WORD --sentence S``
    make their card by app.reading.deck_cards from the analysed token."""
    window = open_marked(qtbot, make_window)
    window.reader.set_word_cursor(token_of(window, "Häuser", 1))
    stored = window.vocab.add_target_to_deck()
    assert stored is not None and stored.lemma == "Haus" and stored.article == "das"
    lookup = window.analyses.lookup
    assert lookup is not None
    alone = sentence_card("Häuser", stored.sentence, lookup, analyse)
    assert alone is not None
    assert replace(alone, source=stored.source, date=stored.date) == stored  # not "added"


def test_add_to_deck_takes_a_cached_translation(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    token = token_of(window, "ging")
    sentence = window.analysis.sentence_text(window.analysis.tokens[token].sentence)
    window.translator.book.done[0] = "Maria went home."
    assert window.translator.sentence(0).text == "Maria went home."
    window.reader.set_word_cursor(token)
    card = window.vocab.add_target_to_deck()
    assert card is not None
    assert card.sentence == sentence
    assert card.translation == "Maria went home."


def export(qtbot: Any, window: Any, path: Path) -> str:
    with qtbot.waitSignal(window.vocab.exported, timeout=30_000) as signal:
        window.vocab.export_to(path)
    return str(signal.args[0])


def test_export_apkg_and_csv(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = open_marked(qtbot, make_window)
    for word in ("ging", "Häuser"):
        window.reader.set_word_cursor(token_of(window, word))
        window.vocab.add_target_to_deck()
    message = export(qtbot, window, tmp_path / "deck.apkg")
    assert message.startswith("Exported 2 cards")
    with zipfile.ZipFile(tmp_path / "deck.apkg") as package:
        package.extract("collection.anki2", tmp_path)
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        notes = conn.execute("SELECT guid, flds FROM notes").fetchall()
    finally:
        conn.close()
    assert len(notes) == 2
    assert any("Häuser" in fields for _guid, fields in notes)
    export(qtbot, window, tmp_path / "deck.csv")
    lines = (tmp_path / "deck.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("word,lemma,article")
    assert len(lines) == 3


def test_export_error_is_a_dialog_and_the_app_goes_on(
    qtbot: Any, make_window: Any, tmp_path: Path, message_boxes: list[tuple[str, str]]
) -> None:
    window = open_marked(qtbot, make_window)
    window.reader.set_word_cursor(token_of(window, "ging"))
    window.vocab.add_target_to_deck()
    assert export(qtbot, window, tmp_path / "missing" / "deck.tsv") == ""
    assert message_boxes and "could not" in message_boxes[-1][0]
    window.vocab.mark("alt", KNOWN)  # still working
    assert window.vocab.vocabulary.status("alt") == KNOWN


def test_export_of_an_empty_deck_says_so(
    qtbot: Any, make_window: Any, message_boxes: list[tuple[str, str]]
) -> None:
    window = open_marked(qtbot, make_window)
    window.vocab.choose_export()
    assert message_boxes[-1][0] == "The deck is empty"


def test_import_known_words(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = open_marked(qtbot, make_window)
    words = tmp_path / "known.txt"
    words.write_text("# my words\nalt\nder Haus\nein ganzer Satz hier\n", encoding="utf-8")
    with qtbot.waitSignal(window.vocab.imported, timeout=30_000) as signal:
        window.vocab.import_from(words)
    qtbot.waitSignal(window.vocab.marks_shown, timeout=10_000).wait()
    assert "2 words marked known" in signal.args[0]
    assert "1 entries skipped" in signal.args[0]
    store = window.vocab.vocabulary
    assert store.status("alt") == KNOWN
    assert store.status("Haus") == KNOWN
    assert window.reader.word_mark(token_of(window, "Häuser")) is None  # shown at once


def test_import_of_an_unreadable_file_is_a_dialog(
    qtbot: Any, make_window: Any, tmp_path: Path, message_boxes: list[tuple[str, str]]
) -> None:
    window = open_marked(qtbot, make_window)
    binary = tmp_path / "bild.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    with qtbot.waitSignal(window.vocab.exported, timeout=30_000):
        window.vocab.import_from(binary)
    assert "not a text file" in message_boxes[-1][1]
    assert window.vocab.vocabulary.status("alt") == NEW


# ------------------------------------------------------------------ read aloud


def test_read_aloud_without_espeak_says_how_to_install_it(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """newuser34: the actions were greyed out, so P from the keyboard did nothing visible;
    now the tooltip and, when pressed, the status bar name the package."""
    monkeypatch.setattr(speech, "program", lambda: None)
    window = open_marked(qtbot, make_window)
    for action in (window.vocab.speak_word, window.vocab.speak_sentence):
        assert "apt" in action.toolTip() and "espeak-ng" in action.toolTip()
    reader = window.reader
    reader.setFocus()
    reader.set_word_cursor(token_of(window, "Haus"))
    qtbot.keyClick(reader, Qt.Key.Key_P)
    assert window.statusBar().currentMessage() == speech.INSTALL_HINT
    assert not window.vocab.stop_speech.isEnabled()


def test_read_aloud_runs_off_the_ui_thread_and_stops(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(speech, "program", lambda: "/bin/sleep")

    def slow(**_kw: object) -> list[str]:
        return ["/bin/sleep", "30"]  # stands for a long sentence being spoken

    monkeypatch.setattr(speech, "command", slow)
    window = open_marked(qtbot, make_window)
    reader = window.reader
    reader.setFocus()
    reader.set_word_cursor(token_of(window, "geht"))
    original = window.vocab.speaker.say
    monkeypatch.setattr(
        window.vocab.speaker, "say", lambda text: said.append(text) or original(text)
    )
    qtbot.keyClick(reader, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    assert said == ["Die Häuser sind alt. Er geht schnell."]
    assert window.vocab.speaker.is_speaking()
    assert window.vocab.stop_speech.isEnabled()
    qtbot.keyClick(reader, Qt.Key.Key_P)  # a new request stops the old one
    assert said[-1] == "geht"
    assert window.vocab.speaker.is_speaking()
    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.vocab.speaker.is_speaking(), timeout=5000)
    assert not window.vocab.stop_speech.isEnabled()


@pytest.mark.skipif(not speech.available(), reason="espeak-ng is not installed")
def test_read_aloud_with_espeak(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    window.reader.set_word_cursor(token_of(window, "Haus"))
    assert window.vocab.speak_word.isEnabled()
    assert window.vocab.read_aloud(sentence=False)
    window.vocab.stop_reading()
    assert not window.vocab.speaker.is_speaking()


def test_import_before_any_article_opens_the_vocabulary(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(analyze=analyse)
    assert window.vocab.vocabulary is None  # not read before it is needed
    words = tmp_path / "known.txt"
    words.write_text("alt\n", encoding="utf-8")
    with qtbot.waitSignal(window.vocab.imported, timeout=30_000):
        window.vocab.import_from(words)
    assert window.vocab.vocabulary is not None
    assert window.vocab.vocabulary.status("alt") == KNOWN


def test_a_damaged_vocabulary_is_moved_aside_and_the_app_goes_on(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    from app.vocab.store import default_path

    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    messages: list[str] = []
    window = make_window(analyze=analyse)
    window.statusBar().messageChanged.connect(messages.append)
    with qtbot.waitSignal(window.vocab.marks_shown, timeout=20_000):
        window.open_text(TEXT, "test")
    assert any(m.startswith("Vocabulary:") for m in messages), messages
    assert list(path.parent.glob("vocabulary.sqlite3.corrupt-*"))
    assert window.vocab.mark("alt", KNOWN)
    assert window.vocab.vocabulary.status("alt") == KNOWN


def test_a_card_gets_its_translation_when_online(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.translate_fake_server import FakeProviders, fake_translate
    from tests.ui.translate_support import wire

    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    server = FakeProviders()
    try:
        window = make_window(analyze=analyse)
        window.translator.prefetch_enabled = False
        wire(window, server)
        window.set_online_translation(True)
        with qtbot.waitSignal(window.vocab.marks_shown, timeout=20_000):
            window.open_text(TEXT, "test")
        token = token_of(window, "alt")
        sentence = window.analysis.sentence_text(window.analysis.tokens[token].sentence)
        window.reader.set_word_cursor(token)
        card = window.vocab.add_target_to_deck()
        assert card is not None
        store = window.vocab.vocabulary
        qtbot.waitUntil(lambda: store.cards()[0].translation != "", timeout=20_000)
        assert store.cards()[0].translation == fake_translate(sentence)
        assert store.card_count() == 1
    finally:
        server.close()


def test_read_aloud_without_sound_says_so(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """espeak-ng exits 0 with no audio output; the status line tells the reader why
    nothing was heard, and Stop Reading Aloud is off again."""
    noise = "ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default\\nerror: No such file"
    script = f"import sys; sys.stdin.read(); sys.stderr.write('{noise}')"
    monkeypatch.setattr(speech, "program", lambda: sys.executable)
    monkeypatch.setattr(speech, "command", lambda **_kw: [sys.executable, "-c", script])
    window = open_marked(qtbot, make_window)
    window.reader.set_word_cursor(token_of(window, "Haus"))
    assert window.vocab.read_aloud(sentence=False)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith(speech.NO_SOUND), timeout=10_000
    )
    assert not window.vocab.stop_speech.isEnabled()


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("/home/leser/Dokumente/artikel.txt", "artikel.txt"),
        (
            "https://example.org/politik/artikel-1.html",
            "https://example.org/politik/artikel-1.html",
        ),
        ("Clipboard", "Clipboard"),
    ],
)
def test_a_card_without_title_names_its_file_not_its_folders(
    qtbot: Any, make_window: Any, source: str, shown: str
) -> None:
    window = make_window(analyze=analyse)
    document = Document(text=TEXT, source=source, encoding="utf-8", kind="text")
    with qtbot.waitSignal(window.vocab.marks_shown, timeout=20_000):
        window.open_document(document)
    window.reader.set_word_cursor(token_of(window, "Haus"))
    card = window.vocab.add_target_to_deck()
    assert card is not None and card.source == shown


def test_deck_choosers_start_in_the_last_folder_or_home(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Export Deck and Import Known Words started in the folder Leselupe was run
    from ('leselupe.apkg' relative); they start where the other exports do."""
    from app.ui import settings as keys

    window = open_marked(qtbot, make_window)
    window.reader.set_word_cursor(token_of(window, "Haus"))
    assert window.vocab.add_target_to_deck() is not None
    starts: list[str] = []
    monkeypatch.setattr(
        window.dialogs, "save_file", lambda _t, start, _f: (starts.append(start), ("", ""))[1]
    )
    monkeypatch.setattr(window.dialogs, "open_file", lambda _t, start, _f: starts.append(start))
    window.vocab.choose_export()
    window.vocab.choose_import()
    home = Path.home()
    assert starts == [str(home / "leselupe.apkg"), str(home)]
    window.settings.set(keys.LAST_DIR, str(tmp_path))
    window.vocab.choose_export()
    assert starts[-1] == str(tmp_path / "leselupe.apkg")
