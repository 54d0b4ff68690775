"""Entity mentions on handwritten news paragraphs: P/R/F1 per label (PER, LOC, ORG).

Usage: python -m bench.ner_gold [--gold tests/data/people_gold_5.json] [--model PATH] [-v]
       [--shown-errors]

The gold file lists, per paragraph, every PER/LOC/ORG mention as ``{"text", "label"}`` in
text order (see tests/data/README_gold.md). A predicted mention counts when a gold mention
of the same paragraph has the same text and label (multiset match: repeated mentions count
each time). Two systems are scored: the pipeline's own entities (``doc.ents``, what the
entity layer produces) and the entities the app shows (``app.analysis.analyze``, where the
people extractor decides the PER spans). Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

    from app.nlp import PipelineInfo

ROOT = Path(__file__).resolve().parent.parent

LABELS = ("PER", "LOC", "ORG")


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score(
    gold: list[Counter[tuple[str, str]]], pred: list[Counter[tuple[str, str]]]
) -> dict[str, tuple[float, float, float, int]]:
    out: dict[str, tuple[float, float, float, int]] = {}
    totals = [0, 0, 0]
    for label in LABELS:
        tp = fp = fn = 0
        for g, p in zip(gold, pred, strict=True):
            gl = Counter({k: v for k, v in g.items() if k[1] == label})
            pl = Counter({k: v for k, v in p.items() if k[1] == label})
            hit = sum((gl & pl).values())
            tp, fp, fn = tp + hit, fp + sum(pl.values()) - hit, fn + sum(gl.values()) - hit
        out[label] = (*_prf(tp, fp, fn), tp + fn)
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
    out["ALL"] = (*_prf(*totals), totals[0] + totals[2])
    return out


Mentions = list[Counter[tuple[str, str]]]


def mentions(
    items: list[dict[str, Any]], nlp: Language, info: PipelineInfo
) -> tuple[Mentions, Mentions, Mentions]:
    """Per paragraph: the gold mentions, the pipeline's entities and the ones the app shows."""
    from app.analysis import analyze

    gold: Mentions = [Counter((e["text"], e["label"]) for e in it["entities"]) for it in items]
    raw: Mentions = []
    shown: Mentions = []
    for it in items:
        doc = nlp(it["text"])
        raw.append(Counter((e.text, e.label_) for e in doc.ents if e.label_ in LABELS))
        result = analyze(it["text"], nlp, info)
        shown.append(Counter((e.text, e.label) for e in result.entities if e.label in LABELS))
    return gold, raw, shown


def print_scores(gold: Mentions, raw: Mentions, shown: Mentions) -> None:
    """P/R/F1 per label of both systems."""
    for name, pred in (("pipeline entities", raw), ("shown by the app", shown)):
        print(f"\n{name}")
        for label, (p, r, f, n) in score(gold, pred).items():
            print(f"  {label:<4} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (n={n})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "people_gold_5.json")
    ap.add_argument("--model", default=None, help="pipeline path (default: the app's choice)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each paragraph's errors")
    ap.add_argument(
        "--shown-errors",
        action="store_true",
        help="print each paragraph's errors as the app shows the entities",
    )
    args = ap.parse_args()
    from app.nlp import load_pipeline_with_info

    items = json.loads(args.gold.read_text(encoding="utf-8"))
    items = [it for it in items if "entities" in it]
    if not items:
        print(f"{args.gold}: no paragraph has an 'entities' list", file=sys.stderr)
        return 2
    nlp, info = load_pipeline_with_info(args.model)
    gold, raw, shown = mentions(items, nlp, info)
    print(
        f"{args.gold.name}: {len(items)} paragraphs, {sum(sum(g.values()) for g in gold)} "
        f"mentions; pipeline {info.name} {info.version}"
    )
    print_scores(gold, raw, shown)
    if args.verbose:
        _print_errors("pipeline entities", items, gold, raw)
    if args.shown_errors:
        _print_errors("shown by the app", items, gold, shown)
    return 0


def _print_errors(
    name: str,
    items: list[dict[str, object]],
    gold: list[Counter[tuple[str, str]]],
    pred: list[Counter[tuple[str, str]]],
) -> None:
    print(f"\nerrors, {name}")
    for it, g, p in zip(items, gold, pred, strict=True):
        missed, wrong = g - p, p - g
        if missed or wrong:
            ident = str(it["id"])
            print(f"\n{ident}: missed {sorted(missed.elements())}")
            print(f"{' ' * len(ident)}  wrong  {sorted(wrong.elements())}")


if __name__ == "__main__":
    raise SystemExit(main())
