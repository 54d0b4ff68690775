"""Correlatives and two-part conjunctions: "je … desto/umso", "weder … noch", "sowohl …
als auch", "je" before a noun, "desto/umso" before a comparative.

Ding writes a two-part conjunction as one headword with a gap ("je {conj} … desto :: the
… the"); its first word alone has other senses ("je :: each; ever; per"). Two cues make the
gap headword's line what the word means: the sentence has the second part after the word
("Je länger der Streit dauert, desto teurer wird er"; the reading layer marks it in the
frame, :func:`split_second_parts`), or, for "je", a comparative follows ("Es wird umso
teurer, je länger wir warten": :func:`reading` gives :data:`CONJUNCTION`, whose lines are
the gap headwords with :data:`SECOND_PARTS`). "je" before a noun is the preposition "je ::
per" ("1,65 Euro je Quadratmeter") where "per" stands: first in its clause, after a noun or
a number, or before a noun and a number (not "Ob er je Reue gezeigt habe": ever); the
tagger calls all of them adverbs. "desto" and "umso" before a comparative are the second
half of the correlative or an intensifier of its own ("Umso wichtiger sei es …"): "all
the" (more important), which Ding has only inside phrases ("desto besser :: so much the
better", "um so mehr :: all the more"). Pure functions; the lines come from the caller;
no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.dictionary.model import Gloss, WordInfo, senses_first

#: :func:`reading` of "je" before a comparative: the gap headwords "je … desto/umso"
#: (:func:`correlative_first` with :data:`SECOND_PARTS`).
CONJUNCTION = "SCONJ"
#: :func:`reading` of "je" before a noun: the part of speech whose lines come first.
PREPOSITION = "ADP"
#: "desto"/"umso" before a comparative: Ding's phrases "desto besser :: so much the
#: better", "um so mehr :: all the more" without their adjective.
DEGREE = (Gloss("all the"), Gloss("so much the"))
#: The second halves of the correlative "je … desto/umso".
SECOND_PARTS = frozenset({"desto", "umso"})

#: (form, lemma, noun?) of each word of a clause, lower case (context.Sentence).
_Word = tuple[str, str, bool]


def reading(word: str, position: int, sentence: Sequence[_Word]) -> str | tuple[Gloss, ...] | None:
    """How the word at ``position`` of ``sentence`` is read when it is "je", "desto" or
    "umso" with a telling next word: the part of speech whose Ding lines come first
    (:data:`CONJUNCTION` for "je" before a comparative, :data:`PREPOSITION` for "je"
    before a noun where "per" stands, :func:`_per_position`), the glosses of
    "desto"/"umso" before a comparative (:data:`DEGREE`), or None (anything else: "je
    zwei Euro", "mehr als je zuvor")."""
    low = word.lower()
    if low not in SECOND_PARTS and low != "je":
        return None
    if not 0 <= position < len(sentence) - 1:
        return None
    form, lemma, noun = sentence[position + 1]
    # imported here: the dictionary must not load the morphology engine on import (the CLI
    # pays for it on every run; bench.analysis_overhead)
    from app.morphology.adjectives import is_comparative

    if is_comparative(form.lower(), lemma.lower()):
        return DEGREE if low in SECOND_PARTS else CONJUNCTION
    if low == "je" and noun and _per_position(position, sentence):
        return PREPOSITION
    return None


#: Words after which "je" before a noun opens its clause: "per" ("…, je Einwohner").
_CLAUSE_OPENERS = frozenset({",", ";", ":", "(", "-", "–", "und", "oder", "bzw."})


def _per_position(position: int, sentence: Sequence[_Word]) -> bool:
    """Whether "je" at ``position`` stands where "per" does: first in its clause ("Je
    Einwohner gab die Stadt …"), after a noun or a number ("3,10 Euro je Liter") or before
    a noun and a number ("gibt je Einwohner 300 Euro aus"); else, after a verb, a pronoun
    or "ob", it is "ever" ("Ob er je Reue gezeigt habe", "hat je Zahlen genannt")."""
    if position == 0 or _amount(sentence[position + 2 : position + 3]):
        return True  # "gibt je Einwohner 300 Euro aus"
    form, _, noun = sentence[position - 1]
    return noun or form.lower() in _CLAUSE_OPENERS or _amount([sentence[position - 1]])


def _amount(words: Sequence[_Word]) -> bool:
    """Whether the first of ``words`` is a number in digits ("300", "3,10")."""
    return bool(words) and any(ch.isdigit() for ch in words[0][0])


#: The gap of a two-part headword ("je … desto").
GAP = "…"


def second_part(head: str, word: str) -> str | None:
    """The first word after the gap of a headword "WORD … PART" ("je … desto" -> "desto"),
    lower-cased; None for a headword of another shape or another first word."""
    before, gap, after = head.partition(GAP)
    words = before.split()
    following = after.split()
    if not gap or len(words) != 1 or not words[0].isalpha() or not following:
        return None
    if words[0].lower() != word.lower():
        return None
    part = following[0].lower()
    return part if part.isalpha() else None


def split_second_parts(frame: str) -> tuple[str, frozenset[str]]:
    """A lookup's frame without its marks of a two-part conjunction's second part
    (:data:`GAP` + the word: "…desto", set by the reading layer when "desto" follows in
    the sentence), and those parts."""
    words = frame.split()
    parts = frozenset(w[len(GAP) :] for w in words if w.startswith(GAP) and len(w) > len(GAP))
    if not parts:
        return frame, parts
    return " ".join(w for w in words if not w.startswith(GAP)), parts


def correlative_first(
    info: WordInfo,
    lines: Sequence[tuple[str, Sequence[str]]],
    word: str,
    parts: frozenset[str],
    limit: int,
) -> WordInfo:
    """``info`` with the glosses of the two-part headwords among ``lines`` ((headword,
    glosses) of the word's Ding lines) first whose second part is one of ``parts`` (the
    words that follow in the sentence); else ``info`` unchanged ("Die Kinder bekamen je
    einen Apfel": each)."""
    first: list[Gloss] = []
    for head, glosses in lines:
        part = second_part(head, word)
        if part is not None and part in parts:
            first.extend(Gloss(g) for g in glosses if g and Gloss(g) not in first)
    return senses_first(info, first, limit) if first else info
