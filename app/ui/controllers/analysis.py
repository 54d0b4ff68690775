"""Analysing the document on screen: the pipeline and the dictionary off the UI thread.

Once the text is on screen and painted (so the two do not compete for the
interpreter), the analysis runs on the analysis worker while the dictionary
opens on its own worker beside it (mostly file and SQLite work; then the
translation code warms up). When both are there, the analysis is shown
(:attr:`AnalysisController.analysed`, then :attr:`AnalysisController.shown`)
and a third worker looks the article's words up ahead of the mouse (the words
on screen first). Results of a document that is no longer shown are dropped by
the workers. :attr:`AnalysisController.ready` fires once the analysis is shown
and painted; the times are kept for ``leselupe --quit-when-ready``.

With the real pipeline the analysis starts as soon as the first screen of text
is painted and goes section by section, the part on screen first
(:mod:`app.reading.progressive`; scrolling moves the focus): each batch of
parsed sections comes back as a :class:`~app.reading.progressive.PartialAnalysis`
that colours the reader and makes its word cards work, with a percentage in the
progress bar and an estimate in the status line, long before the whole text is
done. People, quotes and the translation follow with the full analysis. Another
document or closing the window stops the work between two sections.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from app.analysis import Analysis, Parsed, analyze, complete, parse_range, partial_analysis
from app.analysis import prepare_run as prepare_analysis
from app.core.gcpolicy import collection_paused
from app.dictionary import WordInfo, open_dictionary, warm_compounds
from app.document import Document
from app.nlp import PipelineInfo, load_pipeline_with_info
from app.reading.cards import WordDescriber
from app.reading.find import ArticleFinder
from app.reading.lookups import InfoCache, LookupFunction, lookup_keys
from app.reading.numbers import document_summary
from app.reading.progressive import (
    Focus,
    PartialAnalysis,
    Progress,
    parse_progressively,
    plan_sections,
)
from app.reading.quotes import QuoteRow, quote_rows
from app.reading.textmodel import ReaderIndex
from app.ui.controllers.document import LoadedText
from app.ui.jobs import Report, Worker
from app.ui.widgets.dialogs import Dialogs
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.status import StatusLine

MODEL_FALLBACK_NOTICE = (
    "No language model could be loaded, so names are found by simple rules only"
    " (`leselupe info` says why)."
)
#: Analyses a document's text: ``analyze_text(document, report)`` (``report`` takes
#: progress messages); the document's byline names are credits, not story people.
AnalyzeText = Callable[[Document, Report], Analysis]
#: Opens the dictionary: ``lookup_factory(report)`` -> (lookup, error message or None).
LookupFactory = Callable[[Report], tuple[LookupFunction, str | None]]
#: Parses a range of whole lines: ``parse(text, start, end)`` (app.analysis.parse_range).
ParseRange = Callable[[str, int, int], Parsed]
#: Loads the model for a progressive analysis: ``parser_factory(report)`` -> (parse, info).
ParserFactory = Callable[[Report], tuple[ParseRange, PipelineInfo]]


@dataclass(frozen=True, slots=True)
class AnalysedText:
    analysis: Analysis
    index: ReaderIndex
    sentences: list[str]  # the text of each sentence, for the translator
    quotes: tuple[QuoteRow, ...] = ()  # the Quotes panel's rows, made off the UI thread
    finder: ArticleFinder | None = None  # Find with its lemma index, made off the UI thread


def analysed_text(analysis: Analysis, loaded: LoadedText) -> AnalysedText:
    """Everything the window shows of a finished analysis, worked out off the UI thread."""
    index = ReaderIndex.build(analysis, loaded.utf16, loaded.paragraphs)
    sentences = [analysis.sentence_text(i) for i in range(len(analysis.sentences))]
    quotes = quote_rows(analysis.quotes, analysis.people, analysis.organisations)
    finder = ArticleFinder(analysis.text, analysis.tokens).prepare()
    return AnalysedText(analysis, index, sentences, quotes, finder)


@dataclass(frozen=True, slots=True)
class OpenedDictionary:
    lookup: LookupFunction | None  # None: the one opened before stays
    error: str | None


@dataclass(slots=True)
class _Round:
    """One analysis: the text's analysis and the dictionary, each from its own worker."""

    analysed: AnalysedText | None = None
    dictionary: OpenedDictionary | None = None
    partial: PartialAnalysis | None = None  # the newest part of a progressive analysis
    stop: threading.Event | None = None  # set: the progressive analysis ends


def analyze_with_pipeline(document: Document, report: Report) -> Analysis:
    """Load the pipeline (once), then analyse; reports the model as soon as it is known."""
    report("Loading the language model…")
    nlp, info = load_pipeline_with_info()
    report(info)
    report("Analysing the article…")
    return analyze(document.text, nlp, info, credits=document.meta.credits)


def load_parser(report: Report) -> tuple[ParseRange, PipelineInfo]:
    """Load the pipeline (once) for a progressive analysis; reports the model."""
    report("Loading the language model…")
    nlp, info = load_pipeline_with_info()
    report(info)

    def parse(text: str, start: int, end: int) -> Parsed:
        return parse_range(text, nlp, start, end)

    return parse, info


def estimate_text(progress: Progress) -> str:
    """The status line while a long text is analysed: share done and time left."""
    line = f"Analysing the article… {progress.fraction:.0%}"
    left = progress.remaining_s
    if left is None:
        return line
    if left < 60:
        return f"{line} · about {max(5, round(left / 5) * 5)} s left"
    return f"{line} · about {round(left / 60)} min left"


def open_lookup(report: Report) -> tuple[LookupFunction, str | None]:
    """Open the offline dictionary (on a worker thread; the first run may unpack it)."""

    def progress(fraction: float, message: str) -> None:
        report(f"{message.rstrip('.…')}… {fraction:.0%}" if 0 < fraction < 1 else message)

    dictionary = open_dictionary(progress)
    warm_compounds()

    def lookup(word: str, lemma: str, pos: str, morph: str, frame: str) -> WordInfo:
        return dictionary.lookup(word, lemma=lemma, pos=pos, morph=morph, frame=frame)

    return lookup, dictionary.error


def no_lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
    """The answer when no dictionary could be opened: nothing known."""
    return WordInfo(word=word, lemma=lemma, pos=pos, morph=morph, source="")


class AnalysisController(QObject):
    """The analysis of the document on screen, its word cards and the dictionary."""

    analysed = Signal(object)  # AnalysedText: update everything that shows the analysis
    model_loaded = Signal(object)  # PipelineInfo: which pipeline analyses, with its labels
    shown = Signal()  # colours and people are on screen
    ready = Signal()  # shown and painted
    failed = Signal(str)

    def __init__(
        self,
        reader: ReaderView,
        status: StatusLine,
        dialogs: Dialogs,
        warm_up: Callable[[], None],
        analyze_text: AnalyzeText | None = None,
        lookup_factory: LookupFactory | None = None,
        parser_factory: ParserFactory | None = None,
    ) -> None:
        super().__init__(reader)
        self.reader = reader
        self.status = status
        self.dialogs = dialogs
        self._warm_up = warm_up
        self._analyze_text = analyze_text or analyze_with_pipeline
        self._lookup_factory = lookup_factory or open_lookup
        #: Progressive analysis (the part on screen first) with this parser; None: in
        #: one piece with ``analyze_text``. The default with the real pipeline.
        self.parser_factory: ParserFactory | None = parser_factory or (
            load_parser if analyze_text is None else None
        )
        #: What is on screen, for the progressive analysis (moved as the reader scrolls).
        self.focus = Focus()
        self.analysis: Analysis | None = None
        self.index: ReaderIndex | None = None
        self.describer: WordDescriber | None = None
        self.model_info: PipelineInfo | None = None
        self._infos: InfoCache | None = None
        self._lookup: LookupFunction | None = None
        self._round: _Round | None = None
        self._pending: LoadedText | None = None
        self._document_seen = False
        self._ready_pending = False
        self.first_paint_at: float | None = None
        self.ready_at: float | None = None
        self.analyser = Worker("analysis", self)
        self.dictionary_opener = Worker("dictionary-open", self)
        self.prefetcher = Worker("dictionary", self)
        self._prefetch_stop = threading.Event()
        self._connect()

    def _connect(self) -> None:
        self.analyser.finished.connect(self._on_analysed)
        self.dictionary_opener.finished.connect(self._on_dictionary_opened)
        for worker in (self.analyser, self.dictionary_opener):
            worker.failed.connect(self._on_failed)
            worker.progress.connect(self._on_progress)
        self.reader.painted.connect(self._on_painted)
        self.reader.text_complete.connect(self._on_text_complete)
        self.reader.scrolled.connect(self._update_focus)

    @property
    def lookup(self) -> LookupFunction | None:
        """The dictionary's lookup once it is open (None before)."""
        return self._lookup

    def _visible(self) -> bool:
        return self.reader.window().isVisible()

    # ---------------------------------------------------------------- start

    def forget(self) -> None:
        """Another document replaces this one: whatever is being analysed now is stale."""
        self._document_seen = True
        self._stop_round()
        self._pending = None
        self.analyser.invalidate()
        self.dictionary_opener.invalidate()
        self._prefetch_stop.set()
        self.analysis = None
        self.index = None
        self.describer = None

    def _stop_round(self) -> None:
        round_, self._round = self._round, None
        if round_ is not None and round_.stop is not None:
            round_.stop.set()

    def _update_focus(self) -> None:
        self.focus.set(*self.reader.visible_range())

    @property
    def progressive(self) -> bool:
        return self.parser_factory is not None

    def schedule(self, loaded: LoadedText) -> None:
        """Analyse once the whole text is on screen and painted (if nothing paints, soon).

        A progressive analysis starts once the first screen is painted.
        """
        self._pending = loaded
        if not self._visible():
            if self.progressive or not self.reader.loading:
                QTimer.singleShot(0, self._start)
        elif not self.reader.loading and not self.progressive:
            QTimer.singleShot(400, self._start)

    def _start(self) -> None:
        loaded, self._pending = self._pending, None
        if loaded is None:
            return
        if self.parser_factory is not None:
            self._start_progressive(loaded, self.parser_factory)
            return
        analyze_text = self._analyze_text

        def analyse(report: Report) -> AnalysedText:
            with collection_paused():
                analysis = analyze_text(loaded.document, report)
                report("Finding names and people…")
                return analysed_text(analysis, loaded)

        self._round = _Round()
        self.analyser.submit(analyse)
        self.dictionary_opener.submit(self._dictionary_job())

    def _dictionary_job(self) -> Callable[[Report], OpenedDictionary]:
        lookup_factory = self._lookup_factory
        need_lookup = self._lookup is None
        warm_up = self._warm_up

        def open_dictionary(report: Report) -> OpenedDictionary:
            # Beside the analysis instead of after it; then the translation code warms up.
            lookup, error = lookup_factory(report) if need_lookup else (None, None)
            warm_up()  # the translation code and its cache, off the UI thread
            return OpenedDictionary(lookup, error)

        return open_dictionary

    def _start_progressive(self, loaded: LoadedText, parser_factory: ParserFactory) -> None:
        """Analyse section by section, the part on screen first (see the module's notes)."""
        text = loaded.document.text
        credits = loaded.document.meta.credits
        focus = self.focus
        self._update_focus()
        stop = threading.Event()

        def analyse(report: Report) -> AnalysedText:
            with collection_paused():
                parse, info = parser_factory(report)
                report("Analysing the article…")
                prepare_analysis()

                def on_partial(parsed: Parsed, progress: Progress) -> None:
                    analysis = partial_analysis(text, parsed, info)
                    index = ReaderIndex.build(analysis, loaded.utf16, loaded.paragraphs)
                    ranges = ((parsed.start, parsed.end),)
                    report(PartialAnalysis(analysis, index, progress, ranges))

                parsed = parse_progressively(
                    plan_sections(text),
                    lambda start, end: parse(text, start, end),
                    focus,
                    on_partial,
                    stop.is_set,
                )
                report("Finding names and people…")
                analysis = complete(text, parsed, info, credits=credits)
                return analysed_text(analysis, loaded)

        self._round = _Round(stop=stop)
        self.analyser.submit(analyse)
        self.dictionary_opener.submit(self._dictionary_job())

    # -------------------------------------------------------------- results

    def _on_progress(self, ticket: int, value: object) -> None:
        if isinstance(value, PartialAnalysis):
            self._show_partial(value)
        elif isinstance(value, PipelineInfo):
            self._show_model(value)
        elif isinstance(value, str):
            if self._round is not None and self._round.partial is not None:
                self.status.progress_to(1.0, value)  # the last step of a long analysis
                return
            self.status.busy(value)

    def _show_partial(self, partial: PartialAnalysis) -> None:
        """Colours and word cards for what is analysed so far (once the dictionary is open)."""
        round_ = self._round
        if round_ is None:
            return
        round_.partial = partial
        self.status.progress_to(partial.progress.fraction, estimate_text(partial.progress))
        if round_.dictionary is None:
            return  # shown when the dictionary is there
        self._take_dictionary(round_.dictionary)
        self.analysis = partial.analysis
        self.index = partial.index
        self.describer = WordDescriber(partial.index, self._infos or InfoCache(no_lookup))
        self.reader.show_analysis(partial.index)

    def _on_analysed(self, ticket: int, result: AnalysedText) -> None:
        if self._round is not None:  # the workers drop what a newer document replaced
            self._round.analysed = result
            self._show_round()

    def _on_dictionary_opened(self, ticket: int, result: OpenedDictionary) -> None:
        round_ = self._round
        if round_ is not None:
            round_.dictionary = result
            if round_.partial is not None and round_.analysed is None:
                self._show_partial(round_.partial)
            self._show_round()

    def _show_round(self) -> None:
        """Show the analysis once both it and the dictionary are there."""
        round_ = self._round
        if round_ is None or round_.analysed is None or round_.dictionary is None:
            return
        self._round = None
        self._take_dictionary(round_.dictionary)
        self._show(round_.analysed)

    def _take_dictionary(self, dictionary: OpenedDictionary) -> None:
        if dictionary.lookup is None or dictionary.lookup is self._lookup:
            return
        self._lookup = dictionary.lookup
        self._infos = InfoCache(dictionary.lookup)
        if dictionary.error:
            self.status.message(f"Dictionary: {dictionary.error}", 8000)

    def _show(self, result: AnalysedText) -> None:
        analysis = result.analysis
        self.analysis = analysis
        self.index = result.index
        self.describer = WordDescriber(result.index, self._infos or InfoCache(no_lookup))
        self._show_model(analysis.model)
        self.reader.show_analysis(result.index)
        self._start_prefetch(result.index)
        self.analysed.emit(result)
        self._ready_pending = True
        story = sum(1 for p in analysis.people if not p.credit)
        words = len(result.index.words)
        self.status.set_text(document_summary(words, story, len(analysis.entities)))
        for notice in analysis.notices:
            self.status.message(notice, 10000)
        if analysis.model.origin == "built-in rules":  # every model failed to load
            self.status.message(MODEL_FALLBACK_NOTICE, 15000)
        self.status.idle()
        self.shown.emit()
        if not self._visible() and not self.reader.loading:
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

    def _on_failed(self, ticket: int, exc: Exception) -> None:
        if self._round is None:
            return  # the other half of this analysis failed already
        self._stop_round()
        self.analyser.invalidate()
        self.dictionary_opener.invalidate()
        self.status.idle()
        self.status.set_text("Analysis failed")
        self.failed.emit(str(exc))
        self.dialogs.error(
            "The analysis failed",
            f"The article is shown, but it could not be analysed:\n{exc}",
        )

    # ---------------------------------------------------------------- ready

    def _on_painted(self) -> None:
        now = time.perf_counter()
        if self.first_paint_at is None and self._document_seen:
            self.first_paint_at = now
        if self._pending is not None and (self.progressive or not self.reader.loading):
            QTimer.singleShot(0, self._start)
        if self._ready_pending and self.analysis is not None and not self.reader.loading:
            self._mark_ready(now)

    def _on_text_complete(self) -> None:
        if self._pending is not None:
            QTimer.singleShot(0 if not self._visible() else 400, self._start)
        if self._ready_pending and not self._visible():
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
        self.status.show_model(info)
        self.model_loaded.emit(info)

    def close(self) -> None:
        self._stop_round()
        self._prefetch_stop.set()
        self.analyser.close()
        self.dictionary_opener.close()
        self.prefetcher.close()

    def wait_stopped(self, timeout: float = 3.0) -> bool:
        """After :meth:`close`, at the end of the process: give the analysis up to
        ``timeout`` seconds to stop after its section (a thread cut off inside the
        model's maths library at exit aborts the process)."""
        return self.analyser.join(timeout)
