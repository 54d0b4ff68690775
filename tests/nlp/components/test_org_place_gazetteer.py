"""Gazetteer rules of ``leselupe_org_place_rules`` (:mod:`app.nlp.components.org_place_gazetteer`).

Each test gives the rules a fixed NER output (see :mod:`.org_place_support`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import load_bundled, rules_on


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


def test_known_organisations_are_added_and_relabelled(nlp: Any) -> None:
    text = "Die Fed und der Sicherheitsrat tagten, Fox News berichtete darüber."
    got = rules_on(nlp, text, [("Fox News", "PER")])
    assert {("Fed", "ORG"), ("Sicherheitsrat", "ORG"), ("Fox News", "ORG")} <= got


def test_inflected_forms_and_cut_names_are_completed(nlp: Any) -> None:
    text = "Ein Sprecher des Bundestages und der Europäischen Union widersprach."
    got = rules_on(nlp, text, [("Union", "ORG")])
    assert got == {("Bundestages", "ORG"), ("Europäischen Union", "ORG")}


def test_party_words_need_an_article(nlp: Any) -> None:
    got = rules_on(nlp, "Die Grünen und die Union stritten mit der Linken.", [])
    assert got == {("Grünen", "ORG"), ("Union", "ORG"), ("Linken", "ORG")}
    # an adjective, a noun after it, no article: no party
    got = rules_on(nlp, "Grünen Strom gibt es im Grünen, sagte die linke Abgeordnete.", [])
    assert not any(label == "ORG" for _t, label in got)


def test_authorities_after_a_preposition_with_the_article_in_it(nlp: Any) -> None:
    text = "Sie sitzt seit 2009 im Landtag, er spricht beim Nationalrat."
    got = rules_on(nlp, text, [])
    assert got == {("Landtag", "ORG"), ("Nationalrat", "ORG")}
    # not a party ("im Grünen" is the countryside), not without an article
    assert rules_on(nlp, "Sie picknicken im Grünen.", []) == set()
    assert rules_on(nlp, "Landtag und Regierung streiten in Landtag und Rat.", []) == set()


def test_federal_court_abbreviations_after_an_article(nlp: Any) -> None:
    text = "Nach der Rechtsprechung des BGH und des BVerfG ist das zulässig."
    assert rules_on(nlp, text, []) == {("BGH", "ORG"), ("BVerfG", "ORG")}
    # in a citation ("vgl. BGH, Urteil vom ...") the abbreviation is part of a reference
    assert rules_on(nlp, "Das ist zulässig (vgl. BGH, Urteil vom 3. Mai 2011).", []) == set()


def test_a_places_genitive_determines_an_authority(nlp: Any) -> None:
    text = "Dresden - Sachsens Landtag hat den Weg frei gemacht."
    got = rules_on(nlp, text, [("Dresden", "LOC"), ("Sachsens", "LOC")])
    assert ("Landtag", "ORG") in got
    got = rules_on(nlp, "Österreichs Nationalrat tagt morgen.", [("Österreichs", "LOC")])
    assert ("Nationalrat", "ORG") in got
    # not a party ("Sachsens Grüne Woche"), not before a noun, not after a person's genitive
    got = rules_on(nlp, "Sachsens Linke Mehrheit hält.", [("Sachsens", "LOC")])
    assert ("Linke", "ORG") not in got
    got = rules_on(nlp, "Sachsens Landtag Abgeordnete stimmten ab.", [("Sachsens", "LOC")])
    assert ("Landtag", "ORG") not in got
    got = rules_on(nlp, "Müllers Landtag war das nicht.", [("Müllers", "PER")])
    assert ("Landtag", "ORG") not in got


def test_role_and_a_listed_body_taken_for_a_person(nlp: Any) -> None:
    text = "Das sagte Valeska Ortmeier-Lauf, Vizepräsidentin der Bundesbank."
    ents = [("Valeska Ortmeier-Lauf", "PER"), ("Vizepräsidentin der Bundesbank", "PER")]
    got = rules_on(nlp, text, ents)
    assert got == {("Valeska Ortmeier-Lauf", "PER"), ("Bundesbank", "ORG")}
    # name words inside the span: not a role alone before the body, left to the model
    text = "Gestern starb Präsident Karl Pöhl der Bundesbank."
    ents = [("Präsident Karl Pöhl der Bundesbank", "PER")]
    assert rules_on(nlp, text, ents) == set(ents)


def test_common_noun_names_only_relabel(nlp: Any) -> None:
    """'Bild' is a newspaper and a noun: never added, but a model entity is relabelled;
    a surname ('Porsche' as PER) stays a person."""
    assert rules_on(nlp, "Das Bild zeigt den Hafen.", []) == set()
    assert rules_on(nlp, "Das berichtete die Bild gestern.", [("Bild", "LOC")]) == {("Bild", "ORG")}
    got = rules_on(nlp, "Ferdinand Porsche gründete die Firma.", [("Ferdinand Porsche", "PER")])
    assert got == {("Ferdinand Porsche", "PER")}


def test_places_with_german_names_and_genitive(nlp: Any) -> None:
    text = "Nordkorea feuerte wieder, Pjöngjangs Pläne beunruhigen Russland."
    got = rules_on(nlp, text, [("Pjöngjangs Pläne", "ORG"), ("Russland", "ORG")])
    assert {("Pjöngjangs", "LOC"), ("Russland", "LOC")} <= got
    assert ("Pjöngjangs Pläne", "ORG") not in got


def test_single_word_places_that_are_words_are_not_added(nlp: Any) -> None:
    got = rules_on(nlp, "Das Essen war gut, die Schweden sehen das auch so.", [])
    assert got == set()


def test_a_place_inside_a_longer_name_is_left_alone(nlp: Any) -> None:
    text = "Die Philadelphia Flyers gewannen."
    assert rules_on(nlp, text, [("Philadelphia Flyers", "ORG")]) == {("Philadelphia Flyers", "ORG")}


def test_party_tag_in_parentheses_counts_as_determined(nlp: Any) -> None:
    """'(Linke)' after a name is the party; 'Linke' without an article or brackets is not."""
    got = rules_on(nlp, "Dunja Vukašinović (Linke) und Ute Rahn (Grüne, 54) stimmten zu.", [])
    assert {("Linke", "ORG"), ("Grüne", "ORG")} <= got
    got = rules_on(nlp, "Die Linke Hand (Bild) zeigt es: Linke Politik.", [])
    assert ("Linke", "ORG") not in got


def test_institutions_media_and_agencies_of_news_text(nlp: Any) -> None:
    """Session 22 additions: lowercase agency codes, space agencies, journals, photo
    agencies, parliaments named by a common noun (after an article)."""
    text = "Bern (sda) - Der Nationalrat und die Esa stimmten zu, so das Fachblatt Nature."
    got = rules_on(nlp, text, [])
    assert {("sda", "ORG"), ("Nationalrat", "ORG"), ("Esa", "ORG"), ("Nature", "ORG")} <= got
    got = rules_on(nlp, "Für die Bundesregierung sprach er, Foto: IMAGO / Marvin T.", [])
    assert {("Bundesregierung", "ORG"), ("IMAGO", "ORG")} <= got
    # without an article, or with a noun after it, the common-noun names stay words
    got = rules_on(nlp, "Landtag und Bundesregierung tagen heute gemeinsam.", [])
    assert not any(label == "ORG" for _t, label in got)


def test_listed_place_after_a_place_preposition(nlp: Any) -> None:
    """'aus Sachsen' (also the Saxons), 'aus Novi Sad' (a person to the model), 'von Viña
    del Mar' (an organisation to the model) are places after "aus"/"von"/"in"/"nach"."""
    text = (
        "Eine Kameradschaft aus Sachsen und ein Fahrer aus Novi Sad, "
        "Bürgermeisterin von Viña del Mar."
    )
    got = rules_on(nlp, text, [("Novi Sad", "PER"), ("Viña del Mar", "ORG")])
    assert {("Sachsen", "LOC"), ("Novi Sad", "LOC"), ("Viña del Mar", "LOC")} <= got


def test_no_place_for_materials_people_or_a_following_noun(nlp: Any) -> None:
    # "aus Harz" is resin, "die Sachsen" the people, "Sachsen Anhalt" goes on with a name
    text = "Lack aus Harz, die Sachsen jubelten, sie zog in Sachsen Anhalt um."
    got = rules_on(nlp, text, [])
    assert ("Harz", "LOC") not in got
    assert ("Sachsen", "LOC") not in got


def test_real_bodies_of_round_four_and_inflected_deutsche(nlp: Any) -> None:
    """Chambers, church bodies, rescue services, theatres and the EU court; "Deutsche"
    names are inflected like other adjectives ("der Deutschen Gesellschaft ...")."""
    text = (
        "Der Vorsitzende der Bischofskonferenz und ein Sprecher der Deutschen Gesellschaft "
        "zur Rettung Schiffbrüchiger sowie der Alpinen Rettung Schweiz widersprachen."
    )
    got = rules_on(nlp, text, [("Deutschen Gesellschaft", "ORG"), ("Schweiz", "LOC")])
    assert got == {
        ("Bischofskonferenz", "ORG"),
        ("Deutschen Gesellschaft zur Rettung Schiffbrüchiger", "ORG"),
        ("Alpinen Rettung Schweiz", "ORG"),
    }
    text = "Sie war Richterin am Gericht der Europäischen Union und spielte im Thalia Theater."
    got = rules_on(nlp, text, [("Europäischen Union", "ORG")])
    assert got == {("Gericht der Europäischen Union", "ORG"), ("Thalia Theater", "ORG")}
    text = "Die Organisation Reporter ohne Grenzen kritisierte die Landesärztekammer."
    got = rules_on(nlp, text, [])
    assert got == {("Reporter ohne Grenzen", "ORG"), ("Landesärztekammer", "ORG")}


def test_chamber_and_conference_words_need_an_article_and_no_name_after(nlp: Any) -> None:
    got = rules_on(nlp, "Eine Bischofskonferenz tagt, die Ärztekammer Nordrhein auch.", [])
    assert got == {("Ärztekammer Nordrhein", "ORG")}  # a chamber named by its region


def test_genitive_place_opening_a_sentence_before_a_noun(nlp: Any) -> None:
    text = "Portugals Kulturministerin Teresa Sarmento sprach. Polen wählen am Sonntag."
    got = rules_on(nlp, text, [("Teresa Sarmento", "PER")])
    assert got == {("Portugals", "LOC"), ("Teresa Sarmento", "PER")}


def test_place_words_after_a_preposition_among_nouns_or_before_a_number(nlp: Any) -> None:
    text = "Man soll nach Essen 30 Minuten warten, nach Essen und Trinken schlief sie."
    assert rules_on(nlp, text, []) == set()
    text = "Er zog nach Essen und Bochum."
    assert rules_on(nlp, text, []) >= {("Essen", "LOC"), ("Bochum", "LOC")}


def test_geonames_town_after_in_nach_aus(nlp: Any) -> None:
    text = "Die Sängerin aus Regensburg trat in Aalborg auf und fuhr nach Hameln."
    got = rules_on(nlp, text, [])
    assert got == {("Regensburg", "LOC"), ("Aalborg", "LOC"), ("Hameln", "LOC")}
    # a common noun that only a list of organisations also names is no town here
    text = "Die Elf lief in Orange auf, nach Delta kam Omikron, er investiert in Rugby."
    assert rules_on(nlp, text, []) == set()
    # not after "von" (a name particle) and not a noun or a club before a name
    assert rules_on(nlp, "Ein Film von Lars von Trier.", []) == set()
    assert rules_on(nlp, "Das Gesetz tritt in Kraft.", []) == set()
    text = "Er will in Manchester United investieren."
    assert ("Manchester", "LOC") not in rules_on(nlp, text, [])


def test_genitive_place_and_role_taken_for_one_name(nlp: Any) -> None:
    text = "Ghanas Handelsministerin Kwame Owusu-Mensah sprach."
    got = rules_on(nlp, text, [("Ghanas Handelsministerin Kwame Owusu-Mensah", "LOC")])
    assert got == {("Ghanas", "LOC"), ("Kwame Owusu-Mensah", "PER")}
    text = "Dann sagte Perus Botschafter in Rom, man sei zufrieden."
    got = rules_on(nlp, text, [("Perus Botschafter", "PER"), ("Rom", "LOC")])
    assert got == {("Perus", "LOC"), ("Rom", "LOC")}
    text = "Auch Jordaniens Innenminister Karim bin Tarek kam."
    got = rules_on(nlp, text, [("Jordaniens Innenminister Karim", "PER")])
    assert ("Jordaniens", "LOC") in got
    # a first name in the genitive before a role-like surname stays a person
    text = "Klaus Richter sprach."
    assert rules_on(nlp, text, [("Klaus Richter", "PER")]) == {("Klaus Richter", "PER")}
