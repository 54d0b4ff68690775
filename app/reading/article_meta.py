"""What the window says about a document: its header above the text and its title.

A web page's metadata (title, byline, date, publication) becomes a quiet header
above the article and the window's title; a document without it is named by its
file. No Qt here (the date is formatted by the caller's locale).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath
from urllib.parse import urlsplit

from app.core.paths import sample_article_path
from app.document import Document

APP_TITLE = "Leselupe"

#: Kinds of document whose title is the publisher's, not a guess from the first line.
TITLED_KINDS = ("html", "markdown")


#: What the bundled sample is called (its file is ``article.txt``, which told a first-time
#: user nothing in the window's title).
SAMPLE_TITLE = "Sample article"


def source_name(document: Document) -> str:
    """``artikel.txt`` for a file, the source itself for ``Clipboard`` or ``<bytes>``."""
    source = document.source
    if source.startswith("<") or not source:
        return source or "Untitled"
    if PurePath(source) == sample_article_path():
        return SAMPLE_TITLE
    return PurePath(source).name or source


def document_title(document: Document) -> str:
    """The page's title for a web page or Markdown file; otherwise the file's name."""
    title = document.meta.title
    if document.kind in TITLED_KINDS and title and title.strip():
        return " ".join(title.split())
    return source_name(document)


def headline(text: str) -> str | None:
    """The headline a plain-text article opens with: a short first line without a
    sentence's final punctuation, set apart by a blank line ("Hochwasser: Gemeinden an
    der Mosel ziehen Bilanz"); None when the text does not open like that."""
    head, sep, _ = text.lstrip().partition("\n\n")
    line = " ".join(head.split())
    if not sep or not line or "\n" in head.strip() or len(line) > 120:
        return None
    if line.endswith((".", ",", ";", "!", "?")) or len(line.split()) < 2:
        return None
    return line


def window_title(document: Document | None) -> str:
    """``Ortsumgehung Talbach: Bagger rollen ab Mai — Leselupe``."""
    if document is None:
        return APP_TITLE
    return f"{document_title(document)} — {APP_TITLE}"


def header_title(document: Document) -> str | None:
    """The title for the header, unless the text already opens with it (no echo)."""
    title = document.meta.title
    if document.kind != "html" or not title or not title.strip():
        return None
    opening = " ".join(document.text.lstrip()[: len(title) + 40].split())
    return None if opening.startswith(" ".join(title.split())) else " ".join(title.split())


def byline(document: Document, format_date: Callable[[str], str] = str) -> str:
    """``Anna Berger · 3 April 2024 · Kreisanzeiger Hohenlinden`` ('' when nothing is known).

    ``format_date`` turns the ISO date into the reader's way of writing dates.
    """
    meta = document.meta
    date = format_date(meta.date) if meta.date else ""
    return " · ".join(part for part in (meta.author, date, meta.site or site_of(meta.url)) if part)


def site_of(url: str | None) -> str:
    """``suedwest-kurier.example`` for a page's address (the publication when it has no name)."""
    if not url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")
