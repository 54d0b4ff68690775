"""The edit codes of the morphology tables read back exactly what was written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.morphology.codec import decode, encode

letters = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßAÄUÜ-", min_size=0, max_size=20)


@given(letters, letters)
def test_roundtrip(base: str, form: str) -> None:
    assert decode(base, encode(base, form)) == form


def test_examples() -> None:
    assert encode("Krieg", "Krieges") == "es"
    assert encode("Hand", "Händen") == "3änden"
    assert encode("Haus", "Haus") == ""
    assert decode("Museum", encode("Museum", "Museen")) == "Museen"
