"""Helpers of the sense ranking that read the lookup's clause."""

from __future__ import annotations

from app.dictionary.preferences import (
    following_preposition,
    modal_particle,
    number_before,
    number_follows,
)


def test_the_preposition_after_a_noun() -> None:
    sentence = [("der", "der", False), ("mangel", "mangel", True), ("an", "an", False),
                ("fachkräften", "fachkraft", True)]  # fmt: skip
    assert following_preposition(sentence, 1) == "an"
    # no preposition after it, or nothing after it
    assert following_preposition(sentence, 0) == ""
    assert following_preposition(sentence, 3) == ""
    assert following_preposition(sentence, 7) == ""


def test_a_number_follows_in_digits_or_words() -> None:
    def words(text: str) -> list[tuple[str, str, bool]]:
        return [(w.lower(), w.lower(), w[:1].isupper()) for w in text.split()]

    assert number_follows(words("kostet gut 12 Millionen"), 1)
    assert number_follows(words("kostet knapp zwölf Millionen"), 1)
    # the article "ein" and a noun are no numbers; the last word has nothing after it
    assert not number_follows(words("lediglich ein Ausweis"), 0)
    assert not number_follows(words("ist gut gewesen"), 1)
    assert not number_follows(words("ist gut"), 1)
    assert number_before(words("über 7,5 Tonnen"), 2)
    assert number_before(words("hebt zwölf Tonnen"), 2)
    assert not number_before(words("ein Fass"), 1)
    assert not number_before(words("Tonnen"), 0)


def test_a_modal_particle_stands_inside_its_clause() -> None:
    assert modal_particle("wohl", 2) and modal_particle("Einfach", 1)
    # the clause's first word is no modal particle; other adverbs are none
    assert not modal_particle("wohl", 0)
    assert not modal_particle("morgen", 2)


def test_the_last_word_of_its_clause_is_no_modal_particle() -> None:
    def words(text: str) -> list[tuple[str, str, bool]]:
        return [(w.lower(), w.lower(), w[:1].isupper()) for w in text.split()]

    assert modal_particle("wohl", 2, words("Das wird wohl länger dauern ."))
    # stressed at the clause's end: the adjective ("sich wohl fühlen": well)
    assert not modal_particle("wohl", 3, words("fühle ich mich wohl ."))
    assert not modal_particle("ruhig", 2, words("Er blieb ruhig"))
