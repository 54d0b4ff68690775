"""Token records of a near-miss fixture (one paragraph per sentence) read as one document,
as the window reads it, and the record of a word in a paragraph (the session tests of
card rules share these)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from app.analysis import analyze

FIXTURES = Path(__file__).parents[1] / "fixtures"


@functools.cache
def paragraph_records(path: Path) -> tuple[tuple[str, tuple[dict[str, Any], ...]], ...]:
    """(paragraph, its ``analyze --json --tokens`` records) for every paragraph of the
    fixture at ``path``."""
    from app.cli.render import token_records

    text = path.read_text(encoding="utf-8")
    records = tuple(token_records(analyze(text)))
    out = []
    pos = 0
    for paragraph in text.split("\n\n"):
        start = text.index(paragraph, pos)
        pos = start + len(paragraph)
        out.append((paragraph.strip(), tuple(r for r in records if start <= r["start"] < pos)))
    return tuple(out)


def record_of(path: Path, sentence: str, word: str) -> dict[str, Any]:
    """The record of ``word`` in the paragraph of ``path`` that opens with ``sentence``."""
    for paragraph, records in paragraph_records(path):
        if paragraph.startswith(sentence):
            return next(r for r in records if r["text"] == word)
    raise AssertionError(f"not in the fixture: {sentence}")
