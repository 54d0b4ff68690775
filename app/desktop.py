"""Desktop integration on freedesktop systems (Linux, BSD): launcher, icons, "Open with".

:func:`install_desktop` writes, under ``$XDG_DATA_HOME`` (default ``~/.local/share``):

- ``applications/leselupe.desktop`` — the menu entry; ``Exec`` is the absolute path
  of the installed ``leselupe`` script, so the entry works without a ``PATH``;
- ``icons/hicolor/scalable/apps/leselupe.svg`` and
  ``icons/hicolor/{48x48,128x128,256x256}/apps/leselupe.png`` — the icon;

then refreshes the desktop's caches with ``update-desktop-database`` (the "Open
with" index) and ``gtk-update-icon-cache`` (only where an icon cache or theme
index already exists) when those tools are installed; their absence or failure
is not an error. :func:`uninstall_desktop` removes exactly these files.
:func:`app_icon_path` is the icon the window uses too. No Qt here.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

from app.core.paths import APP_NAME, resources_dir

#: The entry's file name and icon name (``Icon=leselupe``).
APP_ID = "leselupe"
#: Sizes of the committed PNG renderings of the icon.
PNG_SIZES = (48, 128, 256)
#: The window's X11 class (Qt uses the application name); desktops match windows by it.
WM_CLASS = APP_NAME
MIME_TYPES = ("text/plain", "text/html", "text/markdown")

#: Characters that need quoting in an Exec argument (Desktop Entry Specification).
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def app_icon_path() -> Path:
    """The application icon (SVG) — for the window, the launcher and the docs."""
    return resources_dir() / "icons" / f"{APP_ID}.svg"


def png_icon_path(size: int) -> Path:
    """The committed PNG rendering of the icon at ``size`` pixels."""
    return resources_dir() / "icons" / f"{APP_ID}-{size}.png"


def data_home() -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path, else ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """The command that starts Leselupe: the installed script, by its absolute path.

    Looked for next to the running interpreter (a virtualenv's or pipx's ``bin``),
    then as the running script, then on ``PATH``; without a script,
    ``python -m app`` with this interpreter.
    """
    candidates = [Path(sys.executable).parent / APP_ID]
    if Path(sys.argv[0]).name == APP_ID:
        candidates.append(Path(sys.argv[0]))
    found = shutil.which(APP_ID)
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "app"]


def exec_value(command: list[str]) -> str:
    """The ``Exec`` value: each argument quoted as the specification requires, then ``%f``."""
    return " ".join(_quote(arg) for arg in command) + " %f"


def _quote(arg: str) -> str:
    arg = arg.replace("%", "%%")
    if _RESERVED.search(arg):
        arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    return arg.replace("\\", "\\\\")  # the string level of the desktop file escapes again


def desktop_entry(command: list[str]) -> str:
    """The text of ``leselupe.desktop``."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={APP_NAME}",
        "GenericName=German Reading Assistant",
        "GenericName[de]=Lesehilfe für deutsche Texte",
        "Comment=Read German articles with glosses, grammar, people and translations",
        "Comment[de]=Deutsche Artikel lesen: Wörterbuch, Grammatik, Personen, Übersetzung",
        f"Exec={exec_value(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "MimeType=" + "".join(f"{m};" for m in MIME_TYPES),
        "Categories=Education;Languages;Office;",
        "Keywords=German;Deutsch;dictionary;Wörterbuch;reading;Lesen;translation;news;",
        "StartupNotify=true",
        f"StartupWMClass={WM_CLASS}",
    ]
    return "\n".join(lines) + "\n"


def installed_files(home: Path | None = None) -> list[Path]:
    """Every file :func:`install_desktop` writes (and :func:`uninstall_desktop` removes)."""
    home = home or data_home()
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{APP_ID}.desktop",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in PNG_SIZES),
    ]


def install_desktop(home: Path | None = None, refresh: bool = True) -> list[Path]:
    """Write the launcher and the icons; returns the files written."""
    _require_freedesktop()
    home = home or data_home()
    entry, svg, *pngs = installed_files(home)
    sources = [app_icon_path(), *(png_icon_path(size) for size in PNG_SIZES)]
    missing = [str(p) for p in sources if not p.is_file()]
    if missing:
        raise OSError(f"the icon files are missing from this installation: {', '.join(missing)}")
    _write(entry, desktop_entry(launcher_command()).encode("utf-8"))
    for source, target in zip(sources, [svg, *pngs], strict=True):
        _write(target, source.read_bytes())
    if refresh:
        refresh_caches(home)
    return [entry, svg, *pngs]


def uninstall_desktop(home: Path | None = None, refresh: bool = True) -> list[Path]:
    """Remove exactly the files :func:`install_desktop` writes; returns those removed."""
    home = home or data_home()
    removed = []
    for path in installed_files(home):
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    if refresh and removed:
        refresh_caches(home)
    return removed


def refresh_caches(home: Path) -> list[str]:
    """Run the desktop's cache tools where installed; returns the tools that ran."""
    import subprocess  # deferred: the window imports this module for its icon only

    ran = []
    applications = home / "applications"
    hicolor = home / "icons" / "hicolor"
    jobs = [("update-desktop-database", ["-q", str(applications)], applications.is_dir())]
    has_cache = (hicolor / "icon-theme.cache").exists() or (hicolor / "index.theme").exists()
    jobs.append(("gtk-update-icon-cache", ["-q", "-f", "-t", str(hicolor)], has_cache))
    for tool, args, wanted in jobs:
        found = shutil.which(tool)
        if not found or not wanted:
            continue
        try:
            subprocess.run([found, *args], capture_output=True, timeout=60, check=False)
        except (OSError, subprocess.SubprocessError):
            continue  # a broken cache tool must not break the installation
        ran.append(tool)
    return ran


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _require_freedesktop() -> None:
    if sys.platform.startswith(("win", "darwin")):
        raise OSError("desktop entries are for Linux and other freedesktop.org desktops")


def run_desktop_command(install: bool) -> int:
    """``leselupe --install-desktop`` / ``--uninstall-desktop``: do it, say what was done."""
    try:
        paths = install_desktop() if install else uninstall_desktop()
    except OSError as exc:
        print(f"leselupe: error: {exc}", file=sys.stderr)
        return 2
    if install:
        print("Installed the Leselupe launcher and icons:")
    else:
        print("Removed:" if paths else "Nothing to remove: the launcher is not installed.")
    for path in paths:
        print(f"  {path}")
    if install:
        print(f"Leselupe now starts from the applications menu ({' '.join(launcher_command())}).")
    return 0
