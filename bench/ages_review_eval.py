"""Stated ages and people on an ages review fixture (``tests/data/ages_review*.txt``).

    python -m bench.ages_review_eval [FIXTURE ...] [--verbose]

Runs ``app.analysis.analyze`` (as ``bench.people_eval`` and the sidebar do) on every block
of the fixture ("# expect: Name=age; Name=-") and prints person precision / recall / F1
and the stated ages found right, wrong, invented (an age for a person whose gold age is
none, or for a person not in the gold) and missed. This is a benchmark: it never fails.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.analysis import analyze
from app.nlp import load_pipeline_with_info
from bench.review_fixtures import age_blocks

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "data" / "ages_review32.txt"


def evaluate(path: Path, verbose: bool, kinds: bool = False) -> dict[str, float]:
    nlp, info = load_pipeline_with_info(None)
    c = dict.fromkeys(["tp", "fp", "fn", "ages", "ok", "wrong", "invented", "missed"], 0)
    by_kind: dict[str, list[int]] = {}
    for text, gold, notes in age_blocks(path):
        pred = {p.name: p.age for p in analyze(text, nlp, info).people if not p.credit}
        problems: list[str] = []
        for name, age in pred.items():
            if name not in gold:
                c["fp"] += 1
                c["invented"] += age is not None
                problems.append(f"  + extra person {name!r} age={age}")
                continue
            c["tp"] += 1
            g = gold[name]
            if g is None and age is not None:
                c["invented"] += 1
                problems.append(f"  + {name}: invented age {age}")
            elif g is not None and age != g:
                c["wrong" if age is not None else "missed"] += 1
                problems.append(f"  - {name}: age {age} (gold {g})")
            elif g is not None:
                c["ok"] += 1
        for name, g in gold.items():
            c["ages"] += g is not None
            if name not in pred:
                c["fn"] += 1
                c["missed"] += g is not None
                problems.append(f"  - missed person {name!r}")
        kind = next((n.split(":", 1)[1].strip() for n in notes if n.startswith("# kind:")), "")
        right = all(pred.get(name) == age for name, age in gold.items()) and not any(
            age is not None and name not in gold for name, age in pred.items()
        )
        counts = by_kind.setdefault(kind, [0, 0])
        counts[0] += right
        counts[1] += 1
        if verbose and problems:
            print(text[:100].replace("\n", " "))
            print("\n".join(problems))
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    result = {
        "person_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "stated_ages": c["ages"],
        "ages_right": c["ok"],
        "ages_wrong": c["wrong"],
        "ages_invented": c["invented"],
        "ages_missed": c["missed"],
    }
    if kinds:
        for kind, (right_blocks, blocks) in by_kind.items():
            print(f"  {kind or '-':24} {right_blocks}/{blocks}")
    for key, value in result.items():
        print(f"{key:16} {value:.3f}" if isinstance(value, float) else f"{key:16} {value}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fixtures", type=Path, nargs="*", default=[DEFAULT])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every mistake")
    parser.add_argument(
        "--kinds", action="store_true", help='blocks right per "# kind:" (every age as gold)'
    )
    args = parser.parse_args()
    for path in args.fixtures:
        print(f"== {path.name}")
        evaluate(path, args.verbose, args.kinds)


if __name__ == "__main__":
    main()
