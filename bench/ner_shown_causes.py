"""Every LOC/ORG miss and false positive the app shows on a news gold set, with its cause.

Usage: python -m bench.ner_shown_causes --gold tests/data/people_gold_p20.json [...]
       [--labels LOC ORG] [--summary]

For each paragraph the gold mentions (text + label, in text order) are placed in the text
(left to right, each after the previous one where possible) and compared by character span
with the entities the app shows (``app.analysis.analyze``) and with the statistical model's
own entities (the pipeline without ``leselupe_entity_rules`` and ``leselupe_org_place_rules``).
Causes:

- ``missed``: a gold LOC/ORG no shown entity overlaps, which the model did not find either
  (missed by the model and by every rule);
- ``dropped``: as ``missed``, but the model had an entity overlapping it (a rule removed it);
- ``label``: a shown entity with the gold span and another label;
- ``span``: a shown entity overlapping the gold mention with another span;
- ``spurious``: a shown LOC/ORG overlapping no gold mention (``model`` or ``rule``: who made it).

Prints one line per error (cause, gold, shown, model, paragraph id) and a count per cause.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

Span = tuple[int, int, str]


def place_gold(text: str, mentions: list[dict[str, str]]) -> list[Span]:
    """Character spans of the gold mentions, found left to right (overlaps allowed)."""
    out: list[Span] = []
    pos = 0
    for m in mentions:
        pat = re.compile(r"(?<!\w)" + re.escape(m["text"]) + r"(?!\w)")
        hit = pat.search(text, pos) or pat.search(text)
        if hit is None:
            continue
        out.append((hit.start(), hit.end(), m["label"]))
        pos = hit.start() + 1
    return out


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def classify(
    text: str, gold: list[Span], shown: list[Span], model: list[Span], labels: tuple[str, ...]
) -> list[tuple[str, str, str, str]]:
    """(cause, gold text/label, shown text/label, model text/label) per error."""

    def show(spans: list[Span]) -> str:
        return "; ".join(f"{text[s:e]!r}/{lab}" for s, e, lab in spans) or "-"

    errors: list[tuple[str, str, str, str]] = []
    shown_set = Counter(shown)
    gold_set = Counter(gold)
    for g in gold:
        if g[2] not in labels or shown_set[g] > 0:
            continue
        over = [s for s in shown if _overlaps(s, g)]
        mod = [s for s in model if _overlaps(s, g)]
        if not over:
            cause = "dropped" if mod else "missed"
        elif any(s[:2] == g[:2] for s in over):
            cause = "label"
        else:
            cause = "span"
        errors.append((cause, show([g]), show(over), show(mod)))
    for s in shown:
        if s[2] not in labels or gold_set[s] > 0:
            continue
        over = [g for g in gold if _overlaps(s, g)]
        if over:
            continue  # reported with its gold mention above
        mod = [m for m in model if _overlaps(s, m)]
        cause = "spurious-model" if any(m[:2] == s[:2] for m in mod) else "spurious-rule"
        errors.append((cause, "-", show([s]), show(mod)))
    return errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, nargs="+", required=True)
    ap.add_argument("--labels", nargs="+", default=["LOC", "ORG"])
    ap.add_argument("--summary", action="store_true", help="only the counts per cause")
    args = ap.parse_args()
    from app.analysis import analyze
    from app.nlp import load_pipeline_with_info

    nlp, info = load_pipeline_with_info(None)
    rules = [
        n for n in ("leselupe_entity_rules", "leselupe_org_place_rules") if n in nlp.pipe_names
    ]
    labels = tuple(args.labels)
    counts: Counter[str] = Counter()
    for path in args.gold:
        items = [it for it in json.loads(path.read_text(encoding="utf-8")) if "entities" in it]
        for it in items:
            text = it["text"]
            gold = place_gold(text, it["entities"])
            result = analyze(text, nlp, info)
            shown = [(e.start, e.end, e.label) for e in result.entities]
            with nlp.select_pipes(disable=rules):
                doc = nlp(text)
            model = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for cause, g, s, m in classify(text, gold, shown, model, labels):
                counts[cause] += 1
                if not args.summary:
                    print(f"{cause:<15} gold {g:<40} shown {s:<40} model {m:<30} {it['id']}")
    print()
    for cause, n in counts.most_common():
        print(f"{cause:<15} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
