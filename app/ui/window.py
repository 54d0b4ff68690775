"""The main window: layout and wiring of the reader, the docks, the menus and the controllers.

The window builds its widgets (:mod:`app.ui.widgets`), its actions, menus and
legend toolbar (:mod:`app.ui.chrome`) and one controller per concern
(:mod:`app.ui.controllers`: documents, analysis, words, people, translation,
view, the Quotes / Places / Organisations panels, Find), in that order, and
connects them. What happens when a document is
opened, analysed, hovered or translated is the controllers' business; the
window only passes its own events (drops, closing, activation) on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.analysis import Analysis
from app.core.paths import resources_dir
from app.document import Document
from app.nlp import PipelineInfo
from app.reading.about import about_facts, about_html
from app.reading.article_meta import APP_TITLE
from app.reading.cards import WordDescriber
from app.reading.textmodel import ReaderIndex
from app.ui import chrome, dock_focus
from app.ui import settings as keys
from app.ui import theme as themes
from app.ui.controllers.analysis import AnalysedText, AnalysisController, AnalyzeText, LookupFactory
from app.ui.controllers.brief import BriefController
from app.ui.controllers.document import DocumentController
from app.ui.controllers.find import FindController
from app.ui.controllers.panels import PanelsController
from app.ui.controllers.people import PeopleController
from app.ui.controllers.translation import TranslationController
from app.ui.controllers.url import UrlController
from app.ui.controllers.view import ViewController
from app.ui.controllers.vocab import VocabularyController
from app.ui.controllers.word import WordController
from app.ui.settings import Settings
from app.ui.translator import Translator
from app.ui.widgets.article_header import ArticleHeader
from app.ui.widgets.dialogs import Dialogs
from app.ui.widgets.entity_panel import EntityPanel
from app.ui.widgets.find_bar import FindBar
from app.ui.widgets.people_panel import PeoplePanel
from app.ui.widgets.quotes_panel import QuotesPanel
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.shortcuts import ShortcutSheet
from app.ui.widgets.status import StatusLine
from app.ui.widgets.word_panel import WordPanel

if TYPE_CHECKING:
    from app.ui.widgets.translation_pane import TranslationPane

#: The version of the dock layout saved with the window state: raise it whenever docks
#: are added or removed, so an older saved layout is not restored over the new docks.
LAYOUT_VERSION = 2


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
        analyze_text: AnalyzeText | None = None,
        lookup_factory: LookupFactory | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self._build_frame()
        self._build_widgets()
        self.commands = chrome.Actions(self)
        self._build_controllers(analyze_text, lookup_factory)
        self.recent_menu, colours_menu = chrome.build_menus(
            self,
            self.commands,
            (
                self.people_dock,
                self.quotes_dock,
                self.places_dock,
                self.organisations_dock,
                self.word_dock,
            ),
        )
        shown = {label: settings.get(key) for label, key in keys.SHOW_ENTITY.items()}
        self.vocab.build_menus(self._menu_action("&Help"))
        self.vocab.place_dock(self.people_dock)
        self.legend_bar = chrome.build_legend_bar(self, self.commands, colours_menu, shown)
        self.commands.legend["MISC"].setVisible(False)  # until a pipeline that finds them
        self._connect_actions()
        self._connect_controllers()
        self.view.connect_legend()
        self.view.apply_theme(self.view.theme)
        self.resize(1240, 820)
        self._restore_layout()
        self.documents.show_welcome()

    # ----------------------------------------------------------------- build

    def _build_frame(self) -> None:
        self.setWindowTitle(APP_TITLE)
        icon_path = resources_dir() / "icons" / "leselupe.svg"
        if icon_path.is_file():
            self.setWindowIcon(QIcon(str(icon_path)))
        self.setAcceptDrops(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )

    def _build_widgets(self) -> None:
        """The article column (the translation joins it on first use), the docks, the status."""
        self.reader = ReaderView(self)
        self.reader.setAcceptDrops(False)
        self.reader.set_font_size(self.settings.get(keys.FONT_SIZE))
        left = QWidget(self)
        left.setObjectName("articleColumn")
        article_column = QVBoxLayout(left)
        article_column.setContentsMargins(0, 0, 0, 0)
        article_column.setSpacing(0)
        self.find_bar = FindBar(left)
        article_column.addWidget(self.find_bar)
        self.article_header = ArticleHeader(self.reader, left)
        self.article_header.set_font_size(self.reader.font_size)
        article_column.addWidget(self.article_header)
        article_column.addWidget(self.reader, 1)
        self._article_column = article_column
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("columns")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(left)
        self.splitter.setStretchFactor(0, 1)
        self.setCentralWidget(self.splitter)
        self.people_panel = PeoplePanel(self)
        self.people_dock = self._dock("People", "peopleDock", self.people_panel)
        self.word_panel = WordPanel(self)
        self.word_dock = self._dock("Word", "wordDock", self.word_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.people_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.word_dock)
        self.splitDockWidget(self.people_dock, self.word_dock, Qt.Orientation.Vertical)
        self._build_record_docks()
        # Wide enough for the Word panel's status buttons (shown once a word is pinned).
        width = max(380, self.word_panel.widest_minimum())
        self.resizeDocks([self.people_dock], [width], Qt.Orientation.Horizontal)
        self.resizeDocks([self.people_dock, self.word_dock], [470, 260], Qt.Orientation.Vertical)
        self.status = StatusLine(self)
        self.status_label = self.status.label
        self.progress = self.status.progress
        self.model_label = self.status.model_label
        self.dialogs = Dialogs(self)

    def _build_record_docks(self) -> None:
        """Quotes, Places and Organisations: tabs in the People dock."""
        self.quotes_panel = QuotesPanel(self)
        self.places_panel = EntityPanel(("place", "places"), self)
        self.organisations_panel = EntityPanel(("organisation", "organisations"), self)
        self.quotes_dock = self._dock("Quotes", "quotesDock", self.quotes_panel)
        self.places_dock = self._dock("Places", "placesDock", self.places_panel)
        self.organisations_dock = self._dock(
            "Organisations", "organisationsDock", self.organisations_panel
        )
        for dock in (self.quotes_dock, self.places_dock, self.organisations_dock):
            self.tabifyDockWidget(self.people_dock, dock)
        self.people_dock.raise_()

    def _dock(self, title: str, name: str, body: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(body)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        return dock

    def _build_controllers(
        self, analyze_text: AnalyzeText | None, lookup_factory: LookupFactory | None
    ) -> None:
        """One controller per concern; each gets what it works with, nothing more."""
        s, status, dialogs, reader = self.settings, self.status, self.dialogs, self.reader
        self.translator = Translator(s, self)
        self.documents = DocumentController(self, reader, s, status, dialogs)
        self.analyses = AnalysisController(
            reader, status, dialogs, self.translator.warm_up, analyze_text, lookup_factory
        )
        self.translations = TranslationController(
            self,
            (self.splitter, self._article_column),
            reader,
            self.translator,
            s,
            status,
            dialogs,
            (self.commands.online, self.commands.translate_article),
        )
        self.view = ViewController(self, reader, s, self.commands, self.translator)
        online = (lambda: self.translator.online, self.translations.set_online)
        self.urls = UrlController(self, self.documents, status, dialogs, online)
        parts = (self.documents, self.analyses, self.translator)
        self.briefs = BriefController(self, parts, self.commands.export_brief, s, status, dialogs)
        self._build_reading_controllers()

    def _build_reading_controllers(self) -> None:
        """The controllers of what is read: the word card, people, the record panels,
        Find and the learner's vocabulary (after the document, analysis and
        translation controllers they work with)."""
        s, status, dialogs, reader = self.settings, self.status, self.dialogs, self.reader
        self.words = WordController(
            reader,
            self.analyses,
            self.translations,
            self.word_panel,
            self.word_dock,
            status,
            self.view.theme.html_style(),
        )
        self.people = PeopleController(
            reader,
            self.documents,
            self.analyses,
            self.people_panel,
            self.people_dock,
            s,
            status,
            dialogs,
        )
        self.panels = PanelsController(
            reader,
            self.documents,
            self.analyses,
            self.people,
            (self.quotes_panel, self.places_panel, self.organisations_panel),
            s,
            status,
            dialogs,
        )
        self.finding = FindController(reader, self.documents, self.find_bar)
        self.vocab = VocabularyController(
            self,
            reader,
            self.analyses,
            self.documents,
            self.translator,
            self.word_panel,
            self.words.hover,
            (status, dialogs, s),
        )
        self.words.learner_line = self.vocab.learner_line
        # The workers, named for tests and benchmarks.
        self.loader = self.documents.loader
        self.analyser = self.analyses.analyser
        self.dictionary_opener = self.analyses.dictionary_opener
        self.prefetcher = self.analyses.prefetcher
        self.hover = self.words.hover

    def _connect_actions(self) -> None:
        a = self.commands
        a.open.triggered.connect(self.documents.choose_file)
        a.open_url.triggered.connect(self.urls.choose_url)
        a.paste.triggered.connect(self.urls.open_clipboard)
        a.sample.triggered.connect(self.documents.open_sample)
        a.export.triggered.connect(self.people.export_people)
        a.quit.triggered.connect(self.close)
        a.next_mention.triggered.connect(lambda: self.panels.step_mention(1))
        a.prev_mention.triggered.connect(lambda: self.panels.step_mention(-1))
        a.find.triggered.connect(self.finding.open)
        a.find_person.triggered.connect(self.people.focus_filter)
        a.copy_word.triggered.connect(self.word_panel.copy_all)
        a.about.triggered.connect(self.show_about)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.clear_highlights.triggered.connect(self.clear_highlights)
        a.clear_highlights.triggered.connect(self.vocab.stop_reading)
        self.recent_menu.aboutToShow.connect(
            lambda: self.documents.fill_recent_menu(self.recent_menu)
        )
        self.documents.url_requested.connect(self.urls.open_url)
        docks = {
            "people": self.people_dock,
            "quotes": self.quotes_dock,
            "places": self.places_dock,
            "organisations": self.organisations_dock,
            "new_words": self.vocab.dock,
            "word": self.word_dock,
        }
        for key, dock in docks.items():
            a.panels[key].triggered.connect(
                lambda _checked=False, dock=dock: dock_focus.focus_dock(dock, self)
            )
        a.panels["text"].triggered.connect(
            lambda: self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )

    def _connect_controllers(self) -> None:
        """Who hears of what: a new document, an analysis, a translation, a new look."""
        documents, analyses, view = self.documents, self.analyses, self.view
        for forget in (analyses.forget, self.words.forget, self.translations.forget):
            documents.replaced.connect(forget)
        documents.replaced.connect(self.people.forget)
        documents.replaced.connect(self.vocab.forget)
        documents.shown.connect(self.document_shown)
        documents.opened.connect(analyses.schedule)
        documents.load_failed.connect(self.load_failed)
        documents.welcomed.connect(self.people.welcome)
        documents.shown.connect(lambda: self.article_header.show_document(self.document))
        documents.welcomed.connect(lambda: self.article_header.show_document(None))
        analyses.analysed.connect(self._on_analysed)
        analyses.model_loaded.connect(self._offer_name_types)
        analyses.shown.connect(self.analysis_shown)
        analyses.ready.connect(self.ready)
        analyses.failed.connect(lambda _message: self.people.analysis_failed())
        analyses.failed.connect(self.analysis_failed)
        self.people.exportable.connect(self.commands.export.setEnabled)
        self._connect_panels()
        self.translator.changed.connect(self.words.on_translation_changed)
        self.translations.refresh_words.connect(self.words.refresh)
        view.theme_changed.connect(self.reader.set_theme)
        view.theme_changed.connect(self.people_panel.set_theme)
        view.theme_changed.connect(lambda theme: chrome.paint_icons(self.commands, theme))
        view.theme_changed.connect(self.translations.set_theme)
        view.theme_changed.connect(lambda theme: self.words.set_style(theme.html_style()))
        view.font_size_changed.connect(self.translations.set_font_size)
        view.font_size_changed.connect(self.article_header.set_font_size)
        view.font_size_changed.connect(lambda _size: self.hover.hide())
        view.settings_saved.connect(self.translations.settings_applied)
        view.settings_saved.connect(lambda _was_online: self.words.refresh())

    def _connect_panels(self) -> None:
        """Quotes, places, organisations and Find hear of documents, analyses and themes."""
        panels, finding, documents = self.panels, self.finding, self.documents
        documents.replaced.connect(panels.forget)
        documents.welcomed.connect(panels.welcome)
        documents.shown.connect(finding.document_shown)
        self.analyses.failed.connect(lambda _message: panels.analysis_failed())
        self.view.theme_changed.connect(panels.set_theme)
        self.hover.content = panels.with_card_note(self.hover.content)

    def _on_analysed(self, result: AnalysedText) -> None:
        self.translations.show(result.index, result.sentences)
        self.people.show(result)
        self.panels.show(result)
        self.finding.analysed(result)
        self.vocab.on_analysed(result)

    def _menu_action(self, text: str) -> QAction | None:
        """The menu bar's entry of a top menu, by its text."""
        return next((a for a in self.menuBar().actions() if a.text() == text), None)

    def _offer_name_types(self, info: PipelineInfo) -> None:
        """A colour switch only for the name types the pipeline can find: the bundled
        model has no "other names" (MISC) label, de_core_news_sm has one."""
        for label, action in self.commands.legend.items():
            action.setVisible(label != "MISC" or label in info.labels)

    def _restore_layout(self) -> None:
        geometry = self.settings.get(keys.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            # A layout saved with another set of docks is left alone: restoring it
            # would stack the new docks in a column instead of tabbing them.
            self.restoreState(state, LAYOUT_VERSION)

    # ------------------------------------------------- what is shown (read-only)

    @property
    def document(self) -> Document | None:
        return self.documents.document

    @property
    def analysis(self) -> Analysis | None:
        return self.analyses.analysis

    @property
    def index(self) -> ReaderIndex | None:
        return self.analyses.index

    @property
    def describer(self) -> WordDescriber | None:
        return self.analyses.describer

    @describer.setter
    def describer(self, describer: WordDescriber | None) -> None:
        """Benchmarks put in a describer over a fresh dictionary (bench/ui_hover.py)."""
        self.analyses.describer = describer

    @property
    def model_info(self) -> PipelineInfo | None:
        return self.analyses.model_info

    @property
    def first_paint_at(self) -> float | None:
        return self.analyses.first_paint_at

    @property
    def ready_at(self) -> float | None:
        return self.analyses.ready_at

    @property
    def theme(self) -> themes.Theme:
        return self.view.theme

    @property
    def translation_pane(self) -> TranslationPane:
        """The translation column (created, hidden, on first use)."""
        return self.translations.pane

    # ------------------------------------- entry points (main, tests, benches)

    def open_path(self, path: str | Path) -> int:
        """Load a file in the background; returns the load ticket."""
        return self.documents.open_path(path)

    def open_text(self, text: str, source: str = "Clipboard") -> int:
        return self.documents.open_text(text, source)

    def open_document(self, document: Document) -> int:
        return self.documents.open_document(document)

    def open_sample(self) -> int:
        return self.documents.open_sample()

    def open_url(self, url: str) -> int | None:
        """Fetch a web page in the background (only when online access is on)."""
        return self.urls.open_url(url)

    def tooltip_content(self, token: int) -> str:
        """HTML of the hover card for a token (with the note over reported speech)."""
        return self.hover.content(token)

    def pin_word(self, token: int) -> None:
        self.words.pin_word(token)

    def highlight_person(self, person: int) -> None:
        self.people.highlight_person(person)

    def set_theme_setting(self, value: str) -> None:
        self.view.set_theme_setting(value)

    def set_online_translation(self, on: bool) -> None:
        self.translations.set_online(on)

    def show_translation_pane(self) -> bool:
        return self.translations.show_pane()

    def hide_translation_pane(self) -> None:
        self.translations.hide_pane()

    # ----------------------------------------------------------- window events

    def show_about(self) -> None:
        self.dialogs.about("About Leselupe", about_html(about_facts(self.model_info)))

    def show_shortcuts(self) -> ShortcutSheet:
        """Help ▸ Keyboard Shortcuts (window-modal, not blocking)."""
        sheet = ShortcutSheet(self, self.theme.muted)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        return sheet

    def clear_highlights(self) -> None:
        """Esc: no person's, place's or organisation's mentions, no find bar, no word
        cursor, no card."""
        self.people.highlight_person(-1)
        self.panels.clear_choice()
        if self.find_bar.isVisible():
            self.find_bar.close_bar()
        for listing in (self.people_panel.list, self.people_panel.credits_list):
            listing.clearSelection()
            listing.setCurrentRow(-1)
        self.reader.set_word_cursor(None)
        self.hover.hide()
        self.status.clear_message()  # "Olaf Scholz: mention 2 of 4" is over

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab passes over the panels of hidden dock tabs (:mod:`app.ui.dock_focus`)."""
        start = QApplication.focusWidget()
        target = dock_focus.next_tab_stop(start, next, self) if start is not None else None
        if target is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.documents.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.urls.drop(event.mimeData()) or self.documents.drop(event.mimeData()):
            event.acceptProposedAction()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.hover.hide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.status.sync(self.statusBar().currentMessage())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hover.hide()
        self.translations.close()
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState(LAYOUT_VERSION))
        self.settings.sync()
        self.documents.close()
        self.urls.close()
        self.briefs.close()
        self.analyses.close()
        self.vocab.close()
        super().closeEvent(event)
