"""Session 36 (sep36): a weak participle is its own verb's (verbs.participle_verb)."""

from __future__ import annotations

import pytest

from app.morphology.verbs import participle_verb


@pytest.mark.parametrize(
    ("form", "lemma", "tagged", "verb"),
    [
        ("gelangt", "gelingen", False, "gelangen"),  # "ihr gelangt": only a 2nd person form
        ("vermisst", "vermessen", True, "vermissen"),  # tagged a participle
        # near misses: the form is the lemma's participle, a 3rd person form not tagged a
        # participle, an unknown lemma (left to the engine), no verb in "ge-" the lexicon knows
        ("gelungen", "gelingen", True, ""),
        ("vermisst", "vermessen", False, ""),
        ("verstärkt", "verstärkt", True, ""),
        ("gefällt", "gefallen", True, ""),
        ("gewählt", "wählen", True, ""),
    ],
)  # fmt: skip
def test_participle_verb(form: str, lemma: str, tagged: bool, verb: str) -> None:
    assert participle_verb(form, lemma, tagged) == verb
