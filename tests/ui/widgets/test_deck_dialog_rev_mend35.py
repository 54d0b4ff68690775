"""Words ▸ Show Deck on the deck worker, reviewed (rev_mend35): a read that a deletion
follows never shows the cards being deleted nor lets them be exported; an export made
while deletions wait writes what remains; a locked or damaged file gives a clear message;
quitting while a job runs still deletes what was asked. Real SQLite in the test's tmp dir."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from app.vocab.store import Vocabulary
from tests.ui.vocab_support import open_marked, with_cards


def _deck_waits(monkeypatch: Any, vocabulary: Any) -> tuple[threading.Event, threading.Event]:
    """The deck worker's ``cards()`` waits for ``release`` (other threads read at once);
    ``entered`` is set when it waits (its deletions are done by then)."""
    entered, release = threading.Event(), threading.Event()
    read = vocabulary.cards

    def slow() -> Any:
        if threading.current_thread().name == "leselupe-deck":
            entered.set()
            release.wait(10)
        return read()

    monkeypatch.setattr(vocabulary, "cards", slow)
    return entered, release


def test_a_read_overtaken_by_a_deletion_shows_no_deleted_card(
    qtbot: Any, make_window: Any, monkeypatch: Any
) -> None:
    window = with_cards(qtbot, make_window, ("Haus", "ging", "Hause"))
    vocab, vocabulary = window.vocab, window.vocab.vocabulary
    doomed = vocabulary.cards()[0].id
    entered, release = _deck_waits(monkeypatch, vocabulary)
    monkeypatch.setattr(window.dialogs, "ask", lambda title, text: True)
    vocab.show_deck.trigger()  # the read runs (and waits on the store)
    dialog = vocab.deck_dialog
    shown: list[tuple[set[int], bool]] = []
    show_cards = dialog.show_cards

    def record(cards: Any) -> None:
        show_cards(cards)
        shown.append(({c.id for c in cards}, dialog.export_button.isEnabled()))

    monkeypatch.setattr(dialog, "show_cards", record)
    assert entered.wait(5)
    vocab._remove_cards([doomed])  # waits behind the read
    release.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(100)
    # the first read's cards (with the card being deleted) never reach the dialog
    assert all(doomed not in ids for ids, _enabled in shown)
    assert dialog.table.rowCount() == 2
    qtbot.waitUntil(lambda: "Deleted 1 card" in window.statusBar().currentMessage(), timeout=5000)
    dialog.close()


def test_an_export_while_deletions_wait_writes_what_remains(
    qtbot: Any, make_window: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    window = with_cards(qtbot, make_window, ("Haus", "ging", "Hause"))
    vocab, vocabulary = window.vocab, window.vocab.vocabulary
    cards = vocabulary.cards()
    entered, release = _deck_waits(monkeypatch, vocabulary)
    monkeypatch.setattr(window.dialogs, "ask", lambda title, text: True)
    vocab.show_deck.trigger()
    assert entered.wait(5)
    vocab._remove_cards([cards[0].id])  # waits behind the read on the deck worker
    vocab.deck_dialog.close()  # the learner closes the dialog and exports at once
    target = tmp_path / "deck.csv"
    with qtbot.waitSignal(vocab.exported, timeout=5000) as done:
        vocab.export_to(target)
    release.set()
    assert done.args[0].startswith("Deleted 1 card; Exported 2 cards")
    text = target.read_text(encoding="utf-8")
    assert cards[0].sentence not in text or cards[0].lemma not in text
    assert vocabulary.card_count() == 2
    qtbot.waitUntil(lambda: not vocab.deck.busy, timeout=5000)


def test_a_locked_file_says_so_and_keeps_the_cards_shown(
    qtbot: Any, make_window: Any, monkeypatch: Any, message_boxes: list[tuple[str, str]]
) -> None:
    window = with_cards(qtbot, make_window, ("Haus", "ging"))
    vocab, vocabulary = window.vocab, window.vocab.vocabulary
    vocab.show_deck.trigger()
    dialog = vocab.deck_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    monkeypatch.setattr(window.dialogs, "ask", lambda title, text: True)
    vocabulary._conn.execute("PRAGMA busy_timeout=50")
    other = sqlite3.connect(vocabulary.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        vocab._remove_cards([vocabulary.cards()[0].id])
        qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)
        qtbot.waitUntil(lambda: dialog.delete_button.isEnabled(), timeout=5000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    title, text = message_boxes[0]
    assert "could not be deleted" in title and "locked by another program" in text
    assert dialog.table.rowCount() == 2 and vocabulary.card_count() == 2  # nothing lost
    assert "2 cards" in dialog.summary.text()
    dialog.close()


def test_a_damaged_file_is_a_clear_message(
    qtbot: Any, make_window: Any, monkeypatch: Any, message_boxes: list[tuple[str, str]]
) -> None:
    window = with_cards(qtbot, make_window, ("Haus",))
    vocab, vocabulary = window.vocab, window.vocab.vocabulary
    vocabulary.close()
    vocabulary.path.write_bytes(b"this is no database " * 300)
    for suffix in ("-wal", "-shm"):
        Path(f"{vocabulary.path}{suffix}").unlink(missing_ok=True)
    vocabulary._conn = sqlite3.connect(vocabulary.path, check_same_thread=False)
    vocab.show_deck.trigger()
    dialog = vocab.deck_dialog
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)
    title, text = message_boxes[0]
    assert title == "The deck could not be read" and "not a database" in text
    qtbot.waitUntil(lambda: dialog.summary.text() == "The deck could not be read.", timeout=5000)
    assert not dialog.delete_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.close()


def test_quitting_while_a_job_runs_still_deletes(
    qtbot: Any, make_window: Any, monkeypatch: Any
) -> None:
    window = with_cards(qtbot, make_window, ("Haus", "ging"))
    vocab, vocabulary = window.vocab, window.vocab.vocabulary
    path, doomed = vocabulary.path, vocabulary.cards()[0].id
    entered, release = _deck_waits(monkeypatch, vocabulary)
    monkeypatch.setattr(window.dialogs, "ask", lambda title, text: True)
    vocab.show_deck.trigger()
    assert entered.wait(5)
    vocab._remove_cards([doomed])  # waits behind the read when the app quits
    threading.Timer(0.3, release.set).start()
    vocab.close()
    again = Vocabulary(path)
    try:
        assert [card.id for card in again.cards()] != [] and doomed not in {
            card.id for card in again.cards()
        }
        assert again.card_count() == 1
    finally:
        again.close()


def test_two_windows_delete_the_same_card_once(
    qtbot: Any, make_window: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    first = with_cards(qtbot, make_window, ("Haus", "ging"))
    second = open_marked(qtbot, make_window)  # the same vocabulary file, its own dialog
    for window in (first, second):
        monkeypatch.setattr(window.dialogs, "ask", lambda title, text: True)
        window.vocab.show_deck.trigger()
        dialog = window.vocab.deck_dialog
        qtbot.waitUntil(lambda d=dialog: d.table.rowCount() == 2, timeout=5000)
    doomed = first.vocab.vocabulary.cards()[0].id
    first.vocab._remove_cards([doomed])
    qtbot.waitUntil(lambda: first.vocab.deck_dialog.table.rowCount() == 1, timeout=5000)
    second.vocab._remove_cards([doomed])  # its rows were read before: the card is gone
    qtbot.waitUntil(lambda: second.vocab.deck_dialog.table.rowCount() == 1, timeout=5000)
    message = second.statusBar().currentMessage
    qtbot.waitUntil(lambda: "Deleted 0 cards" in message(), timeout=5000)
    target = tmp_path / "deck.tsv"
    with qtbot.waitSignal(second.vocab.exported, timeout=5000) as done:
        second.vocab.export_to(target)
    assert done.args[0].startswith("Exported 1 card ")
    for window in (first, second):
        window.vocab.deck_dialog.close()
