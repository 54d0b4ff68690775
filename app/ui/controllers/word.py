"""One word: the hover card, the pinned entry in the Word panel, and what they ask to translate.

The card's HTML is built on the UI thread from the cached word card
(:mod:`app.reading.cards`, :mod:`app.reading.card_html`), with the sentence's
translation and, for a word the dictionary lacks, an online gloss from the
:class:`~app.ui.translator.Translator`. A hover, a click or the keyboard word
cursor asks for what is missing (when online translation is on); the card and
the panel are rebuilt in place when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QDockWidget

from app.reading.card_html import TRANSLATE_LINK, HtmlStyle, panel_html, tooltip_html
from app.reading.card_text import card_text
from app.reading.cards import OnlineGloss, SentenceTranslation, WordCard, needs_online_gloss
from app.ui.controllers.analysis import AnalysisController
from app.ui.controllers.translation import TranslationController
from app.ui.translator import Translator
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.status import StatusLine
from app.ui.widgets.tooltip import HoverController
from app.ui.widgets.word_panel import WordPanel


class TranslationHook(Protocol):
    """The least the card needs from a translator: a sentence's cached translation."""

    def cached(self, text: str) -> str | None: ...


def gloss_word(card: WordCard) -> str:
    """What is sent for an online gloss: the dictionary form, else the word."""
    return card.lemma or card.word


class WordController(QObject):
    """The hover card and the Word panel for the analysed document."""

    def __init__(
        self,
        reader: ReaderView,
        analysis: AnalysisController,
        translation: TranslationController,
        word_panel: WordPanel,
        word_dock: QDockWidget,
        status: StatusLine,
        style: HtmlStyle,
    ) -> None:
        super().__init__(reader)
        self.reader = reader
        self.analysis = analysis
        self.translation_ctl = translation
        self.translator: Translator = translation.translator
        #: Where the card and the Word panel get sentence translations (tests may replace it).
        self.translation: TranslationHook | None = self.translator
        self.word_panel = word_panel
        self.word_dock = word_dock
        self.status = status
        self.style = style
        #: The learner's line of a token's card ("new · top 2k"; set by the vocabulary).
        self.learner_line: Callable[[int], str] | None = None
        reader.word_clicked.connect(self._on_word_clicked)
        reader.word_cursor_moved.connect(self._on_word_cursor)
        # Before the hover card's own connection: a hover first says what it wants
        # translated, so the card can show "translating…" when it appears.
        reader.hovered.connect(self._on_hover_translate)
        self.hover = HoverController(reader, self.tooltip_content)
        word_panel.browser.anchorClicked.connect(self._on_panel_link)

    # ---------------------------------------------------------------- content

    def tooltip_content(self, token: int) -> str:
        """HTML of the hover tooltip for a token (UI thread, cached, fast)."""
        describer = self.analysis.describer
        if describer is None:
            return ""
        card = describer.card(token)
        learner = self.learner_line(token) if self.learner_line is not None else ""
        return tooltip_html(
            card,
            self.style,
            self._sentence_translation(card.sentence),
            self._online_gloss(card),
            learner,
        )

    def pin_word(self, token: int) -> None:
        """Show a word's full entry in the Word panel."""
        describer, analysis = self.analysis.describer, self.analysis.analysis
        if describer is None or analysis is None:
            return
        card = describer.card(token)
        sentence = analysis.sentence_text(card.sentence)
        translation = self._sentence_translation(card.sentence)
        gloss = self._online_gloss(card)
        self.word_panel.show_entry(
            token,
            panel_html(card, self.style, sentence, translation, gloss),
            card_text(card, sentence, translation, gloss),
        )
        if not self.word_dock.isVisible():
            self.status.message(card_text(card).split("\n")[0], 4000)

    def _sentence_translation(self, sentence: int) -> SentenceTranslation | None:
        hook = self.translation
        analysis = self.analysis.analysis
        if hook is None or analysis is None:
            return None
        if hook is self.translator:
            return self.translator.sentence(sentence)
        try:
            text = hook.cached(analysis.sentence_text(sentence))
        except Exception:  # a stand-in hook must not break the card
            return None
        return SentenceTranslation(text=text) if text else None

    def _online_gloss(self, card: WordCard) -> OnlineGloss | None:
        if self.translation is not self.translator or not needs_online_gloss(card):
            return None
        return self.translator.gloss(gloss_word(card))

    # ------------------------------------------------------------ refreshing

    def set_style(self, style: HtmlStyle) -> None:
        """New theme colours: rebuild the card and the panel."""
        self.style = style
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the card and the Word panel (a translation came in, the theme changed)."""
        self.hover.refresh()
        self._refresh_panel()

    def _refresh_panel(self) -> None:
        if self.word_panel.token >= 0:
            self.pin_word(self.word_panel.token)

    def on_translation_changed(self, sentences: tuple[int, ...], words: tuple[str, ...]) -> None:
        """Rebuild what shows a sentence or a word whose translation changed."""
        describer = self.analysis.describer
        if describer is None:
            return
        changed = set(sentences)
        tip = self.hover.tip
        for token, refresh in (
            (tip.token if tip.isVisible() else -1, self.hover.refresh),
            (self.word_panel.token, self._refresh_panel),
        ):
            if token < 0:
                continue
            card = describer.card(token)
            if card.sentence in changed or (words and gloss_word(card) in words):
                refresh()

    def forget(self) -> None:
        """Another document: no card, an empty panel."""
        self.hover.hide()
        self.word_panel.clear()

    # ---------------------------------------------------------------- events

    def _on_word_clicked(self, token: int) -> None:
        self.pin_word(token)
        self.want_translation(token, now=True)

    def _on_word_cursor(self, token: int) -> None:
        if token < 0:
            self.hover.hide()
            return
        self.pin_word(token)
        self.want_translation(token, now=True)
        self.hover.show_for(token)

    def _on_hover_translate(self, token: int) -> None:
        if token < 0:
            self.translator.unwant()
        else:
            self.want_translation(token)

    def want_translation(self, token: int, now: bool = False) -> None:
        """Ask for the sentence's translation (and an online gloss) if online and missing."""
        describer = self.analysis.describer
        if describer is None or not self.translator.online:
            return
        card = describer.card(token)
        word = gloss_word(card) if needs_online_gloss(card) else None
        self.translator.want(card.sentence, word, now=now)

    def _on_panel_link(self, url: QUrl) -> None:
        """The Word panel's "Translate this sentence" link."""
        if url.toString() != TRANSLATE_LINK or self.analysis.describer is None:
            return
        token = self.word_panel.token
        if token < 0:
            return
        if self.translation_ctl.ensure_online("Translating this sentence"):
            self.want_translation(token, now=True)
