"""Turning files and bytes into the text Leselupe analyses, with what they say about themselves.

- :mod:`~app.document.model`: :class:`Document`, :class:`DocumentMeta`, :class:`DocumentError`.
- :mod:`~app.document.loading`: files, bytes and clipboard text to a :class:`Document`.
- :mod:`~app.document.decoding`: bytes to text (BOMs, declared HTML charsets, UTF-8, cp1252).
- :mod:`~app.document.webpage`: the article and metadata of a saved web page (trafilatura).
- :mod:`~app.document.markup`: the plain HTML extractor, trafilatura's fallback.
- :mod:`~app.document.meta`, :mod:`~app.document.boilerplate`: metadata; page furniture.
- :mod:`~app.document.plaintext`: Markdown, and the headline of a plain text.
- :mod:`~app.document.fetch`: a web page by its address (timeout, size cap,
  redirects, content type), then the same extraction as a saved page.

Nothing here runs a script, follows a link in a page, fetches a resource of a page or
reads any file but the one asked for; only :mod:`~app.document.fetch` goes online,
and only when called with an address. No Qt.
"""

from app.document.decoding import declared_charset, decode_bytes, decode_html_bytes
from app.document.loading import (
    document_from_bytes,
    document_from_text,
    html_article,
    load_document,
)
from app.document.markup import html_to_text, looks_like_html
from app.document.model import MAX_DOCUMENT_BYTES, NO_META, Document, DocumentError, DocumentMeta
from app.document.plaintext import markdown_title, markdown_to_text, text_title

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "NO_META",
    "Document",
    "DocumentError",
    "DocumentMeta",
    "declared_charset",
    "decode_bytes",
    "decode_html_bytes",
    "document_from_bytes",
    "document_from_text",
    "html_article",
    "html_to_text",
    "load_document",
    "looks_like_html",
    "markdown_title",
    "markdown_to_text",
    "text_title",
]
