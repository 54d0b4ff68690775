"""The Qt-free parts of the window: offsets, word index, readable grammar, card text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.dictionary import CompoundPart, WordInfo
from app.ui.describe import (
    HtmlStyle,
    InfoCache,
    WordDescriber,
    card_text,
    panel_html,
    readable_morph,
    readable_pos,
    tooltip_html,
)
from app.ui.textmodel import CAPTION, HEADING, Paragraphs, ReaderIndex, Utf16Map
from tests.ui.ui_helpers import STORY, fake_lookup, story_analysis

STYLE = HtmlStyle(text="#000", muted="#666", accent="#00f", entity={"PER": "#D55E00"})


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


def test_readable_grammar() -> None:
    assert readable_pos("NOUN") == "noun"
    assert readable_pos("ADP") == "preposition"
    assert readable_morph("Case=Nom|Gender=Fem|Number=Sing") == "singular, nominative, feminine"
    assert (
        readable_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
        == "3rd person, singular, present, indicative"
    )
    assert readable_morph("") == ""
    assert readable_morph("Case=Acc,Dat") == "accusative, dative"


def test_cards_and_html() -> None:
    analysis = story_analysis()
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(fake_lookup))
    token = next(i for i, t in enumerate(analysis.tokens) if t.text == "Militärbündnis")
    card = describer.card(token)
    assert describer.card(token) is card  # cached
    assert card.article == "das" and card.gender == "neuter" and card.pos == "noun"
    tip = tooltip_html(card, STYLE, translation="The military alliance holds.")
    assert "das Militärbündnis" in tip and "plural Militärbündnisse" in tip
    assert "military" in tip and "The military alliance holds." in tip
    panel = panel_html(card, STYLE, analysis.sentence_text(card.sentence))
    assert "Es gibt keinen Zweifel" in panel
    text = card_text(card, "Satz.")
    assert text.splitlines()[0] == "Militärbündnis"
    assert "Militär (military) + bündnis (alliance)" in text
    scholz = next(i for i, t in enumerate(analysis.tokens) if t.text == "Scholz")
    person = describer.card(scholz)
    assert person.person is not None and person.person.age == 66
    assert "Kanzler, 66 years" in tooltip_html(person, STYLE)
    assert "&lt;b&gt;" in tooltip_html(
        describer.card(token).__class__(**{**_fields(card), "word": "<b>"}), STYLE
    )


def _fields(card: object) -> dict[str, object]:
    return {name: getattr(card, name) for name in card.__slots__}  # type: ignore[attr-defined]


def test_info_cache_survives_a_failing_dictionary() -> None:
    calls: list[str] = []

    def broken(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        calls.append(word)
        raise RuntimeError("database is locked")

    cache = InfoCache(broken, size=2)
    assert cache.get("Haus", "Haus", "NOUN", "").glosses == ()
    cache.get("Haus", "Haus", "NOUN", "")
    assert calls == ["Haus"]
    for word in ("a", "b", "c"):
        cache.get(word, word, "", "")
    cache.get("Haus", "Haus", "NOUN", "")
    assert calls.count("Haus") == 2  # evicted, looked up again


def test_compound_only_entry() -> None:
    info = WordInfo(
        word="Raketentests",
        lemma="Raketentest",
        compound=(
            CompoundPart("Raketen", "Rakete", ("rocket",)),
            CompoundPart("tests", "Test", ("test",)),
        ),
    )
    analysis = story_analysis()
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(lambda *a: info))
    card = describer.card(0)
    assert "no dictionary entry" not in tooltip_html(card, STYLE)
    assert "rocket" in tooltip_html(card, STYLE)


def test_verb_cards_ask_with_their_frame_and_particles_name_their_verb() -> None:
    from app.analysis import analyze

    analysis = analyze(
        "Das Unternehmen rechnet mit einer Erholung. Die Regierung kündigte neue Hilfen an."
    )
    calls: list[tuple[str, str, str]] = []

    def recording(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        calls.append((word, lemma, frame))
        return fake_lookup(word, lemma, pos, morph, frame)

    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(recording))
    where = {t.text: i for i, t in enumerate(analysis.tokens)}
    describer.card(where["rechnet"])
    assert ("rechnet", "rechnen", "mit") in calls
    card = describer.card(where["an"])
    assert card.pos == "particle of a separable verb" and card.lemma == "ankündigen"


def test_verb_card_names_the_construction_its_clause_uses() -> None:
    from app.analysis import analyze

    analysis = analyze("Das Unternehmen rechnet mit einer Erholung. Er rechnet schnell.")

    def framed(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        head = "mit etw. rechnen" if "mit" in frame.split() else "rechnen"
        return WordInfo(word=word, lemma=lemma, pos=pos, headword=head, glosses=("x",))

    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(framed))
    first, second = (i for i, t in enumerate(analysis.tokens) if t.text == "rechnet")
    assert describer.card(first).lemma == "mit etw. rechnen"
    assert describer.card(second).lemma == "rechnen"
