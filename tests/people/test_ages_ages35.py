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
        ("Tim Gall (Foto, 33) jubelt.", ["Tim Gall"], {"Tim Gall": None}),
    ],
)
def test_tag_and_apposition_ages(text: str, per: list[str], ages: dict[str, int | None]) -> None:
    found = by_name(text, per)
    assert {name: found[name].age if name in found else None for name in ages} == ages
