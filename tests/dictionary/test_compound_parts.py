"""A compound's parts: the word a modifier is, a suffix that is no head, the head's
plain sense (session 24, gloss19)."""

from __future__ import annotations

import pytest

from app.dictionary import Dictionary, heads
from app.dictionary.compound import compound_info
from app.dictionary.lookup import Lookup


@pytest.fixture(scope="module")
def lookup(installed: Dictionary) -> Lookup:
    assert installed._lookup is not None
    return installed._lookup


def _parts(lookup: Lookup, word: str, pos: str = "NOUN") -> list[tuple[str, str]]:
    info = compound_info(lookup, word, word, None, pos, "")
    assert info is not None
    return [(p.lemma, p.glosses[0]) for p in info.compound]


def test_compass_point_is_its_noun_in_en(lookup: Lookup) -> None:
    # "West" restores to "Westen" (west), not "Weste" (vest)
    assert _parts(lookup, "Westthüringen")[0] == ("Westen", "west")
    assert _parts(lookup, "Ostbayern")[0][1] == "east"
    # a noun in -e keeps its -e restoration: "Schul|..." is "Schule"
    assert _parts(lookup, "Schulbusfahrer")[0][0] == "Schule"


def test_adjective_suffix_is_no_head(lookup: Lookup) -> None:
    # "-bar" makes an adjective of a verb: no "cash", "-los" no "loose"
    assert compound_info(lookup, "umbaubar", "umbaubar", None, "ADJ", "") is None
    assert compound_info(lookup, "umbaubare", "umbaubare", None, "ADJ", "") is None


def test_adjective_modifier_of_an_adjective(lookup: Lookup) -> None:
    # "ober|..." is "obere" (upper), not the noun "Ober" (waiter)
    assert _parts(lookup, "oberhessischen", "ADJ")[0] == ("obere", "upper")
    # a noun modifier of an adjective stays the noun
    assert _parts(lookup, "wolfsabweisenden", "ADJ")[0][0] == "Wolf"


def test_head_plain_sense_before_a_qualified_one() -> None:
    # the compounds' word stays, its plain gloss before a qualified one
    assert heads.compound_sense("Probe", ["commercial sample", "sample", "specimen"]) == 1
    assert heads.compound_sense("Probe", ["sample", "commercial sample"]) is None


def test_preposition_modifier_stands_as_written(lookup: Lookup) -> None:
    # a preposition as first part is a prefix: "Gegen", not "against"
    info = compound_info(lookup, "Gegenbesuche", "Gegenbesuche", None, "NOUN", "")
    assert info is not None and info.glosses[0].startswith("Gegen + ")
    # an adjective stays glossed
    assert _parts(lookup, "Vorderachsen")[0][1] == "front"


@pytest.mark.parametrize(
    ("word", "gloss"),
    [
        # "Stall [agr.] :: stable": "Mast" is the line "[agr.] :: fattening", not
        # "[constr.] :: tower" (session 25, gloss24)
        ("Hühnermaststall", "chicken + fattening + stable"),
        # parts sharing only a broad field (fin., techn.) keep their senses
        ("Lohnverlust", "wage + loss"),
        ("Vorderreifen", "front + tyre"),
        # "speicher: storage" is shown from its [comp.] line (the compounds' word), not
        # its best line: no field for "Groß" to agree with ("capital" [comp.])
        ("Großspeicher", "large + storage"),
    ],
)
def test_parts_of_one_field(lookup: Lookup, word: str, gloss: str) -> None:
    info = compound_info(lookup, word, word, None, "NOUN", "")
    assert info is not None and info.glosses == (gloss,)


@pytest.mark.parametrize(
    ("word", "gloss"),
    [
        # "Tierhaltung" (animal husbandry) is the more frequent word and Ding does not
        # translate it with a word of "Haltung" (posture): "Freiland + Tierhaltung"
        ("Freilandtierhaltung", "open field + keeping of animals"),
        # the modifier is the more frequent word: left-branching as before
        ("Grundschulzeit", "primary school + time"),
        ("Landwirtschaftsministerium", "farming + ministry"),
        # Ding's longer head uses the shorter head's word ("price brake"): as before
        ("Gaspreisbremse", "gas price + brake"),
    ],
)
def test_bracketing_by_the_longer_heads_sense(lookup: Lookup, word: str, gloss: str) -> None:
    info = compound_info(lookup, word, word, None, "NOUN", "")
    assert info is not None and info.glosses == (gloss,)


def test_restored_ending_makes_no_pronoun(lookup: Lookup) -> None:
    # "Dei|des|heimer" (a place's people) is no "dein" (your) + "Des" + "Heim"
    info = compound_info(lookup, "Deidesheimer", "Deidesheimer", None, "NOUN", "")
    assert info is None or all(p.lemma != "dein" for p in info.compound)
    # an elided -e is still restored to a noun
    assert _parts(lookup, "Schulbusfahrer")[0][0] == "Schule"


def test_noun_modifier_is_no_verb_form(lookup: Lookup) -> None:
    # "Geflüchteten|unterkunft": the participle "geflüchtet" (got away) is no modifier
    info = compound_info(
        lookup, "Geflüchtetenunterkunft", "Geflüchtetenunterkunft", None, "NOUN", ""
    )
    assert info is None or all(p.lemma != "flüchten" for p in info.compound)
    # a verb's stem still is one ("Lese|ecke": reading)
    assert _parts(lookup, "Leseecken")[0][1] == "reading"


def test_hyphen_prefixes(lookup: Lookup) -> None:
    assert _parts(lookup, "Öko-Bilanz")[0][1] == "eco-"
    assert _parts(lookup, "Mini-Kita")[0][1] == "mini-"
    assert _parts(lookup, "Multi-Krise")[0][1] == "multi-"  # not Ding's "Multi: multinational"


def test_noun_of_a_separable_verb_is_no_compound(lookup: Lookup) -> None:
    # "Ausrichter" is "ausrichten" + -er (organiser), not "Aus" (end of the line) +
    # "Richter" (judge); the card shows no part-by-part gloss
    for word in ("Ausrichter", "Ausrichterin", "Aufbereiter", "Durchsetzer"):
        assert compound_info(lookup, word, word, None, "NOUN", "") is None
    # a particle before a noun that is no verb's stays a compound
    assert compound_info(lookup, "Gegenliebe", "Gegenliebe", None, "NOUN", "") is not None
