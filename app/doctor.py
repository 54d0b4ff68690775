"""``leselupe doctor``: can the window start here, and are model, dictionary and cache in order?

Checks, each reported as one line with details and advice:

- the Qt platform plugin loads — tried in a subprocess, so a Qt abort (which
  dumps core) cannot take the doctor down;
- the shared libraries of the X11 (xcb) platform plugin and its OpenGL
  integrations: ``ldd`` names the missing ones, :data:`DEBIAN_PACKAGES` maps
  them to Debian/Ubuntu packages, and one ``apt`` line installs them all;
- the spaCy pipeline that loads, the offline dictionary and the translation
  cache: where they are and how big.

:func:`platform_problem` is the window's quick pre-flight: before a
QApplication is created it tells, in a few milliseconds, whether Qt's xcb
plugin would abort (no display, or a library missing) and what to do instead.
No Qt is imported in this process: Qt is only run in the subprocess.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

#: Shared libraries Qt's xcb plugin (and its OpenGL integrations) load, by Debian package
#: (Debian 12 and Ubuntu names; ``ldd`` reports the file names on the left).
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libICE.so.6": "libice6",
    "libSM.so.6": "libsm6",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
#: The plugin that opens windows on X11, and the OpenGL integrations it loads.
XCB_PLUGIN = Path("platforms") / "libqxcb.so"
XCB_GL_PLUGINS = (
    Path("xcbglintegrations") / "libqxcb-glx-integration.so",
    Path("xcbglintegrations") / "libqxcb-egl-integration.so",
)
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Check:
    """One finding of the doctor."""

    name: str
    ok: bool
    summary: str
    details: tuple[str, ...] = ()
    advice: str | None = None


@dataclass(slots=True)
class MissingLibraries:
    """What ``ldd`` found missing for the xcb plugin (``required``) and its GL parts."""

    required: list[str] = field(default_factory=list)
    optional: list[str] = field(default_factory=list)
    checked: bool = False

    def packages(self) -> tuple[list[str], list[str]]:
        """(Debian packages to install, library names no package is known for)."""
        return debian_packages([*self.required, *self.optional])


# -------------------------------------------------------------------- libraries


def qt_plugin_dir() -> Path | None:
    """PySide6's bundled Qt plugins (without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins"
    return folder if folder.is_dir() else None


def not_found_in_ldd_output(output: str) -> list[str]:
    """Library names ``ldd`` reports as "not found", in order, each once."""
    return list(dict.fromkeys(_NOT_FOUND.findall(output)))


def ldd_missing(paths: Iterable[Path]) -> list[str] | None:
    """Libraries that ``ldd`` cannot find for any of ``paths``; None if there is no ``ldd``."""
    import subprocess  # deferred: only the doctor and a failed pre-flight run ldd

    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    missing: list[str] = []
    for path in paths:
        if not path.is_file():
            continue
        try:
            result = subprocess.run(
                [ldd, str(path)], capture_output=True, text=True, timeout=30, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return None
        missing += [m for m in not_found_in_ldd_output(result.stdout) if m not in missing]
    return missing


def missing_xcb_libraries(plugins: Path | None = None) -> MissingLibraries:
    """The xcb plugin's missing shared libraries (``checked`` False if it cannot be told)."""
    plugins = plugins or qt_plugin_dir()
    found = MissingLibraries()
    if plugins is None or not (plugins / XCB_PLUGIN).is_file():
        return found
    required = ldd_missing([plugins / XCB_PLUGIN])
    optional = ldd_missing([plugins / p for p in XCB_GL_PLUGINS])
    if required is None or optional is None:
        return found
    found.required = required
    found.optional = [m for m in optional if m not in required]
    found.checked = True
    return found


def debian_packages(libraries: Iterable[str]) -> tuple[list[str], list[str]]:
    """(Debian packages for the libraries, libraries without a known package)."""
    packages: list[str] = []
    unknown: list[str] = []
    for library in libraries:
        package = DEBIAN_PACKAGES.get(library)
        if package is None:
            unknown.append(library)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def apt_line(packages: Iterable[str]) -> str:
    """The one command that installs the packages on Debian and Ubuntu."""
    return "sudo apt install " + " ".join(packages)


# -------------------------------------------------------------- the window's check


def _wanted_platform() -> str:
    """The platform plugin Qt will try first ("" when Qt chooses by itself)."""
    value = os.environ.get("QT_QPA_PLATFORM", "").strip()
    return value.split(";")[0].split(":")[0].strip().lower()


def platform_problem(plugins: Path | None = None) -> str | None:
    """Why the window could not start on X11 here, with what to do; None if it should.

    Only for X11 (``QT_QPA_PLATFORM`` unset or ``xcb`` on Linux): no display, or
    the xcb plugin cannot be loaded (a library is missing; then ``ldd`` names
    all of them). The plugin is opened in this process, which takes a few
    milliseconds and is what Qt would do next anyway.
    """
    if not sys.platform.startswith("linux"):
        return None
    platform = _wanted_platform()
    if platform not in ("", "xcb"):
        return None
    wayland = os.environ.get("WAYLAND_DISPLAY") and os.environ.get("XDG_SESSION_TYPE") == "wayland"
    if platform == "" and wayland:
        return None  # Qt uses its Wayland plugin first
    if not os.environ.get("DISPLAY"):
        return (
            "leselupe: cannot open a window: no display (DISPLAY is not set).\n"
            "Start Leselupe from a desktop session, or without a screen use\n"
            "  xvfb-run leselupe FILE   or   leselupe analyze FILE"
        )
    display = os.environ["DISPLAY"]
    if not display_reachable(display):
        return (
            f"leselupe: cannot open a window: the X display {display!r} does not answer.\n"
            "Is the X server running (and DISPLAY right)? Without a screen use\n"
            "  xvfb-run leselupe FILE   or   leselupe analyze FILE"
        )
    plugins = plugins or qt_plugin_dir()
    if plugins is None or not (plugins / XCB_PLUGIN).is_file():
        return None
    try:
        _dlopen(plugins / XCB_PLUGIN)
    except OSError as exc:
        return _library_advice(str(exc), missing_xcb_libraries(plugins))
    return None


def _dlopen(path: Path) -> None:
    """Load a shared library as Qt would (OSError names the first missing dependency)."""
    try:
        # ctypes' own C module: the full ctypes package costs ~10 ms more to import,
        # on every start of the window.
        from _ctypes import dlopen
    except ImportError:
        from ctypes import CDLL  # another Python: the public ctypes, deferred likewise

        CDLL(str(path), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
        return
    dlopen(str(path), os.RTLD_LAZY | os.RTLD_LOCAL)


_DISPLAY = re.compile(r"^(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?$")


def display_reachable(display: str) -> bool:
    """Whether a local X server listens at ``display`` (":0", "unix:1.0"), without connecting.

    Looks for the server's socket (the file in ``/tmp/.X11-unix`` or, on Linux, the
    abstract one in ``/proc/net/unix``): a test connection would slow the window's
    own first connection to the server down by a few hundred milliseconds. Remote
    and TCP displays ("localhost:10.0" over ssh) are assumed to work; Qt will tell.
    """
    match = _DISPLAY.match(display.strip())
    if match is None or (match.group("host") or "") not in ("", "unix"):
        return True
    path = f"/tmp/.X11-unix/X{int(match.group('number'))}"
    if os.path.exists(path):
        return True
    try:
        with open("/proc/net/unix", encoding="ascii", errors="replace") as table:
            return any(line.rstrip().endswith(" @" + path) for line in table)
    except OSError:
        return True


def _library_advice(error: str, missing: MissingLibraries) -> str:
    lines = [
        "leselupe: cannot open a window: Qt's X11 platform plugin does not load",
        f"({error}).",
    ]
    packages, unknown = missing.packages()
    if missing.required:
        lines.append("Missing libraries: " + ", ".join(missing.required))
    if packages:
        lines += ["Install them with:", f"  {apt_line(packages)}"]
    if unknown:
        lines.append("No package known for: " + ", ".join(unknown))
    lines.append("`leselupe doctor` checks everything the window needs.")
    return "\n".join(lines)


# ------------------------------------------------------------------------ checks

_PLUGIN_PROBE = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # if Qt aborts, no core file is left
from PySide6 import __version__ as pyside
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
print(json.dumps({"platform": app.platformName(), "pyside": pyside, "qt": qVersion()}))
"""


def check_platform_plugin(timeout: float = 120) -> Check:
    """Start Qt's GUI in a subprocess with this environment; report what happened."""
    # deferred: not needed by the window's pre-flight
    import signal
    import subprocess

    try:
        result = subprocess.run(
            [sys.executable, "-c", _PLUGIN_PROBE],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Check("Qt platform plugin", False, f"Qt did not start within {timeout:.0f} s")
    except OSError as exc:
        return Check("Qt platform plugin", False, f"cannot run Python: {exc}")
    stderr = [line for line in result.stderr.splitlines() if line.strip()]
    if result.returncode == 0 and result.stdout.strip():
        info = json.loads(result.stdout.strip().splitlines()[-1])
        summary = f"loads: {info['platform']} (Qt {info['qt']}, PySide6 {info['pyside']})"
        return Check("Qt platform plugin", True, summary)
    how = (
        f"Qt aborted ({signal.Signals(-result.returncode).name})"
        if result.returncode < 0
        else f"Qt failed (exit code {result.returncode})"
    )
    wanted = _wanted_platform() or "default"
    summary = f"{how} loading the {wanted} platform plugin"
    advice = "see the libraries below; without a screen: xvfb-run, or QT_QPA_PLATFORM=offscreen"
    display = _display_problem()
    if display is not None:
        # Qt's own lines then also blame xcb-cursor0 (installed) and advise reinstalling
        # the application: leave those out.
        misleading = ("is needed to load the Qt xcb", "Reinstalling the application")
        stderr = [line for line in stderr if not any(m in line for m in misleading)]
        summary, advice = f"{summary}: {display[0]}", display[1]
    return Check("Qt platform plugin", False, summary, details=tuple(stderr[-6:]), advice=advice)


def _display_problem() -> tuple[str, str] | None:
    """(what, what to do) when :func:`platform_problem` finds no usable X display."""
    problem = platform_problem()
    prefix = "leselupe: cannot open a window: "
    if problem is None or not problem.startswith(prefix) or "display" not in problem:
        return None
    first, *rest = problem.splitlines()
    return first.removeprefix(prefix).rstrip("."), " ".join(" ".join(rest).split())


def check_xcb_libraries() -> Check:
    name = "X11 (xcb) libraries"
    plugins = qt_plugin_dir()
    if plugins is None or not (plugins / XCB_PLUGIN).is_file():
        return Check(name, True, "not checked: PySide6's xcb plugin is not installed here")
    missing = missing_xcb_libraries(plugins)
    if not missing.checked:
        return Check(name, True, "not checked: ldd is not available")
    if not missing.required and not missing.optional:
        return Check(name, True, f"all present ({plugins / XCB_PLUGIN})")
    packages, unknown = missing.packages()
    details = []
    if missing.required:
        details.append("missing (the window cannot open): " + ", ".join(missing.required))
    if missing.optional:
        details.append("missing (OpenGL integration only): " + ", ".join(missing.optional))
    if unknown:
        details.append("no Debian package known for: " + ", ".join(unknown))
    return Check(
        name,
        not missing.required,
        f"{len(missing.required) + len(missing.optional)} missing",
        details=tuple(details),
        advice=apt_line(packages) if packages else None,
    )


def check_model() -> Check:
    from app.nlp import load_pipeline_with_info  # deferred: loads spaCy (seconds)

    try:
        _, info = load_pipeline_with_info()
    except RuntimeError as exc:
        return Check("Language model", False, str(exc))
    where = f"{info.path} ({_size(Path(info.path))})" if info.path else info.origin
    return Check(
        "Language model",
        info.origin != "built-in rules",
        f"{info.name} {info.version} ({info.origin})",
        details=(where, "components: " + ", ".join(info.components)),
        advice=None if info.origin != "built-in rules" else "reinstall Leselupe for the model",
    )


def check_dictionary() -> Check:
    # deferred: the window's pre-flight imports this module and needs none of these
    from app.core import env
    from app.core.paths import resources_dir
    from app.dictionary.store import DATABASE_NAME, compressed_path, installed_path

    name = "Offline dictionary"
    configured = env.value(env.DICTIONARY)
    if configured:
        path = Path(configured).expanduser()
        ok = path.is_file()
        state = f"{path} ({_size(path)}), set by {env.DICTIONARY.name}" if ok else f"{path} missing"
        return Check(name, ok, state)
    plain = resources_dir() / "dictionary" / DATABASE_NAME
    if plain.is_file():
        return Check(name, True, f"{plain} ({_size(plain)})")
    source = compressed_path()
    if not source.is_file():
        return Check(name, False, f"missing: {source}", advice="reinstall Leselupe")
    target = installed_path(source)
    if target.is_file():
        return Check(name, True, f"{target} ({_size(target)})")
    return Check(
        name,
        True,
        f"not unpacked yet: the first start unpacks {source.name} ({_size(source)}) to {target}",
    )


def check_translation_cache() -> Check:
    # deferred: not needed by the window's pre-flight
    import sqlite3

    from app.translate.cache import default_cache_path

    path = default_cache_path()
    if not path.is_file():
        return Check("Translation cache", True, f"empty (none yet at {path})")
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.is_file())
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2) as db:
            entries = db.execute("SELECT count(*) FROM entries").fetchone()[0]
        db.close()
    except sqlite3.Error as exc:
        # The cache itself replaces a damaged file (TranslationCache._open): say so, or
        # "unreadable" reads as something to repair by hand.
        return Check(
            "Translation cache",
            False,
            f"{path}: unreadable ({exc})",
            advice="nothing to do: Leselupe replaces it with an empty cache when it next "
            "opens it (only saved translations are lost); or delete the file",
        )
    return Check("Translation cache", True, f"{path}: {entries:,} translations, {_human(size)}")


def check_read_aloud() -> Check:
    """espeak-ng for Read Aloud (P, Shift+P): optional, so its absence is no problem
    (exit code 0), but a learner should hear why the keys do nothing."""
    # app.vocab.speech.PROGRAM; the doctor sits beside app.vocab in the layers
    found = shutil.which("espeak-ng")
    if found:
        return Check("Read aloud", True, f"espeak-ng ({found})")
    return Check(
        "Read aloud",
        True,
        "off: espeak-ng is not installed (Read Word Aloud, P, and Read Sentence Aloud, "
        "Shift+P, only say how to install it)",
        advice="optional: sudo apt install espeak-ng",
    )


def _size(path: Path) -> str:
    if path.is_file():
        return _human(path.stat().st_size)
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return _human(total)


def _human(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000  # type: ignore[assignment]
    return f"{size} bytes"


# -------------------------------------------------------------------------- main


def run_checks() -> list[Check]:
    return [
        check_platform_plugin(),
        check_xcb_libraries(),
        check_model(),
        check_dictionary(),
        check_translation_cache(),
        check_read_aloud(),
    ]


def report(checks: list[Check], as_json: bool = False) -> str:
    """The doctor's report: one line per check, details indented, then one apt line."""
    if as_json:
        return json.dumps([asdict(c) for c in checks], ensure_ascii=False)
    lines = []
    for check in checks:
        lines.append(f"{'ok     ' if check.ok else 'PROBLEM'}  {check.name}: {check.summary}")
        lines += [f"           {detail}" for detail in check.details]
        if check.advice and not check.advice.startswith("sudo apt"):
            lines.append(f"           → {check.advice}")
    apt = [c.advice for c in checks if c.advice and c.advice.startswith("sudo apt")]
    if apt:
        lines += ["", "To install the missing libraries (Debian, Ubuntu):", f"  {apt[0]}"]
    return "\n".join(lines)


def run_doctor(as_json: bool = False) -> int:
    """``leselupe doctor``: exit code 0 when everything is in order, 1 otherwise."""
    checks = run_checks()
    print(report(checks, as_json))
    return 0 if all(c.ok for c in checks) else 1
