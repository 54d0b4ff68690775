"""Session 35 (rev_compounds35): a common noun by Ding's compounds
(:func:`app.dictionary.heads.common_modifier`) and the neighbour table's shared sets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.dictionary import heads


def test_a_productive_or_building_modifier_is_a_common_noun() -> None:
    assert heads.common_modifier("Regen")  # Regenjacke, Regenschirm, ...
    assert heads.common_modifier("Kur")  # Kurhaus, Kurort, Kurpark
    assert not heads.common_modifier("Harz")  # Harzkäse, Harzklee: few
    assert not heads.common_modifier("Lahn")
    assert not heads.common_modifier("Mosel")  # Moseltal, Moselwein: a name's compounds


def test_equal_head_sets_are_one_object() -> None:
    table = heads._load_neighbours()
    by_value: dict[frozenset[str], frozenset[str]] = {}
    for found in table.combines.values():
        assert by_value.setdefault(found, found) is found


@given(st.text(max_size=12))
def test_common_modifier_never_raises(word: str) -> None:
    heads.common_modifier(word)
