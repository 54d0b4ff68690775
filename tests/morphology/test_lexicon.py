"""The bundled morphology tables: loading, look-ups, damaged files."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.morphology import lexicon
from app.morphology.lexicon import SortedLines


def test_tables_load_without_problems() -> None:
    assert lexicon.problems() == ()
    assert len(lexicon.tables().nouns) > 80_000
    assert len(lexicon.tables().verbs) > 9_000


def test_noun_entries() -> None:
    (krieg,) = lexicon.noun_entries("Krieg")
    assert krieg.genders == "m"
    assert krieg.cells_of("Krieges") == (("Gen", "Sing"),)
    assert krieg.plural() == "Kriege"
    (beamte,) = lexicon.noun_entries("Beamte")
    assert beamte.adjectival and beamte.genders == "m"
    assert lexicon.noun_entries("Xyzzy") == ()
    assert lexicon.noun_exception_lemmas("Fachleute") == ("Fachmann",)


def test_verb_entries() -> None:
    entry = lexicon.verb_entry("ankündigen")
    assert entry is not None and entry.particle == "an"
    assert "kündigte" in entry.forms and "gekündigt" in entry.forms
    sein = lexicon.verb_entry("sein")
    assert sein is not None and sein.forms[:3] == ("bin", "bist", "ist")


def test_adjectives() -> None:
    assert lexicon.adjective_comparison("gelassen") == ("", "")
    assert lexicon.adjective_comparison("gut") == ("besser", "best")
    assert lexicon.adjective_comparison("Haus") is None
    assert lexicon.irregular_comparison_base("älter") == ("alt", "Cmp")


@given(
    st.dictionaries(
        st.text(alphabet="abcäöüßxyz", min_size=1, max_size=8),
        st.text(alphabet="01|,", max_size=6),
        max_size=60,
    )
)
def test_sorted_lines_find_every_key(entries: dict[str, str]) -> None:
    keys = sorted(entries)
    table = SortedLines("".join(f"{k}\t{entries[k]}\n" for k in keys).encode("utf-8"))
    for key in keys:
        assert table.values(key) == [entries[key]]
    assert table.values("Zz") == [] or "Zz" in entries


def test_sorted_lines_keep_repeated_keys_in_order() -> None:
    table = SortedLines(b"Band\tn\nBand\tm\nBande\tf\n")
    assert table.values("Band") == ["n", "m"]
    assert table.values("Ban") == []


def test_a_damaged_table_gives_empty_tables_and_a_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / lexicon.NOUN_FILE).write_bytes(b"not gzip")
    monkeypatch.setattr(lexicon, "resources_dir", lambda: tmp_path)
    tables = lexicon._load()
    assert len(tables.nouns) == 0 and not tables.verbs
    assert any(lexicon.NOUN_FILE in p for p in tables.problems)


def test_table_files_are_small(repo_root: Path) -> None:
    for name in (lexicon.NOUN_FILE, lexicon.VERB_FILE, lexicon.ADJECTIVE_FILE):
        path = repo_root / "resources" / "lexicon" / name
        assert path.stat().st_size < 3_000_000
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            assert fh.readline().startswith("#")
