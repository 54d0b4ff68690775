"""Legal LER dev as gold of ``training.evaluate --legal-dev`` (made-up sentences)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from training import convert
from training.evaluate import read_legal_gold

CONLL = """\
Der O
Bundesgerichtshof B-GRT
hat O
in O
Karlsruhe B-ST
nach O
§ B-GS
823 I-GS
BGB I-GS
entschieden O
. O

Die O
Klägerin O
verklagte O
Herrn O
K. B-PER
. O

Richter B-RR
Hanno I-RR
Weltersbach I-RR
schrieb O
. O
"""


def test_legal_gold_maps_labels_and_leaves_out_anonymised_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ner" / "legal_ler"
    folder.mkdir(parents=True)
    with gzip.open(folder / "ler_dev.conll.gz", "wt", encoding="utf-8") as fh:
        fh.write(CONLL)
    monkeypatch.setattr(convert, "DATA", tmp_path)
    gold = read_legal_gold(10)
    assert len(gold) == 2  # "K." is anonymised: the sentence is left out
    found = {g.text[s:e] + "/" + label for g in gold for s, e, label in g.ents}
    assert found == {"Bundesgerichtshof/ORG", "Karlsruhe/LOC", "Richter Hanno Weltersbach/PER"}
    assert len(read_legal_gold(1)) == 1
