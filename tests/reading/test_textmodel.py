"""Offsets, UTF-16 positions, paragraph styles and the reader's index (app.reading.textmodel)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.reading.textmodel import CAPTION, HEADING, TITLE, Paragraphs, ReaderIndex, Utf16Map
from tests.reading.helpers import STORY, story_analysis


@given(st.text(alphabet=st.sampled_from(["a", "ß", "😀", "🇩", "\n", " ", "€"]), max_size=60))
def test_utf16_map_round_trips(text: str) -> None:
    mapping = Utf16Map.for_text(text)
    for offset in range(len(text) + 1):
        qt = mapping.to_qt(offset)
        assert qt == len(text[:offset].encode("utf-16-le")) // 2
        assert mapping.from_qt(qt) == offset


def test_utf16_inside_a_surrogate_pair_maps_to_that_character() -> None:
    mapping = Utf16Map.for_text("a😀b")
    assert mapping.to_qt(2) == 3
    assert mapping.from_qt(2) == 1  # the second half of the emoji


def test_paragraph_styles() -> None:
    paragraphs = Paragraphs.for_text(STORY)
    styles = dict(paragraphs.styles)
    lines = STORY.split("\n")
    assert styles[lines.index("Zwischenzeile ohne Punkt")] == HEADING
    assert styles[lines.index("Scholz in Berlin Foto: Max Muster/dpa")] == CAPTION
    assert 0 not in styles  # the first line is never a heading
    assert paragraphs.blank_separated
    assert paragraphs.blank == tuple(n for n, line in enumerate(lines) if not line.strip())
    assert paragraphs.block_of(STORY.index("Im Haus")) == 2


def test_the_first_line_is_the_title_only_when_the_document_names_it() -> None:
    # newuser34: a web page's headline read as a plain first paragraph
    text = "Hitzewelle: Landwirte fürchten Ernteausfälle\n\nDie Trockenheit setzt den Bauern zu.\n"
    styles = dict(Paragraphs.for_text(text, "Hitzewelle:  Landwirte fürchten Ernteausfälle").styles)
    assert styles == {0: TITLE}
    assert dict(Paragraphs.for_text(text).styles) == {}  # no title known: plain
    assert dict(Paragraphs.for_text(text, "Ein anderer Titel").styles) == {}
    # only the first line: the same words further down are not the title
    later = "Erster Absatz.\n\nHitzewelle: Landwirte fürchten Ernteausfälle\n"
    title = "Hitzewelle: Landwirte fürchten Ernteausfälle"
    assert TITLE not in dict(Paragraphs.for_text(later, title).styles).values()


def test_reader_index_lookups() -> None:
    analysis = story_analysis()
    index = ReaderIndex.build(analysis)
    haus = STORY.index("Haus")
    token = index.token_at(haus + 2)
    assert token is not None and index.token(token).text == "Haus"
    assert index.token_at(STORY.index(" besucht")) is None  # the space
    assert index.entity_at(STORY.index("Berlin")).label == "LOC"
    assert index.person(index.person_at(STORY.index("Scholz mit"))).name == "Olaf Scholz"
    assert index.person_at(STORY.index("Berlin")) is None
    first = index.next_word(None)
    assert index.token(first).text == "Der"
    assert index.token(index.next_word(first)).text == "Kanzler"
    assert index.next_word(first, -1) == first  # clamps at the start
    dot = next(i for i, t in enumerate(analysis.tokens) if t.text == ".")
    assert index.token(index.next_word(dot)).text == "Im"  # punctuation is skipped
    berlin = next(s for s in index.entity_spans if s.kind == "LOC")
    assert berlin.block == 0 and berlin.length == len("Berlin")
