"""bench.grammar_judge: the judged grammar sheet round-trips and scores what the cards show."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bench import grammar_judge


def _judge_all(sheet: Path, verdict: str) -> None:
    with sheet.open(encoding="utf-8") as handle:
        records = list(csv.DictReader(handle, delimiter="\t"))
    for record in records:
        record["wrong"] = verdict
    with sheet.open("w", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, grammar_judge.COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)


def test_dump_and_score(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "t.txt"
    text.write_text("Die Richterin verurteilte den Mann zu drei Jahren Haft.\n", encoding="utf-8")
    grammar_judge.main(["dump", str(text)])
    sheet = tmp_path / "sheet.tsv"
    sheet.write_text(capsys.readouterr().out, encoding="utf-8")
    rows = list(csv.DictReader(sheet.open(encoding="utf-8"), delimiter="\t"))
    words = [r["word"] for r in rows]
    assert "Richterin" in words and "verurteilte" in words
    assert all(r["wrong"] == "" for r in rows)
    _judge_all(sheet, "-")
    grammar_judge.main(["score", str(sheet), str(text)])
    out = capsys.readouterr().out
    assert "shown features right: 1.000" in out
    assert "article right: 1.000" in out
    _judge_all(sheet, "lemma")
    grammar_judge.main(["score", str(sheet), str(text), "--wrong"])
    out = capsys.readouterr().out
    assert f"lemma right: 0.000 (0/{len(rows)})" in out
    assert "| Richterin |" in out


def test_verdicts_must_be_known_facts() -> None:
    record = {"file": "f", "token": "1", "wrong": "Case, plural"}
    assert grammar_judge.flagged(record) == {"Case", "plural"}
    with pytest.raises(ValueError):
        grammar_judge.flagged({**record, "wrong": "Kasus"})
    with pytest.raises(ValueError):
        grammar_judge.flagged({**record, "wrong": " "})
