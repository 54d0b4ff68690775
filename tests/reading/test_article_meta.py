"""The header above the article and the window title (app.reading.article_meta)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.document import Document, DocumentMeta, document_from_text, load_document
from app.reading.article_meta import (
    byline,
    document_title,
    header_title,
    site_of,
    window_title,
)

WEB = Path(__file__).parents[1] / "fixtures" / "web"
PAGES = sorted(WEB.glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_web_page_is_titled_by_its_headline(page: Path) -> None:
    document = load_document(page)
    assert document.meta.title
    assert window_title(document) == f"{document.meta.title} — Leselupe"
    assert header_title(document) is None  # the text opens with the headline already
    meta = document.meta
    site = meta.site or site_of(meta.url)
    assert byline(document) == " · ".join(p for p in (meta.author, meta.date, site) if p)


def test_the_header_title_appears_when_the_text_lacks_it() -> None:
    meta = DocumentMeta(title="Hafen meldet Rückgang", authors=("Anna Berger",), site="Blatt")
    doc = Document("Der Hafen hat weniger umgeschlagen.", "seite.html", "utf-8", "html", meta=meta)
    assert header_title(doc) == "Hafen meldet Rückgang"
    assert byline(doc, lambda iso: f"<{iso}>") == "Anna Berger · Blatt"
    dated = Document(doc.text, doc.source, "utf-8", "html", meta=DocumentMeta(date="2024-04-03"))
    assert byline(dated, lambda iso: "3. April 2024") == "3. April 2024"


def test_plain_text_is_named_by_its_file(tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text("Bagger rollen ab Mai\n\nIn Talbach beginnt der Bau.", encoding="utf-8")
    document = load_document(path)
    assert document.meta.title == "Bagger rollen ab Mai"  # a guess from the first line
    assert document_title(document) == "artikel.txt"
    assert window_title(document) == "artikel.txt — Leselupe"
    assert header_title(document) is None and byline(document) == ""
    assert window_title(None) == "Leselupe"
    pasted = document_from_text("Ein Text.", source="Clipboard")
    assert window_title(pasted) == "Clipboard — Leselupe"
    markdown = tmp_path / "notiz.md"
    markdown.write_text("# Die Überschrift\n\nText.", encoding="utf-8")
    assert document_title(load_document(markdown)) == "Die Überschrift"


def test_the_bundled_sample_is_called_the_sample_article() -> None:
    """A first-time user's window said 'article.txt — Leselupe'."""
    from app.core.paths import sample_article_path

    assert window_title(load_document(sample_article_path())) == "Sample article — Leselupe"


def test_a_page_without_a_publication_name_is_named_by_its_host() -> None:
    document = load_document(WEB / "no_declaration.html")
    assert document.meta.site is None
    assert byline(document) == "2024-03-14 · suedwest-kurier.example"
    assert site_of("https://www.tagesbote.example/politik/a.html") == "tagesbote.example"
    assert site_of("not a url") == "" and site_of(None) == "" and site_of("http://[::1") == ""


def test_a_plain_text_headline_is_its_first_short_line() -> None:
    from app.reading.article_meta import headline

    assert headline("Flut an der Mosel: Orte ziehen Bilanz\n\nEine Woche nach ...") == (
        "Flut an der Mosel: Orte ziehen Bilanz"
    )
    assert headline("Die Kassen warnen. Der Bund widerspricht.\n\nMehr ...") is None
    assert headline("Ein einziger Absatz ohne Überschrift, der weitergeht") is None
    assert headline("Erste Zeile\nzweite Zeile\n\nText") is None
