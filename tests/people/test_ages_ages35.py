"""Ages of session 35 (ages35): the ways German news states a person's age, one "# kind:"
per construction (``tests/data/ages_review35.txt``), through the whole bundled pipeline as
the window runs it (``app.analysis.analyze``), and the tag and apposition forms this
session added: "(61/CDU)", "(†84)", "A, der 64-jährige Vorsitzende des Vereins,", "A,
41-jährige Chefin des Jobcenters,", "A, den 52-jährigen Nachbarn des Opfers" (not after a
preposition: "Der Sohn von A, der 19-jährige Student," may be the son).

A block marked ``# miss`` holds an age not found yet: there the test accepts no age, never
a wrong one. Nobody outside the list may get an age. ``# people-left``: the list of people
is still wrong there, so only the ages are checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from app.analysis import analyze
from app.nlp import PipelineInfo, load_pipeline_with_info
from tests.people.support import age_blocks, by_name

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "ages_review35.txt"
Ages = dict[str, int | None]


def _ages(text: str, per: list[str]) -> Ages:
    """The age of each listed name (None when it has none or is no person)."""
    found = by_name(text, per)
    return {name: found[name].age if name in found else None for name in per}


@pytest.fixture(scope="module")
def pipeline() -> tuple[Language, PipelineInfo]:
    return load_pipeline_with_info()


def test_fixture_covers_many_constructions() -> None:
    kinds = {
        n.split(":", 1)[1].strip()
        for _text, _ages, notes in age_blocks(FIXTURE)
        for n in notes
        if n.startswith("# kind:")
    }
    assert len(kinds) >= 25


@pytest.mark.parametrize(
    ("text", "ages", "notes"),
    [pytest.param(*block, id=block[0][:50]) for block in age_blocks(FIXTURE)],
)
def test_stated_ages_by_construction(
    pipeline: tuple[Language, PipelineInfo],
    text: str,
    ages: dict[str, int | None],
    notes: list[str],
) -> None:
    nlp, info = pipeline
    found = {p.name: p.age for p in analyze(text, nlp, info).people if not p.credit}
    miss = "# miss" in notes
    for name, age in ages.items():
        if name not in found:
            assert "# people-left" in notes, f"{name} not listed"
            continue
        if miss and found[name] is None:
            continue
        assert found[name] == age, name
    for name, age in found.items():
        if name not in ages:
            assert age is None, f"{name} got age {age}"


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        ("Für den Stadtrat kandidiert Ines Dahlke (61/CDU).", ["Ines Dahlke"], {"Ines Dahlke": 61}),
        ("Jan Mohr (45/Grüne) wurde gewählt.", ["Jan Mohr"], {"Jan Mohr": 45}),
        ("Eva Lenk (†84) war Lehrerin.", ["Eva Lenk"], {"Eva Lenk": 84}),
        (
            "Rolf Esser, der 64-jährige Vorsitzende des Vereins, verteidigte den Plan.",
            ["Rolf Esser"],
            {"Rolf Esser": 64},
        ),
        (
            "Anke Spree, 41-jährige Chefin des Jobcenters, warnte vor Kürzungen.",
            ["Anke Spree"],
            {"Anke Spree": 41},
        ),
        (
            "Die Polizei befragte Otto Kamm, den 52-jährigen Nachbarn des Opfers.",
            ["Otto Kamm"],
            {"Otto Kamm": 52},
        ),
        # near misses: the apposition may belong to the head noun, or a name follows (a list)
        (
            "Der Sohn von Peter Maurer, der 19-jährige Student, wurde festgenommen.",
            ["Peter Maurer"],
            {"Peter Maurer": None},
        ),
        (
            "Laut Sprecherin Ute Brand, die 30-jährige Fahrerin, war die Ampel rot.",
            ["Ute Brand"],
            {"Ute Brand": None},
        ),
        (
            "Es sprachen Gisela Horn, der 64-jährige Kämmerer Ulf Brede und Kurt Wessel.",
            ["Gisela Horn", "Ulf Brede", "Kurt Wessel"],
            {"Gisela Horn": None, "Ulf Brede": 64, "Kurt Wessel": None},
        ),
        (
            "Ärztin Lea Korn, die 64-jährige Patienten behandelt, ist zufrieden.",
            ["Lea Korn"],
            {"Lea Korn": None},
        ),
        ("Tim Gall (Foto, 33) jubelt.", ["Tim Gall"], {"Tim Gall": 33}),
        ("Ina Wolf (links, 41) lacht.", ["Ina Wolf"], {"Ina Wolf": 41}),
        ("Tim Gall (Trikot 33) jubelt.", ["Tim Gall"], {"Tim Gall": None}),
    ],
)
def test_tag_and_apposition_ages(text: str, per: list[str], ages: Ages) -> None:
    assert _ages(text, per) == ages


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        (
            "Hubert Sell und Lisa Sell feiern. Er ist 89 Jahre alt, sie 86.",
            ["Hubert Sell", "Lisa Sell"],
            {"Hubert Sell": 89, "Lisa Sell": 86},
        ),
        (
            "Sie ist 40, er 38. Tom Rau lacht.",
            ["Tom Rau"],
            {"Tom Rau": None},
        ),
        (
            "Lisa Sell hat einen Sohn und eine Tochter. Er ist 8, sie 6.",
            ["Lisa Sell"],
            {"Lisa Sell": None},
        ),
        ("Am Samstag wird Bernd Ohm 90.", ["Bernd Ohm"], {"Bernd Ohm": 90}),
        ("Heute wird Landrat Bernd Ohm 60 Jahre alt.", ["Bernd Ohm"], {"Bernd Ohm": 60}),
        ("Am Samstag wird Bernd Ohm 90 Minuten spielen.", ["Bernd Ohm"], {"Bernd Ohm": None}),
        ("Wird Bernd Ohm 90?", ["Bernd Ohm"], {"Bernd Ohm": None}),
        ("Trotz ihrer 90 Jahre fährt Eva Kern Rad.", ["Eva Kern"], {"Eva Kern": 90}),
        ("Trotz ihrer 30 Jahre im Amt lacht Eva Kern.", ["Eva Kern"], {"Eva Kern": None}),
        ("Mit seinen 25 Jahren bei Siemens ist Jan Vogt Chef.", ["Jan Vogt"], {"Jan Vogt": None}),
    ],
)
def test_gapped_pronoun_inverted_and_possessive_ages(text: str, per: list[str], ages: Ages) -> None:
    assert _ages(text, per) == ages


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        ("Die neunjährige Mia Kranz gewann.", ["Mia Kranz"], {"Mia Kranz": 9}),
        ("Der achtzigjährige Jan Ohm malt.", ["Jan Ohm"], {"Jan Ohm": 80}),
        ("Jan Ohm ist zwölf Jahre alt.", ["Jan Ohm"], {"Jan Ohm": 12}),
        ("Eva Lenk ist am Montag achtzig geworden.", ["Eva Lenk"], {"Eva Lenk": 80}),
        # near misses: no number in the stem, somebody else's age, a span of time
        ("Die langjährige Kassiererin Eva Lenk geht.", ["Eva Lenk"], {"Eva Lenk": None}),
        ("Die volljährige Tochter von Eva Lenk klagt.", ["Eva Lenk"], {"Eva Lenk": None}),
        ("Der elfjährige Sohn von Eva Lenk lacht.", ["Eva Lenk"], {"Eva Lenk": None}),
        ("Die zweijährige Amtszeit von Jan Ohm endet.", ["Jan Ohm"], {"Jan Ohm": None}),
        ("Ihr Sohn ist neun Jahre alt, sagt Eva Lenk.", ["Eva Lenk"], {"Eva Lenk": None}),
        ("Eva Lenk ist alt geworden.", ["Eva Lenk"], {"Eva Lenk": None}),
        ("Eva Lenk ist viele Jahre alt.", ["Eva Lenk"], {"Eva Lenk": None}),
    ],
)
def test_spelled_out_ages(text: str, per: list[str], ages: Ages) -> None:
    assert _ages(text, per) == ages
