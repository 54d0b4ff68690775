"""Opening documents: files, pasted or dropped text, recent files; putting the text on screen.

Files are read and decoded, and their paragraph index built, on the loader
worker (:class:`~app.ui.jobs.Worker`); when the text arrives it replaces the
current document (:attr:`DocumentController.replaced` tells the other
controllers to forget the old one), goes on screen at once and is handed on
for analysis (:attr:`DocumentController.opened`). A file that cannot be opened
gets a message box that says why, and the current article stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from app.core.paths import sample_article_path
from app.document import Document, DocumentError, document_from_text, load_document
from app.reading.article_meta import window_title
from app.reading.textmodel import Paragraphs, Utf16Map
from app.ui import settings as keys
from app.ui.jobs import Report, Worker
from app.ui.settings import Settings
from app.ui.widgets.dialogs import Dialogs, plain_for_qt
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.status import StatusLine

OPEN_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"
WELCOME_TEXT = (
    "Open a German article to start reading.\n\n"
    "File ▸ Open (Ctrl+O), drop a file on this window, or paste an article "
    "with Ctrl+Shift+V. A web page opens with File ▸ Open URL (Ctrl+L) or by "
    "dropping or pasting its link (with online access on).\n\n"
    "To see what Leselupe does, open File ▸ Open Sample Article and rest the mouse on "
    "a word. Help ▸ Keyboard Shortcuts (F1) lists every key."
)


@dataclass(frozen=True, slots=True)
class LoadedText:
    """A document and what could be worked out about its text off the UI thread."""

    document: Document
    paragraphs: Paragraphs
    utf16: Utf16Map


def prepare(document: Document) -> LoadedText:
    """Everything about a document that can be worked out off the UI thread."""
    text = document.text
    paragraphs = Paragraphs.for_text(text, document.meta.title)
    return LoadedText(document, paragraphs, Utf16Map.for_text(text))


def text_from_mime(mime: QMimeData | None) -> str:
    """The text of a drop or the clipboard (plain text first, else the HTML)."""
    if mime is None:
        return ""
    if mime.hasText() and mime.text().strip():
        return mime.text()
    if mime.hasHtml():
        return mime.html()
    return ""


class DocumentController(QObject):
    """Opens documents and shows their text; forgets nothing until a new one is there."""

    replaced = Signal()  # a new document is about to be shown: forget the old one
    shown = Signal()  # its plain text is on screen
    opened = Signal(object)  # LoadedText, after it is on screen: analyse it
    load_failed = Signal(str)  # why a document could not be opened
    welcomed = Signal()  # no document: the welcome text is shown
    url_requested = Signal(str)  # a web page from Open Recent: fetch it (UrlController)

    def __init__(
        self,
        window: QWidget,
        reader: ReaderView,
        settings: Settings,
        status: StatusLine,
        dialogs: Dialogs,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.reader = reader
        self.settings = settings
        self.status = status
        self.dialogs = dialogs
        self.document: Document | None = None
        self.loader = Worker("loader", self)
        self.loader.finished.connect(lambda _ticket, loaded: self.show_document(loaded))
        self.loader.failed.connect(self._on_load_failed)

    # ---------------------------------------------------------------- opening

    def open_path(self, path: str | Path) -> int:
        """Load a file in the background; returns the load ticket."""
        path = str(path)
        self.status.busy(f"Opening {Path(path).name}…")

        def job(report: Report) -> LoadedText:
            return prepare(load_document(path))

        return self.loader.submit(job)

    def open_text(self, text: str, source: str = "Clipboard") -> int:
        self.status.busy("Opening text…")

        def job(report: Report) -> LoadedText:
            return prepare(document_from_text(text, source=source))

        return self.loader.submit(job)

    def open_document(self, document: Document) -> int:
        """Show an already loaded document (its index is built in the background)."""
        self.status.busy("Opening text…")

        def job(report: Report) -> LoadedText:
            return prepare(document)

        return self.loader.submit(job)

    def open_sample(self) -> int:
        return self.open_path(sample_article_path())

    def choose_file(self) -> None:
        start = self.settings.get(keys.LAST_DIR) or str(Path.home())
        path = self.dialogs.open_file("Open Article", start, OPEN_FILTER)
        if path:
            self.settings.set(keys.LAST_DIR, str(Path(path).parent))
            self.open_path(path)

    def open_clipboard(self) -> None:
        text = text_from_mime(QGuiApplication.clipboard().mimeData())
        if not text.strip():
            self.dialogs.error("Nothing to open", "The clipboard contains no text.")
            return
        self.open_text(text, "Clipboard")

    def accepts(self, mime: QMimeData) -> bool:
        """Whether a drag carries something to open."""
        return mime.hasUrls() or mime.hasText() or mime.hasHtml()

    def drop(self, mime: QMimeData) -> bool:
        """Open a dropped file (the first local one) or text; False when there is neither."""
        for url in mime.urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
                return True
        text = text_from_mime(mime)
        if text.strip():
            self.open_text(text, "Dropped text")
            return True
        return False

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.settings.recent_files()
        if not recent:
            act = menu.addAction("No recent files")
            act.setEnabled(False)
            return
        for path in recent:
            if is_web_address(path):  # a page opened from a link: fetched again
                act = menu.addAction(web_label(path))
                act.triggered.connect(lambda _=False, u=path: self.url_requested.emit(u))
            else:
                act = menu.addAction(Path(path).name)
                act.triggered.connect(lambda _=False, p=path: self.open_path(p))
            act.setToolTip(plain_for_qt(path))
            act.setStatusTip(path)
        menu.addSeparator()
        clear = menu.addAction("Clear List")
        clear.triggered.connect(lambda: self.settings.set(keys.RECENT_FILES, ()))

    # ---------------------------------------------------------------- showing

    def show_document(self, loaded: LoadedText) -> None:
        """Put the plain text on screen; the analysis follows (:attr:`opened`)."""
        doc = loaded.document
        self.document = doc
        self.replaced.emit()
        self.reader.show_text(doc.text, loaded.paragraphs, loaded.utf16)
        self.reader.setFocus()
        self.window.setWindowTitle(window_title(doc))
        self.status.clear_message()  # it spoke of the previous document
        if is_web_address(doc.source):
            self.settings.add_recent_file(doc.source)
        elif not doc.source.startswith(("<", "Clipboard")) and Path(doc.source).is_file():
            self.settings.add_recent_file(str(Path(doc.source).resolve()))
        if doc.notices:
            self.status.message(" ".join(doc.notices), 8000)
        self.status.set_text("")  # the previous document's summary is stale
        self.status.busy("Reading the article…")
        self.shown.emit()
        self.opened.emit(loaded)

    def show_welcome(self) -> None:
        if self.document is None:
            self.reader.show_text(WELCOME_TEXT, Paragraphs.for_text(WELCOME_TEXT), Utf16Map((), ()))
            self.welcomed.emit()

    def _on_load_failed(self, ticket: int, exc: Exception) -> None:
        self.status.idle()
        if isinstance(exc, DocumentError):
            message = str(exc)
        elif isinstance(exc, MemoryError):
            message = "There is not enough memory to open this document."
        else:
            message = f"This document could not be opened ({type(exc).__name__}: {exc})."
        if self.document is not None:
            message += "\n\nThe current article stays open."
        self.load_failed.emit(message)
        self.dialogs.error("Cannot open this document", message)
        if self.document is None:
            self.show_welcome()

    def close(self) -> None:
        self.loader.close()


def is_web_address(source: str) -> bool:
    """Whether a document's source (or a recent entry) is a web page's address."""
    return source.startswith(("http://", "https://"))


def web_label(url: str) -> str:
    """A recent web page in the menu: its host and the last part of its path."""
    parts = urlsplit(url)
    tail = [p for p in parts.path.split("/") if p]
    name = tail[-1] if tail else ""
    if len(name) > 48:
        name = name[:47] + "…"
    return f"{parts.hostname or url} › {name}" if name else (parts.hostname or url)
