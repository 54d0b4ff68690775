"""Session 36 (sep36): a separated particle joins a finite form of the joined verb only."""

from __future__ import annotations

from app.grammar import join_separable_verbs
from app.morphology.verbs import finite_form


def _known(word: str) -> str | None:
    return {"hingelassen": "hinlassen", "hinnehmen": "hinnehmen", "hinnahm": "hinnehmen"}.get(word)


def _join(finite: bool) -> list[str]:
    texts = ["Sie", "nahm", "es", "gelassen", "hin", "."]
    tags = ["PRON", "VERB", "PRON", "VERB", "ADV", "PUNCT"]
    morphs = ["", "VerbForm=Fin", "", "", "", ""]
    lemmas = ["sie", "nehmen", "es", "lassen", "hin", "."]
    join_separable_verbs(
        texts, tags, morphs, [0] * 6, lemmas, _known, finite_form if finite else None
    )
    return lemmas


def test_a_participle_takes_no_separated_particle() -> None:
    lemmas = _join(True)
    assert lemmas[1] == lemmas[4] == "hinnehmen"
    assert lemmas[3] == "lassen"


def test_without_the_check_the_participle_took_it() -> None:
    assert _join(False)[3] == "hinlassen"


def test_finite_form() -> None:
    assert finite_form("nahm", "hinnehmen")
    assert not finite_form("gelassen", "hinlassen")
