"""``leselupe analyze``: one document, or several through the batch."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.batch import run_batch
from app.cli.common import read_input, refuse_offline_urls
from app.cli.render import analysis_to_json, print_summary
from app.core.gcpolicy import collection_paused


def cmd_analyze(args: argparse.Namespace) -> int:
    paths: list[str] = args.paths
    refuse_offline_urls(paths, args.online)
    if len(paths) > 1 or args.jsonl:
        return run_batch(args)
    # the analysis loads simplemma and the people lexicon (~0.4 s): lookup and info skip it
    from app.analysis import analyze

    doc = read_input(paths[0], args.online)
    for notice in doc.notices:
        print(f"leselupe: note: {notice}", file=sys.stderr)
    with collection_paused():  # as the window does: no cycles, no collections
        analysis = analyze(doc.text, credits=doc.meta.credits)
        for notice in analysis.notices:
            print(f"leselupe: note: {notice}", file=sys.stderr)
        if args.json:
            json.dump(
                analysis_to_json(analysis, doc.source, with_tokens=args.tokens, meta=doc.meta),
                sys.stdout,
                ensure_ascii=False,
            )
            sys.stdout.write("\n")
        else:
            print_summary(analysis, doc.source, sys.stdout, doc.meta)
    return 0
