"""Reproduce the bundled pipeline: convert data, build the lexicon, train, package.

``python -m training.train`` runs every step with the settings that produced
``resources/models/de_leselupe``; see training/README.md. Steps can be run alone
(``--steps lexicon,convert,pretrain,ner,ud,evaluate,package``). Outputs go to the
git-ignored ``training/corpus/`` and ``training/output/``; only ``package``
writes into ``resources/models/``. With ``--second-seed N`` the ``ner`` step also
trains a second NER model with seed N (``<run>_b``) and the package combines them
(measured, not shipped: see training/README.md).

A build tool only; the app never imports it.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STEPS = ("lexicon", "convert", "pretrain", "ner", "ud", "evaluate", "package")


def spacy_train(config: Path, output: Path, overrides: dict[str, object]) -> None:
    """``spacy train`` with Leselupe's components registered."""
    from spacy.cli.train import train

    import app.nlp.components  # noqa: F401  (registers leselupe_lexclass & co.)

    output.mkdir(parents=True, exist_ok=True)
    train(config, output, use_gpu=-1, overrides=overrides)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", default=",".join(STEPS))
    ap.add_argument("--run", default="ner", help="name of the NER run under training/output/")
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--version", default="0.1.0")
    ap.add_argument(
        "--second-seed",
        type=int,
        default=-1,
        help="also train a second NER model with this seed (run <run>_b) and package both "
        "(ORG only where they agree); -1 (default, as shipped): one model",
    )
    args = ap.parse_args(argv)
    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    unknown = set(steps) - set(STEPS)
    if unknown:
        ap.error(f"unknown steps: {sorted(unknown)}")
    os.chdir(ROOT)  # the configs use paths relative to the project root
    out = HERE / "output"
    ner_dir = out / args.run
    second_dir = out / f"{args.run}_b" if args.second_seed >= 0 else None
    second_best = second_dir / "model-best" if second_dir is not None else None
    ud_dir = out / "ud"
    t0 = time.time()
    if "lexicon" in steps:  # first: convert uses it to spot common nouns
        from training import lexicon

        lexicon.main([])
    if "convert" in steps:
        from training import convert, pretrain_text

        convert.main([])
        convert.convert_ud()
        pretrain_text.main()
    if "pretrain" in steps:  # 2 epochs of spacy pretrain -> training/output/pretrain/model1.bin
        from spacy.training.pretrain import pretrain
        from spacy.util import load_config

        import app.nlp.components  # noqa: F401

        config = load_config(  # interpolated as `spacy pretrain` does (the seed is "${...}")
            HERE / "config.cfg", overrides={"paths.init_tok2vec": None}, interpolate=False
        ).interpolate()
        (out / "pretrain").mkdir(parents=True, exist_ok=True)
        pretrain(config, out / "pretrain", use_gpu=-1, silent=False)
    if "ner" in steps:
        overrides: dict[str, object] = {}
        if args.max_steps:
            overrides["training.max_steps"] = args.max_steps
        spacy_train(HERE / "config.cfg", ner_dir, overrides)
        if second_dir is not None:
            spacy_train(
                HERE / "config.cfg", second_dir, {**overrides, "system.seed": args.second_seed}
            )
    if "ud" in steps:
        spacy_train(HERE / "config_ud.cfg", ud_dir, {})
    scores_path = out / f"{args.run}.heldout.json"
    if "evaluate" in steps:
        from training import evaluate, package

        tmp = out / "package-tmp"
        package.build(
            ner_dir / "model-best",
            ud_dir / "model-best" if (ud_dir / "model-best").exists() else None,
            tmp,
            version=args.version,
            rules=True,
            scores=None,
            extra_sources=[],
            notes="",
            second_ner=second_best,
        )
        gold = evaluate.read_gold(None, germeval_heldout=True)
        scores = evaluate.evaluate(tmp, gold, repeat_speed=3)
        print(evaluate.format_table(scores))
        scores_path.write_text(json.dumps(scores.as_dict(), indent=1))
    if "package" in steps:
        from training import package

        scores_data = json.loads(scores_path.read_text()) if scores_path.exists() else None
        package.build(
            ner_dir / "model-best",
            ud_dir / "model-best" if (ud_dir / "model-best").exists() else None,
            package.OUT,
            version=args.version,
            rules=True,
            scores=scores_data,
            extra_sources=[],
            notes="",
            second_ner=second_best,
        )
    print(f"done in {time.time() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
