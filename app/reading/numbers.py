"""Counts, sizes and waits in words, for the status bar, headers and the Settings dialog.

No Qt here.
"""

from __future__ import annotations


def human_size(size: int) -> str:
    """``1.2 MB`` for a byte count."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def retry_in(seconds: float) -> str:
    """``retry in 30 s`` / ``retry in 5 min`` (at least one second)."""
    whole = max(1, round(seconds))
    return f"retry in {whole} s" if whole < 90 else f"retry in {round(whole / 60)} min"


def document_summary(words: int, people: int, names: int) -> str:
    """``1,234 words · 3 people · 12 names`` (the status bar once the analysis is shown)."""
    return f"{words:,} words · {people} {'person' if people == 1 else 'people'} · {names} names"


def sentence_progress(done: int, total: int) -> str:
    """``12 of 29 sentences``, or ``29 sentences`` when all are done."""
    if total and done >= total:
        return f"{total} sentences"
    return f"{done} of {total} sentences"
