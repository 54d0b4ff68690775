"""Evaluate a spaCy pipeline's named entities: per-label P/R/F1 and words per second.

Gold data: a ``.spacy`` DocBin (e.g. ``training/corpus/heldout.spacy``), a
GermEval-style ``.tsv`` (index, token, outer tag[, nested tag], ``#`` source
lines), or ``--germeval-heldout`` (the project's fixed held-out part of GermEval
dev, recomputed from the shared data with the split in :mod:`training.convert`).

Speed and load time are CPU seconds of this process (``time.process_time``,
single-threaded with ``OMP_NUM_THREADS=1``), so other jobs on a shared machine
do not distort them; wall-clock seconds are reported alongside.

Matching is exact: character start, end and label must agree. Only PER, LOC and
ORG are scored; predicted MISC entities are ignored. Each gold sentence is run
through the pipeline as plain text, so tokenisation is the pipeline's own.

This is a build/measurement tool; the app never imports it.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LABELS = ("PER", "LOC", "ORG")
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = ROOT / "resources" / "models" / "de_leselupe"


Span = tuple[int, int, str]  # character start, end, label


@dataclass(frozen=True, slots=True)
class Gold:
    text: str
    ents: frozenset[tuple[int, int, str]]


@dataclass(frozen=True, slots=True)
class Scores:
    per_label: dict[str, tuple[float, float, float, int]]  # P, R, F1, support
    micro: tuple[float, float, float, int]
    words: int
    seconds: float
    load_seconds: float
    wall_seconds: float = 0.0
    wall_load_seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "per_label": {
                k: {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "n": n}
                for k, (p, r, f, n) in self.per_label.items()
            },
            "micro": {
                "p": round(self.micro[0], 4),
                "r": round(self.micro[1], 4),
                "f": round(self.micro[2], 4),
                "n": self.micro[3],
            },
            "words": self.words,
            "words_per_second": round(self.words_per_second),
            "load_seconds": round(self.load_seconds, 3),
            "wall_words_per_second": round(self.words / self.wall_seconds)
            if self.wall_seconds
            else 0,
            "wall_load_seconds": round(self.wall_load_seconds, 3),
        }


def read_gold(
    path: Path | None, *, germeval_heldout: bool = False, germeval_tune: bool = False
) -> list[Gold]:
    """Gold sentences with character-offset entities over PER/LOC/ORG."""
    import spacy
    from spacy.tokens import DocBin

    if germeval_heldout or germeval_tune:
        from training import convert

        nlp = spacy.blank("de")
        stats = convert.Stats()
        _train, tune, heldout = convert.germeval_parts(convert.DATA)
        part = heldout if germeval_heldout else tune
        docs = [convert.sentence_to_doc(nlp, s, stats) for s in part]
    elif path is None:
        raise ValueError("give a gold file or --germeval-heldout")
    elif path.suffix == ".spacy":
        nlp = spacy.blank("de")
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        from training import convert

        nlp = spacy.blank("de")
        stats = convert.Stats()
        docs = [convert.sentence_to_doc(nlp, s, stats) for s in convert.read_germeval(path)]
    out: list[Gold] = []
    for doc in docs:
        ents = frozenset(
            (e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS
        )
        out.append(Gold(doc.text, ents))
    return out


def read_legal_gold(limit: int, seed: int = 7) -> list[Gold]:
    """``limit`` sentences of Legal LER's dev file (federal court decisions; never trained
    on), mapped as in :func:`training.convert.read_legal`, shuffled with a fixed seed.
    Sentences with an anonymised entity ("K.", "C.": missing in the mapping) or over
    80 words are left out. Its conventions differ from news: laws, court decisions and
    citations ("BGH, Urteil vom ...") are no names there, so precision is low; it is for
    comparing two versions of the rules, not a score of its own."""
    import random

    import spacy

    from training import convert

    sents = convert.read_legal(convert.DATA / "ner/legal_ler/ler_dev.conll.gz")
    sents = [s for s in sents if convert.MISSING not in s.tags and len(s.words) <= 80]
    random.Random(seed).shuffle(sents)
    nlp = spacy.blank("de")
    stats = convert.Stats()
    out: list[Gold] = []
    for sent in sents[:limit]:
        doc = convert.sentence_to_doc(nlp, sent, stats)
        ents = frozenset(
            (e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS
        )
        out.append(Gold(doc.text, ents))
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(
    model: str | Path,
    gold: list[Gold],
    *,
    repeat_speed: int = 1,
    errors: list[str] | None = None,
    org_place_rules: dict[str, object] | None = None,
) -> Scores:
    """Run the pipeline over the gold texts and score its entities.

    ``org_place_rules``: add (or, if the pipeline has it, reconfigure) the
    ``leselupe_org_place_rules`` component with this config before scoring.
    """
    import spacy

    import app.nlp.components  # noqa: F401  (registers the factories)

    spacy.load(model)  # warm the file cache and spaCy's registries
    cpu0, wall0 = time.process_time(), time.perf_counter()
    nlp = spacy.load(model)
    if org_place_rules is not None:
        with_rules(nlp, org_place_rules)
    load_seconds = time.process_time() - cpu0
    wall_load = time.perf_counter() - wall0
    texts = [g.text for g in gold]
    nlp("Warm-up: Angela Merkel besuchte Berlin.")
    words = 0
    cpu0, wall0 = time.process_time(), time.perf_counter()
    docs = list(nlp.pipe(texts))
    seconds, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    for _ in range(repeat_speed - 1):
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        seconds = min(seconds, time.process_time() - cpu0)
        wall = min(wall, time.perf_counter() - wall0)
    preds: list[set[Span]] = []
    for g, doc in zip(gold, docs, strict=True):
        words += sum(1 for t in doc if not t.is_space)
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS}
        preds.append(pred)
        if errors is not None and pred != g.ents:
            errors.append(error_entry(g, pred))
    per_label, micro = score_spans(gold, preds)
    return Scores(per_label, micro, words, seconds, load_seconds, wall, wall_load)


def score_spans(
    gold: list[Gold], preds: list[set[Span]]
) -> tuple[dict[str, tuple[float, float, float, int]], tuple[float, float, float, int]]:
    """Per-label and overall (P, R, F1, support) of predicted spans against the gold's:
    exact character start, end and label over :data:`LABELS`."""
    tp: dict[str, int] = dict.fromkeys(LABELS, 0)
    fp: dict[str, int] = dict.fromkeys(LABELS, 0)
    fn: dict[str, int] = dict.fromkeys(LABELS, 0)
    for g, pred in zip(gold, preds, strict=True):
        for label in LABELS:
            gl = {e for e in g.ents if e[2] == label}
            pl = {e for e in pred if e[2] == label}
            tp[label] += len(gl & pl)
            fp[label] += len(pl - gl)
            fn[label] += len(gl - pl)
    per_label = {}
    for label in LABELS:
        p, r, f = _prf(tp[label], fp[label], fn[label])
        per_label[label] = (p, r, f, tp[label] + fn[label])
    tps, fps, fns = sum(tp.values()), sum(fp.values()), sum(fn.values())
    return per_label, (*_prf(tps, fps, fns), tps + fns)


def error_entry(g: Gold, pred: set[Span]) -> str:
    """A gold sentence with the spans the prediction missed and those it got wrong."""
    missed = "; ".join(f"{g.text[s:e]}/{lab}" for s, e, lab in sorted(g.ents - pred))
    wrong = "; ".join(f"{g.text[s:e]}/{lab}" for s, e, lab in sorted(pred - g.ents))
    return f"{g.text}\n  missed: {missed}\n  wrong:  {wrong}"


def with_rules(nlp: Any, config: dict[str, object]) -> None:
    """Put ``leselupe_org_place_rules`` (with ``config``) after the entity rules."""
    name = "leselupe_org_place_rules"
    if name in nlp.pipe_names:
        nlp.remove_pipe(name)
    anchor = "leselupe_entity_rules" if "leselupe_entity_rules" in nlp.pipe_names else "ner"
    nlp.add_pipe(name, after=anchor, config=config)


def score_lines(
    per_label: dict[str, tuple[float, float, float, int]], micro: tuple[float, float, float, int]
) -> list[str]:
    """The P/R/F1 table: one line per label and one for all."""
    lines = [f"{'label':<6} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}"]
    for label, (p, r, f, n) in per_label.items():
        lines.append(f"{label:<6} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
    p, r, f, n = micro
    lines.append(f"{'ALL':<6} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
    return lines


def format_table(scores: Scores) -> str:
    lines = score_lines(scores.per_label, scores.micro)
    wall_wps = scores.words / scores.wall_seconds if scores.wall_seconds else 0.0
    lines.append(
        f"{scores.words} words in {scores.seconds:.2f} CPU s: "
        f"{scores.words_per_second:,.0f} words/s (wall {wall_wps:,.0f}); "
        f"load {scores.load_seconds:.2f} CPU s"
        f" (wall {scores.wall_load_seconds:.2f} s)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", type=Path, help=".spacy or GermEval .tsv gold file")
    ap.add_argument("--model", default=str(DEFAULT_MODEL), help="pipeline path or name")
    ap.add_argument("--germeval-heldout", action="store_true", help="the fixed held-out split")
    ap.add_argument(
        "--germeval-tune", action="store_true", help="the tune split (for choosing things)"
    )
    ap.add_argument(
        "--legal-dev",
        type=int,
        default=0,
        metavar="N",
        help="N sentences of Legal LER dev (court decisions; other conventions, see docs)",
    )
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--repeat", type=int, default=1, help="speed: best of N runs")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--errors", type=Path, default=None, help="write mismatching sentences here")
    ap.add_argument(
        "--org-place-rules",
        default=None,
        metavar="JSON",
        help="add/reconfigure leselupe_org_place_rules, e.g. '{}' or '{\"acronyms\": false}'",
    )
    args = ap.parse_args(argv)
    sources = (args.data is not None) + args.germeval_heldout + args.germeval_tune
    if sources + (args.legal_dev > 0) != 1:
        ap.error("give one of: a gold file, --germeval-heldout, --germeval-tune, --legal-dev N")
    if args.legal_dev:
        gold = read_legal_gold(args.legal_dev)
    else:
        gold = read_gold(
            args.data, germeval_heldout=args.germeval_heldout, germeval_tune=args.germeval_tune
        )
    if args.limit:
        gold = gold[: args.limit]
    if not gold:
        print("no gold sentences", file=sys.stderr)
        return 2
    errors: list[str] | None = [] if args.errors else None
    rules = json.loads(args.org_place_rules) if args.org_place_rules is not None else None
    scores = evaluate(
        args.model, gold, repeat_speed=max(1, args.repeat), errors=errors, org_place_rules=rules
    )
    if args.errors and errors is not None:
        args.errors.write_text("\n\n".join(errors) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(scores.as_dict(), indent=1))
    else:
        print(format_table(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
