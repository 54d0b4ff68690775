"""Helpers for the vocabulary tests of the window: an article with learner tags, marked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.reading.helpers import learner_analysis

TEXT = (
    "Maria ging nach Hause.\n"
    "\n"
    "Die Häuser sind alt. Er geht schnell.\n"
    "\n"
    "Das Haus ist neu, die Häuser sind alt.\n"
)


def analyse(text: str) -> Any:
    return learner_analysis(text, entities=[("Maria", "PER")])


def open_marked(qtbot: Any, make_window: Callable[..., Any], text: str = TEXT) -> Any:
    window = make_window(analyze=analyse)
    with qtbot.waitSignal(window.vocab.marks_shown, timeout=20_000):
        window.open_text(text, "test")
    return window


def token_of(window: Any, word: str, nth: int = 0) -> int:
    found = [i for i, t in enumerate(window.analysis.tokens) if t.text == word]
    return found[nth]


def with_cards(qtbot: Any, make_window: Callable[..., Any], words: tuple[str, ...]) -> Any:
    """A marked window whose deck holds a card of each of ``words`` (Add to Deck)."""
    window = open_marked(qtbot, make_window)
    for word in words:
        window.reader.set_word_cursor(token_of(window, word))
        assert window.vocab.add_target_to_deck() is not None
    return window
