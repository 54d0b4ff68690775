"""The text around a word in its lookup: the field of the nouns nearby."""

from __future__ import annotations

from app.dictionary import Dictionary
from app.dictionary.context import context
from app.dictionary.ranking import FIELD_ON_LINE

TREES = ("Tanne", "Fichten", "Eichen")  # nouns whose best senses are [bot.]


def _scores(small: Dictionary, topic: frozenset[str]) -> dict[str, float]:
    lookup = small._lookup
    assert lookup is not None
    found = lookup.find("Kiefern", "Kiefer", "NOUN", topic=topic)
    assert found is not None
    lookup.load([c.sense for c in found.candidates])
    return {c.sense.glosses()[0][0]: c.score for c in found.candidates}


def test_lines_of_the_texts_field_get_back_the_specialised_fields_penalty(
    small: Dictionary,
) -> None:
    plain, trees = _scores(small, frozenset()), _scores(small, frozenset({"bot."}))
    assert trees["pines"] >= plain["pines"] + FIELD_ON_LINE  # [bot.]
    assert trees["jawbone"] == plain["jawbone"]  # [anat.]


def test_the_field_is_what_two_nouns_nearby_share(small: Dictionary) -> None:
    assert small._fields(TREES, "Kiefern", "Kiefer") == ["bot."]
    assert small._fields(("Tanne", "Kiefern"), "Kiefern", "Kiefer") == []  # itself: no vote
    assert small._fields((), "Kiefern", "Kiefer") == []


def test_the_nouns_nearby_reach_the_lookup(small: Dictionary) -> None:
    near_trees = context(0, [("Kiefern", "Kiefer")], TREES)
    assert small.lookup("Kiefern", "Kiefer", "NOUN", "", near_trees).glosses[0] == "pines"


def test_a_nouns_field_is_that_of_its_whole_lookup(installed: Dictionary) -> None:
    """The text's field reads a noun's fields without ranking its glosses: the same
    labels as its full answer, for a plain noun, a plural, a compound, a feminine
    form, a participle noun, a word Ding does not know and one that is no word."""
    nouns = (
        "Herde", "Kiefer", "Steuer", "Bank", "Tannen", "Schafherde", "Lehrerinnen",
        "Reisende", "Vorsitzende", "Xylofrimpel", "3:1", "",
    )  # fmt: skip
    full = Dictionary(installed.path)
    try:
        for noun in nouns:
            assert installed._noun_domains(noun) == full.lookup(noun, noun, "NOUN").domains, noun
        assert any(installed._noun_domains(noun) for noun in nouns)
    finally:
        full.close()
