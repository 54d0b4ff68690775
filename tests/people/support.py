"""Test support: analysis data for :func:`app.people.extract_people` without a trained model.

Tokens and sentences come from spaCy's blank German tokenizer and sentencizer (what
every Leselupe pipeline uses); PER entities are given by the test, so each test
decides what the "NER" said, independent of any model.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import spacy

from app.core.results import Entity, Person, Sentence
from app.core.tokens import Token
from app.people import extract_people
from app.people.view import TokenView
from bench.review_fixtures import Expected, review_blocks
from bench.review_fixtures import age_blocks as age_blocks  # re-exported: tests import it here


@functools.cache
def _nlp() -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def analysis_data(
    text: str, per: Iterable[str] = (), other: Iterable[tuple[str, str]] = ()
) -> tuple[tuple[Token, ...], tuple[Sentence, ...], tuple[Entity, ...]]:
    """Tokens, sentences and entities of ``text``.

    ``per``: substrings the "NER" marks as PER (every occurrence); ``other``:
    (substring, label) pairs for LOC/ORG/MISC.
    """
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            doc = _nlp()(line)
            for sent in doc.sents:
                words = [t for t in sent if not t.is_space]
                if not words:
                    continue
                index = len(sentences)
                first, last = words[0], words[-1]
                sentences.append(Sentence(offset + first.idx, offset + last.idx + len(last)))
                for t in words:
                    start = offset + t.idx
                    tokens.append(Token(start, start + len(t), t.text, t.text, "", "", index))
        offset += len(line) + 1
    entities: list[Entity] = []
    for label_text, label in [(p, "PER") for p in per] + list(other):
        start = text.find(label_text)
        while start >= 0:
            entities.append(Entity(start, start + len(label_text), label, label_text))
            start = text.find(label_text, start + 1)
    entities.sort(key=lambda e: e.start)
    return tuple(tokens), tuple(sentences), tuple(entities)


def people(
    text: str, per: Iterable[str] = (), other: Iterable[tuple[str, str]] = ()
) -> list[Person]:
    tokens, sentences, entities = analysis_data(text, per, other)
    return list(extract_people(text, tokens, sentences, entities))


def by_name(
    text: str, per: Iterable[str] = (), other: Iterable[tuple[str, str]] = ()
) -> dict[str, Person]:
    """Story people (no credits) by name."""
    return {p.name: p for p in people(text, per, other) if not p.credit}


def mention_texts(text: str, person: Person) -> list[str]:
    return [text[s:e] for s, e in person.mentions]


def view(text: str, per: Iterable[str] = (), other: Iterable[tuple[str, str]] = ()) -> TokenView:
    """The token view the extractor reads, for tests of its single steps."""
    tokens, _sentences, entities = analysis_data(text, per, other)
    return TokenView(text, tokens, entities)


def index(doc: TokenView, word: str, nth: int = 0) -> int:
    """The token index of the ``nth`` occurrence of ``word``."""
    return [i for i, w in enumerate(doc.words) if w == word][nth]


def assert_review_block(text: str, expected: Expected) -> None:
    """Every person found in ``text`` (with the expected names as PER) has exactly the
    expected age and roles; a person not listed has none."""
    found = by_name(text, per=list(expected))
    for name, person in found.items():
        age, roles = expected.get(name, (None, []))
        assert person.age == age, (name, person.age)
        assert list(person.roles) == roles, (name, list(person.roles))


def review_cases(fixture: Path) -> tuple[list[Any], list[str]]:
    """Parameters ("text", "expected") and ids for a parametrized test of the blocks of
    ``fixture``; a "# wrong" block is a strict xfail."""
    blocks = review_blocks(fixture)
    cases = [
        pytest.param(t, e, marks=pytest.mark.xfail(strict=True)) if wrong else (t, e)
        for t, e, wrong in blocks
    ]
    return cases, [b[0][:50] for b in blocks]
