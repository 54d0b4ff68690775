"""A headword's object case matched with the clause's phrase (session 28, frames11)."""

from __future__ import annotations

from app.dictionary.preferences import frame_case_conflict


def test_a_dative_phrase_rules_out_an_accusative_object() -> None:
    # "am Ende verlieren": not "etw. an jdn. verlieren"
    assert frame_case_conflict("etw. an jdn. verlieren", {"an": "Dat"})
    assert not frame_case_conflict("etw. an jdn. verlieren", {"an": "Acc"})
    assert not frame_case_conflict("etw. an jdn. verlieren", {})
    assert frame_case_conflict("an jdn./etw. denken", {"an": "Dat"})
    # "etw." is any case; an accusative phrase rules out a dative object
    assert not frame_case_conflict("an etw. festhalten", {"an": "Dat"})
    assert frame_case_conflict("an jdm./etw. liegen", {"an": "Acc"})
    assert not frame_case_conflict("an jdm./etw. liegen", {"an": "Dat"})


def test_an_object_no_preposition_governs_is_never_a_fit() -> None:
    assert frame_case_conflict("als jdm. gelten", {})
    assert not frame_case_conflict("als etw. gelten", {})
    assert not frame_case_conflict("sich als jd. ausgeben", {})
    assert frame_case_conflict("zu jdn. kommen", {})
    assert not frame_case_conflict("zu jdm. kommen", {})
    assert frame_case_conflict("für jdm. sorgen", {})
    assert not frame_case_conflict("(sich) für jdn. entscheiden", {})


def test_a_phrase_whose_noun_names_a_thing_is_no_person() -> None:
    from app.dictionary.objects import thing_phrases

    clause = [("Die", "der", False), ("Mitglieder", "Mitglied", True), ("kamen", "kommen", False)]
    clause += [("zur", "zur", False), ("Versammlung", "Versammlung", True)]
    assert thing_phrases(clause, 2) == ["zu"]
    person = [("Er", "er", False), ("kam", "kommen", False), ("zu", "zu", False)]
    person += [("seiner", "sein", False), ("Mutter", "Mutter", True)]
    assert thing_phrases(person, 1) == []
