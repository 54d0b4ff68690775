"""The main window: menus, legend, reader, People and Word docks, status bar; opening documents.

Behaviour lives here; layout lives in the widgets it assembles. Files are read
and decoded on a loader thread, the spaCy pipeline is loaded and the text
analysed on an analysis thread (:mod:`app.ui.jobs`); the plain text is shown
as soon as it is decoded, the colours and the people when the analysis
arrives. Results of a document that is no longer shown are dropped.
Translation (issue 6) plugs in through :class:`TranslationHook`; nothing here
goes online.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.analysis import Analysis, analyze
from app.dictionary import WordInfo, open_dictionary
from app.document import Document, DocumentError, document_from_text, load_document
from app.nlp import PipelineInfo, load_pipeline_with_info
from app.paths import resources_dir, sample_article_path
from app.ui import theme as themes
from app.ui.describe import (
    InfoCache,
    WordDescriber,
    card_text,
    lookup_keys,
    panel_html,
    tooltip_html,
)
from app.ui.jobs import BackgroundQueue
from app.ui.people_panel import PeoplePanel, people_to_csv, people_to_json
from app.ui.reader import ReaderView
from app.ui.settings import FONT_SIZE_MAX, FONT_SIZE_MIN, Settings
from app.ui.textmodel import Paragraphs, ReaderIndex, Utf16Map
from app.ui.tooltip import HoverController
from app.ui.word_panel import WordPanel

APP_TITLE = "Leselupe"
OPEN_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"
WELCOME_TEXT = (
    "Open a German article to start reading.\n\n"
    "File ▸ Open (Ctrl+O), drop a file on this window, or paste an article "
    "with Ctrl+Shift+V."
)


class TranslationHook(Protocol):
    """What the window needs from the online translator (issue 6)."""

    def cached(self, text: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class LoadedText:
    document: Document
    paragraphs: Paragraphs
    utf16: Utf16Map


@dataclass(frozen=True, slots=True)
class AnalysedText:
    analysis: Analysis
    index: ReaderIndex
    lookup: Callable[[str, str, str, str], WordInfo]
    dictionary_error: str | None


def _default_lookup_factory(
    report: Callable[[object], None] | None = None,
) -> tuple[Callable[[str, str, str, str], WordInfo], str | None]:
    """Open the offline dictionary (on a worker thread; the first run may unpack it)."""

    def progress(fraction: float, message: str) -> None:
        if report is not None:
            report(f"{message.rstrip('.…')}… {fraction:.0%}" if 0 < fraction < 1 else message)

    try:
        dictionary = open_dictionary(progress)  # type: ignore[call-arg]
    except TypeError:  # an open_dictionary without progress reports
        dictionary = open_dictionary()

    def lookup(word: str, lemma: str, pos: str, morph: str) -> WordInfo:
        return dictionary.lookup(word, lemma=lemma, pos=pos, morph=morph)

    return lookup, getattr(dictionary, "error", None)


class MainWindow(QMainWindow):
    """The reading window."""

    document_shown = Signal()  # plain text is on screen
    analysis_shown = Signal()  # colours and people are on screen
    ready = Signal()  # analysis shown and painted
    load_failed = Signal(str)
    analysis_failed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        *,
        analyze_text: Callable[[str, Callable[[object], None]], Analysis] | None = None,
        lookup_factory: Callable[
            [Callable[[object], None]],
            tuple[Callable[[str, str, str, str], WordInfo], str | None],
        ]
        | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self._analyze_text = analyze_text or _analyze_with_pipeline
        self._lookup_factory = lookup_factory or _default_lookup_factory
        self.theme = themes.resolve(settings.theme())
        self.translation: TranslationHook | None = None

        self.document: Document | None = None
        self.analysis: Analysis | None = None
        self.index: ReaderIndex | None = None
        self.describer: WordDescriber | None = None
        self._infos: InfoCache | None = None
        self._lookup: Callable[[str, str, str, str], WordInfo] | None = None
        self.model_info: PipelineInfo | None = None
        self._load_ticket = -1
        self._analysis_ticket = -1
        self._pending_analysis: LoadedText | None = None
        self._mention_person = -1
        self._mention_pos = -1
        self._ready_pending = False
        self.first_paint_at: float | None = None
        self.ready_at: float | None = None
        self.shown_at: float | None = None

        self.loader = BackgroundQueue("loader", self)
        self.loader.finished.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)
        self.analyser = BackgroundQueue("analysis", self)
        self.analyser.finished.connect(self._on_analysed)
        self.analyser.failed.connect(self._on_analysis_failed)
        self.analyser.progress.connect(self._on_analysis_progress)
        self.prefetcher = BackgroundQueue("dictionary", self)
        self._prefetch_stop = threading.Event()

        self.setWindowTitle(APP_TITLE)
        icon_path = resources_dir() / "icons" / "leselupe.svg"
        if icon_path.is_file():
            self.setWindowIcon(QIcon(str(icon_path)))
        self.setAcceptDrops(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )

        self.reader = ReaderView(self)
        self.reader.setAcceptDrops(False)
        self.reader.set_font_size(settings.font_size())
        self.setCentralWidget(self.reader)
        self.reader.word_clicked.connect(self._on_word_clicked)
        self.reader.word_cursor_moved.connect(self._on_word_cursor)
        self.reader.painted.connect(self._on_reader_painted)
        self.reader.text_complete.connect(self._on_text_complete)
        self.hover = HoverController(self.reader, self.tooltip_content)

        self.people_panel = PeoplePanel(self)
        self.people_panel.person_selected.connect(self.highlight_person)
        self.people_panel.step_requested.connect(self.step_mention)
        self.people_panel.export_requested.connect(self.export_people)
        self.people_panel.sort_changed.connect(lambda v: self.settings.set("people/sort", v))
        self.people_panel.credits_toggled.connect(
            lambda v: self.settings.set("people/credits_open", v)
        )
        self.people_panel.set_sort_order(str(settings.get("people/sort")))
        self.people_panel.set_credits_open(bool(settings.get("people/credits_open")))
        self.people_dock = self._dock("People", "peopleDock", self.people_panel)
        self.word_panel = WordPanel(self)
        self.word_dock = self._dock("Word", "wordDock", self.word_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.people_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.word_dock)
        self.splitDockWidget(self.people_dock, self.word_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.people_dock], [310], Qt.Orientation.Horizontal)
        self.resizeDocks([self.people_dock, self.word_dock], [470, 260], Qt.Orientation.Vertical)

        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.apply_theme(self.theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)
        self.resize(1240, 820)
        geometry = settings.get("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.get("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self._show_welcome()

    # ----------------------------------------------------------------- build

    def _dock(self, title: str, name: str, body: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(body)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        return dock

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.status_label = QLabel("", self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.model_label = QLabel("", self)
        self.model_label.setToolTip("The language model that analyses the text")
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.model_label)

    def _action(
        self,
        text: str,
        slot: Callable[..., Any] | None = None,
        shortcut: QKeySequence | str | list[QKeySequence] | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_open = self._action("&Open…", self.choose_file, QKeySequence(K.Open))
        self.act_paste = self._action("Open from &Clipboard", self.open_clipboard, "Ctrl+Shift+V")
        self.act_sample = self._action("Open &Sample Article", self.open_sample)
        self.act_export = self._action("&Export People…", self.export_people)
        self.act_export.setEnabled(False)
        self.act_quit = self._action("&Quit", self.close, QKeySequence(K.Quit))
        self.act_zoom_in = self._action(
            "Zoom &In",
            lambda: self.change_font_size(1),
            [QKeySequence(K.ZoomIn), QKeySequence("Ctrl+="), QKeySequence("Ctrl++")],
        )
        self.act_zoom_out = self._action(
            "Zoom &Out", lambda: self.change_font_size(-1), QKeySequence(K.ZoomOut)
        )
        self.act_zoom_reset = self._action("&Actual Size", lambda: self.set_font_size(13), "Ctrl+0")
        self.act_next_mention = self._action(
            "&Next Mention", lambda: self.step_mention(1), QKeySequence(K.FindNext)
        )
        self.act_prev_mention = self._action(
            "&Previous Mention", lambda: self.step_mention(-1), QKeySequence(K.FindPrevious)
        )
        self.act_find_person = self._action(
            "Find &Person", self.focus_people_filter, QKeySequence(K.Find)
        )
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key, label in (("system", "Follow &System"), ("light", "&Light"), ("dark", "&Dark")):
            act = self._action(label, checkable=True)
            act.setData(key)
            act.triggered.connect(lambda _=False, k=key: self.set_theme_setting(k))
            self.theme_group.addAction(act)
            self.theme_actions[key] = act
        self.theme_actions[self.settings.theme()].setChecked(True)
        # Room for issue 6: created, hidden until the translation service is wired in.
        self.act_online_translation = self._action("Online Translation", checkable=True)
        self.act_online_translation.setToolTip(
            "Translate sentences online (sends the sentence text to a translation service)"
        )
        self.act_online_translation.setVisible(False)
        self.act_translate_article = self._action("Translate Article")
        self.act_translate_article.setVisible(False)
        self.act_copy_word = self._action("Copy Word Entry", self.word_panel.copy_all)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.act_open)
        file_menu.addAction(self.act_paste)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.act_sample)
        file_menu.addSeparator()
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        view = bar.addMenu("&View")
        view.addAction(self.act_zoom_in)
        view.addAction(self.act_zoom_out)
        view.addAction(self.act_zoom_reset)
        view.addSeparator()
        theme_menu = view.addMenu("&Theme")
        for act in self.theme_actions.values():
            theme_menu.addAction(act)
        self.colours_menu = view.addMenu("Name &Colours")
        view.addSeparator()
        view.addAction(self.people_dock.toggleViewAction())
        view.addAction(self.word_dock.toggleViewAction())
        go = bar.addMenu("&Go")
        go.addAction(self.act_find_person)
        go.addAction(self.act_next_mention)
        go.addAction(self.act_prev_mention)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&About Leselupe", self.show_about))

    def _build_toolbar(self) -> None:
        bar = QToolBar("Names", self)
        bar.setObjectName("legendBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setIconSize(QSize(10, 10))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.toggleViewAction().setText("Name Colour Legend")
        label = QLabel("Highlight", bar)
        label.setContentsMargins(2, 0, 6, 0)
        bar.addWidget(label)
        self.legend_actions: dict[str, QAction] = {}
        for key in themes.ENTITY_ORDER:
            act = QAction(themes.ENTITY_LEGEND[key], self)
            act.setCheckable(True)
            act.setChecked(bool(self.settings.get(f"entities/{key}")))
            act.setToolTip(f"Show {themes.ENTITY_LEGEND[key].lower()} in colour ({key})")
            act.toggled.connect(lambda on, k=key: self._on_label_toggled(k, on))
            bar.addAction(act)
            button = bar.widgetForAction(act)
            if isinstance(button, QToolButton):
                button.setObjectName("legendChip")
                button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.colours_menu.addAction(act)
            self.legend_actions[key] = act
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.act_online_translation)
        bar.addAction(self.act_translate_article)
        self.legend_bar = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.reader.set_enabled_labels(self.enabled_labels())

    def enabled_labels(self) -> set[str]:
        return {k for k, act in self.legend_actions.items() if act.isChecked()}

    # ----------------------------------------------------------------- theme

    def apply_theme(self, theme: themes.Theme) -> None:
        self.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(themes.palette(theme))
            app.setStyleSheet(themes.style_sheet(theme))
        self.reader.set_theme(theme)
        self.people_panel.set_theme(theme)
        for key, act in getattr(self, "legend_actions", {}).items():
            act.setIcon(_dot_icon(theme.entity[key], theme.muted))
        self.hover.refresh()
        self._refresh_word_panel()

    def _on_system_scheme(self, *_args: object) -> None:
        if self.settings.theme() == "system":
            self.apply_theme(themes.resolve("system"))

    def set_theme_setting(self, value: str) -> None:
        self.settings.set("view/theme", value)
        self.theme_actions[value].setChecked(True)
        self.apply_theme(themes.resolve(value))

    def change_font_size(self, step: int) -> None:
        self.set_font_size(self.reader.font_size + step)

    def set_font_size(self, size: int) -> None:
        size = max(FONT_SIZE_MIN, min(FONT_SIZE_MAX, size))
        self.reader.set_font_size(size)
        self.settings.set("view/font_size", size)
        self.hover.hide()

    def _on_label_toggled(self, key: str, on: bool) -> None:
        self.settings.set(f"entities/{key}", on)
        self.reader.set_enabled_labels(self.enabled_labels())

    # ------------------------------------------------------------- documents

    def open_path(self, path: str | Path) -> int:
        """Load a file in the background; returns the load ticket."""
        path = str(path)
        self._set_busy(f"Opening {Path(path).name}…")

        def job(report: Callable[[object], None]) -> LoadedText:
            return _prepare(load_document(path))

        self._load_ticket = self.loader.submit(job)
        return self._load_ticket

    def open_text(self, text: str, source: str = "Clipboard") -> int:
        self._set_busy("Opening text…")

        def job(report: Callable[[object], None]) -> LoadedText:
            return _prepare(document_from_text(text, source=source))

        self._load_ticket = self.loader.submit(job)
        return self._load_ticket

    def open_document(self, document: Document) -> int:
        """Show an already loaded document (its index is built in the background)."""
        self._set_busy("Opening text…")

        def job(report: Callable[[object], None]) -> LoadedText:
            return _prepare(document)

        self._load_ticket = self.loader.submit(job)
        return self._load_ticket

    def open_sample(self) -> int:
        return self.open_path(sample_article_path())

    def choose_file(self) -> None:
        start = str(self.settings.get("files/last_dir")) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open Article", start, OPEN_FILTER)
        if path:
            self.settings.set("files/last_dir", str(Path(path).parent))
            self.open_path(path)

    def open_clipboard(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        text = _text_from_mime(mime)
        if not text.strip():
            self.show_error("Nothing to open", "The clipboard contains no text.")
            return
        self.open_text(text, "Clipboard")

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        if not recent:
            act = self.recent_menu.addAction("No recent files")
            act.setEnabled(False)
            return
        for path in recent:
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction("Clear List")
        clear.triggered.connect(lambda: self.settings.set("files/recent", []))

    def _on_loaded(self, ticket: int, loaded: LoadedText) -> None:
        if ticket != self._load_ticket:
            return  # another document was asked for meanwhile
        self.show_document(loaded)

    def _on_load_failed(self, ticket: int, exc: Exception) -> None:
        if ticket != self._load_ticket:
            return
        self._set_idle()
        if isinstance(exc, DocumentError):
            message = str(exc)
        elif isinstance(exc, MemoryError):
            message = "There is not enough memory to open this document."
        else:
            message = f"This document could not be opened ({type(exc).__name__}: {exc})."
        if self.document is not None:
            message += "\n\nThe current article stays open."
        self.load_failed.emit(message)
        self.show_error("Cannot open this document", message)
        if self.document is None:
            self._show_welcome()

    def show_document(self, loaded: LoadedText) -> None:
        """Put the plain text on screen, then analyse it in the background."""
        doc = loaded.document
        self.document = doc
        self._analysis_ticket = -1  # whatever is being analysed now is stale
        self._prefetch_stop.set()
        self.analysis = None
        self.index = None
        self.describer = None
        self._mention_person = -1
        self._mention_pos = -1
        self.hover.hide()
        self.reader.show_text(doc.text, loaded.paragraphs, loaded.utf16)
        self.reader.setFocus()
        self.people_panel.clear("Finding the people in this article…")
        self.word_panel.clear()
        self.act_export.setEnabled(False)
        name = Path(doc.source).name if not doc.source.startswith("<") else doc.source
        self.setWindowTitle(f"{name} — {APP_TITLE}")
        if not doc.source.startswith(("<", "Clipboard")) and Path(doc.source).is_file():
            self.settings.add_recent_file(str(Path(doc.source).resolve()))
        if doc.notices:
            self.statusBar().showMessage(" ".join(doc.notices), 8000)
        self._set_busy("Reading the article…")
        self.document_shown.emit()
        self._pending_analysis = loaded
        # Start the analysis once the whole text is on screen and painted, so the
        # two do not compete for the interpreter; if nothing paints, soon anyway.
        if not self.reader.loading:
            QTimer.singleShot(0 if not self.isVisible() else 400, self._start_analysis)

    def _start_analysis(self) -> None:
        loaded = self._pending_analysis
        if loaded is None:
            return
        self._pending_analysis = None
        analyze_text = self._analyze_text
        lookup_factory = self._lookup_factory
        need_lookup = self._lookup is None

        def job(report: Callable[[object], None]) -> AnalysedText:
            with collection_paused():
                analysis = analyze_text(loaded.document.text, report)
                report("Finding names and people…")
                index = ReaderIndex.build(analysis, loaded.utf16, loaded.paragraphs)
                lookup, error = lookup_factory(report) if need_lookup else (None, None)
            return AnalysedText(analysis, index, lookup, error)  # type: ignore[arg-type]

        self._analysis_ticket = self.analyser.submit(job)

    def _on_analysis_progress(self, ticket: int, value: object) -> None:
        if ticket != self._analysis_ticket:
            return
        if isinstance(value, PipelineInfo):
            self._show_model(value)
        elif isinstance(value, str):
            self._set_busy(value)

    def _on_analysed(self, ticket: int, result: AnalysedText) -> None:
        if ticket != self._analysis_ticket:
            return  # stale: the document changed while this one was analysed
        if result.lookup is not None:
            self._lookup = result.lookup
            self._infos = InfoCache(result.lookup)
            if result.dictionary_error:
                self.statusBar().showMessage(f"Dictionary: {result.dictionary_error}", 8000)
        self.analysis = result.analysis
        self.index = result.index
        self.describer = WordDescriber(result.index, self._infos or InfoCache(_no_lookup))
        self._show_model(result.analysis.model)
        self.reader.show_analysis(result.index)
        self._start_prefetch(result.index)
        self.people_panel.set_people(result.analysis.people)
        self.act_export.setEnabled(bool(result.analysis.people))
        self._ready_pending = True
        story = sum(1 for p in result.analysis.people if not p.credit)
        words = len(result.index.words)
        self.status_label.setText(
            f"{words:,} words · {story} {'person' if story == 1 else 'people'} · "
            f"{len(result.analysis.entities)} names"
        )
        for notice in result.analysis.notices:
            self.statusBar().showMessage(notice, 10000)
        self._set_idle()
        self.analysis_shown.emit()
        if not self.isVisible() and not self.reader.loading:
            self._mark_ready()

    def _start_prefetch(self, index: ReaderIndex) -> None:
        """Look the article's words up on a worker, the ones on screen first."""
        infos = self._infos
        if infos is None:
            return
        stop = threading.Event()
        self._prefetch_stop = stop
        visible = self.reader.words_in_view()

        def job(report: Callable[[object], None]) -> int:
            return infos.prefetch(lookup_keys(index, visible), stop.is_set)

        self.prefetcher.submit(job)

    def _on_analysis_failed(self, ticket: int, exc: Exception) -> None:
        if ticket != self._analysis_ticket:
            return
        self._set_idle()
        self.people_panel.clear("The analysis failed; the text is shown without it.")
        self.status_label.setText("Analysis failed")
        self.analysis_failed.emit(str(exc))
        self.show_error(
            "The analysis failed",
            f"The article is shown, but it could not be analysed:\n{exc}",
        )

    def _on_reader_painted(self) -> None:
        now = time.perf_counter()
        if self.first_paint_at is None and self.document is not None:
            self.first_paint_at = now
        if self._pending_analysis is not None and not self.reader.loading:
            QTimer.singleShot(0, self._start_analysis)
        if self._ready_pending and self.analysis is not None and not self.reader.loading:
            self._mark_ready(now)

    def _on_text_complete(self) -> None:
        if self._pending_analysis is not None:
            QTimer.singleShot(0 if not self.isVisible() else 400, self._start_analysis)
        if self._ready_pending and not self.isVisible():
            self._mark_ready()

    def _mark_ready(self, now: float | None = None) -> None:
        if not self._ready_pending:
            return
        self._ready_pending = False
        if self.ready_at is None:
            self.ready_at = now or time.perf_counter()
        self.ready.emit()

    def _show_model(self, info: PipelineInfo) -> None:
        self.model_info = info
        self.model_label.setText(f"Model: {info.name} {info.version}")
        tip = f"{info.name} {info.version} ({info.origin})"
        if info.sources:
            tip += "\nTrained on: " + "; ".join(info.sources)
        self.model_label.setToolTip(tip)

    def _set_busy(self, message: str) -> None:
        self.status_label.setText(message)
        self.progress.show()

    def _set_idle(self) -> None:
        self.progress.hide()

    def _show_welcome(self) -> None:
        if self.document is None:
            self.reader.show_text(WELCOME_TEXT, Paragraphs.for_text(WELCOME_TEXT), Utf16Map((), ()))
            self.people_panel.clear("People appear here once an article is open.")

    def show_error(self, title: str, message: str) -> None:
        """A modal message box (tests patch QMessageBox.warning)."""
        QMessageBox.warning(self, title, message)

    # ------------------------------------------------------------------ words

    def tooltip_content(self, token: int) -> str:
        """HTML of the hover tooltip for a token (UI thread, cached, fast)."""
        if self.describer is None:
            return ""
        card = self.describer.card(token)
        return tooltip_html(card, self.theme.html_style(), self._translation_for(card.sentence))

    def _translation_for(self, sentence: int) -> str | None:
        if self.translation is None or self.analysis is None:
            return None
        try:
            return self.translation.cached(self.analysis.sentence_text(sentence))
        except Exception:
            return None

    def translation_arrived(self) -> None:
        """Call when a sentence translation came in (issue 6) to refresh tip and panel."""
        self.hover.refresh()
        self._refresh_word_panel()

    def _on_word_clicked(self, token: int) -> None:
        self.pin_word(token)

    def _on_word_cursor(self, token: int) -> None:
        if token < 0:
            self.hover.hide()
            return
        self.pin_word(token)
        self.hover.show_for(token)

    def pin_word(self, token: int) -> None:
        if self.describer is None or self.analysis is None:
            return
        card = self.describer.card(token)
        sentence = self.analysis.sentence_text(card.sentence)
        translation = self._translation_for(card.sentence)
        self.word_panel.show_entry(
            token,
            panel_html(card, self.theme.html_style(), sentence, translation),
            card_text(card, sentence, translation),
        )
        if not self.word_dock.isVisible():
            self.statusBar().showMessage(card_text(card).split("\n")[0], 4000)

    def _refresh_word_panel(self) -> None:
        if getattr(self, "word_panel", None) is not None and self.word_panel.token >= 0:
            self.pin_word(self.word_panel.token)

    # ----------------------------------------------------------------- people

    def highlight_person(self, person: int) -> None:
        """Highlight every mention of a person and scroll to the first."""
        if self.analysis is None or not 0 <= person < len(self.analysis.people):
            self._mention_person = -1
            self.reader.set_mentions(())
            return
        mentions = tuple(sorted(self.analysis.people[person].mentions))
        self._mention_person = person
        self._mention_pos = 0 if mentions else -1
        self.reader.set_mentions(mentions, self._mention_pos)
        if mentions:
            self.reader.scroll_to_range(*mentions[0])
        self._mention_status()

    def step_mention(self, step: int) -> None:
        """Go to the next (or previous) mention of the selected person."""
        if self.analysis is None:
            return
        if self._mention_person < 0:
            person = self.people_panel.selected_person()
            if person < 0:
                return
            self.highlight_person(person)
            return
        mentions = self.reader.mentions
        if not mentions:
            return
        self._mention_pos = (self._mention_pos + step) % len(mentions)
        self.reader.set_mentions(mentions, self._mention_pos)
        self.reader.scroll_to_range(*mentions[self._mention_pos])
        self._mention_status()

    def _mention_status(self) -> None:
        if self.analysis is None or self._mention_person < 0:
            return
        person = self.analysis.people[self._mention_person]
        total = len(self.reader.mentions)
        self.statusBar().showMessage(
            f"{person.name}: mention {self._mention_pos + 1} of {total} — F3 for the next", 6000
        )

    def focus_people_filter(self) -> None:
        self.people_dock.show()
        self.people_dock.raise_()
        self.people_panel.filter.setFocus()
        self.people_panel.filter.selectAll()

    def export_people(self) -> None:
        if self.analysis is None or not self.analysis.people:
            return
        base = Path(self.document.source).stem if self.document else "people"
        start = str(
            Path(str(self.settings.get("files/last_dir")) or Path.home()) / f"{base}-people.csv"
        )
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export People", start, "CSV (*.csv);;JSON (*.json)"
        )
        if not path:
            return
        self.write_people(
            path, "json" if path.lower().endswith(".json") or "JSON" in chosen else "csv"
        )

    def write_people(self, path: str, kind: str) -> None:
        assert self.analysis is not None
        people = self.analysis.people
        data = people_to_json(people) if kind == "json" else people_to_csv(people)
        try:
            Path(path).write_text(data, encoding="utf-8")
        except OSError as exc:
            self.show_error("Export failed", f"{path}: {exc.strerror or exc}")
            return
        self.statusBar().showMessage(f"Exported {len(people)} people to {path}", 6000)

    # ------------------------------------------------------------ drag & drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText() or mime.hasHtml():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        for url in mime.urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
                event.acceptProposedAction()
                return
        text = _text_from_mime(mime)
        if text.strip():
            self.open_text(text, "Dropped text")
            event.acceptProposedAction()

    # ------------------------------------------------------------------- misc

    def show_about(self) -> None:
        model = self.model_info
        model_text = f"{model.name} {model.version} ({model.origin})" if model else "not loaded yet"
        QMessageBox.about(
            self,
            "About Leselupe",
            "<p><b>Leselupe</b> — a reading assistant for German articles.</p>"
            f"<p>Language model: {model_text}<br>"
            "Dictionary: Ding (GPL-2.0-or-later)<br>"
            "Fonts: Charis SIL and Inter (SIL Open Font License 1.1)</p>",
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.hover.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hover.hide()
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.sync()
        self._prefetch_stop.set()
        self.loader.close()
        self.analyser.close()
        self.prefetcher.close()
        super().closeEvent(event)


# ---------------------------------------------------------------------- helpers


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while a large analysis is built.

    A full collection walks every object in the process while holding the
    interpreter lock (over 100 ms with a long article's tokens), which would
    freeze the UI thread. The analysis makes no reference cycles, so the
    collector is paused, and afterwards everything alive (the loaded model, the
    analysis) is moved out of the collector's way with :func:`gc.freeze`.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _analyze_with_pipeline(text: str, report: Callable[[object], None]) -> Analysis:
    """Load the pipeline (once), then analyse; reports the model as soon as it is known."""
    report("Loading the language model…")
    nlp, info = load_pipeline_with_info()
    report(info)
    report("Analysing the article…")
    return analyze(text, nlp, info)


def _prepare(document: Document) -> LoadedText:
    """Everything about a document that can be worked out off the UI thread."""
    text = document.text
    return LoadedText(document, Paragraphs.for_text(text), Utf16Map.for_text(text))


def _no_lookup(word: str, lemma: str, pos: str, morph: str) -> WordInfo:
    return WordInfo(word=word, lemma=lemma, pos=pos, morph=morph, source="")


def _text_from_mime(mime: QMimeData | None) -> str:
    if mime is None:
        return ""
    if mime.hasText() and mime.text().strip():
        return mime.text()
    if mime.hasHtml():
        return mime.html()
    return ""


def _dot_icon(colour: str, off_colour: str) -> QIcon:
    """A filled dot in the entity colour (on) or a hollow grey ring (off)."""
    icon = QIcon()
    for state, fill in ((QIcon.State.On, True), (QIcon.State.Off, False)):
        size = 20
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if fill:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
        else:
            painter.setPen(QPen(QColor(off_colour), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(3, 3, size - 6, size - 6)
        painter.end()
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
        icon.addPixmap(pixmap, QIcon.Mode.Active, state)
    return icon
