"""Errors sorted by GermEval's raw categories (training/germeval_errors.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from training import germeval_errors as ge
from training.convert import bio_spans

TSV = """\
#\thttp://example.org/a\t[2010-01-01]
1\tDie\tO\tO
2\tEU-Kommission\tB-ORGpart\tO
3\tlobte\tO\tO
4\tden\tO\tO
5\tFilm\tO\tO
6\tQuendlo\tB-OTH\tB-LOC
7\tNights\tI-OTH\tO
8\tvon\tO\tO
9\tMara\tB-PER\tO
10\tTelvik\tI-PER\tO
11\t.\tO\tO

#\thttp://example.org/b\t[2010-01-01]
1\tIn\tO\tO
2\tTarvessa\tB-LOC\tO
"""


def test_raw_tags_and_spans_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "dev.tsv"
    path.write_text(TSV, encoding="utf-8")
    sents = ge.read_raw(path)
    assert [s.group for s in sents] == ["http://example.org/a", "http://example.org/b"]
    first = sents[0]
    assert bio_spans(first.outer) == [(1, 2, "ORGpart"), (5, 7, "OTH"), (8, 10, "PER")]
    assert bio_spans(first.nested) == [(5, 6, "LOC")]


def test_errors_are_sorted_by_the_gold_category() -> None:
    gold = {(0, 5, "PER")}
    conv = {(10, 20, "ORGpart"), (30, 45, "OTH")}
    conv_map = {(s, e): raw for s, e, raw in conv}
    nested = {(30, 37): "LOC"}
    assert ge.classify((10, 20, "ORG"), gold, conv_map, nested) == "conv:ORGpart"
    assert ge.classify((30, 37, "LOC"), gold, conv_map, nested) == "nested:LOC"
    assert ge.classify((38, 45, "ORG"), gold, conv_map, nested) == "inside:OTH"
    assert ge.classify((0, 5, "LOC"), gold, conv_map, nested) == "label:PER"
    assert ge.classify((0, 3, "PER"), gold, conv_map, nested) == "boundary"
    assert ge.classify((50, 55, "ORG"), gold, conv_map, nested) == "spurious"


def test_the_held_out_part_is_refused() -> None:
    with pytest.raises(ValueError):
        ge.part_sentences("heldout")
