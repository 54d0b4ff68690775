"""The token-level view of a text that the people extractor reads, and its mentions.

:class:`TokenView` holds the words, offsets, sentence ids and tags of the analysis
tokens plus two marks per token (part of a photo credit; part of a LOC/ORG/MISC
entity). :class:`Mention` is a run of name words; :class:`Span` an entity as the
extractor uses it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.tokens import TokenTable
from app.lexicon.words import MONTHS, TITLES
from app.lexicon.words import words as word_set

if TYPE_CHECKING:
    from app.core.results import Entity
    from app.core.tokens import Token


@dataclass
class Mention:
    first: int  # token index of the first name word
    stop: int  # token index after the last name word
    parts: tuple[str, ...]  # name words, the last without a genitive ending
    genitive: bool
    source: str  # "ner", "role", "given", "tag", "alias"
    person: int = -1
    weak: bool = False  # may only name a person who is also mentioned otherwise


@dataclass(frozen=True, slots=True)
class Span:
    """An entity as the extractor uses it (labels may be corrected)."""

    start: int
    end: int
    label: str


_ORDINAL_LIKE = re.compile(r"\d{1,3}\.")
_SCORE_END = re.compile(r"\d{1,3}:\d{1,3}\.")
#: An acronym that the tokenizer kept with the sentence's full stop ("KfW.", "ADAC.").
_ACRONYM_END = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*\.")
#: Capitalised words that only open a sentence: articles and personal pronouns.
_SENTENCE_OPENERS = word_set(
    "Der Die Das Den Dem Des Ein Eine Einen Einem Er Sie Es Wir Ich Ihr Sein Seine Ihre"
)


def _split_after_age_tag(words: Sequence[str], ids: Sequence[int]) -> list[int]:
    """Sentence ids, with a sentence end after a score with a full stop ("7:5. Beste ...")
    and after an age at a name's sentence end: "wird der
    Ökonom A B, 55. Außenministerin wird ..." (a tagger reads "55." as an ordinal before
    a noun). Only after ", <name word>" and before a capitalised word and a lowercase
    one, so dates ("am Freitag, 3. Oktober") and a ranking "1. A B, 2. C D" keep their sentences."""

    def ends_here(i: int) -> bool:
        w = words[i]
        if _SCORE_END.fullmatch(w):
            # "mit 6:3, 7:5. Beste Deutsche war ...": a score is no ordinal
            return i + 1 < len(words) and ids[i] == ids[i + 1] and words[i + 1][:1].isupper()
        return bool(
            _ORDINAL_LIKE.fullmatch(w)
            and 2 <= i < len(words) - 2
            and words[i - 1] == ","
            and words[i - 2][:1].isupper()
            and ids[i - 2] == ids[i] == ids[i + 1] == ids[i + 2]
            and words[i + 1][:1].isupper()
            and words[i + 1] not in MONTHS  # "am Freitag, 3. Oktober wird ..."
            and words[i + 2].isalpha()
            and words[i + 2].islower()
        )

    return _split_after(ids, ends_here)


def _split_after(ids: Sequence[int], ends_here: Callable[[int], bool]) -> list[int]:
    """Sentence ids with a new sentence after every index where ``ends_here`` holds."""
    out = list(ids)
    shift = 0
    for i in range(len(ids)):
        out[i] = ids[i] + shift
        if ends_here(i):
            shift += 1
    return out


def _join_split_titles(
    words: Sequence[str], ids: Sequence[int], starts: Sequence[int], ends: Sequence[int]
) -> tuple[tuple[str, ...], list[int]]:
    """ "Richterin Mag. Barbara A": a title the tokenizer split from its full stop ("Mag"
    ".") reads as the title in both tokens, and the sentence does not end there."""
    out, sent = list(words), list(ids)
    for i in range(1, len(out) - 1):
        if (
            out[i] == "."
            and ends[i - 1] == starts[i]
            and out[i - 1] + "." in TITLES
            and out[i + 1][:1].isupper()
        ):
            out[i - 1] = out[i] = out[i - 1] + "."
            if sent[i + 1] != sent[i]:
                sent[i + 1 :] = [k - 1 for k in sent[i + 1 :]]
    return tuple(out), sent


def _join_after_bracket(
    text: str,
    words: Sequence[str],
    ids: Sequence[int],
    starts: Sequence[int],
    ends: Sequence[int],
) -> list[int]:
    """Sentence ids without a sentence end after a closing bracket inside a line: "Seit
    Montag ist A (Grüne) Umweltsenator in Hamburg." is one sentence (a splitter may cut
    after "(Grüne)"); a sentence ends with a full stop, not with a party tag."""
    out = list(ids)
    shift = 0
    for i in range(len(words)):
        if (
            i > 0
            and ids[i] != ids[i - 1]
            and words[i - 1] == ")"
            and "\n" not in text[ends[i - 1] : starts[i]]
            and words[i][:1].isalpha()
        ):
            shift += 1
        out[i] = ids[i] - shift
    return out


#: A year (or a season "2027/28") with the full stop of the sentence it ends, one token.
_YEAR_END = re.compile(r"(?:19|20)\d\d(?:/\d\d)?\.")
#: The second year of a season after the slash, with the full stop ("2027/28.").
_SEASON_END = re.compile(r"\d\d\.")


def _split_after_full_stop(
    words: Sequence[str], ids: Sequence[int], starts: Sequence[int], ends: Sequence[int]
) -> list[int]:
    """Sentence ids with a sentence end after a full stop of its own that closes a word
    and stands before a space and a capitalised word: "... entwickelt Software.
    Ostwald-Brünjes ist 29" (a parser may run the two sentences together); also after a
    year that the tokenizer kept with its full stop ("im Herbst 2027. Beim ...": a year
    is no ordinal). Only after a
    word of four or more letters, all small after the first (not "Joh. A", "Str.",
    "KfW" nor a title "Mag. A", joined by :func:`_join_split_titles`)."""

    def ends_here(i: int) -> bool:
        w = words[i]
        if _ACRONYM_END.fullmatch(w):
            # "war Chefin der Förderbank KfW. Der SPD-Fraktionschef ...": an acronym
            # with the full stop, then a word that only opens a sentence
            return (
                i + 1 < len(words)
                and ids[i] == ids[i + 1]
                and ends[i] < starts[i + 1]
                and words[i + 1] in _SENTENCE_OPENERS
            )
        # "ab der Saison 2027/28. Kwon ist ...": a season the tokenizer split at the slash
        season = (
            _SEASON_END.fullmatch(w) is not None
            and i >= 2
            and words[i - 1] == "/"
            and _YEAR_END.fullmatch(words[i - 2] + ".") is not None
        )
        if _YEAR_END.fullmatch(w) or season:
            # "übernimmt das Orchester im Herbst 2027. Beim Fest ...": a year
            return (
                i + 1 < len(words)
                and ids[i] == ids[i + 1]
                and ends[i] < starts[i + 1]
                and words[i + 1][:1].isupper()
            )
        return (
            w == "."
            and 1 <= i < len(words) - 1
            and ids[i] == ids[i + 1]
            and ends[i - 1] == starts[i]
            and ends[i] < starts[i + 1]
            and len(words[i - 1]) >= 4
            and words[i - 1].isalpha()
            and words[i - 1][1:].islower()
            and words[i + 1][:1].isupper()
        )

    return _split_after(ids, ends_here)


def _run_firsts(ids: Sequence[int]) -> list[int]:
    """For each index, where its run of equal ``ids`` begins."""
    firsts: list[int] = []
    for i, s in enumerate(ids):
        firsts.append(firsts[i - 1] if i > 0 and ids[i - 1] == s else i)
    return firsts


def _run_stops(ids: Sequence[int]) -> list[int]:
    """For each index, the index after its run of equal ``ids``."""
    n = len(ids)
    stops = [n] * n
    for i in range(n - 2, -1, -1):
        stops[i] = stops[i + 1] if ids[i + 1] == ids[i] else i + 1
    return stops


class TokenView:
    """Token-level view of the text with the checks the extractor needs."""

    def __init__(self, text: str, tokens: Sequence[Token], entities: Sequence[Entity]) -> None:
        table = TokenTable.of(tokens)
        self.text = text
        self.starts = table.starts
        self.ends = table.ends
        self.words, ids = _join_split_titles(
            table.texts, table.sentence_ids, self.starts, self.ends
        )
        self.word_set = frozenset(self.words)
        ids = _join_after_bracket(text, self.words, ids, self.starts, self.ends)
        ids = _split_after_full_stop(self.words, ids, self.starts, self.ends)
        self.sent = _split_after_age_tag(self.words, ids)  # sentence of each token
        # the first and the stop token of each token's sentence, so that the many rules
        # that look them up take constant time even in a text without full stops
        self._sent_first = _run_firsts(self.sent)
        self._sent_stop = _run_stops(self.sent)
        self.tags = table.tags  # coarse part of speech of each token
        self.morphs = table.morphs  # morphological features of each token ("VerbForm=Fin")
        self.n = len(table)
        self.blocked = [False] * self.n  # credit lines: never part of the story
        self.other_entity = [False] * self.n  # tokens of LOC/ORG/MISC entities
        # names of no person found by grammar: a firm after a trade noun, an animal
        self.no_person = [False] * self.n
        self.set_entities(entities)

    def set_entities(self, entities: Sequence[Entity] | Sequence[Span]) -> None:
        self.other_entity = [False] * self.n
        for ent in entities:
            if ent.label != "PER":
                for i in self.token_range(ent.start, ent.end):
                    self.other_entity[i] = True

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens that overlap the characters [start, end)."""
        lo = bisect.bisect_right(self.starts, start) - 1
        lo = max(lo, 0)
        while lo < self.n and self.ends[lo] <= start:
            lo += 1
        hi = bisect.bisect_left(self.starts, end)
        return range(lo, max(lo, hi))

    def token_at(self, position: int) -> int:
        """The index of the token that starts at or last before character ``position``."""
        return max(0, bisect.bisect_right(self.starts, position) - 1)

    def same_sentence(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.sent[i] == self.sent[j]

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def sentence_start(self, i: int) -> int:
        """The first token of the sentence of token ``i``."""
        if 0 <= i < self.n:
            return self._sent_first[i]
        s = self.sent[i]
        while i > 0 and self.sent[i - 1] == s:
            i -= 1
        return i

    def sentence_stop(self, i: int) -> int:
        """The token after the last one of the sentence of token ``i`` (0 <= i < n)."""
        return self._sent_stop[i]

    def sentences(self) -> Iterator[tuple[int, int]]:
        """(first, stop) token indices of every sentence, in order."""
        i = 0
        while i < self.n:
            lo = i
            sent = self.sent[i]
            while i < self.n and self.sent[i] == sent:
                i += 1
            yield lo, i

    def span_text(self, first: int, stop: int) -> str:
        return self.text[self.starts[first] : self.ends[stop - 1]]
