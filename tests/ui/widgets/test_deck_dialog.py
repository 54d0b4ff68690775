"""Words ▸ Show Deck: the kept cards, deleted from the keyboard, exported (newuser34:
the window had no way to see the deck; only `leselupe vocab list` showed it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.ui.widgets.deck_dialog import EMPTY_TEXT, DeckDialog
from app.vocab.deck import Card
from tests.ui.vocab_support import open_marked, token_of


def test_dialog_lists_newest_first_and_deletes_the_selection(qtbot: Any) -> None:
    cards = [
        Card("Häuser", "Haus", "Die Häuser sind alt.", "das", "Häuser", glosses=("house",),
             added=100.0, id=1),
        Card("ging", "gehen", "Er ging.", glosses=("to go", "to walk", "x"), added=200.0, id=2),
    ]  # fmt: skip
    removed: list[list[int]] = []
    exported: list[bool] = []
    dialog = DeckDialog(cards, removed.append, lambda: exported.append(True))
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == "gehen" and table.item(0, 1).text() == "to go; to walk"
    assert table.item(1, 0).text() == "das Haus"
    assert "2 cards" in dialog.summary.text()
    assert dialog.selected_ids() == [2]  # the first row is selected, ready for Delete
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert removed == [[2]]
    assert not dialog.delete_button.isDefault() and not dialog.delete_button.autoDefault()
    dialog.export_button.click()
    assert exported == [True]
    dialog.show_cards([])
    assert dialog.summary.text() == EMPTY_TEXT and not dialog.delete_button.isEnabled()


def test_show_deck_from_the_words_menu(qtbot: Any, make_window: Any, monkeypatch: Any) -> None:
    window = open_marked(qtbot, make_window)
    for word in ("Haus", "ging"):
        window.reader.set_word_cursor(token_of(window, word))
        assert window.vocab.add_target_to_deck() is not None
    window.vocab.show_deck.trigger()
    dialog = window.vocab.deck_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    asked: list[str] = []
    # Delete asks first; "No" keeps the card
    monkeypatch.setattr(window.dialogs, "ask", lambda title, text: asked.append(text) or False)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert asked == ["Delete 1 card from the deck?"]
    assert window.vocab.vocabulary.card_count() == 2 and dialog.table.rowCount() == 2
    monkeypatch.setattr(window.dialogs, "ask", lambda title, text: True)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert window.vocab.vocabulary.card_count() == 1
    assert window.statusBar().currentMessage() == "Deleted 1 card from the deck"
    dialog.close()
    words = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Words")
    assert window.vocab.show_deck in words.actions()
