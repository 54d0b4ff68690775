"""A web page's metadata: title, authors, date, site and address.

Read from what the page declares, most explicit first: JSON-LD (schema.org
``NewsArticle`` and friends, ``@graph`` included), Open Graph and ``article:``
properties, plain meta tags (``author``, ``date``, ``publisher``,
``application-name``), schema.org microdata, the canonical link and the
"saved from url" note browsers write into saved pages. What is still missing is
taken from trafilatura's metadata heuristics (the caller passes them in) and,
last, from the byline and date line of the text. Works on an already parsed
lxml tree; reads nothing, fetches nothing (URLs are only copied as strings).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from app.document.boilerplate import person_like
from app.document.model import DocumentMeta

#: schema.org types whose node describes the article itself.
_ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
        "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
    }
)  # fmt: skip
_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


@dataclass(slots=True)
class PageMeta:
    """Metadata being collected; the first value found for a field wins."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    site: str | None = None
    url: str | None = None

    def offer(
        self,
        title: str | None = None,
        authors: list[str] | None = None,
        date: str | None = None,
        site: str | None = None,
        url: str | None = None,
    ) -> None:
        """Fill the fields that are still empty."""
        self.title = self.title or _clean(title)
        if not self.authors and authors:
            self.authors = _unique(a for a in (_clean(x) for x in authors) if a)
        self.date = self.date or iso_date(date)
        self.site = self.site or _clean(site)
        self.url = self.url or _web_address(url)

    def frozen(self) -> DocumentMeta:
        return DocumentMeta(
            title=self.title,
            authors=tuple(self.authors),
            date=self.date,
            site=self.site,
            url=self.url,
        )


def declared_meta(tree: Any, markup: str) -> PageMeta:
    """Everything the page declares about itself, in order of trust."""
    meta = PageMeta()
    for node, website in _json_ld(tree):
        meta.offer(
            title=_text(node.get("headline")) or _text(node.get("name")),
            authors=_people(node.get("author")) or _people(node.get("creator")),
            date=_text(node.get("datePublished")) or _text(node.get("dateCreated")),
            site=website or _name(node.get("publisher")),
            url=_text(node.get("url")) or _id(node.get("mainEntityOfPage")),
        )
    tags = _meta_tags(tree)
    meta.offer(
        title=tags.get("og:title") or tags.get("twitter:title"),
        authors=_split_authors(tags.get("author") or _not_a_link(tags.get("article:author"))),
        date=_first(tags, "article:published_time", "og:published_time", "date", "publish-date",
                    "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date",
                    "dcterms.created", "sailthru.date", "parsely-pub-date"),
        site=_first(tags, "og:site_name", "publisher", "application-name", "dc.publisher"),
        url=tags.get("og:url"),
    )  # fmt: skip
    meta.offer(**_microdata(tree))
    meta.offer(url=_canonical(tree))
    saved = _SAVED_FROM.search(markup[:4096])
    meta.offer(url=saved.group(1) if saved else None)
    return meta


def site_from_title(tree: Any, title: str | None) -> str | None:
    """The site's name from a ``<title>`` like "Headline - Kreisanzeiger", given the headline."""
    element = tree.find(".//title")
    full = _clean(element.text_content()) if element is not None else None
    if not full or not title or not full.startswith(title):
        return None
    rest = full[len(title) :]
    for sep in _TITLE_SEPARATORS:
        if rest.startswith(sep):
            site = rest[len(sep) :].strip()
            if site and "." not in site and len(site) <= 60:
                return site
    return None


def strip_site(title: str | None, site: str | None) -> str | None:
    """The title without a trailing " | Site" (or " - Site", ...)."""
    if not title or not site:
        return title
    for sep in _TITLE_SEPARATORS:
        if title.endswith(sep + site):
            return title[: -len(sep + site)].strip() or title
    return title


def split_trafilatura_authors(value: str | None) -> list[str]:
    """trafilatura joins authors with "; "."""
    return [a.strip() for a in (value or "").split(";") if a.strip()]


def looks_like_host(site: str | None) -> bool:
    """True for a "site" that is only a host name (derived, not declared)."""
    return bool(site) and " " not in (site or "") and "." in (site or "")


# ------------------------------------------------------------------------ dates


def iso_date(value: str | None) -> str | None:
    """``yyyy-mm-dd`` from an ISO timestamp, "16.05.2024" or "4. November 2023"; else None.

    The day is the one the publisher wrote (a timestamp's zone is not converted).
    """
    if not value:
        return None
    value = value.strip()
    if m := re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value):
        y, mo, d = (int(g) for g in m.groups())
    elif m := re.search(r"\b(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\b", value):
        d, mo, y = (int(g) for g in m.groups())
    elif m := re.search(r"\b(\d{1,2})\.\s*([A-Za-zäÄ]+)\s+(\d{4})\b", value):
        month = _MONTHS.get(m.group(2).lower())
        if month is None:
            return None
        d, mo, y = int(m.group(1)), month, int(m.group(3))
    else:
        return None
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    if not 1990 <= day.year <= dt.date.today().year + 1:
        return None
    return day.isoformat()


# ---------------------------------------------------------------------- sources


def _json_ld(tree: Any) -> Iterator[tuple[dict[str, Any], str | None]]:
    """Article nodes of the page's JSON-LD, each with the WebSite's name if declared."""
    nodes: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw)
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        nodes.extend(_flatten(data))
    website = next((_text(n.get("name")) for n in nodes if _is_type(n, {"WebSite"})), None)
    for node in nodes:
        if _is_type(node, _ARTICLE_TYPES):
            yield node, website


def _flatten(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _flatten(graph, depth + 1)


def _is_type(node: dict[str, Any], types: set[str] | frozenset[str]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k in types for k in kinds)


def _people(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _people(item)]
    if isinstance(value, dict):
        name = _text(value.get("name"))
        return [name] if name else []
    if isinstance(value, str) and not value.startswith(("http://", "https://")):
        return _split_authors(value)
    return []


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _id(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("@id")) or _text(value.get("url"))
    return _text(value)


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value.strip() or None if isinstance(value, str) else None


def _meta_tags(tree: Any) -> dict[str, str]:
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and element.get("itemprop") is None:
            tags.setdefault(key.strip().lower(), content.strip())
    return tags


def _first(tags: dict[str, str], *keys: str) -> str | None:
    return next((tags[k] for k in keys if tags.get(k)), None)


def _not_a_link(value: str | None) -> str | None:
    return None if value is None or value.startswith(("http://", "https://", "/")) else value


def _split_authors(value: str | None) -> list[str]:
    """ "Lena Hoffmann, Markus Weber" or "A und B" -> names (a lone "Name, Place" stays whole)."""
    if not value:
        return []
    parts = [p.strip() for p in re.split(r"\s*(?:[,;]|\bund\b|&)\s*", value) if p.strip()]
    if len(parts) > 1 and all(person_like(p) for p in parts):
        return parts
    return [value.strip()]


def _microdata(tree: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for element in tree.xpath("//*[@itemprop]"):
        prop = element.get("itemprop").strip()
        if prop == "headline" and "title" not in found:
            found["title"] = _clean(element.get("content") or element.text_content())
        elif prop == "author" and "authors" not in found:
            name = element.xpath(".//*[@itemprop='name']")
            value = name[0] if name else element
            found["authors"] = [_clean(value.get("content") or value.text_content()) or ""]
        elif prop == "datePublished" and "date" not in found:
            found["date"] = element.get("content") or element.get("datetime")
            found["date"] = found["date"] or element.text_content()
        elif prop == "publisher" and "site" not in found:
            name = element.xpath(".//*[@itemprop='name']")
            if name:
                found["site"] = _clean(name[0].get("content") or name[0].text_content())
    return found


def _canonical(tree: Any) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return _text(link.get("href"))
    return None


def _web_address(url: str | None) -> str | None:
    """Only absolute http(s) addresses count as the page's address."""
    url = (url or "").strip()
    return url if re.match(r"https?://[^\s/]+\.[^\s/]+", url) else None


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(value.split()) or None


def _unique(values: Iterator[str] | list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out
