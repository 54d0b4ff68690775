"""Files, bytes and clipboard text to :class:`~app.document.model.Document`.

Refuses what is not a text document (missing, a directory, too large, binary,
empty) with one :class:`~app.document.model.DocumentError`; decodes
(:mod:`app.document.decoding`); extracts the article of HTML
(:mod:`app.document.webpage`, falling back to :mod:`app.document.markup`) and the
text of Markdown. The file named is the only file read.
"""

from __future__ import annotations

from pathlib import Path

from app.document.decoding import decode_bytes, decode_html_bytes
from app.document.markup import bytes_look_like_html, extract_all, looks_like_html
from app.document.model import MAX_DOCUMENT_BYTES, NO_META, Document, DocumentError, DocumentMeta
from app.document.plaintext import markdown_title, markdown_to_text, text_title


def load_document(path: str | Path) -> Document:
    """Read ``path`` and return its text; raise :class:`DocumentError` otherwise."""
    p = Path(path)
    try:
        if not p.exists():
            raise DocumentError(f"{p}: no such file")
        if p.is_dir():
            raise DocumentError(f"{p}: is a directory, not a file")
        size = p.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise DocumentError(
                f"{p}: the file is too large ({size / 1_000_000:.1f} MB; "
                f"the limit is {MAX_DOCUMENT_BYTES / 1_000_000:.0f} MB)"
            )
        data = p.read_bytes()
    except DocumentError:
        raise
    except OSError as exc:
        raise DocumentError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    return document_from_bytes(data, source=str(p), kind=_kind_from_suffix(p.suffix))


def document_from_bytes(data: bytes, source: str = "<bytes>", kind: str | None = None) -> Document:
    """Decode ``data`` and extract its readable text."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"{source}: the document is too large")
    if kind == "html" or (kind is None and bytes_look_like_html(data)):
        text, encoding, notices = decode_html_bytes(data, source)
    else:
        text, encoding, notices = decode_bytes(data, source)
    return document_from_text(text, source=source, kind=kind, encoding=encoding, notices=notices)


def document_from_text(
    text: str,
    source: str = "<text>",
    kind: str | None = None,
    encoding: str = "utf-8",
    notices: tuple[str, ...] = (),
) -> Document:
    """Build a :class:`Document` from already decoded text (e.g. the clipboard)."""
    if kind is None:
        kind = "html" if looks_like_html(text) else "text"
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    meta = NO_META
    if kind == "html":
        text, meta = html_article(text)
    elif kind == "markdown":
        meta = DocumentMeta(title=markdown_title(text))
        text = markdown_to_text(text)
    else:
        meta = DocumentMeta(title=text_title(text))
    if not text.strip():
        raise DocumentError(f"{source}: the document contains no text")
    return Document(
        text=text, source=source, encoding=encoding, kind=kind, notices=notices, meta=meta
    )


def html_article(markup: str) -> tuple[str, DocumentMeta]:
    """The article text and metadata of a page; all its readable text if no article is found."""
    from app.document.meta import iso_date  # deferred with the web-page modules
    from app.document.webpage import extract_webpage, tidy_paragraphs  # deferred: lxml

    try:
        page = extract_webpage(markup)
    except (ImportError, RecursionError, MemoryError, ValueError):
        page = None  # the plain extractor still works
    if page is not None and page.text:
        return page.text, page.meta
    text, title = extract_all(markup)
    tidied, byline, dated = tidy_paragraphs(text.split("\n\n"))
    meta = page.meta if page is not None else NO_META
    return tidied or text, DocumentMeta(
        title=meta.title or title or None,
        authors=meta.authors or byline,
        date=meta.date or iso_date(dated),
        site=meta.site,
        url=meta.url,
    )


def _kind_from_suffix(suffix: str) -> str | None:
    suffix = suffix.lower()
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    if suffix in {".txt", ".text"}:
        return "text"
    return None
