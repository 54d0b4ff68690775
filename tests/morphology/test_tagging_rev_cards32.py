"""Session 32 (rev_cards32): a participle behind a separable prefix that is also the
present of a verb in "ge-" in use ("angehört": anhören, or angehören)."""

from __future__ import annotations

import pytest

from app.morphology.tagging import _ge_verb_candidate


@pytest.mark.parametrize(
    ("candidate", "prefix", "expected"),
    [
        ("gehören", "", True),
        ("angehören", "an", True),  # an + gehören, in use
        ("aufgehören", "auf", False),  # no one writes it: aufgehört is aufhören's
        ("anhören", "an", False),  # no "ge-" after the prefix
        ("angehören", "", False),  # no prefix found in the word
    ],
)
def test_ge_verb_candidate(candidate: str, prefix: str, expected: bool) -> None:
    assert _ge_verb_candidate(candidate, prefix) is expected
