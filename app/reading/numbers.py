"""Counts, sizes and waits in words, for the status bar, headers and the Settings dialog.

Every number shown goes through :func:`count` or :func:`decimal`, so all of them
follow one convention: the reader's locale, which the window installs once with
:func:`use_locale` (``255.266 words · 26.036 names`` in German, ``255,266 words ·
26,036 names`` in English). Without it, English grouping is used (the command line).

No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """The separators of a locale: thousands (``group``) and the decimal point."""

    group: str = ","
    decimal: str = "."


#: English grouping; the window replaces it with the reader's locale.
DEFAULT_FORMAT = NumberFormat()
_format = DEFAULT_FORMAT


def use_locale(number_format: NumberFormat) -> None:
    """Format every number from now on with these separators."""
    global _format
    _format = number_format


def current_format() -> NumberFormat:
    return _format


def count(n: int) -> str:
    """A whole number with thousands grouped: ``255,266`` / ``255.266``."""
    text = f"{n:,}"
    if _format.group == ",":
        return text
    return text.replace(",", _format.group)


def decimal(value: float, digits: int = 1) -> str:
    """A number with ``digits`` decimals and grouped thousands: ``1,234.5`` / ``1.234,5``."""
    text = f"{value:,.{digits}f}"
    if _format == DEFAULT_FORMAT:
        return text
    return text.replace(",", "\0").replace(".", _format.decimal).replace("\0", _format.group)


def plural(n: int, one: str, many: str) -> str:
    """``1 person`` / ``1,234 people``."""
    return f"{count(n)} {one if n == 1 else many}"


def human_size(size: int) -> str:
    """``1.2 MB`` for a byte count."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{count(int(value))} bytes" if unit == "bytes" else f"{decimal(value)} {unit}"
        value /= 1024
    return f"{count(size)} bytes"


def retry_in(seconds: float) -> str:
    """``retry in 30 s`` / ``retry in 5 min`` (at least one second)."""
    whole = max(1, round(seconds))
    return f"retry in {whole} s" if whole < 90 else f"retry in {count(round(whole / 60))} min"


def document_summary(words: int, people: int, names: int) -> str:
    """``1,234 words · 3 people · 12 names`` (the status bar once the analysis is shown)."""
    shown = (
        plural(words, "word", "words"),
        plural(people, "person", "people"),
        plural(names, "name", "names"),
    )
    return " · ".join(shown)


def sentence_progress(done: int, total: int) -> str:
    """``12 of 29 sentences``, or ``29 sentences`` when all are done."""
    if total and done >= total:
        return plural(total, "sentence", "sentences")
    return f"{count(done)} of {plural(total, 'sentence', 'sentences')}"
