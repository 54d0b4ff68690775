"""Assemble the bundled pipeline ``resources/models/de_leselupe`` from trained parts.

Takes the trained NER pipeline (``training/output/<run>/model-best``), optionally
a trained UD pipeline (senter + morphologizer with their own tok2vec), adds
sentence splitting (the trained senter or spaCy's rule sentencizer), the
simplemma lemmatizer and Leselupe's post-NER rules, writes ``meta.json`` with
the data sources, licenses and the scores measured by :mod:`training.evaluate`.

A build tool only; the app never imports it.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "models" / "de_leselupe"

SOURCES = [
    {
        "name": "GermEval 2014 NER (dev split; 500 sentences held out)",
        "url": "https://sites.google.com/site/germeval2014ner/",
        "license": "CC BY 4.0",
    },
    {
        "name": "WikiANN / PAN-X German (subsample)",
        "url": "https://github.com/afshinrahimi/mmner",
        "license": "derived from Wikipedia (CC BY-SA); no license stated in the copy used",
    },
    {
        "name": "MobIE (DFKI)",
        "url": "https://github.com/DFKI-NLP/MobIE",
        "license": "CC BY 4.0",
    },
    {
        "name": "SmartData corpus v3 (DFKI)",
        "url": "https://github.com/DFKI-NLP/smartdata-corpus",
        "license": "CC BY 4.0",
    },
]
UD_SOURCES = [
    {
        "name": "Universal Dependencies German GSD",
        "url": "https://universaldependencies.org/treebanks/de_gsd/",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "Universal Dependencies German PUD",
        "url": "https://universaldependencies.org/treebanks/de_pud/",
        "license": "CC BY-SA 3.0",
    },
]


def build(
    ner_dir: Path,
    ud_dir: Path | None,
    out: Path,
    *,
    version: str,
    rules: bool,
    scores: dict[str, object] | None,
    extra_sources: list[dict[str, str]],
    notes: str,
) -> None:
    import spacy

    import app.nlp.components  # noqa: F401

    nlp = spacy.load(ner_dir)
    if ud_dir is not None:
        ud = spacy.load(ud_dir)
        for name in ud.pipe_names:
            nlp.add_pipe(name, source=ud, before=nlp.pipe_names[0])
        # order: ud tok2vec, senter, morphologizer, then the NER part
        sentence_pipe = "senter" if "senter" in ud.pipe_names else None
    else:
        sentence_pipe = None
    if sentence_pipe is None:
        nlp.add_pipe("sentencizer", first=True)
    if rules and "leselupe_entity_rules" in spacy.registry.factories.get_all():
        nlp.add_pipe("leselupe_entity_rules", after="ner")
    nlp.add_pipe("leselupe_lemmatizer")
    meta = nlp.meta
    meta["lang"] = "de"
    meta["name"] = "leselupe"
    meta["version"] = version
    meta["description"] = (
        "Leselupe's own German pipeline: named entities (PER, LOC, ORG), sentences, "
        "lemmas" + (", POS and morphology" if ud_dir is not None else "") + ". " + notes
    ).strip()
    meta["author"] = "The Leselupe developers"
    meta["license"] = "CC BY-SA 4.0" if ud_dir is not None else "CC BY 4.0"
    meta["sources"] = SOURCES + (UD_SOURCES if ud_dir is not None else []) + extra_sources
    meta.pop("performance", None)
    if scores is not None:
        meta["performance"] = scores
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 1e6:.1f} MB): {nlp.pipe_names}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ner", type=Path, help="trained NER pipeline (model-best)")
    ap.add_argument("--ud", type=Path, default=None, help="trained senter/morphologizer pipeline")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--version", default="0.1.0")
    ap.add_argument("--no-rules", dest="rules", action="store_false")
    ap.add_argument("--scores", type=Path, default=None, help="JSON from training.evaluate --json")
    ap.add_argument("--notes", default="")
    args = ap.parse_args(argv)
    scores = json.loads(args.scores.read_text()) if args.scores else None
    build(
        args.ner,
        args.ud,
        args.out,
        version=args.version,
        rules=args.rules,
        scores=scores,
        extra_sources=[],
        notes=args.notes,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
