"""Numbers in words: adjectives of a number and a time unit ("sechswöchig",
"84-jährige", "vierstündigen") and the clock time ("um 14 Uhr").

German forms an adjective of duration or age from any number and a unit noun with
-ig ("sechs Wochen" -> "sechswöchig", "84 Jahre" -> "84-jährig"); Ding lists a few
("dreiwöchig :: three-week", "dreijährig :: three-year-old; three-year") but no
dictionary lists them all. English says the same with a hyphenated number and the
unit ("a six-week course", "an 84-year-old woman"). A word Ding lacks that is such an
adjective (a number word or digits, the unit with -ig, any adjective ending) gets
that gloss; a word whose first part is no number ("mehrwöchig", in Ding) is left to
the other steps.

German gives the time of day as a number and "Uhr" ("um 14 Uhr", "gegen drei Uhr",
"14.30 Uhr"); English says "o'clock" or the time. Ding's "Uhr" lines are the clock and
the watch (its "o'clock" is only in phrases of one hour, "sechs Uhr"), so after a
number :func:`clock_time_first` puts "o'clock" first. "bis zu" before a number is
a maximum ("bis zu 45 Minuten", "bis zu 28 Schüler"): "up to", which Ding gives "bis"
only as a place or a time; :func:`up_to_first` puts it first. No Qt; never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.dictionary.model import SOURCE_NAME, Gloss, WordInfo, senses_first
from app.grammar import is_numeral
from app.lexicon.numbers import TENS, UNITS, VALUES

#: The unit with -ig (umlaut as German forms it) and its English noun; "jährig" also
#: gives a person's or thing's age ("die 84-jährige Frau": 84-year-old), first as Ding
#: puts it ("dreijährig :: three-year-old; three-year").
_UNITS = {
    "sekündig": ("second",),
    "minütig": ("minute",),
    "stündig": ("hour",),
    "tägig": ("day",),
    "wöchig": ("week",),
    "monatig": ("month",),
    "jährig": ("year-old", "year"),
}
_ENDINGS = ("", "e", "en", "er", "es", "em")
#: From the one table of German number words (:mod:`app.lexicon.numbers`): one to nine
#: ("eins" too), ten to nineteen, the tens.
_ONES = {w: VALUES[w] for w in UNITS[1:10]} | {"eins": 1}
_SMALL = {w: VALUES[w] for w in UNITS[10:]}
_TENS = {w: VALUES[w] for w in TENS}
_ENGLISH = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)  # fmt: skip
_DIGITS = re.compile(r"(\d{1,4})-?")


def german_number(text: str) -> int | None:
    """The value of a German number word below a million ("sechs", "vierundzwanzig",
    "zweihundert", "zwanzigtausend"), or None."""
    if not text:
        return None
    for word, factor in (("tausend", 1000), ("hundert", 100)):
        head, sep, rest = text.partition(word)
        if sep:
            count = german_number(head) if head else 1
            tail = german_number(rest) if rest else 0
            if count is None or tail is None or tail >= factor:
                return None
            return count * factor + tail
    if text in _ONES:
        return _ONES[text]
    if text in _SMALL:
        return _SMALL[text]
    if text in _TENS:
        return _TENS[text]
    if text.endswith("zehn") and text[:-4] in _ONES and _ONES[text[:-4]] >= 3:
        return 10 + _ONES[text[:-4]]  # "dreizehn"; not "einzehn"
    ones, sep, tens = text.partition("und")
    if sep and ones in _ONES and tens in _TENS:
        return _ONES[ones] + _TENS[tens]  # "vierundzwanzig"
    return None


def _english_number(value: int) -> str:
    """English style: one to twelve in words, larger numbers in digits."""
    return _ENGLISH[value] if 0 < value < len(_ENGLISH) else str(value)


def numeral_glosses(word: str) -> tuple[str, str] | None:
    """(the adjective's base form, its English glosses joined by "; ") for a number
    with a time unit in -ig ("sechswöchigen" -> "sechswöchig", "six-week"), or None;
    a capitalised unit is a noun, only of the age ("34-Jährigen" -> "34-Jährige",
    "34-year-old")."""
    lower = word.lower()
    for unit, english in _UNITS.items():
        for ending in _ENDINGS:
            if not lower.endswith(unit + ending):
                continue
            number = lower[: len(lower) - len(unit) - len(ending)]
            digits = _DIGITS.fullmatch(number)
            if digits is not None:
                value: int | None = int(digits.group(1))
                shown = digits.group(1)  # "84-jährige": 84-year-old
            else:
                value = german_number(number)
                shown = _english_number(value) if value is not None else ""
            if not value:
                return None
            base = word[: len(word) - len(ending)]
            if word[len(number) : len(number) + 1].isupper():  # "der 34-Jährige"
                return (base + "e", f"{shown}-{english[0]}") if unit == "jährig" else None
            return base, "; ".join(f"{shown}-{e}" for e in english)
    return None


def numeral_adjective_info(word: str, original: str, pos: str, morph: str) -> WordInfo | None:
    """The WordInfo of a number-and-unit adjective Ding lacks, or None. As a noun
    only the age: "der 34-Jährige" is "the 34-year-old", as in English."""
    if not word[:1].islower() and not word[:1].isdigit():
        return None
    found = numeral_glosses(word)
    if found is None:
        return None
    base, glosses = found
    senses = tuple(Gloss(g) for g in glosses.split("; "))
    return WordInfo(
        word=original,
        lemma=base,
        pos=pos or "ADJ",
        morph=morph,
        glosses=tuple(g.text for g in senses),
        source=SOURCE_NAME,
        headword=base,
        senses=senses,
        match="numeral",
    )


#: The noun of the clock time and its gloss after a number.
CLOCK_NOUN = "Uhr"
CLOCK_GLOSS = Gloss("o’clock", note="the time of day: 14 Uhr = 2 pm")


def clock_time_first(info: WordInfo, previous: str, limit: int) -> WordInfo:
    """``info`` of "Uhr" with "o'clock" first when ``previous`` (the word before it)
    is a number ("um 3 Uhr", "gegen drei Uhr"); else ``info`` ("rund um die Uhr")."""
    if info.lemma != CLOCK_NOUN or not previous or not is_numeral(previous):
        return info
    return senses_first(info, (CLOCK_GLOSS,), limit)


#: "bis zu" before a number: a maximum, "up to" (not "by; at the latest").
UP_TO = Gloss("bis zu: up to")


def up_to_first(info: WordInfo, following: Sequence[str], limit: int, before: str = "") -> WordInfo:
    """``info`` of "bis" with "bis zu: up to" first when ``following`` (the words after
    it, lower case) are "zu" and a number ("bis zu 45 Minuten"); else ``info`` ("bis
    zum Abend", "bis 2030"). The same for the "zu" of it, ``before`` being the word
    before ("bis"): the tagger reads that "zu" as the adjective (closed, too)."""
    if info.lemma.lower() == "zu" and before == "bis":
        following = ["zu", *following]
    elif info.lemma.lower() != "bis":
        return info
    if len(following) < 2 or following[0] != "zu":
        return info
    if not is_numeral(following[1]):
        return info
    return senses_first(info, (UP_TO,), limit)
