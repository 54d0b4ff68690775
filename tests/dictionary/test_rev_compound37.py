"""Session 37 (rev_compound37): a verb stem's sense from Ding's own compounds of it."""

from __future__ import annotations

import pytest

from app.dictionary import Dictionary
from app.dictionary.compound import compound_info
from app.dictionary.lookup import Lookup


@pytest.fixture(scope="module")
def lookup(installed: Dictionary) -> Lookup:
    assert installed._lookup is not None
    return installed._lookup


def _first(lookup: Lookup, word: str) -> str:
    info = compound_info(lookup, word, word, word, "NOUN", "")
    assert info is not None and info.compound[0].glosses
    return info.compound[0].glosses[0]


def test_a_stem_takes_the_verb_sense_its_compounds_use(lookup: Lookup) -> None:
    # Ding's first line of "schmieren" opens with "to square sb." (to bribe); its
    # compounds say "lubricating grease", "grease gun": not "squaring + system"
    assert _first(lookup, "Schmiersystem") != "squaring"
    # "kodieren: to encrypt sth." first, its compounds "coding ..."
    assert _first(lookup, "Kodierformat") == "coding"
    # "plombieren: to fill" (a tooth) first, its compounds "sealing ..."
    assert _first(lookup, "Plombierzange") == "sealing"


def test_a_stem_whose_first_sense_its_compounds_use_keeps_it(lookup: Lookup) -> None:
    assert _first(lookup, "Backblech") == "baking"
    assert _first(lookup, "Braumeister") == "brewing"
    assert _first(lookup, "Kautablette") == "chewing"


def test_starting_words_are_longer_headwords(lookup: Lookup) -> None:
    found = dict(lookup.starting_words("schmier"))
    assert "schmierfett" in found and "lubricating" in found["schmierfett"]
    assert "schmieren" not in found  # the verb itself: 2 letters more, no head after it
    assert all(key.startswith("schmier") for key in found)
