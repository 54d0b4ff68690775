"""``leselupe_org_place_rules`` on the bundled pipeline.

Each test gives the rules a fixed NER output (``_rules``), so it checks the rules and
not what the statistical model happens to predict; a few end-to-end cases run the whole
bundled pipeline on sentences like those in the NER issue.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "resources" / "models" / "de_leselupe"

Ents = set[tuple[str, str]]


@pytest.fixture(scope="module")
def nlp() -> Any:
    import spacy

    from app.nlp import load_directory

    loaded = load_directory(MODEL)
    assert "leselupe_org_place_rules" in loaded.pipe_names
    assert isinstance(loaded, spacy.language.Language)
    return loaded


def _rules(nlp: Any, text: str, ents: list[tuple[str, str]], **config: bool) -> Ents:
    """Tag ``text`` without the NER, set ``ents`` ("surface", label), run the rules."""
    from spacy.tokens import Span

    from app.nlp.components.org_place_rules import OrgPlaceRules

    with nlp.select_pipes(
        disable=["ner", "leselupe_entity_rules", "leselupe_org_place_rules", "leselupe_lemmatizer"]
    ):
        doc = nlp(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface))
        assert span is not None, surface
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.set_ents(spans)
    rules = OrgPlaceRules(nlp=nlp, **config) if config else nlp.get_pipe("leselupe_org_place_rules")
    return {(e.text, e.label_) for e in rules(doc).ents}


def _run(nlp: Any, text: str) -> Ents:
    return {(e.text, e.label_) for e in nlp(text).ents}


# ---------------------------------------------------------------- gazetteer


def test_known_organisations_are_added_and_relabelled(nlp: Any) -> None:
    text = "Die Fed und der Sicherheitsrat tagten, Fox News berichtete darüber."
    got = _rules(nlp, text, [("Fox News", "PER")])
    assert {("Fed", "ORG"), ("Sicherheitsrat", "ORG"), ("Fox News", "ORG")} <= got


def test_inflected_forms_and_cut_names_are_completed(nlp: Any) -> None:
    text = "Ein Sprecher des Bundestages und der Europäischen Union widersprach."
    got = _rules(nlp, text, [("Union", "ORG")])
    assert got == {("Bundestages", "ORG"), ("Europäischen Union", "ORG")}


def test_party_words_need_an_article(nlp: Any) -> None:
    got = _rules(nlp, "Die Grünen und die Union stritten mit der Linken.", [])
    assert got == {("Grünen", "ORG"), ("Union", "ORG"), ("Linken", "ORG")}
    # an adjective, a noun after it, no article: no party
    got = _rules(nlp, "Grünen Strom gibt es im Grünen, sagte die linke Abgeordnete.", [])
    assert not any(label == "ORG" for _t, label in got)


def test_common_noun_names_only_relabel(nlp: Any) -> None:
    """'Bild' is a newspaper and a noun: never added, but a model entity is relabelled;
    a surname ('Porsche' as PER) stays a person."""
    assert _rules(nlp, "Das Bild zeigt den Hafen.", []) == set()
    assert _rules(nlp, "Das berichtete die Bild gestern.", [("Bild", "LOC")]) == {("Bild", "ORG")}
    got = _rules(nlp, "Ferdinand Porsche gründete die Firma.", [("Ferdinand Porsche", "PER")])
    assert got == {("Ferdinand Porsche", "PER")}


def test_places_with_german_names_and_genitive(nlp: Any) -> None:
    text = "Nordkorea feuerte wieder, Pjöngjangs Pläne beunruhigen Russland."
    got = _rules(nlp, text, [("Pjöngjangs Pläne", "ORG"), ("Russland", "ORG")])
    assert {("Pjöngjangs", "LOC"), ("Russland", "LOC")} <= got
    assert ("Pjöngjangs Pläne", "ORG") not in got


def test_single_word_places_that_are_words_are_not_added(nlp: Any) -> None:
    got = _rules(nlp, "Das Essen war gut, die Schweden sehen das auch so.", [])
    assert got == set()


def test_a_place_inside_a_longer_name_is_left_alone(nlp: Any) -> None:
    text = "Die Philadelphia Flyers gewannen."
    assert _rules(nlp, text, [("Philadelphia Flyers", "ORG")]) == {("Philadelphia Flyers", "ORG")}


# ---------------------------------------------------------------- heads


@pytest.mark.parametrize(
    "name",
    [
        "Friedrich-Naumann-Stiftung",
        "Bundesamt für Migration und Flüchtlinge",
        "Institut für Weltwirtschaft",
        "Realschule Spaichingen",
        "Amtsgericht Hamm",
        "Quastenberg Logistik GmbH",
        "Matthew Humberstone School",
        "NBC News",
        "VfL Osnabrück",
        "Stuttgarter Zeitung",
    ],
)
def test_organisation_heads(nlp: Any, name: str) -> None:
    text = f"Nach Angaben der {name} bleibt alles beim Alten."
    assert (name, "ORG") in _rules(nlp, text, [])


def test_head_replaces_a_partial_model_entity(nlp: Any) -> None:
    text = "Die Klassen der Realschule Spaichingen sammelten Geld."
    assert _rules(nlp, text, [("Spaichingen", "LOC")]) == {("Realschule Spaichingen", "ORG")}


# ---------------------------------------------------------------- demonyms


def test_place_adjective_with_a_role_is_no_name(nlp: Any) -> None:
    text = "Die Düsseldorfer Oberbürgermeisterin sprach mit dem Düsseldorfer Konzern."
    got = _rules(
        nlp,
        text,
        [("Düsseldorfer Oberbürgermeisterin", "ORG"), ("Düsseldorfer Konzern", "ORG")],
    )
    assert got == set()


def test_place_adjective_before_a_name_is_cut_off(nlp: Any) -> None:
    text = "Es spielten die Wuppertaler Lokalmatadoren Sundealers."
    got = _rules(nlp, text, [("Wuppertaler Lokalmatadoren Sundealers", "ORG")])
    assert got == {("Sundealers", "ORG")}


def test_place_adjective_in_street_and_club_names_stays(nlp: Any) -> None:
    text = "Der Hamburger SV spielt an der Schwabacher Straße."
    ents = [("Hamburger SV", "ORG"), ("Schwabacher Straße", "LOC")]
    assert _rules(nlp, text, ents) == set(ents)


# ---------------------------------------------------------------- acronyms


def test_acronym_after_an_organisation_noun(nlp: Any) -> None:
    got = _rules(nlp, "Das meldete die Nachrichtenagentur KCNA am Morgen.", [])
    assert got == {("KCNA", "ORG")}
    # no such noun: an unknown all-caps word is left to the model ("PLZ", "EBIT")
    assert _rules(nlp, "Die PLZ und das EBIT stimmen.", []) == set()


def test_codes_are_no_organisations(nlp: Any) -> None:
    got = _rules(nlp, "Foto: STR/AFP. Die DVD erschien 2006.", [("STR/", "ORG"), ("DVD", "ORG")])
    assert not {text.rstrip("/") for text, _label in got} & {"STR", "DVD"}


# ---------------------------------------------------------------- shapes


def test_a_span_ending_in_a_function_word_is_no_name(nlp: Any) -> None:
    text = "Er saß im Repräsentantenhaus von Ohio und im Rat."
    assert _rules(nlp, text, [("Repräsentantenhaus von", "ORG"), ("Ohio", "LOC")]) == {
        ("Ohio", "LOC")
    }
    text = "Er hat den Master of Business Administration gemacht."
    assert _rules(nlp, text, [("of Business Administration", "ORG")]) == set()


def test_letter_digit_codes_are_no_organisations(nlp: Any) -> None:
    text = "Die Linie U12 fährt, der S600 auch, und auf der A1 staut es sich."
    got = _rules(nlp, text, [("U12", "ORG"), ("S600", "ORG"), ("A1", "LOC")])
    assert got == {("A1", "LOC")}


def test_a_lone_role_noun_after_an_article_is_no_name(nlp: Any) -> None:
    text = "Der Bürgermeister sprach mit Bürgermeister Krause."
    got = _rules(nlp, text, [("Bürgermeister", "PER"), ("Krause", "PER")])
    assert got == {("Krause", "PER")}
    # without an article a role noun can be a surname ("Richter sagte ...")
    assert _rules(nlp, "Richter sagte nichts.", [("Richter", "PER")]) == {("Richter", "PER")}


# ---------------------------------------------------------------- place compounds


def test_unknown_compounds_with_a_place_head_are_places(nlp: Any) -> None:
    text = "Wir gingen von der Quendelstraße über den Konrad-Adenauer-Platz zur Salmhütte."
    got = _rules(nlp, text, [("Salmhütte", "PER")])
    assert got == {
        ("Quendelstraße", "LOC"),
        ("Konrad-Adenauer-Platz", "LOC"),
        ("Salmhütte", "LOC"),
    }
    # ordinary nouns with the same heads stay words
    text = "Auf dem Marktplatz und in der Seitenstraße stand ein Flugplatz-Schild."
    assert _rules(nlp, text, []) == set()
    assert _rules(nlp, text, [], place_compounds=False) == set()


# ---------------------------------------------------------------- more heads and leagues


def test_company_names_with_a_place_name_link(nlp: Any) -> None:
    text = "Im Werk der Quendel-Fabrik Witten a. d. Ruhr GmbH brannte es."
    got = _rules(nlp, text, [("Ruhr GmbH", "ORG")])
    assert got == {("Quendel-Fabrik Witten a. d. Ruhr GmbH", "ORG")}
    text = "Die Stadtwerke Mülheim an der Ruhr GmbH bauen."
    assert ("Stadtwerke Mülheim an der Ruhr GmbH", "ORG") in _rules(nlp, text, [])


def test_online_media_and_alliances(nlp: Any) -> None:
    assert _rules(nlp, "Das schrieb ich bei QUENDEL-Online.", []) == {("QUENDEL-Online", "ORG")}
    text = "Das Abschneiden vom Bündnis Zukunft Österreich überraschte."
    got = _rules(nlp, text, [("Österreich", "LOC")])
    assert got == {("Bündnis Zukunft Österreich", "ORG")}
    assert _rules(nlp, "Das Bündnis Ende März scheiterte.", []) == set()


def test_leagues_are_no_organisations(nlp: Any) -> None:
    text = "Er will nicht in der 3. Liga spielen, lieber in der Bundesliga."
    assert _rules(nlp, text, [("3. Liga", "ORG"), ("Bundesliga", "ORG")]) == set()


def test_a_name_noun_compound_is_no_name(nlp: Any) -> None:
    text = "Er fährt in der Le Mans-Serie und nutzt das Open Source-Produkt Wine."
    got = _rules(nlp, text, [("Le Mans-Serie", "LOC"), ("Open Source-Produkt Wine", "ORG")])
    assert got == {("Wine", "ORG")}
    text = "Sie sang im Festspielhaus Baden-Baden."
    got = _rules(nlp, text, [("Festspielhaus Baden-Baden", "ORG")])
    assert got == {("Festspielhaus Baden-Baden", "ORG")}
    text = "Das sagte er der Deutschen Presse-Agentur."
    got = _rules(nlp, text, [("Deutschen Presse-Agentur", "ORG")])
    assert got == {("Deutschen Presse-Agentur", "ORG")}


def test_one_word_taken_for_a_person_after_in_is_a_place(nlp: Any) -> None:
    text = "Im sicheren Quendlo kam ihr Sohn zur Welt."
    assert _rules(nlp, text, [("Quendlo", "PER")]) == {("Quendlo", "LOC")}
    text = "Das stand in Quendlers Bericht."
    assert _rules(nlp, text, [("Quendlers", "PER")]) == {("Quendlers", "PER")}


def test_motorways_are_places(nlp: Any) -> None:
    text = "Der Wald liegt zwischen den Autobahnen A 2 und A 7, der Stau auf der A1 wuchs."
    got = _rules(nlp, text, [("A1", "ORG")])
    assert got == {("A 2", "LOC"), ("A 7", "LOC"), ("A1", "LOC")}
    assert _rules(nlp, "Das Modell, die A4, speichert viel.", []) == set()


# ---------------------------------------------------------------- organisations by their form


def test_an_organisation_with_a_building_head_is_a_place(nlp: Any) -> None:
    text = "Sie zogen von der Westminster Hall zur Olde Burg."
    got = _rules(nlp, text, [("Westminster Hall", "ORG"), ("Olde Burg", "ORG")])
    assert got == {("Westminster Hall", "LOC"), ("Olde Burg", "LOC")}
    # a known club stays an organisation
    text = "Er ist Trainer bei Preußen Münster."
    assert _rules(nlp, text, [("Preußen Münster", "ORG")]) == {("Preußen Münster", "ORG")}


def test_a_role_before_an_unknown_name_is_a_person(nlp: Any) -> None:
    text = "In diesem Lied klagt der Oberst Quendorff über sein Los."
    assert _rules(nlp, text, [("Oberst Quendorff", "ORG")]) == {("Quendorff", "PER")}
    text = "Er leitete die Pressestelle des Evangelischen Presseverbandes."
    got = _rules(nlp, text, [("Evangelischen Presseverbandes", "ORG")])
    assert got == {("Evangelischen Presseverbandes", "ORG")}
    assert _rules(nlp, "Sie fuhr einen Wagen von General Motors.", [("General Motors", "ORG")]) == {
        ("General Motors", "ORG")
    }


# ---------------------------------------------------------------- surnames taken for places


def test_an_unknown_word_taken_for_a_place_is_a_surname(nlp: Any) -> None:
    text = "Die größte Chance vergab aber Quendler per Kopf."
    assert _rules(nlp, text, [("Quendler", "LOC")]) == {("Quendler", "PER")}
    text = "Quendlers erstes Tor fiel spät."
    assert _rules(nlp, text, [("Quendlers", "LOC")]) == {("Quendlers", "PER")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Er wohnte lange in Quendlo.", "Quendlo"),  # a locative preposition
        ("Er lebte im benachbarten Quendlo.", "Quendlo"),  # with lowercase words between
        ("Die Gemeinde Quendlo hat 300 Einwohner.", "Quendlo"),  # a noun of kind
        ("Das Kloster Quendlo ist alt.", "Quendlo"),
        ("Gerichte gibt es in Bonn und Quendlo.", "Quendlo"),  # a list with a place
        ("Quendlo liegt im Norden.", "Quendlo"),  # a verb of place
        ("Das Dorf gehört zu Quendelingen.", "Quendelingen"),  # a place-name shape
        ("Quendelbach war leer.", "Quendelbach"),
        ("Norddakota war leer.", "Norddakota"),
        ("Er stammt aus dem Fischerort Quendlo.", "Quendlo"),  # a compound noun of kind
        ("Im Flussgebiet des Quendlo regnet es.", "Quendlo"),
        ("Quendlo im Osten ist klein.", "Quendlo"),  # a direction after it
    ],
)
def test_an_unknown_word_in_a_place_context_stays_a_place(nlp: Any, text: str, place: str) -> None:
    ents = [(place, "LOC")] + ([("Bonn", "LOC")] if "Bonn" in text else [])
    assert (place, "LOC") in _rules(nlp, text, ents)


# ---------------------------------------------------------------- persons


def test_unknown_word_opening_a_sentence_before_a_verb_is_a_person(nlp: Any) -> None:
    got = _rules(nlp, "Quastenbrink plädierte im Januar dafür, die Regel auszusetzen.", [])
    assert got == {("Quastenbrink", "PER")}
    assert _rules(nlp, "Vieles spricht dafür, dass es klappt.", []) == set()


def test_person_rules_from_the_issue(nlp: Any) -> None:
    text = "Die Präsidentin Ursula von der Leyen (66) traf JD Vance in Brüssel."
    got = _rules(nlp, text, [("Leyen", "ORG"), ("JD Vance", "ORG"), ("Brüssel", "LOC")])
    assert got == {("Ursula von der Leyen", "PER"), ("JD Vance", "PER"), ("Brüssel", "LOC")}
    text = "Das sagte Isabella Weber von der University of Massachusetts Amherst."
    got = _rules(nlp, text, [("Isabella Weber von der University of Massachusetts", "PER")])
    assert got == {("Isabella Weber", "PER"), ("University of Massachusetts", "ORG")}


def test_rules_can_be_switched_off(nlp: Any) -> None:
    text = "Die Fed tagte, die Nachrichtenagentur KCNA meldete es."
    off = dict.fromkeys(
        (
            "gazetteer",
            "heads",
            "demonyms",
            "acronyms",
            "subject_per",
            "persons",
            "shapes",
            "place_compounds",
            "surname_not_place",
            "org_kinds",
        ),
        False,
    )
    assert _rules(nlp, text, [], **off) == set()


# ---------------------------------------------------------------- whole pipeline


def test_whole_pipeline_on_news_sentences(nlp: Any) -> None:
    got = _run(
        nlp,
        "Frederic Spohr, Direktor der Friedrich-Naumann-Stiftung in Südkorea, sagte, "
        "Nordkorea habe wieder Raketen getestet. Das meldete die Nachrichtenagentur KCNA.",
    )
    assert {
        ("Frederic Spohr", "PER"),
        ("Friedrich-Naumann-Stiftung", "ORG"),
        ("Südkorea", "LOC"),
        ("Nordkorea", "LOC"),
        ("KCNA", "ORG"),
    } <= got


def test_empty_and_odd_texts_do_not_crash(nlp: Any) -> None:
    for text in ["", " ", "(", "AG", "GmbH & Co. KG", "für für für", "Foto: /", "(((66)))"]:
        nlp(text)
