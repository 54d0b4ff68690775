"""Session 36 (compound36): a compound head's sense and modifiers, on the bundled tables."""

from __future__ import annotations

import pytest

from app.dictionary import Dictionary, heads
from app.dictionary.compound import compound_info
from app.dictionary.lookup import Lookup


@pytest.fixture(scope="module")
def lookup(installed: Dictionary) -> Lookup:
    assert installed._lookup is not None
    return installed._lookup


def test_news_leader_keeps_the_heads_first_gloss() -> None:
    # Ding's technical compounds of "Bildung" mostly say "formation" (Wolken-, Eisbildung),
    # the ones read in news "education" (Schul-, Weiterbildung): the first gloss stays
    assert heads.head_words("Bildung")[0][0] == "formation"
    assert heads.compound_sense("Bildung", ["education", "formation"]) is None
    # a first gloss that is neither the most used nor the news leader still gives way
    assert heads.compound_sense("Speicher", ["reservoir", "storage"]) == 1


def test_verb_stem_first_parts_take_dings_ing_word() -> None:
    # "Warte" is also a noun (control room), but Ding's compounds of the stem say
    # "waiting" (Wartezimmer, Warteliste): the bound-part table has the stem
    assert heads.bound_sense("warte") == "waiting"
    assert heads.bound_sense("heiz") == "heating"
    assert heads.bound_sense("lern") == "learning"


def test_verb_stem_stem_rule_in_the_builder() -> None:
    from app.dictionary.build.compound_heads import _verb_stem

    verbs = {"warten", "brauen", "laufen"}
    assert _verb_stem("warte", verbs) and _verb_stem("brau", verbs) and _verb_stem("lauf", verbs)
    assert not _verb_stem("wartes", verbs)  # a stem takes no linking -s-


def test_verb_stem_before_a_place_noun(lookup: Lookup) -> None:
    info = compound_info(lookup, "Wartehalle", "Wartehalle", None, "NOUN", "")
    assert info is not None and info.glosses == ("waiting + hall",)


def test_plural_possessive_modifiers_count_for_the_singular() -> None:
    from app.dictionary.build.compound_heads import _own_forms

    # "citizens’ initiative" (Bürgerinitiative) votes "citizen" for "Bürger"
    assert _own_forms({"citizens"}, {"citizen", "public"}) == {"citizen"}
    assert _own_forms({"parents"}, {"parents"}) == {"parents"}
    assert _own_forms({"subsidies"}, {"subsidy"}) == {"subsidy"}
    assert _own_forms({"glass"}, {"glas"}) == set()
    assert heads.modifier_sense("Bürger", ["member of the public", "citizen"]) == 1


def test_a_tie_between_modifier_words_chooses_nothing() -> None:
    # Ding's "Gespräch-" compounds: conversation 0.4, interview 0.4 of their news weight
    assert heads.modifier_sense("Gespräch", ["talk", "conversation", "interview"]) is None


def test_a_modifier_of_few_unanimous_compounds_votes(lookup: Lookup) -> None:
    # Ding's "Fan" lines put "addict" first; its compounds all say "fan" (fan club, fan mile)
    assert heads.votes_for_modifier("Fan")
    info = compound_info(lookup, "Fanvereinigung", "Fanvereinigung", None, "NOUN", "")
    assert info is not None and info.glosses == ("fan + association",)
