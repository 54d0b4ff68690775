"""Online translation in the window: the switch, the "Translate article" column, sentence pairs.

The translations themselves come from the :class:`~app.ui.translator.Translator`
(service, workers, the state of each sentence); this controller shows them. It
asks before switching online translation on, builds the translation column the
first time it is used (Ctrl+T), keeps it scrolled level with the article,
tints a sentence and its translation together, shows the article's progress in
the column's header (at most 8 times a second while it runs) and remembers
the column widths. Nothing here goes online itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.reading.numbers import sentence_progress
from app.reading.textmodel import ParallelLayout, ReaderIndex
from app.reading.translations import sends_to
from app.ui import settings as keys
from app.ui import theme as themes
from app.ui.settings import Settings
from app.ui.translator import Translator
from app.ui.widgets.dialogs import Dialogs
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.status import StatusLine

if TYPE_CHECKING:
    from app.ui.widgets.translation_pane import PaneHeader, ScrollSync, TranslationPane
    from app.ui.widgets.translation_text import State

#: Progress in the pane's header is shown at most this often while the article runs.
PROGRESS_INTERVAL_MS = 120


class TranslationController(QObject):
    """The translation switch and column of the window."""

    #: The card and the Word panel should be rebuilt (online translation switched).
    refresh_words = Signal()

    def __init__(
        self,
        window: QWidget,
        columns: tuple[QSplitter, QVBoxLayout],
        reader: ReaderView,
        translator: Translator,
        settings: Settings,
        status: StatusLine,
        dialogs: Dialogs,
        actions: tuple[QAction, QAction],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.splitter, self._article_column = columns
        self.reader = reader
        self.translator = translator
        self.settings = settings
        self.status = status
        self.dialogs = dialogs
        self.online_action, self.pane_action = actions
        self.theme: themes.Theme = themes.LIGHT
        self.index: ReaderIndex | None = None
        self._document_open = False
        self._pane: TranslationPane | None = None
        self._german_header: PaneHeader | None = None
        self._scroll_sync: ScrollSync | None = None
        self._pair_owner = ""
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._on_progress_timer)
        self._progress_due = False
        # While the article waits for a retry, the notice's "in 25 s" is kept current.
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self.show_progress)
        self._connect()

    def _connect(self) -> None:
        self.reader.sentence_hovered.connect(lambda i: self._pair_from("reader", i))
        self.splitter.splitterMoved.connect(lambda *_: self._save_columns())
        self.translator.changed.connect(self._on_changed)
        self.translator.progress.connect(self._on_progress)
        self.translator.notice.connect(lambda message: self.status.message(message, 12000))
        self.translator.online_changed.connect(self._on_online_changed)
        self.online_action.setChecked(self.settings.get(keys.ONLINE))
        self.online_action.triggered.connect(self.set_online)
        self.pane_action.triggered.connect(self.toggle_pane)
        self._online_tooltip()

    # ------------------------------------------------------------------ pane

    @property
    def pane(self) -> TranslationPane:
        """The translation column (created, hidden, on first use)."""
        if self._pane is None:
            # Imported when first used: the first paint does not wait for the column's code.
            from app.ui.widgets.translation_pane import PaneHeader, ScrollSync, TranslationPane

            header = PaneHeader("German", parent=self.window)
            header.title.setToolTip("The article as written")
            header.hide()
            self._article_column.insertWidget(0, header)
            self._german_header = header
            pane = TranslationPane(self.window)
            pane.hide()
            pane.close_requested.connect(self.hide_pane)
            pane.notice.action_requested.connect(self._notice_action)
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
        _ = self.pane
        assert self._german_header is not None
        return self._german_header

    @property
    def scroll_sync(self) -> ScrollSync:
        _ = self.pane
        assert self._scroll_sync is not None
        return self._scroll_sync

    def pane_shown(self) -> bool:
        return self._pane is not None and self._pane.isVisible()

    def toggle_pane(self, checked: bool | None = None) -> None:
        """Ctrl+T: show the translation beside the article, or hide it."""
        show = not self.pane_shown() if checked is None else bool(checked)
        if show:
            self.show_pane()
        else:
            self.hide_pane()

    def show_pane(self) -> bool:
        if not self.ensure_online("Translating the article"):
            self.pane_action.setChecked(False)
            return False
        self.pane_action.setChecked(True)
        first_time = not self.pane.isVisible()
        self.german_header.show()
        self.pane.show()
        if first_time:
            self._restore_columns()
        self.reader.track_sentences = True
        self._build_translation()
        self.translator.translate_article()
        self.show_progress()
        return True

    def hide_pane(self) -> None:
        self.pane_action.setChecked(False)
        if self._pane is None:
            return
        if self._pane.isVisible():
            self._save_columns()
        self.pane.hide()
        self.german_header.hide()
        self.scroll_sync.enabled = False
        self.reader.track_sentences = False
        self.pair_sentences(-1)
        self.translator.stop_article_wish()

    def _build_translation(self) -> None:
        """Lay the translation out for the analysed article (placeholders until it arrives)."""
        pane = self.pane
        pane.set_title(self.translator.language, self.translator.provider_label)
        index = self.index
        if index is None:
            pane.text.set_layout(None, self._pane_source)
            waiting = "Waiting for the analysis…" if self._document_open else "No article open"
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
        if not self.translator.online or self.translator.waiting(sentence):
            return "waiting", original  # shown as written, not as a placeholder forever
        if not self.translator.gave_up(sentence):
            return "pending", original
        return "missing", original

    # --------------------------------------------------------------- document

    def forget(self) -> None:
        """Another document: its sentences are not translated; the column waits."""
        self.index = None
        self._document_open = True
        self.translator.set_document(None)
        if self._pane is not None:
            self.scroll_sync.enabled = False
            self._pane.text.set_layout(None, self._pane_source)

    def show(self, index: ReaderIndex, sentences: list[str]) -> None:
        """The analysis arrived: translate its sentences (prefetch) and fill the column."""
        self.index = index
        self.translator.set_document(sentences)
        if self.pane_shown():
            self._build_translation()

    # ---------------------------------------------------------------- pairing

    def _pair_from(self, side: str, sentence: int) -> None:
        """A side reports the sentence under the mouse; only that side may clear its pair."""
        if sentence < 0 and side != self._pair_owner:
            return  # a late "left" from the other column must not undo the new pair
        self._pair_owner = side if sentence >= 0 else ""
        self.pair_sentences(sentence)

    def pair_sentences(self, sentence: int) -> None:
        """Tint a sentence in the article and its translation (-1: neither)."""
        if sentence < 0 or self.index is None or not self.pane_shown():
            self.reader.set_sentence_highlight(None)
            if self._pane is not None:
                self._pane.text.highlight(-1)
            return
        s = self.index.analysis.sentences[sentence]
        self.reader.set_sentence_highlight((s.start, s.end))
        self.pane.text.highlight(sentence)

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

    # ------------------------------------------------------------- progress

    def _on_changed(self, sentences: tuple[int, ...], words: tuple[str, ...]) -> None:
        if sentences and self._pane is not None and self._pane.text.layout_ is not None:
            self._pane.text.update_sentences(sentences)

    def _on_progress(self, done: int, total: int) -> None:
        """Progress in the pane's header: at once when it settles, else at most 8 times a second."""
        if self.translator.article_state == "running" and done < total:
            if self._progress_timer.isActive():
                self._progress_due = True  # shown when the timer runs out
                return
            self._progress_timer.start()
        else:
            self._progress_timer.stop()
        self._progress_due = False
        self.show_progress()

    def _on_progress_timer(self) -> None:
        if self._progress_due:
            self._progress_due = False
            self.show_progress()

    def show_progress(self) -> None:
        if self._pane is None:
            return
        done, total = self.translator.counts()
        busy = self.translator.article_state == "running"
        status = self.translator.status_text()
        notice, button, tip = self._notice()
        if notice and self.translator.online:
            status = sentence_progress(done, total)  # the notice says why, at more length
        self._pane.header.set_progress(done, total, status, busy and self._pane.isVisible())
        self._pane.notice.set_notice(notice, button)
        self._pane.text.untranslated_tip = tip
        waiting = bool(notice) and self.translator.online and self._pane.isVisible()
        if waiting and not self._countdown.isActive():
            self._countdown.start()
        elif not waiting:
            self._countdown.stop()

    def _notice(self) -> tuple[str, str, str]:
        """The pane's notice, its button and the tooltip of an untranslated sentence."""
        translator = self.translator
        if self.index is None or not translator.sentences:
            return "", "", ""
        if not translator.online:
            return (  # Switch On… asks first, naming where the sentences would go
                "Not translated: online translation is off. Switch it on with "
                "“Online translation” in the toolbar or the Tools menu.",
                "Switch On…",
                "Not translated: online translation is off",
            )
        reason = translator.trouble_reason()
        if reason is None:
            return "", "", "Not translated"
        wait = translator.retry_in_s()
        when = "in a moment" if wait <= 0 else f"in {_seconds(wait)}"
        return (
            f"Not translated yet. {reason}; Leselupe tries again by itself {when}.",
            "Try Again Now",
            f"Not translated yet. {reason}; Leselupe will try again by itself.",
        )

    def _notice_action(self) -> None:
        """The notice's button: switch online translation on (asked), or try again now."""
        if not self.translator.online:
            if self.ensure_online("Translating the article"):
                self.translator.translate_article()
        elif not self.translator.retry_now():
            self.status.message(
                f"{self.translator.provider_label} asked to wait; "
                "Leselupe will try again by itself.",
                8000,
            )
        self.show_progress()

    # ----------------------------------------------------------------- online

    def _on_online_changed(self, on: bool) -> None:
        self.online_action.setChecked(on)
        self._online_tooltip()
        self._on_progress(*self.translator.counts())

    def _online_tooltip(self) -> None:
        if self.settings.get(keys.ONLINE):
            where = sends_to(self.settings.get(keys.PROVIDER))
            tip = f"Online translation is on: sentences are sent to {where}. Click to switch off."
        else:
            tip = (
                "Online translation is off: Leselupe opens no network connection. "
                "Click to switch on."
            )
        self.online_action.setToolTip(tip)

    def set_online(self, on: bool) -> None:
        """Switch online translation on or off (remembered)."""
        self.translator.set_online(bool(on))
        self.online_action.setChecked(self.translator.online)
        self._online_tooltip()
        if self.translator.online:
            where = self.translator.provider_label
            self.status.message(f"Online translation on: sentences are sent to {where}.", 6000)
        else:
            self.status.message("Online translation off: nothing is sent.", 6000)
        self.refresh_words.emit()

    def ensure_online(self, what: str) -> bool:
        """True when online translation is on, or the reader switches it on when asked."""
        if self.translator.online:
            return True
        where = sends_to(self.settings.get(keys.PROVIDER))
        if not self.dialogs.ask(
            "Switch on online translation?",
            f"{what} needs online translation, which is off.\n\n"
            f"When it is on, the text of the article's sentences is sent to {where}. "
            "Switch it on now?",
        ):
            self.status.message("Online translation is off; nothing was sent.", 6000)
            return False
        self.set_online(True)
        return True

    def settings_applied(self, was_online: bool) -> None:
        """The Settings dialog changed the service, target or switch: show the new state."""
        self.translator.apply_settings()
        self.online_action.setChecked(self.translator.online)
        self._online_tooltip()
        if self.translator.online != was_online:
            self.translator.online_changed.emit(self.translator.online)
        if self.pane_shown():
            self._build_translation()
            self.translator.translate_article()  # does nothing while offline

    # ------------------------------------------------------------------ look

    def set_theme(self, theme: themes.Theme) -> None:
        self.theme = theme
        if self._pane is not None:
            self._pane.text.set_theme(theme)

    def set_font_size(self, size: int) -> None:
        if self._pane is not None:
            self._pane.text.set_font_size(size)

    def close(self) -> None:
        """The window closes: remember the columns, stop the translation work."""
        if self.pane_shown():
            self._save_columns()
        self.translator.close()


def _seconds(wait: float) -> str:
    """``25 s`` / ``4 min``."""
    whole = max(1, round(wait))
    return f"{whole} s" if whole < 90 else f"{round(whole / 60)} min"
