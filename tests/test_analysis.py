"""analyze(): offsets map back exactly, long texts are chunked, results are immutable."""

from __future__ import annotations

import dataclasses
import gc
import itertools
import pickle

import pytest
import spacy
from hypothesis import example, given
from hypothesis import strategies as st
from spacy.language import Language

from app.analysis import (
    MAX_CHUNK_CHARS,
    Analysis,
    _mentions_inside,
    analyze,
    iter_chunks,
    reconcile_entities,
)
from app.core.results import ENTITY_LABELS, Entity, Person
from app.core.tokens import Token, TokenTable
from app.nlp import PipelineInfo, describe, load_pipeline_with_info


@pytest.fixture(scope="module")
def tokenizer_only() -> tuple[Language, PipelineInfo]:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp, describe(nlp, "test", None)


@pytest.fixture(scope="module")
def default_pipeline() -> tuple[Language, PipelineInfo]:
    return load_pipeline_with_info()


def check_invariants(text: str, result: Analysis) -> None:
    """Offsets index the text; tokens are in order and cover every non-space character."""
    assert result.text == text
    covered = [False] * len(text)
    for tok in result.tokens:
        assert 0 <= tok.start < tok.end <= len(text)
        assert text[tok.start : tok.end] == tok.text
        assert 0 <= tok.sentence < len(result.sentences)
        s = result.sentences[tok.sentence]
        assert s.start <= tok.start and tok.end <= s.end
        for i in range(tok.start, tok.end):
            covered[i] = True
    for a, b in itertools.pairwise(result.tokens):
        assert a.end <= b.start
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert covered[i], f"character {ch!r} at {i} is in no token"
    for a, b in itertools.pairwise(result.sentences):
        assert a.end <= b.start
    for ent in result.entities:
        assert 0 <= ent.start < ent.end <= len(text)
        assert text[ent.start : ent.end] == ent.text
        assert ent.label in ENTITY_LABELS
    for person in result.people:
        for start, end in person.mentions:
            assert 0 <= start < end <= len(text)


def test_sample_article(sample_text: str, default_pipeline: tuple[Language, PipelineInfo]) -> None:
    nlp, info = default_pipeline
    result = analyze(sample_text, nlp, info)
    check_invariants(sample_text, result)
    assert len(result.sentences) > 20
    assert result.model == info
    assert not result.notices  # it is German
    assert any(e.label == "PER" for e in result.entities)


def test_default_analyze_uses_active_pipeline(sample_text: str) -> None:
    result = analyze(sample_text[:300])
    assert result.model.name


def test_results_are_immutable(tokenizer_only: tuple[Language, PipelineInfo]) -> None:
    result = analyze("Ein kurzer Satz.", *tokenizer_only)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.tokens[0].lemma = "x"  # type: ignore[misc]
    assert isinstance(result.tokens, TokenTable)
    with pytest.raises(AttributeError):
        result.tokens.starts = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        result.tokens[0:1].texts[0] = "x"  # type: ignore[index]


def test_token_table_behaves_as_a_sequence_of_tokens() -> None:
    tokens = (
        Token(0, 3, "Ein", "ein", "DET", "", 0),
        Token(4, 9, "Satz.", "Satz", "NOUN", "Case=Nom", 0),
    )
    table = TokenTable.of(tokens)
    assert len(table) == 2 and list(table) == list(tokens)
    assert table[1] == tokens[1] and table[-1] == tokens[-1]
    assert table == tokens and tokens == table and table == TokenTable.of(table)
    assert table[1:] == tokens[1:] and isinstance(table[1:], TokenTable)
    assert hash(table) == hash(TokenTable.of(list(tokens)))
    assert table.texts == ("Ein", "Satz.") and table.sentence_ids == (0, 0)
    assert pickle.loads(pickle.dumps(table)) == table
    with pytest.raises(IndexError):
        table[2]
    with pytest.raises(ValueError):
        TokenTable((0,), (), (), (), (), (), ())


def test_analysis_tokens_stay_out_of_the_garbage_collector(
    tokenizer_only: tuple[Language, PipelineInfo],
) -> None:
    """A long article's tokens are columns the cyclic collector does not walk."""
    result = analyze("Ein kurzer Satz. " * 2000, *tokenizer_only)
    gc.collect()
    assert len(result.tokens) >= 6000
    assert all(not gc.is_tracked(column) for column in result.tokens._columns())


def test_paragraphs_start_new_sentences(tokenizer_only: tuple[Language, PipelineInfo]) -> None:
    text = "Überschrift ohne Punkt\n\nErster Absatz. Zweiter Satz.\nNoch eine Zeile"
    result = analyze(text, *tokenizer_only)
    check_invariants(text, result)
    starts = [text[s.start : s.end] for s in result.sentences]
    assert starts == [
        "Überschrift ohne Punkt",
        "Erster Absatz.",
        "Zweiter Satz.",
        "Noch eine Zeile",
    ]


def test_long_single_line_is_chunked_at_sentence_ends() -> None:
    sentence = "Der Minister sprach lange über den Haushalt. "
    line = sentence * (3 * MAX_CHUNK_CHARS // len(sentence))
    chunks = list(iter_chunks(line))
    assert len(chunks) >= 3
    assert "".join(chunk for _, chunk in chunks) == line
    for offset, chunk in chunks:
        assert len(chunk) <= MAX_CHUNK_CHARS
        assert line[offset : offset + len(chunk)] == chunk
        assert chunk.startswith("Der Minister")


def test_pathological_run_without_spaces_is_cut() -> None:
    line = "x" * (MAX_CHUNK_CHARS * 2 + 17)
    chunks = list(iter_chunks(line))
    assert "".join(c for _, c in chunks) == line
    assert all(len(c) <= MAX_CHUNK_CHARS for _, c in chunks)


def test_one_megabyte_line_offsets(tokenizer_only: tuple[Language, PipelineInfo]) -> None:
    sentence = "Die Kanzlerin traf in Paris den französischen Präsidenten. "
    line = (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000]
    result = analyze(line, *tokenizer_only)
    assert len(result.tokens) > 150_000
    assert all(line[t.start : t.end] == t.text for t in result.tokens)
    assert all(a.end <= b.start for a, b in itertools.pairwise(result.tokens))


def test_non_german_notice(tokenizer_only: tuple[Language, PipelineInfo]) -> None:
    english = "The quick brown fox jumps over the lazy dog while the farmer watches it all day."
    assert analyze(english, *tokenizer_only).notices
    german = "Der schnelle braune Fuchs springt über den faulen Hund, und der Bauer sieht zu."
    assert not analyze(german, *tokenizer_only).notices


def test_empty_and_blank_text(tokenizer_only: tuple[Language, PipelineInfo]) -> None:
    for text in ("", "   ", "\n\n\n"):
        result = analyze(text, *tokenizer_only)
        assert result.tokens == () and result.entities == () and result.people == ()


ODD_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(
            ["\n", " ", "\u00a0", "\u200f", "\u202e", "\u0301", "\x00", "ß", "Ä", "(", ")", "-"]
        ),
    ),
    max_size=400,
)


@given(ODD_TEXT)
def test_arbitrary_unicode_keeps_offsets(text: str) -> None:
    nlp, info = load_pipeline_with_info("leselupe_rules")
    check_invariants(text, analyze(text, nlp, info))


GERMANISH = st.lists(
    st.sampled_from(
        [
            "Der", "die", "Präsident", "Angela", "Merkel", "(67)", "sagte", ",", ".", "am",
            "Montag", "in", "Berlin", "Foto:", "Max", "Mustermann/dpa", "Ex-Ministerin",
            "Jong-un", "von", "der", "Leyen", "(SPD)", "61-Jährige", "\n\n", "„", "“", "3:1",
        ]
    ),
    max_size=80,
).map(" ".join)  # fmt: skip


@given(GERMANISH)
@example("sagte , Der")  # an article that ends the text after a verb of saying (IndexError)
def test_germanish_text_keeps_offsets(text: str) -> None:
    nlp, info = load_pipeline_with_info("leselupe_rules")
    check_invariants(text, analyze(text, nlp, info))


def test_person_entities_are_the_people_mentions(
    sample_text: str, default_pipeline: tuple[Language, PipelineInfo]
) -> None:
    result = analyze(sample_text, *default_pipeline)
    per = {(e.start, e.end) for e in result.entities if e.label == "PER"}
    mentions = {span for p in result.people for span in p.mentions}
    assert per == mentions
    assert "(" not in "".join(e.text for e in result.entities if e.label == "PER")
    for a, b in itertools.pairwise(result.entities):
        assert a.end <= b.start, (a, b)


def test_a_surname_inside_a_firm_with_a_legal_form_keeps_the_firm() -> None:
    # made up: the firm's name holds the surname of a person named elsewhere
    text = "Die Anton Kriegelstein GmbH baut Brücken. Jana Kriegelstein leitet sie."
    firm = Entity(4, 28, "ORG", "Anton Kriegelstein GmbH")
    person = Person("Jana Kriegelstein", (), None, None, False, ((10, 22), (42, 59)))
    shown = reconcile_entities(text, [firm], (person,))
    assert [(e.text, e.label) for e in shown] == [
        ("Anton Kriegelstein GmbH", "ORG"),
        ("Jana Kriegelstein", "PER"),
    ]
    # no legal form: the person's mention still wins over the model's span
    shop = Entity(4, 22, "ORG", "Anton Kriegelstein")
    text2 = "Die Anton Kriegelstein baut Brücken. Jana Kriegelstein leitet sie."
    person2 = Person("Jana Kriegelstein", (), None, None, False, ((10, 22), (37, 54)))
    shown2 = reconcile_entities(text2, [shop], (person2,))
    assert [(e.text, e.label) for e in shown2] == [
        ("Kriegelstein", "PER"),
        ("Jana Kriegelstein", "PER"),
    ]


def test_a_firm_named_after_its_founder_or_of_two_names_keeps_the_firm() -> None:
    # made up (ents37): the founder is a person of the text too; right after a noun of a
    # firm's kind that names no person the name is the firm, not his mention
    text = "Das Möbelhaus Anton Kriegelstein wird 100. Gründer war Anton Kriegelstein."
    firm = Entity(14, 32, "ORG", "Anton Kriegelstein")
    person = Person("Anton Kriegelstein", (), None, None, False, ((14, 32), (55, 73)))
    shown = reconcile_entities(text, [firm], (person,))
    assert [(e.text, e.label) for e in shown] == [
        ("Anton Kriegelstein", "ORG"),
        ("Anton Kriegelstein", "PER"),
    ]
    # "&" joins two names of one firm: a surname inside it is no person there
    text2 = "Die Armaturenfabrik Kriegel & Holm wächst. Inhaber ist Jan Kriegel."
    firm2 = Entity(20, 34, "ORG", "Kriegel & Holm")
    person2 = Person("Jan Kriegel", (), None, None, False, ((20, 27), (55, 66)))
    shown2 = reconcile_entities(text2, [firm2], (person2,))
    assert [(e.text, e.label) for e in shown2] == [
        ("Kriegel & Holm", "ORG"),
        ("Jan Kriegel", "PER"),
    ]
    # a role noun is no firm's kind: the person's mention wins
    text3 = "Der Unternehmer Anton Kriegelstein wird 70."
    firm3 = Entity(16, 34, "ORG", "Anton Kriegelstein")
    person3 = Person("Anton Kriegelstein", (), None, None, False, ((16, 34),))
    shown3 = reconcile_entities(text3, [firm3], (person3,))
    assert [(e.text, e.label) for e in shown3] == [("Anton Kriegelstein", "PER")]


def test_an_age_after_a_name_after_a_firms_kind_keeps_the_person() -> None:
    # made up (rev_ents37): "(61)" after the name is a person's age, so the person's
    # mention wins over an organisation the pipeline put there
    text = "Der Geigenhersteller Anton Kriegelstein (61) stellte seine Geige vor."
    firm = Entity(21, 39, "ORG", "Anton Kriegelstein")
    person = Person("Anton Kriegelstein", (), 61, None, False, ((21, 39),))
    shown = reconcile_entities(text, [firm], (person,))
    assert [(e.text, e.label) for e in shown] == [("Anton Kriegelstein", "PER")]
    # a headline ends at the line break: the name below it is no firm's
    text2 = "Großbrand in Spedition\nAnton Kriegelstein war vor Ort."
    firm2 = Entity(23, 41, "ORG", "Anton Kriegelstein")
    person2 = Person("Anton Kriegelstein", (), None, None, False, ((23, 41),))
    shown2 = reconcile_entities(text2, [firm2], (person2,))
    assert [(e.text, e.label) for e in shown2] == [("Anton Kriegelstein", "PER")]


_SPANS = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 10)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=6,
)


@given(firms=_SPANS, mentions=_SPANS)
def test_firm_cover_agrees_with_a_scan_of_every_firm(
    firms: list[tuple[int, int]], mentions: list[tuple[int, int]]
) -> None:
    # hook_ui37 / hook_dict37: reconcile_entities finds the mentions inside a firm by
    # bisection; it must hide exactly the mentions a scan of every firm hides
    text = " " * 50  # no word before any span: no founder firm
    ents = [Entity(s, e, "ORG", "Anton Kriegel GmbH") for s, e in firms]
    people = tuple(Person("A B", (), None, None, False, (m,)) for m in mentions)
    shown = {(e.start, e.end) for e in reconcile_entities(text, ents, people) if e.label == "PER"}
    assert shown == {
        (s, e)
        for s, e in mentions
        if not any(fs <= s and e <= fe and e - s < fe - fs for fs, fe in firms)
    }
    inside = _mentions_inside(sorted(mentions), ents, shorter=False)
    for s, e in mentions:
        assert ((s, e) in inside) == any(fs <= s and e <= fe for fs, fe in firms)


def test_no_sentence_ends_without_final_punctuation() -> None:
    """A sentence splitter that cuts "Oberbürgermeister" off the sentence it begins is
    overruled: sentences end at . ! ? … : ; a closing quote or a line break."""
    nlp = spacy.blank("de")

    @Language.component("leselupe_test_bad_splitter")
    def bad_splitter(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
        for i, tok in enumerate(doc):
            tok.is_sent_start = i == 0 or doc[i - 1].text in {".", "Oberbürgermeister"}
        return doc

    nlp.add_pipe("leselupe_test_bad_splitter")
    text = "Er starb. Oberbürgermeister Lars Henkel würdigte ihn.\nTitel ohne Punkt\nText."
    result = analyze(text, nlp, describe(nlp, "test", None))
    assert [text[s.start : s.end] for s in result.sentences] == [
        "Er starb.",
        "Oberbürgermeister Lars Henkel würdigte ihn.",
        "Titel ohne Punkt",
        "Text.",
    ]


@pytest.mark.parametrize(
    ("before", "word", "following", "closes"),
    [
        ([",", "51."], "Die", "Theologin", True),
        ([",", "44."], "Er", "folgt", True),
        ([",", "48."], "Feng", ",", True),
        (["am", "51."], "Die", "Theologin", False),  # no comma before: an ordinal
        ([",", "5."], "Mai", ",", False),  # "Freitag, 5. Mai, um …": a date
        ([",", "3."], "Liga", ",", False),  # a noun
        ([",", "51."], "Die", "schon", False),
        ([",", "1999."], "Die", "Theologin", False),  # a year, no age
    ],
)
def test_an_age_apposition_closes_its_sentence_people33(
    before: list[str], word: str, following: str, closes: bool
) -> None:
    from app.analysis import _age_closes_sentence

    assert _age_closes_sentence(before, word, following) is closes


def test_an_opening_straight_quote_begins_its_sentence_newuser37() -> None:
    """A splitter that starts the sentence at "Wir" in '… gestiegen. "Wir können …'
    left the quote at the end of the previous sentence (and in its translation)."""
    nlp = spacy.blank("de")

    @Language.component("leselupe_test_quote_splitter")
    def quote_splitter(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
        for i, tok in enumerate(doc):
            after_stop = i >= 1 and doc[i - 1].text in {".", ":"} and doc[i].text != '"'
            after_quote = i >= 2 and doc[i - 2].text in {".", ":"} and doc[i - 1].text == '"'
            tok.is_sent_start = i == 0 or after_stop or after_quote
        return doc

    nlp.add_pipe("leselupe_test_quote_splitter")
    text = 'Sie sind gestiegen. "Wir können nicht", sagte er. Das Wort "Wende" ging. Er: "Ja."'
    result = analyze(text, nlp, describe(nlp, "test", None))
    sentences = [text[s.start : s.end] for s in result.sentences]
    assert sentences == [
        "Sie sind gestiegen.",
        '"Wir können nicht", sagte er.',
        'Das Wort "Wende" ging.',
        "Er:",
        '"Ja."',
    ]
    for token, sentence_id in zip(result.tokens, result.tokens.sentence_ids, strict=True):
        s = result.sentences[sentence_id]
        assert s.start <= token.start and token.end <= s.end


def test_a_roman_ordinal_after_an_article_ends_no_sentence() -> None:
    """people37p: "Der Vorsitzende Richter des VIII. Senats, A," is one sentence; a
    Roman numeral after a name may still end one ("Papst Benedikt XVI. Der Papst")."""
    from app.analysis import _may_end_sentence

    text = "Der Richter des VIII. Senats sprach."
    dot = text.index(".") + 1
    assert not _may_end_sentence(text, dot, dot + 1)
    text = "Er traf Benedikt XVI. Der Papst lobte ihn."
    dot = text.index(".") + 1
    assert _may_end_sentence(text, dot, dot + 1)
