"""Opening web pages: File ▸ Open URL (Ctrl+L), a pasted or dropped link, ``leselupe URL``.

Fetching is online access: only when it is on (the window's one online switch);
otherwise the reader is told, and offered to switch it on. The page is fetched
and its article extracted (:func:`app.document.fetch.fetch_document`) on the
fetcher worker (:class:`~app.ui.jobs.Worker`) with the bytes received in the
status bar and a Cancel button beside them; then it is shown like any opened
document (:meth:`DocumentController.show_document`). A page that cannot be
fetched gets a message that says why, and the current article stays.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

from app.document.fetch import (
    FetchCancelled,
    FetchError,
    check_url,
    fetch_document,
    is_web_url,
    typed_url,
    warm_up,
)
from app.reading.numbers import human_size
from app.ui.controllers.document import DocumentController, LoadedText, prepare, text_from_mime
from app.ui.jobs import Report, Worker
from app.ui.widgets.dialogs import Dialogs
from app.ui.widgets.status import StatusLine


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched page ready to show, and when its last byte arrived (``perf_counter``)."""

    loaded: LoadedText
    response_ended_at: float


def web_url_of(mime: QMimeData | None) -> str | None:
    """The web address a drop or the clipboard carries (a link, or text that is one URL)."""
    if mime is None:
        return None
    for url in mime.urls():
        if url.scheme() in ("http", "https"):
            return str(url.toString())
    text = text_from_mime(mime) if mime.hasText() else ""
    return text.strip() if is_web_url(text) else None


class UrlController(QObject):
    """Fetches web pages off the UI thread and hands them to the document controller."""

    #: A fetched page is on screen: seconds from its last byte to the text on screen.
    page_shown = Signal(float)

    def __init__(
        self,
        window: QWidget,
        documents: DocumentController,
        status: StatusLine,
        dialogs: Dialogs,
        online: tuple[Callable[[], bool], Callable[[bool], None]],
    ) -> None:
        super().__init__(window)
        self.documents = documents
        self.status = status
        self.dialogs = dialogs
        self._is_online, self._set_online = online
        self._cancel = threading.Event()
        self.fetching: str | None = None
        self.last_url = ""
        self._label_before = ""
        self.fetcher = Worker("fetcher", self)
        self.fetcher.progress.connect(self._on_progress)
        self.fetcher.finished.connect(self._on_fetched)
        self.fetcher.failed.connect(self._on_failed)
        self.cancel_button = QPushButton("Cancel", window)
        self.cancel_button.setObjectName("cancelFetch")
        self.cancel_button.setToolTip("Stop fetching the page (the current article stays)")
        self.cancel_button.setFlat(True)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        status.bar.addPermanentWidget(self.cancel_button)

    # ---------------------------------------------------------------- asking

    def choose_url(self) -> None:
        """File ▸ Open URL: ask for an address (the clipboard's, if it holds one) and open it."""
        suggestion = web_url_of(QGuiApplication.clipboard().mimeData()) or self.last_url
        label = "Address of the article (https://…):"
        url = self.dialogs.ask_text("Open Web Page", label, suggestion)
        if url is not None and url.strip():
            self.open_url(typed_url(url))  # "www.example.org/x" as a browser takes it

    def open_clipboard(self) -> None:
        """File ▸ Open from Clipboard: a link is fetched, any other text opened as it is."""
        url = web_url_of(QGuiApplication.clipboard().mimeData())
        if url is not None:
            self.open_url(url)
        else:
            self.documents.open_clipboard()

    def drop(self, mime: QMimeData) -> bool:
        """A dropped link (not a local file): fetch it; False when the drop holds none."""
        if any(url.isLocalFile() for url in mime.urls()):
            return False
        url = web_url_of(mime)
        if url is None:
            return False
        self.open_url(url)
        return True

    # --------------------------------------------------------------- fetching

    def open_url(self, url: str) -> int | None:
        """Fetch ``url`` in the background when online access is on; returns the ticket."""
        url = url.strip()
        self.last_url = url
        try:
            check_url(url)
        except FetchError as exc:
            self.dialogs.error("Cannot open this address", str(exc))
            return None
        if not self._is_online() and not self._ask_online(url):
            return None
        self._cancel = cancel = threading.Event()
        if self.fetching is None:
            self._label_before = self.status.label.text()
        self.fetching = url
        host = urlsplit(url).hostname or url
        self.status.busy(f"Fetching {host}…")
        self.cancel_button.show()

        def job(report: Report) -> FetchedPage:
            warm_up()  # the first page's extractor imports, before the request is sent
            ended = [time.perf_counter()]

            def received(size: int, total: int | None) -> None:
                ended[0] = time.perf_counter()
                report((size, total))

            doc = fetch_document(url, progress=received, cancelled=cancel.is_set)
            return FetchedPage(prepare(doc), ended[0])

        return self.fetcher.submit(job)

    def _ask_online(self, url: str) -> bool:
        host = urlsplit(url).hostname or url
        if not self.dialogs.ask(
            "Switch on online access?",
            f"Opening a web page needs online access, which is off.\n\n"
            f"When it is on, Leselupe fetches this page from {host}, and online "
            "translation sends sentences to the translation service. Switch it on now?",
        ):
            self.status.message("Online access is off; the page was not fetched.", 6000)
            return False
        self._set_online(True)
        return self._is_online()

    def cancel(self) -> None:
        """Stop the fetch in progress; the current article stays."""
        if self.fetching is None:
            return
        self._cancel.set()
        self.fetcher.invalidate()
        self._done()
        self.status.message("Fetching cancelled; the current article stays.", 5000)

    def _on_progress(self, _ticket: int, value: object) -> None:
        if self.fetching is None or not isinstance(value, tuple):
            return
        size, total = value
        host = urlsplit(self.fetching).hostname or self.fetching
        got = human_size(size) + (f" of {human_size(total)}" if total else "")
        self.status.busy(f"Fetching {host}… {got}")

    def _on_fetched(self, _ticket: int, page: FetchedPage) -> None:
        self._done()
        self.documents.show_document(page.loaded)
        self.page_shown.emit(time.perf_counter() - page.response_ended_at)

    def _on_failed(self, _ticket: int, exc: Exception) -> None:
        self._done()
        self.status.idle()
        if isinstance(exc, FetchCancelled):
            return
        if isinstance(exc, FetchError):
            message = str(exc)
        else:
            message = f"The page could not be opened ({type(exc).__name__}: {exc})."
        if self.documents.document is not None:
            message += "\n\nThe current article stays open."
        self.documents.load_failed.emit(message)
        self.dialogs.error("Cannot open this web page", message)
        if self.documents.document is None:
            self.documents.show_welcome()

    def _done(self) -> None:
        if self.fetching is not None:
            self.status.set_text(self._label_before)
        self.fetching = None
        self.cancel_button.hide()
        self.status.idle()

    def close(self) -> None:
        self._cancel.set()
        self.fetcher.close()
