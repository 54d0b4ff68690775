"""The same-office check of the anaphoric roles (app.people.anaphora._Offices): who holds
which office is indexed once per text, not read from every person for each phrase, and a
woman's office is put in the masculine by the lexicon's pairs ("Kauffrau" -> "Kaufmann",
"Stadträtin" -> "Stadtrat"), not only by cutting off "-in"."""

from __future__ import annotations

import pytest

from app.lexicon.roles import masculine_role
from app.people.anaphora import _in_masculine, _office_keys
from tests.people.support import by_name


@pytest.mark.parametrize(
    ("word", "masculine"),
    [
        ("Innenministerin", "Innenminister"),
        ("Stadträtin", "Stadtrat"),
        ("Kauffrau", "Kaufmann"),
        ("Ex-Präsidentin", "Ex-Präsident"),
        ("Minister", None),  # no feminine
        ("Berlin", None),  # no role
    ],
)
def test_masculine_role(word: str, masculine: str | None) -> None:
    assert masculine_role(word) == masculine


def test_roles_in_the_masculine() -> None:
    assert _in_masculine("frühere Stadträtin von Kiel") == "frühere Stadtrat von Kiel"
    assert _in_masculine("Innenministerin") == "Innenminister"


def test_office_keys_are_the_last_word_and_the_compound_heads() -> None:
    keys = _office_keys("Justizminister des Landes")
    assert {"landes", "minister", "zminister"} <= keys
    assert "justizminister" not in keys  # the compound itself is no shortened office


@pytest.mark.parametrize(
    ("office", "bare", "expected"),
    [
        # the masculine noun may name the woman's office: not the other man's role
        ("Kauffrau", "Kaufmann", ("Vereinschef",)),
        ("Innenministerin", "Minister", ("Fraktionschef",)),
    ],
)
def test_an_office_held_by_a_woman_is_not_the_other_mans(
    office: str, bare: str, expected: tuple[str, ...]
) -> None:
    text = (
        f"{office} Anna Berg stellte den Plan vor. Vereinschef Karl Mohr lobte ihn."
        if office == "Kauffrau"
        else f"{office} Anna Berg stellte den Plan vor. Fraktionschef Karl Mohr lobte ihn."
    )
    text += f" Der {bare} sagte, man sehe keinen Grund."
    found = by_name(text, ["Anna Berg", "Karl Mohr"])
    assert found["Karl Mohr"].roles == expected


_LEDE = "Gelsenkirchen - Eine Kassiererin hat einen Räuber in die Flucht geschlagen.\n"


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        # one test of an object pronoun for both lede mechanisms (object_pronoun, strict
        # for the lede role: any "ihr" or "sie" may be the lede's person)
        ("Die 31 Jahre alte Anna Berg warf einen Stein nach ihm.", ("Kassiererin",)),
        ("Die 31 Jahre alte Anna Berg warf einen Stein.", ("Kassiererin",)),
        # near misses: the lede's person may be the object, so somebody else is named
        ("Die 31 Jahre alte Anna Berg half ihr danach.", ()),
        ("Die 31 Jahre alte Anna Berg fand sie danach.", ()),
        ("Die 31 Jahre alte Anna Berg will ihr Finderlohn zahlen.", ()),
        ("Die 31 Jahre alte Anna Berg rief, als sie den Mann sah, um Hilfe.", ()),
    ],
)
def test_the_lede_role_and_an_object_pronoun(sentence: str, roles: tuple[str, ...]) -> None:
    assert by_name(_LEDE + sentence, ["Anna Berg"])["Anna Berg"].roles == roles
