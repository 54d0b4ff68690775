"""The plain HTML extractor: every readable text of a page, furniture left out.

The fallback for pages where :mod:`app.document.webpage` finds no article, and
the extractor of last resort if lxml or trafilatura fail. It reads the markup as
inert text with :mod:`html.parser` (never runs a script, never follows a link,
never loads a resource), keeps paragraphs, and skips scripts, embedded objects
and the elements :func:`app.document.boilerplate.is_boilerplate_element` names.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from app.document.boilerplate import NEVER_SKIPPED, is_boilerplate_element

_HTML_HINT = re.compile(r"<(!doctype\s+html|html|body|p|div|article|h[1-6])\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document."""
    return bool(_HTML_HINT.search(text[:2000]))


def bytes_look_like_html(data: bytes) -> bool:
    """True when the first bytes of a file look like an HTML document."""
    return looks_like_html(data[:2000].decode("latin-1"))


_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5",
        "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "br", "hr", "dd", "dt",
        "figure", "figcaption", "address", "body", "title",
    }
)  # fmt: skip
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr", "param"}
)  # fmt: skip


class _TextExtractor(HTMLParser):
    """Collects text outside scripts, styles, navigation, furniture and embedded objects."""

    def __init__(self, skip_furniture: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._stack: list[str] = []
        self.title = ""
        self._in_title = False
        self._skip_furniture = skip_furniture

    def _skipped(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag == "head":
            return True
        if not self._skip_furniture:
            return is_boilerplate_element(tag, None, None, None, None)
        if tag in NEVER_SKIPPED:
            return False
        found = dict(attrs)
        return is_boilerplate_element(
            tag, found.get("class"), found.get("id"), found.get("role"), found.get("aria-label")
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS and not self._skip_depth:
                self.parts.append("\n")
            return
        if tag == "title":  # collected even inside <head>
            self._in_title = True
            self._stack.append(tag)
            return
        if self._skip_depth or self._skipped(tag, attrs):
            self._skip_depth += 1
            self._stack.append(tag)
            return
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
            if top == "title" and self._in_title:
                self._in_title = False
            elif self._skip_depth:
                self._skip_depth -= 1
            if top == tag:
                break
        if tag in _BLOCK_TAGS and not self._skip_depth:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._skip_depth:
            return
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page: paragraphs kept, markup, scripts and furniture dropped."""
    return extract_all(markup)[0]


def extract_all(markup: str) -> tuple[str, str]:
    """``(text, title)`` of a page: see :func:`html_to_text`; the ``<title>`` apart."""
    text, title = _run(markup, skip_furniture=True)
    if not text:
        # A page whose every container is named like furniture: keep it all.
        text, title = _run(markup, skip_furniture=False)
    if not text and title:
        text = title
    return text, " ".join(title.split())


def _run(markup: str, skip_furniture: bool) -> tuple[str, str]:
    parser = _TextExtractor(skip_furniture)
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError, RecursionError):
        pass  # keep what was extracted so far
    return _normalise_paragraphs("".join(parser.parts)), parser.title


def _normalise_paragraphs(raw: str) -> str:
    paragraphs = []
    for block in re.split(r"\n\s*\n", raw):
        line = re.sub(r"[ \t\f\v\u00a0]*\n[ \t\f\v\u00a0]*", " ", block)
        line = re.sub(r"[ \t\f\v]+", " ", line).strip()
        if line:
            paragraphs.append(html.unescape(line) if "&" in line else line)
    return "\n\n".join(paragraphs)
