"""The lemma table: only the simplemma pairs the lookup cannot find on its own."""

from __future__ import annotations

from app.dictionary.build.lemmas import lemma_rows, simplemma_pairs


def test_pairs_ding_or_the_suffix_rules_already_resolve_are_left_out() -> None:
    exact = {"geben", "Opfer", "Opfern", "machen", "gibst"}
    known = {k.lower() for k in exact}
    pairs = [
        ("gab", "geben"),  # irregular: kept
        ("gibst", "geben"),  # Ding lists the form itself: left out
        ("Opfern", "Opfer"),  # ... unless it looks like a verbal noun: kept
        ("macht", "machen"),  # the suffix rules find "machen": left out
        ("Häuser", "Haus"),  # the lemma is not in Ding: left out
        ("geben", "geben"),  # no change: left out
        ("2024", "2024"),  # no word
    ]
    assert list(lemma_rows(known, exact, pairs)) == [("gab", "geben"), ("Opfern", "Opfer")]


def test_simplemma_has_german_pairs() -> None:
    pairs = dict(simplemma_pairs())
    assert len(pairs) > 100_000
    assert pairs.get("gab") == "geben"
