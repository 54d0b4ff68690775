"""Metadata of pages and texts: dates, bylines, JSON-LD variants, titles, credits."""

from __future__ import annotations

import pytest

from app.document import DocumentMeta, document_from_text, markdown_title, text_title
from app.document.boilerplate import byline_names, date_line, is_boilerplate_line
from app.document.meta import iso_date
from tests.helpers import REPO

BODY = "".join(
    f"<p>Absatz {n}: Der Gemeinderat hat am Montag lange über den neuen Haushalt beraten.</p>"
    for n in range(6)
)


def page_meta(head: str, body: str = "") -> DocumentMeta:
    markup = f"<html><head>{head}</head><body><h1>Haushalt beraten</h1>{body}{BODY}</body></html>"
    return document_from_text(markup, kind="html").meta


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-05-16T18:42:00+02:00", "2024-05-16"),
        ("2024-06-03T23:30:00.000Z", "2024-06-03"),  # the publisher's day, not converted
        ("2024-1-5", "2024-01-05"),
        ("16.05.2024, 18.42 Uhr", "2024-05-16"),
        ("Stand: 12.03.2024 14:05 Uhr", "2024-03-12"),
        ("4. November 2023", "2023-11-04"),
        ("Donnerstag, 14. März 2024", "2024-03-14"),
        ("2024-13-40", None),
        ("1970-01-01", None),
        ("gestern", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, iso: str | None) -> None:
    assert iso_date(value) == iso


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Anna Berger", ("Anna Berger",)),
        ("Von Tobias Kranz, RM", ("Tobias Kranz",)),
        ("Von Felix Grünewald und Derya Aksoy", ("Felix Grünewald", "Derya Aksoy")),
        ("Von Lena Hoffmann, Markus Weber und Jan Ole Schmidt",
         ("Lena Hoffmann", "Markus Weber", "Jan Ole Schmidt")),
        ("Von Thomas Ebeling und Aylin Demir · 22. August 2024", ("Thomas Ebeling", "Aylin Demir")),
        ("Ein Kommentar von Henrike Brüning", ("Henrike Brüning",)),
        ("Von Ursula von der Leyen, Brüssel", ("Ursula von der Leyen",)),
        ("Von Dr. Miriam Albrecht", ("Dr. Miriam Albrecht",)),
        # newuser34: a time after the date's comma and a reading time lost the byline
        ("Von Jonas Beck | 03.12.2026, 18:04 Uhr | Lesezeit: 3 Minuten", ("Jonas Beck",)),
        ("Von Jonas Beck, 18.04 Uhr", ("Jonas Beck",)),
        ("Von Jonas Beck | Lesezeit: 12 Min.", ("Jonas Beck",)),
        ("Von Jonas Beck | drei Wochen später", None),
        ("Von Berlin aus fuhr er weiter.", None),
        ("Von Montag an gilt die neue Regel.", None),
        ("Von Anna Berger stammt die Idee.", None),
        ("Vonovia erhöht die Mieten", None),
        ("Anna Berger", None),
    ],
)  # fmt: skip
def test_byline_names(line: str, names: tuple[str, ...] | None) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Anzeige", "Werbung:", "Mehr zum Thema", "Mehr zu diesem Thema:",
        "Mehr zum Thema: Nebenkosten sparen · Mieterhöhung: Was ist erlaubt?",
        "Das könnte Sie auch interessieren", "Lesen Sie auch", "Lesezeit: 4 Min.",
        "Lesezeit ca. 3 Minuten", "3 Min. Lesezeit",
        "29.09.2024 · Paul Seidel · Lesedauer 3 Minuten",
        "Artikel teilen", "Teilen:", "32 Kommentare", "Kommentare (7)", "Zu den Kommentaren",
        "© 2024 Der Tagesbote Verlag GmbH",
        "Newsletter: Jeden Freitag die wichtigsten Tipps – jetzt kostenlos abonnieren!",
        "Stand: 12.03.2024 14:05 Uhr", "Veröffentlicht am 03.04.2024 um 17:15 Uhr",
        "Donnerstag, 14. März 2024", "dpa kb/fr yyzz", "Automatisch aktualisieren: an",
    ],
)  # fmt: skip
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Anzeige gegen Unbekannt wurde erstattet.",
        "Die Werbung für das Konzert lief seit Wochen.",
        "Mehr als 1.200 Helfer füllten Sandsäcke.",
        "Teilen sich Bund und Land die Kosten, bleibt für die Gemeinde wenig.",
        "Der Newsletter des Ministeriums erschien am Montag mit neuen Zahlen.",
        "Am 12.03.2024 trat das Gesetz in Kraft.",
        "Kommentare in sozialen Netzwerken fielen harsch aus.",
    ],
)
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_date_line() -> None:
    assert date_line("Stand: 12.03.2024 14:05 Uhr") == "12.03.2024 14:05 Uhr"
    assert date_line("Am 12.03.2024 trat das Gesetz in Kraft.") is None


def test_json_ld_author_variants() -> None:
    article = '"@context":"https://schema.org","@type":"NewsArticle","headline":"Haushalt beraten"'
    for author, expected in [
        ('"author":"Anna Berger"', ("Anna Berger",)),
        ('"author":["Anna Berger","Jan Ole Schmidt"]', ("Anna Berger", "Jan Ole Schmidt")),
        ('"author":{"@type":"Organization","name":"dpa"}', ("dpa",)),
        ('"author":"https://example.org/autor/anna"', ()),
    ]:
        head = f'<script type="application/ld+json">{{{article},{author}}}</script>'
        assert page_meta(head).authors == expected, author


def test_json_ld_in_cdata_and_broken_json() -> None:
    head = (
        '<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle",'
        '"datePublished":"2024-02-01"}\n//]]></script>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    )
    assert page_meta(head).date == "2024-02-01"


def test_site_name_is_stripped_from_the_title() -> None:
    head = (
        '<meta property="og:title" content="Haushalt beraten | Kreisbote">'
        '<meta property="og:site_name" content="Kreisbote">'
    )
    meta = page_meta(head)
    assert (meta.title, meta.site) == ("Haushalt beraten", "Kreisbote")


def test_only_web_addresses_count_as_url() -> None:
    assert page_meta('<link rel="canonical" href="/politik/haushalt">').url is None
    assert page_meta('<link rel="canonical" href="javascript:alert(1)">').url is None
    head = '<meta property="og:url" content="https://www.kreisbote.example/haushalt">'
    assert page_meta(head).url == "https://www.kreisbote.example/haushalt"


def test_a_host_name_is_not_a_site_name() -> None:
    head = '<link rel="canonical" href="https://www.kreisbote.example/haushalt">'
    assert page_meta(head).site is None


def test_credits_and_json() -> None:
    meta = DocumentMeta(
        title="T", authors=("Prof. Dr. Jan Ole Schmidt", "Dipl.-Ing. Eva Roth", "dpa"), date=None
    )
    assert meta.credits == ("Jan Ole Schmidt", "Eva Roth", "dpa")
    assert meta.as_json() == {
        "title": "T",
        "author": "Prof. Dr. Jan Ole Schmidt, Dipl.-Ing. Eva Roth, dpa",
        "date": None,
        "site": None,
        "url": None,
    }
    assert DocumentMeta().as_json() == dict.fromkeys(("title", "author", "date", "site", "url"))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Stadtrat streitet über Parkgebühren\n\nDas Anwohnerparken soll teurer werden.",
         "Stadtrat streitet über Parkgebühren"),
        ("Wer zahlt die Rechnung?\n\nDie Kosten steigen.", "Wer zahlt die Rechnung?"),
        ("Die Regierung hat ein Paket beschlossen.\n\nKritiker bemängeln es.", None),
        ("Nur eine Zeile ohne Rest", None),
        ("Liste:\n- eins\n- zwei", None),
        ("  \n\nÜberschrift mit Leerzeilen davor  \n\nText.", "Überschrift mit Leerzeilen davor"),
        (" ".join(["Wort"] * 25) + "\n\nText.", None),
    ],
)  # fmt: skip
def test_text_title(text: str, title: str | None) -> None:
    assert text_title(text) == title
    assert document_from_text(text, kind="text").meta.title == title


def test_text_titles_of_the_news_fixtures() -> None:
    fixtures = REPO / "tests" / "fixtures"
    title = text_title((fixtures / "news_holdout10_de.txt").read_text(encoding="utf-8"))
    assert title == "Stadtwerke bauen Großspeicher für Solarstrom"
    assert text_title((fixtures / "news_de.txt").read_text(encoding="utf-8")) is None
    sample = (REPO / "resources" / "sample" / "article.txt").read_text(encoding="utf-8")
    assert text_title(sample) is None  # a long teaser sentence, not a headline


def test_markdown_title() -> None:
    assert markdown_title("# Die **neue** Brücke\n\nText folgt.") == "Die neue Brücke"
    assert markdown_title("Einleitung.\n\n# Später\n\nText.") is None
    assert markdown_title("## Unterzeile\n\nText.") == "Unterzeile"
    doc = document_from_text("# Titel\n\nText.", kind="markdown")
    assert doc.meta.title == "Titel" and doc.text == "Titel\n\nText."
