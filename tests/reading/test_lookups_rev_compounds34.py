"""Session 34 review (rev_compounds34): the generic part of a place's name is no town
("Bad" of "Bad Tölz"), a town's people after "die" or a quantifier are plural, the
dative plural "-ern" of a named town's people, "-länder" of a "-land" name."""

from __future__ import annotations

from app.core.results import Entity
from app.dictionary import WordInfo
from app.reading.lookups import place_of_text, text_places
from tests.reading.test_lookups_compounds34 import _tokens


def test_a_word_before_another_capital_of_the_name_is_no_place() -> None:
    places = text_places(
        [
            Entity(0, 8, "LOC", "Bad Tölz"),
            Entity(10, 20, "LOC", "Sankt Augustin"),
            Entity(20, 30, "LOC", "Frankfurt am Main"),
            Entity(30, 40, "LOC", "Pariser Platz"),
        ]
    )
    assert {"Tölz", "Augustin", "Frankfurt", "Main", "Platz"} <= places
    assert not {"Bad", "Sankt", "Pariser"} & places


EMPTY = WordInfo(word="Qelner", lemma="Qelner", glosses=())


def test_the_people_after_die_or_a_quantifier_are_plural() -> None:
    for before in ("Die", "viele", "Zahlreiche", "einige"):
        tokens = _tokens([(before, "DET"), ("Qelner", "NOUN"), ("stimmen", "VERB")])
        info = place_of_text(EMPTY, tokens, 1, frozenset({"Qeln"}))
        assert info.glosses[0] == "people of Qeln", before
    # "der" may be the singular: the tagger's number stays
    tokens = _tokens([("Der", "DET"), ("Qelner", "NOUN"), ("sagte", "VERB")])
    assert place_of_text(EMPTY, tokens, 1, frozenset({"Qeln"})).glosses[0] == ("inhabitant of Qeln")
    # before a noun it is the adjective, whatever the article
    tokens = _tokens([("Die", "DET"), ("Qelner", "NOUN"), ("Polizei", "NOUN")])
    assert place_of_text(EMPTY, tokens, 1, frozenset({"Qeln"})).glosses == ("of Qeln",)


def test_the_dative_plural_of_a_named_towns_people() -> None:
    tokens = _tokens([("mit", "ADP"), ("den", "DET"), ("Qelnern", "NOUN"), (".", "PUNCT")])
    info = place_of_text(EMPTY, tokens, 2, frozenset({"Qeln"}))
    assert info.glosses[0] == "people of Qeln" and info.word == "Qelnern"
    # no town of the text: nothing made up
    assert place_of_text(EMPTY, tokens, 2, frozenset()) is EMPTY
    # "-ern" without a plural word before it is no dative plural
    alone = _tokens([("die", "DET"), ("Qelnern", "NOUN"), (".", "PUNCT")])
    assert place_of_text(EMPTY, alone, 1, frozenset({"Qeln"})) is EMPTY


def test_dings_own_towns_people_turn_plural() -> None:
    own = WordInfo(
        word="Qelner",
        lemma="Qelner",
        pos="NOUN",
        glosses=("inhabitant of Qeln", "people of Qeln"),
        match="place adjective",
        headword="Qeln",
    )
    tokens = _tokens([("Viele", "DET"), ("Qelner", "NOUN"), ("kamen", "VERB")])
    assert place_of_text(own, tokens, 1, frozenset()).glosses[0] == "people of Qeln"


def test_an_e_name_only_of_the_texts_own_towns() -> None:
    split = WordInfo(word="Qader", lemma="Qader", glosses=("q + ader",), match="compound")
    tokens = _tokens([("Der", "DET"), ("Qader", "ADJ"), ("Kurpark", "NOUN")])
    assert place_of_text(split, tokens, 1, frozenset({"Qade"})).glosses == ("of Qade",)
    assert place_of_text(split, tokens, 1, frozenset()) is split
