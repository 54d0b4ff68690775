"""Screenshots to look at: every web page fixture in light and dark, the shortcut
sheet and the About box (offscreen, the real pipeline and dictionary).

Usage: QT_QPA_PLATFORM=offscreen python -m bench.look_web_pages [OUT_DIR] [--select NAME]

Writes ``look-<page>-<theme>.png`` (and ``-selected`` with the first person
highlighted), ``look-shortcuts.png`` and ``look-about.png``
to OUT_DIR (default: a new temporary folder) and prints their paths. It measures
nothing and asserts nothing: it is for eyes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WEB = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "web"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=None)
    parser.add_argument("--select", action="append", default=[], help="page names to shoot")
    parser.add_argument("--prefix", default="look-")
    args = parser.parse_args()
    out = Path(args.out or tempfile.mkdtemp(prefix="leselupe-look-"))
    out.mkdir(parents=True, exist_ok=True)
    os.environ["LESELUPE_SETTINGS_FILE"] = str(Path(tempfile.mkdtemp()) / "settings.ini")

    from PySide6.QtCore import QEventLoop, QTimer

    from app.reading.about import about_facts, about_html
    from app.ui.main import make_application
    from app.ui.settings import Settings
    from app.ui.widgets.dialogs import about_box
    from app.ui.window import MainWindow

    make_application()
    window = MainWindow(Settings())
    window.resize(1240, 820)
    window.show()

    def wait_for(signal: object, timeout_ms: int = 120_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    pages = sorted(WEB.glob("*.html"))
    if args.select:
        pages = [p for p in pages if p.stem in args.select or p.name in args.select]
    for page in pages:
        window.open_path(page)
        wait_for(window.ready)
        for theme in ("light", "dark"):
            window.set_theme_setting(theme)
            settle()
            path = out / f"{args.prefix}{page.stem}-{theme}.png"
            window.grab().save(str(path))
            print(path)
            if window.people_panel.story_indices():  # the selected person's highlight
                window.people_panel.select_person(window.people_panel.story_indices()[0])
                settle()
                path = out / f"{args.prefix}{page.stem}-{theme}-selected.png"
                window.grab().save(str(path))
                print(path)
                window.clear_highlights()
    window.set_theme_setting("light")
    sheet = window.show_shortcuts()
    settle()
    path = out / f"{args.prefix}shortcuts.png"
    sheet.grab().save(str(path))
    print(path)
    sheet.close()
    about = about_box(window, "About Leselupe", about_html(about_facts(window.model_info)))
    about.show()
    settle()
    path = out / f"{args.prefix}about.png"
    about.grab().save(str(path))
    print(path)
    about.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
