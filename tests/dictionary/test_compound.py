"""Compound splitting, the last step of the chain, on the small database."""

from __future__ import annotations

from app.dictionary import Dictionary
from app.dictionary.compound import Piece, compound_info, split_closed, split_hyphenated


def test_compound_with_linking_element(small: Dictionary) -> None:
    info = small.lookup("Waffentests")
    assert info.match == "compound"
    assert [(p.text, p.lemma) for p in info.compound] == [("Waffen", "Waffe"), ("tests", "Test")]
    assert info.compound[1].glosses[0] == "test"
    assert (info.lemma, info.gender, info.article) == ("Waffentest", "m", "der")
    assert info.plural == "Waffentests"
    assert info.glosses == ("weapon + test",)


def test_compound_head_by_its_plural_form(small: Dictionary) -> None:
    info = small.lookup("Stahlimporte", lemma="Stahlimport")
    assert [p.lemma for p in info.compound] == ["Stahl", "Import"]
    assert info.compound[0].glosses[0] == "steel"
    assert info.lemma == "Stahlimport"


def test_hyphenated_compound(small: Dictionary) -> None:
    info = small.lookup("Raketen-Tests")
    assert [(p.text, p.lemma) for p in info.compound] == [("Raketen", "Rakete"), ("Tests", "Test")]
    assert info.compound[0].glosses[0].startswith("rocket")
    assert info.lemma == "Raketen-Test"
    assert info.article == "der"


def test_nothing_found(small: Dictionary) -> None:
    info = small.lookup("Qwxyzbrmpf", lemma="Qwxyzbrmpf", pos="NOUN", morph="Case=Nom")
    assert info.glosses == () and info.compound == ()
    assert info.match == ""
    assert info.word == "Qwxyzbrmpf"


def test_split_closed_and_hyphenated_directly(small: Dictionary) -> None:
    lookup = small._lookup
    assert lookup is not None
    pieces = split_closed(lookup, "Waffentests")
    assert pieces is not None and [p.text for p in pieces] == ["Waffen", "tests"]
    assert all(isinstance(p, Piece) for p in pieces)
    assert split_closed(lookup, "Haus") is None  # too short to split
    assert split_hyphenated(lookup, "Stahl") is None  # no hyphen
    info = compound_info(lookup, "Stahlimporte", "Stahlimporte", "Stahlimport", "", "")
    assert info is not None and info.match == "compound" and info.lemma == "Stahlimport"
    assert compound_info(lookup, "Xyzzyqwv", "Xyzzyqwv", None, "", "") is None


def test_hyphenated_prefix_translated(small: Dictionary) -> None:
    # a productive first part before a hyphen stands for an English word or prefix
    info = small.lookup("Bio-Tests")
    assert info.match == "compound"
    assert info.glosses[0].startswith("organic + test")
    assert info.lemma == "Bio-Test"
    info = small.lookup("E-Raketen")
    assert info.glosses[0].startswith("e- + rocket")
    lookup = small._lookup
    assert lookup is not None
    pieces = split_hyphenated(lookup, "Multi-Tests")
    assert pieces is not None and pieces[0] == "Multi"  # the prefix, not a clipped noun
