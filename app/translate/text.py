"""The form a text takes before it is cached or sent: normalised, and cut to the size limit."""

from __future__ import annotations

import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def normalize_text(text: str) -> str:
    """The form of a text used as cache key and sent to the provider.

    NFC, soft hyphens and zero-width characters removed, runs of whitespace
    (including line breaks inside a sentence) collapsed to one space.
    """
    return " ".join(unicodedata.normalize("NFC", text).translate(_INVISIBLE).split())


def needs_translation(text: str) -> bool:
    """Texts without letters (numbers, punctuation) are returned unchanged, never sent."""
    return any(ch.isalpha() for ch in text)


def split_long_text(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters, cut after punctuation or at spaces if possible."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = -1
        for mark in ("; ", ": ", ", ", " "):
            cut = window.rfind(mark)
            if cut > limit // 3:
                cut += len(mark) - 1
                break
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return [p for p in pieces if p]
