"""The evaluation script of bench/quotes_eval.py: matching and name normalising."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.quotes_eval import evaluate, gold_spans, lenient, match, normalise


def test_normalise_drops_case_articles_and_punctuation() -> None:
    assert normalise("Der Sprecher der Polizei") == normalise("sprecher polizei")
    assert normalise("ein US-Geheimdienstmitarbeiter") == "us-geheimdienstmitarbeiter"
    assert normalise(None) is None
    genitive = lenient("des südkoreanischen Geheimdienstes")
    assert genitive == lenient("der südkoreanische Geheimdienst")


def test_spans_overlapping_by_half_of_the_longer_match_one_to_one() -> None:
    gold = [(0, 100), (200, 260), None]
    found = [(10, 100), (0, 20), (230, 300)]
    # (10, 100) covers 90 of 100; (230, 300) overlaps 30 of 70: too little
    assert match(gold, found) == [(0, 0)]


def test_gold_text_is_found_in_order() -> None:
    text = "„Ja“, sagte er. „Ja“, sagte sie."
    spans = gold_spans(text, [{"text": "Ja"}, {"text": "Ja"}, {"text": "Nein"}])
    assert spans == [(1, 3), (17, 19), None]


def test_evaluate_on_a_tiny_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = [
        {
            "id": "t1",
            "text": "„Wir sind bereit“, sagte Ministerin Eva Roth. Das Wetter ist gut.",
            "quotes": [{"text": "Wir sind bereit", "kind": "direct", "speaker": "Eva Roth"}],
            "people": ["Eva Roth"],
        }
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = evaluate(path, None, verbose=True)
    assert result["recall"] == 1.0 and result["precision"] == 1.0
    assert result["speaker"] == 1.0 and result["kind"] == 1.0
