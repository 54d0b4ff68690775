"""Two-part conjunctions (app.dictionary.correlatives): pure functions."""

from __future__ import annotations

from app.dictionary.correlatives import correlative_first, second_part, split_second_parts
from app.dictionary.model import Gloss, WordInfo

_LINES = [("je … desto", ["the … the"]), ("je … umso", ["the … the"]), ("je", ["each"])]


def _info() -> WordInfo:
    senses = (Gloss("each"), Gloss("ever"), Gloss("the … the"))
    return WordInfo("je", "je", glosses=tuple(g.text for g in senses), senses=senses)


def test_second_part() -> None:
    assert second_part("je … desto", "Je") == "desto"
    assert second_part("sowohl … als auch", "sowohl") == "als"
    assert second_part("je", "je") is None
    assert second_part("je nach", "je") is None
    assert second_part("weder … noch", "je") is None
    assert second_part("etw. … tun", "etw.") is None


def test_split_second_parts() -> None:
    assert split_second_parts("…desto") == ("", frozenset({"desto"}))
    assert split_second_parts("mit +passiv") == ("mit +passiv", frozenset())
    assert split_second_parts("…") == ("…", frozenset())


def test_correlative_first() -> None:
    info = _info()
    first = correlative_first(info, _LINES, "je", frozenset({"desto"}), 5)
    assert first.glosses == ("the … the", "each", "ever")
    assert correlative_first(info, _LINES, "je", frozenset({"noch"}), 5) is info
    assert correlative_first(info, _LINES, "je", frozenset(), 5) is info
