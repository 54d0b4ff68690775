"""Session 37 (compound37): choosing a compound's split, on the bundled dictionary."""

from __future__ import annotations

import pytest

from app.dictionary import Dictionary
from app.dictionary.compound import compound_info, split_closed
from app.dictionary.lookup import Lookup


@pytest.fixture(scope="module")
def lookup(installed: Dictionary) -> Lookup:
    assert installed._lookup is not None
    return installed._lookup


def _texts(lookup: Lookup, word: str) -> list[str] | None:
    pieces = split_closed(lookup, word)
    return None if pieces is None else [p if isinstance(p, str) else p.text for p in pieces]


def test_a_head_is_no_interjection(lookup: Lookup) -> None:
    # "Sch :: Hush!" is no head: "limnologischen" is a derivation, not "Limnologi|sch"
    assert _texts(lookup, "Limnologischen") is None


def test_the_lemma_split_with_fewer_parts_wins(lookup: Lookup) -> None:
    # the genitive -s read into the head made "Kleingärt + nerver + eins"
    info = compound_info(lookup, "Kleingärtnervereins", "Kleingärtnervereins",
                         "Kleingärtnerverein", "NOUN", "")  # fmt: skip
    assert info is not None
    assert [p.text for p in info.compound] == ["Kleingärtner", "verein"]
    assert info.lemma == "Kleingärtnerverein"
    # a word whose own form splits in two keeps that split
    info = compound_info(lookup, "Vereinskasse", "Vereinskasse", "Vereinskasse", "NOUN", "")
    assert info is not None and [p.text for p in info.compound] == ["Vereins", "kasse"]


def _gloss(lookup: Lookup, word: str) -> str:
    info = compound_info(lookup, word, word, word, "NOUN", "")
    assert info is not None
    return info.glosses[0]


def test_a_rare_short_first_part_yields_to_its_restored_form(lookup: Lookup) -> None:
    # "Elb" (elf) is a word wordfreq does not know; "Elbe" with its -e is common
    assert _gloss(lookup, "Elbdeich").startswith("Elbe + ")


def test_a_verb_stem_beats_a_rarer_noun_in_e(lookup: Lookup) -> None:
    # "brauen" (to brew) is commoner than "Braue" (eyebrow): English says "brewing"
    assert _gloss(lookup, "Braumeister").startswith("brewing + ")
    # a particle verb's stem is left alone: "Ausweiche" (passing place), not "dodging"
    assert not _gloss(lookup, "Ausweichhalle").startswith("dodging")
    # a frequent noun in -e stays: "Schule" before "schulen" (to train)
    assert _gloss(lookup, "Schulhof").startswith("school + ")


def test_ing_form() -> None:
    from app.dictionary.compound import _ing_form

    assert _ing_form("to brew sth.") == "brewing"
    assert _ing_form("to swim") == "swimming"
    assert _ing_form("to drive") == "driving"
    assert _ing_form("to open") == "opening"
    assert _ing_form("to check out sth.") is None
    assert _ing_form("brew") is None


def test_restoring_and_stems_need_a_reason(lookup: Lookup) -> None:
    # "irr" is an adjective as written: no restored noun "Irre" (madman) for it
    assert not _gloss(lookup, "Irrmeinung").startswith("madman")
    # "rammen" is commoner than "Ramme", but its first gloss is no plain verb
    # ("to drive against sth."): the noun stays
    assert _gloss(lookup, "Rammhammer").startswith("ram + ")
    # a verb's stem shows its -ing form also after its line moved to the head's field
    assert _gloss(lookup, "Quetschwunde") == "bruising + wound"
    assert _gloss(lookup, "Backblech").startswith("baking + ")


def test_a_head_is_no_call(lookup: Lookup) -> None:
    assert not _gloss(lookup, "Kuhscheiße").endswith("!")


def test_a_modifier_is_no_interjection(lookup: Lookup) -> None:
    # "Achs" is "Achse" (axle) with its -e dropped, not "Ach! :: oh" with a linking -s
    assert _gloss(lookup, "Achsrohr").startswith("axle + ")


def test_a_linked_noun_takes_the_word_its_compounds_use(lookup: Lookup) -> None:
    from app.dictionary import heads

    # "Wirtschafts-" compounds say "economic" (Wirtschaftspolitik, -krise), "Bundes-"
    # ones "federal": the bound table has the noun with its link
    assert heads.bound_sense("wirtschafts") == "economic"
    assert heads.bound_sense("bundes") == "federal"
    # "Jahres-": the news-read compounds do not agree on "annual" (Jahreszeit, -ende)
    assert heads.bound_sense("jahres") is None
    info = compound_info(lookup, "Wirtschaftsstrafkammer", "Wirtschaftsstrafkammer",
                         "Wirtschaftsstrafkammer", "NOUN", "")  # fmt: skip
    assert info is not None
    assert info.glosses[0].startswith("economic + ")
    assert info.compound[0].lemma == "Wirtschaft"  # still the noun, not a bound part


def test_linked_rule_in_the_builder() -> None:
    from app.dictionary.build.compound_heads import _linked

    assert _linked("wirtschafts", "wirtschaft") and _linked("bundes", "bund")
    assert not _linked("schul", "schule") and not _linked("wirtschaft", "wirtschaft")
