"""GermEval entities as the app shows them, next to the pipeline's own.

Usage: python -m bench.germeval_shown [--tune | --heldout] [--errors FILE]

``training.evaluate`` scores the spaCy pipeline's ``doc.ents``. The window's colours
and its People, Places and Organisations panels show the entities of
:func:`app.analysis.analyze` instead: the pipeline's places and organisations with
the people extractor's persons (a name it reads as a person, with its particles and
initials, replaces the pipeline's PER spans). This scores both on the same GermEval
sentences (each sentence one text, as ``training.evaluate`` runs them), exact
character span and label over PER/LOC/ORG. ``--tune`` is the part for choosing
things; ``--heldout`` is the project's held-out estimate (evaluate it once, for a
finished state). Prints one table per kind; asserts nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from training.evaluate import LABELS, Span, error_entry, read_gold, score_lines, score_spans


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    part = ap.add_mutually_exclusive_group(required=True)
    part.add_argument("--tune", action="store_true", help="the tune part (for choosing)")
    part.add_argument("--heldout", action="store_true", help="the held-out part (once)")
    ap.add_argument("--errors", type=Path, default=None, help="write the app's misses here")
    args = ap.parse_args(argv)
    from app.analysis import analyze
    from app.nlp import load_pipeline_with_info

    gold = read_gold(None, germeval_heldout=args.heldout, germeval_tune=args.tune)
    nlp, info = load_pipeline_with_info(None)
    raw: list[set[Span]] = []
    shown: list[set[Span]] = []
    for g in gold:
        doc = nlp(g.text)
        raw.append({(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS})
        result = analyze(g.text, nlp, info)
        shown.append({(e.start, e.end, e.label) for e in result.entities if e.label in LABELS})
    name = "held-out" if args.heldout else "tune"
    print(f"GermEval {name} part: {len(gold)} sentences; pipeline {info.name} {info.version}")
    for title, pred in (("pipeline entities", raw), ("shown by the app", shown)):
        print(f"\n{title}")
        print("\n".join(score_lines(*score_spans(gold, pred))))
    if args.errors is not None:
        out = [error_entry(g, p) for g, p in zip(gold, shown, strict=True) if p != g.ents]
        args.errors.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
