"""An adjudicated UD gold: a blind judge decides every disagreement between the
word card and UD German on a fixed random sample of test sentences.

Usage::

    python -m bench.card_grammar_eval --conllu GSD --conllu PUD --disagreements dis.tsv
    python -m bench.ud_adjudicate sheet --sample 250 --seed 20261203 \\
        --conllu GSD --conllu PUD --key key.tsv dis.tsv > blind.tsv
    # a judge fills the verdict column of blind.tsv (A, B, both, neither)
    python -m bench.ud_adjudicate apply judged.tsv key.tsv --conllu GSD --conllu PUD
    # (the same as: python -m bench.card_grammar_eval --conllu GSD --conllu PUD
    #               --adjudicated judged.tsv key.tsv)

``sheet`` draws N sentences of each conllu file (sent_ids from the file itself,
``random.Random(f"{seed}:{file name}")``, so the sample does not depend on where
the disagreements are nor on the other files), keeps the disagreements
(``card_grammar_eval --disagreements``) of those sentences, and writes a blind
sheet: id, word, sentence (the word marked ⟦so⟧), feature, option A, option B and
an empty ``verdict``. A and B are the card's and UD's value in an order drawn per
row from the seed and the row's key; a two-value display reads "Acc or Dat", UD's
"no such feature" reads "(no value: UD leaves the feature out)". The key
(``--key``) says which option is the card's and lists the sampled sentences.

Verdicts: ``A`` or ``B`` (that option is right for the word in this sentence; a
two-value option "X or Y" is right when the word is one of them), ``both`` (both
are acceptable), ``neither``; empty = not judged.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
from pathlib import Path

from bench.card_grammar_eval import Verdicts

SHEET_COLUMNS = ("id", "word", "sentence", "feature", "A", "B", "verdict")
KEY_COLUMNS = ("id", "file", "sent_id", "token_id", "word", "feature", "card_is", "card", "ud")
NO_VALUE = "(no value: UD leaves the feature out)"
VERDICTS = {"a", "b", "both", "neither"}


def sentence_ids(conllu: Path) -> list[str]:
    """The sent_ids of a conllu file, in file order."""
    out = []
    with conllu.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("# sent_id = "):
                out.append(line[len("# sent_id = ") :].strip())
    return out


def sample_sentences(conllu: Path, n: int, seed: int) -> list[str]:
    """``n`` sent_ids of ``conllu`` drawn with ``seed`` (all when it has fewer), in file
    order. Depends only on the file's sentence ids, its name and the seed."""
    ids = sentence_ids(conllu)
    chosen = set(random.Random(f"{seed}:{conllu.name}").sample(ids, min(n, len(ids))))
    return [i for i in ids if i in chosen]


def card_first(seed: int, file: str, sent_id: str, token_id: str, feature: str) -> bool:
    """Is the card's value option A? Drawn from the seed and the row's key alone."""
    digest = hashlib.sha256(f"{seed}:{file}:{sent_id}:{token_id}:{feature}".encode()).digest()
    return digest[0] % 2 == 0


def display(value: str) -> str:
    """How a value reads on the sheet: "Acc,Dat" -> "Acc or Dat", "-" -> NO_VALUE."""
    if value == "-":
        return NO_VALUE
    return " or ".join(value.replace("/", ",").split(","))


def mark(sentence: str, word: str, start: str) -> str:
    """The sentence with the word marked ⟦so⟧ (at its offset when it is there)."""
    at = int(start) if start.isdigit() else -1
    if sentence[at : at + len(word)] != word:
        at = sentence.find(word)
    if at < 0:
        return sentence
    return f"{sentence[:at]}⟦{word}⟧{sentence[at + len(word) :]}"


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def write_tsv(out: object, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    write = out.write  # type: ignore[attr-defined]
    write("\t".join(columns) + "\n")
    for row in rows:
        write("\t".join(row.get(c, "").replace("\t", " ") for c in columns) + "\n")


def make_sheet(
    disagreements: list[dict[str, str]], samples: dict[str, list[str]], seed: int
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(blind sheet rows, key rows) for the disagreements in the sampled sentences,
    ordered by file (as given), sentence (file order) and token."""
    order = {
        (file, sid): (f, s)
        for f, (file, ids) in enumerate(samples.items())
        for s, sid in enumerate(ids)
    }
    rows = [d for d in disagreements if (d["file"], d["sent_id"]) in order]
    rows.sort(key=lambda d: (order[d["file"], d["sent_id"]], _token_order(d["token_id"])))
    sheet, key = [], []
    for n, d in enumerate(rows, 1):
        rid = f"{n:04d}"
        first = card_first(seed, d["file"], d["sent_id"], d["token_id"], d["feature"])
        a, b = (d["card"], d["ud"]) if first else (d["ud"], d["card"])
        sheet.append(
            {
                "id": rid, "word": d["word"],
                "sentence": mark(d["sentence"], d["word"], d["start"]),
                "feature": d["feature"], "A": display(a), "B": display(b), "verdict": "",
            }
        )  # fmt: skip
        key.append(
            {**{c: d[c] for c in KEY_COLUMNS if c in d}, "id": rid, "card_is": "AB"[not first]}
        )
    return sheet, key


def _token_order(token_id: str) -> tuple[int, str]:
    head = token_id.split("-")[0].split(".")[0]
    return (int(head) if head.isdigit() else 0, token_id)


def read_adjudication(judged: Path, key: Path) -> dict[str, tuple[set[str], Verdicts]]:
    """file name -> (sampled sent_ids, verdicts) from a judged sheet and its key. A
    verdict is "card", "gold" (UD), "both", "neither" or "" (not judged)."""
    samples: dict[str, set[str]] = {}
    for line in key.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sample\t"):
            _, file, _n, _seed, ids = line.split("\t")
            samples[file] = set(ids.split(",")) if ids else set()
    verdict_of = {row["id"]: (row.get("verdict") or "").strip().lower() for row in read_tsv(judged)}
    bad = sorted(i for i, v in verdict_of.items() if v and v not in VERDICTS)
    if bad:
        raise SystemExit(f"{judged}: verdicts must be A, B, both or neither (ids {', '.join(bad)})")
    out: dict[str, tuple[set[str], Verdicts]] = {f: (ids, {}) for f, ids in samples.items()}
    for row in read_tsv(key):
        v = verdict_of.get(row["id"], "")
        if v in ("a", "b"):
            v = "card" if v == row["card_is"].lower() else "gold"
        out[row["file"]][1][row["sent_id"], row["token_id"], row["feature"]] = (
            row["card"], row["ud"], v
        )  # fmt: skip
    return out


def cmd_sheet(args: argparse.Namespace) -> int:
    conllu = {p.name: p for p in args.conllu}
    disagreements = [row for path in args.disagreements for row in read_tsv(path)]
    missing = sorted({d["file"] for d in disagreements} - set(conllu))
    if missing:
        raise SystemExit(f"give the conllu file(s) {', '.join(missing)} with --conllu")
    samples = {
        name: sample_sentences(path, args.sample, args.seed) for name, path in conllu.items()
    }
    sheet, key = make_sheet(disagreements, samples, args.seed)
    write_tsv(sys.stdout, SHEET_COLUMNS, sheet)
    with args.key.open("w", encoding="utf-8") as f:
        for name, ids in samples.items():
            f.write(f"# sample\t{name}\t{args.sample}\t{args.seed}\t{','.join(ids)}\n")
        write_tsv(f, KEY_COLUMNS, key)
    for name in samples:
        count = sum(1 for k in key if k["file"] == name)
        print(f"{name}: {len(samples[name])} sentences, {count} rows", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sheet = sub.add_parser("sheet", help="the blind sheet (stdout) and its key")
    sheet.add_argument("disagreements", type=Path, nargs="+", metavar="DIS.tsv")
    sheet.add_argument("--sample", type=int, required=True, help="sentences per conllu file")
    sheet.add_argument("--seed", type=int, required=True)
    sheet.add_argument("--conllu", type=Path, action="append", required=True)
    sheet.add_argument("--key", type=Path, required=True, metavar="KEY.tsv")
    apply = sub.add_parser("apply", help="score the sample (runs bench.card_grammar_eval)")
    apply.add_argument("judged", type=Path, metavar="JUDGED.tsv")
    apply.add_argument("key", type=Path, metavar="KEY.tsv")
    apply.add_argument("--conllu", type=Path, action="append", required=True)
    args, rest = parser.parse_known_args(argv)
    if args.command == "sheet":
        if rest:
            parser.error(f"unrecognized arguments: {' '.join(rest)}")
        return cmd_sheet(args)
    from bench.card_grammar_eval import main as bench

    conllu = [a for p in args.conllu for a in ("--conllu", str(p))]
    return bench([*conllu, "--adjudicated", str(args.judged), str(args.key), *rest])


if __name__ == "__main__":
    sys.exit(main())
