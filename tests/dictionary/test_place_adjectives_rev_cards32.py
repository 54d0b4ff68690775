"""Session 32 (rev_cards32): the town names a place adjective in "-aner" may come from
("Münsteraner": Münster, not "Münsteran"; "Meraner" still Meran first)."""

from __future__ import annotations

from app.dictionary.place_adjectives import place_names


def test_aner_adjectives_also_try_the_town_without_an() -> None:
    assert "Münster" in place_names("Münsteraner")
    assert "Hannover" in place_names("Hannoveraner")


def test_the_stem_itself_is_tried_first() -> None:
    assert place_names("Meraner")[0] == "Meran"
    assert place_names("Bremer")[:2] == ["Brem", "Bremen"]


def test_too_short_a_town_is_not_tried() -> None:
    assert "Mer" not in place_names("Meraner")
