"""people37p: general causes of wrong or missed people on unseen news (issue 17), each on
made-up sentences: a plural object noun after a name, a party or a club named after a noun,
a loan noun with a lowercase tail, a town's demonym, a role complement that runs on into a
sentence ("zu vier Jahren"), a hyphenated adjective before an adjectival role noun, a
first name in "-us" before its surname, an age before a semicolon, "-sohn" kin compounds,
and a bare office noun that refers back to its one holder."""

from __future__ import annotations

import dataclasses

import pytest

from app.lexicon.roles import analyze_role
from app.people.phrases import complement_end, roman_ordinal_stop
from app.people.view import TokenView
from tests.people.support import analysis_data, by_name, index, view


def test_plural_object_after_a_name_is_no_name_part() -> None:
    text = "Sie räumte ein, dass ihr Bruder Gerwald Umbach Zuschüsse erhalten hatte."
    found = by_name(text, ["Gerwald Umbach Zuschüsse"])
    assert list(found) == ["Gerwald Umbach"]


def test_surname_after_a_particle_keeps_its_noun_form() -> None:
    text = "Trainer Wiebe ten Hagen lobte die Mannschaft."
    found = by_name(text, ["Wiebe ten Hagen"])
    assert list(found) == ["Wiebe ten Hagen"]


def test_a_party_after_the_noun_partei_is_no_person() -> None:
    text = "Der 58-Jährige von der Partei Morra Tuathail trat zurück."
    assert by_name(text, ["Morra Tuathail"]) == {}


def test_a_loan_noun_with_a_lowercase_tail_is_no_name() -> None:
    text = "Er sagt, was Jobcenter von Spin-offs lernen können."
    assert by_name(text, ["Jobcenter von Spin-offs"]) == {}


def test_a_club_after_a_transfer_verb_and_a_noun_is_no_person() -> None:
    text = "Der Kreisläufer kommt vom schwedischen Meister Lundvik Handboll und bleibt bis 2029."
    assert by_name(text, ["Lundvik Handboll"]) == {}


@pytest.mark.parametrize(
    ("word", "gender"),
    [("Oberkirchner", "m"), ("Holzhausenerin", "f"), ("Neustädter", "m"), ("Altdorfer", "m")],
)
def test_town_demonyms_by_ending(word: str, gender: str) -> None:
    role = analyze_role(word, "der")
    assert role is not None and role.kind == "demonym" and role.gender == gender


def test_a_town_demonym_is_no_role() -> None:
    text = "Zweiter wurde der Oberkirchner Lutz Wendrich."
    found = by_name(text, ["Lutz Wendrich"])
    assert found["Lutz Wendrich"].roles == ()


def test_a_sentence_is_no_complement_of_the_role() -> None:
    doc = view("Das Gericht hat einen früheren Investmentbanker zu vier Jahren Haft verurteilt.")
    h = index(doc, "Investmentbanker")
    assert complement_end(doc, h, doc.n) == h + 1


def test_hyphenated_adjective_before_an_adjectival_role_noun() -> None:
    text = "Die Partei nominierte den nordrhein-westfälischen Landtagsabgeordneten Ole Brink."
    found = by_name(text, ["Ole Brink"])
    assert found["Ole Brink"].roles == ("nordrhein-westfälischer Landtagsabgeordneter",)


def test_a_first_name_in_us_before_its_surname() -> None:
    text = "Die Rede hält ihr langjähriger Lektor Wendelius Telgmann."
    found = by_name(text, ["Wendelius"])  # a first name the lists lack
    assert list(found) == ["Wendelius Telgmann"]


def test_age_apposition_before_a_semicolon() -> None:
    text = "Angeklagt war der Kaufmann Ulf Renner, 61; er bestritt alles."
    found = by_name(text, ["Ulf Renner"])
    assert found["Ulf Renner"].age == 61


@pytest.mark.parametrize("word", ["Unternehmersohn", "Bauernsohn", "Pfarrerssohn"])
def test_sohn_compounds_are_kin_nouns(word: str) -> None:
    role = analyze_role(word, "der")
    assert role is not None and role.kind == "family"


@pytest.mark.parametrize("word", ["Davidsohn", "Jacobsohn", "Mendelssohn"])
def test_surnames_of_a_first_name_and_sohn_are_no_role(word: str) -> None:
    assert analyze_role(word, "der") is None


def test_a_bare_office_refers_back_to_its_one_holder() -> None:
    text = (
        "Agrarminister Till Rohwer (SPD) hat ein Gesetz angekündigt. Der Präsident des "
        "Bauernverbands, Gerd Sanders, warnte. Der 57 Jahre alte Minister will bald handeln."
    )
    found = by_name(text, ["Till Rohwer", "Gerd Sanders"])
    assert found["Till Rohwer"].age == 57 and "Minister" in found["Till Rohwer"].roles
    assert found["Gerd Sanders"].age is None and found["Gerd Sanders"].roles == (
        "Präsident des Bauernverbands",
    )


def test_a_bare_office_goes_to_nobody_past_a_person_without_a_role() -> None:
    text = (
        "Agrarminister Till Rohwer (SPD) hat ein Gesetz angekündigt. Gerd Sanders warnte. "
        "Der 57 Jahre alte Minister will bald handeln."
    )
    found = by_name(text, ["Till Rohwer", "Gerd Sanders"])
    assert found["Till Rohwer"].age is None and found["Gerd Sanders"].age is None


def test_a_title_between_the_role_and_an_announced_holder() -> None:
    text = (
        "Das Museum hat eine neue Direktorin: Die 47 Jahre alte Archäologin Dr. Ina Folkerts "
        "kommt aus Leiden. Sie folgt auf Horst Brahm."
    )
    found = by_name(text, ["Ina Folkerts", "Horst Brahm"])
    assert set(found["Ina Folkerts"].roles) == {"Archäologin", "Direktorin"}


def test_the_role_before_a_comma_and_der_deutsche() -> None:
    text = "Der Leiter des Hilfswerks in Accra, der Deutsche Olaf Wendt, sprach von Not."
    found = by_name(text, ["Olaf Wendt"])
    assert found["Olaf Wendt"].roles == ("Leiter des Hilfswerks in Accra",)


def test_a_fronted_role_after_a_semicolon() -> None:
    text = "Vorsitzender wird Jens Ohm; seine Stellvertreterin ist die SPD-Abgeordnete Ute Lenz."
    found = by_name(text, ["Jens Ohm", "Ute Lenz"])
    assert "Stellvertreterin" in found["Ute Lenz"].roles
    assert "Stellvertreterin" not in found["Jens Ohm"].roles


def test_a_word_as_first_name_before_a_double_surname() -> None:
    text = "Ihr Gegner, der Grossrat Hain Okeke-Brandt, räumte die Niederlage ein."
    found = by_name(text, ["Hain Okeke-Brandt"])
    assert list(found) == ["Hain Okeke-Brandt"]


def test_the_stop_of_a_roman_ordinal_inside_a_role_phrase() -> None:
    text = "Er lobte den Vorsitzenden Richter des XII. Senats am Montag."
    tokens, _sentences, entities = analysis_data(text)
    one = tuple(dataclasses.replace(t, sentence=0) for t in tokens)  # as the app splits
    doc = TokenView(text, one, entities)
    h = index(doc, "Richter")
    dot = index(doc, "XII") + 1
    assert roman_ordinal_stop(doc, dot)
    assert doc.words[h : complement_end(doc, h, doc.n)][-1] == "Senats"


def test_a_fronted_role_past_a_possessive_kin_apposition() -> None:
    text = "Ihr Nachfolger ist ihr Neffe, der 31-jährige Tischler Fiete Brandt."
    found = by_name(text, ["Fiete Brandt"])
    assert set(found["Fiete Brandt"].roles) == {"Neffe", "Tischler", "Nachfolger"}
