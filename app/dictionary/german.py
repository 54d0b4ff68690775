"""Small pieces of German word morphology used by the dictionary lookup.

- :func:`clean_token` decides whether a token can be looked up at all (letters,
  inner hyphens and apostrophes; no digits, emoji or mixed scripts).
- :func:`inflection_candidates` guesses base forms by regular suffix rules
  (adjective and noun endings, verb person and tense endings, ``ge-...-t``).
- :func:`case_variants` gives the other capitalisations worth trying.
- :data:`LINKING_ELEMENTS` are the joints of compounds (Waffe-n-lieferung).

No database, no Qt; pure functions on strings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_WORD_LENGTH = 64

#: Linking elements between compound parts, longest first; "" for none.
LINKING_ELEMENTS = ("es", "en", "er", "ns", "s", "n", "e", "")

_APOSTROPHES = "'’"
_LETTERS = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
# Latin letters: ASCII, Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional
_LATIN_WORD = re.compile(r"^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff'’-]+$")


def clean_token(word: str) -> str | None:
    """The word as it can be looked up, or None for input that has no entry.

    Strips surrounding punctuation and quotes; refuses empty strings, digits,
    symbols and emoji, over-long tokens and words mixing Latin with other scripts.
    """
    if not isinstance(word, str) or not word or len(word) > MAX_WORD_LENGTH * 2:
        return None
    word = unicodedata.normalize("NFC", word.strip().strip("\"'„“”»«‚‘’()[]{}.,;:!?…"))
    word = word.strip("-")  # "Nord-" in "Nord- und Südkorea" stands for "Nord"
    word = word.replace("\u00ad", "").replace("\u200b", "")
    if not word or len(word) > MAX_WORD_LENGTH or not _LETTERS.match(word):
        return None
    if not _LATIN_WORD.match(word):  # no other scripts, alone or mixed in
        return None
    return word


def _by_last_letter(rules: tuple[tuple[str, str], ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """(suffix, replacement) rules grouped by the suffix's last letter, in order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for suffix, replacement in rules:
        out.setdefault(suffix[-1], []).append((suffix, replacement))
    return {letter: tuple(group) for letter, group in out.items()}


# -nis nouns double their s: Bündnisses, Ergebnissen -> Bündnis, Ergebnis
_NIS_RULES = _by_last_letter((("nisses", "nis"), ("nissen", "nis"), ("nisse", "nis")))
# adjective and noun endings
_ENDING_RULES = _by_last_letter(
    tuple((suffix, "") for suffix in ("en", "em", "er", "es", "e", "n", "s", "ns"))
)
# verb forms -> infinitive
_VERB_RULES = _by_last_letter((
    ("test", "en"), ("tet", "en"), ("ten", "en"), ("te", "en"), ("est", "en"),
    ("et", "en"), ("st", "en"), ("t", "en"), ("e", "en"), ("t", "n"), ("st", "n"),
    ("e", "n"), ("end", "en"), ("nd", "n"),
))  # fmt: skip
# comparative and superlative of adjectives
_COMPARISON_RULES = _by_last_letter(
    tuple(
        (suffix, "")
        for suffix in ("sten", "ster", "stes", "ste", "sten", "eren", "erer", "eres", "ere", "er")
    )
)
# separable-prefix participles: an-ge-kündigt -> ankündigen
_SEPARABLE_PARTICIPLE = re.compile(
    r"^(ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|"
    r"zurück|zusammen|vorbei|heraus|hinaus|herein|dar|da)ge(.{3,})$"
)


@lru_cache(maxsize=4096)
def inflection_candidates(word: str) -> tuple[str, ...]:
    """Possible base forms of an inflected German word, most likely first.

    Regular rules only; irregular forms come from Ding itself and simplemma.
    The word itself is not included. (Cached: the chain and the compound
    splitting ask for the same words.)
    """
    out: list[str] = []
    seen = {word}
    n = len(word)
    lower = word.lower()
    last = lower[-1:]

    def add(candidate: str) -> None:
        if len(candidate) >= 2 and candidate not in seen:
            seen.add(candidate)
            out.append(candidate)

    for rules, min_stem in ((_NIS_RULES, 2), (_ENDING_RULES, 3), (_VERB_RULES, 3)):
        for suffix, replacement in rules.get(last, ()):
            if n - len(suffix) >= min_stem and lower.endswith(suffix):
                add(word[: n - len(suffix)] + replacement)
    # past participle ge...t / ge...en
    if n >= 6 and lower.startswith("ge"):
        stem = word[2:]
        if last == "t":
            add(stem[:-1] + "en")
            if lower.endswith("et"):
                add(stem[:-2] + "en")
        elif lower.endswith("en"):
            add(stem)
    match = _SEPARABLE_PARTICIPLE.match(lower)
    if match:
        prefix = word[: len(match.group(1))]
        stem = word[len(match.group(1)) + 2 :]
        if stem.endswith("t"):
            add(prefix + stem[:-1] + "en")
            if stem.endswith("et"):
                add(prefix + stem[:-2] + "en")
        elif stem.endswith("en"):
            add(prefix + stem)
    for suffix, _ in _COMPARISON_RULES.get(last, ()):
        if n - len(suffix) >= 3 and lower.endswith(suffix):
            add(word[: n - len(suffix)])
    return tuple(out)


def case_variants(word: str) -> list[str]:
    """Other capitalisations of ``word``: lower case, capitalised."""
    out: list[str] = []
    for variant in (word.lower(), word[:1].upper() + word[1:].lower(), word[:1].upper() + word[1:]):
        if variant != word and variant not in out:
            out.append(variant)
    return out


def spelling_variants(word: str) -> list[str]:
    """Swiss and old spellings mapped to today's: "Strasse" -> "Straße", "Prozeß" -> "Prozess"."""
    if "ß" in word:
        return [word.replace("ß", "ss")]
    if "ss" not in word:
        return []
    out = [word.replace("ss", "ß")]
    if word.count("ss") > 1:  # one at a time as well: "Schlossstrasse"
        start = 0
        while (i := word.find("ss", start)) >= 0:
            out.append(word[:i] + "ß" + word[i + 2 :])
            start = i + 1
    return list(dict.fromkeys(out))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def ung_noun(verb: str) -> str | None:
    """The noun in -ung a verb's infinitive forms ("ankündigen" -> "Ankündigung",
    "verhandeln" -> "Verhandlung", "verändern" -> "Veränderung"), or None for a
    word that is no such infinitive. Whether German has it is the dictionary's
    question."""
    stem = _infinitive_stem(verb)
    if stem is None:
        return None
    if verb.endswith("eln"):
        stem = stem[:-2] + "l"  # "verhandel" -> "verhandl"
    return stem[:1].upper() + stem[1:] + "ung"


def stem_noun(verb: str) -> str | None:
    """The noun that is a verb's bare stem ("versuchen" -> "Versuch", "wechseln" ->
    "Wechsel", "ändern" -> "Änder"), or None for a word that is no such infinitive.
    Whether German has it is the dictionary's question."""
    stem = _infinitive_stem(verb)
    return stem[:1].upper() + stem[1:] if stem is not None else None


def _infinitive_stem(verb: str) -> str | None:
    """A lower-case infinitive less its -n or -en ("wechseln" -> "wechsel", "versuchen"
    -> "versuch"), or None for a word that is no such infinitive."""
    if not verb.isalpha() or not verb.islower() or len(verb) < 5:
        return None
    if verb.endswith(("eln", "ern")):
        return verb[:-1]
    if verb.endswith("en"):
        return verb[:-2]
    return None
