"""What a lookup knows of the word's text: its sentence and the nouns around it.

The reading layer appends the context to the frame of a lookup key
(:func:`context`, after :data:`CONTEXT_MARK`), so that the card and
``analyze --json --tokens`` ask the same question and get the same answer;
:func:`split_frame` reads it back. The sentence serves the fixed phrases
(:mod:`app.dictionary.phrases`), the nouns of the neighbouring sentences the
text's field (:data:`TOPIC_MARK`, :mod:`app.dictionary.service`): a text whose
nouns are animals ranks "Herde [zool.]: herd" before "Herd [med.]: focus". Pure
functions on strings; never raise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

#: Separates the verb frame of a lookup key from the word's sentence, and the
#: sentence from the nearby nouns.
CONTEXT_MARK = "¦"
_PAIR = "|"  # between a word's form and lemma (no blank: see _clean)
#: Separates a frame from the fields of the text (inside the dictionary's own keys).
TOPIC_MARK = "§"

#: (form, lemma) of each word of a sentence, lower-cased, and whether it is a noun.
Sentence = list[tuple[str, str, bool]]


@dataclass(frozen=True, slots=True)
class Context:
    """A lookup key's frame read back: the verb frame, the word's position in its
    sentence (-1: no sentence), the sentence and the nouns nearby."""

    frame: str
    position: int = -1
    sentence: Sentence = field(default_factory=list)
    topic: tuple[str, ...] = ()
    #: the text's nouns that begin or end with the looked-up noun ("Landesregierung" for
    #: "Land", "Bahnstrecke" for "Strecke")
    compounds: tuple[str, ...] = ()


def context(
    position: int,
    words: Sequence[tuple[str, str]],
    topic: Sequence[str] = (),
    compounds: Sequence[str] = (),
) -> str:
    """The context part of a lookup key: the word's position, every word's form and
    lemma, the nouns of the sentences around, and the text's compounds that begin or
    end with the word (what :func:`split_frame` reads back)."""
    pairs = " ".join(f"{_clean(form)}{_PAIR}{_clean(lemma)}" for form, lemma in words)
    nouns = " ".join(_clean(noun) for noun in topic)
    tail = " ".join(_clean(noun) for noun in compounds)
    return f" {CONTEXT_MARK}{position} {pairs} {CONTEXT_MARK}{nouns}" + (
        f" {CONTEXT_MARK}{tail}" if tail else ""
    )


def _clean(text: str) -> str:
    """A word without the context's separators, so that ``frame.split()`` of a key
    never yields a bare word of the sentence ("mit" stays the frame's own)."""
    return "".join(
        ch for ch in text if not ch.isspace() and ch not in (CONTEXT_MARK, _PAIR, TOPIC_MARK)
    )


def split_frame(frame: str) -> Context:
    """The :class:`Context` of a lookup key's frame."""
    base, mark, rest = frame.partition(CONTEXT_MARK)
    if not mark:
        return Context(frame)
    words, _, nouns = rest.partition(CONTEXT_MARK)
    nouns, _, compounds = nouns.partition(CONTEXT_MARK)
    head, _, pairs = words.partition(" ")
    sentence: Sentence = []
    for pair in pairs.split(" "):
        form, _, lemma = pair.partition(_PAIR)
        if form:
            lemma = lemma or form
            sentence.append((form.lower(), lemma.lower(), lemma[:1].isupper()))
    try:
        position = int(head)
    except ValueError:
        position = -1
    return Context(
        base.rstrip(), position, sentence, tuple(nouns.split()), tuple(compounds.split())
    )


def with_topic(frame: str, fields: Sequence[str]) -> str:
    """A verb frame with the text's fields, for the dictionary's own memo."""
    return f"{frame}{TOPIC_MARK}{','.join(sorted(fields))}" if fields else frame


def split_topic(frame: str) -> tuple[str, frozenset[str]]:
    """(verb frame, the text's fields) of a frame made by :func:`with_topic`."""
    base, mark, fields = frame.partition(TOPIC_MARK)
    return base, frozenset(fields.split(",")) if mark and fields else frozenset()
