"""Review of ents37 (rev_ents37): an age in parentheses right after a name makes it a
person even right after a noun of a firm's or organisation's kind ("Die Spedition Gottlieb
Wächterle (61)", "beim Verein Hufschmidtler (45)"). All sentences, firms and persons
made up."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import load_bundled, rules_on

Case = tuple[str, list[tuple[str, str]], set[tuple[str, str]]]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


CASES: list[Case] = [
    (
        "Die Spedition Gottlieb Wächterle (61) sagte ab.",
        [("Gottlieb Wächterle", "PER")],
        {("Gottlieb Wächterle", "PER")},
    ),
    (
        "Neuer Trainer beim Verein Hufschmidtler (45) ist ein Nachbar.",
        [("Hufschmidtler", "PER")],
        {("Hufschmidtler", "PER")},
    ),
    # ents37's rules still fire without the age
    (
        "Das Autohaus Stefan Kernerling feiert sein Jubiläum.",
        [("Stefan Kernerling", "PER")],
        {("Stefan Kernerling", "ORG")},
    ),
    (
        "Neuer Partner beim Verein Hufschmidtler ist eine Bank.",
        [("Hufschmidtler", "PER")],
        {("Hufschmidtler", "ORG")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_an_age_after_the_name_keeps_the_person(
    nlp: Any, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    assert rules_on(nlp, text, ents) == expected
