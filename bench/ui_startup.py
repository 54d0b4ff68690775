"""Start-up time of the window against a bare script doing the same essential work.

Usage: QT_QPA_PLATFORM=offscreen python -m bench.ui_startup [--runs 3] [--json] [FILE]

Runs ``python -m app --quit-when-ready [FILE]`` (window, analysis shown, exit)
and a bare script that imports Qt, loads the same spaCy pipeline, runs it over
the same text and shows an empty window, each --runs times, and prints the
median wall-clock times, their ratio (target: at most 1.3) and the window's
own first-paint and ready times. Prints numbers; asserts nothing. ``--json``
adds one JSON object as the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtTest import QTest
from app.document import load_document
from app.nlp import load_pipeline_with_info
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1240, 820)
window.show()
QTest.qWaitForWindowExposed(window)
text = load_document(sys.argv[1]).text
nlp, info = load_pipeline_with_info()
docs = list(nlp.pipe([p for p in text.split("\n") if p.strip()]))
app.processEvents()
print(len(docs))
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{cmd} failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed, result.stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="JSON object as the last line")
    parser.add_argument("file", nargs="?", default=str(ROOT / "resources/sample/article.txt"))
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    env["LESELUPE_SETTINGS_FILE"] = str(Path(tempfile.mkdtemp()) / "settings.ini")
    app_times: list[float] = []
    bare_times: list[float] = []
    reports: list[dict[str, int]] = []
    for _ in range(args.runs):
        elapsed, out = timed([sys.executable, "-m", "app", "--quit-when-ready", args.file], env)
        app_times.append(elapsed)
        reports.append(json.loads(out.strip().splitlines()[-1]))
        elapsed, _ = timed([sys.executable, "-c", BARE, args.file], env)
        bare_times.append(elapsed)
    app_s = statistics.median(app_times)
    bare_s = statistics.median(bare_times)
    print(f"file: {args.file}")
    print(
        f"leselupe --quit-when-ready: median {app_s * 1000:.0f} ms  "
        f"(runs: {', '.join(f'{t * 1000:.0f}' for t in app_times)})"
    )
    print(
        f"bare pipeline + empty window: median {bare_s * 1000:.0f} ms  "
        f"(runs: {', '.join(f'{t * 1000:.0f}' for t in bare_times)})"
    )
    print(f"ratio: {app_s / bare_s:.2f} (target <= 1.3)")
    for key in ("first_paint_ms", "ready_ms"):
        values = [r[key] for r in reports]
        print(f"{key}: median {statistics.median(values):.0f} (runs: {values})")
    print(f"people: {reports[-1]['people']}, entities: {reports[-1]['entities']}")
    if args.json:
        result = {
            "file": args.file,
            "runs": args.runs,
            "app_s": round(app_s, 3),
            "bare_s": round(bare_s, 3),
            "ratio": round(app_s / bare_s, 3),
            "app_all": [round(t, 3) for t in app_times],
            "bare_all": [round(t, 3) for t in bare_times],
            "first_paint_ms": statistics.median(r["first_paint_ms"] for r in reports),
            "ready_ms": statistics.median(r["ready_ms"] for r in reports),
            "people": reports[-1]["people"],
            "entities": reports[-1]["entities"],
        }
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
