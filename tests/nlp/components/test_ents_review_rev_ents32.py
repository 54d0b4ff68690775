"""The rev_ents32 review sentences end to end (``tests/fixtures/ents_review_rev_ents32.tsv``).

Each row gives the entities a reader should see; a row whose third column lists the wrong
colours still shown ("left: ...") is a known error. Every other row may miss entities
but must show no entity that is not expected (a wrong colour is worse than none).
"""

from __future__ import annotations

from functools import cache

import pytest

from app.analysis import Analysis, analyze
from tests.helpers import REPO

FIXTURE = REPO / "tests" / "fixtures" / "ents_review_rev_ents32.tsv"


def _rows() -> list[tuple[str, set[tuple[str, str]], str]]:
    rows = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        sentence, expected, left = [*line.split("\t"), "", ""][:3]
        want = {(x.split(":", 1)[0], x.split(":", 1)[1]) for x in expected.split("|") if x}
        rows.append((sentence, want, left))
    return rows


ROWS = _rows()


@cache
def _analysis() -> tuple[str, Analysis]:
    text = "\n\n".join(sentence for sentence, _, _ in ROWS)
    return text, analyze(text)


def test_at_least_sixty_sentences() -> None:
    assert len(ROWS) >= 60


@pytest.mark.parametrize(("sentence", "want"), [(s, w) for s, w, left in ROWS if not left])
def test_no_wrong_colour_shown(sentence: str, want: set[tuple[str, str]]) -> None:
    text, analysis = _analysis()
    start = text.index(sentence)
    end = start + len(sentence)
    shown = {(e.label, e.text) for e in analysis.entities if start <= e.start and e.end <= end}
    assert shown <= want
