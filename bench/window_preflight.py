"""What the window's X11 pre-flight (app.doctor.platform_problem) adds to its start.

Runs, alternating, N fresh processes of each kind on a real X server:

  with:    import app.ui.main; platform_problem(); QApplication([])
  without: import app.ui.main;                     QApplication([])

and prints the median wall time of the pre-flight and of creating the
QApplication (the pre-flight loads the xcb plugin's libraries that Qt would
load next, so part of its cost moves rather than adds), and the CPU time of
importing app.doctor and app.desktop (beyond what the window imports anyway).
Needs an X display: run it as ``xvfb-run -a python -m bench.window_preflight``
without a screen.

Usage: python -m bench.window_preflight [--runs 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PROBE = """
import json, os, resource, sys, time
os.environ.pop("QT_QPA_PLATFORM", None)
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return (r.ru_utime + r.ru_stime) * 1000
import dataclasses, importlib.util, json, pathlib, re, shutil  # the window imports these anyway
import app.core.paths
c = cpu()
import app.doctor, app.desktop
imported = cpu() - c
import app.ui.main
from PySide6.QtWidgets import QApplication
w0 = time.perf_counter()
if sys.argv[1] == "with":
    problem = app.doctor.platform_problem()
    assert problem is None, problem
w1 = time.perf_counter()
application = QApplication([])
w2 = time.perf_counter()
print(json.dumps({"preflight": (w1 - w0) * 1000, "qapp": (w2 - w1) * 1000, "import": imported}))
"""


def run(kind: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, kind],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(result.stderr.strip().splitlines()[-1])
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        raise SystemExit("needs an X display: xvfb-run -a python -m bench.window_preflight")
    samples: dict[str, list[dict[str, float]]] = {"with": [], "without": []}
    for _ in range(args.runs):
        for kind in samples:
            samples[kind].append(run(kind))

    def median(kind: str, key: str) -> float:
        return round(statistics.median(s[key] for s in samples[kind]), 1)

    result = {
        "preflight_ms": median("with", "preflight"),
        "qapp_after_preflight_ms": median("with", "qapp"),
        "qapp_without_preflight_ms": median("without", "qapp"),
        "import_doctor_desktop_cpu_ms": median("without", "import"),
        "runs": args.runs,
    }
    added = result["preflight_ms"] + result["qapp_after_preflight_ms"]
    print(f"pre-flight: {result['preflight_ms']} ms (median of {args.runs})")
    print(
        f"QApplication: {result['qapp_after_preflight_ms']} ms after it, "
        f"{result['qapp_without_preflight_ms']} ms without"
    )
    print(f"pre-flight + QApplication - QApplication alone: "
          f"{added - result['qapp_without_preflight_ms']:+.1f} ms")  # fmt: skip
    print(f"importing app.doctor and app.desktop: {result['import_doctor_desktop_cpu_ms']} ms CPU")
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
