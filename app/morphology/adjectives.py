"""Adjective forms: base form, degree (positive, comparative, superlative) and ending.

"gelassener" is the comparative of "gelassen" when nothing follows it ("sieht
die Lage gelassener") and "gelassen" + ending "-er" before a noun ("ein
gelassener Mann"): an attributive adjective is always inflected, a predicative
or adverbial one never (except "am -sten"). The base must be a known adjective
(Ding), a participle of a known verb ("gestiegen", "steigend"), or the
pipeline's lemma when the form is built from it by the regular rules.

Pure functions on strings; no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.memo import word_cache
from app.core.wordfreq_data import zipf_table
from app.morphology.forms import de_umlaut, regular_comparative, regular_superlative
from app.morphology.lexicon import (
    adjective_comparison,
    irregular_comparison_base,
    noun_modifier,
    participles,
)
from app.morphology.verbs import INSEPARABLE, SEPARABLE, paradigm

_ENDINGS = ("", "e", "en", "er", "em", "es")
#: Comparisons Ding does not give in a form the build could read.
_IRREGULAR = {
    "nah": ("näher", "nächst"), "viel": ("mehr", "meist"), "wenig": ("weniger", "wenigst"),
    "gern": ("lieber", "liebst"), "bald": ("eher", "ehest"), "hoch": ("höher", "höchst"),
    "gut": ("besser", "best"), "groß": ("größer", "größt"),
}  # fmt: skip
_NOT_ADJECTIVES = frozenset({"der", "die", "das", "ein", "eine", "kein", "mehr", "sehr"})
#: Comparatives of adverbs the adjective tables lack ("öfter" of oft, "minder"); with the
#: comparatives of :data:`_IRREGULAR` the forms :func:`is_comparative` knows by heart.
_ADVERB_COMPARATIVES = frozenset({"öfter", "minder"})
#: Endings of a comparative after its "-er" (none, or an adjective's ending).
_COMPARATIVE_ENDINGS = ("er", "ere", "eren", "erem", "erer", "eres")
#: Lemmas whose forms in -er are no comparatives: "je einer", "je seiner", "je vieler",
#: "je mehrere" (lemmatised "mehr"; "mehr" itself is known by heart).
_DETERMINER_LEMMAS = frozenset(
    {"ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "dies", "jen", "manch",
     "welch", "solch", "all", "ander", "viel", "der", "jed", "mehr"}
)  # fmt: skip
_PLAIN = str.maketrans("äöü", "aou")
#: Positives of :data:`_IRREGULAR` whose comparative is declined before a noun ("die
#: besseren Chancen", "je höheren Lohn"); "mehr" and "weniger" stay as they are.
_INFLECTED_IRREGULAR = ("gut", "hoch", "nah", "groß")
_INFLECTED_ENDINGS = ("ere", "eren", "erem", "erer", "eres")


def is_comparative(form: str, lemma: str) -> bool:
    """Is ``form`` (lower case) a comparative of ``lemma`` (the tagger's, lower case):
    "weniger", "mehr", "größer" (groß), "längeren" (lang), "teurer" (teuer), "dunkler"
    (dunkel); not a positive in -er ("sicher", "bitter", "ander") nor a determiner's
    form ("einer", "seiner")? The one test of a comparative by its lemma (the
    correlatives "je … desto/umso" read it); :func:`read_adjective` reads the degree of a
    form without a lemma to go by."""
    if form in _ADVERB_COMPARATIVES or any(form == c for c, _s in _IRREGULAR.values()):
        return True
    if any(form.startswith(_IRREGULAR[p][0]) for p in _INFLECTED_IRREGULAR):
        return form.endswith(_INFLECTED_ENDINGS)  # "besseren", "höhere", "nähere"
    if form == lemma or lemma in _DETERMINER_LEMMAS or not form.endswith(_COMPARATIVE_ENDINGS):
        return False
    plain, base = form.translate(_PLAIN), lemma.translate(_PLAIN)
    if base.endswith("e"):  # "leise" -> "leiser"
        base = base[:-1]
    bases = [base]
    if base.endswith(("er", "el")):  # "teuer" -> "teurer", "dunkel" -> "dunkler"
        bases.append(base[:-2] + base[-1])
    return any(
        len(b) >= 2 and plain.startswith(b) and plain[len(b) :] in _COMPARATIVE_ENDINGS
        for b in bases
    )


@dataclass(frozen=True, slots=True)
class AdjectiveReading:
    lemma: str
    degree: str  # "Pos", "Cmp", "Sup"
    ending: str  # inflection ending, "" when uninflected


def _is_base(word: str, hint: str) -> bool:
    """Is ``word`` the base form of an adjective (or participle used as one)?"""
    if adjective_comparison(word) is not None or word in _IRREGULAR:
        return True
    if word == hint.lower() and len(word) > 2:
        return True
    if word.endswith("end") and paradigm(word[:-1]) is not None:
        return True  # present participle: "steigend"
    if word.endswith("iert") and len(word) > 6:
        return True  # the participle of an "-ieren" verb: "restauriert"
    found = participles()
    if word in found:
        return True  # "gestiegen", "angekündigt"
    for k in range(2, min(len(word) - 4, 9)):
        if word[:k] in SEPARABLE and word[k:] in found:
            return True  # "vorbereitet" from "bereitet"
        if word[:k] in INSEPARABLE and word[k:].startswith("ge") and word[k + 2 :] in found:
            return False
    return False


def listed_base(word: str) -> bool:
    """Is ``word`` (small) an adjective's base form by the tables and rules alone, without
    a tagger's lemma to trust ("ökologisch", "steigend"; not "allgäuer", "limnologischen")?"""
    return _is_base(word, "")


def _compound_base(word: str) -> bool:
    """ "exportstark", "menschenleer": a known adjective of five letters or more after
    a noun (not "auf" + "geben")."""
    return any(
        adjective_comparison(word[k:]) is not None and noun_modifier(word[:k])
        for k in range(3, len(word) - 4)
    )


def _comparisons(base: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    comparatives = {regular_comparative(base)}
    superlatives = {regular_superlative(base), base + "st", base + "est"}
    stored = adjective_comparison(base) or ("", "")
    for comparative, superlative in (stored, _IRREGULAR.get(base, ("", ""))):
        if comparative:
            comparatives.add(comparative)
            superlatives.add(superlative)
    return tuple(comparatives), tuple(superlatives)


@word_cache(8192)
def read_adjective(form: str, hint: str = "") -> tuple[AdjectiveReading, ...]:
    """Every reading of ``form`` as an adjective, most plausible first (empty if none)."""
    low = form.lower()
    if low in _NOT_ADJECTIVES or not low.isalpha():
        return ()
    out = _readings(low, hint)
    if (
        len(out) > 1
        and low == hint.lower()
        and not _is_base(low, "")
        and any(r.ending and r.lemma.endswith(("end", *_ADJECTIVE_SUFFIXES)) for r in out)
    ):
        # the tagger's lemma is the form itself ("Forschende", "Limnologischen"): a
        # participle or an adjective by its suffix with an ending, not the bare form
        # (which stays for "Lange": the adverb lange, not lang + "-e")
        out = [r for r in out if r.ending or r.lemma != low]
    if not out and "ss" in low:  # Swiss spelling: "grosse" for "große"
        out = [
            AdjectiveReading(r.lemma, r.degree, r.ending)
            for r in _readings(low.replace("ss", "ß"), hint.replace("ss", "ß"))
        ]
    return tuple(dict.fromkeys(out))


#: Pronoun-like adjectives without degrees, whose "-er" is an ending ("solcher", "anderer").
_NOT_GRADED = frozenset(
    {"solch", "solche", "welch", "welche", "manch", "manche", "ander", "andere", "jen",
     "jene", "dies", "diese", "etlich", "etliche", "einig", "einige", "sämtlich", "paar",
     "niemand", "jemand"}
)  # fmt: skip


#: Suffixes that make adjectives of nouns and stems: a form the tagger could not
#: lemmatise ("Limnologischen") is such an adjective + an ending.
_ADJECTIVE_SUFFIXES = ("isch", "lich", "ig", "bar", "sam", "haft", "los")


def _ordinal_like(base: str) -> bool:
    """An adjective in "-te" is an ordinal ("dritte", "zwanzigste") or built on a
    superlative ("letzte", "nächste"): it has no comparative, so "in dritter
    Generation" is "dritte" with the ending "-r", not a comparative."""
    return base.endswith("te") and len(base) > 3


def _readings(low: str, hint: str) -> list[AdjectiveReading]:
    out: list[AdjectiveReading] = []
    for ending in _ENDINGS:
        if ending and not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)] if ending else low
        if len(stem) < 2:
            continue
        if ending and stem == "hoh":
            out.append(AdjectiveReading("hoch", "Pos", ending))  # "hohe": "ch" -> "h"
            continue
        if (
            _is_base(stem, hint)
            or (len(stem) > 7 and _compound_base(stem))
            or (
                ending
                and low == hint.lower()
                and stem.endswith(_ADJECTIVE_SUFFIXES)
                # "Braunschweiger", "Leipziger", "siebziger": indeclinable adjectives of
                # places and decades in "-ig" + "-er", not an inflected adjective
                and not (ending == "er" and stem.endswith("ig"))
            )
        ):
            out.append(AdjectiveReading(stem, "Pos", ending))
        for base_end in ("er",):
            if stem.endswith(base_end) and len(stem) > 4:
                for base in dict.fromkeys((stem[:-2], de_umlaut(stem[:-2]), stem[:-1])):
                    if base in _NOT_GRADED or _ordinal_like(base):
                        continue  # "ein solcher Treffpunkt": no comparative of "solch"
                    if _is_base(base, hint) and stem in _comparisons(base)[0]:
                        out.append(AdjectiveReading(base, "Cmp", ending))
        for base, (comparative, superlative) in _IRREGULAR.items():
            if stem == comparative:
                out.append(AdjectiveReading(base, "Cmp", ending))
            elif stem == superlative:
                out.append(AdjectiveReading(base, "Sup", ending))
        if stem.endswith("st") and len(stem) > 4:
            trimmed = stem[:-3] if stem.endswith("est") else stem[:-2]
            for base in dict.fromkeys(
                (trimmed, stem[:-2], de_umlaut(trimmed), de_umlaut(stem[:-2]))
            ):
                if len(base) > 1 and _is_base(base, hint) and stem in _comparisons(base)[1]:
                    out.append(AdjectiveReading(base, "Sup", ending))
        stored_base = _stored_base_of(stem)
        if stored_base is not None:
            out.append(AdjectiveReading(stored_base[0], stored_base[1], ending))
    out = [r for r in out if not _rare_base_comparative(r, out)]
    compared = {(r.ending, r.lemma) for r in out if r.degree != "Pos"}
    stems = {(r.ending,) for r in out if r.degree != "Pos"}
    # "höchsten": the superlative of "hoch", not the adverb-like "höchst" inflected
    out = [
        r
        for r in out
        if r.degree != "Pos" or (r.ending,) not in stems or (r.ending, r.lemma) in compared
    ]
    out = [_ordinal_lemma(r) for r in out]
    return list(dict.fromkeys(out))


#: Cardinals whose ordinal adds "-t" ("zweite", "sechste"); from twenty on "-st"
#: ("zwanzigste", "hundertste"); "erste", "dritte", "siebte", "achte" are irregular.
_CARDINALS_T = ("zwei", "vier", "fünf", "sechs", "sieben", "neun", "zehn", "elf", "zwölf")
_IRREGULAR_ORDINALS = ("erst", "dritt", "siebt", "acht")
_TENS = ("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
         "hundert", "tausend", "zig")  # fmt: skip
#: What may stand before the last numeral of an ordinal written as one word: numerals
#: and "und" ("siebzehnt", "einundzwanzigst", "hundertdritt"), nothing else ("entzweit"
#: is a participle).
_NUMERAL_PREFIX = re.compile(
    "(?:ein|zwei|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf|und|"
    + "|".join(_TENS[:-1])
    + ")*"
)


def is_ordinal_stem(base: str) -> bool:
    """ "erst", "sechst", "siebzehnt", "zwanzigst": an ordinal without its ending."""
    for last, suffix in (
        *((stem, "") for stem in _IRREGULAR_ORDINALS),
        *((tens, "st") for tens in _TENS),
        *((cardinal, "t") for cardinal in _CARDINALS_T),
    ):
        end = last + suffix
        if base.endswith(end) and _NUMERAL_PREFIX.fullmatch(base[: len(base) - len(end)]):
            return True
    return False


def _ordinal_lemma(reading: AdjectiveReading) -> AdjectiveReading:
    """An ordinal's base form is the one with "-e" ("der ersten": erste, "zur sechsten":
    sechste; "erst" is the adverb): only with an ending, the bare word stays."""
    if reading.ending and is_ordinal_stem(reading.lemma):
        return AdjectiveReading(reading.lemma + "e", reading.degree, reading.ending)
    return reading


#: A comparative whose base is rarer than this (Zipf) yields to an adjective of the
#: form's own ("lecker": not the comparative of "leck").
_RARE_BASE = 4.0


def _rare_base_comparative(reading: AdjectiveReading, out: list[AdjectiveReading]) -> bool:
    """``reading`` is the comparative of a rare base ("leck") while the same form, with
    the same ending, is a more frequent adjective of its own ("lecker"): not "weiter"
    (of "weit"), "lauter" (of "laut"), whose bases are common."""
    if reading.degree != "Cmp":
        return False
    own = [r for r in out if r.degree == "Pos" and r.ending == reading.ending]
    if not own or adjective_comparison(own[0].lemma) is None:
        return False
    words = zipf_table("de", "small")  # read once and shared
    base = words.get(reading.lemma, 0.0)
    return base < _RARE_BASE and words.get(own[0].lemma, 0.0) > base


#: A word this frequent (Zipf) whose inflected forms texts never use is no adjective.
_FREQUENT_BASE = 4.0
#: An inflected form counts as used from this Zipf on (about once in three million
#: words; rarer ones are noise: "noche" is Spanish, "genuge" a typo).
_INFLECTED_FLOOR = 2.5


def inflects(base: str) -> bool:
    """May ``base`` show a degree? Ding's adjectives and verbs' participles do; a word
    only the tagger's lemma calls an adjective does unless it is frequent while none of
    its inflected forms is in the word frequencies: an adverb, preposition or noun the
    tagger called an adjective ("unterwegs", "durchs", "Trainer"). A rarer word keeps
    the benefit of the doubt (the frequency list stops at Zipf 3 or so)."""
    if adjective_comparison(base) is not None:
        return True
    return inflects_in_use(base)


def inflects_in_use(base: str) -> bool:
    """:func:`inflects` without trusting Ding's adjective table: Ding lists adverbs among
    its adjectives ("noch", "sofort", "dabei", "genug", "besonders" share an entry with
    adjectives), so where the tagger read an adverb the table alone is no evidence. A
    comparison Ding gives, a participle, a rare word, or an inflected form in the word
    frequencies ("gleiche", "teure", "dunkle") is."""
    if base in _IRREGULAR or any(adjective_comparison(base) or ()):
        return True
    if base in participles() or base.endswith(("end", "iert")):
        return True
    if zipf_table("de", "small").get(base, 0.0) < _FREQUENT_BASE:
        return True
    words = zipf_table("de", "large", _INFLECTED_FLOOR)  # read once and shared
    stems = {base, base[:-2] + base[-1]} if base.endswith(("er", "el")) else {base}
    endings = ("n", "r", "s", "m") if base.endswith("e") else _ENDINGS[1:]  # "leisen"
    return any(stem + ending in words for stem in stems for ending in endings)


def pronoun_like(base: str) -> bool:
    """ "manch", "solch", "einige": a determiner or quantifier inflected like an
    adjective, which has no degree ("Mancher Betrieb", "ein paar Leute")."""
    return base in _NOT_GRADED


def _stored_base_of(stem: str) -> tuple[str, str] | None:
    """(base, degree) for an irregular comparative or superlative stem Ding lists."""
    return irregular_comparison_base(stem)


#: Quantifiers whose comparative does not inflect, like "mehr" of "viel".
_QUANTIFIERS = frozenset({"wenig"})


def uninflected_quantity(reading: AdjectiveReading) -> bool:
    """ "weniger" as the comparative of "wenig", which does not inflect, like "mehr".
    Before a singular noun it is that comparative ("weniger Spielraum": less room; the
    positive stays uninflected there, "wenig Spielraum"); before a plural it may be the
    positive's genitive ("innerhalb weniger Stunden": within a few hours)."""
    return reading.degree == "Cmp" and not reading.ending and reading.lemma in _QUANTIFIERS


def choose(
    readings: tuple[AdjectiveReading, ...], attributive: bool
) -> tuple[AdjectiveReading, ...]:
    """The readings that fit the adjective's use: inflected before a noun,
    uninflected otherwise ("am höchsten" counts as uninflected)."""
    if attributive:
        kept = tuple(r for r in readings if r.ending)
    else:
        kept = tuple(
            r for r in readings if not r.ending or (r.degree == "Sup" and r.ending == "en")
        )
    return kept or readings
