"""The plain results of a lookup."""

from __future__ import annotations

import dataclasses

import pytest

from app.dictionary import ARTICLE_OF_GENDER, CompoundPart, Gloss, WordInfo
from app.dictionary.model import SOURCE_NAME


def test_word_info_defaults_and_immutability() -> None:
    info = WordInfo(word="Haus", lemma="Haus")
    assert info.source == SOURCE_NAME and info.glosses == () and info.match == ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.lemma = "x"  # type: ignore[misc]
    assert info == WordInfo(word="Haus", lemma="Haus", extra={"ignored": "in equality"})


def test_parts_and_articles() -> None:
    part = CompoundPart("Waffen", "Waffe", ("weapon",))
    assert WordInfo("Waffenlieferung", "Waffenlieferung", compound=(part,)).compound[0] is part
    assert Gloss("house").labels == "" and Gloss("house").note == ""
    assert ARTICLE_OF_GENDER == {"m": "der", "f": "die", "n": "das", "pl": "die"}
