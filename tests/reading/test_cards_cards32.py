"""Session 32 (cards32), on the card and in ``analyze --json --tokens`` with the bundled
dictionary, on made-up near misses of the session's rules
(``tests/fixtures/near_misses_cards32_de.txt``, one paragraph per sentence): no plural far
rarer than the singular (a mass or abstract noun: "Wasser", "Panik", "Kleidung"), the weak
plural of a compound the table declines strongly ("Milchbauern"), the plural the text
uses for a compound through its head ("Kunststoffpartikel"), capitalised place
adjectives, dateline capitals, unlemmatised adjectives, "Marken", "jemanden", and verbs
the dictionary answered with another verb ("angehören", "gelangen"); and the card facts
the near misses must keep."""

from __future__ import annotations

from typing import Any

import pytest

from app.dictionary import WordInfo
from app.reading.cards import dateline_capitals
from app.reading.lookups import another_verb_by_rules
from tests.reading.near_misses import FIXTURES, paragraph_records, record_of

_FIXTURE = FIXTURES / "near_misses_cards32_de.txt"


def _in_fixture(sentence: str, word: str) -> dict[str, Any]:
    return record_of(_FIXTURE, sentence, word)


def test_the_fixture_has_enough_near_misses() -> None:
    assert len(paragraph_records(_FIXTURE)) >= 40


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "article", "plural"),
    [
        # a plural over 300 times rarer than the singular is not shown
        ("Das Wasser im See", "Wasser", "Wasser", "das", None),
        ("Die Kinder tranken", "Wasser", "Wasser", "das", None),
        ("Die Panik unter", "Panik", "Panik", "die", None),
        ("Die Kleidung der Helfer", "Kleidung", "Kleidung", "die", None),
        ("Der Sport verbindet", "Sport", "Sport", "der", None),
        ("Das Trinkwasser wird", "Trinkwasser", "Trinkwasser", "das", None),
        ("Das Leitungswasser schmeckt", "Leitungswasser", "Leitungswasser", "das", None),
        ("Im Februar stiegen", "Februar", "Februar", "der", None),
        # count nouns keep theirs; a plural the text uses is shown
        ("Die Länder verhandeln", "Länder", "Land", "das", "Länder"),
        ("Das Land hat", "Land", "Land", "das", "Länder"),
        ("Das Land hat", "Landtag", "Landtag", "der", "Landtage"),
        ("Am Samstag kommt", "Samstag", "Samstag", "der", "Samstage"),
        ("Die Saison beginnt", "Saison", "Saison", "die", "Saisons"),
        ("Der Hauptbahnhof wird", "Hauptbahnhof", "Hauptbahnhof", "der", "Hauptbahnhöfe"),
        ("Die Oberbürgermeisterin sprach", "Oberbürgermeisterin", "Oberbürgermeisterin",
         "die", "Oberbürgermeisterinnen"),
        ("Das Rathaus bleibt", "Rathaus", "Rathaus", "das", "Rathäuser"),
        ("Der Zeitpunkt für", "Zeitpunkt", "Zeitpunkt", "der", "Zeitpunkte"),
        ("Die Wässer der Region", "Wässer", "Wasser", "das", "Wässer"),
        ("Die Frau kam", "Frau", "Frau", "die", "Frauen"),
        ("Das Geld reicht", "Geld", "Geld", "das", "Gelder"),
        # the weak plural of a compound the table declines strongly
        ("Die Milchbauern protestieren", "Milchbauern", "Milchbauer", "der", "Milchbauern"),
        ("Der Milchbauer melkt", "Milchbauer", "Milchbauer", "der", "Milchbauern"),
        ("Die Autobauer leiden", "Autobauer", "Autobauer", "der", "Autobauer"),
        ("Der Lehrer kommt", "Lehrer", "Lehrer", "der", "Lehrer"),
        # the plural the text uses, through the compound's head, of the shown gender
        ("In jeder Probe", "Kunststoffpartikel", "Kunststoffpartikel", "die/das",
         "Kunststoffpartikel"),
        ("Die Stadt erhöht die Vergnügungssteuer", "Vergnügungssteuer", "Vergnügungssteuer",
         "die", "Vergnügungssteuern"),
        ("Der Gemeinderat erhöht", "Hundesteuer", "Hundesteuer", "die", "Hundesteuern"),
        # an open number between two senses of one gender: the table's first plural
        ("Die Bilder zeigen Watt", "Watt", "Watt", "das", "Watten"),
        # a common noun's plural, not a plural-only place
        ("Die bekannten Marken", "Marken", "Marke", "die", "Marken"),
    ],
)  # fmt: skip
def test_nouns_of_the_near_misses(
    sentence: str, word: str, lemma: str, article: str, plural: str | None
) -> None:
    record = _in_fixture(sentence, word)
    assert (record["lemma"], record["article"], record["plural"]) == (lemma, article, plural)


def test_the_weak_plural_is_read_as_a_plural() -> None:
    assert "Case=Nom" in _in_fixture("Die Milchbauern protestieren", "Milchbauern")["morph"]
    assert "Number=Sing" in _in_fixture("Der Milchbauer melkt", "Milchbauer")["morph"]
    assert "Plur" not in _in_fixture("Der Milchbauer melkt", "Milchbauer")["morph"]


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # place adjectives keep their capital; compared adjectives opening a sentence not
        ("Allgäuer Bauern hoffen", "Allgäuer", "Allgäuer"),
        ("Die Kölner Polizei", "Kölner", "Kölner"),
        ("Der Hamburger Senat", "Hamburger", "Hamburger"),
        ("Größer wird der Abstand", "Größer", "groß"),
        ("Besser geht es", "Besser", "gut"),
        # dateline capitals, not abbreviations
        ("MÜNCHEN (dpa)", "MÜNCHEN", "München"),
        ("FRANKFURT/MAIN (AFP)", "FRANKFURT", "Frankfurt"),
        ("Die NATO will", "NATO", "NATO"),
        ("Der ADAC warnt", "ADAC", "ADAC"),
        # adjectives the tagger left unlemmatised
        ("Die Mitarbeiter des Biologischen", "Biologischen", "biologisch"),
        ("Lange hatte es", "Lange", "lange"),
        ("In den Alpen", "Alpen", "Alpen"),
        # indefinite pronouns
        ("Ich wollte nie jemanden", "jemanden", "jemand"),
        ("Er hat in der Nacht niemanden", "niemanden", "niemand"),
        # verbs
        ("Dem Verein wollen", "angehören", "angehören"),
        ("Es entsteht ein Verband", "angehören", "angehören"),
        ("Er will sich das Konzert", "anhören", "sich anhören"),
        ("Das Plastik dürfe nicht", "gelangen", "gelangen"),
        ("Ihm gelangen in der ersten", "gelangen", "gelingen"),
        ("Die Proben wurden bei 20 Grad", "gemessen", "messen"),
        ("Man habe 95 Grad Oechsle", "gemessen", "messen"),
    ],
)
def test_lemmas_of_the_near_misses(sentence: str, word: str, lemma: str) -> None:
    assert _in_fixture(sentence, word)["lemma"] == lemma


def test_an_infinitive_after_a_modal_is_no_past_form() -> None:
    assert _in_fixture("Das Plastik dürfe nicht", "gelangen")["morph"] == "VerbForm=Inf"
    assert "Tense=Past" in _in_fixture("Ihm gelangen in der ersten", "gelangen")["morph"]
    assert _in_fixture("Die Proben wurden", "gemessen")["morph"] == "Tense=Past|VerbForm=Part"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Der Braunschweiger Biologe", "Braunschweiger", "Braunschweiger"),
        ("Die Preise sind so niedrig", "siebziger", "siebziger"),
    ],
)
def test_indeclinable_adjectives_in_ig_er(sentence: str, word: str, lemma: str) -> None:
    """Places and decades in "-ig" + "-er" are no inflected "-ig" adjectives: no case,
    gender or number."""
    record = _in_fixture(sentence, word)
    assert (record["lemma"], record["morph"]) == (lemma, "Degree=Pos")


def test_the_limnological_adjective_agrees_with_its_noun() -> None:
    morph = _in_fixture("Die Mitarbeiter des Biologischen", "Biologischen")["morph"]
    assert morph == "Case=Gen|Degree=Pos|Gender=Neut|Number=Sing"


@pytest.mark.parametrize(
    ("texts", "i", "expected"),
    [
        (("KEMPTEN", "(", "dpa", ")", "–"), 0, True),
        (("BAD", "TÖLZ", "(", "dpa", ")"), 1, True),
        (("KONSTANZ", "/", "KEMPTEN", "(", "AFP", ")"), 0, True),
        (("CDU", "(", "dpa", ")"), 0, False),  # an abbreviation's length
        (("KEMPTEN", "ist", "schön"), 0, False),  # no credit
        (("Kempten", "(", "dpa", ")"), 0, False),  # not in capitals
        (("KEMPTEN", "(", "Foto", ")"), 0, False),  # no agency
    ],
)
def test_dateline_capitals(texts: tuple[str, ...], i: int, expected: bool) -> None:
    assert dateline_capitals(texts, i) is expected


@pytest.mark.parametrize(
    ("word", "lemma", "pos", "match", "found", "expected"),
    [
        ("angehören", "angehören", "VERB", "rules", "anhören", True),
        ("gelangen", "gelangen", "VERB", "simplemma", "gelingen", True),
        ("gelangen", "gelingen", "VERB", "lemma", "gelingen", False),  # asked for gelingen
        ("angehört", "angehören", "VERB", "rules", "anhören", False),  # no infinitive
        ("angehören", "angehören", "VERB", "exact", "anhören", False),  # Ding's own word
        ("Angehören", "angehören", "NOUN", "rules", "anhören", False),  # no verb
        ("xyzhören", "xyzhören", "VERB", "rules", "hören", False),  # no verb of the table
    ],
)
def test_another_verb_by_rules(
    word: str, lemma: str, pos: str, match: str, found: str, expected: bool
) -> None:
    info = WordInfo(word=word, lemma=found, pos="VERB", match=match)
    assert another_verb_by_rules(word, lemma, pos, info) is expected


def test_the_dateline_place_later_in_the_text_is_a_name() -> None:
    """ "KONSTANZ (dpa)" names the town: "von Konstanz" later is the town, not die
    Konstanz (constancy); with its article the common noun stays."""
    from app.analysis import analyze
    from app.cli.render import token_records

    text = (
        "Muscheln im See\n\nKONSTANZ (dpa) – Die Muscheln breiten sich aus. Am Hafen von "
        "Staad, einem Ortsteil von Konstanz, ist man besorgt. Die Konstanz der Werte ist "
        "wichtig."
    )
    records = [r for r in token_records(analyze(text)) if r["text"] in ("KONSTANZ", "Konstanz")]
    assert [(r["lemma"], r["article"]) for r in records] == [
        ("Konstanz", None),
        ("Konstanz", None),
        ("Konstanz", "die"),
    ]
