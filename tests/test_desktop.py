"""``leselupe --install-desktop``: a valid launcher and icons in a temporary XDG_DATA_HOME."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.cli import main
from app.desktop import (
    PNG_SIZES,
    app_icon_path,
    data_home,
    desktop_entry,
    exec_value,
    install_desktop,
    installed_files,
    launcher_command,
    png_icon_path,
    refresh_caches,
    uninstall_desktop,
)


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_install_writes_the_entry_and_icons(xdg: Path) -> None:
    written = install_desktop(refresh=False)
    assert written == installed_files(xdg) and all(p.is_file() for p in written)
    entry = read_entry(xdg / "applications" / "leselupe.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Leselupe"
    assert entry["GenericName"] and entry["Comment"]
    assert entry["Icon"] == "leselupe"
    assert entry["MimeType"] == "text/plain;text/html;text/markdown;"
    assert entry["Categories"] == "Education;Languages;Office;"
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "Leselupe"
    assert entry["Exec"].endswith(" %f")
    program = entry["Exec"].removesuffix(" %f").split(" ")[0].strip('"')
    assert Path(program).is_absolute() and os.access(program, os.X_OK)
    icons = xdg / "icons" / "hicolor"
    assert (icons / "scalable/apps/leselupe.svg").read_bytes() == app_icon_path().read_bytes()
    for size in PNG_SIZES:
        assert png_size(icons / f"{size}x{size}/apps/leselupe.png") == (size, size)


def test_exec_is_the_installed_script() -> None:
    script = Path(sys.executable).parent / "leselupe"
    if script.is_file():  # installed into this interpreter's environment (venv, pipx, CI)
        assert launcher_command() == [str(script.absolute())]
    else:
        assert launcher_command()[1:] == ["-m", "app"]


@pytest.mark.parametrize(
    ("command", "value"),
    [
        (["/usr/bin/leselupe"], "/usr/bin/leselupe %f"),
        (["/opt/my apps/leselupe"], '"/opt/my apps/leselupe" %f'),
        (["/opt/a$b/le`x`"], '"/opt/a\\\\$b/le\\\\`x\\\\`" %f'),
        (["/opt/100%/leselupe"], "/opt/100%%/leselupe %f"),
        (["/usr/bin/python3", "-m", "app"], "/usr/bin/python3 -m app %f"),
    ],
)
def test_exec_quoting(command: list[str], value: str) -> None:
    assert exec_value(command) == value


def test_desktop_file_validate_accepts_the_entry(xdg: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        message = "desktop-file-validate is missing (Debian package desktop-file-utils)"
        if os.environ.get("CI"):
            pytest.fail(message)  # .ci/run installs it: its absence is a broken CI
        pytest.skip(message)
    install_desktop(refresh=False)
    for command in (launcher_command(), ['/opt/my apps/$odd "name"']):
        path = xdg / "check.desktop"
        path.write_text(desktop_entry(command), encoding="utf-8")
        result = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=60)
        errors = [line for line in result.stdout.splitlines() if "error:" in line]
        assert result.returncode == 0 and not errors, result.stdout + result.stderr


def test_uninstall_removes_exactly_those_files(xdg: Path) -> None:
    install_desktop(refresh=False)
    neighbours = [
        xdg / "applications" / "other.desktop",
        xdg / "icons" / "hicolor" / "48x48" / "apps" / "other.png",
        xdg / "icons" / "hicolor" / "index.theme",
    ]
    for path in neighbours:
        path.write_text("x", encoding="utf-8")
    removed = uninstall_desktop(refresh=False)
    assert removed == installed_files(xdg)
    assert not any(p.exists() for p in removed)
    assert all(p.read_text(encoding="utf-8") == "x" for p in neighbours)
    assert uninstall_desktop(refresh=False) == []


def test_cache_tools_are_optional(
    xdg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    assert install_desktop() and refresh_caches(xdg) == []
    assert uninstall_desktop()


def fake_tool(folder: Path, name: str, exit_code: int = 0) -> Path:
    folder.mkdir(exist_ok=True)
    log = folder / "calls.log"
    tool = folder / name
    tool.write_text(f'#!/bin/sh\necho "{name} $*" >> "{log}"\nexit {exit_code}\n')
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    return log


def test_cache_tools_run_when_present_and_may_fail(
    xdg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tools = tmp_path / "tools"
    log = fake_tool(tools, "update-desktop-database", exit_code=1)
    fake_tool(tools, "gtk-update-icon-cache")
    monkeypatch.setenv("PATH", str(tools))
    install_desktop()
    calls = log.read_text(encoding="utf-8").splitlines()
    # No icon cache or theme index in the user's hicolor: none is created.
    assert calls == [f"update-desktop-database -q {xdg / 'applications'}"]
    (xdg / "icons" / "hicolor" / "index.theme").write_text("[Icon Theme]\n", encoding="utf-8")
    assert refresh_caches(xdg) == ["update-desktop-database", "gtk-update-icon-cache"]


def test_data_home_default_and_relative(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")
    assert data_home() == Path.home() / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_home() == Path.home() / ".local" / "share"


def test_command_line(xdg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--install-desktop"]) == 0
    out = capsys.readouterr().out
    assert str(xdg / "applications" / "leselupe.desktop") in out
    assert main(["--uninstall-desktop"]) == 0
    assert "Removed:" in capsys.readouterr().out
    assert main(["--uninstall-desktop"]) == 0
    assert "not installed" in capsys.readouterr().out


def test_unwritable_data_home_is_one_error_line(
    xdg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xdg.parent.mkdir(exist_ok=True)
    xdg.write_text("a file where the directory should be", encoding="utf-8")
    assert main(["--install-desktop"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("leselupe: error:") and len(err.splitlines()) == 1


def test_icon_files() -> None:
    root = ET.parse(app_icon_path()).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
    assert root.find(".//{http://www.w3.org/2000/svg}text") is None  # shapes only, no fonts
    for size in PNG_SIZES:
        assert png_size(png_icon_path(size)) == (size, size)


def test_committed_pngs_are_renderings_of_the_svg(qapp: object) -> None:
    """The PNGs must be re-rendered (python -m app.ui.render_icons) when the SVG changes."""
    from PySide6.QtGui import QImage

    from app.ui.render_icons import render

    for size in PNG_SIZES:
        fresh = render(app_icon_path(), size).convertToFormat(QImage.Format.Format_ARGB32)
        committed = QImage(str(png_icon_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
        assert committed.size() == fresh.size()
        diff = sum(
            abs(fresh.pixelColor(x, y).alpha() - committed.pixelColor(x, y).alpha())
            for x in range(0, size, 4)
            for y in range(0, size, 4)
        ) / ((size // 4) ** 2)
        assert diff < 8, size
