"""app.dictionary.owners: a possessive before a noun; the spouse gloss first."""

from __future__ import annotations

from app.dictionary.model import Gloss, WordInfo
from app.dictionary.owners import owned, spouse_first


def _sentence(text: str) -> list[tuple[str, str, bool]]:
    return [(w.lower(), w.lower(), w[:1].isupper()) for w in text.split()]


def _info(*glosses: str) -> WordInfo:
    senses = tuple(Gloss(g) for g in glosses)
    return WordInfo(word="Frau", lemma="Frau", pos="NOUN", glosses=glosses, senses=senses)


def test_owned() -> None:
    assert owned(_sentence("mit ihrem Mann"), 2)
    assert owned(_sentence("meiner verstorbenen Frau"), 2)
    assert not owned(_sentence("eine Frau"), 1)
    assert not owned(_sentence("er Frau"), 1)  # "er" is no possessive
    assert not owned(_sentence("ihrem Haus Frau"), 2)  # a noun between


def test_spouse_first() -> None:
    info = _info("woman", "wife", "Miss")
    moved = spouse_first(info, _sentence("seine Frau"), 1, "Number=Sing", 5)
    assert moved.glosses == ("wife", "woman", "Miss")
    assert spouse_first(info, _sentence("seine Frauen"), 1, "Number=Plur", 5) is info
    assert spouse_first(info, _sentence("eine Frau"), 1, "Number=Sing", 5) is info
    assert spouse_first(
        _info("house", "home"), _sentence("ihr Haus"), 1, "Number=Sing", 5
    ).glosses == (
        "house",
        "home",
    )
