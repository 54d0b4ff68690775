"""``leselupe doctor`` and the window's pre-flight: missing Qt libraries named, no core dump.

Missing libraries are simulated with a fake ``ldd`` on PATH and a fake plugin
directory; Qt itself is started for real in subprocesses.
"""

from __future__ import annotations

import ctypes.util
import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.doctor import (
    XCB_GL_PLUGINS,
    XCB_PLUGIN,
    apt_line,
    check_platform_plugin,
    check_read_aloud,
    check_translation_cache,
    debian_packages,
    display_reachable,
    missing_xcb_libraries,
    not_found_in_ldd_output,
    platform_problem,
    report,
)
from tests.helpers import REPO

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd5a3e6000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f7f1c000000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f7f1bf00000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-xinerama.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f7f1bc00000)
"""


def test_ldd_output_is_parsed() -> None:
    assert not_found_in_ldd_output(LDD_OUTPUT) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxcb-xinerama.so.0",
    ]
    assert not_found_in_ldd_output("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_libraries_map_to_debian_packages() -> None:
    libraries = [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxcb-xinerama.so.0",
        "libxkbcommon-x11.so.0",
        "libEGL.so.1",
        "libGL.so.1",
        "libfontconfig.so.1",
        "libgthread-2.0.so.0",
        "libglib-2.0.so.0",
        "libmystery.so.9",
    ]
    packages, unknown = debian_packages(libraries)
    assert packages == [
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxcb-xinerama0",
        "libxkbcommon-x11-0",
        "libegl1",
        "libgl1",
        "libfontconfig1",
        "libglib2.0-0",
    ]
    assert unknown == ["libmystery.so.9"]
    assert apt_line(["libxcb-icccm4", "libxcb-keysyms1"]) == (
        "sudo apt install libxcb-icccm4 libxcb-keysyms1"
    )


def test_the_ci_installs_every_package_of_the_table() -> None:
    """.ci/run's Debian list must hold what the window's plugin needs (same names)."""
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-xinerama0"):
        assert package in ci


@pytest.fixture
def fake_qt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plugin directory whose xcb plugin cannot be loaded, and an ``ldd`` that says why."""
    plugins = tmp_path / "plugins"
    for relative in (XCB_PLUGIN, *XCB_GL_PLUGINS):
        (plugins / relative).parent.mkdir(parents=True, exist_ok=True)
        (plugins / relative).write_bytes(b"not an ELF file")
    tools = tmp_path / "bin"
    tools.mkdir()
    ldd = tools / "ldd"
    ldd.write_text(
        "#!/bin/sh\n"
        'case "$1" in\n'
        '  *libqxcb.so) printf "\\tlibxcb-icccm.so.4 => not found\\n'
        '\\tlibxcb-keysyms.so.1 => not found\\n\\tlibc.so.6 => /lib/libc.so.6 (0x1)\\n" ;;\n'
        '  *glx*) printf "\\tlibxcb-icccm.so.4 => not found\\n\\tlibGLX.so.0 => not found\\n" ;;\n'
        '  *) printf "\\tlibc.so.6 => /lib/libc.so.6 (0x1)\\n" ;;\n'
        "esac\n"
    )
    ldd.chmod(ldd.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    return plugins


def test_missing_xcb_libraries(fake_qt: Path) -> None:
    missing = missing_xcb_libraries(fake_qt)
    assert missing.checked
    assert missing.required == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert missing.optional == ["libGLX.so.0"]
    assert missing.packages() == (["libxcb-icccm4", "libxcb-keysyms1", "libglx0"], [])


@pytest.fixture
def x_display(tmp_path: Path) -> str:
    """A listening socket where an X server's would be: abstract ``/tmp/.X11-unix/X<N>``."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    number = 4000 + os.getpid() % 1000
    sock.bind(f"\0/tmp/.X11-unix/X{number}")
    sock.listen(1)
    yield f":{number}"
    sock.close()


def test_window_preflight_names_the_packages(
    fake_qt: Path, x_display: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", x_display)
    problem = platform_problem(fake_qt)
    assert problem is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in problem
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1 libglx0" in problem


def test_window_preflight_passes_a_loadable_plugin(
    tmp_path: Path, x_display: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = ctypes.util.find_library("z")
    assert library is not None
    ctypes.CDLL(library)
    maps = Path("/proc/self/maps").read_text(encoding="utf-8").split()
    loaded = next(p for p in maps if p.startswith("/") and Path(p).name.startswith(library))
    plugins = tmp_path / "plugins"
    (plugins / XCB_PLUGIN).parent.mkdir(parents=True)
    (plugins / XCB_PLUGIN).symlink_to(loaded)  # any loadable library stands in for the plugin
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", x_display)
    assert platform_problem(plugins) is None


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": None}, None),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": None}, None),
        ({"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None}, "DISPLAY is not"),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": None, "WAYLAND_DISPLAY": "wayland-0"}, "DISPLAY"),
        (
            {"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": "wayland-0",
             "XDG_SESSION_TYPE": "wayland"},
            None,
        ),
        ({"QT_QPA_PLATFORM": None, "DISPLAY": ":3999"}, "does not answer"),
    ],
)  # fmt: skip
def test_window_preflight_environments(
    env: dict[str, str | None], expected: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    problem = platform_problem()
    assert (problem is None) if expected is None else (expected in (problem or ""))


def test_display_reachable(x_display: str) -> None:
    assert display_reachable(x_display)  # an abstract socket, as Xorg and Xvfb make
    assert display_reachable(x_display + ".0") and display_reachable("unix" + x_display)
    assert not display_reachable(":3999")
    assert display_reachable("localhost:10.0")  # ssh -X: not checked, Qt will tell
    assert display_reachable("something odd")


def environment(**changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in changes}
    env.update({k: v for k, v in changes.items() if v is not None})
    env["PYTHONPATH"] = str(REPO)
    return env


def test_platform_plugin_check_loads_offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    check = check_platform_plugin()
    assert check.ok and check.summary.startswith("loads: offscreen (Qt 6.")


def test_platform_plugin_check_survives_qt_aborting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":3999")  # nothing listens: Qt aborts
    check = check_platform_plugin()
    assert not check.ok
    assert "xcb" in check.summary and ("aborted" in check.summary or "failed" in check.summary)
    assert check.details  # Qt's own messages


def test_platform_plugin_check_names_a_missing_display(monkeypatch: pytest.MonkeyPatch) -> None:
    """No DISPLAY: the doctor says so first, not Qt's hint that xcb-cursor0 is missing."""
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    check = check_platform_plugin()
    assert not check.ok
    assert check.summary.endswith(": no display (DISPLAY is not set)")
    assert check.advice is not None and "xvfb-run leselupe FILE" in check.advice
    assert not any("xcb-cursor0" in line or "Reinstalling" in line for line in check.details)


def test_the_window_prints_advice_instead_of_dumping_core(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", str(REPO / "tests" / "fixtures" / "news_de.txt")],
        env=environment(
            QT_QPA_PLATFORM=None,
            DISPLAY=None,
            WAYLAND_DISPLAY=None,
            LESELUPE_SETTINGS_FILE=str(tmp_path / "settings.ini"),
        ),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("leselupe: cannot open a window: no display")
    assert "xvfb-run" in result.stderr and "Traceback" not in result.stderr


def test_translation_cache_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    check = check_translation_cache()
    assert check.ok and check.summary.startswith("empty")
    from app.translate.cache import TranslationCache, default_cache_path

    cache = TranslationCache(default_cache_path())
    cache.put_many({"Hallo Welt.": "Hello world.", "Guten Tag.": "Good day."})
    cache.close()
    check = check_translation_cache()
    assert check.ok and "2 translations" in check.summary


def test_a_damaged_translation_cache_says_what_happens_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'unreadable' alone left a new user to repair a file the cache replaces by itself."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    from app.translate.cache import TranslationCache, default_cache_path

    path = default_cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database" * 300)
    check = check_translation_cache()
    assert not check.ok and "unreadable" in check.summary
    assert check.advice is not None and "replaces it" in check.advice
    assert "→ nothing to do" in report([check])
    cache = TranslationCache(path)  # ... as the advice says
    cache.put_many({"Hallo.": "Hello."})
    cache.close()
    assert check_translation_cache().ok


def test_read_aloud_is_reported_but_optional(monkeypatch: pytest.MonkeyPatch) -> None:
    """newuser34: the doctor said nothing about espeak-ng, so P doing nothing was a mystery."""
    monkeypatch.setattr("app.doctor.shutil.which", lambda _name: "/usr/bin/espeak-ng")
    check = check_read_aloud()
    assert check.ok and "/usr/bin/espeak-ng" in check.summary and check.advice is None
    monkeypatch.setattr("app.doctor.shutil.which", lambda _name: None)
    check = check_read_aloud()
    assert check.ok and "not installed" in check.summary
    assert "→ optional: sudo apt install espeak-ng" in report([check])


def test_doctor_command(
    fake_qt: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr("app.doctor.qt_plugin_dir", lambda: fake_qt)
    assert main(["doctor"]) == 1  # required libraries missing
    out = capsys.readouterr().out
    assert "ok       Qt platform plugin: loads: offscreen" in out
    assert "PROBLEM  X11 (xcb) libraries: 3 missing" in out
    assert "Language model:" in out and "Offline dictionary:" in out
    assert "Translation cache:" in out
    assert out.rstrip().endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1 libglx0")
    assert main(["doctor", "--json"]) == 1
    checks = json.loads(capsys.readouterr().out)
    assert [c["name"] for c in checks] == [
        "Qt platform plugin",
        "X11 (xcb) libraries",
        "Language model",
        "Offline dictionary",
        "Translation cache",
        "Read aloud",
    ]


def test_report_without_problems_has_no_apt_line() -> None:
    from app.doctor import Check

    text = report([Check("A", True, "fine"), Check("B", True, "fine too", ("detail",))])
    assert text.splitlines() == ["ok       A: fine", "ok       B: fine too", "           detail"]
