"""Plain index structures behind the reader: offset → word, entity, person, paragraph.

Everything here is pure Python and immutable once built, so it is computed on a
worker thread and handed to the UI thread, which then answers hover and
keyboard questions with a bisect instead of a scan. Qt counts text positions
in UTF-16 code units while Python counts code points; :class:`Utf16Map`
converts between the two. This module must not import Qt or spaCy.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.analysis import Analysis
from app.core.results import Entity, Person
from app.core.tokens import Token

#: Paragraph styles recognised from the text alone.
HEADING = "heading"
CAPTION = "caption"
#: The article's headline: its first line when the document names it as its title.
TITLE = "title"

_CAPTION_RE = re.compile(r"(?:^|\s)(?:Foto|Fotos|Bild|Quelle|Grafik)\s*:\s*\S[^.!?]{0,80}$")
_SENTENCE_END = ".:;,"
_QUOTES_OPEN = "„“\"»«‚'(►•–-"


@dataclass(frozen=True, slots=True)
class Utf16Map:
    """Converts Python string offsets to Qt (UTF-16) positions and back."""

    astral: tuple[int, ...]  # Python offsets of characters outside the BMP, sorted
    astral_qt: tuple[int, ...]  # their Qt positions

    @classmethod
    def for_text(cls, text: str) -> Utf16Map:
        if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
            return cls((), ())
        astral = tuple(i for i, ch in enumerate(text) if ord(ch) > 0xFFFF)
        return cls(astral, tuple(a + n for n, a in enumerate(astral)))

    def to_qt(self, offset: int) -> int:
        if not self.astral:
            return offset
        return offset + bisect_left(self.astral, offset)

    def from_qt(self, position: int) -> int:
        """The Python offset at a Qt position (inside a surrogate pair: that character)."""
        if not self.astral:
            return position
        return position - bisect_left(self.astral_qt, position)


@dataclass(frozen=True, slots=True)
class Paragraphs:
    """Where each text block (line) starts; which are blank, headings or photo captions."""

    starts: tuple[int, ...]  # Python offset of each block; block n = n-th line of the text
    styles: tuple[tuple[int, str], ...]  # (block number, TITLE | HEADING | CAPTION), ascending
    blank_separated: bool  # paragraphs are separated by empty lines
    blank: tuple[int, ...] = ()  # numbers of the blocks that hold only whitespace

    @classmethod
    def for_text(cls, text: str, title: str | None = None) -> Paragraphs:
        """The blocks of ``text``; its first line is the TITLE when it is ``title``
        (the document's own headline, :attr:`DocumentMeta.title`), since a first line
        alone may as well be a sentence of plain text."""
        wanted = " ".join(title.split()) if title else None
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", text))
        styles: list[tuple[int, str]] = []
        blank: list[int] = []
        nonblank = 0
        for n, line in enumerate(text.split("\n")):
            stripped = line.strip()
            if not stripped:
                blank.append(n)
                continue
            nonblank += 1
            if nonblank == 1 and wanted and " ".join(stripped.split()) == wanted:
                styles.append((n, TITLE))
                continue
            style = paragraph_style(stripped, first=nonblank == 1)
            if style:
                styles.append((n, style))
        return cls(tuple(starts), tuple(styles), len(blank) * 3 >= nonblank, tuple(blank))

    def block_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1


def paragraph_style(paragraph: str, first: bool = False) -> str | None:
    """HEADING for a short standalone line without final punctuation, CAPTION for photo credits."""
    if _CAPTION_RE.search(paragraph):
        return CAPTION
    words = paragraph.split()
    if (
        len(paragraph) <= 80
        and 1 <= len(words) <= 10
        and paragraph[-1] not in _SENTENCE_END
        and paragraph[0] not in _QUOTES_OPEN
        and paragraph[0].isupper()
        and not first
    ):
        return HEADING
    return None


@dataclass(frozen=True, slots=True)
class Span:
    """A range inside one block, in Qt units relative to the block start."""

    block: int
    start: int
    length: int
    kind: str  # an entity label


@dataclass(frozen=True, slots=True)
class ReaderIndex:
    """Answers "what is at this offset?" for one analysed text in O(log n)."""

    analysis: Analysis
    utf16: Utf16Map
    paragraphs: Paragraphs
    token_starts: tuple[int, ...]
    token_ends: tuple[int, ...]
    words: tuple[int, ...]  # indices of tokens that are words (not punctuation)
    entity_starts: tuple[int, ...]
    mention_starts: tuple[int, ...]  # sorted starts of person mentions
    mention_ends: tuple[int, ...]
    mention_person: tuple[int, ...]  # index into analysis.people
    entity_spans: tuple[Span, ...]  # entity ranges per block, for colouring
    sentence_starts: tuple[int, ...] = ()  # start offset of each sentence, ascending
    #: ``entity_spans`` grouped by block, worked out with the index (off the UI thread)
    spans_by_block: dict[int, tuple[Span, ...]] = field(default_factory=dict, compare=False)

    @classmethod
    def build(
        cls, analysis: Analysis, utf16: Utf16Map | None = None, paragraphs: Paragraphs | None = None
    ) -> ReaderIndex:
        text = analysis.text
        utf16 = utf16 or Utf16Map.for_text(text)
        paragraphs = paragraphs or Paragraphs.for_text(text)
        tokens = analysis.tokens
        starts = tokens.starts
        ends = tokens.ends
        words = tuple(i for i, word in enumerate(tokens.texts) if _is_word(word))
        entities = analysis.entities
        mentions: list[tuple[int, int, int]] = []
        for p_index, person in enumerate(analysis.people):
            for start, end in person.mentions:
                mentions.append((start, end, p_index))
        mentions.sort()
        spans: list[Span] = []
        block_starts = paragraphs.starts
        for ent in entities:
            block = bisect_right(block_starts, ent.start) - 1
            base = utf16.to_qt(block_starts[block])
            qs = utf16.to_qt(ent.start)
            spans.append(Span(block, qs - base, utf16.to_qt(ent.end) - qs, ent.label))
        return cls(
            analysis=analysis,
            utf16=utf16,
            paragraphs=paragraphs,
            token_starts=starts,
            token_ends=ends,
            words=words,
            entity_starts=tuple(e.start for e in entities),
            mention_starts=tuple(m[0] for m in mentions),
            mention_ends=tuple(m[1] for m in mentions),
            mention_person=tuple(m[2] for m in mentions),
            entity_spans=tuple(spans),
            sentence_starts=tuple(s.start for s in analysis.sentences),
            spans_by_block=_group_by_block(spans),
        )

    # -------------------------------------------------------------- lookups

    def token_at(self, offset: int) -> int | None:
        """Index of the token covering ``offset``, or None (whitespace, outside)."""
        i = bisect_right(self.token_starts, offset) - 1
        if i >= 0 and offset < self.token_ends[i]:
            return i
        return None

    def token(self, index: int) -> Token:
        return self.analysis.tokens[index]

    def entity_at(self, offset: int) -> Entity | None:
        i = bisect_right(self.entity_starts, offset) - 1
        if i >= 0:
            ent = self.analysis.entities[i]
            if offset < ent.end:
                return ent
        return None

    def person_at(self, offset: int) -> int | None:
        """Index (into ``analysis.people``) of the person mentioned at ``offset``."""
        i = bisect_right(self.mention_starts, offset) - 1
        if i >= 0 and offset < self.mention_ends[i]:
            return self.mention_person[i]
        return None

    def person(self, index: int) -> Person:
        return self.analysis.people[index]

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence covering ``offset`` (the gap after it included), or None."""
        i = bisect_right(self.sentence_starts, offset) - 1
        if i < 0:
            return None
        sentence = self.analysis.sentences[i]
        if offset < sentence.end:
            return i
        # Whitespace right after a sentence, on the same line, still belongs to it.
        gap = self.analysis.text[sentence.end : offset + 1]
        return i if gap.strip() == "" and "\n" not in gap else None

    def sentence_text(self, token_index: int) -> str:
        return self.analysis.sentence_text(self.analysis.tokens[token_index].sentence)

    # ------------------------------------------------------------- word cursor

    def next_word(self, token_index: int | None, step: int = 1) -> int | None:
        """The word ``step`` words after (or before, negative) ``token_index``."""
        words = self.words
        if not words:
            return None
        if token_index is None:
            return words[0] if step > 0 else words[-1]
        pos = bisect_left(words, token_index)
        if pos < len(words) and words[pos] == token_index:
            target = pos + step
        else:
            target = pos + step - 1 if step > 0 else pos + step
        target = max(0, min(len(words) - 1, target))
        return words[target]

    def word_near(self, offset: int) -> int | None:
        """The word at ``offset`` or the first one after it (else the last word)."""
        if not self.words:
            return None
        i = bisect_left(self.token_starts, offset)
        at = self.token_at(offset)
        if at is not None and _is_word(self.analysis.tokens.texts[at]):
            return at
        pos = bisect_left(self.words, i)
        return self.words[min(pos, len(self.words) - 1)]

    def qt_range(self, start: int, end: int) -> tuple[int, int]:
        """Qt (UTF-16) positions for a Python range."""
        return self.utf16.to_qt(start), self.utf16.to_qt(end)


def _group_by_block(spans: Sequence[Span]) -> dict[int, tuple[Span, ...]]:
    grouped: dict[int, list[Span]] = {}
    for span in spans:
        grouped.setdefault(span.block, []).append(span)
    return {block: tuple(group) for block, group in grouped.items()}


def _is_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def mention_ranges(people: Sequence[Person], index: int) -> tuple[tuple[int, int], ...]:
    """The mention ranges of one person, in text order."""
    return tuple(sorted(people[index].mentions))


@dataclass(frozen=True, slots=True)
class ParallelLayout:
    """How the translation pane mirrors the article: one block per paragraph, gaps between.

    ``blocks[n]`` lists the sentences shown in block ``n`` of the translation
    (empty for the gap blocks between paragraphs); a sentence belongs to the
    paragraph where it starts. ``styles`` carries the article's headings and
    photo captions over to the blocks that translate them.
    """

    blocks: tuple[tuple[int, ...], ...]
    styles: tuple[tuple[int, str], ...]
    gaps: tuple[int, ...]
    block_of_sentence: tuple[int, ...]

    @classmethod
    def build(
        cls, text: str, sentence_starts: Sequence[int], paragraphs: Paragraphs
    ) -> ParallelLayout:
        lines = text.split("\n")
        style_of = dict(paragraphs.styles)
        groups: list[tuple[int, int, str | None]] = []  # (first offset, end offset, style)
        start_block = -1
        for n, line in enumerate(lines):
            blank = not line.strip()
            if start_block >= 0 and (blank or not paragraphs.blank_separated):
                end = paragraphs.starts[n] - 1 if n < len(paragraphs.starts) else len(text)
                groups.append((paragraphs.starts[start_block], end, style_of.get(start_block)))
                start_block = -1
            if not blank and start_block < 0:
                start_block = n
        if start_block >= 0:
            groups.append((paragraphs.starts[start_block], len(text), style_of.get(start_block)))
        blocks: list[tuple[int, ...]] = []
        styles: list[tuple[int, str]] = []
        gaps: list[int] = []
        owner = [0] * len(sentence_starts)
        for first, end, style in groups:
            lo = bisect_left(sentence_starts, first)
            hi = bisect_left(sentence_starts, end + 1)
            if lo >= hi:
                continue
            if blocks:
                gaps.append(len(blocks))
                blocks.append(())
            number = len(blocks)
            blocks.append(tuple(range(lo, hi)))
            for i in range(lo, hi):
                owner[i] = number
            if style:
                styles.append((number, style))
        return cls(tuple(blocks), tuple(styles), tuple(gaps), tuple(owner))
