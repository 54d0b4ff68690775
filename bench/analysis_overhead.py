"""Whole-process cost of ``leselupe analyze`` against a bare spaCy script.

Builds a ~300,000-character German text, then times, alternating, N runs of

  A: python -m app analyze TEXT --json > /dev/null
  B: python -m bench.bare_pipeline TEXT   (load_pipeline() + nlp.pipe over the same paragraphs)

and prints the median wall times and their ratio (target: A/B <= 1.25), and the same for
the CPU time (user + system) of each child process: on a shared machine the wall times
move with the load, the CPU times much less.
``--json`` adds one JSON object as the last line.

Usage: python -m bench.analysis_overhead [--chars 300000] [--runs 3] [--model NAME] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def make_text(chars: int) -> str:
    sample = (REPO / "resources" / "sample" / "article.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in sample.split("\n") if p.strip()]
    out: list[str] = []
    size = 0
    i = 0
    while size < chars:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        size += len(p) + 2
        i += 1
    return "\n\n".join(out)[:chars]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``cmd`` (CPU: user + system of the child)."""
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start, _children_cpu() - cpu


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", default=None, help="LESELUPE_MODEL for both sides")
    parser.add_argument("--json", action="store_true", help="JSON object as the last line")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.model:
        env["LESELUPE_MODEL"] = args.model
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(make_text(args.chars), encoding="utf-8")
        app_cmd = [sys.executable, "-m", "app", "analyze", str(path), "--json"]
        bare_cmd = [sys.executable, "-m", "bench.bare_pipeline", str(path)]
        timed(bare_cmd, env)  # warm the file cache
        app_runs: list[tuple[float, float]] = []
        bare_runs: list[tuple[float, float]] = []
        for _ in range(args.runs):
            bare_runs.append(timed(bare_cmd, env))
            app_runs.append(timed(app_cmd, env))
    app_times = [wall for wall, _cpu in app_runs]
    bare_times = [wall for wall, _cpu in bare_runs]
    a, b = statistics.median(app_times), statistics.median(bare_times)
    a_cpu = statistics.median(cpu for _wall, cpu in app_runs)
    b_cpu = statistics.median(cpu for _wall, cpu in bare_runs)
    result = {
        "chars": args.chars,
        "runs": args.runs,
        "analyze_s": round(a, 3),
        "bare_s": round(b, 3),
        "ratio": round(a / b, 3),
        "analyze_all": [round(x, 3) for x in app_times],
        "bare_all": [round(x, 3) for x in bare_times],
        "analyze_cpu_s": round(a_cpu, 3),
        "bare_cpu_s": round(b_cpu, 3),
        "cpu_ratio": round(a_cpu / b_cpu, 3),
    }
    print(f"text: {args.chars:,} characters; {args.runs} alternating runs of each")
    print(f"leselupe analyze --json: median {a:.2f} s (runs: {result['analyze_all']})")
    print(f"bare pipeline script:    median {b:.2f} s (runs: {result['bare_all']})")
    print(f"ratio {a / b:.3f} (target <= 1.25)")
    print(
        f"CPU (user + system): analyze {a_cpu:.2f} s, bare {b_cpu:.2f} s, ratio {a_cpu / b_cpu:.3f}"
    )
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
