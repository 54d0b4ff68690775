"""Throughput of ``leselupe analyze FILE... --jsonl``: one process against a pool.

Usage: python -m bench.batch [--docs 200] [--workers 2] [--runs 2] [--json]

Builds ``--docs`` news articles from the paragraphs of tests/fixtures/news*_de.txt
(each 4-8 paragraphs of different stories, combined deterministically), then runs
the real command on all of them with ``--workers 1`` and ``--workers N``,
alternately ``--runs`` times (the least disturbed wall and CPU times count). It
prints wall time, documents per second, the CPU seconds used and how many cores
the run got on average (CPU time / wall time): the machine may be shared, and a
pool that gets fewer cores than it asks for is slower for that reason alone.

Each run includes loading the pipeline (once; the pool's workers share the
parent's). A run on 2 documents per process estimates that fixed cost; the
steady-state ratio leaves it out. The CPU-accounted ratio is what dedicated
cores would give: one process's CPU time against the pool's serial start plus
the rest of its CPU time spread over the workers. Target: >= 1.6x on 2 cores.
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def make_articles(folder: Path, count: int) -> list[Path]:
    paragraphs: list[str] = []
    for path in sorted((REPO / "tests" / "fixtures").glob("news*_de.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40]
    rng = random.Random(16)
    files = []
    for n in range(count):
        chosen = rng.sample(paragraphs, rng.randint(4, min(8, len(paragraphs))))
        path = folder / f"artikel_{n:03d}.txt"
        path.write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
        files.append(path)
    return files


def run(files: list[Path], workers: int) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "app", "analyze", *map(str, files), "--jsonl", "-w", f"{workers}"],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = proc.stdout.decode("utf-8").splitlines()
    errors = sum(1 for line in lines if '"error"' in line[:200] and "error" in json.loads(line))
    if proc.returncode != 0 or len(lines) != len(files) or errors:
        print(proc.stderr.decode("utf-8")[-2000:], file=sys.stderr)
        raise SystemExit(f"the run with {workers} worker(s) failed")
    return {
        "docs": len(files),
        "wall_s": wall,
        "cpu_s": cpu,
        "docs_per_s": len(files) / wall,
        "cores": cpu / wall,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=2, help="alternating runs; the best counts")
    parser.add_argument("--json", action="store_true", help="JSON object as the last line")
    args = parser.parse_args()
    available = len(os.sched_getaffinity(0))
    load = os.getloadavg()[0]
    print(f"cores available: {available}; load average (1 min) before: {load:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        files = make_articles(Path(tmp), args.docs)
        chars = sum(p.stat().st_size for p in files)
        print(f"{len(files)} articles, {chars / 1000:.0f} kB")
        configs = (
            ("fixed 1", 1, files[:2]),
            (f"fixed {args.workers}", args.workers, files[: 2 * args.workers]),
            ("one process", 1, files),
            (f"{args.workers} workers", args.workers, files),
        )
        results: dict[str, dict[str, float]] = {}
        for round_no in range(args.runs):  # alternating, so both see the same machine
            for label, workers, docs in configs:
                r = run(docs, workers)
                best = results.setdefault(label, r)
                for key in ("wall_s", "cpu_s"):  # the least disturbed of the runs
                    best[key] = min(best[key], r[key])
                print(
                    f"run {round_no + 1} {label:12s} {len(docs):4d} docs  wall {r['wall_s']:6.1f} s"
                    f"  {r['docs_per_s']:5.2f} docs/s  CPU {r['cpu_s']:6.1f} s"
                    f"  cores used {r['cores']:.2f}"
                )
        for r in results.values():
            r["docs_per_s"] = r["docs"] / r["wall_s"]
            r["cores"] = r["cpu_s"] / r["wall_s"]
    one, pool = results["one process"], results[f"{args.workers} workers"]
    ratio = pool["docs_per_s"] / one["docs_per_s"]
    fixed_one = results["fixed 1"]["wall_s"]
    fixed_pool = results[f"fixed {args.workers}"]["wall_s"]
    steady = (one["wall_s"] - fixed_one) / max(pool["wall_s"] - fixed_pool, 1e-6)
    # CPU-accounted: on dedicated cores one process takes its CPU time; the pool takes
    # its serial start (about the CPU of the 2-document run) plus the rest spread evenly.
    serial = results["fixed 1"]["cpu_s"]
    dedicated = one["cpu_s"] / (serial + max(pool["cpu_s"] - serial, 0.0) / args.workers)
    summary = {
        "docs": args.docs,
        "workers": args.workers,
        "one_process_docs_per_s": round(one["docs_per_s"], 2),
        "pool_docs_per_s": round(pool["docs_per_s"], 2),
        "throughput_ratio": round(ratio, 2),
        "steady_state_ratio": round(steady, 2),
        "cores_used_one": round(one["cores"], 2),
        "cores_used_pool": round(pool["cores"], 2),
        "cpu_accounted_ratio": round(dedicated, 2),
        "pool_cpu_overhead": round(pool["cpu_s"] / one["cpu_s"] - 1, 3),
        "load_before": round(load, 2),
        "target": 1.6,
    }
    print(
        f"throughput {ratio:.2f}x with {args.workers} workers (steady state without the "
        f"pipeline loads {steady:.2f}x; target >= 1.6x); the pool got "
        f"{pool['cores']:.2f} cores on average, one process {one['cores']:.2f}; "
        f"CPU-accounted for {args.workers} dedicated cores: {dedicated:.2f}x, "
        f"the pool's extra CPU {100 * (pool['cpu_s'] / one['cpu_s'] - 1):.0f} %"
    )
    if args.json:
        print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
