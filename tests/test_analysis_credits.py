"""Byline authors are credits, never people of the story, on every web page fixture
(app.analysis with ``Document.meta.credits``, as the window and the CLI call it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.analysis import analyze
from app.document import load_document

WEB = Path(__file__).parent / "fixtures" / "web"


def _same_person(name: str, credit: str) -> bool:
    return name.casefold() == credit.casefold() or name.split()[-1] == credit.split()[-1]


@pytest.mark.parametrize("page", sorted(WEB.glob("*.html")), ids=lambda p: p.name)
def test_no_byline_author_is_a_story_person(page: Path) -> None:
    document = load_document(page)
    analysis = analyze(document.text, credits=document.meta.credits)
    story = [p.name for p in analysis.people if not p.credit]
    for credit in document.meta.credits:
        assert not [n for n in story if _same_person(n, credit)], (credit, story)
    # A byline author the text names anyway (a photo by the author) is listed as a credit.
    named = [c for c in document.meta.credits if c in document.text]
    credited = [p.name for p in analysis.people if p.credit]
    for credit in named:
        if any(credit in n or n in credit for n in (p.name for p in analysis.people)):
            assert any(_same_person(n, credit) for n in credited), (credit, credited)
