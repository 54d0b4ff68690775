"""Entity mentions of several news gold sets pooled: P/R/F1 per label (PER, LOC, ORG).

Usage: python -m bench.ner_gold_pool --gold tests/data/people_gold_p2.json [...]
       [--model PATH]

Scores as :mod:`bench.ner_gold` (same multiset match per paragraph, pipeline entities and
the entities the app shows), but over the paragraphs of all given files together, so a
group of sets (e.g. the sets a session reads and the ones it only measures) gets one
number per label. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from bench.ner_gold import LABELS, score


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, nargs="+", required=True)
    ap.add_argument("--model", default=None, help="pipeline path (default: the app's choice)")
    args = ap.parse_args()
    from app.analysis import analyze
    from app.nlp import load_pipeline_with_info

    nlp, info = load_pipeline_with_info(args.model)
    gold: list[Counter[tuple[str, str]]] = []
    raw: list[Counter[tuple[str, str]]] = []
    shown: list[Counter[tuple[str, str]]] = []
    for path in args.gold:
        items = json.loads(path.read_text(encoding="utf-8"))
        for it in (it for it in items if "entities" in it):
            gold.append(Counter((e["text"], e["label"]) for e in it["entities"]))
            doc = nlp(it["text"])
            raw.append(Counter((e.text, e.label_) for e in doc.ents if e.label_ in LABELS))
            result = analyze(it["text"], nlp, info)
            shown.append(Counter((e.text, e.label) for e in result.entities if e.label in LABELS))
    names = " ".join(p.stem.removeprefix("people_gold_") for p in args.gold)
    print(f"pooled {names}: {len(gold)} paragraphs; pipeline {info.name} {info.version}")
    for name, pred in (("pipeline entities", raw), ("shown by the app", shown)):
        print(f"\n{name}")
        for label, (p, r, f, n) in score(gold, pred).items():
            print(f"  {label:<4} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (n={n})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
