"""Hostile documents and file names through the window: nothing runs, nothing is fetched.

The same hostile HTML as ``tests/test_security.py`` (scripts, iframes, remote
and ``file://`` images, style sheets, a ``<base>`` pointing elsewhere), opened
in the real MainWindow with the real pipeline and dictionary, every word
hovered and pinned. Watched: Python's audit events (no socket, no file opened
but the document), the kernel's inotify events on a directory of bait files
the document points at (catches reads by Qt's C++ code too, e.g. a rich-text
label loading an ``<img>``), and Qt's network module never being imported.
Deeply nested HTML, and file names with spaces, umlauts, emoji, quotes,
leading dashes, markup and bytes that are not UTF-8, through the window and
through the ``leselupe`` command line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.dictionary import open_dictionary
from app.nlp import load_pipeline_with_info
from tests.file_watch import OpenWatch
from tests.helpers import tiny_png
from tests.test_security import (
    GERMAN,
    HOSTILE_HTML,
    NON_UTF8_NAME,
    UNUSUAL_NAMES,
    named_file,
    recording,
    run_cli,
)
from tests.ui.ui_helpers import STORY, open_and_wait


@pytest.fixture
def bait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """(document folder, bait folder); the bait folder is also the working directory,
    so relative resource names resolve into it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    folder = tmp_path / "bait"
    folder.mkdir()
    for name in ("bait.png", "photo.jpg", "track.png", "i.svg"):
        (folder / name).write_bytes(tiny_png())
    for name in ("style.css", "font.css", "x.js", "passwd", "secret.txt", "flash.swf", "hosts"):
        (folder / name).write_text("body { background: url(bait.png) }\n", encoding="utf-8")
    monkeypatch.chdir(folder)
    yield docs, folder


def hostile_html(folder: Path) -> str:
    """HOSTILE_HTML with its remote and file:// targets pointed at the bait folder."""
    local = folder.as_uri()
    page = HOSTILE_HTML.replace("https://evil.example/", f"{local}/").replace(
        "file:///etc/", f"{local}/"
    )
    extra = (
        f'<p><img src="{local}/bait.png"> <img src="bait.png"> <img src="track.png">'
        f'<link rel="stylesheet" href="style.css"> <a href="{local}/secret.txt">Quelle</a></p>'
        "<p>&lt;img src=bait.png&gt; und &lt;b&gt;fett&lt;/b&gt; stehen hier als Text,"
        " ebenso &lt;a href=file:///etc/passwd&gt;ein Link&lt;/a&gt;.</p>"
        f"<p>Die Kanzlerin &lt;img src=&quot;{local}/photo.jpg&quot;&gt; Anna Beispiel"
        " sprach.</p>"
    )
    return page.replace("</body>", extra + "</body>")


@pytest.fixture
def warm_window(make_window, qtbot):
    """A window with the real pipeline and dictionary, loaded and warmed before recording."""
    load_pipeline_with_info()
    open_dictionary()
    window = make_window(real=True, lookup=None)
    open_and_wait(qtbot, window, text=STORY, timeout=180_000)
    qtbot.waitUntil(lambda: not window.prefetcher.busy, timeout=60_000)
    window.pin_word(0)
    window.tooltip_content(0)
    return window


def _exercise(window, qtbot) -> list[str]:
    """Hover every word, pin some, show the card on screen; returns the HTML shown."""
    shown = []
    index = window.index
    assert index is not None
    for token in range(len(window.analysis.tokens)):
        shown.append(window.tooltip_content(token))
    for token in list(index.words)[:60]:
        window.pin_word(token)
        shown.append(window.word_panel.browser.toHtml())
    reader = window.reader
    for token in reader.words_in_view()[:10]:
        qtbot.mouseMove(reader.viewport(), reader.token_rect(token).center())
        qtbot.waitUntil(lambda t=token: window.hover.tip.token == t, timeout=5_000)
        shown.append(window.hover.tip.text())
    return shown


def test_hostile_html_in_the_window(warm_window, qtbot, bait, message_boxes) -> None:
    window = warm_window
    docs, folder = bait
    page = docs / "artikel.html"
    page.write_text(hostile_html(folder), encoding="utf-8")
    with OpenWatch(docs, folder) as watch, recording() as rec:
        open_and_wait(qtbot, window, page, timeout=120_000)
        qtbot.waitUntil(lambda: not window.prefetcher.busy, timeout=60_000)
        shown = _exercise(window, qtbot)
        opened_files = watch.files()
    assert rec.connects == [], rec.connects
    assert opened_files <= {page}, opened_files  # nothing in the bait folder, not even by Qt
    outside = [p for p in rec.opened if Path(p).resolve() != page.resolve()]
    # code, and the data files of installed libraries (trafilatura reads its settings.cfg
    # and its METADATA when first imported): nothing of the user's
    installed = tuple(str(Path(p).resolve()) for p in {sys.prefix, sys.base_prefix})
    foreign = [
        p
        for p in outside
        if not p.endswith((".py", ".pyc", ".so"))
        and not str(Path(p).resolve()).startswith(installed)
    ]
    assert not foreign, foreign
    assert "PySide6.QtNetwork" not in sys.modules
    assert "PySide6.QtWebEngineWidgets" not in sys.modules
    text = window.reader.toPlainText()
    assert "Bürgermeisterin eröffnet neue Brücke" in text
    for junk in ("alert(1)", "alert(2)", "alert(3)", "alert(4)", "fetch(", "document.write"):
        assert junk not in text
    for target in ("x.js", "style.css", "flash.swf", 'passwd"', "track"):
        assert target not in text
    assert "<img src=bait.png> und <b>fett</b> stehen hier als Text" in text
    for html in shown:  # markup from the document only ever arrives escaped
        assert "<img" not in html and '<a href="file' not in html, html
    assert message_boxes == []


def test_deeply_nested_html_in_the_window(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    page = tmp_path / "tief.html"
    depth = 100_000
    page.write_text(
        "<html><body>"
        + "<div><span>" * depth
        + "Tief unten steht Olaf Scholz."
        + "</span></div>" * depth
        + "<p>" * depth
        + "Ende.",
        encoding="utf-8",
    )
    open_and_wait(qtbot, window, page)
    assert window.reader.toPlainText() == "Tief unten steht Olaf Scholz.\n\nEnde."


def test_unusual_file_names_in_the_window(make_window, qtbot, bait, message_boxes) -> None:
    docs, folder = bait
    window = make_window()
    paths = [named_file(docs, name) for name in UNUSUAL_NAMES] + [named_file(docs, NON_UTF8_NAME)]
    with OpenWatch(folder) as watch:
        for path in paths:
            open_and_wait(qtbot, window, path)
            assert window.reader.toPlainText() == GERMAN, path
            # (Qt drops bytes that are not UTF-8 from the title; the rest stays)
            assert window.windowTitle().startswith(path.name[:3]), path
            window.repaint()  # the status bar and title with the name in them
            qtbot.wait(1)
        # A name that looks like markup is shown as text: no image is loaded for it.
        missing = docs / "<img src=bait.png>.txt"
        with qtbot.waitSignal(window.load_failed, timeout=10_000):
            window.open_path(missing)
        window.repaint()
        qtbot.wait(1)
        assert watch.files() == set()
    # The message box gets the name escaped (it would render markup otherwise).
    assert len(message_boxes) == 1 and "no such file" in message_boxes[0][1]
    assert "&lt;img src=bait.png&gt;.txt" in message_boxes[0][1]
    recent = window.settings.recent_files()
    assert str(paths[-2].resolve()) in recent  # (a name that is not UTF-8 is stored lossily)


def test_unusual_file_name_opens_in_the_window_process(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    path = named_file(docs, "-„Rede“ 😀 it's <b>x.txt")
    result = run_cli(["--quit-when-ready", "--", path.name], docs, tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8").strip().splitlines()[-1])
    assert data["ready_ms"] >= data["first_paint_ms"] > 0
