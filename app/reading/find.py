"""Find in the article: by letters, and by dictionary form ("gehen" finds "ging").

:class:`ArticleFinder` answers a query for one text:

- by letters: every place the query's letters stand, case-insensitive, also inside a
  longer word ("Bahn" finds "Bahnhof"); spaces in the query match any run of
  whitespace (a line break too);
- by lemma, once the text is analysed: every word whose dictionary form is that of
  the query ("gehen" finds "ging" and "gegangen", "Haus" finds "Häusern"). The
  query's dictionary forms are those the analysis gives the same word in the text,
  and the word list's (:func:`app.lexicon.lemmas.cached_lemma`) when it is not in the
  text. Only content words (nouns, names, verbs, adjectives, adverbs) are matched by
  lemma: "die" should not find every "der" and "das". A query of several words
  matches consecutive words, each by its letters or its lemma.

Overlapping matches are merged; results are in text order, at most
:data:`MAX_MATCHES`. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice

from app.core.tokens import TokenTable
from app.lexicon.lemmas import cached_lemma

#: Parts of speech whose words are matched by their dictionary form.
CONTENT_TAGS = frozenset({"NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV"})
#: More matches than this are not listed (the count says "10000+").
MAX_MATCHES = 10_000
_WORD = re.compile(r"^[\w'’-]+$")


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    #: Found only through the dictionary form, not by the query's letters.
    by_lemma: bool = False


@dataclass(frozen=True, slots=True)
class FindResult:
    query: str
    matches: tuple[Match, ...] = ()
    #: More than :data:`MAX_MATCHES` were found; only the first are listed.
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.matches)

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((m.start, m.end) for m in self.matches)

    def count_text(self, current: int) -> str:
        """``3 of 12`` (``current`` counts from 0; -1 for none), ``No matches``."""
        if not self.matches:
            return "No matches"
        total = f"{len(self.matches)}{'+' if self.truncated else ''}"
        if current < 0:
            return f"{total} match{'es' if total != '1' else ''}"
        return f"{current + 1} of {total}"

    def nearest(self, offset: int) -> int:
        """The first match at or after ``offset`` (wrapping to the first), -1 for none."""
        for n, m in enumerate(self.matches):
            if m.end > offset:
                return n
        return 0 if self.matches else -1


class ArticleFinder:
    """Finds queries in one text; the lemma index is built on the first query."""

    def __init__(
        self,
        text: str,
        tokens: TokenTable | None = None,
        lemma_of: Callable[[str], str] = cached_lemma,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self._lemma_of = lemma_of
        self._by_lemma: dict[str, list[int]] | None = None
        self._by_word: dict[str, set[str]] | None = None

    def find(self, query: str) -> FindResult:
        query = query.strip()
        if not query:
            return FindResult(query)
        letters = islice(_letters(self.text, query), MAX_MATCHES + 1)
        spans = [(m.start(), m.end(), False) for m in letters]
        if self.tokens is not None and len(spans) <= MAX_MATCHES:
            spans += [(s, e, True) for s, e in self._lemma_spans(query)]
        matches = _merged(spans)
        truncated = len(matches) > MAX_MATCHES
        return FindResult(query, tuple(matches[:MAX_MATCHES]), truncated)

    # ---------------------------------------------------------------- lemmas

    def prepare(self) -> ArticleFinder:
        """Build the lemma index now (on a worker thread) rather than on the first query."""
        if self.tokens is not None:
            self._index()
        return self

    def _index(self) -> tuple[dict[str, list[int]], dict[str, set[str]]]:
        if self._by_lemma is None or self._by_word is None:
            by_lemma: dict[str, list[int]] = {}
            by_word: dict[str, set[str]] = {}
            tokens = self.tokens
            assert tokens is not None
            for i, (word, lemma, tag) in enumerate(
                zip(tokens.texts, tokens.lemmas, tokens.tags, strict=True)
            ):
                if tag not in CONTENT_TAGS or not lemma:
                    continue
                key = lemma.casefold()
                by_lemma.setdefault(key, []).append(i)
                by_word.setdefault(word.casefold(), set()).add(key)
            self._by_lemma, self._by_word = by_lemma, by_word
        return self._by_lemma, self._by_word

    def lemmas_of(self, word: str) -> set[str]:
        """The dictionary forms a query word stands for (casefolded)."""
        _, by_word = self._index()
        folded = word.casefold()
        found = set(by_word.get(folded, ()))
        if not found:
            for variant in {word, word.lower(), word[:1].upper() + word[1:].lower()}:
                lemma = self._lemma_of(variant)
                if lemma:
                    found.add(lemma.casefold())
        found.add(folded)
        return found

    def _lemma_spans(self, query: str) -> Iterable[tuple[int, int]]:
        words = query.split()
        if not words or not all(_WORD.match(w) for w in words):
            return []
        by_lemma, _ = self._index()
        wanted = [self.lemmas_of(w) for w in words]
        tokens = self.tokens
        assert tokens is not None
        texts, lemmas, tags = tokens.texts, tokens.lemmas, tokens.tags
        firsts = sorted({i for lemma in wanted[0] for i in by_lemma.get(lemma, ())})
        out: list[tuple[int, int]] = []
        for first in firsts:
            last = first
            for k, lemma_set in enumerate(wanted[1:], start=1):
                i = first + k
                if i >= len(texts) or not (
                    texts[i].casefold() in lemma_set
                    or (tags[i] in CONTENT_TAGS and lemmas[i].casefold() in lemma_set)
                ):
                    break
                last = i
            else:
                out.append((tokens.starts[first], tokens.ends[last]))
        return out


def _letters(text: str, query: str) -> Iterable[re.Match[str]]:
    pattern = r"\s+".join(re.escape(part) for part in query.split())
    return re.finditer(pattern, text, re.IGNORECASE)


def _merged(spans: list[tuple[int, int, bool]]) -> list[Match]:
    """Overlapping spans as one match (found by letters if any part was)."""
    out: list[Match] = []
    for start, end, by_lemma in sorted(spans):
        if out and start < out[-1].end:
            last = out[-1]
            out[-1] = Match(last.start, max(last.end, end), last.by_lemma and by_lemma)
        else:
            out.append(Match(start, end, by_lemma))
    return out
