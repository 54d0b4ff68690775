"""Session 36 (mend36): the cards' relative pronouns before "Ende", "Mitte", "Anfang"
are the clause rules' list without the genitive "dessen"/"deren"."""

from __future__ import annotations

from app.reading.cards import _relative_before_part
from tests.morphology.test_engine import table


def _before_part(pronoun: str) -> bool:
    t = table(
        f"Die/der/DET Messe/Messe/NOUN ,/,/PUNCT {pronoun}/{pronoun}/PRON Mitte/Mitte/NOUN"
        " Juni/Juni/PROPN beginnt/beginnen/VERB ././PUNCT"
    )
    return _relative_before_part(t, t.texts.index("Mitte"))


def test_a_time_after_any_relative_pronoun_but_a_genitive() -> None:
    assert _before_part("die") and _before_part("welche") and _before_part("denen")
    # ", deren Mitte Juni …": the fair's middle, a noun with its article
    assert not _before_part("deren") and not _before_part("dessen")
