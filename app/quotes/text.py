"""The analysed text as the quote finder reads it: tokens, quotation pairs, units.

A *unit* is a stretch of tokens that one attribution can govern: a sentence, except
that a quotation never splits one ("„Wir sind bereit. Es geht los“, sagte sie." is
one unit, though the tagger may see two sentences), and a paragraph break always
ends one. Token columns are copied into lists once: the finder reads them many
times. No spaCy, no Qt.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence

from app.core.tokens import TokenTable
from app.quotes.lexicon import looks_finite
from app.quotes.marks import Quotation, find_quotations

_SENTENCE_END = frozenset({".", "!", "?", "…", "?!", "!?", "...", "!!", "??"})
#: Tokens that end a clause for the search of a verb's subject or object.
CLAUSE_BREAK = frozenset({",", ";", ":", "–", "—", "(", ")", "[", "]", "/"})
QUOTE_MARKS = frozenset('„“”"»«‚‘’›‹')


class QuoteText:
    """Token columns, quotations and units of one analysed text."""

    def __init__(
        self, text: str, tokens: Sequence[object], names: Sequence[tuple[int, int]] = ()
    ) -> None:
        table = TokenTable.of(tokens)  # type: ignore[arg-type]
        self.text = text
        # the table's own tuples: a 20 MB text has millions of tokens, copies would cost
        self.words = table.texts
        self.lemmas = table.lemmas
        self.tags = table.tags
        self.morphs = table.morphs
        self.starts = table.starts
        self.ends = table.ends
        self.n = len(self.words)
        self.quotations = find_quotations(text)
        self.quote_of = array("i", [-1]) * self.n
        self.is_mark = bytearray(w in QUOTE_MARKS for w in self.words)
        self.spans: list[tuple[int, int]] = []  # token range inside each quotation
        for q_index, q in enumerate(self.quotations):
            first = bisect.bisect_left(self.starts, q.start)
            stop = bisect.bisect_left(self.starts, q.end)
            self.spans.append((first, stop))
            for k in range(first, stop):
                self.quote_of[k] = q_index
        #: Tokens inside the name of a person or organisation (whatever their tag).
        self.is_name = bytearray(self.n)
        for start, end in names:
            for k in range(bisect.bisect_left(self.starts, start), self.n):
                if self.starts[k] >= end:
                    break
                self.is_name[k] = 1
        self.para = self._paragraphs()
        self.unit = array("i")
        self.units: list[tuple[int, int]] = []
        self._split_units()

    # ------------------------------------------------------------------ layout

    def _paragraphs(self) -> array[int]:
        """Paragraph number of every token: runs between the tokens after line breaks.
        Also notes the last token of every paragraph in ``_paragraph_ends``."""
        para = array("i", [0]) * self.n
        self._paragraph_ends: list[int] = []
        previous, count = 0, 0
        for m in re.finditer("\n", self.text):
            k = bisect.bisect_left(self.starts, m.start(), previous)
            if k > previous:
                para[previous:k] = array("i", [count]) * (k - previous)
                self._paragraph_ends.append(k - 1)
                previous = k
            count += 1
        if previous < self.n:
            para[previous:] = array("i", [count]) * (self.n - previous)
        return para

    def _split_units(self) -> None:
        """Units end where :meth:`_ends_unit` says so; only sentence marks, quotation
        marks and paragraph ends are asked (a long text has millions of tokens)."""
        ends = {
            w for w in set(self.words) if w in _SENTENCE_END or w[:1] in ".!?" or w in QUOTE_MARKS
        }
        maybe = [i for i, w in enumerate(self.words) if w in ends]
        first = 0
        for i in sorted({*maybe, *self._paragraph_ends}):
            if i + 1 < self.n and self._ends_unit(i):
                self._add_unit(first, i + 1)
                first = i + 1
        if first < self.n:
            self._add_unit(first, self.n)

    def _add_unit(self, first: int, stop: int) -> None:
        self.units.append((first, stop))
        self.unit.extend(array("i", [len(self.units) - 1]) * (stop - first))

    def _ends_unit(self, i: int) -> bool:
        if self.para[i + 1] != self.para[i]:
            return True
        if self.quote_of[i] >= 0:
            return False
        word = self.words[i]
        if word in _SENTENCE_END or (len(word) > 1 and word[-1] in ".!?" and word[0] in ".!?"):
            nxt = self.words[i + 1]
            return not (self.is_mark[i + 1] and self.quote_of[i + 1] < 0 and nxt in '“”"«»')
        if self.is_mark[i] and i > 0 and self.quote_of[i - 1] >= 0:
            # a closing mark after a full stop inside: "„… ist.“ Der …"
            inner = self.words[i - 1]
            nxt = self.words[i + 1]
            # "„Warum?“ fragte er" goes on; a capital starts a new sentence
            return inner in _SENTENCE_END and nxt != "," and nxt[:1].isupper()
        return False

    # ------------------------------------------------------------------ tokens

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def is_finite(self, i: int) -> bool:
        if self.tags[i] not in ("VERB", "AUX"):
            return looks_finite(self.words[i], self.lemmas[i])
        morph = self.morphs[i]
        if "VerbForm=Part" in morph:
            return False
        if "VerbForm=Inf" in morph:
            # the tagger calls many past plurals infinitives ("gaben … an"); an
            # infinitive is the lemma, or its tail for a separable verb
            word, lemma = self.words[i].lower(), self.lemmas[i]
            return word[:1].isalpha() and not lemma.endswith(word) and "zu" not in word[2:]
        return "VerbForm=Fin" in morph or "Mood=" in morph or "Person=" in morph

    def number(self, i: int) -> str | None:
        morph = self.morphs[i]
        if "Number=Plur" in morph:
            return "Plur"
        if "Number=Sing" in morph:
            return "Sing"
        return None

    def is_break(self, i: int) -> bool:
        """A clause boundary: punctuation or a quotation mark."""
        return self.words[i] in CLAUSE_BREAK or bool(self.is_mark[i])

    def outside(self, i: int) -> bool:
        """True when token ``i`` is neither inside a quotation nor one of its marks."""
        return self.quote_of[i] < 0 and not self.is_mark[i]

    def unit_range(self, i: int) -> tuple[int, int]:
        return self.units[self.unit[i]]

    def char_span(self, first: int, stop: int) -> tuple[int, int]:
        """Characters of tokens ``first`` up to ``stop`` (exclusive)."""
        return self.starts[first], self.ends[stop - 1]

    def span_text(self, first: int, stop: int) -> str:
        start, end = self.char_span(first, stop)
        return self.text[start:end]

    def case(self, i: int) -> str | None:
        """The grammatical case the tagger gives token ``i``, or None."""
        morph = self.morphs[i]
        k = morph.find("Case=")
        return morph[k + 5 : k + 8] if k >= 0 else None

    def gender(self, i: int) -> str | None:
        morph = self.morphs[i]
        if "Gender=Masc" in morph:
            return "m"
        if "Gender=Fem" in morph:
            return "f"
        if "Gender=Neut" in morph:
            return "n"
        return None

    def plural(self, i: int) -> bool:
        return "Number=Plur" in self.morphs[i]

    def quotation_tokens(self, q_index: int) -> tuple[int, int]:
        return self.spans[q_index]

    def quotation(self, q_index: int) -> Quotation:
        return self.quotations[q_index]

    def open_mark(self, q_index: int) -> int:
        """Token index of the opening mark of a quotation, or -1."""
        first = self.spans[q_index][0]
        j = first - 1
        return j if j >= 0 and self.is_mark[j] else -1

    def close_mark(self, q_index: int) -> int:
        """Token index of the closing mark of a quotation, or -1."""
        stop = self.spans[q_index][1]
        q = self.quotations[q_index]
        if q.close < 0 or stop >= self.n or not self.is_mark[stop]:
            return -1
        return stop
