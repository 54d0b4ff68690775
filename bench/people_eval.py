"""Evaluate the people extractor on handwritten German news paragraphs with gold answers.

    python -m bench.people_eval [--gold tests/data/people_gold.json ...]
        [--model NAME_OR_PATH] [--verbose]

Without ``--gold``, every ``tests/data/people_gold*.json`` is evaluated, one after the
other. Runs ``app.analysis.analyze`` (the pipeline the app would use, or ``--model``)
on every paragraph and prints per gold file:

- person precision / recall / F1 (story people, exact names; credits apart),
- role precision / recall over (person, role) pairs, exact and lenient
  (lenient: one role string contains the other, ignoring case),
- stated ages: share of gold ages found exactly, and invented ages (an age for
  a person whose gold age is null, or for a predicted non-person),
- parties and photo credits (exact).

This is a benchmark: it prints numbers and never fails.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.analysis import analyze
from app.nlp import load_pipeline_with_info

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "data"


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _lenient(pred: str, gold: str) -> bool:
    p, g = pred.casefold(), gold.casefold()
    return p in g or g in p


def evaluate(gold_path: Path, model: str | None, verbose: bool) -> dict[str, float]:
    docs = json.loads(gold_path.read_text(encoding="utf-8"))
    nlp, info = load_pipeline_with_info(model)
    counters = """p_tp p_fp p_fn r_tp r_fp r_fn rl_tp rl_fp rl_fn ages ages_ok invented
        party_gold party_ok party_wrong cr_tp cr_fp cr_fn"""
    c = dict.fromkeys(counters.split(), 0)
    for d in docs:
        analysis = analyze(d["text"], nlp, info)
        story = [p for p in analysis.people if not p.credit]
        credits = {p.name for p in analysis.people if p.credit}
        pred = {p.name: p for p in story}
        gold = {g["name"]: g for g in d["people"]}
        problems: list[str] = []
        for name, p in pred.items():
            g = gold.get(name)
            if g is None:
                c["p_fp"] += 1
                c["r_fp"] += len(p.roles)
                c["rl_fp"] += len(p.roles)
                if p.age is not None:
                    c["invented"] += 1
                problems.append(f"  + extra person {name!r} roles={list(p.roles)} age={p.age}")
                continue
            c["p_tp"] += 1
            groles = list(g["roles"])
            for r in p.roles:
                if r in groles:
                    c["r_tp"] += 1
                else:
                    c["r_fp"] += 1
                    problems.append(f"  + {name}: extra role {r!r}")
                if any(_lenient(r, gr) for gr in groles):
                    c["rl_tp"] += 1
                else:
                    c["rl_fp"] += 1
            for gr in groles:
                if gr not in p.roles:
                    c["r_fn"] += 1
                    problems.append(f"  - {name}: missed role {gr!r} (got {list(p.roles)})")
                if not any(_lenient(r, gr) for r in p.roles):
                    c["rl_fn"] += 1
            if g["age"] is not None:
                c["ages"] += 1
                if p.age == g["age"]:
                    c["ages_ok"] += 1
                else:
                    problems.append(f"  - {name}: age {p.age} (gold {g['age']})")
            elif p.age is not None:
                c["invented"] += 1
                problems.append(f"  + {name}: invented age {p.age}")
            if g.get("party"):
                c["party_gold"] += 1
                if p.party == g["party"]:
                    c["party_ok"] += 1
                else:
                    problems.append(f"  - {name}: party {p.party} (gold {g['party']})")
            elif p.party is not None:
                c["party_wrong"] += 1
                problems.append(f"  + {name}: party {p.party} (gold none)")
        for name, g in gold.items():
            if name not in pred:
                c["p_fn"] += 1
                c["r_fn"] += len(g["roles"])
                c["rl_fn"] += len(g["roles"])
                if g["age"] is not None:
                    c["ages"] += 1
                problems.append(f"  - missed person {name!r}")
        gc = set(d.get("credits", []))
        c["cr_tp"] += len(gc & credits)
        c["cr_fp"] += len(credits - gc)
        c["cr_fn"] += len(gc - credits)
        for extra in credits - gc:
            problems.append(f"  + extra credit {extra!r}")
        for missed in gc - credits:
            problems.append(f"  - missed credit {missed!r}")
        if verbose and problems:
            print(f"[{d['id']}]")
            print("\n".join(problems))
    pp = _ratio(c["p_tp"], c["p_tp"] + c["p_fp"])
    pr = _ratio(c["p_tp"], c["p_tp"] + c["p_fn"])
    result = {
        "documents": len(docs),
        "gold_people": sum(len(d["people"]) for d in docs),
        "person_precision": pp,
        "person_recall": pr,
        "person_f1": 2 * pp * pr / (pp + pr) if pp + pr else 0.0,
        "role_precision": _ratio(c["r_tp"], c["r_tp"] + c["r_fp"]),
        "role_recall": _ratio(c["r_tp"], c["r_tp"] + c["r_fn"]),
        "role_precision_lenient": _ratio(c["rl_tp"], c["rl_tp"] + c["rl_fp"]),
        "role_recall_lenient": _ratio(c["rl_tp"], c["rl_tp"] + c["rl_fn"]),
        "stated_ages": c["ages"],
        "age_accuracy": _ratio(c["ages_ok"], c["ages"]),
        "invented_ages": c["invented"],
        "party_accuracy": _ratio(c["party_ok"], c["party_gold"]),
        "party_wrong": c["party_wrong"],
        "credit_precision": _ratio(c["cr_tp"], c["cr_tp"] + c["cr_fp"]),
        "credit_recall": _ratio(c["cr_tp"], c["cr_tp"] + c["cr_fn"]),
    }
    print(f"pipeline: {info.name} {info.version} ({info.origin})")
    for key, value in result.items():
        print(f"{key:24} {value:.3f}" if isinstance(value, float) else f"{key:24} {value}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold", type=Path, nargs="+", default=None, help="gold files (default: all)"
    )
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every mistake")
    args = parser.parse_args()
    for gold in args.gold or sorted(GOLD_DIR.glob("people_gold*.json")):
        print(f"== {gold.name}")
        evaluate(gold, args.model, args.verbose)


if __name__ == "__main__":
    main()
