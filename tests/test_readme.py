"""The README's Quick start stays in step with CI: its one apt line installs every
Debian package .ci/run installs for Qt, and its commands are the ones that work on a
stock Debian (python3, a venv, no system-wide pip)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def ci_qt_packages() -> list[str]:
    """``qt_debs=(...)`` and every ``qt_debs+=(...)`` of .ci/run, in order."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    packages: list[str] = []
    for match in re.finditer(r"^qt_debs\+?=\(([^)]*)\)", script, re.MULTILINE):
        packages += shlex.split(match.group(1), comments=True)
    return packages


def quick_start() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]


def apt_lines(text: str) -> list[list[str]]:
    return [
        shlex.split(line)[3:]
        for line in text.splitlines()
        if line.startswith("sudo apt install ") and "pipx" not in line
    ]


def test_ci_lists_qt_packages() -> None:
    packages = ci_qt_packages()
    assert "libxcb-cursor0" in packages and "libxcb-icccm4" in packages
    assert "espeak-ng" in packages  # added with qt_debs+=


def test_readme_apt_line_installs_every_ci_package() -> None:
    lines = apt_lines(quick_start())
    assert len(lines) == 1, "one apt line in the Quick start"
    (line,) = lines
    missing = [p for p in ci_qt_packages() if p not in line]
    assert not missing, f"README's apt line lacks {missing} (.ci/run's qt_debs)"
    assert "python3-venv" in line  # Debian's python3 has no venv without it
    assert len(line) == len(set(line))


def test_quick_start_commands_work_on_stock_debian() -> None:
    text = quick_start()
    assert "python3 -m venv .venv && . .venv/bin/activate" in text
    assert "pip install . && leselupe" in text
    assert "pipx install . && leselupe" in text
    # Stock Debian has no `python` command and refuses a system-wide pip.
    commands = [line for line in text.splitlines() if line.startswith(("python ", "pip3 "))]
    assert not commands, commands
    assert "python3 -m pip install ." not in text
