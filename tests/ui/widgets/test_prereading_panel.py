"""The pre-reading list: new lemmas ranked, a click jumps, marking from the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.vocab.status import IGNORED, KNOWN, learning
from tests.ui.vocab_support import open_marked, token_of


def rows(panel: Any) -> list[list[str]]:
    items = [panel.list.topLevelItem(n) for n in range(panel.list.topLevelItemCount())]
    return [[item.text(c) for c in range(4)] for item in items]


def test_lists_new_lemmas_most_frequent_first(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    panel = window.vocab.panel
    listed = rows(panel)
    lemmas = [e.lemma for e in panel.entries]
    # "Haus" (Haus, Häuser ×2) and "sein" forms come before words seen once
    assert lemmas[0] in {"Haus", "sind"}
    content = [e.count for e in panel.entries if not e.function_word]
    assert content == sorted(content, reverse=True)  # function words come after them
    assert "Maria" not in lemmas  # names are not listed
    haus = next(r for r in listed if r[0].startswith("Haus"))
    assert haus[2] == "3"
    assert haus[3] == "top 1k"
    assert "new words in this article" in panel.header.text()


def test_article_plural_and_gloss_are_shown(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window, "Das Haus steht. Das Militärbündnis hält.\n")
    listed = rows(window.vocab.panel)
    bund = next(r for r in listed if "Militärbündnis" in r[0])
    assert bund[0] == "das Militärbündnis, Militärbündnisse"
    haus = next(r for r in listed if r[0].startswith("Haus"))
    assert haus[1] == "house"  # the first gloss


def test_click_jumps_to_the_first_occurrence(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    panel = window.vocab.panel
    window.vocab.dock.show()
    window.vocab.dock.raise_()
    n = next(i for i, e in enumerate(panel.entries) if e.lemma == "Haus")
    item = panel.list.topLevelItem(n)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    first = token_of(window, "Häuser")  # "Häuser" comes before "Haus" in the text
    assert window.reader.word_cursor == first
    assert window.word_panel.token == first


def test_marking_from_the_list(qtbot: Any, make_window: Any) -> None:
    window = open_marked(qtbot, make_window)
    vocab = window.vocab
    panel = vocab.panel
    window.vocab.dock.show()
    window.vocab.dock.raise_()
    before = panel.list.topLevelItemCount()
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    first = panel.selected_lemma()
    qtbot.mouseClick(panel.buttons["known"], Qt.MouseButton.LeftButton)
    assert vocab.vocabulary.status(first) == KNOWN
    assert panel.list.topLevelItemCount() == before - 1
    second = panel.selected_lemma()  # the next row is selected
    assert second is not None and second != first
    # the keys act on the list's word while the list has focus
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_I)
    assert vocab.vocabulary.status(second) == IGNORED
    third = panel.selected_lemma()
    qtbot.keyClick(panel.list, Qt.Key.Key_1)
    assert vocab.vocabulary.status(third) == learning(1)
    assert panel.list.topLevelItemCount() == before - 3
    # back to new: it returns to the list
    vocab.undo.trigger()
    assert panel.list.topLevelItemCount() == before - 2
