"""``leselupe --quit-when-ready [FILE]`` as a real process, and PySide6 sanity."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_app(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LESELUPE_SETTINGS_FILE=str(tmp_path / "settings.ini"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(ROOT),
    )
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )


def test_quit_when_ready_prints_json(tmp_path: Path) -> None:
    result = run_app(["--quit-when-ready"], tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) == {"first_paint_ms", "ready_ms", "people", "entities"}
    assert all(isinstance(v, int) for v in data.values())
    assert 0 < data["first_paint_ms"] <= data["ready_ms"]
    assert data["entities"] > 0
    assert (tmp_path / "settings.ini").is_file()  # settings went to the private file
    assert "This plugin does not support" not in result.stderr  # platform noise filtered


def test_quit_when_ready_with_file(tmp_path: Path) -> None:
    article = tmp_path / "artikel.txt"
    article.write_text("Bundeskanzler Olaf Scholz (66) reist nach Paris.\n", encoding="utf-8")
    result = run_app(["--quit-when-ready", str(article)], tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["ready_ms"] >= data["first_paint_ms"]


def test_quit_when_ready_bad_file(tmp_path: Path) -> None:
    binary = tmp_path / "bild.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run_app(["--quit-when-ready", str(binary)], tmp_path)
    assert result.returncode == 2
    assert "binary" in result.stderr
    assert result.stdout.strip() == ""


def test_pyside_keeps_none_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call (and aborts)."""
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 100
