"""Name runs and the repair of PER spans (app/people/runs.py).

Moved tests build the analysis data with spaCy's blank German tokenizer and,
where the case is about repairing NER output, with hand-made PER entities.
"""

from __future__ import annotations

import dataclasses

import pytest

from app.people import extract_people
from app.people.runs import (
    EAST_ASIAN_GIVEN,
    can_follow,
    can_start,
    extend_run,
    looks_genitive,
    runs_in_entity,
    skip_to_given_name,
)
from tests.people.support import analysis_data, by_name, index, mention_texts, people, view


def test_name_with_particles() -> None:
    text = (
        "EU-Kommissionspräsidentin Ursula von der Leyen reist nach Kiew. "
        "Von der Leyen will dort Präsident Wolodymyr Selenskyj treffen. "
        "Wie von der Leyen sagte, sei die Reise lange geplant."
    )
    found = by_name(text)
    assert set(found) == {"Ursula von der Leyen", "Wolodymyr Selenskyj"}
    assert found["Ursula von der Leyen"].roles == ("EU-Kommissionspräsidentin",)
    assert len(found["Ursula von der Leyen"].mentions) >= 2


def test_hyphenated_and_accented_names() -> None:
    text = (
        "Die CDU-Politikerin Annegret Kramp-Karrenbauer traf den Ungarn Péter Magyar. "
        "Kramp-Karrenbauer lobte Magyar. Auch Jean-Luc Mélenchon äußerte sich."
    )
    found = by_name(text)
    assert {"Annegret Kramp-Karrenbauer", "Péter Magyar", "Jean-Luc Mélenchon"} <= set(found)
    assert found["Annegret Kramp-Karrenbauer"].roles == ("CDU-Politikerin",)
    assert len(found["Péter Magyar"].mentions) == 2


def test_east_asian_names() -> None:
    text = "Chinas Staatschef Xi Jinping empfing Südkoreas Präsidenten Lee Jae-myung in Peking."
    found = by_name(text)
    assert found["Xi Jinping"].roles == ("Staatschef",)
    assert found["Lee Jae-myung"].roles == ("Präsident",)


def test_initials() -> None:
    text = "Vizepräsident J.D. Vance sprach in Ohio. Der Angeklagte Max M. schwieg vor Gericht."
    found = by_name(text)
    assert found["J.D. Vance"].roles == ("Vizepräsident",)
    assert found["Max M."].roles == ("Angeklagter",)


def test_role_word_swallowed_by_the_ner_span() -> None:
    text = "Der Besuch von Bundespräsident Frank-Walter Steinmeier (69) in Mali endet."
    found = by_name(text, per=["Bundespräsident Frank-Walter Steinmeier"])
    assert list(found) == ["Frank-Walter Steinmeier"]
    assert found["Frank-Walter Steinmeier"].roles == ("Bundespräsident",)
    assert found["Frank-Walter Steinmeier"].age == 69


def test_trailing_non_name_words_in_the_ner_span() -> None:
    text = "Rettungskräfte im Einsatz Foto: Boris Roessler/dpa\nDie Lage bleibt angespannt."
    assert by_name(text, per=["Einsatz Foto", "Boris Roessler"]) == {}


def test_genitive_possessor_inside_a_ner_span_is_split() -> None:
    text = "Putins Sprecher Dmitri Peskow wies die Berichte zurück. Wladimir Putin schwieg."
    found = by_name(text, per=["Putins Sprecher Dmitri Peskow", "Wladimir Putin"])
    assert set(found) == {"Dmitri Peskow", "Wladimir Putin"}
    assert found["Dmitri Peskow"].relations == (("Sprecher", "Wladimir Putin"),)


def test_first_name_and_particles_left_out_by_the_ner_span() -> None:
    text = (
        "Auch EU-Kommissionspräsidentin Ursula von der Leyen wird erwartet. "
        "Von der Leyen, 65, will dort sprechen."
    )
    found = by_name(text, per=["Leyen"])
    assert list(found) == ["Ursula von der Leyen"]
    assert found["Ursula von der Leyen"].roles == ("EU-Kommissionspräsidentin",)
    assert found["Ursula von der Leyen"].age == 65


def test_ner_span_that_ends_inside_the_particles_is_continued() -> None:
    text = (
        "Der Regierungschef Maarten van den Hoek trat zurück. "
        "Van den Hoek (58) zog die Konsequenzen."
    )
    found = by_name(text, per=["Maarten van"], other=[("Hoek", "LOC")])
    assert list(found) == ["Maarten van den Hoek"]
    assert found["Maarten van den Hoek"].roles == ("Regierungschef",)
    assert found["Maarten van den Hoek"].age == 58


def test_preposition_before_a_surname_is_not_a_particle() -> None:
    text = "Ein Treffen von Scholz mit Macron ist geplant. Kanzler Olaf Scholz schwieg."
    found = by_name(text, per=["Scholz", "Macron", "Olaf Scholz"])
    assert "Olaf Scholz" in found
    assert "von Scholz" not in mention_texts(text, found["Olaf Scholz"])


def test_possessed_noun_after_a_genitive_is_no_name() -> None:
    text = (
        "Die Schriftstellerin Jenny Erpenbeck gewann den Preis. "
        "Erpenbecks Roman erzählt von einer Liebe. Die 57-Jährige lebt in Berlin."
    )
    found = by_name(text, per=["Jenny Erpenbeck", "Erpenbecks Roman"])
    assert list(found) == ["Jenny Erpenbeck"]
    assert "Erpenbecks" in mention_texts(text, found["Jenny Erpenbeck"])


def test_first_name_before_a_capital_particle_name() -> None:
    text = "Die Chefin der Partei, Marine Le Pen, kündigte Widerstand an. Le Pen bleibt hart."
    found = by_name(text, per=["Le Pen"])
    assert list(found) == ["Marine Le Pen"]
    assert len(found["Marine Le Pen"].mentions) == 2


def test_capital_particle_name_at_sentence_start_stays_short() -> None:
    text = "Gegen Le Pen stimmten viele. Die Politikerin Marine Le Pen schwieg."
    found = by_name(text, per=["Le Pen", "Marine Le Pen"])
    assert "Gegen Le Pen" not in found


def test_surname_that_is_an_inflected_noun_needs_the_proper_noun_tag() -> None:
    text = "Ministerin Katherina Reiche traf Kunden. Sie kaufte für Anna Blumen."
    tokens, sentences, entities = analysis_data(text, per=["Katherina"])
    tagged = tuple(
        dataclasses.replace(t, pos="PROPN") if t.text in {"Katherina", "Reiche", "Anna"} else t
        for t in tokens
    )
    names = {p.name for p in extract_people(text, tagged, sentences, entities) if not p.credit}
    assert "Katherina Reiche" in names
    assert "Anna Blumen" not in names


def test_capitalised_particles_and_cut_ner_spans() -> None:
    text = (
        "Die Chefin des Rassemblement National, Marine Le Pen, protestierte. "
        "Der Physiker Anton Zeilinger sprach in Wien."
    )
    found = by_name(text, other=[("Marine Le Pen", "ORG")], per=["Anton"])
    assert found["Marine Le Pen"].roles == ("Chefin des Rassemblement National",)
    assert found["Anton Zeilinger"].roles == ("Physiker",)


def test_can_start_and_can_follow() -> None:
    doc = view("Gestern traf Anna Koch den Kanzler Scholz und J.D. Vance in Berlin.")
    assert can_start(doc, index(doc, "Anna"))
    assert can_start(doc, index(doc, "J.D."))
    assert not can_start(doc, index(doc, "Gestern"))
    assert not can_start(doc, index(doc, "Berlin"))
    koch = index(doc, "Koch")
    assert can_follow(doc, koch, koch - 1)  # a word as a surname after a first name
    assert not can_follow(doc, index(doc, "Scholz") + 1, index(doc, "Scholz"))  # "und"


def test_extend_run() -> None:
    doc = view("Heute sprach Ursula von der Leyen mit Marine Le Pen über J.D. Vance.")
    assert doc.span_text(index(doc, "Ursula"), extend_run(doc, index(doc, "Ursula"))) == (
        "Ursula von der Leyen"
    )
    assert doc.span_text(index(doc, "Marine"), extend_run(doc, index(doc, "Marine"))) == (
        "Marine Le Pen"
    )
    assert doc.span_text(index(doc, "J.D."), extend_run(doc, index(doc, "J.D."))) == "J.D. Vance"
    limit = index(doc, "von")
    assert extend_run(doc, index(doc, "Ursula"), limit) == limit


def test_runs_in_entity_cuts_and_completes() -> None:
    doc = view("Heute sprach Nordkorea-Diktator Kim Jong-un im Interesse Kims.")
    first = index(doc, "Nordkorea-Diktator")
    assert runs_in_entity(doc, first, first + 3) == [(first + 1, first + 3, False)]
    interesse = index(doc, "Interesse")
    assert runs_in_entity(doc, interesse, interesse + 2) == [(interesse + 1, interesse + 2, True)]
    doc = view("Heute sprach Anton Zeilinger in Wien.")
    anton = index(doc, "Anton")
    assert runs_in_entity(doc, anton, anton + 1) == [(anton, anton + 2, False)]


def test_skip_to_given_name_and_east_asian_names() -> None:
    doc = view("Gestern sprach Fraktionsvize Jens Spahn.")
    first = index(doc, "Fraktionsvize")
    assert skip_to_given_name(doc, first, first + 3) == first + 1
    assert EAST_ASIAN_GIVEN.match("Jae-myung") and not EAST_ASIAN_GIVEN.match("Hans-Peter")
    assert looks_genitive("Putins") and not looks_genitive("Anna")


def test_two_initials_with_dots_before_a_surname() -> None:
    text = "Die Politologin A. K. Brandhoff lehrt in Kiel. Brandhoff forscht zur Nato."
    found = by_name(text, per=["K. Brandhoff", "Brandhoff"])
    assert set(found) == {"A. K. Brandhoff"}
    assert found["A. K. Brandhoff"].roles == ("Politologin",)


def test_initials_without_dots_before_a_surname() -> None:
    text = "Der Senator TJ Harrowgate sprach in Berlin. Harrowgate will mehr Geld."
    found = by_name(text, other=[("Berlin", "LOC")])
    assert set(found) == {"TJ Harrowgate"}


def test_two_capital_letters_before_a_place_are_no_initials() -> None:
    text = "Der Trainer des FC Augsburg lobte die Mannschaft."
    assert by_name(text) == {}


def test_capitalised_particle_at_sentence_start_is_the_same_person() -> None:
    text = (
        "Der Minister Pieter van der Velde (57) reist nach Rom. Van der Velde will dort "
        "verhandeln. Begleitet wird er von Faisal bin Rashed. Bin Rashed schweigt."
    )
    found = by_name(text, per=["Pieter van der Velde", "Van", "Velde", "Faisal bin Rashed"])
    assert set(found) == {"Pieter van der Velde", "Faisal bin Rashed"}
    assert found["Pieter van der Velde"].age == 57


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        (
            "Die Ökonomin Hanna Berg von der University of Leeds widerspricht.",
            "Hanna Berg von der University",
            "Hanna Berg",
        ),
        (
            "Die Ärztin Katja Brandhoff von der Charité warnt.",
            "Katja Brandhoff von der Charité",
            "Katja Brandhoff",
        ),
        (
            "Die Ministerin Ursula von der Leyen reist ab.",
            "Ursula von der Leyen",
            "Ursula von der Leyen",
        ),
        (
            "Der Physiker Carl Friedrich von Weizsäcker lehrte in Hamburg.",
            "Carl Friedrich",
            "Carl Friedrich von Weizsäcker",
        ),
    ],
)
def test_von_der_after_a_full_name_is_an_affiliation(text: str, span: str, name: str) -> None:
    """The pipeline's PER span may run on over "von der ..."; a surname ends the name."""
    assert set(by_name(text, per=[span])) == {name}


@pytest.mark.parametrize(
    ("text", "per", "names"),
    [
        (
            "Die Tochter Anna Berkel von Thomas Krümpel kam zur Feier.",
            ["Anna Berkel", "Thomas Krümpel"],
            {"Anna Berkel", "Thomas Krümpel"},
        ),
        (
            "Sie sang Marie Lindhoff von Udo Jörgensen.",
            ["Marie Lindhoff von Udo Jörgensen"],
            {"Marie Lindhoff", "Udo Jörgensen"},
        ),
        (
            "Der Sohn Peter Maierhof von Anna Maierhof kam.",
            ["Peter Maierhof", "Anna Maierhof"],
            {"Peter Maierhof", "Anna Maierhof"},
        ),
        # a noble name after "von" is no full name: it stays one person
        (
            "Heinrich Gottlob von Miltitz starb.",
            ["Heinrich Gottlob von Miltitz"],
            {"Heinrich Gottlob von Miltitz"},
        ),
        (
            "Achim von Arnim und Bettina von Arnim schrieben Briefe.",
            ["Achim von Arnim", "Bettina von Arnim"],
            {"Achim von Arnim", "Bettina von Arnim"},
        ),
    ],
)
def test_von_before_a_full_name_is_no_noble_particle(
    text: str, per: list[str], names: set[str]
) -> None:
    """Review of session 31: "A B von C D" is A B, by or of C D (a work, a child), not one
    person with a noble name: a first name and a surname after "von" end the name."""
    assert set(by_name(text, per=per)) == names


def test_father_s_name_after_bin_may_be_a_word() -> None:
    text = "Der Minister Khalid bin Sultan al-Rashed reiste nach Berlin."
    found = by_name(text, other=[("Berlin", "LOC")])
    assert set(found) == {"Khalid bin Sultan al-Rashed"}


def test_vietnamese_name_keeps_its_family_name() -> None:
    text = "Die Ministerin Tran Thi Lan reiste nach Berlin. Tran sagte, sie sei zufrieden."
    found = by_name(text, per=["Tran Thi Lan"], other=[("Berlin", "LOC")])
    assert set(found) == {"Tran Thi Lan"}


def test_spanish_double_surname_with_de_la_is_one_name() -> None:
    text = "Die Tennisspielerin Ana-Sofía Ruiz de la Vega (21) gewann in Stuttgart."
    found = by_name(text, other=[("Stuttgart", "LOC")])
    assert set(found) == {"Ana-Sofía Ruiz de la Vega"}
    assert found["Ana-Sofía Ruiz de la Vega"].age == 21


def test_bare_von_after_two_first_names_is_a_noble_name() -> None:
    text = "Der Minister Heinrich Gottlob von Miltenberg reiste nach Dresden."
    found = by_name(text, per=["Heinrich Gottlob von Miltenberg"], other=[("Dresden", "LOC")])
    assert set(found) == {"Heinrich Gottlob von Miltenberg"}


def test_title_before_a_name_is_not_part_of_it() -> None:
    text = "Er begleitete den ernannten Sir George Carwell nach Dublin."
    found = by_name(text, per=["Sir George Carwell"], other=[("Dublin", "LOC")])
    assert set(found) == {"George Carwell"}


def test_surname_that_is_a_plural_noun_inside_a_person_span() -> None:
    text = "Im Finale trifft sie auf die Amerikanerin Jessie Moore aus Ohio."
    found = by_name(text, per=["Jessie Moore"], other=[("Ohio", "LOC")])
    assert set(found) == {"Jessie Moore"}


def test_plural_noun_after_a_first_name_without_a_span_is_no_surname() -> None:
    assert by_name("Er kaufte für Anna Blumen auf dem Markt.") == {}


def test_word_first_name_before_a_noun_surname_inside_a_sentence() -> None:
    text = "Das Café am Markt führt inzwischen Flora Zimmermann. Die Flora Europas ist reich."
    found = by_name(text)
    assert list(found) == ["Flora Zimmermann"]


def test_unknown_first_name_tagged_apart_from_the_surname() -> None:
    text = "Im Rat stimmten Ilvy Brandhoff (SPD) und Kai Renner (CDU) zu."
    found = by_name(text, per=["Ilvy", "Brandhoff", "Kai Renner"])
    assert set(found) == {"Ilvy Brandhoff", "Kai Renner"}


def test_unknown_first_name_tagged_without_the_surname() -> None:
    text = "Im Rat stimmten Ilvy Brandhoff (SPD) und Kai Renner (CDU) zu."
    found = by_name(text, per=["Ilvy", "Kai Renner"])
    assert set(found) == {"Ilvy Brandhoff", "Kai Renner"}
    assert found["Ilvy Brandhoff"].party == "SPD"


def test_compound_like_surname_before_a_party_tag() -> None:
    text = "Dagegen stimmten die Stadträte Jorin Sturmfeld (FDP) und Tom Hasler (SPD)."
    found = by_name(text)
    assert set(found) == {"Jorin Sturmfeld", "Tom Hasler"}
    assert found["Jorin Sturmfeld"].party == "FDP"


@pytest.mark.parametrize("per", [["Marit"], ["Marit", "Meer"], []])
def test_foreign_particle_after_a_first_name_takes_a_surname_that_is_a_noun(
    per: list[str],
) -> None:
    text = "Die Biologin Marit ter Meer leitet das Projekt. Ter Meer ist 44 Jahre alt."
    found = by_name(text, per=per)
    assert "Marit ter Meer" in found
    assert found["Marit ter Meer"].roles == ("Biologin",)


def test_german_von_after_a_first_name_still_needs_a_name() -> None:
    found = by_name("Sie sprach mit Anna von Haus zu Haus.", per=["Anna"])
    assert "Anna von Haus" not in found


def test_unlisted_first_name_inside_a_per_span_or_after_a_role() -> None:
    text = "Das Team um den Kieler Virologen Ömer Kılınç forscht weiter. Kılınç ist 51."
    assert "Ömer Kılınç" in by_name(text, per=["Ömer Kılınç"])
    assert "Ömer Kılınç" in by_name(text)


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Die Stadt fördert Start-ups Klimaflow und Solarnetz.", ["Start-ups Klimaflow"]),
        ("Die Initiative Rettet Dietenbach sammelt Unterschriften.", ["Rettet Dietenbach"]),
    ],
)
def test_verb_forms_and_lowercase_compounds_are_no_unlisted_first_names(
    text: str, per: list[str]
) -> None:
    assert by_name(text, per=per) == {}


def test_initial_before_a_first_name_stays_in_the_name() -> None:
    text = "Der Senator J. Howard Whitcomb aus Ohio tritt ab. Der 74-Jährige war 30 Jahre im Amt."
    found = by_name(text, per=["J. Howard Whitcomb"])
    assert list(found) == ["J. Howard Whitcomb"]
    assert found["J. Howard Whitcomb"].roles == ("Senator",)
    assert found["J. Howard Whitcomb"].age == 74


def test_plural_role_at_the_start_of_a_per_span_is_cut_off() -> None:
    text = "Die Stadträtinnen Wiebke Oltmanns (SPD) und Ina Rode (CDU) stimmten zu."
    found = by_name(text, per=["Die Stadträtinnen Wiebke Oltmanns", "Ina Rode"])
    assert set(found) == {"Wiebke Oltmanns", "Ina Rode"}
    assert found["Wiebke Oltmanns"].roles == ("Stadträtin",)


def test_east_asian_given_name_ends_the_name() -> None:
    text = "Die Opposition hat Präsident Moon Hyun-woo Amtsmissbrauch vorgeworfen."
    found = by_name(text, per=["Moon Hyun-woo Amtsmissbrauch"])
    assert list(found) == ["Moon Hyun-woo"]
    assert found["Moon Hyun-woo"].roles == ("Präsident",)


def test_no_name_starts_past_the_end_of_the_text() -> None:
    assert people("Präsident Jährige ist Müller") is not None


def test_second_surname_that_is_a_place_after_a_particle_surname() -> None:
    text = "Verhandlungsführerin María José de la Torre Valencia sprach von einem Rückschlag."
    assert list(by_name(text)) == ["María José de la Torre Valencia"]
    # without a particle a place stays outside the name
    assert "Anna Schulz" in by_name("Die Ministerin Anna Schulz Berlin zu verlassen, fiel schwer.")


@pytest.mark.parametrize(
    ("text", "per", "expected"),
    [
        # a first name that is also a noun before a middle initial, after a role noun
        (
            "Auch Senator Wade T. Ellerbrock erwägt eine Kandidatur.",
            ["T. Ellerbrock"],
            "Wade T. Ellerbrock",
        ),
        (
            "Auch Senator Wade T. Ellerbrock erwägt eine Kandidatur.",
            ["Wade T. Ellerbrock"],
            "Wade T. Ellerbrock",
        ),
        # a given name after a PER run of three words, before a comma
        ("Er folgt auf Đoàn Thị Ngọc Lan, die zurücktrat.", ["Đoàn Thị Ngọc"], "Đoàn Thị Ngọc Lan"),
    ],
)
def test_name_completed_by_a_first_name_before_an_initial_or_a_given_name_tail(
    text: str, per: list[str], expected: str
) -> None:
    assert list(by_name(text, per=per)) == [expected]


@pytest.mark.parametrize(
    ("text", "per", "expected"),
    [
        # no role noun before a noun that is a first name elsewhere: the noun stays out
        ("Die Wade T. Ellerbrocks schmerzt.", ["T. Ellerbrocks"], "T. Ellerbrocks"),
        # at the start of a sentence the word before the initial may be anything
        ("Wade T. Ellerbrock erwägt eine Kandidatur.", ["T. Ellerbrock"], "T. Ellerbrock"),
        # a first name after a name of two words is no part of it
        ("Sie dankte Anna Berg Lisa, die kam.", ["Anna Berg"], "Anna Berg"),
        # nor after a German name of three words, which opens with a first name
        ("Er traf Maria Anna Berg Eva, die Schwester.", ["Maria Anna Berg"], "Maria Anna Berg"),
    ],
)
def test_no_name_part_added_without_the_cue(text: str, per: list[str], expected: str) -> None:
    assert expected in by_name(text, per=per)


def test_double_surname_with_a_noun_as_second_part() -> None:
    text = "Die Stürmerinnen Malin Esterházy-Krug und Chiamaka Okwuosa-Lingenfelser trafen."
    found = by_name(text, other=[("Chiamaka Okwuosa-Lingenfelser", "ORG")])
    assert list(found) == ["Malin Esterházy-Krug", "Chiamaka Okwuosa-Lingenfelser"]
    assert all(p.roles == ("Stürmerin",) for p in found.values())


@pytest.mark.parametrize(
    "text",
    [
        # a club after "und": no plural role right before the name before "und"
        "Die Stürmerinnen des VfL Wolfsburg und Eintracht Frankfurt trafen.",
        # a noun compound after a surname stays out of the name
        "Trainerin Anna Berg Merkel-Kritik übte niemand.",
    ],
)
def test_plural_role_and_double_surname_need_their_shape(text: str) -> None:
    found = by_name(
        text,
        per=["Anna Berg"],
        other=[("VfL Wolfsburg", "ORG"), ("Eintracht Frankfurt", "ORG")],
    )
    assert set(found) <= {"Anna Berg"}


@pytest.mark.parametrize(
    ("text", "per", "name"),
    [
        (
            "Die Sängerin Maria do Céu Mourisca ist tot.",
            ["Maria", "Céu Mourisca"],
            "Maria do Céu Mourisca",
        ),
        ("Er besiegte den Iren Cathal Ó Murchú.", [], "Cathal Ó Murchú"),
        ("Sie traf Máire Ní Bhraonáin in Dublin.", ["Máire Ní Bhraonáin"], "Máire Ní Bhraonáin"),
        ("Der Franzose Théo N'Diaye-Lacroix siegte.", ["Théo"], "Théo N'Diaye-Lacroix"),
    ],
)
def test_portuguese_irish_and_west_african_particles(text: str, per: list[str], name: str) -> None:
    assert name in by_name(text, per=per)


def test_do_and_o_outside_names_stay_apart() -> None:
    found = by_name("Anna Berg sagte: „Do it.“ Das Ó steht im Alphabet.", per=["Anna Berg"])
    assert set(found) == {"Anna Berg"}


def test_german_particle_before_a_noun_surname_and_a_tag() -> None:
    text = (
        "Es kam der Abgeordnete Gerold zu Sayn-Falkenhorst (CSU, 63). Zu Sayn-Falkenhorst sprach."
    )
    p = by_name(text, per=["Gerold"])["Gerold zu Sayn-Falkenhorst"]
    assert (p.age, p.party) == (63, "CSU")


@pytest.mark.parametrize(
    "text", ["Er brachte Anna zu Bett (21 Uhr) und ging.", "Sie lief mit Lena zu Fuß (2 km)."]
)
def test_zu_and_a_noun_without_a_tag_is_no_noble_name(text: str) -> None:
    assert all(" zu " not in name for name in by_name(text, per=["Anna", "Lena"]))


def test_spanish_double_surname_is_no_short_role_compound() -> None:
    text = "Der Gouverneur des Departements, Hernán Rojas Villamizar, begrüßte das."
    assert "Hernán Rojas Villamizar" in by_name(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Der Medienzar Jan Ott kaufte den Sender.", "Jan Ott", "Medienzar"),
        ("Fernsehkoch Jan Ott kochte.", "Jan Ott", "Fernsehkoch"),
        ("Unionsfraktionschef Jan Ott sprach.", "Jan Ott", "Unionsfraktionschef"),
    ],
)
def test_short_role_heads_after_a_german_word_stay_roles(text: str, name: str, role: str) -> None:
    assert by_name(text, per=[name])[name].roles == (role,)


@pytest.mark.parametrize(
    ("text", "per", "name"),
    [
        ("Sie spielte am Thalia Theater in Hamburg.", ["Thalia Theater"], "Thalia Theater"),
        ("Er dirigierte im Anton Berg Orchester.", ["Anton Berg"], "Anton Berg"),
    ],
)
def test_a_name_before_a_venue_word_is_no_person(text: str, per: list[str], name: str) -> None:
    assert name not in by_name(text, per=per)


@pytest.mark.parametrize(
    "name", ["Marisol dela Paz Ocampo", "Jun delos Reyes", "Carla degli Esposti"]
)
def test_filipino_and_italian_particles(name: str) -> None:
    text = f"Die Kapitänin {name} wurde am Montag verurteilt."
    found = by_name(text, per=[name.split()[0], name.split()[-1]])
    assert name in found


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # a first name the lexicon reads as an adjective form or a noun, after a kin noun
        (
            "Die Chefin Inge Brodersen ist 70. Ihr Enkel Mattes Brodersen (24) hilft aus.",
            "Mattes Brodersen",
            "Mattes Brodersen",
        ),
        (
            "Trainerin ist Inge Brodersen. Ihr Sohn Leder Brodersen spielt Tennis.",
            "Leder Brodersen",
            "Leder Brodersen",
        ),
    ],
)
def test_first_name_that_is_a_word_after_a_role_noun(text: str, span: str, name: str) -> None:
    found = by_name(text, per=["Inge Brodersen", span])
    assert name in found


def test_place_or_firm_before_a_name_after_a_role_is_no_first_name() -> None:
    found = by_name("Ihr Sohn Berlin Brodersen lacht.", per=["Berlin Brodersen"])
    assert "Berlin Brodersen" not in found


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # a double surname whose first part ends in a particle
        (
            "Richterin Wiebke Olms-van Dyken sprach.",
            "Wiebke Olms-van Dyken",
            "Wiebke Olms-van Dyken",
        ),
        # a Korean given name first, right after a role noun
        ("Die Pianistin Seo-yeon Baek spielte.", "Seo-yeon Baek", "Seo-yeon Baek"),
    ],
)
def test_name_goes_on_after_a_hyphenated_word(text: str, span: str, name: str) -> None:
    assert name in by_name(text, per=[span])


def test_korean_given_name_after_the_family_name_still_ends_the_name() -> None:
    found = by_name("Am Montag traf Ahn Tae-woo Minister Kwon.", per=["Ahn Tae-woo"])
    assert "Ahn Tae-woo" in found


def test_first_name_and_capital_particle_left_out_by_the_ner_span() -> None:
    found = by_name("Die Sängerin Aoife Ní Bhraonáin ist tot.", per=["Bhraonáin"])
    assert "Aoife Ní Bhraonáin" in found


def test_role_before_a_capital_particle_is_no_first_name() -> None:
    found = by_name("Gestern sprach Präsident Al Sisi.", per=["Sisi"])
    assert all(not name.startswith("Präsident") for name in found)


def test_word_first_name_after_a_plural_role_starts_a_name() -> None:
    # "Till" is also a word; after a plural role noun it starts a name as after a singular
    text = "Die Anwälte Till Ebersfeld und Rosa Kemal plädierten auf Freispruch."
    found = by_name(text, per=["Till Ebersfeld", "Rosa Kemal"])
    assert found["Till Ebersfeld"].roles == ("Anwalt",)
    assert found["Rosa Kemal"].roles == ("Anwältin",)


def test_nickname_in_quotes_between_first_name_and_surname() -> None:
    text = "Es übernimmt U23-Coach Mirko „Spatz“ Drobnjak. Drobnjak genießt Vertrauen."
    found = by_name(text, per=["Mirko"])
    assert set(found) == {"Mirko „Spatz“ Drobnjak"}
    assert found["Mirko „Spatz“ Drobnjak"].roles == ("U23-Coach",)


def test_quoted_word_after_a_first_name_without_surname_is_no_nickname() -> None:
    found = by_name("Den Namen Peter nannte er „Unsinn“ und ging.", per=["Peter"])
    assert "Peter" in found and len(found) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ministerpräsident Stephan Weil (SPD) sagte das.", "Stephan Weil"),
        ("Das sagte Trainer Jonas Wie am Montag.", "Jonas Wie"),
    ],
)
def test_function_word_surname_after_role_and_first_name(text: str, name: str) -> None:
    assert set(by_name(text)) == {name}


def test_capitalised_conjunction_at_sentence_start_is_no_surname() -> None:
    found = by_name("Es sprach Trainer Jonas Brück. Weil er fehlte, spielte Kai.")
    assert "Jonas Brück" in found
    assert not any("Weil" in name for name in found)


def test_month_between_two_name_words_is_a_middle_name() -> None:
    found = by_name("Die Biologin Lan Mai Hoa forscht in Hanoi.", per=["Lan Mai Hoa"])
    assert found["Lan Mai Hoa"].roles == ("Biologin",)
    # a month as a date before a name stays out of it
    found = by_name("Seit Mai regiert Jonas Brück die Stadt.", per=["Jonas Brück"])
    assert set(found) == {"Jonas Brück"}


def test_a_long_chain_of_nicknames_does_not_recurse_without_end() -> None:
    # one nickname after the first name; the surname after it opens no second one
    text = "Der Fußballer " + "Mirko „Mücke“ " * 1500 + "Stanojević kam."
    assert people(text)
    assert "Mirko „Mücke“ Stanojević" in by_name("Der Stürmer Mirko „Mücke“ Stanojević kam.")


def test_ben_is_a_patronymic_particle_like_bin() -> None:
    text = (
        "Der König hat den Ökonomen Karim ben Mahmoud El Fassi zum Regierungschef ernannt. "
        "Der 58-Jährige war bisher Minister."
    )
    found = by_name(text)
    assert set(found) == {"Karim ben Mahmoud El Fassi"}
    assert found["Karim ben Mahmoud El Fassi"].age == 58
    # the given name "Ben" (capitalised) stays a first name of its own
    found = by_name("Der Trainer Ben Hoffmann lobte die Mannschaft.")
    assert set(found) == {"Ben Hoffmann"}


@pytest.mark.parametrize(
    ("text", "per", "name"),
    [
        (
            "Laut Oberarzt Dr. Bertram Quappendorf ist die Lage ernst.",
            "Bertram Quappendorf",
            "Bertram Quappendorf",
        ),
        (
            "Der Leiter, Hagen Tüllmann, sprach von einem Erfolg.",
            "Hagen Tüllmann",
            "Hagen Tüllmann",
        ),
    ],
)
def test_word_first_name_before_an_unknown_surname_in_a_per_span(
    text: str, per: str, name: str
) -> None:
    assert name in by_name(text, per=[per])


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Im Garten blühte Bertram Wiese an Wiese.", "Bertram Wiese"),
        ("Die Stadt Hagen Berlin verbindet.", "Hagen Berlin"),
    ],
)
def test_word_first_name_before_a_dictionary_word_stays_no_name(text: str, per: str) -> None:
    assert per not in by_name(text, per=[per])


def test_first_name_left_out_by_the_ner_before_a_particle_after_a_role() -> None:
    text = (
        "Der Maler Arnulf von Wetterstedt ist tot. Das teilte seine Witwe, die Fotografin "
        "Florentine von Wetterstedt, mit."
    )
    found = by_name(text, per=["Arnulf von Wetterstedt", "Wetterstedt"])
    assert "Florentine von Wetterstedt" in found
    assert found["Florentine von Wetterstedt"].roles == ("Witwe", "Fotografin")


def test_no_first_name_from_a_place_before_a_particle() -> None:
    text = "Der Bürgermeister Kiel von Wetterstedt kam nicht."
    assert "Kiel von Wetterstedt" not in by_name(text, per=["Wetterstedt"])


@pytest.mark.parametrize(
    "text",
    [
        "Die Trainerin Malene von Hauke Tiedemann entlassen, zog vor Gericht.",
        "Die Kanzlerin Angela von Hauke Tiedemann begleitet reiste ab.",
    ],
)
def test_no_first_name_before_von_and_a_full_name(text: str) -> None:
    found = by_name(text, per=["Hauke Tiedemann"])
    assert "Hauke Tiedemann" in found
    assert not any(name.endswith("von Hauke Tiedemann") for name in found)


@pytest.mark.parametrize(
    ("text", "surname", "name", "role"),
    [
        # the pipeline found the surname only; the first name is also a noun or a month
        (
            "Der Wirt, Konditor Wendel Hasenkamp, blieb unverletzt.",
            "Hasenkamp",
            "Wendel Hasenkamp",
            "Konditor",
        ),
        (
            "Seit Jahren backt Konditor August Hasenkamp die Torten.",
            "Hasenkamp",
            "August Hasenkamp",
            "Konditor",
        ),
    ],
)
def test_first_name_between_role_and_surname(text: str, surname: str, name: str, role: str) -> None:
    found = by_name(text, per=[surname])
    assert name in found and role in found[name].roles


def test_no_first_name_from_a_rank_after_a_role() -> None:
    found = by_name("Feuerwehrchef Oberst Hasenkamp lobte die Helfer.", per=["Hasenkamp"])
    assert "Oberst Hasenkamp" not in found
    assert "Oberst" in found["Hasenkamp"].roles


def test_no_particle_extension_into_an_organisation() -> None:
    text = "Mitgeforscht hat der Geologe Karim al-Hadidi von der University of Cairo in Kairo."
    found = by_name(text, per=["Karim al-Hadidi"], other=[("University of Cairo", "ORG")])
    assert "Karim al-Hadidi" in found
    assert not any("University" in name for name in found)


def test_particle_extension_into_a_surname_stays() -> None:
    found = by_name("Gestern sprach Karim al-Hadidi von der Heyde.", per=["Karim al-Hadidi"])
    assert "Karim al-Hadidi von der Heyde" in found


def test_first_name_that_is_a_place_after_a_role() -> None:
    text = "Gestern trat Bürgermeister Santiago Aranda de Soto zurück."
    found = by_name(text, per=["Santiago Aranda de Soto"])
    assert "Santiago Aranda de Soto" in found


def test_place_after_a_role_before_another_place_is_no_first_name() -> None:
    found = by_name("Der Bürgermeister Santiago Lima Soto sprach.", per=["Santiago Lima Soto"])
    assert "Santiago Lima Soto" not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Das Containerschiff Maria Kathrein lag tagelang vor Anker.", set()),
        ("Der Wirbelsturm Ingrid Marlen zog über die Küste.", set()),
        ("Das Gymnasium Theodor Heusing in Kiel feiert sein Jubiläum.", set()),
        ("Der Minister will im Krankenhaus Anna Berghoff besuchen.", {"Anna Berghoff"}),
        ("Kapitän Jens Ohlerich brachte das Schiff in den Hafen.", {"Jens Ohlerich"}),
    ],
)
def test_no_person_after_a_vessel_storm_or_building(text: str, names: set[str]) -> None:
    """Review of session 31: the first-name lexicon finds no person in a thing's name."""
    assert set(by_name(text)) == names
