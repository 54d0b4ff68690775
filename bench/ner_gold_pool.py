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
from pathlib import Path

from bench.ner_gold import mentions, print_scores


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, nargs="+", required=True)
    ap.add_argument("--model", default=None, help="pipeline path (default: the app's choice)")
    args = ap.parse_args()
    from app.nlp import load_pipeline_with_info

    nlp, info = load_pipeline_with_info(args.model)
    items = [
        it
        for path in args.gold
        for it in json.loads(path.read_text(encoding="utf-8"))
        if "entities" in it
    ]
    gold, raw, shown = mentions(items, nlp, info)
    names = " ".join(p.stem.removeprefix("people_gold_") for p in args.gold)
    print(f"pooled {names}: {len(gold)} paragraphs; pipeline {info.name} {info.version}")
    print_scores(gold, raw, shown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
