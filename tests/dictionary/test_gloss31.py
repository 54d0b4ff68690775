"""Session 31 (gloss31): the sub-entry "es gab" of Ding's "geben" line."""

from __future__ import annotations

import pytest

from app.dictionary.objects import es_form_head
from app.dictionary.schema import FS, RS


@pytest.mark.parametrize(
    ("heads", "word", "expected"),
    [
        (f"es gab{FS}{FS}{FS}{FS}", "gab", True),
        (f"es gibt …{FS}{FS}{FS}{FS}", "gibt", True),
        (f"es gab{FS}{FS}{FS}{FS}", "Gab", True),
        (f"es gab{FS}{FS}{FS}{FS}", "gibt", False),
        (f"es für sich behalten{FS}{FS}{FS}{FS}", "behalten", False),
        (f"gab{FS}{FS}{FS}{FS}{RS}es gab{FS}{FS}{FS}{FS}", "gab", False),  # first headword only
        (f"es gab{FS}{FS}{FS}{FS}", "", False),
    ],
)
def test_es_form_head(heads: str, word: str, expected: bool) -> None:
    assert es_form_head(heads, word) is expected
