"""Session 31 (gloss31): made-up sentences through the whole pipeline (analysis, reading
layer, bundled dictionary)."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.reading.lookups import lookup_key
from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    "text",
    [
        "Ein Streik legt den Hafen in Hamburg lahm.",
        "Schneefall legt Flughafen lahm – Hunderte Flüge gestrichen",
    ],
)
def test_lahmlegen_split(text: str) -> None:
    verb = card(text, "legt")
    assert verb.lemma == "lahmlegen"
    assert verb.glosses[0] == "to cripple sb./sth."


def test_schiefgehen_split() -> None:
    assert card("Bei dem Projekt geht vieles schief.", "geht").lemma == "schiefgehen"


def test_a_clause_final_adjective_without_such_a_verb_stays_an_adjective() -> None:
    # "lahmgehen" is no verb: the horse walks lame
    assert card("Das alte Pferd geht seit Tagen lahm.", "geht").lemma == "gehen"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # no auxiliary governs "gehört": the present of gehören
        ("Die Stadt, der das Stadion gehört, will zahlen.", "gehören"),
        ("Die Firma gehört zu den größten Kunden der Branche.", "gehören"),
        # with an auxiliary: the participle of hören
        ("Wir haben den Lärm die ganze Nacht gehört.", "hören"),
        ("Die Zeugen sollen im Mai gehört werden.", "hören"),
        # "Hast" read as a noun (die Hast) is still a form of haben
        ("Hast du das gehört?", "hören"),
        ("Wer das gehört hat, weiß Bescheid.", "hören"),
    ],
)
def test_gehoert_by_the_clause(text: str, lemma: str) -> None:
    analysis = analyze(text)
    i = analysis.tokens.texts.index("gehört")
    assert lookup_key(analysis.tokens, i)[1] == lemma


def test_gehoert_card_glosses() -> None:
    owner = card("Die Stadt, der das Stadion gehört, will zahlen.", "gehört")
    assert "belong" in owner.glosses[0]


@pytest.mark.parametrize(
    "text",
    ["Zum Auftakt gab es ein buntes Programm.", "Es gab keine Verletzten."],
)
def test_gab_es_is_there_was(text: str) -> None:
    assert card(text, "gab").glosses[0] == "there was"


def test_gab_with_a_person_keeps_gave() -> None:
    assert card("Er gab es ihr gestern.", "gab").glosses[0] == "gave"


def test_an_object_es_line_is_not_raised() -> None:
    # "es für sich behalten" has "es" as its object: "es" as the subject does not raise it
    kept = card("Das Ministerium teilte mit, es werde die Lage im Blick behalten.", "behalten")
    assert kept.glosses[0] == "to keep"


@pytest.mark.parametrize(
    "text",
    [
        "Eine Sprecherin räumte ein, dass die Verfahren vereinfacht werden müssten.",
        "Der Landrat räumte ein, die Entscheidung sei ihm nicht leichtgefallen.",
    ],
)
def test_einraeumen_with_a_proposition_is_to_admit(text: str) -> None:
    glosses = card(text, "räumte").glosses
    assert glosses[0] in ("to acknowledge sth.", "to admit sth.", "to concede sth.")
    assert "to grant sb. sth." not in glosses[:3]


def test_einraeumen_with_a_person_and_a_thing_is_to_grant() -> None:
    assert card("Die Stadt räumte den Bürgern mehr Rechte ein.", "räumte").glosses[0] == (
        "to grant sb. sth."
    )


def test_a_report_before_the_comma_is_the_verbs_proposition() -> None:
    analysis = analyze("Die Lage sei ernst, räumte der Minister am Abend ein.")
    assert "+dass" in lookup_key(analysis.tokens, analysis.tokens.texts.index("räumte"))[4]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a fronted subordinate clause, a relative clause, an apposition: no report
        ("Erst als der Trainer umstellte, fanden die Gastgeber ins Spiel.", "fanden"),
        ("Wildvögel, die über das Land ziehen, trügen den Erreger ein.", "trügen"),
        ("Jonas Berg, Professor für Geschichte, sprach von einem Glücksfall.", "sprach"),
        # a relative clause before a main clause in the subjunctive
        ("Nach einem Gutachten, das der Vorstand vorstellte, würde der Bau teurer.", "vorstellte"),
        # a subordinate clause in the subjunctive after the verb's clause
        ("Größere Klassen bedeuteten mehr Arbeit, zumal viele Lehrer krank seien.", "bedeuteten"),
    ],
)
def test_no_proposition_without_a_report(text: str, verb: str) -> None:
    analysis = analyze(text)
    assert "+dass" not in lookup_key(analysis.tokens, analysis.tokens.texts.index(verb))[4]


def test_krank_is_no_particle() -> None:
    # Ding's "krankmachen" is to skive off work; "macht … krank" is to make ill
    assert card("Das Wetter macht die Pendler krank.", "macht").lemma == "machen"
