"""Gloss coverage outside named entities, on the small database."""

from __future__ import annotations

from types import SimpleNamespace

from app.core.results import Entity
from app.core.tokens import Token, TokenTable
from app.dictionary import Dictionary
from app.dictionary.coverage import coverage, entity_spans, is_alphabetic


def _analysis(words: list[tuple[str, str, str]], entities: tuple[Entity, ...] = ()) -> object:
    tokens, start = [], 0
    for text, lemma, pos in words:
        tokens.append(Token(start, start + len(text), text, lemma, pos, "", 0))
        start += len(text) + 1
    text = " ".join(w for w, _, _ in words)
    return SimpleNamespace(text=text, tokens=TokenTable.of(tokens), entities=entities)


def test_counts_alphabetic_tokens_outside_entities(small: Dictionary) -> None:
    analysis = _analysis(
        [("Merz", "Merz", "PROPN"), ("lobte", "loben", "VERB"), ("die", "der", "DET"),
         ("Waffenlieferungen", "Waffenlieferung", "NOUN"), ("2024", "2024", "NUM"),
         ("Xyzzyq", "Xyzzyq", "NOUN")],
        (Entity(0, 4, "PER", "Merz"),),
    )  # fmt: skip
    result = coverage(analysis, small)
    assert result.total == 4  # Merz is an entity, 2024 is no word
    assert result.misses == ("Xyzzyq",)
    assert result.covered == result.direct + result.compound == 3
    assert 0.7 < result.ratio < 0.8


def test_entity_spans_take_names_and_further_mentions() -> None:
    words = [("Olaf", "", "PROPN"), ("Scholz", "", "PROPN"), ("sagte", "", "VERB"),
             ("Scholz", "", "PROPN")]  # fmt: skip
    analysis = _analysis(words, (Entity(0, 11, "PER", "Olaf Scholz"),))
    # the entity, and each of its words wherever it occurs ("Scholz" alone later on)
    assert entity_spans(analysis) == [(0, 4), (0, 11), (5, 11), (18, 24)]
    assert entity_spans(analysis, mentions=False) == [(0, 11)]
    assert is_alphabetic("Nord-Süd") and not is_alphabetic("G7")
