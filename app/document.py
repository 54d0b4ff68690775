"""Turning files and bytes into the plain text Leselupe analyses.

This module decides the encoding of a file (BOMs, UTF-8, legacy Windows-1252),
rejects what is not text (binary files, directories, oversized files) with one
clear :class:`DocumentError`, and extracts the readable text of HTML and
Markdown. It never runs scripts, never follows links and never loads remote
resources: HTML is parsed as inert text with :mod:`html.parser`.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import charset_normalizer

#: Files above this size are refused (a 20 MB text still opens).
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

_BINARY_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",  # JPEG
    b"%PDF",
    b"PK\x03\x04",  # zip, docx, odt
    b"\x7fELF",
    b"MZ",
    b"\x1f\x8b",  # gzip
    b"BZh",
    b"\xfd7zXZ",
    b"SQLite format 3",
    b"OggS",
    b"RIFF",
    b"ID3",
    b"\x00\x00\x01\x00",  # ico
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DocumentError(Exception):
    """A file or byte string that cannot be opened as a document.

    The message is one short sentence meant for the user.
    """


@dataclass(frozen=True, slots=True)
class Document:
    """A document ready for analysis."""

    text: str
    source: str
    encoding: str
    kind: str  # "text", "markdown" or "html"
    notices: tuple[str, ...] = ()


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
    if kind == "html":
        text = html_to_text(text)
    elif kind == "markdown":
        text = markdown_to_text(text)
    if not text.strip():
        raise DocumentError(f"{source}: the document contains no text")
    return Document(text=text, source=source, encoding=encoding, kind=kind, notices=notices)


def _kind_from_suffix(suffix: str) -> str | None:
    suffix = suffix.lower()
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    if suffix in {".txt", ".text"}:
        return "text"
    return None


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes to text: returns ``(text, encoding, notices)``."""
    if not data.strip():
        raise DocumentError(f"{source}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, ()
            except UnicodeDecodeError as exc:
                raise DocumentError(f"{source}: broken {encoding} text") from exc
    if _looks_binary(data):
        raise DocumentError(f"{source}: this is a binary file, not a text document")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes: keep UTF-8 and replace the broken bytes.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    multibyte = sum(1 for ch in replaced if "\u0080" <= ch != "\ufffd")
    if multibyte > bad:
        return replaced, "utf-8", (f"{bad} invalid UTF-8 byte(s) were replaced",)
    guess = _guess_legacy_encoding(data)
    text = data.decode(guess, errors="replace")
    if _control_ratio(text) > 0.05:
        raise DocumentError(f"{source}: this is a binary file, not a text document")
    return text, guess, ()


def _guess_legacy_encoding(data: bytes) -> str:
    """German text that is not UTF-8 is almost always Windows-1252 or Latin-1."""
    sample = data[:200_000]
    try:
        sample.decode("cp1252")
        cp1252_ok = True
    except UnicodeDecodeError:
        cp1252_ok = False
    best = charset_normalizer.from_bytes(sample).best()
    # Trust charset-normalizer only when it is clearly something else (e.g. Cyrillic).
    if (
        best is not None
        and best.encoding not in {"cp1252", "latin_1", "iso8859_15", "ascii"}
        and (not cp1252_ok or (best.coherence > 0.5 and best.language not in {"German", "English"}))
    ):
        return str(best.encoding)
    return "cp1252" if cp1252_ok else "latin-1"


def _looks_binary(data: bytes) -> bool:
    head = data[:16]
    if any(head.startswith(magic) for magic in _BINARY_MAGIC):
        return True
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / len(sample)


# --------------------------------------------------------------------------- HTML

_HTML_HINT = re.compile(r"<(!doctype\s+html|html|body|p|div|article|h[1-6])\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document."""
    return bool(_HTML_HINT.search(text[:2000]))


_SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
        "math", "canvas", "head", "nav", "footer", "aside", "form", "button", "select",
        "textarea", "audio", "video", "picture", "figure",
    }
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5",
        "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "br", "hr", "dd", "dt",
        "figcaption", "address", "body", "title",
    }
)  # fmt: skip
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr", "param"}
)  # fmt: skip


class _TextExtractor(HTMLParser):
    """Collects text outside scripts, styles, navigation and embedded objects."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._stack: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS and not self._skip_depth:
                self.parts.append("\n")
            return
        if tag in _SKIP_TAGS or self._skip_depth:
            self._skip_depth += 1
            self._stack.append(tag)
            return
        if tag == "title":
            self._in_title = True
        self._stack.append(tag)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _VOID_TAGS or tag not in self._stack:
            return
        # Close everything opened after ``tag`` (tolerates unclosed tags).
        while self._stack:
            top = self._stack.pop()
            if self._skip_depth:
                self._skip_depth -= 1
            elif top == "title":
                self._in_title = False
            if top == tag:
                break
        if tag in _BLOCK_TAGS and not self._skip_depth:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._in_title:
            self.title += data
            return
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page: paragraphs kept, markup and scripts dropped."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError, RecursionError):
        pass  # keep what was extracted so far
    raw = "".join(parser.parts)
    if not raw.strip() and parser.title.strip():
        raw = parser.title
    return _normalise_paragraphs(raw)


def _normalise_paragraphs(raw: str) -> str:
    paragraphs = []
    for block in re.split(r"\n\s*\n", raw):
        line = re.sub(r"[ \t\f\v\u00a0]*\n[ \t\f\v\u00a0]*", " ", block)
        line = re.sub(r"[ \t\f\v]+", " ", line).strip()
        if line:
            paragraphs.append(html.unescape(line) if "&" in line else line)
    return "\n\n".join(paragraphs)


# ----------------------------------------------------------------------- Markdown

_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*?^```[ \t]*$", re.MULTILINE | re.DOTALL), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.MULTILINE), ""),
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.MULTILINE), ""),
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"<[^>\n]+>"), ""),
)


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown document (headings, emphasis, links unwrapped)."""
    text = markdown
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
