"""``leselupe_entity_rules`` (app/nlp/components/entity_rules.py).

Tests with the bundled pipeline's word classes run only the lexclass and the entity
rules over given NER output, so they do not depend on what the model predicts; the
others use a blank German pipeline without any word classes.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from app.lexicon.words import CREDIT_LABELS
from app.nlp.components.entity_rules import EntityRules


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("de")


def _rules(
    blank: Language, text: str, ents: list[tuple[str, str]], **config: bool
) -> set[tuple[str, str]]:
    """The entity rules without word classes over ``text`` with the given NER output."""
    doc = blank.make_doc(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.set_ents(spans)
    doc = EntityRules(nlp=None, **config)(doc)
    return {(e.text, e.label_) for e in doc.ents}


def _apply_entity_rules(nlp, text: str, ents: list[tuple[str, str]]) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Run only the word classes and the entity rules over ``text`` with the given NER
    output ("surface", label), so a test does not depend on what the model predicts."""
    from spacy.tokens import Span

    doc = nlp.get_pipe("leselupe_lexclass")(nlp.make_doc(text))
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.set_ents(spans)
    doc = nlp.get_pipe("leselupe_entity_rules")(doc)
    return {(e.text, e.label_) for e in doc.ents}


def test_entity_rules_cut_role_noun_before_place_genitive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Das sagen die führenden Wirtschaftsforscher Deutschlands und Präsident Frankreichs."
    got = _apply_entity_rules(
        nlp,
        text,
        [("Wirtschaftsforscher Deutschlands", "LOC"), ("Präsident Frankreichs", "ORG")],
    )
    assert got == {("Deutschlands", "LOC"), ("Frankreichs", "ORG")}
    # a role-like first word before a name that is no place genitive stays
    text = "Der Konzern General Motors baut Autos."
    got = _apply_entity_rules(nlp, text, [("General Motors", "ORG")])
    assert got == {("General Motors", "ORG")}


def test_entity_rules_drop_units_after_numbers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Karten mit 128 KB und 300 PS, sagt die SPD."
    got = _apply_entity_rules(nlp, text, [("KB", "ORG"), ("PS", "ORG"), ("SPD", "ORG")])
    assert got == {("SPD", "ORG")}


def test_entity_rules_drop_demonyms_as_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Die Bremer und der St. Galler Rat trafen Münchner in Bremen und Hannover."
    got = _apply_entity_rules(
        nlp,
        text,
        [
            ("Bremer", "LOC"),
            ("St. Galler", "LOC"),
            ("Münchner", "LOC"),
            ("Bremen", "LOC"),
            ("Hannover", "LOC"),
        ],
    )
    assert got == {("Bremen", "LOC"), ("Hannover", "LOC")}
    # only places: a surname ending in -er stays a person, a demonym in a name stays
    text = "Werner Fischer las die Berliner Zeitung."
    ents = [("Werner Fischer", "PER"), ("Berliner Zeitung", "ORG")]
    assert _apply_entity_rules(nlp, text, ents) == set(ents)


def test_role_words_are_the_people_lexicons(blank: Language) -> None:
    """The role test is app.lexicon.roles.is_role_word: "Gemeinderätin" (no stem of the old
    list) is cut, a first name that reads as a compound ("Ste" + "fan") is not."""
    text = "Die Gemeinderätin Sabine Wolf und Stefan Weber stimmten zu."
    ents = [("Gemeinderätin Sabine Wolf", "PER"), ("Stefan Weber", "PER")]
    assert _rules(blank, text, ents) == {("Sabine Wolf", "PER"), ("Stefan Weber", "PER")}


def test_unknown_name_after_a_role_is_a_person_but_not_after_a_company_noun(
    blank: Language,
) -> None:
    text = "Die Ökonomin Wiebke Quastenberg und der Spielzeughersteller Mattel."
    ents = [("Wiebke Quastenberg", "ORG"), ("Mattel", "ORG")]
    assert _rules(blank, text, ents) == {("Wiebke Quastenberg", "PER"), ("Mattel", "ORG")}


def test_parenthesis_is_cut_and_an_abbreviation_in_it_kept(blank: Language) -> None:
    text = "Die Front für Freiheit (FLCS) kämpft."
    assert _rules(blank, text, [("Front für Freiheit (FLCS)", "ORG")]) == {
        ("Front für Freiheit", "ORG"),
        ("FLCS", "ORG"),
    }


def test_name_before_an_age_is_a_person(blank: Language) -> None:
    text = "Gestern kam Hinnerk Quastenberg (58) nach Hause."
    assert _rules(blank, text, []) == {("Hinnerk Quastenberg", "PER")}
    assert _rules(blank, text, [], age=False) == set()
    assert _rules(blank, "Gestern kam Hinnerk Quastenberg (158) nach Hause.", []) == set()


@pytest.mark.parametrize("label", sorted(CREDIT_LABELS))
def test_every_credit_label_of_the_lexicon(blank: Language, label: str) -> None:
    text = f"Das Wetter war gut. {label}: Lene Wroblewski/Reuters"
    assert _rules(blank, text, []) == {("Lene Wroblewski", "PER"), ("Reuters", "ORG")}
    assert _rules(blank, text, [], credit=False) == set()


def test_credit_sign_and_no_data_source(blank: Language) -> None:
    got = _rules(blank, "Das Wetter war gut. © Lene Wroblewski/Reuters", [])
    assert got == {("Lene Wroblewski", "PER"), ("Reuters", "ORG")}
    assert _rules(blank, "Das Wetter war gut. Quelle: Lene Wroblewski/Reuters", []) == set()


def test_surnames_of_full_names_are_persons_elsewhere(blank: Language) -> None:
    text = "Frederic Spohr kam. Spohr und Spohrs Team blieben in Seoul."
    got = _rules(blank, text, [("Frederic Spohr", "PER"), ("Seoul", "LOC")])
    assert got == {
        ("Frederic Spohr", "PER"),
        ("Spohr", "PER"),
        ("Spohrs", "PER"),
        ("Seoul", "LOC"),
    }


def test_pipe_runs_every_document(blank: Language) -> None:
    rules = EntityRules(nlp=None)
    docs = list(rules.pipe(blank.make_doc(t) for t in ["Eins.", "Zwei."]))
    assert [d.text for d in docs] == ["Eins.", "Zwei."]
    assert rules.to_bytes() == b"" and rules.from_bytes(b"") is rules


def test_entity_rules_cut_a_council_title_before_a_first_name(blank: Language) -> None:
    text = "Das sagte Stadtbrandrat Josef Hiendl am Montag."
    got = _rules(blank, text, [("Stadtbrandrat Josef Hiendl", "PER")])
    assert got == {("Josef Hiendl", "PER")}
