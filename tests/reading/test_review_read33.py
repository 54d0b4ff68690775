"""read33: shared definitions left after the session-33 merges."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from app.core.results import Entity
from app.dictionary.correlatives import SECOND_PARTS
from app.lexicon.words import ATTRIBUTIVE_ENDINGS
from app.reading import cards, lookups

APP = Path(__file__).resolve().parents[2] / "app"


def _index(*names: str) -> Any:
    entities = [Entity(0, 1, "PER", name) for name in names]
    return SimpleNamespace(analysis=SimpleNamespace(entities=entities))


def test_je_second_parts_are_the_correlatives_own() -> None:
    # the reading layer marks "desto/umso" after "je" by the same set the dictionary reads
    assert lookups._TWO_PART_CONJUNCTIONS["je"] is SECOND_PARTS


def test_surnames_and_first_names_come_from_one_pass() -> None:
    first = _index("Anna Wieting", "Holger Brenneisen")
    assert cards._surnames(first) == {"Wieting", "Brenneisen"}
    assert cards._first_names(first) == {"Anna", "Holger"}
    second = _index("Anna Wieting")
    # the first names asked first of a new text are that text's, not the last text's
    assert cards._first_names(second) == {"Anna"}
    assert cards._surnames(second) == {"Wieting"}
    assert cards._first_names(first) == {"Anna", "Holger"}


def test_first_names_only_of_names_with_a_surname() -> None:
    index = _index("Anna", "Wieting", "Olaf Scholz", "Haus Wieting")
    assert cards._first_names(index) == {"Olaf"}
    assert cards._surnames(index) == {"Scholz", "Wieting"}


def test_attributive_endings_defined_once() -> None:
    literal = re.compile(r'\(\s*"e",\s*"en",\s*"em",\s*"er",\s*"es"\s*\)')
    places = [
        path.relative_to(APP).as_posix()
        for path in APP.rglob("*.py")
        if literal.search(path.read_text(encoding="utf-8"))
    ]
    assert places == ["lexicon/words.py"]
    assert ATTRIBUTIVE_ENDINGS == ("e", "en", "em", "er", "es")


def test_wer_clause_subject_commas() -> None:
    from app.morphology.clause import _free_relative_subject

    # "Wer heute vorangeht , zahlt": no comma inside the "wer" clause
    texts = ["Wer", "heute", "vorangeht", ",", "zahlt", "Lehrgeld", "."]
    tags = ["PRON", "ADV", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"]
    ids = [0] * len(texts)
    assert _free_relative_subject(texts, tags, ids, 4, 4)
    # "Wer vorangeht , zahlt Lehrgeld , hat": the comma before another verb-first clause
    texts = ["Wer", "vorangeht", ",", "zahlt", "Lehrgeld", ",", "hat", "Vorteile", "."]
    tags = ["PRON", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT", "AUX", "NOUN", "PUNCT"]
    ids = [0] * len(texts)
    assert _free_relative_subject(texts, tags, ids, 6, 6)
    # a comma before a noun between: no longer the "wer" clause
    texts = ["Wer", "vorangeht", ",", "Anna", ",", "hat", "Vorteile", "."]
    tags = ["PRON", "VERB", "PUNCT", "PROPN", "PUNCT", "AUX", "NOUN", "PUNCT"]
    ids = [0] * len(texts)
    assert not _free_relative_subject(texts, tags, ids, 5, 5)
