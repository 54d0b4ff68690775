"""One reading of a town's "-er" adjective (app.lexicon.words.place_adjective_stems): the
lexicon's places, the people rules' place adjectives and the role nouns' feminine
"-erin" of a place all go by it (mend35)."""

from __future__ import annotations

import pytest

from app.lexicon import words as lex
from app.lexicon.roles import analyze_role
from app.people.phrases import place_adjective


def test_stems_of_an_er_adjective() -> None:
    assert "Kiel" in lex.place_adjective_stems("Kieler")
    assert "Dresden" in lex.place_adjective_stems("Dresdner")
    assert "Hannover" not in lex.place_adjective_stems("Hannoveraner")
    assert "Hannover" in lex.place_adjective_stems("Hannoveraner", aner=True)
    assert lex.place_adjective_stems("Kiel") == ()


@pytest.mark.parametrize("word", ["Kieler", "Dresdner", "Münchner", "Hannoveraner"])
def test_place_adjectives(word: str) -> None:
    assert place_adjective(word)


@pytest.mark.parametrize("word", ["Bremerin", "Kärntnerin", "Dresdnerin", "Kielerin"])
def test_a_woman_of_a_place(word: str) -> None:
    role = analyze_role(word)
    assert role is not None and role.kind == "demonym" and role.gender == "f"


def test_no_place_adjective() -> None:
    assert not place_adjective("Lehrer")
    assert not lex.is_place("Lehrer")
