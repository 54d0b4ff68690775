"""Cards of the learner's deck ("Add to deck"), their sentence HTML and CSV/TSV export.

A :class:`Card` is a mined sentence: the word as it stood in the text, its lemma
with article and plural, the grammar line and glosses of the word card, the
sentence (and its translation when there is one), the source and its date.
The deck's identity of a card is (lemma, sentence): adding the same pair again
updates the card, and the Anki note GUID is made from the same pair
(:mod:`app.vocab.anki`). No Qt, no database here.
"""

from __future__ import annotations

import csv
import html
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.vocab.status import normalize_lemma

#: Column order of the CSV/TSV export (the header row).
COLUMNS = (
    "word", "lemma", "article", "plural", "grammar", "glosses",
    "sentence", "translation", "source", "date", "added",
)  # fmt: skip
GLOSS_SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class Card:
    word: str
    lemma: str
    sentence: str
    article: str = ""
    plural: str = ""
    grammar: str = ""  # e.g. "noun, feminine"
    glosses: tuple[str, ...] = ()
    translation: str = ""
    source: str = ""  # title of the article, or where the sentence came from
    date: str = ""  # the source's date as given (free text, e.g. "2024-05-03")
    added: float = field(default=0.0, compare=False)  # Unix time the card was first added
    id: int | None = field(default=None, compare=False)

    @property
    def headword(self) -> str:
        """``das Haus`` for a noun with a known article, else the lemma."""
        return f"{self.article} {self.lemma}" if self.article else self.lemma

    def normalized(self) -> Card:
        """The card as stored: lemma and sentence normalised (they identify it),
        every text field stripped, ``added`` set when it was not."""
        return replace(
            self,
            word=self.word.strip(),
            lemma=normalize_lemma(self.lemma),
            sentence=normalize_lemma(self.sentence),  # NFC, whitespace collapsed
            article=self.article.strip(),
            plural=self.plural.strip(),
            grammar=self.grammar.strip(),
            glosses=tuple(g.strip() for g in self.glosses if g.strip()),
            translation=self.translation.strip(),
            source=self.source.strip(),
            date=self.date.strip(),
            added=self.added or time.time(),
        )


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the regular expression \w matches


def _find_whole(text: str, word: str) -> int:
    """Index of the first whole-word occurrence of ``word`` in ``text``, or -1."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not _is_word_char(text[start - 1])) and (
            end == len(text) or not _is_word_char(text[end])
        ):
            return start
        start = text.find(word, start + 1)
    return -1


def highlight_span(sentence: str, word: str) -> tuple[int, int] | None:
    """Where ``word`` stands in ``sentence`` as a whole word (first match; case
    is ignored when the exact form is absent), or None."""
    word = word.strip()
    if not word:
        return None
    start = _find_whole(sentence, word)
    if start < 0:
        lower, lower_word = sentence.lower(), word.lower()
        if len(lower) == len(sentence) and len(lower_word) == len(word):  # same offsets
            start = _find_whole(lower, lower_word)
    return (start, start + len(word)) if start >= 0 else None


def sentence_html(sentence: str, word: str, css_class: str = "target") -> str:
    """The sentence as escaped HTML with ``word`` wrapped in ``<span class="target">``."""
    span = highlight_span(sentence, word)
    if span is None:
        return html.escape(sentence, quote=False)
    start, end = span
    return (
        html.escape(sentence[:start], quote=False)
        + f'<span class="{css_class}">{html.escape(sentence[start:end], quote=False)}</span>'
        + html.escape(sentence[end:], quote=False)
    )


def card_row(card: Card) -> tuple[str, ...]:
    """One CSV/TSV row in :data:`COLUMNS` order."""
    added = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(card.added)) if card.added else ""
    return (
        card.word, card.lemma, card.article, card.plural, card.grammar,
        GLOSS_SEPARATOR.join(card.glosses), card.sentence, card.translation,
        card.source, card.date, added,
    )  # fmt: skip


def export_table(cards: Iterable[Card], path: Path, *, delimiter: str = ",") -> int:
    """Write the cards as CSV (``delimiter=","``) or TSV (``"\\t"``) with a header row.

    UTF-8, quoted where needed (the csv module's rules). Written to a temporary
    file beside ``path`` and renamed over it, so a failure leaves no half file.
    Returns the number of cards written; raises OSError.
    """
    rows: Sequence[Card] = list(cards)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
            writer.writerow(COLUMNS)
            writer.writerows(card_row(card) for card in rows)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(rows)
