"""Regular-expression scans of a whole text, window by window.

A regular-expression search holds the interpreter lock until it finds a match; over a
1 MB article without one that is ~50 ms, long enough to stall the window's event loop
(the analysis runs on a worker thread). So whole-text scans go window by window, cut
where no pattern of the people extractor can match across the cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

SCAN_WINDOW = 8192
_WHITESPACE = re.compile(r"\s")


def scan_cuts(text: str, window: int = SCAN_WINDOW) -> Iterator[tuple[int, int]]:
    """(start, end) windows covering ``text``, cut at line breaks (else whitespace).

    Every pattern scanned this way matches inside one line or paragraph of prose, so a
    cut at a paragraph break, or failing that a line break, never splits a match; a text
    without either is cut at whitespace after a sentence end, then at any whitespace.
    A cut always lies after a whole run of whitespace, never inside a word.
    """
    n = len(text)
    start = 0
    while start < n:
        target = start + window
        if target >= n:
            yield start, n
            return
        limit = min(n, target + window)
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            found = text.find(sep, target, limit)
            if found >= 0:
                cut = found + len(sep)
                break
        if cut < 0:  # no space nearby: the next whitespace of any kind, else the end
            gap = _WHITESPACE.search(text, target)
            cut = gap.start() if gap else n
        while cut < n and text[cut].isspace():  # a window ends with the whole gap, so a
            cut += 1  # pattern ending in whitespace ("Foto: ") takes all of it, as in one scan
        yield start, cut
        start = cut


def finditer(
    pattern: re.Pattern[str], text: str, window: int = SCAN_WINDOW
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in ``text`` window by window, other threads running between."""
    for start, end in scan_cuts(text, window):
        yield from pattern.finditer(text, start, end)
