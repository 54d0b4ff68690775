"""The article of a saved web page: its text and its metadata.

:func:`extract_webpage` parses the markup once with lxml (no network, no DTDs,
no entities from outside), reads the metadata (:mod:`app.document.meta`), removes
the page furniture (:mod:`app.document.boilerplate`) and lets trafilatura choose
the article's paragraphs. trafilatura leaves out some of what a reader expects
(the headline, the teaser above the body, image captions, some subheadings), so
those are taken back from the page in document order around the paragraphs it
chose. The result is one paragraph per block, separated by blank lines.

When trafilatura finds almost nothing, the caller falls back to the plain
extractor (:func:`app.document.markup.html_to_text`). Nothing here runs a
script, fetches a URL or opens a file: trafilatura gets an already parsed tree
and an in-memory configuration.
"""

from __future__ import annotations

import re
from configparser import ConfigParser
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.document.boilerplate import (
    NEVER_SKIPPED,
    byline_names,
    date_line,
    is_boilerplate_element,
    is_boilerplate_line,
)
from app.document.meta import (
    PageMeta,
    declared_meta,
    looks_like_host,
    site_from_title,
    split_trafilatura_authors,
    strip_site,
)
from app.document.model import MAX_DOCUMENT_BYTES, DocumentMeta

#: Block-level elements: each starts a new paragraph.
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5",
        "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr", "td",
        "th", "caption", "figure", "figcaption", "address", "body", "hr", "details",
        "summary", "center",
    }
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CAPTION_CLASS = re.compile(r"caption|bildunterschrift|bildtext|legende|bu\b", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
#: Ends like a sentence: ".", "!", "?" or "…", then maybe quotes, brackets, an emoji.
_SENTENCE_END = re.compile(r"[.!?…][\"“”»«)\]]*[^\w]*$")
#: trafilatura's own result counts only when it holds at least this much text.
MIN_ARTICLE_CHARS = 200


@dataclass(frozen=True, slots=True)
class WebPage:
    text: str
    meta: DocumentMeta


#: A paragraph placed in the page: (block position, order of output, text).
_Placed = tuple[float, int, str]


@dataclass(slots=True)
class _Block:
    text: str
    kind: str  # "h1", "heading", "caption" or "text"


def extract_webpage(markup: str) -> WebPage:
    """The article text and metadata of an HTML page.

    The text is empty when no article was found (the caller then falls back to
    :func:`app.document.markup.html_to_text`); the metadata is whatever was found.
    """
    tree = _parse(markup)
    if tree is None:
        return WebPage("", DocumentMeta())
    found = declared_meta(tree, markup)
    _remove_furniture(tree)
    blocks = _dom_blocks(tree)
    paragraphs, guessed = _trafilatura(tree, found.url)
    _offer_guesses(found, guessed, tree)
    text = ""
    if paragraphs is not None and sum(len(p) for p in paragraphs) >= MIN_ARTICLE_CHARS:
        text, byline, dated = tidy_paragraphs(_compose(blocks, paragraphs, found.title))
        found.offer(authors=list(byline), date=dated)
    return WebPage(text, found.frozen())


def _parse(markup: str) -> Any:
    from lxml import etree, html  # deferred: lxml is only needed for web pages

    parser = html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        default_doctype=False,
        collect_ids=False,
    )
    try:
        return html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1), parser=parser)
    except (etree.ParserError, ValueError, TypeError):
        return None


def _remove_furniture(tree: Any) -> None:
    """Drop navigation, consent layers, ads, share bars, comments and the like."""
    from lxml import etree  # deferred with the parser

    body = tree.find("body")
    total = len(body.text_content()) if body is not None else 0
    doomed = []
    walker = etree.iterwalk(tree, events=("start",))
    for _, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if not tag or tag in NEVER_SKIPPED:
            continue
        if is_boilerplate_element(
            tag,
            element.get("class"),
            element.get("id"),
            element.get("role"),
            element.get("aria-label"),
        ) and not _is_layout_wrapper(element, total):
            doomed.append(element)
            walker.skip_subtree()  # whatever is inside goes with it
    for element in doomed:
        element.drop_tree()


def _is_layout_wrapper(element: Any, total: int) -> bool:
    """A container named like furniture that holds the article ("has-sidebar" layouts)."""
    if element.tag in ("script", "style", "template", "noscript"):
        return False
    if element.find(".//h1") is not None:
        return True
    return total > 0 and len(element.text_content()) > total / 2


def _dom_blocks(tree: Any) -> list[_Block]:
    """The page's text, block by block, in document order (iteratively: no recursion)."""
    from lxml import etree  # deferred with the parser

    blocks: list[_Block] = []
    parts: list[str] = []
    kinds: list[str] = []  # the kind of each open element ("" for none)

    def flush() -> None:
        text = " ".join("".join(parts).split())
        parts.clear()
        if text:
            kind = next((k for k in reversed(kinds) if k), "text")
            blocks.append(_Block(text, kind))

    body = tree.find("body")
    if body is None:
        return blocks
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS or tag == "br":
                flush()
            kinds.append(_kind(tag, element.get("class")))
            if element.text:
                parts.append(element.text)
        else:
            if tag in _BLOCKS:
                flush()
            kinds.pop()
            if element.tail:
                parts.append(element.tail)
    flush()
    return blocks


def _kind(tag: str, classes: str | None) -> str:
    if tag == "h1":
        return "h1"
    if tag in _HEADINGS:
        return "heading"
    if tag == "figcaption" or (classes and _CAPTION_CLASS.search(classes)):
        return "caption"
    return ""


def warm_up() -> None:
    """Import the extractor now (about a second), e.g. before a page is requested."""
    import trafilatura.metadata  # noqa: F401  # deferred: the import is what is warmed up
    from lxml import html  # noqa: F401  # deferred with the parser

    _config()


@cache
def _config() -> ConfigParser:
    """trafilatura's settings, held in memory (no settings file is read for a document)."""
    from trafilatura.settings import DEFAULT_CONFIG  # deferred: a heavy import

    config = ConfigParser()
    config.read_dict({"DEFAULT": dict(DEFAULT_CONFIG["DEFAULT"])})
    config["DEFAULT"]["MAX_FILE_SIZE"] = str(MAX_DOCUMENT_BYTES)
    config["DEFAULT"]["EXTRACTION_TIMEOUT"] = "0"  # no signal handlers in our threads
    return config


def _trafilatura(tree: Any, url: str | None) -> tuple[list[str] | None, Any]:
    """trafilatura's paragraphs of the cleaned tree and its metadata guesses."""
    import trafilatura  # deferred: about a second to import, only for web pages
    from trafilatura.metadata import extract_metadata

    try:
        guessed = extract_metadata(tree, default_url=url)
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            fast=True,  # no second-opinion extractors (they read word lists from disk)
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            with_metadata=False,
            deduplicate=False,
            config=_config(),
        )
    except Exception:  # trafilatura's own failures on odd markup: use the fallback
        return None, None
    body = getattr(result, "body", None)
    if body is None:
        return None, guessed
    return _paragraphs(body), guessed


def _paragraphs(body: Any) -> list[str]:
    """The blocks of trafilatura's output tree: paragraphs, headings, list items, rows."""
    out: list[str] = []
    for element in body.iter("p", "head", "item", "row", "code", "quote"):
        if element.tag == "quote" and element.find(".//p") is not None:
            continue  # its paragraphs come on their own
        if element.tag == "p" and _inside(element, ("item", "row")):
            continue
        if element.tag == "row":
            cells = [" ".join("".join(c.itertext()).split()) for c in element.iter("cell")]
            text = " | ".join(c for c in cells if c)
        else:
            text = " ".join("".join(element.itertext()).split())
        if text:
            out.append(text)
    return out


def _inside(element: Any, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _offer_guesses(found: PageMeta, guessed: Any, tree: Any) -> None:
    """trafilatura's metadata heuristics fill what the page did not declare."""
    if guessed is not None:
        site = None if looks_like_host(guessed.sitename) else guessed.sitename
        found.offer(
            title=guessed.title,
            authors=split_trafilatura_authors(guessed.author),
            date=_unless_a_year_only(guessed.date, tree, guessed.url),
            site=site,
            url=guessed.url,
        )
    found.offer(site=site_from_title(tree, found.title))
    found.title = strip_site(found.title, found.site)


def _unless_a_year_only(date: str | None, tree: Any, url: str | None) -> str | None:
    """trafilatura's date, unless it is a 1 January the page never writes.

    With no date on the page, its extensive search offers the copyright line's year
    as 1 January ("© 2026" -> 2026-01-01), which was shown as the article's date. A
    1 January the page writes, in its text, its markup or an address (".../2026/01/01/"),
    stays.
    """
    if date is None or not date.endswith("-01-01"):
        return date
    import lxml.etree  # deferred like trafilatura: only for web pages

    year = date[:4]
    page = lxml.etree.tostring(tree, encoding="unicode", method="html") + " " + (url or "")
    written = (
        rf"{year}-01-01|{year}/0?1/0?1\b"
        rf"|\b0?1\.\s*0?1\.\s*{year}|\b0?1\.\s*(?:Januar|Jänner)\s+{year}"
        rf"|\b1(?:st)?\s+January,?\s+{year}|January\s+1(?:st)?,?\s+{year}"
    )
    return date if re.search(written, page) else None


def _key(text: str) -> str:
    return "".join(text.split()).lower()


def _compose(blocks: list[_Block], paragraphs: list[str], title: str | None) -> list[str]:
    """trafilatura's paragraphs plus the headline, teaser, captions and headings around them.

    Each paragraph is located in the page's blocks. The headline is the title's
    block before the first real paragraph (the body); before the body only the
    headline, sentences (the teaser) and captions stay, kickers and bylines go;
    from the body on, captions and subheadings trafilatura left out come back.
    """
    keys = [_key(block.text) for block in blocks]
    placed = _locate(blocks, keys, paragraphs)
    located = [(pos, text) for pos, _, text in placed if pos >= 0 and pos == int(pos)]
    if not located:
        return paragraphs
    sentences = [pos for pos, text in located if _is_sentence(text)]
    body = int(min(sentences) if sentences else min(pos for pos, _ in located))
    last = int(max(pos for pos, _ in located))
    head = _title_index(blocks, keys, title, body)
    if head is not None:
        placed = [_before_body(item, head, body) for item in placed]
    kept = {_key(text) for _, _, text in placed if text}
    for i in range(head if head is not None else body, last + 1):
        # A byline between the headline and the body goes along to be read as the
        # byline (tidy_paragraphs keeps its names, never its text).
        byline = i < body and byline_names(blocks[i].text) is not None
        if keys[i] not in kept and (i == head or byline or _recovered(blocks[i], i, body)):
            placed.append((float(i), -1, blocks[i].text))
            kept.add(keys[i])
    placed.sort(key=lambda item: (item[0], item[1]))
    return [text for _, _, text in placed if text]


def _locate(blocks: list[_Block], keys: list[str], paragraphs: list[str]) -> list[_Placed]:
    """(position in the page, order, text) of each paragraph; a merged one split into blocks."""
    index: dict[str, int] = {}
    for i, key in enumerate(keys):
        index.setdefault(key, i)
    placed: list[_Placed] = []
    position = -1.0
    seen: set[str] = set()
    for n, para in enumerate(paragraphs):
        key = _key(para)
        if len(key) >= 20 and key in seen:
            continue  # trafilatura gives a container's text and then its children's again
        seen.add(key)
        found = index.get(key)
        if found is None or found < position:
            parts = _merged(keys, key, int(position))
            if parts:
                placed.extend((float(i), n, blocks[i].text) for i in parts)
                seen.update(keys[i] for i in parts)
                position = float(parts[-1])
                continue
            found = _contained(keys, key, int(position))
        if found is None:
            placed.append((position + 1e-6, n, para))  # not in the page's blocks: keep in order
        else:
            position = float(found)
            placed.append((position, n, para))
    return placed


def _before_body(item: _Placed, head: int, body: int) -> _Placed:
    """Before the body only the headline and sentences stay (after the headline)."""
    pos, order, text = item
    if pos >= body or pos == head:
        return item
    if not _is_sentence(text):
        return (pos, order, "")
    return (max(pos, head + 0.5), order, text)


def _merged(keys: list[str], key: str, after: int) -> list[int] | None:
    """Blocks that trafilatura joined into one paragraph (a few blocks between may be missing)."""
    start = max(after, 0)
    for i in range(start, min(len(keys), start + 400)):
        if not keys[i] or not key.startswith(keys[i]) or len(keys[i]) == len(key):
            continue
        taken, covered, j, skips = [i], len(keys[i]), i, 0
        while covered < len(key) and j + 1 < len(keys) and skips <= 3:
            j += 1
            if key.startswith(keys[j], covered):
                taken.append(j)
                covered += len(keys[j])
            else:
                skips += 1
        if covered == len(key) and len(taken) > 1:
            return taken
    return None


def _contained(keys: list[str], key: str, after: int) -> int | None:
    """The first block after ``after`` that contains the paragraph or is contained in it."""
    start = max(after, 0)
    for i in range(start, min(len(keys), start + 400)):
        if len(keys[i]) >= 12 and (key in keys[i] or keys[i] in key):
            return i
    return None


def _is_sentence(text: str) -> bool:
    return len(text) >= 40 and len(text.split()) >= 6 and bool(_SENTENCE_END.search(text))


def _title_index(
    blocks: list[_Block], keys: list[str], title: str | None, first: int
) -> int | None:
    """The visible headline: the block before the article's first paragraph matching the title."""
    candidates = range(min(first + 1, len(blocks)))
    if title:
        want = _key(title)
        for i in candidates:
            if blocks[i].kind in ("h1", "heading") and keys[i] == want:
                return i
        for i in candidates:
            got = keys[i]
            if blocks[i].kind == "h1" and len(got) >= 10 and (got in want or want in got):
                return i
    h1 = [i for i in candidates if blocks[i].kind == "h1"]
    return h1[-1] if h1 else None


def _recovered(block: _Block, i: int, body: int) -> bool:
    """Whether a block trafilatura left out belongs to the article after all."""
    if is_boilerplate_line(block.text) or byline_names(block.text):
        return False
    if block.kind == "caption":
        return True
    if i > body:
        return block.kind == "heading" and len(block.text) <= 160
    return block.kind == "text" and _is_sentence(block.text)  # the teaser


def tidy_paragraphs(paragraphs: list[str]) -> tuple[str, tuple[str, ...], str | None]:
    """Drop furniture lines; return the text, the first byline's names and a date line's date."""
    out: list[str] = []
    byline: tuple[str, ...] = ()
    dated: str | None = None
    for para in paragraphs:
        names = byline_names(para)
        if names:
            byline = byline or names
            continue
        when = date_line(para)
        if when:
            dated = dated or when
            continue
        if is_boilerplate_line(para) or (out and out[-1] == para):
            continue
        out.append(para)
    return "\n\n".join(out), byline, dated
