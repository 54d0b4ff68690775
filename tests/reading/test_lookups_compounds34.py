"""The text's place names and a town's word in -er read from them (session 34)."""

from __future__ import annotations

from app.core.results import Entity
from app.core.tokens import TokenTable
from app.dictionary import WordInfo
from app.reading.lookups import place_of_text, text_places


def _tokens(words: list[tuple[str, str]]) -> TokenTable:
    n = len(words)
    return TokenTable(
        starts=range(n),
        ends=range(1, n + 1),
        texts=[w for w, _ in words],
        lemmas=[w for w, _ in words],
        tags=[t for _, t in words],
        morphs=["Number=Sing"] * n,
        sentence_ids=[0] * n,
    )


def test_text_places_are_the_words_of_place_entities() -> None:
    entities = [
        Entity(0, 8, "LOC", "NIENBURG"),
        Entity(10, 27, "LOC", "Landkreis Celle"),
        Entity(30, 40, "PER", "Anna Berg"),
    ]
    places = text_places(entities)
    assert {"Nienburg", "Celle"} <= places and "Landkreis" not in places
    assert "Berg" not in places and "Anna" not in places


SPLIT = WordInfo(word="Qellerer", lemma="Qellerer", glosses=("q + e",), match="compound")


def test_a_split_word_of_a_named_town_is_its_adjective() -> None:
    tokens = _tokens([("Der", "DET"), ("Qellerer", "NOUN"), ("Stadtrat", "NOUN")])
    info = place_of_text(SPLIT, tokens, 1, frozenset({"Qeller"}))
    assert info.glosses == ("of Qeller",)


def test_nothing_changes_without_the_town_or_the_place_for_it() -> None:
    tokens = _tokens([("Der", "DET"), ("Qellerer", "NOUN"), ("Stadtrat", "NOUN")])
    assert place_of_text(SPLIT, tokens, 1, frozenset()) is SPLIT
    # no article, no noun after it, no adjective: not where German puts the word
    alone = _tokens([("Qellerer", "NOUN"), ("sagt", "VERB")])
    assert place_of_text(SPLIT, alone, 0, frozenset({"Qeller"})) is SPLIT


def test_a_word_of_dings_own_is_kept() -> None:
    own = WordInfo(word="Qellerer", lemma="Qellerer", glosses=("citizen",), match="exact")
    tokens = _tokens([("Der", "DET"), ("Qellerer", "NOUN"), ("Stadtrat", "NOUN")])
    assert place_of_text(own, tokens, 1, frozenset({"Qeller"})) is own
