"""Near misses of ents31's organisation rules (review rev_ents31): firm kinds in the
genitive and before a name the model took for a place, kind nouns inside the model's
span, a listed body before its role holder, plural kinds after an elided first part,
a listed bank before a town. All sentences made up."""

from __future__ import annotations

from typing import Any

from tests.nlp.components.org_place_support import rules_on


def test_firm_kind_in_the_genitive_or_inside_the_span(nlp: Any) -> None:
    text = "Die Aktie des Autobauers Veltra brach ein."
    assert rules_on(nlp, text, [("Veltra", "PER")]) == {("Veltra", "ORG")}
    text = "Der Chef des Elektronikkonzerns Sentec sagte nichts."
    assert rules_on(nlp, text, [("Elektronikkonzerns Sentec", "PER")]) == {("Sentec", "ORG")}
    # a first name stays a person: "im Unternehmen Peter Müllers"
    text = "Der Chef des Unternehmens Jonas Petersen sagte nichts."
    got = rules_on(nlp, text, [("Jonas Petersen", "PER")])
    assert got == {("Jonas Petersen", "PER")}


def test_unknown_place_after_a_firm_kind_is_the_firm(nlp: Any) -> None:
    text = "Die Verlagsgruppe Lindenhaus bringt das Buch heraus."
    assert rules_on(nlp, text, [("Lindenhaus", "LOC")]) == {("Lindenhaus", "ORG")}
    text = "Dem Konzern Wendholt droht eine Strafe. Wendholt weist das zurück."
    got = rules_on(nlp, text, [("Wendholt", "LOC")])
    assert ("Wendholt", "ORG") in got and ("Wendholt", "LOC") not in got
    # a listed place stays a place: "die Unternehmen Bayerns", "Die Firmen Sachsens"
    text = "Die Unternehmen Bayerns investieren mehr."
    assert rules_on(nlp, text, [("Bayerns", "LOC")]) == {("Bayerns", "LOC")}


def test_kind_noun_opening_the_models_organisation_is_cut(nlp: Any) -> None:
    text = "Der Zulieferer Bartsch & Co. meldet Insolvenz an."
    got = rules_on(nlp, text, [("Zulieferer Bartsch & Co.", "ORG")])
    assert got == {("Bartsch & Co.", "ORG")}
    text = "Seine Firma Bernd Adler Bau GmbH ist insolvent."
    got = rules_on(nlp, text, [("Firma Bernd Adler Bau GmbH", "ORG")])
    assert got == {("Bernd Adler Bau GmbH", "ORG")}
    # a group's noun can open a name
    text = "Die Mediengruppe RTL Deutschland meldet Zahlen."
    got = rules_on(nlp, text, [("Mediengruppe RTL Deutschland", "ORG")])
    assert got == {("Mediengruppe RTL Deutschland", "ORG")}


def test_listed_body_then_its_role_holder_in_one_organisation(nlp: Any) -> None:
    text = "Laut dem Chef der Deutschen Bank Christian Sewing läuft es gut."
    got = rules_on(nlp, text, [("Deutschen Bank Christian Sewing", "ORG")])
    assert got == {("Deutschen Bank", "ORG"), ("Christian Sewing", "PER")}
    # no role before the body, or no first name after it: left
    text = "Die Mitarbeiter der Commerzbank Hamburg sind in Kurzarbeit."
    got = rules_on(nlp, text, [("Commerzbank Hamburg", "ORG")])
    assert got == {("Commerzbank Hamburg", "ORG")}


def test_plural_kinds_after_an_elided_first_part_are_no_names(nlp: Any) -> None:
    text = "Der Bund will Landes- und Kommunalbehörden unterstützen."
    assert rules_on(nlp, text, [("Landes- und Kommunalbehörden", "ORG")]) == set()
    text = "Zwischen Bundes- und Landesbehörden gab es keinen Austausch."
    assert rules_on(nlp, text, [("Bundes-", "LOC")]) == set()
    text = "Die Bundes- und Europapolitik hat das Thema ignoriert."
    assert rules_on(nlp, text, [("Europapolitik", "LOC")]) == set()
    # a group of banks is a name, and a place after the fragment stays
    text = "Viele Volks- und Raiffeisenbanken erhöhen die Zinsen."
    got = rules_on(nlp, text, [("Volks-", "LOC")])
    assert got == {("Volks- und Raiffeisenbanken", "ORG")}
    text = "Der Wind an Nord- und Ostsee frischt auf."
    got = rules_on(nlp, text, [("Nord-", "LOC"), ("Ostsee", "LOC")])
    assert got == {("Nord-", "LOC"), ("Ostsee", "LOC")}


def test_court_abbreviation_after_the_neuter_article(nlp: Any) -> None:
    text = "Der Anwalt will nun vor das BVerfG ziehen."
    assert rules_on(nlp, text, []) == {("BVerfG", "ORG")}
    text = "Auch das BVerwG (Urteil vom 3. Juli 2018) sah das so."
    assert rules_on(nlp, text, []) == {("BVerwG", "ORG")}
    # not in a citation, and "das Grüne" is no party
    text = "Vgl. BVerwG, Urteil vom 3. Juli 2018."
    assert rules_on(nlp, text, []) == set()
    text = "Am Sonntag zog es alle ins Grüne, das Grüne lockte."
    assert rules_on(nlp, text, []) == set()
