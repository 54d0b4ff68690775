"""The learner's marks in one article: which tokens show which lemma's status.

:func:`build_article_words` (a worker thread; it looks every word up in the
dictionary) finds, for every token that can carry a status (not a name, not
punctuation or a number: :func:`app.vocab.marks.markable`), the lemma the word
card shows (:func:`app.vocab.marks.card_lemma`), and for each lemma its first
occurrence, its count, its frequency rank and what the pre-reading list shows
(article, plural, first gloss). :class:`ArticleWords` then answers on the UI
thread, from the vocabulary's in-memory statuses: the mark of a token
(:func:`mark_kind`), the tokens a lemma's change repaints, the share of running
words known, the new lemmas ranked for the pre-reading list, and the changes
that "Mark remaining new words known" makes. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.dictionary import WordInfo
from app.reading.cards import ARTICLE_OF_GENDER
from app.reading.lookups import LookupKey, lookup_key
from app.reading.numbers import plural
from app.reading.textmodel import ReaderIndex
from app.vocab import freq
from app.vocab.marks import card_lemma, markable
from app.vocab.status import IGNORED, KNOWN, NEW, Status, WordStatus, normalize_lemma

#: Mark kinds the reader paints: "new", "learning1" … "learning4"; None = plain.
NEW_MARK = "new"


def mark_kind(status: WordStatus) -> str | None:
    """How a word with ``status`` is painted: "new", "learning<level>" or None (plain)."""
    if status.status is Status.NEW:
        return NEW_MARK
    if status.status is Status.LEARNING:
        return f"learning{status.level}"
    return None


def band_label(band: str) -> str:
    """How a frequency band is shown: "top 2k", "rare" ('' for none)."""
    return f"top {band}" if band and band != freq.RARE else band


@dataclass(frozen=True, slots=True)
class LemmaEntry:
    """One lemma of the article, as the pre-reading list shows it."""

    lemma: str
    headword: str  # "das Haus" for a noun with a known article, else the lemma
    plural: str
    gloss: str  # the dictionary's first gloss ('' when it has none)
    count: int  # running words of the article showing this lemma
    first_token: int
    rank: int | None  # wordfreq rank (1 = most frequent), None past the top 20,000
    band: str  # "1k" … "20k", "rare"
    function_word: bool = False  # a closed word class (der, und, in, sein as auxiliary …)


@dataclass(frozen=True, slots=True)
class Summary:
    running_words: int  # words that can carry a status (ignored ones not counted)
    known_words: int  # of these, the ones whose lemma is known
    new_lemmas: int  # distinct lemmas still new

    @property
    def known_share(self) -> float:
        return self.known_words / self.running_words if self.running_words else 0.0

    def text(self) -> str:
        """``Known: 82% of words · 37 new`` for the status bar."""
        if not self.running_words:
            return ""
        new = plural(self.new_lemmas, "new word", "new words")
        return f"Known {self.known_share:.0%} of words · {new}"


#: Where the reader paints a token's mark: (block, start, end) in Qt units within the block.
Place = tuple[int, int, int]


class ArticleWords:
    """The card lemmas of an article's words and what follows from their statuses."""

    def __init__(
        self,
        lemmas: Sequence[str | None],
        entries: dict[str, LemmaEntry],
        places: dict[int, Place] | None = None,
    ) -> None:
        #: Per token: the lemma whose status it shows, None when it has none.
        self.lemmas: tuple[str | None, ...] = tuple(lemmas)
        self.entries = entries
        #: Where each token with a lemma is painted (worked out off the UI thread),
        #: and the same by block: block → ((token, start, end), …).
        self.places: dict[int, Place] = places or {}
        blocks: dict[int, list[tuple[int, int, int]]] = {}
        for token, (block, start, end) in self.places.items():
            blocks.setdefault(block, []).append((token, start, end))
        self.blocks = {block: tuple(found) for block, found in blocks.items()}
        tokens: dict[str, list[int]] = {}
        for i, lemma in enumerate(self.lemmas):
            if lemma is not None:
                tokens.setdefault(lemma, []).append(i)
        self._tokens = {lemma: tuple(found) for lemma, found in tokens.items()}

    def lemma_of(self, token: int) -> str | None:
        if 0 <= token < len(self.lemmas):
            return self.lemmas[token]
        return None

    def tokens_of(self, lemma: str) -> tuple[int, ...]:
        return self._tokens.get(lemma, ())

    def marks(self, status_of: Callable[[str], WordStatus]) -> dict[int, str]:
        """The mark of every token that has one (token → kind)."""
        kinds = {lemma: mark_kind(status_of(lemma)) for lemma in self._tokens}
        out: dict[int, str] = {}
        for lemma, tokens in self._tokens.items():
            kind = kinds[lemma]
            if kind is not None:
                out.update(dict.fromkeys(tokens, kind))
        return out

    def summary(self, status_of: Callable[[str], WordStatus]) -> Summary:
        running = known = new = 0
        for lemma, tokens in self._tokens.items():
            status = status_of(lemma)
            if status is IGNORED:
                continue
            running += len(tokens)
            if status is KNOWN:
                known += len(tokens)
            elif status.is_new:
                new += 1
        return Summary(running, known, new)

    def new_entries(self, status_of: Callable[[str], WordStatus]) -> list[LemmaEntry]:
        """The new lemmas, most useful first: content words before function words
        (articles, pronouns, prepositions, conjunctions, auxiliaries: a learner meets
        them everywhere and they carry little of the article), then most frequent in
        the article, then in German (wordfreq rank), then in text order."""
        found = [e for e in self.entries.values() if status_of(e.lemma).is_new]
        never = 10**9
        found.sort(
            key=lambda e: (
                e.function_word,
                -e.count,
                e.rank if e.rank is not None else never,
                e.first_token,
            )
        )
        return found

    def remaining_new(self, status_of: Callable[[str], WordStatus]) -> dict[str, WordStatus]:
        """The changes "Mark remaining new words known" makes (new lemma → KNOWN)."""
        return {lemma: KNOWN for lemma in self._tokens if status_of(lemma) is NEW}


@dataclass(frozen=True, slots=True)
class MarksView:
    """What the window shows of an article's words for the statuses of one moment
    (worked out on a worker: a long article has 100,000 words)."""

    marks: dict[int, str]  # token → mark kind
    summary: Summary
    entries: tuple[LemmaEntry, ...]  # the first ``limit`` new lemmas, ranked
    new_total: int


def marks_view(
    words: ArticleWords, status_of: Callable[[str], WordStatus], limit: int = 500
) -> MarksView:
    entries = words.new_entries(status_of)
    return MarksView(
        words.marks(status_of), words.summary(status_of), tuple(entries[:limit]), len(entries)
    )


def token_places(index: ReaderIndex, tokens: Iterable[int]) -> dict[int, Place]:
    """Where the reader paints each of ``tokens``."""
    utf16, starts = index.utf16, index.paragraphs.starts
    block_of = index.paragraphs.block_of
    out: dict[int, Place] = {}
    for i in tokens:
        start, end = index.token_starts[i], index.token_ends[i]
        block = block_of(start)
        base = utf16.to_qt(starts[block])
        out[i] = (block, utf16.to_qt(start) - base, utf16.to_qt(end) - base)
    return out


#: Coarse parts of speech (Universal Dependencies) of the closed word classes.
FUNCTION_TAGS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART"})


def entry_of(
    lemma: str, info: WordInfo, count: int, first: int, form: str, tag: str = ""
) -> LemmaEntry:
    article = info.article or ARTICLE_OF_GENDER.get(info.gender or "", "")
    found = freq.rank(lemma)
    if found is None and form:
        found = freq.rank(form)
    return LemmaEntry(
        lemma=lemma,
        headword=f"{article} {lemma}" if article else lemma,
        plural=info.plural or "",
        gloss=info.glosses[0] if info.glosses else "",
        count=count,
        first_token=first,
        rank=found,
        band=freq.band_of_rank(found),
        function_word=tag in FUNCTION_TAGS,
    )


def build_article_words(
    index: ReaderIndex, lookup: Callable[[LookupKey], WordInfo]
) -> ArticleWords:
    """The card lemma of each word of ``index`` (``lookup`` answers a dictionary key;
    worker thread)."""
    analysis = index.analysis
    tokens = analysis.tokens
    ok = markable(tokens, analysis.entities)
    lemmas: list[str | None] = []
    first: dict[str, tuple[int, WordInfo]] = {}
    counts: dict[str, int] = {}
    for i in range(len(tokens)):
        if not ok[i]:
            lemmas.append(None)
            continue
        info = lookup(lookup_key(tokens, i))
        lemma = normalize_lemma(card_lemma(info.lemma, tokens.lemmas[i], tokens.texts[i]))
        if not lemma:
            lemmas.append(None)
            continue
        lemmas.append(lemma)
        counts[lemma] = counts.get(lemma, 0) + 1
        first.setdefault(lemma, (i, info))
    entries = {
        lemma: entry_of(lemma, info, counts[lemma], i, tokens.texts[i], tokens.tags[i])
        for lemma, (i, info) in first.items()
    }
    places = token_places(index, (i for i, lemma in enumerate(lemmas) if lemma is not None))
    return ArticleWords(lemmas, entries, places)
