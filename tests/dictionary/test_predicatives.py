"""The state headwords ("auf jdn./etw. angewiesen sein") are read once per database."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from app.dictionary.predicatives import PredicativeFrames
from app.dictionary.store import Store

_ALT, _FIELD = "\x1e", "\x1f"


class _Entries:
    """A stand-in for the store: one made-up state headword, and how often it was read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.scans = 0

    def entries_with_head_word(self, word: str) -> list[tuple[int, str, str]]:
        self.scans += 1
        heads = f"auf jdn./etw. angewiesen {word}{_FIELD}"
        glosses = f"to be dependent on sb./sth.{_FIELD}{_ALT}to rely on sb./sth.{_FIELD}"
        return [(1, heads, glosses)]


def test_a_fresh_instance_reuses_the_warmed_index(tmp_path: Path) -> None:
    store = _Entries(tmp_path / "made-up.sqlite")
    PredicativeFrames(cast(Store, store)).warm()
    fresh = PredicativeFrames(cast(Store, store))
    info = fresh.info("angewiesen", "angewiesen", "auf", "")
    assert info is not None and info.glosses[0] == "to be dependent on sb./sth."
    assert store.scans == 1  # the hover of the fresh instance read no table
    # counterexample: another preposition is no state of this headword
    assert fresh.info("angewiesen", "angewiesen", "von", "") is None
