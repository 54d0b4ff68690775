"""Helpers of the sense ranking that read the lookup's clause."""

from __future__ import annotations

from app.dictionary.preferences import following_preposition


def test_the_preposition_after_a_noun() -> None:
    sentence = [("der", "der", False), ("mangel", "mangel", True), ("an", "an", False),
                ("fachkräften", "fachkraft", True)]  # fmt: skip
    assert following_preposition(sentence, 1) == "an"
    # no preposition after it, or nothing after it
    assert following_preposition(sentence, 0) == ""
    assert following_preposition(sentence, 3) == ""
    assert following_preposition(sentence, 7) == ""
