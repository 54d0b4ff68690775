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


def test_two_way_prefix_gives_the_participle_without_ge() -> None:
    # "unterbreiten" is derived from "breiten" with "unter", which is also inseparable
    assert PARTICIPLE in readings("unterbreitet", "unterbreiten")
    assert PARTICIPLE in readings("untergebreitet", "unterbreiten")


def test_form_right_before_an_auxiliary_is_the_participle() -> None:
    from tests.morphology.test_engine import at, table

    t = table(
        "so/so/ADV kompetent/kompetent/ADJ wie/wie/ADP bei/bei/ADP ihm/er/PRON"
        " bedient/bedienen/VERB worden/werden/AUX ././PUNCT"
    )
    assert at(t, "bedient").shown["VerbForm"] == ("Part",)
    t = table(
        "Arbeitsplätze/Arbeitsplatz/NOUN sollen/sollen/AUX geschaffen/schaffen/VERB"
        " werden/werden/AUX ././PUNCT"
    )
    f = at(t, "geschaffen")  # strong participle of a verb the table conjugates weakly
    assert f.lemma == "schaffen" and f.shown["VerbForm"] == ("Part",)


def test_participle_of_a_particle_verb_is_no_verb_of_its_own() -> None:
    from app.morphology.verbs import paradigm

    assert paradigm("gegeben") is None and paradigm("hingegeben") is None
    assert PARTICIPLE in readings("hingegeben", "hingeben")
    assert paradigm("angehören") is not None  # an + gehören: a verb


def test_plural_verb_after_und_and_a_new_subject_beside_sein_is_finite() -> None:
    from tests.morphology.test_engine import at, table

    t = table(
        "Der/der/DET Salat/Salat/NOUN ist/sein/AUX frisch/frisch/ADJ und/und/CCONJ die/der/DET"
        " Burger/Burger/NOUN schmecken/schmecken/VERB super/super/ADV !/!/PUNCT"
    )
    assert at(t, "schmecken").shown["VerbForm"] == ("Fin",)
    t = table(
        "Er/er/PRON will/wollen/AUX essen/essen/VERB und/und/CCONJ die/der/DET"
        " Burger/Burger/NOUN probieren/probieren/VERB ././PUNCT"
    )
    assert at(t, "probieren").shown["VerbForm"] == ("Inf",)


def test_aber_without_a_comma_is_a_particle_inside_the_clause() -> None:
    from tests.morphology.test_engine import at, table

    # German writes a comma before the conjunctions "aber", "sondern", "doch", "denn"
    t = table(
        "Er/er/PRON zeigte/zeigen/VERB sich/sich/PRON enttäuscht/enttäuschen/VERB ,/,/PUNCT"
        " will/wollen/AUX an/an/ADP seinen/sein/DET Plänen/Plan/NOUN aber/aber/ADV"
        " festhalten/festhalten/VERB ././PUNCT"
    )
    assert at(t, "festhalten").shown["VerbForm"] == ("Inf",)
    # "und" + verb still opens a second main clause: "… und leiden sehr"
    t = table(
        "Die/der/DET Anwohner/Anwohner/NOUN klagen/klagen/VERB und/und/CCONJ"
        " leiden/leiden/VERB sehr/sehr/ADV ././PUNCT"
    )
    assert at(t, "leiden").shown["VerbForm"] == ("Fin",)
