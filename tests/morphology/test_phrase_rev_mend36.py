"""Session 36 (rev_mend36): the cut parts the review of mend36 tried on cut_part."""

from __future__ import annotations

from app.morphology.phrase import cut_part


def test_cut_parts_of_the_review() -> None:
    assert cut_part(["der", "Ex-", "und", "Vizepräsident"], 1)
    assert cut_part(["die", "Lehrer-", "sowie", "Schülerschaft"], 1)
    # a part opening with a digit ("das 5G- und Glasfasernetz", "die 10- und 12-Jährigen")
    assert cut_part(["das", "5G-", "und", "Glasfasernetz"], 1)
    assert cut_part(["die", "10-", "und", "12-Jährigen"], 1)
    # an adverb's cut part ("ein- oder zweimal") is no noun compound's
    assert not cut_part(["kam", "ein-", "oder", "zweimal"], 1)
