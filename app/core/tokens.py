"""Tokens of an analysed text, stored column by column.

A long article has some 160,000 tokens. Kept as one Python object each, every full
run of Python's cyclic garbage collector walks all of them: over 100 ms holding the
interpreter lock, which the window shows as a frozen event loop while an article is
analysed (and at random moments afterwards). Columns are tuples of ints and strings,
which the collector stops tracking, so :class:`TokenTable` keeps the columns and
makes a :class:`Token` only when one is asked for. This module must not import Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    morph: str
    sentence: int


class TokenTable(Sequence[Token]):
    """An immutable sequence of :class:`Token`, one tuple per attribute."""

    __slots__ = ("ends", "lemmas", "morphs", "sentence_ids", "starts", "tags", "texts")
    _ORDER = ("starts", "ends", "texts", "lemmas", "tags", "morphs", "sentence_ids")

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    texts: tuple[str, ...]
    lemmas: tuple[str, ...]
    tags: tuple[str, ...]  # coarse part of speech (Token.pos)
    morphs: tuple[str, ...]
    sentence_ids: tuple[int, ...]  # Token.sentence

    def __init__(
        self,
        starts: Iterable[int] = (),
        ends: Iterable[int] = (),
        texts: Iterable[str] = (),
        lemmas: Iterable[str] = (),
        tags: Iterable[str] = (),
        morphs: Iterable[str] = (),
        sentence_ids: Iterable[int] = (),
    ) -> None:
        columns = (
            tuple(starts), tuple(ends), tuple(texts), tuple(lemmas),
            tuple(tags), tuple(morphs), tuple(sentence_ids),
        )  # fmt: skip
        if len({len(c) for c in columns}) > 1:
            raise ValueError("token columns differ in length")
        for name, column in zip(self._ORDER, columns, strict=True):
            object.__setattr__(self, name, column)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("TokenTable is immutable")

    @classmethod
    def of(cls, tokens: Iterable[Token]) -> TokenTable:
        """The table of any sequence of tokens (itself when it is one already)."""
        if isinstance(tokens, TokenTable):
            return tokens
        items = tuple(tokens)
        return cls(
            (t.start for t in items), (t.end for t in items), (t.text for t in items),
            (t.lemma for t in items), (t.pos for t in items), (t.morph for t in items),
            (t.sentence for t in items),
        )  # fmt: skip

    def _columns(self) -> tuple[tuple[object, ...], ...]:
        return (
            self.starts, self.ends, self.texts, self.lemmas,
            self.tags, self.morphs, self.sentence_ids,
        )  # fmt: skip

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> TokenTable: ...

    def __getitem__(self, index: int | slice) -> Token | TokenTable:
        if isinstance(index, slice):
            return TokenTable(*(column[index] for column in self._columns()))  # type: ignore[arg-type]
        return Token(
            self.starts[index], self.ends[index], self.texts[index], self.lemmas[index],
            self.tags[index], self.morphs[index], self.sentence_ids[index],
        )  # fmt: skip

    def __iter__(self) -> Iterator[Token]:
        return map(Token, *self._columns())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TokenTable):
            return self._columns() == other._columns()
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._columns())

    def __repr__(self) -> str:
        return f"TokenTable(<{len(self)} tokens>)"

    def __reduce__(self) -> tuple[type[TokenTable], tuple[tuple[object, ...], ...]]:
        return (TokenTable, self._columns())


#: Opening and closing quotation marks around a title.
_OPENING_QUOTES = frozenset({"„", "»", "‚", "›"})
_CLOSING_QUOTES = frozenset({"“", "«", "‘", "‹", "”"})
#: The most tokens a quoted title with a comma in it spans ("„Nach Amerika, Johanna“").
_TITLE_TOKENS = 8


def title_comma(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], c: int
) -> bool:
    """A comma inside a short quoted title without a verb, its first word and the word
    after the comma capitalised ("das Stück „Nach Amerika, Johanna“ entwickelt"), which
    does not end the sentence's clause; a quotation with a verb is speech, whose commas
    do ("„Wenn wir …, müssen wir …“"), and so is a quoted phrase going on in small letters
    ("von einer „bitteren Entscheidung, die niemand … trifft“")."""
    if texts[c] != ",":
        return False
    start = c - 1
    while start >= 0 and c - start <= _TITLE_TOKENS and texts[start] not in _OPENING_QUOTES:
        if texts[start] in _CLOSING_QUOTES or sentence_ids[start] != sentence_ids[c]:
            return False
        start -= 1
    end = c + 1
    while end < len(texts) and end - start <= _TITLE_TOKENS and texts[end] not in _CLOSING_QUOTES:
        if texts[end] in _OPENING_QUOTES or sentence_ids[end] != sentence_ids[c]:
            return False
        end += 1
    if start < 0 or end >= len(texts) or texts[start] not in _OPENING_QUOTES:
        return False
    if (
        texts[end] not in _CLOSING_QUOTES
        or start == 0
        or sentence_ids[start - 1] != sentence_ids[c]
    ):
        return False  # a quotation opening the sentence is speech
    if not texts[start + 1][:1].isupper() or not texts[c + 1][:1].isupper():
        return False  # "„bitteren Entscheidung, die niemand … trifft“": a relative clause
    return not any(tags[k] in ("VERB", "AUX") for k in range(start + 1, end))
