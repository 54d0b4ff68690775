"""Run the core benchmarks one after another and print one table (Markdown, and JSON).

Usage:
  QT_QPA_PLATFORM=offscreen python -m bench.run_all [--quick] [--only NAME,...]
                                                    [--json-out PATH] [--md-out PATH] [--data DIR]

Each benchmark runs as its own process (``python -m bench.<module> ... --json``),
one at a time, and its last output line (one JSON object) is collected:

- startup: window to first paint and to ready, and the whole process against a
  bare script (import Qt, load the pipeline, run it over the text, empty window);
- analysis: ``leselupe analyze --json`` against the bare pipeline on 300,000 characters;
- hover: building the hover card (WordInfo + card + HTML) on the UI thread, p50/p99;
- dictionary: ``open_dictionary()`` in a fresh process, µs per word of
  ``lookup --stdin`` over 20,000 words in one process;
- ner: loading the bundled pipeline (``app.nlp.load_directory``) and its words/s on one core;
- memory: peak RSS of a process analysing a 1 MB article;
- stall: the longest event-loop stall while the window opens and analyses 1 MB.

Ratios compare two programs timed alternately in the same run; compare ratios
across machines and runs, not absolute times. The table names the machine (CPU,
cores, load average before and after each benchmark, Python, spaCy, PySide6) and
the date. ``--quick`` runs fewer repetitions and smaller inputs (the table says
which). Exit code 1 when a benchmark failed to run (missed targets are only
marked in the table). Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from tests.machine_speed import interpreter_steps  # the tests' speed probe

ROOT = Path(__file__).resolve().parent.parent


Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table."""

    bench: str
    measure: str
    value: str
    target: str = ""
    ok: bool | None = None  # None: no target


@dataclass(frozen=True, slots=True)
class Bench:
    name: str
    module: str  # run as python -m bench.<module>
    full: tuple[str, ...]
    quick: tuple[str, ...]
    rows: Callable[[Json], list[Row]]
    needs_qt: bool = False
    reads_data: bool = False  # takes --data DIR (training/data.py)
    extra_env: dict[str, str] = field(default_factory=dict)


def _check(value: float, limit: float, *, at_most: bool = True) -> bool:
    return value <= limit if at_most else value >= limit


def startup_rows(r: Json) -> list[Row]:
    return [
        Row("startup", "window: first paint of the sample article", f"{r['first_paint_ms']} ms"),
        Row("startup", "window: analysis shown (ready)", f"{r['ready_ms']:.0f} ms"),
        Row(
            "startup",
            f"whole process / bare script (median of {r['runs']}: "
            f"{r['app_s']:.2f} s / {r['bare_s']:.2f} s)",
            f"{r['ratio']:.2f}",
            "≤ 1.3",
            _check(r["ratio"], 1.3),
        ),
    ]


def analysis_rows(r: Json) -> list[Row]:
    return [
        Row(
            "analysis",
            f"`leselupe analyze` / bare pipeline, {r['chars']:,} chars "
            f"(median of {r['runs']}: {r['analyze_s']:.2f} s / {r['bare_s']:.2f} s)",
            f"{r['ratio']:.2f}",
            "≤ 1.25",
            _check(r["ratio"], 1.25),
        )
    ]


def hover_rows(r: Json) -> list[Row]:
    rows = []
    for key, what in (
        ("prefetched", "hover card on the UI thread, as the window runs"),
        ("cold", "hover card on the UI thread, before the prefetch (fresh dictionary)"),
    ):
        s = r[key]
        rows.append(
            Row(
                "hover",
                f"{what}, p50 / p99 (n={s['n']})",
                f"{s['p50_ms']:.3f} / {s['p99_ms']:.3f} ms",
                "p99 ≤ 2 ms",
                _check(s["p99_ms"], 2.0),
            )
        )
    hit = r["hit_test"]
    rows.append(
        Row(
            "hover",
            "hit test per mouse move, p50 / p99",
            f"{hit['p50_ms']:.3f} / {hit['p99_ms']:.3f} ms",
        )
    )
    nxt = r["next_word_card"]
    rows.append(
        Row("hover", "mouse to the next word → card updated, p50", f"{nxt['p50_ms']:.1f} ms")
    )
    return rows


def dictionary_rows(r: Json) -> list[Row]:
    # The import counts too: app.dictionary imports its lookup modules at module level,
    # work that open_dictionary() did before they moved out of functions.
    opened = r["import_ms"] + r["open_ms"]
    rows = [
        Row(
            "dictionary",
            "`import app.dictionary` + `open_dictionary()` in a fresh process (best of 3; "
            f"open alone {r['open_ms']:.0f} ms)",
            f"{opened:.0f} ms",
            "≤ 200 ms",
            _check(opened, 200),
        ),
        Row(
            "dictionary",
            f"`lookup --stdin`, {r['stdin_words']:,} words in one process, per word "
            f"(wall; CPU {r['us_per_word_cpu']:.0f} µs)",
            f"{r['us_per_word_wall']:.0f} µs",
            "≤ 100 µs",
            _check(r["us_per_word_wall"], 100),
        ),
    ]
    if "install_s" in r:
        unpack = f"{r['install_s']:.2f} s"
        rows.append(Row("dictionary", "first-run unpacking of the database", unpack))
    return rows


def ner_rows(r: Json) -> list[Row]:
    return [
        Row(
            "ner",
            f"loading the bundled {r['model']} {r['version']}",
            f"{r['load_s']:.2f} s",
            "≤ 0.5 s",
            _check(r["load_s"], 0.5),
        ),
        Row(
            "ner",
            "first document after the load (lazy data: lemma tables)",
            f"{r['first_doc_s']:.2f} s",
        ),
        Row(
            "ner",
            f"whole pipeline on one core, {r['words']:,} words",
            f"{r['words_per_s']:,} words/s",
            "≥ 5,000 words/s",
            _check(r["words_per_s"], 5000, at_most=False),
        ),
    ]


def memory_rows(r: Json) -> list[Row]:
    return [
        Row(
            "memory",
            f"peak RSS analysing {r['chars']:,} chars ({r['tokens']:,} tokens; "
            f"{r['baseline_rss_mb']:.0f} MB before, model loaded; {r['analysis_s']:.1f} s)",
            f"{r['peak_rss_mb']:.0f} MB",
        )
    ]


def stall_rows(r: Json) -> list[Row]:
    return [
        Row(
            "stall",
            f"longest event-loop stall, window opens and analyses {r['mb']:.2f} MB "
            f"(ready after {r['events_ms'].get('ready', 0) / 1000:.1f} s)",
            f"{r['max_gap_ms']:.0f} ms",
            "< 100 ms",
            r["max_gap_ms"] < 100,
        )
    ]


BENCHES = (
    Bench("startup", "ui_startup", ("--runs", "5"), ("--runs", "1"), startup_rows, True),
    Bench(
        "analysis",
        "analysis_overhead",
        ("--chars", "300000", "--runs", "3"),
        ("--chars", "100000", "--runs", "1"),
        analysis_rows,
    ),
    Bench("hover", "ui_hover", (), (), hover_rows, True),
    Bench(
        "dictionary",
        "dictionary_speed",
        ("--words", "20000"),
        ("--words", "5000", "--skip-install"),
        dictionary_rows,
        reads_data=True,
    ),
    Bench(
        "ner",
        "ner_speed",
        ("--words", "30000", "--repeat", "3"),
        ("--words", "10000", "--repeat", "1"),
        ner_rows,
    ),
    Bench("memory", "memory", ("--chars", "1000000"), ("--chars", "300000"), memory_rows),
    Bench("stall", "ui_stall", ("--mb", "1"), ("--mb", "0.3"), stall_rows, True),
)


def _version(*distributions: str) -> str:
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def _git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "describe", "--always", "--dirty", "--abbrev=10"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def cpu_probe() -> dict[str, float]:
    """Seconds for fixed pure-Python work (best of 3): how fast this machine is right now.

    ``loop``: 3 million interpreter steps (CPU only); ``alloc``: a dict of a million
    strings built and sorted (memory bound, like decoding lemma tables or building an
    analysis). On a shared or virtual machine these change with the neighbours' load,
    which the load average inside the machine does not show; absolute times scale
    with them, the ratios do not."""
    loop = alloc = float("inf")
    for _ in range(3):
        loop = min(loop, interpreter_steps(time.perf_counter))
        started = time.perf_counter()
        table = {str(i): i for i in range(1_000_000)}
        sorted(table, key=table.__getitem__, reverse=True)
        del table
        alloc = min(alloc, time.perf_counter() - started)
    return {"loop_s": round(loop, 3), "alloc_s": round(alloc, 3)}


def machine() -> Json:
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "cores_usable": affinity,
        "load_average": _load(),
        "probe": cpu_probe(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "pyside6": _version("PySide6", "PySide6_Essentials"),
        "commit": _git_commit(),
    }


def run_bench(bench: Bench, quick: bool, timeout: float, data: Path | None = None) -> Json:
    args = [sys.executable, "-m", f"bench.{bench.module}"]
    args += [*(bench.quick if quick else bench.full), "--json"]
    if data is not None and bench.reads_data:
        args += ["--data", str(data)]
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(bench.extra_env)
    command = " ".join(["python", *args[1:]])
    before = _load()
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return {"command": command, "error": f"timed out after {timeout:.0f} s"}
    took = time.perf_counter() - started
    out: Json = {
        "command": command,
        "seconds": round(took, 1),
        "load_before": before,
        "load_after": _load(),
        "output": proc.stdout.rstrip().splitlines()[:-1],
    }
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        out["error"] = f"exit code {proc.returncode}: {proc.stderr.strip()[-1500:]}"
        return out
    try:
        out["result"] = json.loads(lines[-1])
    except ValueError:
        out["error"] = f"last line is not JSON: {lines[-1][:200]!r}"
    return out


def markdown(info: Json, runs: dict[str, Json], quick: bool) -> str:
    load = " ".join(str(x) for x in info["load_average"])
    lines = [
        f"Measured {info['date']} on {info['cpu']}, {info['cores']} cores"
        f" ({info['cores_usable']} usable), load average {load} (1/5/15 min) at the start;"
        f" {info['os']}; Python {info['python']}, spaCy {info['spacy']},"
        f" PySide6 {info['pyside6']}; commit {info['commit']}; speed probe (loop / alloc,"
        f" see `cpu_probe`) {info['probe']['loop_s']:.2f} / {info['probe']['alloc_s']:.2f} s"
        f" at the start, {info['probe_end']['loop_s']:.2f} /"
        f" {info['probe_end']['alloc_s']:.2f} s at the end"
        + ("; **quick pass** (fewer runs, smaller inputs)" if quick else "")
        + ".",
        "",
        "| bench | measure | value | target | ok |",
        "|---|---|---|---|---|",
    ]
    for name, run in runs.items():
        if "error" in run:
            error = run["error"][:200].replace("|", "/").replace("\n", " ")
            lines.append(f"| {name} | `{run['command']}` | **failed**: {error} | | ✗ |")
            continue
        for row in run["rows"]:
            mark = "" if row.ok is None else ("✓" if row.ok else "✗")
            lines.append(f"| {row.bench} | {row.measure} | {row.value} | {row.target} | {mark} |")
    lines += ["", "Commands (each ends with `--json`) and load average (1 min) before → after:", ""]
    for name, run in runs.items():
        loads = ""
        if run.get("load_before") and run.get("load_after"):
            loads = f" — load {run['load_before'][0]} → {run['load_after'][0]}"
        took = f", {run['seconds']:.0f} s" if "seconds" in run else ""
        lines.append(f"- {name}: `{run['command']}`{took}{loads}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller inputs")
    parser.add_argument("--only", default="", help="comma-separated names: " + ", ".join(
        b.name for b in BENCHES))  # fmt: skip
    parser.add_argument("--json-out", type=Path, default=None, help="write the JSON here")
    parser.add_argument("--md-out", type=Path, default=None, help="write the Markdown here")
    parser.add_argument("--timeout", type=float, default=1800, help="per benchmark, seconds")
    parser.add_argument(
        "--data", type=Path, default=None,
        help="the data folder (see training/data.py) for the benchmarks that read it",
    )  # fmt: skip
    args = parser.parse_args()
    wanted = {n.strip() for n in args.only.split(",") if n.strip()}
    unknown = wanted - {b.name for b in BENCHES}
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    info = machine()
    runs: dict[str, Json] = {}
    failed = False
    for bench in BENCHES:
        if wanted and bench.name not in wanted:
            continue
        print(f"== {bench.name}", file=sys.stderr, flush=True)
        run = run_bench(bench, args.quick, args.timeout, args.data)
        for line in run.get("output", []):
            print(f"   {line}", file=sys.stderr)
        if "error" in run:
            failed = True
            print(f"   FAILED: {run['error']}", file=sys.stderr)
        else:
            try:
                run["rows"] = bench.rows(run["result"])
            except (KeyError, TypeError, ValueError) as exc:
                failed = True
                run["error"] = f"unexpected result ({type(exc).__name__}: {exc})"
        runs[bench.name] = run
    info["load_average_end"] = _load()
    info["probe_end"] = cpu_probe()
    table = markdown(info, runs, args.quick)
    print(table)
    if args.md_out:
        args.md_out.write_text(table + "\n", encoding="utf-8")
    if args.json_out:
        data = {
            "machine": info,
            "quick": args.quick,
            "benchmarks": {
                name: {
                    **{k: v for k, v in run.items() if k not in {"rows", "output"}},
                    "rows": [
                        {
                            "measure": r.measure,
                            "value": r.value,
                            "target": r.target,
                            "ok": r.ok,
                        }
                        for r in run.get("rows", [])
                    ],
                }
                for name, run in runs.items()
            },
        }
        args.json_out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
