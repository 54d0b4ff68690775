"""Dative or accusative after a two-way preposition ("in", "an", "auf"), where German
usage settles it: a bare place name after "in" is a location, "auf" after a verb of
rising or falling names the new level."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.morphology.nouns import NAME, PLACE, NounReading
from app.morphology.phrase import Agreement, Phrase
from app.morphology.verbs import clause_span

if TYPE_CHECKING:
    from app.core.tokens import TokenTable


#: Verbs of rising and falling: "auf" + accusative names the new level ("stieg auf 5 %").
_CHANGE_VERBS = frozenset(
    {
        "steigen", "ansteigen", "sinken", "fallen", "klettern", "wachsen", "anwachsen",
        "zurückgehen", "schrumpfen", "erhöhen", "senken", "anheben", "reduzieren", "verringern",
        "kürzen", "aufstocken", "belaufen", "summieren", "zulegen", "absinken", "abstürzen",
    }
)  # fmt: skip
_PLACE_PREPOSITIONS = frozenset({"in", "an", "auf"})


def choose_case(
    tokens: TokenTable,
    tags: Sequence[str],
    phrase: Phrase,
    agreement: Agreement,
    reading: NounReading,
    is_name: bool,
) -> Agreement:
    """Settle dative or accusative after a two-way preposition where German usage does:
    a bare place name after "in" is a location ("in Berlin": dative; direction takes
    "nach"), "auf" after a verb of rising or falling names the new level (accusative)."""
    if phrase.preposition is None or {b[0] for b in agreement.bundles} != {"Acc", "Dat"}:
        return agreement
    word = tokens.texts[phrase.preposition].lower()
    if word not in _PLACE_PREPOSITIONS:
        return agreement
    if word == "in" and (is_name or reading.kind in (NAME, PLACE)) and phrase.determiner is None:
        keep, why = "Dat", "a place"
    elif word == "auf" and _clause_has_verb(tokens, tags, phrase.head, _CHANGE_VERBS):
        keep, why = "Acc", "a new level"
    else:
        return agreement
    bundles = frozenset(b for b in agreement.bundles if b[0] == keep)
    return Agreement(
        bundles, "preposition", f"{tokens.texts[phrase.preposition]}« ({why})", agreement.conflicts
    )


def _clause_has_verb(
    tokens: TokenTable, tags: Sequence[str], index: int, lemmas: frozenset[str]
) -> bool:
    start, end = clause_span(tokens.texts, tags, tokens.sentence_ids, index)
    return any(
        tags[j] in ("VERB", "AUX") and tokens.lemmas[j].lower() in lemmas
        for j in range(start, end + 1)
    )
