"""Quotation marks of a German text, paired: „…“, »…«, «…», “…”, "…".

German news mostly uses „…“ (the closing mark is the English opening one), Swiss
and some German papers »…« or «…», web copy often plain "…". A mark is read as
opening or closing from its neighbours: an opening mark has a letter, digit or
opening bracket after it and no letter directly before it. Only outermost pairs
are returned; marks inside a pair (‚…‘, or „…“ inside »…«) belong to it. A pair
left open at the end of a paragraph ends there: a quote that goes on in the next
paragraph opens again, as German typesetting does. Characters only: no tokens,
no spaCy, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Closing marks for each opening mark.
_CLOSERS: dict[str, str] = {
    "„": '“”"',
    "»": "«",
    "«": "»",
    "“": '”"',
    '"': '"“”',
    "‚": "‘’",
    "›": "‹",
    "‹": "›",
}
_SINGLE = "‚‹›"
_MARK_OR_BREAK = re.compile('[„“”"»«‚‘’›‹\n]')


@dataclass(frozen=True, slots=True)
class Quotation:
    """Quoted words between a pair of marks (offsets index the text)."""

    open: int  # the opening mark
    start: int  # first character inside, after spaces
    end: int  # end of the words inside (exclusive), before spaces
    close: int  # the closing mark, or -1 when the pair ran to the paragraph end

    @property
    def outer_end(self) -> int:
        """End of the quotation including its closing mark."""
        return self.close + 1 if self.close >= 0 else self.end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return not after.isspace() and not _is_word_char(before) and after not in ",.;:!?"


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word_char(after)


def find_quotations(text: str) -> list[Quotation]:
    """The outermost quotation pairs of ``text``, in order."""
    out: list[Quotation] = []
    stack: list[tuple[str, int]] = []
    n = len(text)
    for m in _MARK_OR_BREAK.finditer(text):
        i = m.start()
        ch = text[i]
        if ch == "\n":
            if stack:
                out.append(_make(text, stack[0][1], i, -1))
                stack.clear()
        else:
            _step(text, i, ch, stack, out)
    if stack:
        out.append(_make(text, stack[0][1], n, -1))
    return [q for q in out if q.start < q.end]


def _step(text: str, i: int, ch: str, stack: list[tuple[str, int]], out: list[Quotation]) -> None:
    """Read the mark ``ch`` at ``i``: close the innermost pair it closes, or open one."""
    if stack:
        top, position = stack[-1]
        if ch in _CLOSERS[top] and _can_close(text, i):
            stack.pop()
            if not stack:
                out.append(_make(text, position, i, i))
            return
    if ch in _CLOSERS and _can_open(text, i):
        if ch in _SINGLE and not stack:
            return  # ‚…‘ at the top level marks a term, and ’ is an apostrophe
        stack.append((ch, i))


def _make(text: str, open_at: int, end: int, close: int) -> Quotation:
    start = open_at + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quotation(open_at, start, end, close)
