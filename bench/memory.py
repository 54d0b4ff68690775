"""Peak memory (max RSS) of analysing a 1 MB German article, in a fresh process.

Usage: python -m bench.memory [--chars 1000000] [--json]
Prints the numbers; ``--json`` adds one JSON object as the last line:
{"chars", "model", "tokens", "baseline_rss_mb", "peak_rss_mb", "analysis_s"}.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time

from app.analysis import analyze
from app.nlp import load_pipeline_with_info
from bench.analysis_overhead import make_text


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--json", action="store_true", help="JSON object as the last line")
    args = parser.parse_args()
    text = make_text(args.chars)
    nlp, info = load_pipeline_with_info()
    analyze("Ein kurzer Satz zum Aufwärmen.", nlp, info)
    baseline = rss_mb()
    start = time.perf_counter()
    result = analyze(text, nlp, info)
    elapsed = time.perf_counter() - start
    data = {
        "chars": args.chars,
        "model": info.name,
        "tokens": len(result.tokens),
        "baseline_rss_mb": round(baseline, 1),
        "peak_rss_mb": round(rss_mb(), 1),
        "analysis_s": round(elapsed, 2),
    }
    print(
        f"{args.chars:,} characters, {data['tokens']:,} tokens, model {info.name}:"
        f" analysed in {elapsed:.1f} s"
    )
    print(
        f"max RSS before the analysis (model loaded, warmed up) {baseline:.0f} MB,"
        f" peak {data['peak_rss_mb']:.0f} MB"
    )
    if args.json:
        print(json.dumps(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
