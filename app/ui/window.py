"""The main window: menus, legend, reader, People and Word docks, status bar; opening documents.

Behaviour lives here; layout lives in the widgets it assembles. Files are read
and decoded on a loader thread, the spaCy pipeline is loaded and the text
analysed on an analysis thread (:mod:`app.ui.jobs`); the plain text is shown
as soon as it is decoded, the colours and the people when the analysis
arrives. Results of a document that is no longer shown are dropped.
Online translation (issue 6) is driven by
:class:`~app.ui.translator.Translator`; the window shows its
results in the hover card, the Word panel and the translation pane beside the
article, and asks before switching it on. Nothing here goes online itself.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QSize,
    Qt,
    QTimer,
    QUrl,
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
    QShowEvent,
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
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.analysis import Analysis, analyze
from app.core.gcpolicy import collection_paused
from app.core.paths import resources_dir, sample_article_path
from app.dictionary import WordInfo, open_dictionary
from app.document import Document, DocumentError, document_from_text, load_document
from app.nlp import PipelineInfo, load_pipeline_with_info
from app.reading.card_html import TRANSLATE_LINK, panel_html, tooltip_html
from app.reading.card_text import card_text
from app.reading.cards import (
    OnlineGloss,
    SentenceTranslation,
    WordCard,
    WordDescriber,
    needs_online_gloss,
)
from app.reading.lookups import InfoCache, LookupFunction, lookup_keys
from app.reading.numbers import document_summary
from app.reading.people import mention_status
from app.reading.textmodel import Paragraphs, ParallelLayout, ReaderIndex, Utf16Map
from app.ui import settings as keys
from app.ui import theme as themes
from app.ui.jobs import Report, Worker
from app.ui.people_panel import people_to_csv, people_to_json
from app.ui.settings import Settings
from app.ui.translator import Translator, sends_to
from app.ui.widgets.people_panel import PeoplePanel
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.tooltip import HoverController
from app.ui.widgets.word_panel import WordPanel

if TYPE_CHECKING:
    from app.ui.widgets.translation_pane import PaneHeader, ScrollSync, TranslationPane
    from app.ui.widgets.translation_text import State

APP_TITLE = "Leselupe"
OPEN_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"
MODEL_FALLBACK_NOTICE = (
    "No language model could be loaded, so names are found by simple rules only"
    " (`leselupe info` says why)."
)
WELCOME_TEXT = (
    "Open a German article to start reading.\n\n"
    "File ▸ Open (Ctrl+O), drop a file on this window, or paste an article "
    "with Ctrl+Shift+V."
)


class TranslationHook(Protocol):
    """The least the window needs from a translator: a sentence's cached translation."""

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
    sentences: list[str]  # the text of each sentence, for the translator


@dataclass(frozen=True, slots=True)
class OpenedDictionary:
    lookup: LookupFunction | None  # None: the one opened before stays
    error: str | None


@dataclass(slots=True)
class _Round:
    """One analysis: the text's analysis and the dictionary, each from its own worker."""

    analysed: AnalysedText | None = None
    dictionary: OpenedDictionary | None = None


def _default_lookup_factory(
    report: Callable[[object], None] | None = None,
) -> tuple[LookupFunction, str | None]:
    """Open the offline dictionary (on a worker thread; the first run may unpack it)."""

    def progress(fraction: float, message: str) -> None:
        if report is not None:
            report(f"{message.rstrip('.…')}… {fraction:.0%}" if 0 < fraction < 1 else message)

    try:
        dictionary = open_dictionary(progress)  # type: ignore[call-arg]
    except TypeError:  # an open_dictionary without progress reports
        dictionary = open_dictionary()

    def lookup(word: str, lemma: str, pos: str, morph: str, frame: str) -> WordInfo:
        return dictionary.lookup(word, lemma=lemma, pos=pos, morph=morph, frame=frame)

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
            tuple[LookupFunction, str | None],
        ]
        | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self._analyze_text = analyze_text or _analyze_with_pipeline
        self._lookup_factory = lookup_factory or _default_lookup_factory
        self.theme = themes.resolve(settings.get(keys.THEME))
        self.translator = Translator(settings, self)
        #: Where the card and the Word panel get sentence translations (tests may replace it).
        self.translation: TranslationHook | None = self.translator
        self.settings_dialog: Any = None  # the SettingsDialog while it is open

        self.document: Document | None = None
        self.analysis: Analysis | None = None
        self.index: ReaderIndex | None = None
        self.describer: WordDescriber | None = None
        self._infos: InfoCache | None = None
        self._lookup: LookupFunction | None = None
        self.model_info: PipelineInfo | None = None
        self._round: _Round | None = None
        self._pending_analysis: LoadedText | None = None
        self._mention_person = -1
        self._mention_pos = -1
        self._ready_pending = False
        self.first_paint_at: float | None = None
        self.ready_at: float | None = None
        self.shown_at: float | None = None

        self.loader = Worker("loader", self)
        self.loader.finished.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)
        self.analyser = Worker("analysis", self)
        self.analyser.finished.connect(self._on_analysed)
        self.analyser.failed.connect(self._on_analysis_failed)
        self.analyser.progress.connect(self._on_analysis_progress)
        #: Opens the dictionary beside the analysis (mostly file and SQLite work).
        self.dictionary_opener = Worker("dictionary-open", self)
        self.dictionary_opener.finished.connect(self._on_dictionary_opened)
        self.dictionary_opener.failed.connect(self._on_analysis_failed)
        self.dictionary_opener.progress.connect(self._on_analysis_progress)
        self.prefetcher = Worker("dictionary", self)
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
        self.reader.set_font_size(settings.get(keys.FONT_SIZE))
        self.reader.word_clicked.connect(self._on_word_clicked)
        self.reader.word_cursor_moved.connect(self._on_word_cursor)
        self.reader.painted.connect(self._on_reader_painted)
        self.reader.text_complete.connect(self._on_text_complete)
        # Before the hover card's own connection: a hover first says what it wants
        # translated, so the card can show "translating…" when it appears.
        self.reader.hovered.connect(self._on_hover_translate)
        self.hover = HoverController(self.reader, self.tooltip_content)
        self._build_columns()

        self.people_panel = PeoplePanel(self)
        self.people_panel.person_selected.connect(self.highlight_person)
        self.people_panel.step_requested.connect(self.step_mention)
        self.people_panel.export_requested.connect(self.export_people)
        self.people_panel.sort_changed.connect(lambda v: self.settings.set(keys.PEOPLE_SORT, v))
        self.people_panel.credits_toggled.connect(lambda v: self.settings.set(keys.CREDITS_OPEN, v))
        self.people_panel.set_sort_order(settings.get(keys.PEOPLE_SORT))
        self.people_panel.set_credits_open(settings.get(keys.CREDITS_OPEN))
        self.people_dock = self._dock("People", "peopleDock", self.people_panel)
        self.word_panel = WordPanel(self)
        self.word_dock = self._dock("Word", "wordDock", self.word_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.people_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.word_dock)
        self.splitDockWidget(self.people_dock, self.word_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.people_dock], [310], Qt.Orientation.Horizontal)
        self.resizeDocks([self.people_dock, self.word_dock], [470, 260], Qt.Orientation.Vertical)

        self._build_status_bar()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(120)
        self._progress_timer.timeout.connect(self._on_progress_timer)
        self._progress_due = False
        self.translator.changed.connect(self._on_translation_changed)
        self.translator.progress.connect(self._on_translation_progress)
        self.translator.notice.connect(self._on_translation_notice)
        self.translator.online_changed.connect(self._on_online_changed)
        self.word_panel.browser.anchorClicked.connect(self._on_word_panel_link)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.apply_theme(self.theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)
        self.resize(1240, 820)
        geometry = settings.get(keys.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self._show_welcome()

    # ----------------------------------------------------------------- build

    def _build_columns(self) -> None:
        """The article; the translation column beside it is made on first use (Ctrl+T)."""
        left = QWidget(self)
        left.setObjectName("articleColumn")
        self._article_column = QVBoxLayout(left)
        self._article_column.setContentsMargins(0, 0, 0, 0)
        self._article_column.setSpacing(0)
        self._article_column.addWidget(self.reader, 1)
        self._pane: TranslationPane | None = None
        self._german_header: PaneHeader | None = None
        self._scroll_sync: ScrollSync | None = None
        self._pair_owner = ""
        self.reader.sentence_hovered.connect(lambda i: self._pair_from("reader", i))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("columns")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(left)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.splitterMoved.connect(lambda *_: self._save_columns())
        self.setCentralWidget(self.splitter)

    @property
    def translation_pane(self) -> TranslationPane:
        """The translation column (created, hidden, on first use)."""
        if self._pane is None:
            from app.ui.widgets.translation_pane import PaneHeader, ScrollSync, TranslationPane

            header = PaneHeader("German", parent=self)
            header.title.setToolTip("The article as written")
            header.hide()
            self._article_column.insertWidget(0, header)
            self._german_header = header
            pane = TranslationPane(self)
            pane.hide()
            pane.close_requested.connect(self.hide_translation_pane)
            pane.text.set_theme(self.theme)
            pane.text.set_font_size(self.reader.font_size)
            pane.text.sentence_hovered.connect(lambda i: self._pair_from("pane", i))
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(1, 1)
            self._scroll_sync = ScrollSync(self.reader, pane.text)
            self._pane = pane
        return self._pane

    @property
    def german_header(self) -> PaneHeader:
        _ = self.translation_pane
        assert self._german_header is not None
        return self._german_header

    @property
    def scroll_sync(self) -> ScrollSync:
        _ = self.translation_pane
        assert self._scroll_sync is not None
        return self._scroll_sync

    def _pane_shown(self) -> bool:
        return self._pane is not None and self._pane.isVisible()

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
        # Plain text: it shows file names, and a name like "<img src=x>.txt" must not
        # make Qt render markup and read files (issue 7).
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.model_label = QLabel("", self)
        self.model_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model_label.setToolTip("The language model that analyses the text")
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.model_label)
        # A temporary message replaces the word count instead of being painted over it
        # (QStatusBar only hides normal widgets while the window is already visible).
        bar.messageChanged.connect(self._sync_status_label)

    def _sync_status_label(self, message: str = "") -> None:
        self.status_label.setVisible(not message)

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
        self.theme_actions[self.settings.get(keys.THEME)].setChecked(True)
        self.act_online_translation = self._action("Online translation", checkable=True)
        self.act_online_translation.setChecked(self.settings.get(keys.ONLINE))
        self.act_online_translation.triggered.connect(self.set_online_translation)
        self._online_tooltip()
        self.act_translate_article = self._action("Translate article", shortcut="Ctrl+T")
        self.act_translate_article.setCheckable(True)
        self.act_translate_article.setToolTip(
            "Show the article's translation beside it, sentence by sentence (Ctrl+T)"
        )
        self.act_translate_article.triggered.connect(self.toggle_translation_pane)
        self.act_settings = self._action(
            "&Settings…",
            self.open_settings,
            [QKeySequence("Ctrl+,"), QKeySequence(K.Preferences)],
        )
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
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
        tools = bar.addMenu("&Tools")
        tools.addAction(self.act_online_translation)
        tools.addAction(self.act_translate_article)
        tools.addSeparator()
        tools.addAction(self.act_settings)
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
            act.setChecked(self.settings.get(keys.SHOW_ENTITY[key]))
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
        for act, name in (
            (self.act_online_translation, "onlineChip"),
            (self.act_translate_article, "paneChip"),
        ):
            bar.addAction(act)
            button = bar.widgetForAction(act)
            if isinstance(button, QToolButton):
                button.setObjectName(name)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
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
        self.act_online_translation.setIcon(_dot_icon(theme.accent, theme.muted))
        if self._pane is not None:
            self._pane.text.set_theme(theme)
        self.hover.refresh()
        self._refresh_word_panel()

    def _on_system_scheme(self, *_args: object) -> None:
        if self.settings.get(keys.THEME) == "system":
            self.apply_theme(themes.resolve("system"))

    def set_theme_setting(self, value: str) -> None:
        self.settings.set(keys.THEME, value)
        self.theme_actions[value].setChecked(True)
        self.apply_theme(themes.resolve(value))

    def change_font_size(self, step: int) -> None:
        self.set_font_size(self.reader.font_size + step)

    def set_font_size(self, size: int) -> None:
        size = keys.FONT_SIZE.clamp(size)
        self.reader.set_font_size(size)
        if self._pane is not None:
            self._pane.text.set_font_size(size)
        self.settings.set(keys.FONT_SIZE, size)
        self.hover.hide()

    def _on_label_toggled(self, key: str, on: bool) -> None:
        self.settings.set(keys.SHOW_ENTITY[key], on)
        self.reader.set_enabled_labels(self.enabled_labels())

    # ------------------------------------------------------------- documents

    def open_path(self, path: str | Path) -> int:
        """Load a file in the background; returns the load ticket."""
        path = str(path)
        self._set_busy(f"Opening {Path(path).name}…")

        def job(report: Report) -> LoadedText:
            return _prepare(load_document(path))

        return self.loader.submit(job)

    def open_text(self, text: str, source: str = "Clipboard") -> int:
        self._set_busy("Opening text…")

        def job(report: Report) -> LoadedText:
            return _prepare(document_from_text(text, source=source))

        return self.loader.submit(job)

    def open_document(self, document: Document) -> int:
        """Show an already loaded document (its index is built in the background)."""
        self._set_busy("Opening text…")

        def job(report: Report) -> LoadedText:
            return _prepare(document)

        return self.loader.submit(job)

    def open_sample(self) -> int:
        return self.open_path(sample_article_path())

    def choose_file(self) -> None:
        start = self.settings.get(keys.LAST_DIR) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open Article", start, OPEN_FILTER)
        if path:
            self.settings.set(keys.LAST_DIR, str(Path(path).parent))
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
            act.setToolTip(_plain_for_qt(path))
            act.setStatusTip(path)
            act.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction("Clear List")
        clear.triggered.connect(lambda: self.settings.set(keys.RECENT_FILES, ()))

    def _on_loaded(self, ticket: int, loaded: LoadedText) -> None:
        self.show_document(loaded)  # the loader drops what another document replaced

    def _on_load_failed(self, ticket: int, exc: Exception) -> None:
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
        self._round = None  # whatever is being analysed now is stale
        self.analyser.invalidate()
        self.dictionary_opener.invalidate()
        self._prefetch_stop.set()
        self.analysis = None
        self.index = None
        self.describer = None
        self._mention_person = -1
        self._mention_pos = -1
        self.hover.hide()
        self.translator.set_document(None)
        if self._pane is not None:
            self.scroll_sync.enabled = False
            self._pane.text.set_layout(None, self._pane_source)
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
        warm_up = self.translator.warm_up

        def analyse(report: Report) -> AnalysedText:
            with collection_paused():
                analysis = analyze_text(loaded.document.text, report)
                report("Finding names and people…")
                index = ReaderIndex.build(analysis, loaded.utf16, loaded.paragraphs)
                sentences = [analysis.sentence_text(i) for i in range(len(analysis.sentences))]
            return AnalysedText(analysis, index, sentences)

        def open_dictionary(report: Report) -> OpenedDictionary:
            # Beside the analysis instead of after it; then the translation code warms up.
            lookup, error = lookup_factory(report) if need_lookup else (None, None)
            warm_up()  # the translation code and its cache, off the UI thread
            return OpenedDictionary(lookup, error)

        self._round = _Round()
        self.analyser.submit(analyse)
        self.dictionary_opener.submit(open_dictionary)

    def _on_analysis_progress(self, ticket: int, value: object) -> None:
        if isinstance(value, PipelineInfo):
            self._show_model(value)
        elif isinstance(value, str):
            self._set_busy(value)

    def _on_analysed(self, ticket: int, result: AnalysedText) -> None:
        if self._round is not None:  # the workers drop what a newer document replaced
            self._round.analysed = result
            self._show_round()

    def _on_dictionary_opened(self, ticket: int, result: OpenedDictionary) -> None:
        if self._round is not None:
            self._round.dictionary = result
            self._show_round()

    def _show_round(self) -> None:
        """Show the analysis once both it and the dictionary are there."""
        round_ = self._round
        if round_ is None or round_.analysed is None or round_.dictionary is None:
            return
        self._round = None
        self._show_analysis(round_.analysed, round_.dictionary)

    def _show_analysis(self, result: AnalysedText, dictionary: OpenedDictionary) -> None:
        if dictionary.lookup is not None:
            self._lookup = dictionary.lookup
            self._infos = InfoCache(dictionary.lookup)
            if dictionary.error:
                self.statusBar().showMessage(f"Dictionary: {dictionary.error}", 8000)
        self.analysis = result.analysis
        self.index = result.index
        self.describer = WordDescriber(result.index, self._infos or InfoCache(_no_lookup))
        self._show_model(result.analysis.model)
        self.reader.show_analysis(result.index)
        self._start_prefetch(result.index)
        self.translator.set_document(result.sentences)
        if self._pane_shown():
            self._build_translation()
        self.people_panel.set_people(result.analysis.people)
        self.act_export.setEnabled(bool(result.analysis.people))
        self._ready_pending = True
        story = sum(1 for p in result.analysis.people if not p.credit)
        words = len(result.index.words)
        self.status_label.setText(document_summary(words, story, len(result.analysis.entities)))
        for notice in result.analysis.notices:
            self.statusBar().showMessage(notice, 10000)
        if result.analysis.model.origin == "built-in rules":  # every model failed to load
            self.statusBar().showMessage(MODEL_FALLBACK_NOTICE, 15000)
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

        def job(report: Report) -> int:
            return infos.prefetch(lookup_keys(index, visible), stop.is_set)

        self.prefetcher.submit(job)

    def _on_analysis_failed(self, ticket: int, exc: Exception) -> None:
        if self._round is None:
            return  # the other half of this analysis failed already
        self._round = None
        self.analyser.invalidate()
        self.dictionary_opener.invalidate()
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
        QMessageBox.warning(self, title, _plain_for_qt(message))

    # ------------------------------------------------------------------ words

    def tooltip_content(self, token: int) -> str:
        """HTML of the hover tooltip for a token (UI thread, cached, fast)."""
        if self.describer is None:
            return ""
        card = self.describer.card(token)
        return tooltip_html(
            card,
            self.theme.html_style(),
            self._sentence_translation(card.sentence),
            self._online_gloss(card),
        )

    def _sentence_translation(self, sentence: int) -> SentenceTranslation | None:
        hook = self.translation
        if hook is None or self.analysis is None:
            return None
        if hook is self.translator:
            return self.translator.sentence(sentence)
        try:
            text = hook.cached(self.analysis.sentence_text(sentence))
        except Exception:
            return None
        return SentenceTranslation(text=text) if text else None

    def _online_gloss(self, card: WordCard) -> OnlineGloss | None:
        if self.translation is not self.translator or not needs_online_gloss(card):
            return None
        return self.translator.gloss(_gloss_word(card))

    def translation_arrived(self) -> None:
        """Refresh the card and the Word panel (a translation came in)."""
        self.hover.refresh()
        self._refresh_word_panel()

    def _on_word_clicked(self, token: int) -> None:
        self.pin_word(token)
        self._want_translation(token, now=True)

    def _on_word_cursor(self, token: int) -> None:
        if token < 0:
            self.hover.hide()
            return
        self.pin_word(token)
        self._want_translation(token, now=True)
        self.hover.show_for(token)

    def _on_hover_translate(self, token: int) -> None:
        if token < 0:
            self.translator.unwant()
        else:
            self._want_translation(token)

    def _want_translation(self, token: int, now: bool = False) -> None:
        """Ask for the sentence's translation (and an online gloss) if online and missing."""
        if self.describer is None or not self.translator.online:
            return
        card = self.describer.card(token)
        word = _gloss_word(card) if needs_online_gloss(card) else None
        self.translator.want(card.sentence, word, now=now)

    def pin_word(self, token: int) -> None:
        if self.describer is None or self.analysis is None:
            return
        card = self.describer.card(token)
        sentence = self.analysis.sentence_text(card.sentence)
        translation = self._sentence_translation(card.sentence)
        gloss = self._online_gloss(card)
        self.word_panel.show_entry(
            token,
            panel_html(card, self.theme.html_style(), sentence, translation, gloss),
            card_text(card, sentence, translation, gloss),
        )
        if not self.word_dock.isVisible():
            self.statusBar().showMessage(card_text(card).split("\n")[0], 4000)

    def _refresh_word_panel(self) -> None:
        if getattr(self, "word_panel", None) is not None and self.word_panel.token >= 0:
            self.pin_word(self.word_panel.token)

    def _on_word_panel_link(self, url: QUrl) -> None:
        if url.toString() != TRANSLATE_LINK or self.describer is None:
            return
        token = self.word_panel.token
        if token < 0:
            return
        if not self.translator.online:
            if not self.ask_online("Translating this sentence"):
                self.statusBar().showMessage("Online translation is off; nothing was sent.", 6000)
                return
            self.set_online_translation(True)
        self._want_translation(token, now=True)

    # ------------------------------------------------------------ translation

    def _token_sentence(self, token: int) -> int:
        if self.describer is None or token < 0:
            return -1
        return self.describer.card(token).sentence

    def _on_translation_changed(self, sentences: tuple[int, ...], words: tuple[str, ...]) -> None:
        if sentences and self._pane is not None and self._pane.text.layout_ is not None:
            self._pane.text.update_sentences(sentences)
        changed = set(sentences)
        for token, refresh in (
            (self.hover.tip.token if self.hover.tip.isVisible() else -1, self.hover.refresh),
            (self.word_panel.token, self._refresh_word_panel),
        ):
            if token < 0 or self.describer is None:
                continue
            card = self.describer.card(token)
            if card.sentence in changed or (words and _gloss_word(card) in words):
                refresh()

    def _on_translation_progress(self, done: int, total: int) -> None:
        """Progress in the pane's header: at once when it settles, else at most 8 times a second."""
        if self.translator.article_state == "running" and done < total:
            if self._progress_timer.isActive():
                self._progress_due = True  # shown when the timer runs out
                return
            self._progress_timer.start()
        else:
            self._progress_timer.stop()
        self._progress_due = False
        self._show_translation_progress()

    def _on_progress_timer(self) -> None:
        if self._progress_due:
            self._progress_due = False
            self._show_translation_progress()

    def _show_translation_progress(self) -> None:
        if self._pane is None:
            return
        done, total = self.translator.counts()
        busy = self.translator.article_state == "running"
        self._pane.header.set_progress(
            done, total, self.translator.status_text(), busy and self._pane.isVisible()
        )

    def _on_translation_notice(self, message: str) -> None:
        self.statusBar().showMessage(message, 12000)

    def _on_online_changed(self, on: bool) -> None:
        self.act_online_translation.setChecked(on)
        self._online_tooltip()
        self._on_translation_progress(*self.translator.counts())

    def _online_tooltip(self) -> None:
        if self.settings.get(keys.ONLINE):
            where = sends_to(self.settings.get(keys.PROVIDER))
            tip = f"Online translation is on: sentences are sent to {where}. Click to switch off."
        else:
            tip = (
                "Online translation is off: Leselupe opens no network connection. "
                "Click to switch on."
            )
        self.act_online_translation.setToolTip(tip)

    def set_online_translation(self, on: bool) -> None:
        """Switch online translation on or off (remembered)."""
        self.translator.set_online(bool(on))
        self.act_online_translation.setChecked(self.translator.online)
        self._online_tooltip()
        if self.translator.online:
            where = self.translator.provider_label
            self.statusBar().showMessage(
                f"Online translation on: sentences are sent to {where}.", 6000
            )
        else:
            self.statusBar().showMessage("Online translation off: nothing is sent.", 6000)
        self.translation_arrived()

    def ask_online(self, what: str) -> bool:
        """Offer to switch online translation on (a question box; tests patch QMessageBox)."""
        where = sends_to(self.settings.get(keys.PROVIDER))
        answer = QMessageBox.question(
            self,
            "Switch on online translation?",
            f"{what} needs online translation, which is off.\n\n"
            f"When it is on, the text of the article's sentences is sent to {where}. "
            "Switch it on now?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def toggle_translation_pane(self, checked: bool | None = None) -> None:
        """Ctrl+T: show the translation beside the article, or hide it."""
        show = not self._pane_shown() if checked is None else bool(checked)
        if show:
            self.show_translation_pane()
        else:
            self.hide_translation_pane()

    def show_translation_pane(self) -> bool:
        if not self.translator.online:
            if not self.ask_online("Translating the article"):
                self.act_translate_article.setChecked(False)
                self.statusBar().showMessage("Online translation is off; nothing was sent.", 6000)
                return False
            self.set_online_translation(True)
        self.act_translate_article.setChecked(True)
        first_time = not self.translation_pane.isVisible()
        self.german_header.show()
        self.translation_pane.show()
        if first_time:
            self._restore_columns()
        self.reader.track_sentences = True
        self._build_translation()
        self.translator.translate_article()
        self._show_translation_progress()
        return True

    def hide_translation_pane(self) -> None:
        self.act_translate_article.setChecked(False)
        if self._pane is None:
            return
        if self._pane.isVisible():
            self._save_columns()
        self.translation_pane.hide()
        self.german_header.hide()
        self.scroll_sync.enabled = False
        self.reader.track_sentences = False
        self._pair_sentences(-1)
        self.translator.stop_article_wish()

    def _build_translation(self) -> None:
        """Lay the translation out for the analysed article (placeholders until it arrives)."""
        pane = self.translation_pane
        pane.set_title(self.translator.language, self.translator.provider_label)
        index = self.index
        if index is None:
            pane.text.set_layout(None, self._pane_source)
            waiting = "Waiting for the analysis…" if self.document else "No article open"
            pane.header.set_progress(0, 0, waiting, False)
            return
        if not self.translator.online:
            self.translator.preload()  # no worker will deliver: one batched cache query
        layout = ParallelLayout.build(index.analysis.text, index.sentence_starts, index.paragraphs)
        pane.text.set_layout(layout, self._pane_source)
        self.scroll_sync.enabled = True
        QTimer.singleShot(0, self.scroll_sync.sync_now)

    def _pane_source(self, sentence: int) -> tuple[State, str]:
        # While the article worker runs it delivers every sentence (cached ones first):
        # no cache query per sentence on the UI thread meanwhile.
        running = self.translator.article_state == "running"
        text = self.translator.translation(sentence, look=not running)
        if text is not None:
            return "done", text
        sentences = self.translator.sentences
        original = sentences[sentence] if 0 <= sentence < len(sentences) else ""
        if self.translator.online and not self.translator.gave_up(sentence):
            return "pending", original
        return "missing", original

    def _pair_from(self, side: str, sentence: int) -> None:
        """A side reports the sentence under the mouse; only that side may clear its pair."""
        if sentence < 0 and side != self._pair_owner:
            return  # a late "left" from the other column must not undo the new pair
        self._pair_owner = side if sentence >= 0 else ""
        self._pair_sentences(sentence)

    def _pair_sentences(self, sentence: int) -> None:
        """Tint a sentence in the article and its translation (-1: neither)."""
        if sentence < 0 or self.analysis is None or not self._pane_shown():
            self.reader.set_sentence_highlight(None)
            if self._pane is not None:
                self._pane.text.highlight(-1)
            return
        pane_text = self.translation_pane.text
        s = self.analysis.sentences[sentence]
        self.reader.set_sentence_highlight((s.start, s.end))
        pane_text.highlight(sentence)

    def _save_columns(self) -> None:
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and all(sizes):
            self.settings.set(keys.PANE_SIZES, tuple(sizes))

    def _restore_columns(self) -> None:
        sizes: list[int] = [*self.settings.get(keys.PANE_SIZES)]
        if len(sizes) != 2 or min(sizes) < 120:
            total = max(2, sum(self.splitter.sizes()))
            sizes = [total // 2, total - total // 2]
        self.splitter.setSizes(sizes)

    def open_settings(self) -> Any:
        """Tools > Settings: opens the SettingsDialog (window-modal, not blocking)."""
        from app.ui.widgets.settings_dialog import SettingsDialog  # loaded when first opened

        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            return self.settings_dialog
        translator = self.translator
        dialog = SettingsDialog(
            self.settings,
            cache_size=lambda: translator.cache.size_bytes(),
            clear_cache=translator.clear_cache,
            cache_location=str(translator.cache.path),
            parent=self,
        )
        dialog.accepted.connect(lambda: self.apply_settings_dialog(dialog))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def apply_settings_dialog(self, dialog: Any) -> None:
        was_online = self.translator.online
        dialog.save()
        theme = self.settings.get(keys.THEME)
        self.theme_actions[theme].setChecked(True)
        self.apply_theme(themes.resolve(theme))
        self.set_font_size(self.settings.get(keys.FONT_SIZE))
        self.translator.apply_settings()
        self.act_online_translation.setChecked(self.translator.online)
        self._online_tooltip()
        if self.translator.online != was_online:
            self.translator.online_changed.emit(self.translator.online)
        if self._pane_shown():
            self._build_translation()
            self.translator.translate_article()  # does nothing while offline
        self.translation_arrived()

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
        self.statusBar().showMessage(mention_status(person, self._mention_pos, total), 6000)

    def focus_people_filter(self) -> None:
        self.people_dock.show()
        self.people_dock.raise_()
        self.people_panel.filter.setFocus()
        self.people_panel.filter.selectAll()

    def export_people(self) -> None:
        if self.analysis is None or not self.analysis.people:
            return
        base = Path(self.document.source).stem if self.document else "people"
        start = str(Path(self.settings.get(keys.LAST_DIR) or Path.home()) / f"{base}-people.csv")
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_status_label(self.statusBar().currentMessage())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hover.hide()
        if self._pane_shown():
            self._save_columns()
        self.translator.close()
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.sync()
        self._prefetch_stop.set()
        self.loader.close()
        self.analyser.close()
        self.dictionary_opener.close()
        self.prefetcher.close()
        super().closeEvent(event)


# ---------------------------------------------------------------------- helpers


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


def _gloss_word(card: WordCard) -> str:
    """What is sent for an online gloss: the dictionary form, else the word."""
    return card.lemma or card.word


def _plain_for_qt(text: str) -> str:
    """Text for a widget that guesses rich text (message box, tooltip): a file name or
    message that looks like markup is escaped, so Qt shows it and loads nothing."""
    from PySide6 import QtGui  # Qt's text functions live in QtGui's Qt namespace

    if not QtGui.Qt.mightBeRichText(text):
        return text
    return QtGui.Qt.convertFromPlainText(text, QtGui.Qt.WhiteSpaceMode.WhiteSpaceNormal)


def _no_lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
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
