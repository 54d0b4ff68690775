"""Static scores of the converter: forms, lines and the order of glosses."""

from __future__ import annotations

from collections import Counter

from app.dictionary.build.ding import parse_line, parse_term
from app.dictionary.build.scores import (
    english_counts,
    entry_weight,
    form_score,
    gloss_commonness,
    is_plain,
    pack_glosses,
)
from app.dictionary.schema import FS, KIND_HEAD, KIND_PLURAL, KIND_SUBHEAD, RS


def test_plain_headword_before_reflexive_and_prepositional_ones() -> None:
    assert is_plain("rechnen", "rechnen") and is_plain("etw. planen", "planen")
    assert not is_plain("sich rechnen", "rechnen") and not is_plain("mit etw. rechnen", "rechnen")
    plain = form_score(1.0, KIND_HEAD, 0, "rechnen", "rechnen", [], [])
    reflexive = form_score(1.0, KIND_HEAD, 0, "rechnen", "sich rechnen", [], [])
    assert plain > reflexive


def test_form_kind_synonym_position_and_labels_lower_the_score() -> None:
    head = form_score(1.0, KIND_HEAD, 0, "Haus", "Haus", [], [])
    assert head > form_score(1.0, KIND_PLURAL, 0, "Haus", "Haus", [], [])
    assert head > form_score(1.0, KIND_SUBHEAD, 0, "Haus", "Haus", [], [])
    assert head > form_score(1.0, KIND_HEAD, 3, "Haus", "Haus", [], [])
    assert head > form_score(1.0, KIND_HEAD, 0, "Haus", "Haus", ["techn."], [])
    assert head > form_score(1.0, KIND_HEAD, 0, "Haus", "Haus", ["veraltet"], [])
    assert head == form_score(1.0, KIND_HEAD, 0, "Haus", "Haus", ["pol."], [])  # news field


def test_glosses_common_short_and_unmarked_first() -> None:
    counts = english_counts(["x :: house; dwelling", "y :: house", "z :: domicile [obs.]"])
    assert counts["house"] == 2
    assert gloss_commonness("house", counts) > gloss_commonness("domicile", counts)
    terms = [parse_term("domicile [obs.]"), parse_term("house")]
    packed, best = pack_glosses(terms, counts)
    first = packed.split(RS)[0].split(FS)
    assert first[0] == "house" and best == gloss_commonness("house", counts)
    assert pack_glosses([], counts) == ("", 0.0)


def test_line_weight_prefers_articles_and_the_supplement() -> None:
    article = parse_line("der {art} :: the")
    noun = parse_line("Haus {n} :: house")
    assert article is not None and noun is not None
    assert entry_weight(article, 2.0, False) > entry_weight(noun, 2.0, False)
    assert entry_weight(noun, 2.0, True) == entry_weight(noun, 2.0, False) + 2.0
    assert Counter() == english_counts(["# comment :: not counted"])
