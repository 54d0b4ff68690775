"""Opening web pages in the window (app.ui.controllers.url), against a local server only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication

from app.ui.controllers.url import web_url_of
from tests.reading.helpers import STORY, make_analysis
from tests.web_server import WebServer, web_server

TITLE = "Bundestag beschließt Reform der Pflegeversicherung"


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    with web_server() as server:
        yield server


@pytest.fixture
def window(make_window, web: WebServer):  # type: ignore[no-untyped-def]
    window = make_window(analyze=lambda text: make_analysis(text), show=False)
    window.urls._is_online = lambda: True  # the switch itself is tested below
    web.requests.clear()
    yield window
    window.urls.close()


def test_a_page_is_fetched_and_shown(window, qtbot, web: WebServer) -> None:
    delays: list[float] = []
    window.urls.page_shown.connect(delays.append)
    with qtbot.waitSignal(window.documents.opened, timeout=15_000):
        window.open_url(web.url("/page/national_news.html"))
        assert window.status_label.text().startswith("Fetching 127.0.0.1")
        assert not window.urls.cancel_button.isHidden()
    assert window.document is not None and window.document.meta.title == TITLE
    assert window.reader.toPlainText().startswith(TITLE)
    assert window.windowTitle() == f"{TITLE} — Leselupe"
    assert len(delays) == 1 and delays[0] >= 0
    assert window.urls.cancel_button.isHidden()


def test_offline_asks_and_sends_nothing_when_declined(
    make_window, qtbot, web: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(show=False)
    asked: list[str] = []
    monkeypatch.setattr(window.dialogs, "ask", lambda title, text: asked.append(text) or False)
    web.requests.clear()
    assert window.open_url(web.url("/page/national_news.html")) is None
    qtbot.wait(200)
    assert web.requests == []
    assert "needs online access" in asked[0] and "127.0.0.1" in asked[0]
    assert window.document is None
    assert "not fetched" in window.statusBar().currentMessage()


def test_offline_switched_on_when_accepted(
    window, qtbot, web: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    online = [False]
    window.urls._is_online = lambda: online[0]
    window.urls._set_online = lambda on: online.__setitem__(0, on)
    monkeypatch.setattr(window.dialogs, "ask", lambda title, text: True)
    with qtbot.waitSignal(window.documents.opened, timeout=15_000):
        window.open_url(web.url("/text"))
    assert online == [True]
    assert window.document is not None and window.document.kind == "text"


def test_an_error_keeps_the_current_article(window, qtbot, web: WebServer, message_boxes) -> None:
    with qtbot.waitSignal(window.ready, timeout=10_000):  # analysed: no progress bar left
        window.open_text(STORY, "story")
    failures: list[str] = []
    window.load_failed.connect(failures.append)
    with qtbot.waitSignal(window.load_failed, timeout=10_000):
        window.open_url(web.url("/404"))
    assert window.document is not None and window.document.source == "story"
    assert window.reader.toPlainText() == STORY
    title, text = message_boxes[-1]
    assert title == "Cannot open this web page"
    assert "HTTP 404" in text and "current article stays open" in text
    assert window.urls.cancel_button.isHidden() and window.progress.isHidden()


@pytest.mark.parametrize("path", ["/binary", "/huge", "/loop"])
def test_failures_show_a_message(window, qtbot, web: WebServer, message_boxes, path: str) -> None:
    with qtbot.waitSignal(window.load_failed, timeout=15_000):
        window.open_url(web.url(path))
    assert window.document is None
    assert message_boxes and message_boxes[-1][0] == "Cannot open this web page"


def test_cancel_keeps_the_article_and_says_so(window, qtbot, web: WebServer, message_boxes) -> None:
    with qtbot.waitSignal(window.documents.opened, timeout=10_000):
        window.open_text(STORY, "story")
    window.status.set_text("5 names")
    opened: list[object] = []
    window.documents.opened.connect(opened.append)
    window.open_url(web.url("/trickle"))
    qtbot.waitUntil(lambda: "bytes" in window.status_label.text(), timeout=5_000)
    window.urls.cancel_button.click()
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.status_label.text() == "5 names"
    qtbot.wait(500)
    assert opened == [] and message_boxes == []
    assert window.document is not None and window.document.source == "story"


def test_an_invalid_address_is_refused_without_a_request(
    window, web: WebServer, message_boxes
) -> None:
    assert window.open_url("file:///etc/passwd") is None
    assert "only http and https" in message_boxes[-1][1]
    assert web.requests == []


def test_web_url_of_mime() -> None:
    mime = QMimeData()
    assert web_url_of(mime) is None
    mime.setText("  https://example.org/artikel  ")
    assert web_url_of(mime) == "https://example.org/artikel"
    mime.setText("Ein Text mit https://example.org darin")
    assert web_url_of(mime) is None
    mime.setUrls([QUrl("https://example.org/link")])
    assert web_url_of(mime) == "https://example.org/link"


def test_a_dropped_link_is_fetched(window, qtbot, web: WebServer) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl(web.url("/page/magazine.html"))])
    with qtbot.waitSignal(window.documents.opened, timeout=15_000):
        assert window.urls.drop(mime)
    assert window.document.meta.title == "Die letzten Uhrmacher vom Schwarzwald"
    local = QMimeData()
    local.setUrls([QUrl.fromLocalFile("/tmp/x.txt")])
    assert not window.urls.drop(local)  # files go to the document controller
    text = QMimeData()
    text.setText("Nur ein Satz.")
    assert not window.urls.drop(text)


def test_a_pasted_link_is_fetched_and_other_text_opened(window, qtbot, web: WebServer) -> None:
    QGuiApplication.clipboard().setText(web.url("/text"))
    with qtbot.waitSignal(window.documents.opened, timeout=15_000):
        window.commands.paste.trigger()
    assert window.document.source == web.url("/text")
    QGuiApplication.clipboard().setText(STORY)
    with qtbot.waitSignal(window.documents.opened, timeout=15_000):
        window.commands.paste.trigger()
    assert window.document.source == "Clipboard"


def test_ctrl_l_asks_for_an_address(window, qtbot, web: WebServer, monkeypatch) -> None:
    QGuiApplication.clipboard().setText(web.url("/text"))
    offered: list[str] = []

    def ask_text(title: str, label: str, text: str = "") -> str:
        offered.append(text)
        return web.url("/page/magazine.html")

    monkeypatch.setattr(window.dialogs, "ask_text", ask_text)
    assert window.commands.open_url.shortcut().toString() == "Ctrl+L"
    with qtbot.waitSignal(window.documents.opened, timeout=15_000):
        window.commands.open_url.trigger()
    assert offered == [web.url("/text")]  # the clipboard's link is offered
    assert window.document.meta.title == "Die letzten Uhrmacher vom Schwarzwald"


def test_an_address_typed_without_https_is_taken(window, monkeypatch) -> None:
    """Ctrl+L with "www.…/…" as a browser's address bar shows it: fetched as https."""
    opened: list[str] = []
    monkeypatch.setattr(window.dialogs, "ask_text", lambda *_a: "www.example.org/politik/a.html")
    monkeypatch.setattr(window.urls, "open_url", opened.append)
    window.commands.open_url.trigger()
    assert opened == ["https://www.example.org/politik/a.html"]


def test_an_opened_page_is_in_open_recent_and_fetched_again(window, qtbot, web: WebServer) -> None:
    from PySide6.QtWidgets import QMenu

    url = web.url("/page/national_news.html")
    with qtbot.waitSignal(window.documents.opened, timeout=15_000):
        window.open_url(url)
    assert window.settings.recent_files()[0] == url
    menu = QMenu()
    window.documents.fill_recent_menu(menu)
    entry = menu.actions()[0]
    assert entry.text() == "127.0.0.1 › national_news.html" and entry.statusTip() == url
    web.requests.clear()
    with qtbot.waitSignal(window.documents.opened, timeout=15_000):
        entry.trigger()
    assert len(web.requests) == 1
