"""The installed package (``pip install .``) works on its own, away from the source tree.

The other tests import ``app`` from the checkout; this one runs the ``leselupe``
console script that ``pip install`` put next to the interpreter, from an empty
directory, so a resource missing from the wheel (model, dictionary, lexicons,
fonts, sample) shows up here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO


def _script() -> Path:
    script = Path(sys.executable).parent / "leselupe"
    assert script.exists(), (
        f"{script} is missing: install the project first (python -m pip install '.[test]')"
    )
    return script


def _leselupe(
    args: list[str], cwd: Path, env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed console script with ``args``; fails the test on a non-zero exit."""
    result = subprocess.run(
        [str(_script()), *args],
        input=stdin,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def _installed_resources(cwd: Path, env: dict[str, str]) -> Path:
    """Where the installed package's bundled resources are.

    A wheel (``pip install .``) carries them inside the package, away from the checkout;
    an editable install (``pip install -e .``) imports the checkout's ``app`` and uses the
    checkout's ``resources/``."""
    found = subprocess.run(
        [sys.executable, "-c", "import app, pathlib; print(pathlib.Path(app.__file__).parent)"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    package = Path(found.stdout.strip()).resolve()
    if package == (REPO / "app").resolve():
        return (REPO / "resources").resolve()
    assert not package.is_relative_to(REPO), package
    return package / "resources"


def test_installed_console_script_runs_from_anywhere(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "LESELUPE_MODEL"}}
    info = _leselupe(["info", "--json"], tmp_path, env)
    data = json.loads(info.stdout)
    assert data["origin"] in {"bundled", "installed package"}, data
    if data["origin"] == "bundled":
        resources = _installed_resources(tmp_path, env)
        assert data["path"] and Path(data["path"]).resolve().is_relative_to(resources), (
            data["path"],
            resources,
        )
    assert "Ding" in data["dictionary"], data["dictionary"]
    result = _leselupe(
        ["analyze", "-", "--json"],
        tmp_path,
        env,
        stdin="Bundeskanzler Olaf Scholz (66) traf am Montag in Paris Präsident Emmanuel Macron.",
    )
    names = {p["name"] for p in json.loads(result.stdout)["people"]}
    assert {"Olaf Scholz", "Emmanuel Macron"} <= names


def test_installed_window_opens_the_bundled_sample(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "LESELUPE_MODEL"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LESELUPE_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    result = _leselupe(["--quit-when-ready"], tmp_path, env)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["people"] == 6
    assert report["first_paint_ms"] <= report["ready_ms"]
