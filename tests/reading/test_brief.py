"""The briefing on an article (app.reading.brief): its content and its three formats."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from app.core.results import NamedEntity, Quote
from app.document import Document, DocumentMeta
from app.reading.brief import (
    Briefing,
    briefing_html,
    briefing_json,
    briefing_markdown,
    make_briefing,
    render,
)
from tests.reading.helpers import STORY, make_analysis, story_analysis

QUOTE_TEXT = "Es gibt keinen Zweifel an den Spannungen"


def analysis():  # type: ignore[no-untyped-def]
    base = story_analysis()
    start = STORY.index(QUOTE_TEXT)
    berlin = [(i, i + 6) for i in (STORY.index("Berlin"), STORY.rindex("Berlin"))]
    un = STORY.index("Vereinten Nationen")
    return replace(
        base,
        quotes=(
            Quote(start, start + len(QUOTE_TEXT), QUOTE_TEXT, "indirect", "Olaf Scholz",
                  (start + len(QUOTE_TEXT) + 7, start + len(QUOTE_TEXT) + 13), "person"),
            Quote(0, 3, "Der", "direct", None, None, None),
        ),
        places=(NamedEntity("Berlin", "LOC", tuple(berlin), ("Berlin",)),),
        organisations=(
            NamedEntity("Vereinte Nationen", "ORG", ((un, un + 18),), ("Vereinten Nationen",)),
        ),
    )  # fmt: skip


DOC = Document(
    text=STORY,
    source="https://zeitung.example/a",
    encoding="utf-8",
    kind="html",
    meta=DocumentMeta(
        title="Scholz in Berlin <live>",
        authors=("Anna Berger",),
        date="2024-05-16",
        site="Der Tagesbote",
        url="https://zeitung.example/a",
    ),
)


def fake_translate(texts: Sequence[str]) -> list[str | None]:
    return [None if "Spannungen" in t and len(t) < 45 else f"EN<{t}>" for t in texts]


@pytest.fixture
def briefing() -> Briefing:
    return make_briefing(DOC, analysis(), fake_translate, why_missing="online access is off")


def test_content(briefing: Briefing) -> None:
    assert (briefing.title, briefing.date, briefing.site) == (
        "Scholz in Berlin <live>",
        "2024-05-16",
        "Der Tagesbote",
    )
    assert [p.name for p in briefing.people] == ["Olaf Scholz", "Annalena Baerbock"]  # no credit
    scholz = briefing.people[0]
    assert (scholz.roles, scholz.age, scholz.mentions) == (("Kanzler",), 66, 4)
    assert [(q.speaker, q.kind, q.translation) for q in briefing.quotes] == [
        (None, "direct", "EN<Der>"),
        ("Olaf Scholz", "indirect", None),
    ]
    assert [(e.name, e.count) for e in briefing.places] == [("Berlin", 2)]
    assert [(e.name, e.count) for e in briefing.organisations] == [("Vereinte Nationen", 1)]
    assert briefing.sentences is None
    assert briefing.notes == ("1 of 2 quotes have no translation (online access is off)",)


def test_sentence_by_sentence_translation() -> None:
    b = make_briefing(DOC, analysis(), fake_translate, with_sentences=True)
    assert b.sentences is not None
    assert b.sentences[0] == (
        "Der Kanzler Olaf Scholz (66) besucht Berlin.",
        "EN<Der Kanzler Olaf Scholz (66) besucht Berlin.>",
    )
    untranslated = make_briefing(DOC, analysis(), None, with_sentences=True)
    assert untranslated.sentences is not None
    assert all(t is None for _, t in untranslated.sentences)
    assert "sentences have no translation" in untranslated.notes[-1]


def test_json(briefing: Briefing) -> None:
    data = json.loads(render(briefing, "json"))
    assert data == briefing_json(briefing)
    assert set(data) == {
        "source", "title", "date", "site", "author", "url", "people", "quotes",
        "organisations", "places", "sentences", "notes",
    }  # fmt: skip
    assert data["people"][0] == {
        "name": "Olaf Scholz", "roles": ["Kanzler"], "age": 66, "party": None, "mentions": 4,
    }  # fmt: skip
    quote = data["quotes"][1]
    assert quote["text"] == QUOTE_TEXT and quote["speaker"] == "Olaf Scholz"
    assert quote["kind"] == "indirect" and quote["translation"] is None
    berlin = [[STORY.index("Berlin"), STORY.index("Berlin") + 6]]
    berlin.append([STORY.rindex("Berlin"), STORY.rindex("Berlin") + 6])
    assert data["places"] == [
        {"name": "Berlin", "count": 2, "mentions": berlin, "forms": ["Berlin"]}
    ]
    assert quote["speaker_kind"] == "person" and quote["speaker_mention"] is not None


def test_markdown(briefing: Briefing) -> None:
    md = briefing_markdown(briefing)
    assert md.startswith("# Briefing: Scholz in Berlin \\<live\\>\n")
    assert "- **Date:** 2024-05-16" in md and "- **By:** Anna Berger" in md
    assert "| Olaf Scholz | Kanzler | 66 | – | 4 |" in md
    assert f"- **Olaf Scholz** *(reported)*: {QUOTE_TEXT}" in md
    assert "- **unknown speaker**: „Der“\n  - *EN\\<Der\\>*" in md
    assert "- **Vereinte Nationen** — 1 mention (also: Vereinten Nationen)" in md
    assert "- **Berlin** — 2 mentions" in md
    assert md.rstrip().endswith("(online access is off).*")
    assert render(briefing, "md") == md


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html(briefing: Briefing) -> None:
    page = briefing_html(briefing)
    parsed = _Collect()
    parsed.feed(page)
    text = " ".join(parsed.text)
    assert "<live>" not in page and "&lt;live&gt;" in page  # escaped
    assert "script" not in parsed.tags and "img" not in parsed.tags and "link" not in parsed.tags
    assert "Scholz in Berlin <live>" in text
    assert "Who said what (2)" in text and QUOTE_TEXT in text and "EN<Der>" in text
    assert "Organisations (1)" in text and "Places (1)" in text and "2 mentions" in text
    assert render(briefing, "html") == page


def test_an_article_without_anything() -> None:
    doc = Document(text="Nichts.", source="leer.txt", encoding="utf-8", kind="text")
    b = make_briefing(doc, make_analysis("Nichts."), fake_translate)
    md = briefing_markdown(b)
    assert "No people found." in md and "No quotes found." in md and "No places found." in md
    assert "No people found." in briefing_html(b)
    assert briefing_json(b)["quotes"] == []
