"""The hover requests of :class:`app.ui.translator.Translator` (a mixin; the
translator holds the state): the sentence the reader rests on and an online gloss
for a word without dictionary entry, sent after a short rest on the hover worker,
the newest request winning."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from app.reading.translations import TranslationBook
from app.ui.jobs import Report, Worker

if TYPE_CHECKING:  # imported when first used: the first paint does not wait for them
    from app.translate import TranslationService


class HoverRequests:
    """``want`` / ``unwant`` and sending what is wanted on the hover worker."""

    book: TranslationBook
    _closed: bool
    _gen: int
    _wanted: tuple[int, str | None]
    _queued: tuple[int, str | None]
    _debounce: QTimer
    _hover_worker: Worker

    if TYPE_CHECKING:  # the translator's

        @property
        def online(self) -> bool: ...
        @property
        def service(self) -> TranslationService: ...
        def translation(self, index: int, *, look: bool = True) -> str | None: ...
        def gloss_text(self, word: str) -> str | None: ...
        def _announce(
            self, sentences: Iterable[int | None], words: Iterable[str | None]
        ) -> None: ...

    def want(self, index: int, word: str | None = None, *, now: bool = False) -> None:
        """The reader rests on sentence ``index`` (and a word without dictionary entry).

        Requests what is missing after a short rest (``now``: at once, for a click or
        the keyboard). Never requests while offline, nor what is known or on its way;
        a failed text is asked again only when the service is not resting.
        """
        if not self.online or self._closed:
            return
        if not 0 <= index < len(self.book.sentences):
            index = -1
        need_sentence = index >= 0 and self._needs_sentence(index)
        need_word = bool(word) and self._needs_word(word or "")
        if not need_sentence and not need_word:
            return
        wanted = (index if need_sentence else -1, word if need_word else None)
        if wanted != self._wanted or now:
            previous = self._wanted
            self._wanted = wanted
            self._announce(
                [i for i in (previous[0], wanted[0]) if i >= 0],
                [w for w in (previous[1], wanted[1]) if w],
            )
            if now:
                self._debounce.stop()
                self._dispatch()
            else:
                self._debounce.start()

    def unwant(self) -> None:
        """The mouse left the words before resting: forget the request not yet sent."""
        if self._wanted == (-1, None):
            return
        previous = self._wanted
        self._wanted = (-1, None)
        self._debounce.stop()
        self._announce([previous[0]], [previous[1]])

    def gave_up(self, index: int) -> bool:
        """True when sentence ``index`` failed for a reason a later retry will not fix."""
        return self.book.gave_up(index)

    def _needs_sentence(self, index: int) -> bool:
        if self.translation(index) is not None or index in self.book.pending:
            return False
        if index in self.book.failed:
            if not self.service.status().usable:
                return False
            del self.book.failed[index]
        return True

    def _needs_word(self, word: str) -> bool:
        if word in self.book.gloss_pending or self.gloss_text(word) is not None:
            return False
        if word in self.book.gloss_failed:
            if not self.service.status().usable:
                return False
            del self.book.gloss_failed[word]
        return True

    def _dispatch(self) -> None:
        index, word = self._wanted
        self._wanted = (-1, None)
        if index < 0 and not word:
            return
        service = self.service
        gen = self._gen
        text = self.book.sentences[index] if index >= 0 else ""

        def run(report: Report) -> None:
            if word:
                report(("g", gen, word, service.gloss(word)))
            if index >= 0:
                report(("s", gen, index, service.translate_one(text)))

        def dropped() -> None:  # replaced by a newer request before it started
            self._unmark(index, word)

        if index >= 0:
            self.book.pending.add(index)
        if word:
            self.book.gloss_pending.add(word)
        self._queued = (index, word)
        self._hover_worker.submit(run, on_drop=dropped)

    def _unmark(self, index: int, word: str | None) -> None:
        """Take back the "pending" marks of a hover request that will not run."""
        newest = self._queued  # the request that replaced it keeps its marks
        if index >= 0 and index != newest[0]:
            self.book.pending.discard(index)
        if word and word != newest[1]:
            self.book.gloss_pending.discard(word)
        self._announce([index] if index >= 0 else [], [word])
