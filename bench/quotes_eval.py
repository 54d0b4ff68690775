"""Evaluate the quote finder on German news paragraphs with gold quotes.

    python -m bench.quotes_eval --gold FILE [--model NAME_OR_PATH] [--verbose]

``FILE`` is a JSON list of ``{"id", "text", "quotes": [{"text", "kind", "speaker"}],
"people": [...]}``; a gold quote's ``text`` is a piece of ``text`` (the quoted words
without marks, or the reported clause without its attribution). Every paragraph is
analysed with ``app.analysis.analyze`` (the pipeline the app would use, or
``--model``). A found quote matches a gold quote when their character spans overlap
by at least half of the longer one (one to one, greedily by overlap). Printed:

- recall (matched gold / gold) and precision (matched found / found);
- speaker accuracy of matched quotes: the same name after lower-casing and dropping
  articles and punctuation, or both null; and a lenient variant that also ignores
  inflection endings ("südkoreanischen Geheimdienstes" = "südkoreanische Geheimdienst");
- kind accuracy (direct / indirect) of matched quotes.

This is a benchmark: it prints numbers and never fails.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_ARTICLES = frozenset(
    ["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"]
)
_ENDINGS = ("en", "em", "er", "es", "e", "s", "n")


def normalise(name: str | None) -> str | None:
    """Lower case, no articles, no punctuation, single spaces; None stays None."""
    if name is None:
        return None
    words = re.findall(r"[\w-]+", name.casefold())
    return " ".join(w for w in words if w not in _ARTICLES)


def lenient(name: str | None) -> str | None:
    """:func:`normalise`, and every word without an inflection ending."""
    base = normalise(name)
    if base is None:
        return None
    out = []
    for word in base.split():
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        out.append(word)
    return " ".join(out)


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    matched: int = 0
    speaker_right: int = 0
    speaker_lenient: int = 0
    kind_right: int = 0
    missing_text: int = 0

    def report(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 1.0

        return {
            "gold": self.gold,
            "found": self.found,
            "matched": self.matched,
            "recall": ratio(self.matched, self.gold),
            "precision": ratio(self.matched, self.found),
            "speaker": ratio(self.speaker_right, self.matched),
            "speaker_lenient": ratio(self.speaker_lenient, self.matched),
            "kind": ratio(self.kind_right, self.matched),
        }


def gold_spans(text: str, quotes: list[dict[str, Any]]) -> list[tuple[int, int] | None]:
    """Character spans of the gold quotes (the n-th equal text is the n-th occurrence)."""
    out: list[tuple[int, int] | None] = []
    after: dict[str, int] = {}
    for q in quotes:
        needle = q["text"].strip()
        at = text.find(needle, after.get(needle, 0))
        if at < 0:
            out.append(None)
            continue
        after[needle] = at + 1
        out.append((at, at + len(needle)))
    return out


def match(
    gold: list[tuple[int, int] | None], found: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(gold index, found index) pairs overlapping by >= 50 % of the longer span."""
    pairs = []
    for g, span in enumerate(gold):
        if span is None:
            continue
        for f, other in enumerate(found):
            overlap = min(span[1], other[1]) - max(span[0], other[0])
            longer = max(span[1] - span[0], other[1] - other[0])
            if overlap > 0 and overlap >= 0.5 * longer:
                pairs.append((overlap, g, f))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_f: set[int] = set()
    out = []
    for _, g, f in pairs:
        if g not in used_g and f not in used_f:
            used_g.add(g)
            used_f.add(f)
            out.append((g, f))
    return sorted(out)


def evaluate(gold_path: Path, model: str | None, verbose: bool) -> dict[str, float]:
    from app.analysis import analyze
    from app.nlp import load_pipeline_with_info

    docs = json.loads(gold_path.read_text(encoding="utf-8"))
    nlp, info = load_pipeline_with_info(model)
    counts = Counts()
    started = time.perf_counter()
    for doc in docs:
        text = doc["text"]
        analysis = analyze(text, nlp, info)
        found = list(analysis.quotes)
        gold = doc.get("quotes", [])
        spans = gold_spans(text, gold)
        counts.gold += len(gold)
        counts.found += len(found)
        counts.missing_text += sum(1 for s in spans if s is None)
        pairs = match(spans, [(q.start, q.end) for q in found])
        lines: list[str] = []
        for g, f in pairs:
            want, got = gold[g], found[f]
            counts.matched += 1
            same = normalise(want.get("speaker")) == normalise(got.speaker)
            counts.speaker_right += same
            counts.speaker_lenient += lenient(want.get("speaker")) == lenient(got.speaker)
            counts.kind_right += want.get("kind") == got.kind
            if not same or want.get("kind") != got.kind:
                lines.append(
                    f"  ~ {got.text[:60]!r}: speaker {got.speaker!r} (gold {want.get('speaker')!r})"
                    f", {got.kind} (gold {want.get('kind')})"
                )
        matched_g = {g for g, _ in pairs}
        matched_f = {f for _, f in pairs}
        for g, want in enumerate(gold):
            if g not in matched_g:
                where = "" if spans[g] is not None else " [text not found in paragraph]"
                lines.append(f"  - missed {want['text'][:70]!r} ({want.get('speaker')}){where}")
        for f, got in enumerate(found):
            if f not in matched_f:
                lines.append(f"  + extra {got.text[:70]!r} ({got.speaker}, {got.kind})")
        if verbose and lines:
            print(f"{doc.get('id', '?')}:")
            print("\n".join(lines))
    result: dict[str, float] = dict(counts.report())
    result["paragraphs"] = len(docs)
    result["seconds"] = round(time.perf_counter() - started, 2)
    if counts.missing_text:
        result["gold_text_not_found"] = counts.missing_text
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="gold JSON file")
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path")
    parser.add_argument("--verbose", action="store_true", help="list every difference")
    args = parser.parse_args(argv)
    result = evaluate(args.gold, args.model, args.verbose)
    width = max(len(k) for k in result)
    for key, value in result.items():
        shown = f"{value:.3f}" if isinstance(value, float) and key != "seconds" else value
        print(f"{key.ljust(width)}  {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
