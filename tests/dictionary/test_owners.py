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


def test_no_spouse_for_a_title_or_the_idiom() -> None:
    info = _info("woman", "wife", "Miss")
    # a person noun after it: "Frau" is a title ("unsere Frau Bürgermeisterin")
    assert spouse_first(info, _sentence("unsere Frau Bürgermeisterin"), 1, "Number=Sing", 5) is info
    assert spouse_first(info, _sentence("Ihre Frau Mutter"), 1, "Number=Sing", 5) is info
    # a first name after it is hers: the wife ("seine Frau Anna")
    moved = spouse_first(info, _sentence("seine Frau Anna"), 1, "Number=Sing", 5)
    assert moved.glosses[0] == "wife"
    man = _info("man", "husband")
    # "seinen / ihren Mann stehen": to hold one's own, no husband
    assert spouse_first(man, _sentence("sie stand ihren Mann"), 3, "Number=Sing", 5) is man
    assert spouse_first(man, _sentence("er hat seinen Mann gestanden"), 3, "Number=Sing", 5) is man
    # a dative, or the accusative after a preposition, keeps him
    assert (
        spouse_first(man, _sentence("sie stand neben ihrem Mann"), 4, "Number=Sing", 5).glosses[0]
        == "husband"
    )
    assert (
        spouse_first(man, _sentence("sie stand auf ihren Mann"), 4, "Number=Sing", 5).glosses[0]
        == "husband"
    )
