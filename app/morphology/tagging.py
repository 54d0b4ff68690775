"""The tagger's parts of speech, corrected where the word forms prove them wrong.

A small tagger mislabels words the grammar needs: "gebe" (adverb), "Hätte" at the
start of a sentence (noun), "erhöhte Werte" (verb), "aufgeben" (adjective).
:class:`EffectiveTags` gives the columns with those corrected, one sentence at
a time, and the helpers here say what a token is by its form: the verb reading
of a token (:func:`verb_lemma`), the noun an adjective stands before
(:func:`head_noun`), whether a token starts its sentence (:func:`mid_sentence`).
Token columns only; no Qt.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, overload

from app.core.wordfreq_data import zipf_table
from app.lexicon.words import ATTRIBUTIVE_ENDINGS
from app.morphology.adjectives import read_adjective
from app.morphology.agreement import CONTRACTIONS, DETERMINERS, bundles_of_ending
from app.morphology.forms import is_abbreviation, verb_infinitive_candidates
from app.morphology.lexicon import (
    adjective_comparison,
    is_noun_lemma,
    is_verb,
    participles,
    tables,
    verb_entry,
)
from app.morphology.nouns import ADJECTIVAL, NAME, NOUN, PLACE_HEADS, UNKNOWN, read_noun
from app.morphology.phrase import DEFINITE_ARTICLES, cut_part
from app.morphology.verbs import (
    INFINITIVE,
    INFINITIVE_GOVERNORS,
    INSEPARABLE,
    PARTICIPLE,
    SEPARABLE,
    Reading,
    clause_span,
    is_finite_only,
    readings,
)

if TYPE_CHECKING:
    from app.core.tokens import TokenTable


class EffectiveTags(Sequence[str]):
    """The tagger's parts of speech with the mistakes the word forms prove corrected:
    a finite-only verb form tagged as an adverb or noun ("gebe", "Hätte") is a verb,
    a lowercase inflected adjective before a noun ("erhöhte Werte") an adjective,
    an infinitive tagged as an adjective ("aufgeben") a verb. Worked out one
    sentence at a time, when a word of it is first asked for."""

    def __init__(self, tokens: TokenTable) -> None:
        self._tokens = tokens
        self._tags = list(tokens.tags)
        self._ids = tokens.sentence_ids
        self._done = bytearray((tokens.sentence_ids[-1] + 1) if tokens.sentence_ids else 0)

    def __len__(self) -> int:
        return len(self._tags)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        sentence = self._ids[index]
        if 0 <= sentence < len(self._done) and not self._done[sentence]:
            self._fix_sentence(index if index >= 0 else index + len(self._tags), sentence)
        return self._tags[index]

    def _fix_sentence(self, index: int, sentence: int) -> None:
        self._done[sentence] = 1
        ids = self._ids
        start = index
        while start > 0 and ids[start - 1] == sentence:
            start -= 1
        end = index
        while end + 1 < len(ids) and ids[end + 1] == sentence:
            end += 1
        for j in range(start, end + 1):
            fixed = corrected_tag(self._tokens, j)
            if fixed:
                self._tags[j] = fixed


def corrected_tag(tokens: TokenTable, index: int) -> str:
    tag = tokens.tags[index]
    if tag == "ADJ" and _split_particle(tokens.texts[index], tokens.lemmas[index]):
        return "PART"  # "trafen … aufeinander": the verb's particle, no adjective of a noun
    if tokens.texts[index].lower() in _INDEFINITE_PRONOUNS and tag not in ("PRON", "DET"):
        return "PRON"  # "nie jemanden", "niemandem" (tagged a noun, an adverb, a conjunction)
    if tag in ("NOUN", "PROPN", "ADJ") and function_word_as_noun(tokens, index):
        return "PART"
    if attributive_participle(tokens, index):
        return "ADJ"
    if tag == "VERB" and _adjective_before_noun(tokens, index):
        return "ADJ"  # "Abstiegskampf und leere Kassen": not Konjunktiv I of "leeren"
    if finite_verb_mistagged(tokens, index):
        return "AUX" if tokens.texts[index].lower() in _AUXILIARY_FORMS else "VERB"
    text = tokens.texts[index]
    if tag in _NOT_AN_ABBREVIATION and abbreviation_mistagged(tokens, index):
        return "NOUN" if read_noun(text).kind == NOUN else "PROPN"
    if capitalised_noun_mistagged(tokens, index) or adjectival_noun_mistagged(tokens, index):
        return "NOUN"
    if tag == "NOUN" and capitalised_adjective_before_noun(tokens, index):
        return "ADJ"  # "Professor für Provinzialrömische Archäologie"
    if tag == "NOUN" and bare_comparative_opening(tokens, index):
        return "ADJ"  # "Wichtiger ist die Frage …": not der Wichtige
    if lowercase_noun_mistagged(tokens, index):
        return "ADJ"
    if tag in ("ADJ", "VERB") and nominalised_small(tokens, index):
        return "NOUN"  # "für das gebotene üppig", "meint der 32jährige, …"
    if place_adjective_mistagged(tokens, index):
        return "ADJ"  # "die Kasseler Richter", "am Rosenheimer Bahnhof"
    nominal = tag != "NOUN" and after_neuter_quantifier(tokens, index)
    if nominal and head_noun(tokens, index) is None:
        return "NOUN"  # "etwas Antibakterielles" tagged DET, "nichts gutes" tagged ADV
    if text[:1].isupper() and tag in ("INTJ", "X", "PROPN", "NOUN"):
        common = _capitalised_tag(tokens, index, tag)
        if common:
            return common
    if tag == "ADJ" and adjective_comparison(text.lower()) is None and not read_adjective(text):
        found = verb_lemma(tokens, index)[1]
        if INFINITIVE in found:
            return "VERB"  # "dass Nordkorea seine Nuklearwaffen aufgeben wird"
    return ""


#: Modal particles (a closed class: Helbig, Lexikon deutscher Partikeln) that are nouns
#: when capitalised: spelt small inside a clause they are the particle ("es funktioniert
#: halt", "komm mal her"), never der Halt or das Mal.
_NOUN_LIKE_PARTICLES = frozenset({"halt", "mal", "eben"})
#: Indefinite pronouns (a closed class), tagged PRON wherever the tagger took them for a
#: noun, an adverb or a conjunction ("Niemand kam", "nie jemanden betrogen").
_INDEFINITE_PRONOUNS = frozenset(
    {"niemand", "niemandem", "niemanden", "jemand", "jemandem", "jemanden", "jedermann"}
)


def function_word_as_noun(tokens: TokenTable, index: int) -> bool:
    """A function word the tagger took for a noun: a modal particle spelt small inside its
    clause, not after an article or adjective ("das erste mal" keeps its noun), or an
    indefinite pronoun anywhere ("Niemand von uns …", "nie jemanden"): no article,
    gender or number of a noun."""
    text = tokens.texts[index]
    if text in _NOUN_LIKE_PARTICLES:
        if tokens.tags[index] == "ADJ" and text == "eben":
            return False  # "eben" is also an adjective (level); "halt", "mal" are none
        before = tokens.tags[index - 1] if index > 0 else ""
        return mid_sentence(tokens, index) and before not in ("DET", "ADJ", "NUM")
    return text.lower() in _INDEFINITE_PRONOUNS  # "Niemand kam", "nie jemanden betrogen"


def _split_particle(text: str, lemma: str) -> bool:
    """A word spelt small whose lemma (the pipeline's) is a separable verb it begins:
    the verb's particle standing at the end of its clause ("aufeinander" of
    "aufeinandertreffen")."""
    return (
        text[:1].islower()
        and len(lemma) > len(text) + 2
        and lemma.startswith(text)
        and lemma[:1].islower()
        and is_verb(lemma)
    )


def place_adjective_mistagged(tokens: TokenTable, index: int) -> bool:
    """A place's adjective in "-er" (never inflected) that the tagger took for a noun:
    before a common noun, after an article, a preposition or at the sentence's start
    ("die Kasseler Richter", "am Rosenheimer Bahnhof", "der Braunschweiger Biologe",
    "in Kasseler Schulen", "Bayreuther Festspiele beginnen"). Its stem is a name texts use (a word
    frequency), not a common noun (except a compound in "-heim", "-burg" …) nor an
    adjective; the word is unknown to the noun table or an inhabitant with a feminine
    ("Wienerin"); not the doer of a verb ("der Lehrer", "Richter", "Fahrer"). A name
    after it ("der Richter Müller") or a number before it ("5 Liter Wasser") is
    another construction."""
    texts, tags = tokens.texts, tokens.tags
    text = texts[index]
    if tags[index] not in ("NOUN", "PROPN") or not text.endswith("er") or len(text) < 6:
        return False
    if not text[:1].isupper() or not text[1:].islower():
        return False
    nxt, before = index + 1, index - 1
    if nxt >= len(texts) or tokens.sentence_ids[nxt] != tokens.sentence_ids[index]:
        return False
    if before >= 0 and tokens.sentence_ids[before] == tokens.sentence_ids[index]:
        low = texts[before].lower()
        determiner = low in DETERMINERS or low in CONTRACTIONS
        if tags[before] not in ("DET", "ADP") and not determiner:
            return False
    following = texts[nxt]
    if tags[nxt] not in ("NOUN", "PROPN") or not following[:1].isupper():
        return False
    if read_noun(following).kind != NOUN:  # "seines Wiener Jahrzehnts" tagged a name too
        return False
    stem = text[:-2]
    if is_verb(stem.lower() + "en") or is_verb(stem.lower() + "n"):
        return False  # "Lehrer", "Richter", "Wanderer"
    own = read_noun(text).kind
    if own == NOUN and read_noun(text + "in").kind != NOUN:
        return False  # an inhabitant has a feminine: "Wienerin", not "Liter"
    if own not in (NOUN, NAME) or adjective_comparison(stem.lower()) is not None:
        return False
    place = read_noun(stem)
    if place.kind == NOUN and place.head not in PLACE_HEADS:
        return False  # "Ritter": "Ritt"; "Rosenheimer": Rosen + Heim is a place
    # the stem is a word of its own that texts use ("Kassel", "Aachen"), not a piece
    # ("mit dem Kanzler Schritt halten": "Kanzl"; misspelt "dem Beistzer Dirk")
    return zipf_table("de", "small").get(stem.lower(), 0.0) >= _PLACE_ZIPF


#: How common the stem of a place adjective is at least (Zipf; "Rosenheim" 3.7).
_PLACE_ZIPF = 3.0


def lowercase_noun_mistagged(tokens: TokenTable, index: int) -> bool:
    """A lowercase word tagged as a noun that reads as an adjective is one: German
    writes every noun with a capital ("fällt deutlich kleiner aus als erwartet":
    the comparative of "klein", not the noun "Kleine"). Not after "etwas", "alles",
    "nichts" …: there it is a nominalised adjective spelt small ("etwas besseres")."""
    text = tokens.texts[index]
    return (
        tokens.tags[index] in ("NOUN", "PROPN")
        and text[:1].islower()
        and text.isalpha()
        and bool(read_adjective(text))
        and (index == 0 or tokens.texts[index - 1].lower() not in _NOMINALISING)
    )


#: Articles after which an inflected adjective with no noun to follow is used as one.
_ARTICLES = DEFINITE_ARTICLES | {"alles"}
#: Tags of a word that ends the article's phrase (no noun of its own can follow).
_PHRASE_ENDS = frozenset({"PUNCT", "VERB", "AUX", "PART", "ADP", "SCONJ"})


def nominalised_small(tokens: TokenTable, index: int) -> bool:
    """An inflected adjective or participle spelt small right after an article, with a
    verb, preposition, particle or punctuation after it, is used as a noun ("das
    gebotene", "damit man das verbrannte nicht sieht", "meint der 32jährige,"): its
    article is the noun's; not before "und" ("die roten und die blauen Autos")."""
    texts, tags = tokens.texts, tokens.tags
    text = texts[index]
    if text[:1].isupper() or index + 1 >= len(texts) or not mid_sentence(tokens, index):
        return False
    if texts[index - 1].lower() not in _ARTICLES or tags[index - 1] not in ("DET", "PRON"):
        return False
    following = texts[index + 1]
    if tags[index + 1] not in _PHRASE_ENDS or following in ("-", "–"):
        return False
    if following[:1].isupper() and tags[index + 1] != "PUNCT":
        return False  # "Die notwendige Glut": a noun the tagger took for a particle
    return any(r.ending for r in read_adjective(text))


def _capitalised_tag(tokens: TokenTable, index: int, tag: str) -> str:
    """What a capitalised word the tagger misread is (or ""):

    - a common noun tagged as an interjection or foreign word ("zum „Hauptfeind“");
    - a compound of an abbreviation and a common noun tagged as a name ("in
      US-Wahljahren", "die EU-Kommission"): a common noun whose number and case its
      table gives;
    - an adjective that opens a sentence before a colon or comma and is no noun
      ("Brisant: ...", "Klar, ...")."""
    text = tokens.texts[index]
    if tag in ("INTJ", "X"):
        return "NOUN" if read_noun(text).kind == NOUN else ""
    if tag == "PROPN" and "-" in text:
        first = text.split("-", 1)[0]
        reading = read_noun(text)
        if 2 <= len(first) <= 4 and first.isupper() and reading.kind == NOUN and reading.head:
            return "NOUN"
        return ""
    if _opening_adverb(tokens, index) or adverb_in_first_place(tokens, index):
        return "ADV"
    following = tokens.texts[index + 1] if index + 1 < len(tokens.texts) else ""
    if (
        following in (":", ",")
        and not mid_sentence(tokens, index)
        and read_noun(text).kind in (NAME, UNKNOWN)
        and adjective_comparison(text.lower()) is not None
    ):
        return "ADJ"
    return ""


def _opening_adverb(tokens: TokenTable, index: int) -> bool:
    """An adjective or adverb capitalised because it opens the sentence, right before
    the finite verb ("Zusammen sollen sie …", "Denkbar sei …") or a preposition it
    governs ("Zusammen mit seiner Frau …", "Unabhängig von …"), that the tagger took
    for a noun: the noun table reads it only as a chance compound (Zus + die Amme,
    Denk + die Bar), never as a noun of its own, or not at all when it is a participle
    ("Betroffen seien …"), and Ding lists the word in lower case.
    Read as an adverb, the card shows no case, gender or article."""
    text = tokens.texts[index]
    if mid_sentence(tokens, index) or index + 1 >= len(tokens.texts):
        return False
    if tokens.tags[index + 1] not in ("VERB", "AUX", "ADP"):
        return False
    if tokens.sentence_ids[index + 1] != tokens.sentence_ids[index]:
        return False
    if adjective_comparison(text.lower()) is None or is_noun_lemma(text):
        return False
    reading = read_noun(text)
    if reading.kind == NAME and text.lower() in participles():
        return True  # "Betroffen seien vor allem …": a participle no noun table knows
    return reading.kind == NOUN and bool(reading.head)


#: Whether a word spelt small is, first of all, an adverb in the dictionary ("gestern",
#: "morgen", "abends", "links"; not "recht", an adjective first): (word) -> bool. The
#: reading layer points it at the dictionary (:func:`set_adverb_lookup`); this package
#: imports nothing above ``app.core``, so without it no word is read so.
_adverb_lookup: Callable[[str], bool] | None = None


def set_adverb_lookup(lookup: Callable[[str], bool] | None) -> None:
    """Let the tagging ask the dictionary whether a word spelt small is an adverb."""
    global _adverb_lookup
    _adverb_lookup = lookup
    dictionary_adverb.cache_clear()


@functools.lru_cache(maxsize=4096)
def dictionary_adverb(word: str) -> bool:
    """The dictionary's first reading of ``word`` (spelt small) is an adverb."""
    lookup = _adverb_lookup
    if lookup is None:
        return False
    try:
        return bool(lookup(word))
    except Exception:  # the dictionary must not take the card down
        return False


def adverb_in_first_place(tokens: TokenTable, index: int) -> bool:
    """A capitalised first word right before the finite verb whose small form is first
    of all an adverb ("Gestern widersprachen …", "Morgen beginnt …", "Abends ist …",
    "Links ist die Tür"): the first place of a main clause holds one constituent, and
    the noun of that spelling is none there. A bare singular count noun needs an
    article ("Der Morgen begann …"), a genitive without one is the adverb ("Abends"
    against "des Abends"); a bare plural could be a subject, so where the noun may be
    a plural ("Morgen", "Links") only a verb that is no third person plural leaves the
    adverb. A word whose small form is an adjective or a noun first stays a noun
    ("Recht hat er": recht is an adjective first), and so does one before anything but
    a finite verb ("Abend für Abend"). A bare noun may stand between: two bare nouns
    make no constituent, the adverb and its noun do ("Gestern Abend kam es …")."""
    text = tokens.texts[index]
    if mid_sentence(tokens, index) or not text[:1].isupper() or not text[1:].islower():
        return False
    following = _verb_after_first_word(tokens, index)
    if following is None:
        return False
    finite = [r for r in verb_lemma(tokens, following)[1] if r[0] == "Fin"]
    if not finite or not dictionary_adverb(text.lower()):
        return False
    noun = read_noun(text)
    if noun.kind not in (NOUN, ADJECTIVAL):
        return True  # no noun the table knows ("Nachts": die Nacht has no such form)
    plural = any(b[1] == "Plur" for b in noun.bundles)
    return not plural or not any(r[3] == "3" and r[4] == "Plur" for r in finite)


def _verb_after_first_word(tokens: TokenTable, index: int) -> int | None:
    """The verb right after the first word ``index``, or after it and one common noun
    ("Gestern Abend kam …"), in the same sentence; else None."""
    texts, tags, ids = tokens.texts, tokens.tags, tokens.sentence_ids
    for j in (index + 1, index + 2):
        if j >= len(texts) or ids[j] != ids[index]:
            return None
        if tags[j] in ("VERB", "AUX"):
            return j
        if j > index + 1 or tags[j] not in ("NOUN", "PROPN") or read_noun(texts[j]).kind != NOUN:
            return None
    return None


#: Tags an abbreviation in capitals does not have when it is a word of its own.
_NOT_AN_ABBREVIATION = frozenset({"VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "PART", "X"})
#: Letters of Roman numerals ("Heinrich IV", "Phase II"), which are no abbreviations.
_ROMAN = frozenset("IVXLCDM")


def abbreviation_mistagged(tokens: TokenTable, index: int) -> bool:
    """An abbreviation in capitals ("die NATO", "das DRK", "laut WHO") that the tagger
    called a verb, an adverb or a function word: no verb table reads it, and German
    writes no such word in capitals; it names something (a noun or a name), which may
    be a subject ("Die EU-Kommission und die NATO widersprachen")."""
    text = tokens.texts[index]
    if not text.isalpha() or set(text) <= _ROMAN or not is_abbreviation(tokens.texts, index):
        return False
    return not verb_lemma(tokens, index)[1]


_AUXILIARY_FORMS = frozenset(
    {"hast", "hat", "habe", "hätte", "hätten", "bist", "ist", "sei", "wäre", "wären", "wird",
     "wirst", "werde", "würde", "würden", "kann", "könne", "könnte", "muss", "muß", "müsse", "soll",
     "solle", "will", "wolle", "darf", "dürfe", "dürfte"}
)  # fmt: skip


#: Parts of speech a capitalised word inside a sentence cannot have, unless it is a name.
_NOT_CAPITALISED = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "DET", "ADV", "NUM", "X"})


def capitalised_noun_mistagged(tokens: TokenTable, index: int) -> bool:
    """A capitalised word inside a sentence that the noun table knows as a common noun,
    tagged as a function word, an adverb or (with no adjective reading and no noun
    after it) an adjective: German capitalises nouns, so it is one ("der freundliche
    Ton", "des Yoga-Lehrers", "unter der Notrufnummer")."""
    tag, text = tokens.tags[index], tokens.texts[index]
    if tag not in _NOT_CAPITALISED and tag != "ADJ":
        return False
    word = text.strip("'`\"")
    # a hyphenated word is read by its last part ("vom IG-Metall-Vorsitzenden")
    last = word.rpartition("-")[2] if "-" in word.strip("-") else word
    if not text[:1].isupper() or not last[:1].isupper() or not last[1:2].islower():
        return False
    if not mid_sentence(tokens, index):
        return False
    if tag == "ADJ":
        following = tokens.tags[index + 1] if index + 1 < len(tokens.tags) else ""
        if following in ("NOUN", "PROPN") or read_adjective(text):
            return False  # "Berliner Landgericht", "Deutsche Bank"
    kind = read_noun(word).kind
    return kind == NOUN or (kind == ADJECTIVAL and last != word)


def adjectival_noun_mistagged(tokens: TokenTable, index: int) -> bool:
    """A capitalised adjective with an ending, tagged an adjective, right before a verb:
    an inflected adjective stands before its noun, never alone before the verb, so it is
    an adjective used as a noun ("Betroffene sollten misstrauisch sein", "Viele
    Angehörige warteten", "vor allem Jüngere greifen zu …"); not an adverb in "-e"
    ("Lange hatte es …") nor a form that is also a bare comparative ("Später wurde er …")."""
    text = tokens.texts[index]
    if tokens.tags[index] != "ADJ" or not text[:1].isupper() or not text[1:].islower():
        return False
    following = index + 1
    if (
        following >= len(tokens)
        or tokens.sentence_ids[following] != tokens.sentence_ids[index]
        or tokens.tags[following] not in ("VERB", "AUX")
    ):
        return False
    low = text.lower()
    found = read_adjective(low)
    if not found or not all(r.ending for r in found) or dictionary_adverb(low):
        # "Lange hatte es so ausgesehen": the adverb lange; "Später wurde er …",
        # "Wichtiger ist …": a bare comparative stands alone as an adverb or predicate
        return False
    return read_noun(text).kind == ADJECTIVAL


def bare_comparative_opening(tokens: TokenTable, index: int) -> bool:
    """A comparative with no ending opening its sentence right before the finite verb,
    tagged a noun: the predicate or adverb put first ("Wichtiger ist die Frage …",
    "Schlimmer kam es …"), not an adjective used as a noun (der Wichtige), where the noun
    table knows no noun of the form ("Leiter", "Meister" stay nouns)."""
    text = tokens.texts[index]
    following = index + 1
    if (
        mid_sentence(tokens, index)
        or following >= len(tokens)
        or tokens.sentence_ids[following] != tokens.sentence_ids[index]
        or tokens.tags[following] not in ("VERB", "AUX")
        or not text[:1].isupper()
        or not text[1:].islower()
    ):
        return False
    low = text.lower()
    if not any(r.degree == "Cmp" and not r.ending for r in read_adjective(low)):
        return False
    return read_noun(text).kind == ADJECTIVAL


def capitalised_adjective_before_noun(tokens: TokenTable, index: int) -> bool:
    """A capitalised adjective by its suffix ("-isch", "-lich") with an ending, inside a
    sentence, right before a noun its ending agrees with, that the noun table does not
    know as a noun: the adjective of a name or subject ("für Provinzialrömische
    Archäologie", "die Evangelische Kirche"), not a noun."""
    text = tokens.texts[index]
    following = index + 1
    if (
        following >= len(tokens)
        or tokens.sentence_ids[following] != tokens.sentence_ids[index]
        or tokens.tags[following] != "NOUN"
        or not text[:1].isupper()
        or not text[1:].islower()
        or not mid_sentence(tokens, index)
    ):
        return False
    low = text.lower()
    ending = max((e for e in ATTRIBUTIVE_ENDINGS if low.endswith(e)), key=len, default="")
    stem = low[: len(low) - len(ending)]
    if not ending or len(stem) < _SHORTEST_SUFFIX_ADJECTIVE or not stem.endswith(("isch", "lich")):
        return False
    if read_noun(text).kind == NOUN:
        return False  # "Schreibtische", "Fische"
    head = read_noun(tokens.texts[following])
    if head.kind != NOUN:
        return False
    agreeing = {b[:3] for b in bundles_of_ending(ending)} & {b[:3] for b in head.bundles}
    return bool(agreeing)


#: The shortest stem of an adjective in "-isch"/"-lich" ("römisch").
_SHORTEST_SUFFIX_ADJECTIVE = 6


#: Words after which an adjective in "-es" is a neuter noun: "etwas Neues", "nichts Gutes".
_NEUTER_QUANTIFIERS = frozenset(
    {"etwas", "nichts", "viel", "wenig", "allerlei", "mehr", "was", "genug", "manch"}
)


#: Words after which an adjective is nominalised, even where it is spelt small.
_NOMINALISING = _NEUTER_QUANTIFIERS | {"alles"}


def after_neuter_quantifier(tokens: TokenTable, index: int) -> bool:
    """An adjective in "-es" after "etwas", "nichts", "viel" ...: a noun (das Neue)."""
    text = tokens.texts[index]
    if index == 0 or tokens.texts[index - 1].lower() not in _NEUTER_QUANTIFIERS:
        return False
    if not text.lower().endswith("es") or text.lower() in ("anderes", "weiteres"):
        return False
    return any(r.ending == "es" for r in read_adjective(text))


def mid_sentence(tokens: TokenTable, index: int) -> bool:
    """Not the first word of its sentence (nor of a quotation or heading)."""
    if index == 0 or tokens.sentence_ids[index - 1] != tokens.sentence_ids[index]:
        return False
    return tokens.texts[index - 1] not in ('"', "„", "“", "»", "«", ":", "(", "–", "-")


def attributive_participle(tokens: TokenTable, index: int) -> bool:
    """A lowercase inflected adjective or participle right before a noun that the
    tagger called something else."""
    tag, text = tokens.tags[index], tokens.texts[index]
    if tag not in ("VERB", "AUX", "NOUN", "PROPN", "ADV") or not text[:1].islower():
        return False
    head = head_noun(tokens, index)
    if head is None or not any(r.ending for r in read_adjective(text)):
        return False
    return not the_finite_verb(tokens, index)


def the_finite_verb(tokens: TokenTable, index: int) -> bool:
    """Can the word only be its clause's finite verb: a finite form with no other word
    of the clause that can be finite ("…«, erklärte Japans Außenminister",
    "Der Biologe beobachtete Deutsche am Steuer"; not "Es wurden erhöhte Werte
    gemessen")?"""
    tag, text = tokens.tags[index], tokens.texts[index]
    if tag not in ("VERB", "AUX", "ADJ") or not text[:1].islower():
        return False
    found = verb_lemma(tokens, index)[1]
    if not any(r[0] == "Fin" for r in found):
        return False
    if tag == "ADJ" and (
        text.startswith("ge") or not any(r[0] == "Fin" and r[2] == "Past" for r in found)
    ):
        return False  # tagged an adjective: only a past tense in "-te" ("verbreitete")
    previous = tokens.texts[index - 1].lower() if index > 0 else ""
    if previous in _ARTICLE_WORDS:
        return False  # "die erhöhte Steuer"
    if previous == ":" and _before_noun_not_question(tokens, index):
        return False  # "nachgeholfen: manipulierte Auspuffanlagen, …": a finite verb
        # opens a clause after a colon only in a question
    start, end = clause_span(tokens.texts, tokens.tags, tokens.sentence_ids, index)
    if _in_extended_attribute(tokens, start, index):
        return False  # "eine von Russland initiierte Maßnahme"
    return not any(
        j != index
        and tokens.tags[j] in ("VERB", "AUX")
        and any(r[0] == "Fin" for r in verb_lemma(tokens, j)[1])
        for j in range(start, end + 1)
    )


def in_extended_attribute(tokens: TokenTable, index: int) -> bool:
    """Does the word stand in an extended attribute ("einem von Hebammen geleiteten
    Kreißsaal"), an article's phrase opened by a preposition right after the article?"""
    start, _ = clause_span(tokens.texts, tokens.tags, tokens.sentence_ids, index)
    return _in_extended_attribute(tokens, start, index)


def another_finite_verb(tokens: TokenTable, index: int) -> bool:
    """Has the clause of ``index`` another word tagged a verb that can only be finite
    ("Lange hatte es …": »hatte«)? A clause has one finite verb, so then this word is
    none."""
    start, end = clause_span(tokens.texts, tokens.tags, tokens.sentence_ids, index)
    return any(
        j != index
        and tokens.tags[j] in ("VERB", "AUX")
        and is_finite_only(verb_lemma(tokens, j)[1])
        for j in range(start, end + 1)
    )


def _before_noun_not_question(tokens: TokenTable, index: int) -> bool:
    """The word stands right before a noun, in a sentence that is no question."""
    following = index + 1
    if following >= len(tokens) or tokens.tags[following] not in ("NOUN", "PROPN"):
        return False
    sentence = tokens.sentence_ids[index]
    end = following
    while end + 1 < len(tokens) and tokens.sentence_ids[end + 1] == sentence:
        end += 1
    return tokens.texts[end] != "?"


def _in_extended_attribute(tokens: TokenTable, start: int, index: int) -> bool:
    """An article of the clause opens a phrase with a preposition right after it and
    no verb up to ``index``: an extended attribute ("eine von Russland initiierte
    Maßnahme", "die im Mai geplante Reform"), whose participle is no finite verb."""
    texts, tags = tokens.texts, tokens.tags
    for k in range(index - 2, start - 1, -1):
        if tags[k] in ("VERB", "AUX"):
            return False
        if texts[k].lower() in _ARTICLE_WORDS and tags[k + 1] == "ADP":
            return True
    return False


_ARTICLE_WORDS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
     "eines", "kein", "keine", "keinen", "keinem", "keiner", "diese", "dieser", "diesen",
     "diesem", "dieses", "im", "am", "zum", "zur", "vom", "beim", "ins"}
)  # fmt: skip


def finite_verb_mistagged(tokens: TokenTable, index: int) -> bool:
    """A form that can only be a finite verb, tagged as an adverb, noun or
    preposition ("gebe", "hast", "Hätte" at the start of a sentence), also one that
    reads as a noun's form when it is spelt small inside a sentence ("Eine Lösung
    passe nicht": Konjunktiv I of "passen", not der Pass)."""
    tag, text = tokens.tags[index], tokens.texts[index]
    if tag not in ("ADV", "NOUN", "PROPN", "ADP"):
        return False
    if text[:1].isupper() and (tag not in ("NOUN", "PROPN") or mid_sentence(tokens, index)):
        return False
    lowercase_inside = text[:1].islower() and mid_sentence(tokens, index)
    if (
        tag in ("NOUN", "PROPN")
        and not lowercase_inside
        and read_noun(text).kind
        not in (
            NAME,
            UNKNOWN,
        )
    ):
        return False  # a noun after all (spelt small inside a sentence it is none: "passe")
    low = text.lower()
    for candidate in (tokens.lemmas[index].lower(), *verb_infinitive_candidates(low), low):
        if candidate.endswith("n") and candidate in _stored_verbs():
            found = readings(low, candidate, guess=False)
            if (
                tag in ("ADV", "ADP")  # "im nahe gelegenen Kastell": »nahe« tagged ADP
                and found
                and all(r[0] == "Fin" and (r[1] == "Sub" or r[3] == "1") for r in found)
                and read_adjective(low)
                and (not _has_ich(tokens, index) or another_finite_verb(tokens, index))
                and (index == 0 or tokens.texts[index - 1].lower() not in _SUBJECT_BEFORE)
            ):
                # "haben lange gezögert": the adverb (an adjective's form), not Konjunktiv
                # I of "langen", nor its 1st person without "ich" (nor with "ich" where
                # the clause has its finite verb: "Ich habe lange mit mir gerungen")
                return False
            if found and all(r[0] == "Fin" for r in found):
                return not _second_person_without_pronoun(tokens, index, found)
    return False


def _adjective_before_noun(tokens: TokenTable, index: int) -> bool:
    """A word spelt small, tagged a verb, right before a common noun, that is an
    inflected adjective by its form and as a verb only a Konjunktiv or a 1st person with
    no "ich" in the sentence and no subject pronoun before it ("und leere Kassen"): the
    adjective of that noun."""
    text, following = tokens.texts[index], index + 1
    if not text[:1].islower() or following >= len(tokens.texts):
        return False
    if tokens.tags[following] != "NOUN":
        return False
    if tokens.sentence_ids[following] != tokens.sentence_ids[index]:
        return False
    if not any(r.ending for r in read_adjective(text)):
        return False
    if index > 0 and tokens.texts[index - 1].lower() in _PRONOUN_BEFORE_VERB:
        return False
    found = verb_lemma(tokens, index)[1]
    return (
        bool(found)
        and all(r[0] == "Fin" and (r[1] == "Sub" or r[3] == "1") for r in found)
        and not _has_ich(tokens, index)
    )


#: Subject pronouns right before a verb of the 3rd person ("…, er lange nach dem Glas").
_SUBJECT_BEFORE = frozenset({"er", "sie", "es", "man"})
#: ... and with the 1st persons ("ich leere", "wir leeren"): a verb after them is one.
_PRONOUN_BEFORE_VERB = _SUBJECT_BEFORE | {"ich", "wir"}


def _has_ich(tokens: TokenTable, index: int) -> bool:
    """Whether the sentence of ``index`` has the pronoun "ich"."""
    ids, sentence = tokens.sentence_ids, tokens.sentence_ids[index]
    j = index
    while j > 0 and ids[j - 1] == sentence:
        j -= 1
    while j < len(ids) and ids[j] == sentence:
        if tokens.texts[j].lower() == "ich":
            return True
        j += 1
    return False


def _second_person_without_pronoun(
    tokens: TokenTable, index: int, found: frozenset[Reading]
) -> bool:
    """Only "du"/"ihr" forms, with neither pronoun in the sentence: German writes the
    second person with its pronoun, so the word is what it was tagged ("hätten längst
    aufgestellt": the adverb, not "du längst" of "längen")."""
    if any(len(r) < 4 or r[3] != "2" for r in found):
        return False
    return tokens.sentence_ids[index] not in _second_person_sentences(tokens)


_SECOND_PERSON = frozenset({"du", "ihr", "dich", "dir", "euch"})
#: The token table last asked about and the ids of its sentences with a "du"/"ihr"
#: pronoun: one pass per text, not one per word (a long sentence stays linear).
_SECOND_PERSON_MEMO: dict[str, tuple[TokenTable, frozenset[int]]] = {}


def _second_person_sentences(tokens: TokenTable) -> frozenset[int]:
    cached = _SECOND_PERSON_MEMO.get("last")
    if cached is not None and cached[0] is tokens:
        return cached[1]
    found = frozenset(
        sentence
        for text, sentence in zip(tokens.texts, tokens.sentence_ids, strict=True)
        if text.lower() in _SECOND_PERSON
    )
    _SECOND_PERSON_MEMO["last"] = (tokens, found)
    return found


def _stored_verbs() -> dict[str, tuple[int, int]]:
    return tables().verbs


def adjective_in_name(tokens: TokenTable, index: int) -> bool:
    """A capitalised inflected adjective before a noun, inside a name: "Weißen Haus"."""
    text = tokens.texts[index]
    following = index + 1
    if following >= len(tokens.tags) or tokens.tags[following] not in ("NOUN", "PROPN"):
        return False
    if not text[:1].isupper() or not tokens.texts[following][:1].isupper():
        return False
    if tokens.tags[index] == "NOUN" and read_noun(text).kind in (NOUN, ADJECTIVAL):
        return False  # "Vorstandsvorsitzenden Müller": a noun
    return any(r.ending for r in read_adjective(text))


#: Words and quotes that may stand between an adjective and its noun.
_INSIDE_A_PHRASE = frozenset({",", "und", "oder", "``", "''", "„", "“", "”", "»", "«", '"'})


def head_noun(tokens: TokenTable, index: int, tags: Sequence[str] | None = None) -> int | None:
    """The noun an adjective stands before ("die neuen [und alten] Regeln"); ``tags``:
    the corrected parts of speech when known (else the tagger's)."""
    texts = tokens.texts
    raw = tags is None
    if tags is None:
        tags = tokens.tags
    sentence = tokens.sentence_ids[index]
    j = index + 1
    while j < len(tags) and j <= index + 6 and tokens.sentence_ids[j] == sentence:
        if tags[j] in ("NOUN", "PROPN") or (raw and capitalised_noun_mistagged(tokens, j)):
            return j
        if texts[j] == "," and texts[j - 1] in _INSIDE_A_PHRASE:
            return None  # "… ein politisches«, resümiert Farnung": the quotation ended
        if tags[j] in ("ADJ", "ADV", "NUM") or texts[j] in _INSIDE_A_PHRASE:
            j += 1
            continue
        if cut_part(texts, j):
            j += 2  # "der veralteten Heizungs- und Lüftungstechnik": past the cut part
            continue
        if tags[j] in ("VERB", "AUX") and j + 1 < len(tags) and tags[j + 1] == "NOUN":
            j += 1  # a participle between: "die neuen gestiegenen Preise"
            continue
        return None
    return None


def verb_lemma(tokens: TokenTable, index: int) -> tuple[str, frozenset[Reading]]:
    """The verb's infinitive and the readings of its form (empty when it is no verb form)."""
    text, lemma = tokens.texts[index], tokens.lemmas[index]
    low = text.lower()
    found = readings(text, lemma, guess=tokens.tags[index] in ("VERB", "AUX"))
    separable = _separable_participle(low) if not is_verb(lemma.lower()) else ""
    if separable:
        # "umgedreht" with the tagger's lemma "umgedreht": umdrehen's participle, not a
        # present form guessed for a verb "umgedrehen"
        return separable, frozenset({PARTICIPLE})
    if found and _own_infinitive(tokens, index, found):
        # the clause calls for an infinitive, and the form is no infinitive of its lemma
        # but one of a verb of its own ("müsse … in den See gelangen": gelangen, not the past of
        # gelingen)
        return low, readings(text, low, guess=False)
    if found:
        return lemma.lower(), found
    if (
        low.startswith("ge")
        and low.endswith("en")
        and verb_entry(low) is None
        and verb_entry(low[2:]) is not None
    ):
        # the strong participle of a verb the table conjugates weakly ("geschaffen" of
        # "schaffen"): not a form of a verb "geschaffen"
        return low[2:], frozenset({PARTICIPLE})
    weak = _weak_participle_of_strong(low)
    if weak:
        # "gehängt" of "hängen" (gehangen in the table): the participle, not a present
        # form of a verb "gehängen" made from the prefix "ge-"
        return weak, frozenset({PARTICIPLE})
    spellings = (low, low.replace("ß", "ss")) if "ß" in low else (low,)  # "mußte" = "musste"
    for candidate in (c for s in spellings for c in (s, *verb_infinitive_candidates(s))):
        if candidate.endswith("n"):
            found = readings(text, candidate, guess=False)
            if found:
                return candidate, found
    for spelling in spellings:  # an irregular participle: "entschieden", "verloren"
        infinitive = participles().get(spelling)
        if infinitive is not None:
            return infinitive, readings(spelling, infinitive, guess=False)
    return lemma, frozenset()


def _own_infinitive(tokens: TokenTable, index: int, found: frozenset[Reading]) -> bool:
    """Token ``index``, in a clause that calls for an infinitive, is no infinitive of the
    tagger's lemma (its ``found`` readings) but the infinitive of a verb of its own, a
    stored one with or without a prefix ("gelangen" with the lemma "gelingen": ge + langen); not a
    zu-infinitive ("anzuhören")."""
    low = tokens.texts[index].lower()
    return (
        INFINITIVE not in found
        and PARTICIPLE not in found  # "Grad Oechsle gemessen": messen's participle
        and low != tokens.lemmas[index].lower()
        and "zu" not in low[2:]
        and any(
            low.startswith(prefix) and verb_entry(low[len(prefix) :]) is not None
            for prefix in ("", *SEPARABLE, *INSEPARABLE)
        )
        and _infinitive_governed(tokens, index)
    )


def _infinitive_governed(tokens: TokenTable, index: int) -> bool:
    """Something in token ``index``'s clause (:func:`~app.morphology.verbs.clause_span`)
    calls for an infinitive (:func:`infinitive_governed_in`). The tagger's own infinitive
    tag is no evidence by itself: it tags the past of "gelingen" in "die ihm gelangen" an
    infinitive."""
    start, end = clause_span(tokens.texts, tokens.tags, tokens.sentence_ids, index)
    return infinitive_governed_in(tokens, index, range(start, end + 1))


def infinitive_governed_in(tokens: TokenTable, index: int, clause: range) -> bool:
    """Something in ``clause`` (token indices around ``index``) calls for an infinitive at
    token ``index``: "zu" right before it, or a modal verb or "werden"
    (:data:`INFINITIVE_GOVERNORS`) as the nearest verb: going left, the first verb met;
    going right, the verbs right after it ("gelangen dürften")."""
    if index > 0 and tokens.texts[index - 1] == "zu":
        return True
    verbs = ("AUX", "VERB")
    j = index + 1
    while j < clause.stop and tokens.tags[j] in verbs:
        if tokens.lemmas[j] in INFINITIVE_GOVERNORS:
            return True
        j += 1
    for j in range(index - 1, clause.start - 1, -1):
        if tokens.tags[j] in verbs:
            return tokens.lemmas[j] in INFINITIVE_GOVERNORS
    return False


def _separable_participle(low: str) -> str:
    """The separable verb whose past participle ``low`` is, a separable prefix + "ge" + the
    stored verb's participle ("umgedreht": umdrehen, "abgeschleppt": abschleppen), where
    no verb of that whole form is stored (a verb in "ge-" behind the prefix, "angehören",
    stays for :func:`ge_verb`); "" otherwise."""
    for prefix in SEPARABLE:
        if not low.startswith(prefix + "ge") or len(low) < len(prefix) + 5:
            continue
        rest = low[len(prefix) + 2 :]
        for candidate in verb_infinitive_candidates("ge" + rest):
            if candidate.startswith("ge") or verb_entry(candidate) is None:
                continue
            if verb_entry("ge" + candidate) is not None or is_verb(prefix + "ge" + candidate):
                continue
            if PARTICIPLE in readings(low, prefix + candidate, guess=False):
                return prefix + candidate
    return ""


def _weak_participle_of_strong(low: str) -> str:
    """The verb whose weak participle ``low`` is while the table gives it a strong one:
    "ge" + its 3rd person present ("gehängt" of "hängen", "gesendet" of "senden",
    "geschafft" of "schaffen"), when no verb in "ge-" of that form is stored ("gehört"
    stays "gehören"); "" otherwise."""
    if not low.startswith("ge") or not low.endswith("t") or len(low) < 6:
        return ""
    present = low[2:]
    for candidate in (present[:-2] + "en", present[:-1] + "en"):
        entry = verb_entry(candidate)
        if entry is None or entry.particle or verb_entry("ge" + candidate) is not None:
            continue
        if present in entry.forms and low not in entry.forms:
            return candidate
    return ""


def ge_verb(
    tokens: TokenTable, index: int, found: frozenset[Reading]
) -> tuple[str, frozenset[Reading]]:
    """A participle in "ge-" that is also a present form of a verb in "ge-" ("gehört":
    of "hören", or "gehören" 3rd person), also behind a separable prefix ("angehört": of
    "anhören", or "angehören", a verb of the word list): that verb and its readings of
    the form ("", empty when there is none)."""
    low = tokens.texts[index].lower()
    if found != {PARTICIPLE}:
        return "", frozenset()
    prefix = next((p for p in SEPARABLE if low.startswith(p + "ge") and len(low) > len(p) + 4), "")
    if not low.startswith("ge") and not prefix:
        return "", frozenset()
    own = tokens.lemmas[index].lower()
    for candidate in verb_infinitive_candidates(low):
        if candidate == own or not _ge_verb_candidate(candidate, prefix):
            continue
        other = readings(tokens.texts[index], candidate, guess=False)
        if any(r[0] == "Fin" for r in other):
            return candidate, other
    return "", frozenset()


def _ge_verb_candidate(candidate: str, prefix: str) -> bool:
    """``candidate`` is a stored verb in "ge-" ("gehören"), or the separable ``prefix`` +
    a stored verb in "ge-" that the word list has in use ("angehören"; not "aufgehören",
    which no one writes: "aufgehört" is only the participle of aufhören)."""
    if candidate.startswith("ge"):
        return is_verb(candidate)
    return (
        bool(prefix)
        and candidate.startswith(prefix + "ge")
        and is_verb(candidate[len(prefix) :])
        and zipf_table("de", "small").get(candidate, 0.0) >= _PREFIXED_GE_VERB_ZIPF
    )


#: How common (Zipf, wordfreq's small German list) a separable prefix + a verb in "ge-"
#: must be to be read as a verb of its own ("angehören" 3.86).
_PREFIXED_GE_VERB_ZIPF = 3.0


#: English words that join the words of an English name ("House of Commons").
_ENGLISH_JOINERS = frozenset({"of", "the", "and", "for", "on", "at", "&"})


def in_english_name(tokens: TokenTable, index: int) -> bool:
    """Whether the capitalised word at ``index`` belongs to an English name, so a German
    noun of its form gives it no gender ("das House of Commons", "Museum of Modern
    Art": not die House, die Art): it stands right before an English word that joins
    capitalised words ("of", "the", "and", "for", "on", "at", "&"), or after one in its
    run of capitalised words. A German noun before the name keeps its gender ("der
    Konzern Procter & Gamble", "die Firma Müller & Sohn"); the run is read at most
    ``_NAME_REACH`` words back, so a long capitalised text stays linear."""
    texts, ids = tokens.texts, tokens.sentence_ids
    sentence = ids[index]

    def capital(j: int) -> bool:
        return 0 <= j < len(texts) and ids[j] == sentence and texts[j][:1].isupper()

    def joiner(j: int) -> bool:
        return (
            0 <= j < len(texts)
            and ids[j] == sentence
            and texts[j] in _ENGLISH_JOINERS
            and capital(j - 1)
            and capital(j + 1)
        )

    if not capital(index):
        return False
    if joiner(index + 1):
        return True
    for j in range(index - 1, max(index - _NAME_REACH, -1), -1):
        if joiner(j):
            return True
        if not capital(j):
            return False
    return False


#: How many words back a word of an English name looks for the word joining it.
_NAME_REACH = 8
