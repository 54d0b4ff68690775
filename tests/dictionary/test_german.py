"""German word helpers: which tokens can be looked up, suffix rules, case and spelling variants."""

from __future__ import annotations

import pytest

from app.dictionary import german


@pytest.mark.parametrize(
    "bad", ["", "2023", "Covid19", "🙂", "Haus🙂", "x" * 1000, "Москва", "Haus\u0434", "—", " "]
)
def test_clean_token_refuses_bad_input(bad: str) -> None:
    assert german.clean_token(bad) is None


def test_clean_token_strips_punctuation_and_keeps_hyphens() -> None:
    assert german.clean_token("„Hauptfeind“") == "Hauptfeind"
    assert german.clean_token("Raketen-Tests,") == "Raketen-Tests"
    assert german.clean_token("Nord-") == "Nord"
    assert german.clean_token("Straße") == "Straße"
    assert german.clean_token("Café") == "Café"


def test_inflection_candidates_cover_regular_endings() -> None:
    assert "militärisch" in german.inflection_candidates("militärischen")
    assert "befürchten" in german.inflection_candidates("befürchtet")
    assert "erklären" in german.inflection_candidates("erklärte")
    assert "machen" in german.inflection_candidates("gemacht")
    assert "ankündigen" in german.inflection_candidates("angekündigt")
    assert "Bündnis" in german.inflection_candidates("Bündnisses")


def test_case_and_spelling_variants() -> None:
    assert german.case_variants("Und") == ["und"]
    assert "Polizei" in german.case_variants("POLIZEI")
    assert german.spelling_variants("Strasse") == ["Straße"]
    assert german.spelling_variants("Haus") == []


def test_the_noun_in_ung_of_a_verb() -> None:
    from app.dictionary.german import ung_noun

    assert ung_noun("prüfen") == "Prüfung" and ung_noun("ankündigen") == "Ankündigung"
    assert ung_noun("verhandeln") == "Verhandlung" and ung_noun("verändern") == "Veränderung"
    assert ung_noun("Haus") is None and ung_noun("tun") is None


def test_the_bare_stem_noun_of_a_verb() -> None:
    from app.dictionary.german import stem_noun

    assert stem_noun("versuchen") == "Versuch" and stem_noun("wechseln") == "Wechsel"
    assert stem_noun("Haus") is None and stem_noun("tun") is None
