"""Analysing a long text the part on screen first.

The model's parse is most of an analysis (about 12 s per megabyte). Instead of
one pass over the whole text, the text is cut into sections of whole lines
(:func:`plan_sections`) and :func:`parse_progressively` parses them one by one,
always taking next the section nearest to what is on screen (:class:`Focus`, which
the window moves as the reader scrolls). The parsed sections are handed on as
they come (``on_partial``; the window shows their colours and word cards), and
the text-wide steps (people, quotes, places) run once at the end over the joined
parse (:func:`app.analysis.complete`). Cancelling (``stop``) takes effect
between two sections. Qt-free; runs on a worker thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.analysis import Analysis, Parsed, merge_parsed
from app.core.tokens import TokenTable
from app.reading.textmodel import ReaderIndex

#: Characters per section: about two screens of text (a 2 MB text has some 330).
SECTION_CHARS = 6_000
#: Least time between two partial results, unless the part on screen was just parsed.
REPORT_INTERVAL_S = 1.5
#: Share of the parse time the text-wide steps take after it (for the estimate).
COMPLETION_SHARE = 0.15


@dataclass(frozen=True, slots=True)
class Section:
    """A range of whole lines, ``text[start:end]``."""

    start: int
    end: int

    def distance(self, lo: int, hi: int) -> int:
        """How far the section is from the range [lo, hi); text above counts double
        (readers go on downwards)."""
        if self.end <= lo:
            return 2 * (lo - self.end) + 1
        if self.start >= hi:
            return self.start - hi + 1 if self.start > hi else 1
        return 0


def plan_sections(text: str, size: int = SECTION_CHARS) -> tuple[Section, ...]:
    """Cut ``text`` into sections of about ``size`` characters at line ends."""
    sections: list[Section] = []
    start = 0
    length = len(text)
    while start < length:
        if length - start <= size:
            end = length
        else:
            end = text.rfind("\n", start + 1, start + size)
            if end <= start:  # one very long line: up to its end
                end = text.find("\n", start + size)
                end = length if end < 0 else end
        sections.append(Section(start, end))
        start = end
    return tuple(sections)


class Focus:
    """The range of the text on screen: set by the UI thread, read by the worker."""

    def __init__(self, start: int = 0, end: int = 0) -> None:
        self._lock = threading.Lock()
        self._range = (start, end)

    def set(self, start: int, end: int) -> None:
        with self._lock:
            self._range = (start, max(start, end))

    def get(self) -> tuple[int, int]:
        with self._lock:
            return self._range


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a progressive analysis is."""

    done_chars: int
    total_chars: int
    elapsed_s: float

    @property
    def fraction(self) -> float:
        return self.done_chars / self.total_chars if self.total_chars else 1.0

    @property
    def remaining_s(self) -> float | None:
        """Estimated seconds to the full analysis (None before anything is parsed)."""
        if self.done_chars <= 0 or self.elapsed_s <= 0:
            return None
        per_char = self.elapsed_s / self.done_chars
        left = (self.total_chars - self.done_chars) * per_char
        return left + COMPLETION_SHARE * self.total_chars * per_char


@dataclass(frozen=True, slots=True)
class PartialAnalysis:
    """What is analysed so far, handed from the worker to the window."""

    analysis: Analysis  # the parsed sections only (app.analysis.partial_analysis)
    index: ReaderIndex  # the reader's index of it (built on the worker)
    progress: Progress
    #: The ranges analysed so far, in text order.
    ranges: tuple[tuple[int, int], ...]


class Cancelled(Exception):
    """The progressive analysis was stopped (another document, or the window closed)."""


def parse_progressively(
    sections: Sequence[Section],
    parse: Callable[[int, int], Parsed],
    focus: Focus,
    on_partial: Callable[[Parsed, Progress], None],
    stop: Callable[[], bool] = lambda: False,
    clock: Callable[[], float] = time.perf_counter,
) -> Parsed:
    """Parse every section, the one nearest the focus first; returns the joined parse.

    ``on_partial(parsed_so_far, progress)`` is called when the sections on screen
    are done, and otherwise at most every :data:`REPORT_INTERVAL_S` (or
    ten times what the last call cost, so handing results on costs at most a tenth). Raises
    :class:`Cancelled` when ``stop()`` turns true between two sections.
    """
    remaining = list(sections)
    total = sum(s.end - s.start for s in remaining)
    parts: list[Parsed] = []
    done = 0
    started = clock()
    last_report = started
    report_cost = 0.0
    while remaining:
        if stop():
            raise Cancelled
        lo, hi = focus.get()
        pick = min(range(len(remaining)), key=lambda i: remaining[i].distance(lo, hi))
        section = remaining.pop(pick)
        parts.append(parse(section.start, section.end))
        done += section.end - section.start
        if not remaining:
            break
        now = clock()
        lo, hi = focus.get()
        view_done = section.distance(lo, hi) == 0 and all(s.distance(lo, hi) for s in remaining)
        due = now - last_report >= max(REPORT_INTERVAL_S, 10 * report_cost)
        if view_done or due:
            on_partial(merge_parsed(parts), Progress(done, total, now - started))
            last_report = clock()
            report_cost = last_report - now
    if stop():
        raise Cancelled
    return merge_parsed(parts) if parts else Parsed(0, 0, TokenTable(), (), ())
