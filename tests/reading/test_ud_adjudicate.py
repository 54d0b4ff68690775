"""The adjudicated UD gold (bench/ud_adjudicate.py, bench/card_grammar_eval.py
--disagreements/--adjudicated): the sample, the blind sheet, scoring with verdicts.
The cards are given by hand (no pipeline), on a small synthetic conllu file."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

import bench.card_grammar_eval as bench
from bench.card_grammar_eval import GoldToken, Seen, Verdicts, read_conllu, score
from bench.ud_adjudicate import (
    NO_VALUE,
    card_first,
    display,
    main,
    make_sheet,
    read_adjudication,
    sample_sentences,
)

ROWS = [
    ("s1", "Das Kind spielt.", [
        ("Das", "DET", "Case=Nom|Gender=Neut|Number=Sing"),
        ("Kind", "NOUN", "Case=Nom|Gender=Masc|Number=Sing"),
        ("spielt", "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        (".", "PUNCT", "_"),
    ]),
    ("s2", "Er ist klug.", [
        ("Er", "PRON", "Case=Nom"),
        ("ist", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        ("klug", "ADJ", "_"),
        (".", "PUNCT", "_"),
    ]),
    ("s3", "Sie sieht Berlin.", [
        ("Sie", "PRON", "Case=Nom"),
        ("sieht", "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        ("Berlin", "PROPN", "Case=Acc|Gender=Neut|Number=Sing"),
        (".", "PUNCT", "_"),
    ]),
]  # fmt: skip

# what the "card" shows for each gold token (NOUN/PROPN/VERB/AUX/ADJ), in order
CARDS: dict[str, tuple[dict[str, tuple[str, ...]], str | None]] = {
    "Kind": ({"Case": ("Nom",), "Gender": ("Neut",), "Number": ("Sing",)}, "das"),  # 2 wrong
    "spielt": ({"Person": ("3",), "Number": ("Sing",), "VerbForm": ("Fin",)}, None),
    "ist": ({}, None),
    "klug": ({"Degree": ("Pos",)}, None),  # UD has no Degree
    "sieht": ({"Tense": ("Pres",)}, None),
    "Berlin": ({"Case": ("Nom", "Dat"), "Gender": ("Fem",)}, None),  # both wrong
}


def _conllu(path: Path, sentences: list[tuple[str, str, list[tuple[str, str, str]]]]) -> Path:
    lines = []
    for sent_id, text, tokens in sentences:
        lines += [f"# sent_id = {sent_id}", f"# text = {text}"]
        for n, (form, upos, feats) in enumerate(tokens, 1):
            lines.append(f"{n}\t{form}\t{form.lower()}\t{upos}\t_\t{feats}\t0\tdep\t_\t_")
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _seen(gold: list[GoldToken]) -> list[Any]:
    return [Seen(i, *CARDS[g.text], "X") for i, g in enumerate(gold)]


@pytest.fixture
def conllu(tmp_path: Path) -> Path:
    return _conllu(tmp_path / "tiny-ud-test.conllu", ROWS)


def test_sample_is_fixed_by_file_and_seed_and_kept_in_file_order(tmp_path: Path) -> None:
    many = [(f"s{n}", "Ja.", [("Ja", "INTJ", "_")]) for n in range(1, 61)]
    path = _conllu(tmp_path / "many.conllu", many)
    first = sample_sentences(path, 10, 20261203)
    assert first == sample_sentences(path, 10, 20261203)
    assert len(set(first)) == 10
    assert first == sorted(first, key=lambda s: int(s[1:]))
    assert first != sample_sentences(path, 10, 1)
    assert sample_sentences(path, 100, 5) == [f"s{n}" for n in range(1, 61)]


def test_sample_does_not_depend_on_the_disagreements(tmp_path: Path, conllu: Path) -> None:
    """The sheet draws the same sentences whatever disagreement files it is given."""
    header = "\t".join(bench.DISAGREEMENT_COLUMNS)
    row = "\t".join([conllu.name, "s1", "2", "Kind", "Gender", "Neut", "Masc", "Das Kind.", "4"])
    (tmp_path / "none.tsv").write_text(header + "\n", encoding="utf-8")
    (tmp_path / "one.tsv").write_text(header + "\n" + row + "\n", encoding="utf-8")
    keys = []
    for name in ("none.tsv", "one.tsv"):
        key = tmp_path / f"key-{name}"
        args = ["sheet", "--sample", "2", "--seed", "3", "--conllu", str(conllu)]
        assert main([*args, "--key", str(key), str(tmp_path / name)]) == 0
        keys.append([line for line in key.read_text().splitlines() if line.startswith("#")])
    assert keys[0] == keys[1]
    assert keys[0][0].split("\t")[-1] == ",".join(sample_sentences(conllu, 2, 3))


def test_option_order_is_drawn_per_row_from_the_seed() -> None:
    rows = [("f", f"s{n}", "1", "Case") for n in range(400)]
    firsts = [card_first(7, *r) for r in rows]
    assert firsts == [card_first(7, *r) for r in rows]
    assert 150 < sum(firsts) < 250
    assert firsts != [card_first(8, *r) for r in rows]


def test_sheet_is_blind_and_the_key_unblinds_it() -> None:
    dis = [
        {"file": "f", "sent_id": "s2", "token_id": "3", "word": "klug", "feature": "Degree",
         "card": "Pos", "ud": "-", "sentence": "Er ist klug.", "start": "7"},
        {"file": "f", "sent_id": "s1", "token_id": "2", "word": "Kind", "feature": "Case",
         "card": "Acc,Dat", "ud": "Nom", "sentence": "Das Kind spielt.", "start": "4"},
        {"file": "f", "sent_id": "s9", "token_id": "1", "word": "Haus", "feature": "article",
         "card": "der/das", "ud": "das", "sentence": "Haus.", "start": "0"},
    ]  # fmt: skip
    sheet, key = make_sheet(dis, {"f": ["s1", "s2"]}, 11)  # s9 is not in the sample
    assert [r["word"] for r in sheet] == ["Kind", "klug"]  # file order of the sentences
    assert sheet[0]["sentence"] == "Das ⟦Kind⟧ spielt."
    assert "card" not in sheet[0] and sheet[0]["verdict"] == ""
    for row, k in zip(sheet, key, strict=True):
        assert row["id"] == k["id"]
        card = row[k["card_is"]]
        ud = row["B" if k["card_is"] == "A" else "A"]
        assert (card, ud) == (display(k["card"]), display(k["ud"]))
    assert {sheet[0]["A"], sheet[0]["B"]} == {"Acc or Dat", "Nom"}
    assert NO_VALUE in (sheet[1]["A"], sheet[1]["B"])
    assert display("der/das") == "der or das"


def test_disagreements_are_the_wrong_values_not_the_missing_ones(conllu: Path) -> None:
    _, gold = read_conllu(conllu)
    tally = score(gold, _seen(gold))
    got = {(d.sent_id, d.token_id, d.feature, d.card, d.gold) for d in tally.disagreements}
    assert got == {
        ("s1", "2", "Gender", "Neut", "Masc"),
        ("s1", "2", "article", "das", "der"),
        ("s2", "3", "Degree", "Pos", "-"),
        ("s3", "3", "Case", "Nom,Dat", "Acc"),
        ("s3", "3", "Gender", "Fem", "Neut"),
    }
    kind = next(d for d in tally.disagreements if d.word == "Kind")
    assert kind.sentence[kind.start : kind.start + 4] == "Kind"


def _verdicts(**by_feature: str) -> Verdicts:
    """Verdicts for the disagreements above, by "<word>_<feature>"."""
    keys = {
        "Kind_Gender": (("s1", "2", "Gender"), ("Neut", "Masc")),
        "Kind_article": (("s1", "2", "article"), ("das", "der")),
        "klug_Degree": (("s2", "3", "Degree"), ("Pos", "-")),
        "Berlin_Case": (("s3", "3", "Case"), ("Nom,Dat", "Acc")),
        "Berlin_Gender": (("s3", "3", "Gender"), ("Fem", "Neut")),
    }
    return {keys[k][0]: (*keys[k][1], v) for k, v in by_feature.items()}


def test_scoring_with_verdicts(conllu: Path) -> None:
    _, gold = read_conllu(conllu)
    seen = _seen(gold)
    raw = score(gold, seen)
    # Kind 3 shown, spielt 3, klug 1, sieht 1, Berlin 2: 10 shown, 4 wrong
    assert (raw.shown, raw.shown_right) == (10, 6)
    # needed: Kind 3, spielt 5, ist 5, sieht 5, Berlin 2 (a name's gender is not needed)
    assert (raw.needed, raw.needed_shown) == (20, 6)
    assert (raw.articles, raw.articles_right) == (1, 0)
    judged = score(
        gold, seen, verdicts=_verdicts(
            Kind_Gender="card", Kind_article="card", klug_Degree="card",
            Berlin_Case="both", Berlin_Gender="card",
        ),
    )  # fmt: skip
    assert (judged.shown, judged.shown_right) == (10, 10)
    # klug's Degree becomes needed and is shown; Kind's Gender is now shown right;
    # Berlin's two cases are right but not exactly shown; its gender stays not needed
    assert (judged.needed, judged.needed_shown) == (21, 8)
    assert (judged.articles, judged.articles_right) == (1, 1)
    assert judged.verdicts == {"card": 4, "both": 1} and judged.unjudged == 0
    other = score(
        gold, seen, verdicts=_verdicts(
            Kind_Gender="gold", Kind_article="neither", klug_Degree="neither",
            Berlin_Case="gold",
        ),
    )  # fmt: skip
    assert (other.shown_right, other.needed, other.needed_shown) == (6, 21, 6)
    assert other.articles_right == 0
    assert other.unjudged == 1  # Berlin's gender has no verdict: counted as raw


def test_a_verdict_on_another_card_value_is_not_applied(conllu: Path) -> None:
    _, gold = read_conllu(conllu)
    stale = {("s1", "2", "Gender"): ("Fem", "Masc", "card")}  # the card said Fem then
    tally = score(gold, _seen(gold), verdicts=stale)
    assert tally.shown_right == 6 and tally.unjudged == 5 and not tally.verdicts


def test_only_the_sampled_sentences_are_counted(conllu: Path) -> None:
    _, gold = read_conllu(conllu)
    tally = score(gold, _seen(gold), only={"s2"})
    assert (tally.tokens, tally.shown, tally.needed) == (2, 1, 5)


def test_sheet_and_apply_round_trip(
    tmp_path: Path,
    conllu: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(bench, "read_cards", lambda text, gold, old, strict: _seen(gold))
    dis = tmp_path / "dis.tsv"
    assert bench.main(["--conllu", str(conllu), "--disagreements", str(dis)]) == 0
    assert len(dis.read_text(encoding="utf-8").splitlines()) == 6
    blind, key = tmp_path / "blind.tsv", tmp_path / "key.tsv"
    args = ["sheet", "--sample", "5", "--seed", "1", "--conllu", str(conllu), "--key", str(key)]
    capsys.readouterr()
    assert main([*args, str(dis)]) == 0
    blind.write_text(capsys.readouterr().out, encoding="utf-8")
    # the judge: every row to the card's option (the test reads the key to play it)
    card_is = {
        line.split("\t")[0]: line.split("\t")[6]
        for line in key.read_text(encoding="utf-8").splitlines()[2:]
    }
    with blind.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        row["verdict"] = card_is[row["id"]]
    with (tmp_path / "judged.tsv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, rows[0].keys(), delimiter="\t", quoting=csv.QUOTE_NONE)
        writer.writeheader()
        writer.writerows(rows)
    adjudication = read_adjudication(tmp_path / "judged.tsv", key)
    assert set(adjudication[conllu.name][1].values()) == {
        ("Neut", "Masc", "card"), ("das", "der", "card"), ("Pos", "-", "card"),
        ("Nom,Dat", "Acc", "card"), ("Fem", "Neut", "card"),
    }  # fmt: skip
    capsys.readouterr()
    judged = ["apply", str(tmp_path / "judged.tsv"), str(key), "--conllu", str(conllu)]
    assert main([*judged, "--json"]) == 0
    sample = json.loads(capsys.readouterr().out.splitlines()[-1])[-1]
    assert sample["raw"]["shown_right"] == 6 and sample["adjudicated"]["shown_right"] == 10
    assert sample["adjudicated"]["needed"] == 21 and sample["verdicts"] == {"card": 5}
    (tmp_path / "bad.tsv").write_text("id\tverdict\n0001\tyes\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        read_adjudication(tmp_path / "bad.tsv", key)
