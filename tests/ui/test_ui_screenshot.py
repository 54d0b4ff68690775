"""``leselupe --screenshot OUT.png [--scroll FRACTION] [FILE]`` as a real process."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.ui.main import ScreenshotError, check_screenshot_args
from tests.ui.test_ui_cli import run_app


def _article(path: Path) -> Path:
    paragraphs = [
        f"Absatz {n}: Bundeskanzler Olaf Scholz sprach am Dienstag in Berlin über den Haushalt."
        for n in range(400)
    ]
    path.write_text("\n\n".join([*paragraphs, "Das Ende des Artikels."]), encoding="utf-8")
    return path


def test_screenshot_of_the_end_of_an_article(tmp_path: Path, app) -> None:
    out = tmp_path / "ende.png"
    result = run_app(
        ["--screenshot", str(out), "--scroll", "1", str(_article(tmp_path / "a.txt"))], tmp_path
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 400 and image.height() > 300


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scroll", "1.5"], "between 0 and 1"),
        (["--scroll", "nan"], "between 0 and 1"),
        (["--scroll", "-0.1"], "between 0 and 1"),
    ],
)
def test_bad_scroll_fractions_are_refused(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_app(["--screenshot", str(tmp_path / "x.png"), *args], tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_bad_file_or_output_exits_2_with_a_message(tmp_path: Path) -> None:
    binary = tmp_path / "bild.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run_app(["--screenshot", str(tmp_path / "x.png"), str(binary)], tmp_path)
    assert result.returncode == 2 and "binary" in result.stderr
    result = run_app(["--screenshot", str(tmp_path / "missing" / "x.png")], tmp_path)
    assert result.returncode == 2 and "no such directory" in result.stderr
    result = run_app(["--scroll", "0.5"], tmp_path)
    assert result.returncode == 2 and "--screenshot" in result.stderr


def test_screenshot_arguments_are_checked(tmp_path: Path) -> None:
    assert check_screenshot_args(str(tmp_path / "a.png"), 0.5) == tmp_path / "a.png"
    for out, scroll in ((str(tmp_path / "a.jpg"), 0.0), (str(tmp_path), 0.0)):
        with pytest.raises(ScreenshotError):
            check_screenshot_args(out, scroll)
