"""Verb paradigms and the readings of a form."""

from __future__ import annotations

from app.morphology.verbs import INFINITIVE, PARTICIPLE, paradigm, readings


def test_stored_and_derived_paradigms() -> None:
    assert paradigm("gehen") is not None
    derived = paradigm("vorbereiten")
    assert derived is not None and derived.particle.startswith("vor")
    assert paradigm("xyzzeln", guess=False) is None


def test_readings() -> None:
    assert readings("befürchten", "befürchten") >= {
        INFINITIVE, ("Fin", "Ind", "Pres", "1", "Plur"), ("Fin", "Ind", "Pres", "3", "Plur")
    }  # fmt: skip
    assert ("Fin", "Sub", "Pres", "3", "Sing") in readings("sei", "sein")
    assert ("Fin", "Sub", "Past", "3", "Sing") in readings("wäre", "sein")
    assert readings("kündigte", "ankündigen") >= {("Fin", "Ind", "Past", "3", "Sing")}
    assert PARTICIPLE in readings("angekündigt", "ankündigen")
    assert readings("anzukündigen", "ankündigen") == {INFINITIVE}
    assert readings("gelassener", "lassen") == frozenset()


def test_only_real_prefixes_make_verbs() -> None:
    # "alarmierenden" is no particle "alarmier" + "enden"
    assert paradigm("alarmierenden", guess=False) is None


def test_first_person_without_its_e_next_to_ich() -> None:
    from tests.morphology.test_engine import at, table

    t = table("Ich/ich/PRON freu/freuen/VERB mich/ich/PRON ././PUNCT")
    assert at(t, "freu").ud() == "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"
    t = table("Das/der/DET Geld/Geld/NOUN hab/haben/AUX ich/ich/PRON gegeben/geben/VERB ././PUNCT")
    assert at(t, "hab").shown["Person"] == ("1",)


def test_commas_of_a_noun_list_do_not_end_the_clause() -> None:
    from app.morphology.verbs import clause_span
    from tests.morphology.test_engine import table

    t = table(
        "Bonn/Bonn/PROPN werde/werden/AUX die/der/DET Sicherung/Sicherung/NOUN durch/durch/ADP"
        " Sanitäter/Sanitäter/NOUN ,/,/PUNCT Pioniere/Pionier/NOUN ,/,/PUNCT"
        " Transport-/Transport-/PRON und/und/CCONJ Flugzeuge/Flugzeug/NOUN"
        " unterstützen/unterstützen/VERB ././PUNCT"
    )
    assert clause_span(t.texts, t.tags, t.sentence_ids, 3) == (0, 12)
    # an apposition before the verb is no list: its comma still ends the clause
    t = table(
        "Der/der/DET Chef/Chef/NOUN ,/,/PUNCT Bodo/Bodo/PROPN Schwartz/Schwartz/PROPN ,/,/PUNCT"
        " forderte/fordern/VERB Geld/Geld/NOUN ././PUNCT"
    )
    assert clause_span(t.texts, t.tags, t.sentence_ids, 1) == (0, 1)
