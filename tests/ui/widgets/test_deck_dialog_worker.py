"""Words ▸ Show Deck reads and deletes on the vocabulary controller's deck worker
(mend35): the dialog opens at once and stays responsive while the store is slow, and
deletions asked for while a job waits or runs are all done, none lost."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt

from app.ui.widgets.deck_dialog import READING_TEXT
from tests.ui.vocab_support import with_cards


def _slow_cards(monkeypatch: Any, vocabulary: Any) -> threading.Event:
    """Make the store's ``cards()`` wait for the returned event (a slow disk)."""
    release = threading.Event()
    read = vocabulary.cards

    def slow() -> Any:
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)
        return read()

    monkeypatch.setattr(vocabulary, "cards", slow)
    return release


def test_the_deck_is_read_off_the_ui_thread(qtbot: Any, make_window: Any, monkeypatch: Any) -> None:
    window = with_cards(qtbot, make_window, ("Haus", "ging"))
    release = _slow_cards(monkeypatch, window.vocab.vocabulary)
    window.vocab.show_deck.trigger()  # returns while the worker waits on the store
    dialog = window.vocab.deck_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.text() == READING_TEXT
    assert not dialog.delete_button.isEnabled() and not dialog.export_button.isEnabled()
    qtbot.wait(50)  # the event loop runs meanwhile: the dialog stays responsive
    assert dialog.table.rowCount() == 0
    release.set()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert "2 cards" in dialog.summary.text() and dialog.delete_button.isEnabled()
    dialog.close()


def test_deletions_while_the_worker_is_busy_are_all_done(
    qtbot: Any, make_window: Any, monkeypatch: Any
) -> None:
    window = with_cards(qtbot, make_window, ("Haus", "ging", "Hause"))
    vocabulary = window.vocab.vocabulary
    window.vocab.show_deck.trigger()
    dialog = window.vocab.deck_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=5000)
    ids = [card.id for card in vocabulary.cards()]
    monkeypatch.setattr(window.dialogs, "ask", lambda title, text: True)
    release = _slow_cards(monkeypatch, vocabulary)
    # three deletions while the first job waits on the store: the second job replaces the
    # third's place in the worker's queue, yet every card asked for goes
    for card_id in ids:
        window.vocab._remove_cards([card_id])
    assert dialog.summary.text() == "Deleting…"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # ignored while deleting
    release.set()
    qtbot.waitUntil(lambda: vocabulary.card_count() == 0, timeout=5000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    qtbot.waitUntil(lambda: "from the deck" in window.statusBar().currentMessage(), timeout=5000)
    dialog.close()


def test_a_deletion_not_yet_run_is_done_on_close(
    qtbot: Any, make_window: Any, monkeypatch: Any
) -> None:
    window = with_cards(qtbot, make_window, ("Haus", "ging"))
    vocab = window.vocab
    card_id = vocab.vocabulary.cards()[0].id
    removed: list[int] = []
    monkeypatch.setattr(vocab.vocabulary, "remove_card", lambda i: removed.append(i) or True)
    monkeypatch.setattr(vocab.vocabulary, "close", lambda: None)
    vocab.deck.close()  # as if the window closed before the worker took the job
    with vocab._deck_lock:
        vocab._deck_removals.append(card_id)
    vocab.close()
    assert removed == [card_id]
