"""The learner's vocabulary in the window: marks, the Words menu, the deck and read-aloud.

The vocabulary file (:mod:`app.vocab.store`) opens on a worker when the window
starts; when an article has been analysed, a second worker finds the lemma each
of its words shows (:func:`app.reading.wordmarks.build_article_words`, dictionary
lookups) and the marks appear: new words with a dotted line (View ▸ Mark New
Words), learning words tinted by level. The keys 1–4, K, I and U mark the word
under the mouse, else the word cursor, else the Word panel's word (or, while the
pre-reading list has focus, its selected word); every change is written before
it is shown, only the changed words are repainted, and Ctrl+Z undoes it. The
status bar shows the share of running words known and the number of new words.

"Add to deck" keeps the word's sentence card; File ▸ Export Deck… writes
``.apkg``/CSV/TSV and File ▸ Import Known Words… reads a word list, both on a
worker. P and Shift+P read the word or its sentence aloud with espeak-ng (its own
process and thread, :class:`app.vocab.speech.Speaker`); a new request or Esc
stops the old one. Everything is built here; ``chrome`` is not touched.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from app.core.gcpolicy import collection_paused
from app.dictionary import WordInfo
from app.reading.lookups import InfoCache, LookupKey
from app.reading.numbers import plural
from app.reading.wordmarks import (
    ArticleWords,
    MarksView,
    band_label,
    build_article_words,
    mark_kind,
    marks_view,
)
from app.ui import settings as keys
from app.ui.controllers.analysis import AnalysedText, AnalysisController
from app.ui.controllers.document import DocumentController
from app.ui.controllers.vocab_deck import DeckAndSpeech
from app.ui.controllers.vocab_menu import WordsMenu
from app.ui.jobs import Report, Worker
from app.ui.settings import Settings
from app.ui.translator import Translator
from app.ui.widgets.deck_dialog import DeckDialog
from app.ui.widgets.dialogs import Dialogs
from app.ui.widgets.prereading_panel import PreReadingPanel
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.status import StatusLine
from app.ui.widgets.tooltip import HoverController
from app.ui.widgets.word_panel import WordPanel
from app.vocab import freq, speech
from app.vocab.deck import Card
from app.vocab.status import IGNORED, KNOWN, NEW, WordStatus, learning
from app.vocab.store import Vocabulary, VocabularyError

log = logging.getLogger(__name__)

#: The most words the New Words list shows (a long article has thousands).
LIST_LIMIT = 500
MARKING_TEXT = "Finding the new words in this article…"


#: What the word-marks worker hands back: an article's lemmas, or what to show of them.
_Marked = ArticleWords | tuple[ArticleWords, MarksView]


def status_of_code(code: str) -> WordStatus:
    """ "1" … "4", "known", "ignored", "new" → the status."""
    if code.isdigit():
        return learning(int(code))
    return {"known": KNOWN, "ignored": IGNORED, "new": NEW}[code]


def learner_text(status: WordStatus, band: str) -> str:
    """``learning 2 · top 5k`` (the card's line)."""
    return " · ".join(p for p in (status.label, band_label(band)) if p)


class VocabularyController(QObject, WordsMenu, DeckAndSpeech):
    """Word statuses, marks, the pre-reading list, the deck and read-aloud."""

    changed = Signal()  # statuses changed and are shown
    marks_shown = Signal()  # the article's marks are on screen
    exported = Signal(str)  # what was written, for the status bar and tests
    imported = Signal(str)
    _speech_done = Signal(bool)  # from the speaker's thread

    def __init__(
        self,
        window: QMainWindow,
        reader: ReaderView,
        analyses: AnalysisController,
        documents: DocumentController,
        translator: Translator,
        word_panel: WordPanel,
        hover: HoverController,
        parts: tuple[StatusLine, Dialogs, Settings],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.reader = reader
        self.analyses = analyses
        self.documents = documents
        self.translator = translator
        self.word_panel = word_panel
        self.hover = hover
        self.status, self.dialogs, self.settings = parts
        self.vocabulary: Vocabulary | None = None
        self.words: ArticleWords | None = None
        self._undo: list[tuple[str, dict[str, WordStatus]]] = []
        #: Cards waiting for their sentence's translation, by sentence.
        self._awaiting: dict[int, Card] = {}
        self.deck_dialog: DeckDialog | None = None
        self.opener = Worker("vocabulary-open", self)
        self.marker = Worker("word-marks", self)
        self.files = Worker("deck-files", self, drop_stale=False)
        self.deck = Worker("deck", self, drop_stale=False)
        self._deck_lock = threading.Lock()
        self._deck_removals: list[int] = []
        self._deck_deleting = threading.Lock()
        self._deck_ticket = 0
        self._deck_removed: int | None = None
        self.speaker = speech.Speaker(on_done=self._speech_done.emit)
        self.label = QLabel("", window)
        self.label.setObjectName("vocabSummary")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setToolTip(
            "Share of the article's running words whose lemma you know, and how many"
            " different words are still new (names are not counted)"
        )
        status = self.status
        status.bar.addPermanentWidget(self.label)
        self.panel = PreReadingPanel(window)
        self.dock = QDockWidget("New Words", window)
        self.dock.setObjectName("preReadingDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self._make_actions()
        self._connect()
        self._open_asked = False
        # Not beside an analysis (reading 50,000 lemmas takes the interpreter for a
        # while): when the first article is ready, or when something needs it first.
        self._pending: AnalysedText | None = None
        self._ready = False
        analyses.ready.connect(self._open)
        analyses.ready.connect(self._on_ready)
        analyses.prefetcher.finished.connect(lambda _t, _r: self._start_marking())

    def _open(self) -> None:
        if not self._open_asked:
            self._open_asked = True
            self.opener.submit(_open_vocabulary)

    def _require(self) -> Vocabulary | None:
        """The vocabulary now: opened here if no article has opened it yet."""
        if self.vocabulary is None:
            self._open_asked = True
            try:
                self.vocabulary = _open_vocabulary(lambda _value: None)
            except Exception as exc:  # a broken data directory: say so, go on
                self.dialogs.error("The vocabulary could not be opened", str(exc))
                return None
            self._show_all()
        return self.vocabulary

    def _connect(self) -> None:
        self.opener.finished.connect(self._on_opened)
        self.opener.failed.connect(self._on_open_failed)
        self.marker.finished.connect(self._on_marked)
        self.marker.failed.connect(lambda _t, exc: self.status.message(f"Word marks: {exc}", 8000))
        self.files.finished.connect(self._on_file_done)
        self.files.failed.connect(self._on_file_failed)
        self.deck.finished.connect(self._on_deck_read)
        self.deck.failed.connect(self._on_deck_failed)
        self.mark_new_words.toggled.connect(self._on_mark_new_toggled)
        self.mark_remaining.triggered.connect(self.mark_remaining_known)
        self.undo.triggered.connect(self.undo_last)
        self.add_to_deck.triggered.connect(self.add_target_to_deck)
        self.speak_word.triggered.connect(lambda: self.read_aloud(sentence=False))
        self.speak_sentence.triggered.connect(lambda: self.read_aloud(sentence=True))
        self.stop_speech.triggered.connect(self.stop_reading)
        self._speech_done.connect(self._on_speech_done)
        self.export_deck.triggered.connect(self.choose_export)
        self.show_deck.triggered.connect(self.show_deck_dialog)
        self.import_known.triggered.connect(self.choose_import)
        self.word_panel.entry_shown.connect(self._show_panel_word)
        self.translator.changed.connect(self._on_translated)
        self.word_panel.marks.chosen.connect(self._on_panel_chosen)
        self.word_panel.marks.add_action(self.add_to_deck).setText("Add to deck")
        self.word_panel.marks.add_action(self.speak_word).setText("▶ Listen")
        self.panel.jump.connect(self._jump)
        self.panel.chosen.connect(lambda lemma, code: self.mark(lemma, status_of_code(code)))

    # ---------------------------------------------------------- the article

    def forget(self) -> None:
        """Another document: no marks until its analysis is there."""
        self.marker.invalidate()
        self._pending = None
        self._awaiting.clear()
        self.words = None
        self.label.setText("")
        self.panel.clear()
        self.word_panel.marks.show_word(None)

    def on_analysed(self, result: AnalysedText) -> None:
        """Find the lemmas of the analysed article's words once it is shown and painted."""
        self._pending = result
        self._ready = False
        self._show_marking()

    def _on_ready(self) -> None:
        self._ready = True
        self._start_marking()

    def _start_marking(self) -> None:
        """Once the article is ready and the prefetch has looked its words up (one
        background thread at a time beside the UI thread), find their lemmas on a
        worker, resting every 2 ms like the prefetch."""
        if not self._ready or self._pending is None or self.analyses.prefetcher.busy:
            return
        result, self._pending = self._pending, None
        describer = self.analyses.describer
        if result is None or describer is None:
            self.label.setText("")  # nothing will be marked: no "Finding …" left behind
            self.panel.clear()
            return
        infos = describer.infos
        index = result.index
        clock = time.perf_counter
        turn = [clock()]

        def lookup(key: LookupKey) -> WordInfo:
            if clock() - turn[0] > InfoCache.YIELD_AFTER:
                time.sleep(InfoCache.REST)  # hand the interpreter lock to the UI thread
                turn[0] = clock()
            return infos.fetch(key)

        def job(report: Report) -> ArticleWords:
            freq.ranks()  # read wordfreq's list here, not on the UI thread
            with collection_paused():  # no full collection holding the lock (long texts)
                return build_article_words(index, lookup)

        self._show_marking()
        self.marker.submit(job)

    def _show_marking(self) -> None:
        """A long article's words take a while (half a minute for 9,000 words on a
        busy machine): say so, or the New Words tab reads "Open an article" meanwhile."""
        self.label.setText(MARKING_TEXT)
        self.panel.clear(MARKING_TEXT)

    def _on_opened(self, _ticket: int, vocabulary: Vocabulary) -> None:
        if self.vocabulary is not None:  # opened meanwhile on demand
            vocabulary.close()
            return
        self.vocabulary = vocabulary
        if vocabulary.notice:
            self.status.message(f"Vocabulary: {vocabulary.notice}", 12000)
        self._show_all()

    def _on_open_failed(self, _ticket: int, exc: Exception) -> None:
        self.status.message(f"The vocabulary could not be opened: {exc}", 12000)

    def _on_marked(
        self, _ticket: int, result: ArticleWords | tuple[ArticleWords, MarksView]
    ) -> None:
        if isinstance(result, ArticleWords):  # the article's lemmas: now their statuses
            self.words = result
            self._show_all()
        else:
            self._on_view(*result)

    def _status(self, lemma: str) -> WordStatus:
        return self.vocabulary.status(lemma) if self.vocabulary is not None else NEW

    def _show_all(self) -> None:
        """Work out everything shown of the article's words (on the worker), then show it."""
        words, vocabulary = self.words, self.vocabulary
        if words is None or vocabulary is None:
            return
        status_of = vocabulary.status  # one dict lookup, any thread

        def job(report: Report) -> tuple[ArticleWords, MarksView]:
            with collection_paused():
                return words, marks_view(words, status_of, LIST_LIMIT)

        self.marker.submit(job)

    def _on_view(self, words: ArticleWords, view: MarksView) -> None:
        if words is not self.words:
            return  # another article came since
        self.reader.set_word_marks(words.places, words.blocks, view.marks)
        self.label.setText(view.summary.text())
        self.panel.show_entries(view.entries, view.new_total)
        self._show_panel_word(self.word_panel.token)
        self.hover.refresh()
        self.marks_shown.emit()

    def _show_summary(self) -> None:
        if self.words is not None:
            self.label.setText(self.words.summary(self._status).text())

    # ---------------------------------------------------------------- marks

    def target_token(self) -> int:
        """The word the keys act on: under the mouse, else the word cursor, else the panel's."""
        tip = self.hover.tip
        if tip.isVisible() and tip.token >= 0:
            return tip.token
        if self.reader.hover_token >= 0:
            return self.reader.hover_token
        if self.reader.word_cursor is not None:
            return self.reader.word_cursor
        return self.word_panel.token

    def target_lemma(self) -> str | None:
        if self.panel.has_focus():
            return self.panel.selected_lemma()
        if self.words is None:
            return None
        return self.words.lemma_of(self.target_token())

    def mark_target(self, code: str) -> None:
        """A status key: mark the target word's lemma."""
        lemma = self.target_lemma()
        if lemma is None:
            if self.words is None and self.analyses.analysis is not None:
                self.status.message("The words are still being looked up…", 3000)
            return
        self.mark(lemma, status_of_code(code))

    def mark(self, lemma: str, status: WordStatus) -> bool:
        """Save ``lemma``'s status, then show it; undoable."""
        vocabulary = self._require()
        if vocabulary is None or vocabulary.status(lemma) == status:
            return False
        return self._apply({lemma: status}, f"Undo Mark “{lemma}”")

    def mark_remaining_known(self) -> int:
        """Every lemma of the article that is still new becomes known (undoable)."""
        if self.words is None or self.vocabulary is None:
            return 0
        changes = self.words.remaining_new(self._status)
        if not changes:
            self.status.message("No new words left in this article.", 4000)
            return 0
        if self._apply(changes, "Undo Mark Remaining Known"):
            n = len(changes)
            self.status.message(
                f"{plural(n, 'word', 'words')} marked known. Ctrl+Z undoes it.", 8000
            )
            return n
        return 0

    def undo_last(self) -> None:
        if not self._undo or self.vocabulary is None:
            return
        _text, previous = self._undo.pop()
        if not self._write(previous):
            return
        self._shown(set(previous))
        self._sync_undo()

    def _apply(self, changes: dict[str, WordStatus], undo_text: str) -> bool:
        previous = self._write(changes)
        if previous is None:
            return False
        self._undo.append((undo_text, previous))
        del self._undo[:-50]
        self._shown(set(previous))
        self._sync_undo()
        return True

    def _write(self, changes: dict[str, WordStatus]) -> dict[str, WordStatus] | None:
        assert self.vocabulary is not None
        try:
            return self.vocabulary.set_many(changes)
        except VocabularyError as exc:
            self.dialogs.error("The word could not be saved", str(exc))
            return None

    def _sync_undo(self) -> None:
        self.undo.setEnabled(bool(self._undo))
        self.undo.setText(self._undo[-1][0] if self._undo else "&Undo Mark")

    def _shown(self, lemmas: set[str]) -> None:
        """Show changed statuses: repaint their words, the summary, the lists, the card."""
        self.changed.emit()
        words = self.words
        if words is None:
            self._show_panel_word(self.word_panel.token)
            return
        changed: dict[int, str | None] = {}
        for lemma in lemmas:
            kind = mark_kind(self._status(lemma))
            changed.update(dict.fromkeys(words.tokens_of(lemma), kind))
        self.reader.update_word_marks(changed)
        self._show_summary()
        if all(not self._status(lemma).is_new for lemma in lemmas):
            self.panel.remove_lemmas(lemmas)
        else:
            entries = words.new_entries(self._status)
            self.panel.show_entries(entries[:LIST_LIMIT], len(entries))
        self._show_panel_word(self.word_panel.token)
        if self.hover.tip.isVisible():
            self.hover.refresh()

    # ------------------------------------------------------- panel and card

    def learner_line(self, token: int) -> str:
        """The card's line: the lemma's status and band ('' for names and punctuation)."""
        lemma = self.words.lemma_of(token) if self.words is not None else None
        if lemma is None:
            return ""
        return learner_text(self._status(lemma), self._band(lemma, token))

    def _band(self, lemma: str, token: int) -> str:
        entry = self.words.entries.get(lemma) if self.words is not None else None
        if entry is not None:
            return entry.band
        index = self.analyses.index
        form = index.token(token).text if index is not None and token >= 0 else ""
        return freq.band(lemma, form)

    def _show_panel_word(self, token: int) -> None:
        lemma = self.words.lemma_of(token) if self.words is not None else None
        if lemma is None or self.vocabulary is None:
            self.word_panel.marks.show_word(None)
            return
        self.word_panel.marks.show_word(lemma, self._status(lemma).label, self._band(lemma, token))

    def _on_panel_chosen(self, code: str) -> None:
        lemma = self.words.lemma_of(self.word_panel.token) if self.words is not None else None
        if lemma is not None:
            self.mark(lemma, status_of_code(code))
        else:
            self._show_panel_word(self.word_panel.token)

    def _jump(self, token: int) -> None:
        self.reader.set_word_cursor(token)

    def _on_mark_new_toggled(self, on: bool) -> None:
        self.settings.set(keys.MARK_NEW_WORDS, on)
        self.reader.set_show_new_words(on)

    def _on_file_done(self, _ticket: int, message: str) -> None:
        self.status.idle()
        self.status.message(message, 8000)
        if message.startswith("Imported"):
            self._show_all()
            self.imported.emit(message)
        else:
            self.exported.emit(message)

    def _on_file_failed(self, _ticket: int, exc: Exception) -> None:
        self.status.idle()
        self.dialogs.error("The deck could not be written or read", str(exc))
        self.exported.emit("")

    def _on_deck_failed(self, ticket: int, exc: Exception) -> None:
        self.dialogs.error("The deck could not be read", str(exc))
        if self.deck_dialog is not None and ticket == self._deck_ticket:
            self.deck_dialog.show_failed()

    def close(self) -> None:
        self.speaker.cancel()
        for worker in (self.opener, self.marker, self.files, self.deck):
            worker.close()
        self.deck.join(2.0)
        if self.vocabulary is not None:
            # Deletions the closed deck worker did not start are done here (after the one
            # it runs: the same lock); a locked file stops at the first card, not one wait each.
            _removed, _deleting, error = self._delete_waiting(self.vocabulary)
            if error:
                log.warning("cards not deleted on closing: %s", error)
            self.vocabulary.close()


def _open_vocabulary(report: Report) -> Vocabulary:
    """The vocabulary file (worker thread)."""
    return Vocabulary()
