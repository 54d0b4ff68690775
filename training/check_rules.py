"""Run ``leselupe_org_place_rules`` over gold entities of training corpora and list what
it changes: on gold entities every change is a rule error or an annotation difference.

    python -m training.check_rules [--corpus germeval|smartdata|wikiann] [--config JSON]

Uses the GermEval *training* part (never tune or held-out), SmartData and WikiANN's
training pool; the pipeline supplies sentences, POS and word classes, the gold file the
entities. A build/measurement tool only.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from training.convert import Sentence

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "resources" / "models" / "de_leselupe"


def gold_sentences(corpus: str, limit: int) -> list[Sentence]:
    from training import convert

    if corpus == "germeval":
        sents, _tune, _heldout = convert.germeval_parts(convert.DATA)
    elif corpus == "smartdata":
        sents = []
        for f in sorted((convert.DATA / "ner/smartdata").glob("*.json.gz")):
            sents.extend(convert.read_smartdata(f))
    else:
        pool, _gaz = convert.wikiann_split(convert.DATA, convert.GAZETTEER_SHARE)
        sents = [s for s in (convert.clean_wikiann(s, None) for s in pool) if s is not None]
    random.Random(1).shuffle(sents)
    return sents[:limit] if limit else sents


def main(argv: list[str] | None = None) -> int:
    import spacy

    import app.nlp.components  # noqa: F401  (registers the factories)
    from training import convert

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="germeval", choices=["germeval", "smartdata", "wikiann"])
    ap.add_argument("--config", default="{}", help="leselupe_org_place_rules config (JSON)")
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--show", type=int, default=60)
    args = ap.parse_args(argv)
    nlp = spacy.load(MODEL, disable=["ner", "leselupe_entity_rules"])
    if "leselupe_org_place_rules" in nlp.pipe_names:
        nlp.remove_pipe("leselupe_org_place_rules")
    rules = nlp.add_pipe("leselupe_org_place_rules", config=json.loads(args.config))
    blank = spacy.blank("de")
    stats = convert.Stats()
    sents = gold_sentences(args.corpus, args.limit)
    gold_docs = [convert.sentence_to_doc(blank, s, stats) for s in sents]
    changes: Counter[str] = Counter()
    shown = 0
    with nlp.select_pipes(disable=["leselupe_org_place_rules"]):
        docs = list(nlp.pipe([g.text for g in gold_docs]))
    for gold, doc in zip(gold_docs, docs, strict=True):
        ents = []
        for e in gold.ents:
            span = doc.char_span(e.start_char, e.end_char, label=e.label_)
            if span is not None:
                ents.append(span)
        doc.ents = ents
        before = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        doc = rules(doc)
        after = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        if before == after:
            continue
        for _s, _e, lab in sorted(after - before):
            changes[f"+{lab}"] += 1
        for _s, _e, lab in sorted(before - after):
            changes[f"-{lab}"] += 1
        if shown < args.show:
            shown += 1
            print(doc.text[:200])
            print("  removed:", [f"{doc.text[s:e]}/{lab}" for s, e, lab in sorted(before - after)])
            print("  added:  ", [f"{doc.text[s:e]}/{lab}" for s, e, lab in sorted(after - before)])
    print(f"{len(gold_docs)} sentences; changes to gold entities: {dict(changes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
