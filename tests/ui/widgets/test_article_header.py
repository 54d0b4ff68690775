"""The header above the article and the window title (app.ui.widgets.article_header)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from app.analysis import Analysis
from app.document import Document, load_document
from app.ui.settings import Settings
from app.ui.widgets.article_header import long_date
from app.ui.window import MainWindow
from tests.reading.helpers import story_analysis

WEB = Path(__file__).parents[2] / "fixtures" / "web"


def test_long_date_in_the_readers_locale() -> None:
    assert long_date("2024-04-03", QLocale("de_DE")) == "3. April 2024"
    assert long_date("2024-04-03", QLocale("en_US")) == "April 3, 2024"
    assert long_date("someday", QLocale("de_DE")) == "someday"


def test_web_page_header_title_and_credits(app, qtbot, message_boxes) -> None:
    seen: list[Document] = []

    def analyse(document: Document, report: object) -> Analysis:
        seen.append(document)
        return story_analysis(document.text)

    window = MainWindow(Settings(), analyze_text=analyse, lookup_factory=lambda r: (None, None))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    header = window.article_header
    assert header.isHidden()  # the welcome text has no header
    page = WEB / "regional_paper.html"
    with qtbot.waitSignal(window.analysis_shown, timeout=20_000):
        window.open_path(page)
    assert window.windowTitle() == "Ortsumgehung Talbach: Bagger rollen ab Mai — Leselupe"
    assert header.isVisible() and header.title.isHidden()  # the text opens with the title
    line = header.byline.text()
    assert line.startswith("Anna Berger · ") and line.endswith(" · Kreisanzeiger Hohenlinden")
    assert long_date("2024-04-03") in line
    # The window's analysis hears who the byline credits.
    assert seen and seen[-1].meta.credits == ("Anna Berger",)
    # The header starts where the text column starts.
    column_left = window.reader.viewport().geometry().left()
    assert header.layout().contentsMargins().left() > column_left
    window.close()


def test_plain_text_has_no_header(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    path = tmp_path / "artikel.txt"
    path.write_text("Bagger rollen ab Mai\n\nIn Talbach beginnt der Bau.", encoding="utf-8")
    with qtbot.waitSignal(window.analysis_shown, timeout=20_000):
        window.open_path(path)
    assert window.windowTitle() == "artikel.txt — Leselupe"
    assert window.article_header.isHidden()
    assert load_document(path).kind == "text"
