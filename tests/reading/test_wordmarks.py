"""The learner's marks of one article, without Qt."""

from __future__ import annotations

from collections.abc import Callable

from app.reading.lookups import InfoCache
from app.reading.textmodel import Paragraphs, ReaderIndex, Utf16Map
from app.reading.wordmarks import ArticleWords, build_article_words, mark_kind
from app.vocab.status import IGNORED, KNOWN, NEW, WordStatus, learning
from tests.reading.helpers import fake_lookup, learner_analysis

TEXT = "Maria ging nach Hause.\nDie Häuser sind alt, das Haus geht.\n"


def words_of(text: str = TEXT) -> ArticleWords:
    analysis = learner_analysis(text, entities=[("Maria", "PER")])
    index = ReaderIndex.build(analysis, Utf16Map.for_text(text), Paragraphs.for_text(text))
    infos = InfoCache(fake_lookup)
    return build_article_words(index, infos.fetch)


def statuses(found: dict[str, WordStatus]) -> Callable[[str], WordStatus]:
    return lambda lemma: found.get(lemma, NEW)


def test_mark_kinds() -> None:
    assert mark_kind(NEW) == "new"
    assert mark_kind(learning(3)) == "learning3"
    assert mark_kind(KNOWN) is None
    assert mark_kind(IGNORED) is None


def test_lemmas_of_tokens_names_and_punctuation_have_none() -> None:
    words = words_of()
    # Maria ging nach Hause .
    assert list(words.lemmas[:5]) == [None, "gehen", "nach", "Hause", None]
    assert len(words.tokens_of("gehen")) == 2  # "ging" and "geht"
    assert len(words.tokens_of("Haus")) == 2  # "Häuser" and "Haus"
    assert words.lemma_of(-1) is None and words.lemma_of(10_000) is None


def test_marks_summary_and_remaining() -> None:
    words = words_of()
    marks = words.marks(statuses({"gehen": learning(2), "Haus": KNOWN}))
    assert marks[words.tokens_of("gehen")[0]] == "learning2"
    assert words.tokens_of("Haus")[0] not in marks
    summary = words.summary(statuses({"Haus": KNOWN, "alt": IGNORED}))
    running = sum(1 for lemma in words.lemmas if lemma is not None)
    assert summary.running_words == running - 1  # the ignored word does not count
    assert summary.known_words == 2
    assert summary.text().startswith(f"Known {2 / (running - 1):.0%} of words")
    remaining = words.remaining_new(statuses({"gehen": learning(1)}))
    assert "gehen" not in remaining and remaining["Haus"] == KNOWN


def test_new_entries_ranked_by_count_then_frequency() -> None:
    words = words_of("Das Haus und das Haus. Ein Xylophon und ein Haus.\n")
    entries = words.new_entries(statuses({}))
    assert [e.lemma for e in entries[:1]] == ["Haus"]
    assert entries[0].count == 3
    assert entries[0].first_token == 1
    content = [e for e in entries if not e.function_word]
    counts = [e.count for e in content]
    assert counts == sorted(counts, reverse=True)
    ones = [e for e in content if e.count == 1]
    assert ones[-1].lemma == "Xylophon"  # rare: last among the words seen once
    assert ones[-1].band == "rare"
    assert entries[0].gloss == "house"
    assert "Haus" not in [e.lemma for e in words.new_entries(statuses({"Haus": KNOWN}))]


def test_function_words_come_after_content_words() -> None:
    # "das" and "und" are the most frequent words here, yet a learner reading the list
    # before the article needs "Haus" and "Xylophon" first.
    words = words_of("Das Haus und das Dach und das Tor. Ein Xylophon.\n")
    entries = words.new_entries(statuses({}))
    kinds = [e.function_word for e in entries]
    assert kinds == sorted(kinds)  # all content words first
    assert {e.lemma for e in entries if e.function_word} >= {"und"}
    assert entries[0].lemma in {"Haus", "Dach", "Tor", "Xylophon"}


def test_article_and_plural_from_the_dictionary() -> None:
    words = words_of("Das Militärbündnis hält.\n")
    entry = words.entries["Militärbündnis"]
    assert entry.headword == "das Militärbündnis"
    assert entry.plural == "Militärbündnisse"
