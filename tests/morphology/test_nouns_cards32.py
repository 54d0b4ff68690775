"""Session 32 (cards32): plurals far rarer than the singular, compound heads, the weak
plural of a compound the table declines strongly, plural variants through a compound's
head, a common noun's plural before a plural-only place; adjectives the tagger left
unlemmatised."""

from __future__ import annotations

import pytest

from app.morphology.adjectives import listed_base, read_adjective
from app.morphology.nouns import _plural_head, plural_variant, rare_plural, read_noun


@pytest.mark.parametrize(
    ("lemma", "plural", "rare"),
    [
        ("Wasser", "Wässer", True),
        ("Kleidung", "Kleidungen", True),
        ("Panik", "Paniken", True),
        ("Sport", "Sporte", True),
        ("März", "Märze", True),
        ("Trinkwasser", "Trinkwässer", True),  # through its head
        ("Leitungswasser", "Leitungswässer", True),
        ("Fernverkehr", "Fernverkehre", True),  # a plural the list lacks altogether
        ("Tropf", "Tröpfe", True),
        ("Gesundheitsministerium", "Gesundheitsministerien", False),  # a count head
        ("Notaufnahme", "Notaufnahmen", False),
        ("Land", "Länder", False),
        ("Frau", "Frauen", False),
        ("Samstag", "Samstage", False),
        ("Saison", "Saisons", False),
        ("Hauptbahnhof", "Hauptbahnhöfe", False),  # its head is a count noun
        ("Rathaus", "Rathäuser", False),
        ("Oberbürgermeisterin", "Oberbürgermeisterinnen", False),  # -in: -innen
        ("Lehrer", "Lehrer", False),  # spelt like the singular
        ("Druck", "Drücke", False),  # "drücke" is a verb form too: no evidence
    ],
)
def test_rare_plural(lemma: str, plural: str, rare: bool) -> None:
    assert rare_plural(lemma, plural) is rare


@pytest.mark.parametrize(
    ("lemma", "plural", "head"),
    [
        ("Trinkwasser", "Trinkwässer", ("Wasser", "Wässer")),
        ("Hauptbahnhof", "Hauptbahnhöfe", ("Bahnhof", "Bahnhöfe")),
        # the table's "Milchbauer" declines strongly: the head whose plural fits is Bauer
        ("Bio-Milchbauer", "Bio-Milchbauern", ("Bauer", "Bauern")),
        ("Sport", "Sporte", None),  # no "S" + "Port"
        ("Wasser", "Wässer", None),
    ],
)
def test_plural_head(lemma: str, plural: str, head: tuple[str, str] | None) -> None:
    assert _plural_head(lemma, plural) == head


@pytest.mark.parametrize(
    ("form", "lemma", "plural"),
    [
        ("Milchbauern", "Milchbauer", "Milchbauern"),
        ("Bio-Milchbauern", "Bio-Milchbauer", "Bio-Milchbauern"),
        ("Milchbauer", "Milchbauer", "Milchbauern"),
        ("Autobauer", "Autobauer", "Autobauer"),  # "Autobauer" is the more common form
        ("Lehrern", "Lehrer", "Lehrer"),
    ],
)
def test_weak_plural_of_a_strongly_declined_compound(form: str, lemma: str, plural: str) -> None:
    reading = read_noun(form)
    assert reading is not None
    assert (reading.lemma, reading.plural) == (lemma, plural)


@pytest.mark.parametrize(
    ("lemma", "form", "genders", "variant"),
    [
        ("Kunststoffpartikel", "Kunststoffpartikel", ("Fem", "Neut"), "Kunststoffpartikel"),
        ("Kunststoffpartikel", "Kunststoffpartikeln", ("Fem", "Neut"), "Kunststoffpartikeln"),
        ("Vergnügungssteuer", "Vergnügungssteuer", ("Fem",), None),  # not das Steuer's
        ("Wort", "Worte", (), "Worte"),
        ("Bank", "Bänke", (), "Bänke"),
    ],
)
def test_plural_variant(
    lemma: str, form: str, genders: tuple[str, ...], variant: str | None
) -> None:
    assert plural_variant(lemma, form, genders) == variant


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("Marken", "Marke"), ("Alpen", "Alpen"), ("Staaten", "Staat")],
)
def test_common_noun_before_plural_only_place(form: str, lemma: str) -> None:
    reading = read_noun(form, form)
    assert reading is not None
    assert reading.lemma == lemma


@pytest.mark.parametrize(
    ("form", "lemmas"),
    [
        ("Limnologischen", ["limnologisch"]),
        ("Forschende", ["forschend"]),
        ("Lustigen", ["lustig"]),
        ("Lange", ["lange", "lang"]),  # the adverb stays first
        ("Allgäuer", ["allgäuer"]),
    ],
)
def test_adjective_the_tagger_left_unlemmatised(form: str, lemmas: list[str]) -> None:
    assert [r.lemma for r in read_adjective(form, form)] == lemmas


def test_listed_base() -> None:
    assert listed_base("ökologisch") or listed_base("groß")
    assert not listed_base("allgäuer")
    assert not listed_base("limnologischen")
