"""Saved German news pages of fourteen layouts: article kept, furniture dropped, metadata right.

The pages in ``tests/fixtures/web/`` are invented (no site's text or markup is
copied) and ``expected.json`` was written before the extractor ran on them: for
each page the encoding its bytes must be read with, its metadata, snippets that
must appear in this order (the headline first), and boilerplate that must not
appear as a word anywhere in the text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from app.document import (
    DocumentMeta,
    document_from_bytes,
    document_from_text,
    html_article,
    load_document,
)
from tests.helpers import REPO

FIXTURES = REPO / "tests" / "fixtures" / "web"
EXPECTED: dict[str, Any] = {
    name: spec
    for name, spec in json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8")).items()
    if not name.startswith("_")
}


def test_there_are_enough_different_pages() -> None:
    assert len(EXPECTED) >= 10
    assert len({spec["layout"] for spec in EXPECTED.values()}) == len(EXPECTED)
    assert sorted(EXPECTED) == sorted(p.name for p in FIXTURES.glob("*.html"))


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def page(request: pytest.FixtureRequest) -> tuple[str, Any, Any]:
    name = request.param
    return name, EXPECTED[name], load_document(FIXTURES / name)


def test_body_snippets_in_order_title_first(page: tuple[str, Any, Any]) -> None:
    name, spec, doc = page
    missing = [s for s in spec["present"] if s not in doc.text]
    assert not missing, f"{name}: missing {missing}\n{doc.text}"
    positions = [doc.text.index(s) for s in spec["present"]]
    assert positions == sorted(positions), f"{name}: out of order\n{doc.text}"
    assert doc.text.split("\n\n")[0] == spec["meta"]["title"], name


def test_boilerplate_absent(page: tuple[str, Any, Any]) -> None:
    name, spec, doc = page
    found = [s for s in spec["absent"] if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", doc.text)]
    assert not found, f"{name}: boilerplate {found}\n{doc.text}"


def test_metadata(page: tuple[str, Any, Any]) -> None:
    name, spec, doc = page
    assert doc.meta.as_json() == spec["meta"], name
    assert doc.kind == "html"


def test_declared_charset_honoured(page: tuple[str, Any, Any]) -> None:
    name, spec, doc = page
    assert doc.encoding == spec["encoding"], name
    assert "\ufffd" not in doc.text and "Ã" not in doc.text and "\x85" not in doc.text, name


def test_paragraphs_are_separated_by_blank_lines(page: tuple[str, Any, Any]) -> None:
    _, _, doc = page
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) >= 4
    assert all(p and p == p.strip() and "\n" not in p for p in paragraphs)


def test_byline_authors_are_credits_not_text() -> None:
    doc = load_document(FIXTURES / "regional_paper.html")
    assert doc.meta.authors == ("Anna Berger",)
    assert doc.meta.credits == ("Anna Berger",)
    assert "Von Anna Berger" not in doc.text
    doc = load_document(FIXTURES / "jsonld.html")
    assert doc.meta.author == "Dr. Miriam Albrecht"
    assert doc.meta.credits == ("Miriam Albrecht",)
    doc = load_document(FIXTURES / "magazine.html")
    assert doc.meta.credits == ("Lena Hoffmann", "Markus Weber")


def test_same_page_from_clipboard_text_and_bytes() -> None:
    raw = (FIXTURES / "amp.html").read_bytes()
    from_file = load_document(FIXTURES / "amp.html")
    from_bytes = document_from_bytes(raw, source="x")  # kind guessed from the bytes
    from_text = document_from_text(raw.decode("utf-8"), source="clipboard")
    assert from_file.text == from_bytes.text == from_text.text
    assert from_file.meta == from_bytes.meta == from_text.meta


def test_windows_1252_misread_as_latin1_would_break_lines() -> None:
    """0x85 is "…" in Windows-1252 but a line break (NEL) in Latin-1."""
    raw = (FIXTURES / "cp1252.html").read_bytes()
    assert b"\x85" in raw
    doc = load_document(FIXTURES / "cp1252.html")
    assert "Medizintechnik… Die" in doc.text
    assert "12 Millionen €" in doc.text


def test_page_without_an_article_falls_back_to_all_its_text(tmp_path: Path) -> None:
    page = tmp_path / "liste.html"
    page.write_text(
        "<html><head><title>Termine</title></head><body><nav>Start | Kontakt</nav>"
        "<ul><li>Montag: Stadtrat</li><li>Dienstag: Markt</li></ul></body></html>",
        encoding="utf-8",
    )
    doc = load_document(page)
    assert doc.text == "Montag: Stadtrat\n\nDienstag: Markt"
    assert doc.meta == DocumentMeta(title="Termine")


def test_fallback_drops_furniture_lines_and_reads_the_byline() -> None:
    markup = (
        "<html><body><h1>Kurz gemeldet</h1><p>Von Jana Beispiel</p><p>Lesezeit: 1 Min.</p>"
        "<p>Der Markt öffnet am Samstag.</p><p>Anzeige</p></body></html>"
    )
    text, meta = html_article(markup)
    assert text == "Kurz gemeldet\n\nDer Markt öffnet am Samstag."
    assert meta.authors == ("Jana Beispiel",)


def test_a_page_classed_entirely_as_furniture_keeps_its_article() -> None:
    """Layout classes like "has-sidebar" on the wrapper must not remove the article."""
    body = "".join(
        f"<p>Absatz {n}: Der Gemeinderat hat am Montag über den neuen Haushalt beraten.</p>"
        for n in range(8)
    )
    markup = (
        "<html><body><div class='layout has-sidebar'><h1>Haushalt beraten</h1>"
        f"{body}</div><div class='sidebar'>Wetter: 12 Grad</div></body></html>"
    )
    text, _ = html_article(markup)
    assert text.startswith("Haushalt beraten\n\nAbsatz 0:")
    assert "Absatz 7:" in text and "Wetter" not in text


@pytest.mark.parametrize(
    ("dated", "expected"),
    [
        ("", None),  # only "© 2026": no date, not 1 January 2026
        ('<p class="zeit">01.01.2026, 10:15 Uhr</p>', "2026-01-01"),
        ('<p class="zeit">1. Januar 2026</p>', "2026-01-01"),
        ('<p class="zeit">03.12.2026</p>', "2026-12-03"),
        # The date only in the article's address, as many news sites write it.
        ('<link rel="canonical" href="https://example.org/2026/01/01/bahnstreik/">',
         "2026-01-01"),
        ('<p class="zeit">1.1.2026</p>', "2026-01-01"),
    ],
)  # fmt: skip
def test_a_copyright_year_is_no_date(dated: str, expected: str | None) -> None:
    """Open URL of a page without a date showed "1 January 2026" from its footer."""
    markup = (
        "<html><body><div><h1>Bahnstreik legt Verkehr lahm</h1>" + dated + "<p>Ein Streik "
        "der Gewerkschaft hat am Donnerstag den Bahnverkehr in weiten Teilen Deutschlands "
        "zum Erliegen gebracht. Rund 80 Prozent der Fernzüge fielen aus.</p>"
        "<p>Pendler mussten auf Busse umsteigen.</p></div>"
        "<div><p>© 2026 Tagesblatt GmbH. Alle Rechte vorbehalten.</p></div></body></html>"
    )
    _text, meta = html_article(markup)
    assert meta.date == expected
