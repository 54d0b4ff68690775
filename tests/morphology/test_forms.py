"""Regular form rules shared by the table builder and the analysis."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.morphology.forms import (
    de_umlaut,
    noun_lemma_candidates,
    regular_comparative,
    regular_superlative,
)


def test_noun_candidates_find_regular_lemmas() -> None:
    assert "Krieg" in noun_lemma_candidates("Krieges")
    assert "Hand" in noun_lemma_candidates("Händen")
    assert "Bündnis" in noun_lemma_candidates("Bündnisses")
    assert "Baum" in noun_lemma_candidates("Bäume")


@given(st.text(alphabet="abcdeäöüsn", min_size=1, max_size=12))
def test_the_form_itself_is_always_a_candidate(form: str) -> None:
    assert noun_lemma_candidates(form)[0] == form


def test_de_umlaut_undoes_the_last_umlaut() -> None:
    assert de_umlaut("Männ") == "Mann"
    assert de_umlaut("Bäum") == "Baum"
    assert de_umlaut("Haus") == "Haus"


def test_regular_comparison() -> None:
    assert regular_comparative("schnell") == "schneller"
    assert regular_comparative("dunkel") == "dunkler"
    assert regular_comparative("teuer") == "teurer"
    assert regular_comparative("leise") == "leiser"
    assert regular_superlative("schnell") == "schnellst"
    assert regular_superlative("kurz") == "kurzest"
