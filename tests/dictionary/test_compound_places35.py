"""Session 35 (compounds35): the head's word after a place's name, from Ding's compounds
of the head with places or general nouns of places (:func:`app.dictionary.heads.place_word`),
and the smaller margin of a head Ding's compounds read two ways."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.dictionary import heads


def _places(name: str) -> bool:
    return name in {"Panama", "Suez", "Mittelland"}


def test_place_word_from_compounds_of_places() -> None:
    assert heads.place_word("Kreis", _places) == "district"  # Landkreis, Stadtkreis
    assert heads.place_word("Kanal", _places) == "canal"  # Panamakanal, Mittellandkanal
    assert heads.place_word("Unbekanntwort", _places) is None


def test_a_balanced_head_takes_the_smaller_margin() -> None:
    # "-leitung": line and management both many; hospital's class is management's
    assert heads.neighbour_word("Klinik", "Leitung", "line") == "management"
    # a material keeps the line
    assert heads.neighbour_word("Kupfer", "Leitung", "line") is None


@given(st.text(max_size=12), st.text(max_size=12))
def test_place_word_never_raises(head: str, other: str) -> None:
    heads.place_word(head, lambda name: name == other)
