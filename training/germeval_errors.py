"""Classify the pipeline's PER/LOC/ORG errors on a GermEval part by the gold's own category.

    python -m training.germeval_errors --part tune|train [--show N] [--list KIND]

The tag mapping (:mod:`training.convert`) keeps only the outer PER/LOC/ORG; ``*part``
("EU-Kommission"), ``*deriv`` ("deutsche", "Berliner") and ``OTH`` (works, events,
products) become O, and nested tags are dropped. A predicted entity that matches such a
span exactly counts as a false positive although GermEval marked the words: this tool
sorts every false positive and false negative into

- ``conv:<raw>``   the prediction is exactly a span GermEval tagged ``<raw>`` (ORGpart,
  OTH, LOCderiv ...) in the outer column, or ``nested:<raw>`` in the nested column;
- ``inside:<raw>`` the prediction lies inside such a span (a part of "Tour de France");
- ``label:<gold>`` the same span carries another gold label (PER taken for LOC);
- ``boundary``     it overlaps a gold entity of the same label;
- ``overlap:<gold>`` it overlaps a gold entity of another label;
- ``spurious`` / ``missed`` nothing of the kind.

Only the tune part and the trained-on part (``train``, ~1,400 sentences the model has
seen: its false negatives say little, the rules' false positives a lot) can be chosen;
the held-out part is never read. A build/measurement tool only.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from training.convert import RawSentence, bio_spans
from training.convert import read_germeval_raw as read_raw

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "resources" / "models" / "de_leselupe"
LABELS = ("PER", "LOC", "ORG")

Span = tuple[int, int, str]


def part_sentences(part: str) -> list[RawSentence]:
    """The raw sentences of the tune or the trained-on part (never the held-out one)."""
    from training import convert

    if part not in ("tune", "train"):
        raise ValueError("only the tune and the train part")
    path = convert.DATA / "ner/germeval2014/NER-de-dev.tsv"
    mapped = convert.read_germeval(path)
    raw = read_raw(path)
    if len(mapped) != len(raw):
        raise RuntimeError("sentence counts differ")
    index = {id(s): i for i, s in enumerate(mapped)}
    train, tune, _heldout = convert.split_germeval(mapped)
    chosen = tune if part == "tune" else train
    return [raw[index[id(s)]] for s in chosen]


def classify(
    pred: Span,
    gold: set[Span],
    conv: dict[tuple[int, int], str],
    nested: dict[tuple[int, int], str],
) -> str:
    s, e, lab = pred
    for gs, ge, gl in gold:
        if (gs, ge) == (s, e) and gl != lab:
            return f"label:{gl}"
    if (s, e) in conv:
        return f"conv:{conv[(s, e)]}"
    if (s, e) in nested:
        return f"nested:{nested[(s, e)]}"
    for gs, ge, gl in gold:
        if gs < e and s < ge:
            return "boundary" if gl == lab else f"overlap:{gl}"
    for (cs, ce), raw in conv.items():
        if cs <= s and e <= ce:
            return f"inside:{raw}"
    for (cs, ce), raw in conv.items():
        if cs < e and s < ce:
            return f"overlap:{raw}"
    return "spurious"


def main(argv: list[str] | None = None) -> int:
    import spacy

    import app.nlp.components  # noqa: F401  (registers the factories)
    from training import convert

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=["tune", "train"], default="tune")
    ap.add_argument("--model", default=str(MODEL))
    ap.add_argument("--show", type=int, default=0, help="examples per class to print")
    ap.add_argument("--list", default="", help="print every error of classes containing this")
    ap.add_argument("--json", type=Path, default=None, help="write all errors here")
    ap.add_argument("--disable", default="", help="pipes to leave out, comma-separated")
    ap.add_argument(
        "--categories",
        action="store_true",
        help="also count, per raw non-name tag (ORGpart, LOCderiv, OTH ...), the spans the "
        "pipeline marks exactly or in part",
    )
    args = ap.parse_args(argv)
    sents = part_sentences(args.part)
    nlp = spacy.load(args.model, disable=[p for p in args.disable.split(",") if p])
    texts: list[str] = []
    golds: list[set[Span]] = []
    convs: list[dict[tuple[int, int], str]] = []
    nesteds: list[dict[tuple[int, int], str]] = []
    for rs in sents:
        text, offsets = convert.detokenize(rs.words)
        texts.append(text)
        gold: set[Span] = set()
        conv: dict[tuple[int, int], str] = {}
        for a, b, raw in bio_spans(rs.outer):
            cs, ce = offsets[a][0], offsets[b - 1][1]
            if raw in LABELS:
                gold.add((cs, ce, raw))
            else:
                conv[(cs, ce)] = raw
        nest = {(offsets[a][0], offsets[b - 1][1]): raw for a, b, raw in bio_spans(rs.nested)}
        golds.append(gold)
        convs.append(conv)
        nesteds.append(nest)
    docs = list(nlp.pipe(texts))
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    tp: Counter[str] = Counter()
    rows: list[dict[str, object]] = []
    for text, doc, gold, conv, nest in zip(texts, docs, golds, convs, nesteds, strict=True):
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS}
        for s in pred & gold:
            tp[s[2]] += 1
        for s in sorted(pred - gold):
            kind = f"FP {s[2]} {classify(s, gold, conv, nest)}"
            fp[kind] += 1
            examples[kind].append(f"{text[s[0] : s[1]]!r}  | {text}")
            rows.append({"kind": kind, "span": text[s[0] : s[1]], "text": text})
        for s in sorted(gold - pred):
            same = [p for p in pred if p[0] < s[1] and s[0] < p[1]]
            if any(p[2] == s[2] for p in same):
                how = "boundary"
            elif same:
                how = f"as:{same[0][2]}"
            else:
                how = "missed"
            kind = f"FN {s[2]} {how}"
            fn[kind] += 1
            shown = "; ".join(f"{text[p[0] : p[1]]}/{p[2]}" for p in same)
            examples[kind].append(f"{text[s[0] : s[1]]!r} (pred: {shown}) | {text}")
            rows.append({"kind": kind, "span": text[s[0] : s[1]], "text": text})
    print(f"{args.part}: {len(sents)} sentences; true positives {dict(tp)}")
    if args.categories:
        cats: Counter[tuple[str, str]] = Counter()
        for doc, conv in zip(docs, convs, strict=True):
            spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]
            for (cs, ce), raw in conv.items():
                hit = [p for p in spans if p[0] < ce and cs < p[1]]
                how = "none" if not hit else ("exact" if hit[0][:2] == (cs, ce) else "part")
                cats[(raw, how)] += 1
        print("raw non-name tags: spans the pipeline marks (none / part / exact)")
        for raw in sorted({k[0] for k in cats}):
            none, part, exact = (cats[(raw, h)] for h in ("none", "part", "exact"))
            print(f"  {raw:10s} {none:4d} {part:4d} {exact:4d}")
    for name, counter in (("false positives", fp), ("false negatives", fn)):
        print(f"\n{name}: {sum(counter.values())}")
        for kind, n in counter.most_common():
            print(f"  {n:4d}  {kind}")
            for ex in examples[kind][: args.show]:
                print(f"          {ex[:220]}")
            if args.list and args.list in kind:
                for ex in examples[kind][args.show :]:
                    print(f"          {ex[:220]}")
    if args.json is not None:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
