"""The noun phrase around a token and the case, number and gender it allows.

From a noun (or proper noun) the phrase is read leftwards: adjectives and
participles, degree adverbs ("sehr"), numerals, then a determiner (article,
ein-word, der-word, a genitive name: "Merkels neue Regierung"), then a
preposition (also merged with the article: "im", "zur"). A phrase after "und"
or "oder" shares the preposition of the phrase before it ("mit Frankreich und
Deutschland"). Each word narrows the set of bundles (see
:mod:`app.morphology.agreement`); a word whose constraint would leave nothing
is not part of this phrase after all (a tagging error, a clause boundary) and
is left out rather than forcing a wrong answer.

Works on the token columns of :class:`app.core.tokens.TokenTable`; no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.lexicon.words import given_name_words, is_given_name
from app.morphology.adjectives import read_adjective
from app.morphology.agreement import (
    CONTRACTIONS,
    DETERMINERS,
    MASS_QUANTIFIERS,
    PREPOSITIONS,
    Bundle,
    bundles_of_ending,
    cases_of,
)
from app.morphology.nouns import NOUN, read_noun
from app.morphology.verbs import readings as verb_readings

_NOUNS = ("NOUN", "PROPN")

#: Particles inside a person's name, between first name and surname ("Friedrich von
#: Hagen", "Karl zu Eltz", "Rafael van der Vaart", "Ursula von der Leyen"): there they
#: govern nothing; spelt small, as names write them.
NAME_PARTICLES = frozenset(
    {"von", "van", "zu", "de", "di", "da", "del", "della", "du", "ten", "ter"}
)
#: Particles before which the surname may be tagged a common noun ("von Hagen").
_NOUN_PARTICLES = frozenset({"von", "van"})
#: Articles of a particle ("von der", "van den", "de la").
_PARTICLE_ARTICLES = frozenset({"der", "den", "dem", "de", "la", "le"})


def is_first_name(text: str, tag: str) -> bool:
    """A first name of the lexicon ("Thomas", "Jochen"), or one that is also a word
    ("Till", "Hagen") where the tagger took it for a name."""
    return is_given_name(text) or (tag == "PROPN" and text in given_name_words())


def particle_in_name(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], head: int
) -> int | None:
    """The index of the first name when the name at ``head`` is a surname after a name
    particle and a first name ("Friedrich von Hagen": the index of "Friedrich"). The
    particle is part of the name, no preposition: the case is the whole name's."""
    k = head - 1
    if k < 1 or sentence_ids[k] != sentence_ids[head] or not texts[head][:1].isupper():
        return None
    if tags[head] not in _NOUNS:
        return None
    if texts[k] in _PARTICLE_ARTICLES and texts[k - 1] in NAME_PARTICLES:
        k -= 1
    first = k - 1
    if texts[k] not in NAME_PARTICLES or first < 0 or sentence_ids[first] != sentence_ids[head]:
        return None
    if texts[k] not in _NOUN_PARTICLES and tags[head] != "PROPN":
        return None  # "Peter zu Hause": the tagger's common noun after "zu" is one
    surname = read_noun(texts[head])
    if (
        surname.kind == NOUN
        and not surname.head
        # a name the tagger took for one that reads only as another noun's plural is a
        # surname ("Jochen von Ahlen": no plural of die Ahle)
        and (surname.lemma == texts[head] or tags[head] != "PROPN")
    ):
        # a noun the table lists itself: "sagt Jana von der Tafel", "arbeitet Lisa von
        # Montag bis Freitag", "schenkte Maria zu Weihnachten" (the preposition's case; a
        # name such as "von Stein" keeps it too, as before: no wrong case)
        return None
    return first if is_first_name(texts[first], tags[first]) else None


_ENDINGS = ("en", "em", "er", "es", "e")
_COORDINATION = frozenset({"und", "oder", "sowie", "bzw.", "beziehungsweise", "noch"})
_DEGREE_ADVERBS = frozenset(
    {
        "sehr", "besonders", "ziemlich", "recht", "relativ", "äußerst", "extrem", "höchst",
        "eher", "so", "zu", "noch", "immer", "ganz", "weniger", "mehr", "meist", "bereits",
        "schon", "fast", "nahezu", "rund", "etwa", "knapp", "gut", "über", "mindestens",
        "wenigstens", "insgesamt", "weit", "deutlich", "leicht", "stark", "kaum", "nur",
    }
)  # fmt: skip
_NUMBER_WORDS = frozenset(
    {
        "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
        "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "tausend", "beide",
        "beiden", "zweier", "dreier",
    }
)  # fmt: skip
_MAX_REACH = 8
#: Quantifiers that do not inflect ("mit viel Lärm", "mit ein paar Freunden").
_UNINFLECTED_AMOUNTS = frozenset(
    {"viel", "wenig", "mehr", "weniger", "genug", "etwas", "paar", "bisschen", "lauter"}
)
_AFTER_EIN = frozenset({"paar", "bisschen", "wenig"})
#: Words before a numeral that make it approximate ("bei rund 800 Millionen Mark").
_APPROXIMATIONS = frozenset(
    {"rund", "etwa", "knapp", "fast", "gut", "über", "mindestens", "höchstens", "maximal",
     "nahezu", "ungefähr", "ca.", "ca", "circa", "zirka", "nur", "lediglich", "insgesamt",
     "jeweils", "genau", "exakt", "bereits", "schon", "annähernd", "weit"}
)  # fmt: skip
#: Nouns that count like numerals before a unit: "221 Milliarden Dollar".
NUMBER_NOUNS = frozenset(
    {"Millionen", "Milliarden", "Billionen", "Tausende", "Hunderte", "Dutzende", "Million",
     "Milliarde", "Tausend", "Hundert", "Dutzend"}
)  # fmt: skip
#: Endings of adjective stems ("umweltorientiert-e", "zeitgemäß-e", "nachhaltig-en").
_ADJECTIVE_SUFFIXES = (
    "ig", "lich", "isch", "bar", "sam", "haft", "los", "voll", "al", "iv", "är", "ell", "ös",
    "iert", "end", "mäß", "weit", "reich", "arm", "fähig", "wert", "frei", "ant", "ent",
)  # fmt: skip
#: Prepositions that are also conjunctions ("während die Regierung zögerte"): the tag decides.
_ALSO_CONJUNCTIONS = frozenset(
    {"während", "seit", "seitdem", "bis", "als", "wie", "um", "statt", "anstatt"}
)
#: "vor allem", "unter anderem": adverbs, not the article of the next noun.
_IDIOMS = {
    "allem": ("vor", "bei", "trotz"),
    "anderem": ("unter",),
    "anderen": ("unter",),
    "kurzem": ("vor", "seit", "bis"),
    "langem": ("seit", "vor"),
}
#: The definite articles.
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})

#: The conjunctions after a compound's cut first part ("Wohn- und Geschäftshaus").
_CUT_PART_JOINERS = frozenset({"und", "oder", "sowie"})


def cut_part(texts: Sequence[str], j: int) -> bool:
    """``texts[j]`` is a noun compound's first part cut off before "und", "oder" or
    "sowie" ("ein neues Wohn- und Geschäftshaus", "die Vor- und Nachsorge", "Heizungs-
    sowie Lüftungstechnik", "das 5G- und Glasfasernetz"): the noun after the conjunction
    ends both compounds. A noun's part opens with a capital or a digit; a lower-case one is
    an adjective's or adverb's ("ein- oder zweimal"). The one test of the phrase, clause
    and tagging rules."""
    return (
        0 <= j < len(texts) - 1
        and len(texts[j]) > 2
        and texts[j].endswith("-")
        and (texts[j][:1].isupper() or texts[j][:1].isdigit())
        and texts[j + 1].lower() in _CUT_PART_JOINERS
    )


_QUOTES = frozenset({"``", "''", '"', "„", "“", "”", "»", "«", "‚", "‘", "’", "'"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """The words of a noun phrase that constrain its head."""

    head: int
    start: int  # first token of the phrase (determiner, adjective or head)
    determiner: int | None = None
    adjectives: tuple[int, ...] = ()
    numeral: int | None = None
    preposition: int | None = None  # a preposition or a contraction ("im")
    coordinated: bool = False  # the preposition is that of the phrase before "und"
    genitive_name: bool = False  # "Merkels neue Regierung"
    apposition: bool = False  # a name after an article + noun: "in der Hauptstadt Belgrad"
    chain: bool = False  # the head ends a run of names and titles read together
    #: the determiner stands before an extended attribute ("dem am Montag … Urteil")
    extended: bool = False


def adjective_ending(text: str, lemma: str) -> str | None:
    """The inflection ending of an attributive adjective ("neuen" -> "en"), or None
    when it is uninflected ("lila", the city adjective "Berliner")."""
    if not text[:1].islower():
        return None
    low = text.lower()
    if low == lemma.lower():
        return None
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return ending
    return None


def _adjective_endings(text: str, lemma: str) -> set[str]:
    """The endings an attributive adjective may have: from its readings when it is
    known ("kürzester": -er), else from its difference to the lemma."""
    if text[:1].isdigit():  # "25jährige", "70er": the letters after the number
        text, lemma = text.lstrip("0123456789.-"), ""
    ander = _ander_ending(text)
    if ander:
        return {ander}
    found = {r.ending for r in read_adjective(text, lemma) if r.ending}
    if found:
        return found
    ending = adjective_ending(text, lemma)
    return {ending} if ending else set()


def _ander_ending(text: str) -> str:
    """The ending of an inflected "ander-" ("anderen" -> "en"), which the tables list
    only as "andere" and the tagger often calls a determiner; "" for other words."""
    low = text.lower()
    return low[5:] if low.startswith("ander") and low[5:] in _ENDINGS and text[:1].islower() else ""


def _is_inflected_adjective(text: str, lemma: str, tag: str) -> bool:
    """A word the tagger did not call an adjective that is one with an ending
    ("duftendes" tagged DET, "gestiegenen" tagged VERB)."""
    if _ander_ending(text) and tag in ("DET", "PRON", "ADJ"):
        return True  # "auf der anderen Seite", "auf andere Weise" (tagged DET)
    if not text[:1].islower() or tag in ("ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "PRON"):
        return False
    if tag in ("VERB", "AUX") and any(r.ending for r in read_adjective(text)):
        # the corrected tags already call an attributive participle ADJ; one left a
        # verb is its clause's finite verb ("…«, erklärte Japans Außenminister")
        return False
    if any(r.ending for r in read_adjective(text)):
        return True
    ending = adjective_ending(text, lemma) or adjective_ending(text, "")
    if ending is None:
        return False
    stem = text[: len(text) - len(ending)].lower()
    if tag in ("VERB", "AUX"):  # a participle ("gestiegenen"), not an infinitive ("schreiben")
        # nor a finite past in "-te" ("…«, sagte Einsatzleiter Pohl")
        if any(r[0] == "Fin" for r in verb_readings(text.lower(), lemma.lower())):
            return False
        return text.lower() != lemma.lower()
    return stem.endswith(_ADJECTIVE_SUFFIXES)


def _number_adjective(text: str) -> bool:
    """An adjective written with digits: "25jährige", "3-tägigen"."""
    tail = text.lstrip("0123456789.-")
    return text[:1].isdigit() and tail.isalpha() and tail.islower() and tail.endswith(_ENDINGS)


#: Words after which a number from 1800 to 2099 is a year: "seit 1988", "im Jahr 2010".
_BEFORE_YEARS = frozenset(
    {"seit", "bis", "ab", "vor", "nach", "im", "um", "von", "zwischen", "jahr", "jahre",
     "jahres", "anfang", "ende", "mitte", "frühjahr", "sommer", "herbst", "winter", "und"}
)  # fmt: skip


def _year(texts: Sequence[str], sentence_ids: Sequence[int], j: int) -> bool:
    text = texts[j]
    return (
        len(text) == 4
        and text.isdigit()
        and 1800 <= int(text) <= 2099
        and j > 0
        and sentence_ids[j - 1] == sentence_ids[j]
        and texts[j - 1].lower() in _BEFORE_YEARS
    )


def _superlative(text: str) -> bool:
    """A superlative spelt as after "am" ("besten", "ehesten", "meisten")."""
    return text[:1].islower() and text.endswith("sten") and len(text) > 5


def _ordinal(texts: Sequence[str], j: int) -> bool:
    """The number at ``j`` is an ordinal, written with its full stop ("am 5. Mai"), not
    a cardinal closing a sentence the tagger ran on ("… erlaubt seien 50. Die 19 …":
    an article after it starts the next sentence)."""
    following = texts[j + 1].lower() if j + 1 < len(texts) else ""
    return texts[j].endswith(".") and following not in DETERMINERS


#: Nouns that after a number name a time of day, in the singular ("um 9 Uhr", "11.30 Uhr"),
#: a sense with no plural (die Uhren are clocks): read here and by reading.cards.
TIMES_OF_DAY = frozenset({"Uhr"})


def is_numeral(text: str) -> bool:
    low = text.lower()
    return (text[:1].isdigit() and low not in ("1", "1.")) or low in _NUMBER_WORDS


def find_phrase(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    sentence_ids: Sequence[int],
    head: int,
    _depth: int = 0,
    name: bool = False,
) -> Phrase:
    """The phrase whose head is the noun at ``head`` (``name``: the head is a name,
    whatever the tagger says)."""
    sentence = sentence_ids[head]
    j, titled, genitive_name = _before_head(texts, tags, sentence_ids, head, name)
    determiner = None
    extended_attribute = False
    limit = max(-1, head - _MAX_REACH)
    j, adjectives, numeral = _modifiers(
        texts, tags, lemmas, sentence_ids, head, j, limit, genitive_name
    )
    if j > limit and j >= 0 and sentence_ids[j] == sentence:
        low = texts[j].lower()
        if low in _IDIOMS and j > 0 and texts[j - 1].lower() in _IDIOMS[low]:
            # "vor allem Spätfrost", "unter anderem Jüngere": an adverb, not the article
            # of the noun, nor is "vor" its preposition
            return Phrase(head, j + 1, None, tuple(adjectives), numeral)
        if low in DETERMINERS and (
            tags[j] == "DET"
            or (tags[j] != "PRON" and low not in DEFINITE_ARTICLES)
            or low in ("dessen", "deren")  # "zwischen deren Arbeit und …", tagged PRON
        ):
            determiner = j  # also a mis-tagged "Ihres" (polite possessive)
            j -= 1
        elif low in CONTRACTIONS and (tags[j] == "ADP" or (tags[j] == "ADV" and low != "am")):
            # also "durchs Moseltal" with "durchs" tagged as an adverb
            if (
                low == "am"
                and adjectives
                and _superlative(texts[adjectives[-1]])
                and read_noun(texts[head]).kind != NOUN
            ):
                # "wovon am ehesten Trump profitiert": the adverbial superlative "am
                # ehesten", "am meisten"; a name takes no superlative of its own, tagged
                # a name or not ("am ehesten Merkel"); a common noun of the table keeps
                # it, tagged a name or not ("am nächsten Sonntag")
                return Phrase(head, head)
            return Phrase(head, j + 1, j, tuple(adjectives), numeral, j)
        elif tags[j] == "PROPN" and (low.endswith("s") or low.endswith("'")) and j + 1 <= head:
            genitive_name = True
            j -= 1
        elif adjectives and not genitive_name and numeral is None:
            extended = _extended_determiner(
                texts, tags, sentence_ids, j, adjectives[-1], head
            ) or _measure_determiner(texts, tags, lemmas, sentence_ids, j, adjectives[-1], head)
            if extended is not None:  # "dem am Montag in Kassel veröffentlichten Urteil"
                determiner, j, extended_attribute = extended, extended - 1, True
    if titled and any(
        texts[k].lower().startswith("welch") for k in (determiner, *adjectives) if k is not None
    ):
        # "welchen Kandidaten Kim favorisiert": the question word's phrase ends at its
        # noun; the name after it is no apposition but a phrase of its own (the subject)
        return Phrase(head, head)
    start = j + 1
    preposition, coordinated = _preposition_before(
        texts, tags, lemmas, sentence_ids, head, _past_focus_adverbs(texts, tags, j, start),
        _depth, determiner,
    )  # fmt: skip
    apposition = titled and (determiner is not None or bool(adjectives))
    chain = (
        name
        and start < head
        and (
            (texts[head - 1][:1].isupper() and tags[head - 1] in _NOUNS)
            or particle_in_name(texts, tags, sentence_ids, head) is not None
        )
    )
    found = Phrase(
        head, start, determiner, tuple(adjectives), numeral, preposition, coordinated,
        genitive_name, apposition, chain, extended_attribute,
    )  # fmt: skip
    if _relative_after_preposition(texts, found) and _relative_clause_of(
        texts, tags, lemmas, sentence_ids, found
    ):
        # "Der Verein, mit dem Spieler aus der Region trainieren, …": "dem" is the
        # relative pronoun the preposition governs (the clause ends in its verb), not the
        # article of "Spieler", which stands bare in the relative clause
        return _without_relative(found)
    return found


#: Tags of the words that may close a verb-final clause after its verbs.
_VERB_CLUSTER = frozenset({"VERB", "AUX", "PART"})


def _relative_clause_of(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    sentence_ids: Sequence[int],
    phrase: Phrase,
) -> bool:
    """The preposition of ``phrase`` follows a comma after a noun, and the words after
    its head end in a run of verbs before the next comma or full stop, with no verb
    before that run (a verb-final clause: ", mit dem Spieler … trainieren,"; not ",
    nach dem Spiel werde er entscheiden", whose finite verb comes second)."""
    preposition = phrase.preposition
    if preposition is None or preposition < 2 or tags[preposition - 2] not in _NOUNS:
        return False
    sentence = sentence_ids[phrase.head]
    k = phrase.head + 1
    while k < len(texts) and sentence_ids[k] == sentence and tags[k] not in _VERB_CLUSTER:
        if tags[k] == "PUNCT":
            return False
        k += 1
    if k == phrase.head + 1 or k >= len(texts) or sentence_ids[k] != sentence:
        return False  # "mit dem Spieler sprechen": the noun is the verb's object
    while k < len(texts) and sentence_ids[k] == sentence and tags[k] in _VERB_CLUSTER:
        low = texts[k].lower()
        if low == "zu" or ("zu" in low[1:] and low.replace("zu", "", 1) == lemmas[k].lower()):
            # "Die Idee, mit dem Trainer enger zu arbeiten", "beim Versuch, von der
            # Servicekraft vergessene Bestellungen abzuholen": an infinitive, no relative
            return False
        k += 1
    return k >= len(texts) or sentence_ids[k] != sentence or texts[k] in (",", ".", ";")


#: Words inside the phrase an extended attribute holds ("am Montag in Kassel").
_INSIDE_ATTRIBUTE = frozenset({"NOUN", "PROPN", "NUM", "ADV", "DET", "ADJ", "ADP"})
#: How far an extended attribute reaches back from its adjective.
_ATTRIBUTE_REACH = 7


def _extended_determiner(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], j: int,
    first: int, head: int,
) -> int | None:  # fmt: skip
    """The article of a phrase with an extended attribute: article, prepositional
    phrase, adjective or participle, noun ("einer vom BVMB veranstalteten Tagung", "der
    in der Stadt lebenden Menschen"). ``j`` is the word before the phrase's first
    adjective ``first``: a noun, name, number or adverb that ends the attribute (not a
    preposition: "dem Mann mit roten Haaren" has its own). The article stands right
    before a preposition and agrees with the adjective and noun (checked by the caller's
    agreement: a word that does not fit is left out)."""
    if j < 0 or sentence_ids[j] != sentence_ids[head] or tags[j] not in _INSIDE_ATTRIBUTE - {
        "DET", "ADP", "ADJ"
    }:  # fmt: skip
        return None
    if not texts[first][:1].islower():
        return None
    k = j
    while k > 0 and j - k < _ATTRIBUTE_REACH and sentence_ids[k] == sentence_ids[head]:
        if tags[k] not in _INSIDE_ATTRIBUTE:
            return None
        low = texts[k - 1].lower()
        if tags[k] == "ADP" and tags[k - 1] in ("DET", "PRON") and low in DETERMINERS:
            return k - 1 if sentence_ids[k - 1] == sentence_ids[head] else None
        k -= 1
    return None


#: Nouns that measure an age, a length, a weight or a span of time ("24 Jahre alt",
#: "zwei Meter hoch", "drei Tage später").
MEASURE_NOUNS = frozenset(
    {"Jahr", "Monat", "Woche", "Tag", "Stunde", "Minute", "Sekunde", "Jahrzehnt",
     "Jahrhundert", "Meter", "Kilometer", "Zentimeter", "Millimeter", "Kilogramm", "Gramm",
     "Tonne", "Seite", "Grad", "Stockwerk", "Etage", "Stück", "Schritt", "Liter"}
)  # fmt: skip
#: Words between an article and the measure of an adjective ("die 19 und 21 Jahre alten
#: Fahrer", "ein rund 280 Seiten starker Katalog").
_IN_MEASURE = frozenset({"und", "oder", "bis", "-", "–"})


def _measure_determiner(
    texts: Sequence[str], tags: Sequence[str], lemmas: Sequence[str],
    sentence_ids: Sequence[int], j: int, first: int, head: int,
) -> int | None:  # fmt: skip
    """The article of a phrase whose adjective has a measure before it: article, numbers
    (or an approximating adverb), a noun of measure, the adjective, the noun ("die 19 und
    21 Jahre alten Fahrer", "ein rund 280 Seiten starker Katalog"). ``j`` is the word
    before the first adjective ``first``: the noun of measure."""
    if j < 1 or tags[j] != "NOUN" or lemmas[j] not in MEASURE_NOUNS:
        return None
    if not texts[first][:1].islower():
        return None
    k = j - 1
    numbers = 0
    while k >= 0 and sentence_ids[k] == sentence_ids[head]:
        if tags[k] == "NUM":
            numbers += 1
        elif texts[k].lower() not in _IN_MEASURE and tags[k] != "ADV":
            break
        k -= 1
    if numbers == 0 or k < 0 or sentence_ids[k] != sentence_ids[head]:
        return None
    low = texts[k].lower()
    if tags[k] == "DET" and low in DETERMINERS:
        return k
    return None


def _before_head(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], head: int, name: bool
) -> tuple[int, bool, bool]:
    """Where the words before the head begin: (that index, titled, genitive name)."""
    sentence = sentence_ids[head]
    j = head - 1
    # a name after a title or first name: "Präsident Emmanuel Macron" -> read from the title
    titled = False
    genitive_name = False
    if name:
        first = particle_in_name(texts, tags, sentence_ids, head)
        if first is not None:  # "Friedrich von Hagen": read from the first name
            j = first
    while j >= 0 and sentence_ids[j] == sentence and name and tags[j] in _NOUNS:
        if not texts[j][:1].isupper():
            break
        titled = titled or tags[j] == "NOUN"
        j -= 1
    if not name and j >= 0 and tags[j] == "PROPN" and texts[j].endswith(("s", "'")):
        # "Jana Kolbecks Vorschlag": a name in the genitive stands for the article
        genitive_name = True
        j -= 1
        while (
            j >= 0 and sentence_ids[j] == sentence and tags[j] in _NOUNS and texts[j][:1].isupper()
        ):
            j -= 1
    if tags[head] == "NOUN" and j >= 0 and texts[j] in NUMBER_NOUNS and j + 1 == head:
        j -= 1  # "221 Milliarden Dollar": the phrase of the number noun
    if (
        not name
        and j == head - 1
        and j >= 1
        and cut_part(texts, j - 1)
        and sentence_ids[j - 1] == sentence
    ):
        j -= 2  # "für ein neues Wohn- und Geschäftshaus": the words before the cut part
    return j, titled, genitive_name


def _modifiers(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    sentence_ids: Sequence[int],
    head: int,
    j: int,
    limit: int,
    genitive_name: bool,
) -> tuple[int, list[int], int | None]:
    """The adjectives and the numeral read leftwards from ``j``: (where they end,
    adjectives, numeral)."""
    sentence = sentence_ids[head]
    adjectives: list[int] = []
    numeral = None
    while j > limit and sentence_ids[j] == sentence:
        tag = tags[j]
        low = texts[j].lower()
        if low in DETERMINERS or low in CONTRACTIONS or genitive_name:
            break
        if low in _IDIOMS and j > 0 and texts[j - 1].lower() in _IDIOMS[low]:
            break  # "unter anderem Bäcker" ("anderem" tagged ADJ): no adjective of the noun
        if low in _AFTER_EIN and j > 0 and texts[j - 1].lower() == "ein":
            # "ein paar Euro" (paar tagged ADJ): no article nor adjective of the noun; "ein
            # paar" counts like a numeral (plural)
            if low == "paar" and numeral is None:
                numeral = j
            j -= 2
            continue
        if _number_adjective(texts[j]):  # "der 25jährige Attentäter"
            adjectives.append(j)
            j -= 1
            continue
        if _year(texts, sentence_ids, j):
            break  # "seit 1988 Finanzminister": a year, not a number of ministers
        if (tag == "NUM" or is_numeral(texts[j])) and numeral is None and not adjectives[1:]:
            numeral = j
            j -= 1
            continue
        if tag == "ADJ" or _is_inflected_adjective(texts[j], lemmas[j], tag):
            if tag == "ADJ" or (j + 1 <= head and tags[j + 1] in (*_NOUNS, "ADJ")):
                adjectives.append(j)
                j -= 1
                continue
            break
        if tag == "ADV" and j + 1 < head and tags[j + 1] == "ADJ" and adjectives:
            j -= 1
            continue
        if low in (",", "und", "oder") and adjectives and j > 0 and tags[j - 1] == "ADJ":
            j -= 1
            continue
        if low in _QUOTES:  # meine "alten" Ansichten
            j -= 1
            continue
        skip = _quantity_words(texts, tags, sentence_ids, j, numeral)
        if skip:  # "mit viel Lärm", "mit ein paar Freunden", "bei rund 800 Millionen"
            j -= skip
            continue
        break
    return j, adjectives, numeral


def _quantity_words(
    texts: Sequence[str],
    tags: Sequence[str],
    sentence_ids: Sequence[int],
    j: int,
    numeral: int | None,
) -> int:
    """How many words ending at ``j`` say how much of the phrase there is without being
    inflected for it: an uninflected quantifier ("viel", "etwas", "ein paar"), or an
    approximation before a numeral ("rund", "mehr als"). 0: none."""
    low = texts[j].lower()
    before = texts[j - 1].lower() if j > 0 and sentence_ids[j - 1] == sentence_ids[j] else ""
    if low in _UNINFLECTED_AMOUNTS:
        return 2 if before == "ein" and low in _AFTER_EIN else 1
    if numeral is None or j + 1 != numeral:
        return 0
    if low in _APPROXIMATIONS and (low != "über" or tags[j] == "ADV"):
        return 1  # "über" tagged as a preposition may be one: "über 20 Länder"
    if low == "als" and before in ("mehr", "weniger"):
        return 2
    if low in ("bis", "-", "–") and is_numeral(before):
        return 2  # "20 bis 30 Minuten"
    return 0


def _preposition_before(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    sentence_ids: Sequence[int],
    head: int,
    j: int,
    depth: int,
    determiner: int | None,
) -> tuple[int | None, bool]:
    """The preposition at ``j`` before the phrase, or the one of the phrase before
    "und" (then coordinated): (preposition, coordinated)."""
    if j >= 0 and sentence_ids[j] == sentence_ids[head]:
        low = texts[j].lower()
        if low == "bis" and determiner == j + 1:
            return None, False  # "bis die Notaufnahme bereit ist": the conjunction
        if low in PREPOSITIONS and (tags[j] in ("ADP", "ADV") or low not in _ALSO_CONJUNCTIONS):
            return j, False  # also "innerhalb" tagged as an adverb, "Ohne" as a conjunction
        if low in CONTRACTIONS and tags[j] == "ADP":
            return j, False
        listed = low == "," and _list_goes_on(texts, tags, sentence_ids, head)
        other = j - 1
        if other > 0 and tags[other] == "NUM" and texts[other].isdigit():
            other -= 1  # "zwischen März 2022 und Oktober 2023": past the year
        joined = low in _COORDINATION and (low != "noch" or _weder_before(texts, sentence_ids, j))
        if (joined or listed) and depth < 4 and j > 0 and tags[other] in _NOUNS:
            before = find_phrase(texts, tags, lemmas, sentence_ids, other, depth + 1)
            if before.preposition is not None and determiner is None:
                return before.preposition, True
    return None, False


def _weder_before(texts: Sequence[str], sentence_ids: Sequence[int], j: int) -> bool:
    """ "weder" stands shortly before the "noch" at ``j`` ("weder in Kiel noch in Lübeck"):
    "noch" joins; elsewhere it is the adverb ("in Daun noch 412 Kinder")."""
    k = j - 1
    while k >= 0 and j - k <= 8 and sentence_ids[k] == sentence_ids[j]:
        if texts[k].lower() == "weder":
            return True
        k -= 1
    return False


#: Adverbs of degree, focus and time that may stand between a preposition and its
#: phrase ("um fast ein Viertel", "von ursprünglich elf Stellen", "mit nur zwei Stimmen").
_BETWEEN_PREPOSITION_AND_PHRASE = frozenset(
    {"fast", "rund", "etwa", "knapp", "ungefähr", "annähernd", "nahezu", "beinahe", "circa",
     "zirka", "mindestens", "höchstens", "maximal", "nur", "bloß", "lediglich", "gerade",
     "schon", "bereits", "noch", "ursprünglich", "insgesamt", "zuletzt", "zunächst",
     "jeweils", "teils", "derzeit", "damals", "einst", "zusammen", "gut"}
)  # fmt: skip


def _past_focus_adverbs(texts: Sequence[str], tags: Sequence[str], j: int, start: int) -> int:
    """The word before the adverbs of degree or focus (and "mehr als") that end at ``j``
    when a preposition stands before them and the phrase starting at ``start`` has
    words of its own ("um fast ein Viertel"): that preposition governs the phrase;
    else ``j``."""
    k = j
    while k >= 0 and j - k < 4:
        if texts[k].lower() in _BETWEEN_PREPOSITION_AND_PHRASE:
            k -= 1
        elif texts[k].lower() == "als" and k > 0 and texts[k - 1].lower() in ("mehr", "weniger"):
            k -= 2  # "um mehr als ein Drittel"
        else:
            break
    if k == j or k < 0 or tags[k] != "ADP" or texts[k].lower() not in PREPOSITIONS:
        return j
    return k


def _list_goes_on(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], head: int
) -> bool:
    """The noun at ``head`` stands in a list that "und" or "oder" closes ("aus Bosnien,
    Serbien und Kroatien"), so a comma before it joins it to the noun before."""
    j = head + 1
    while j < len(texts) and j <= head + 2 and sentence_ids[j] == sentence_ids[head]:
        if texts[j].lower() in ("und", "oder", "sowie"):
            return j + 1 < len(tags) and tags[j + 1] in (*_NOUNS, "ADJ", "DET")
        if texts[j] != ",":
            return False
        j += 2  # ", Kroatien, …"
    return False


def preposition_cases(text: str) -> frozenset[str]:
    low = text.lower()
    if low in CONTRACTIONS:
        return PREPOSITIONS[CONTRACTIONS[low][0]]
    return PREPOSITIONS.get(low, frozenset())


_WEAK_AFTER_STRONG_DATIVE: frozenset[Bundle] = frozenset(
    {("Dat", "Sing", "Masc", "none"), ("Dat", "Sing", "Neut", "none")}
)


@dataclass(frozen=True, slots=True)
class Agreement:
    """What the phrase leaves for its head, and which words decided the case."""

    bundles: frozenset[Bundle]
    case_by: str = ""  # "preposition", "determiner", "adjective", "form", or ""
    case_word: str = ""  # the word named in the explanation ("mit", "des")
    conflicts: int = 0  # words of the phrase that did not fit and were left out


def agree(
    texts: Sequence[str],
    lemmas: Sequence[str],
    phrase: Phrase,
    head_bundles: frozenset[Bundle],
) -> Agreement:
    """Intersect the head's bundles with what every word of ``phrase`` allows."""
    if phrase.extended:
        # an article before an extended attribute counts only when every word agrees
        # ("dass die in Zukunft neue Regeln …": "die" is the subject, not the article)
        found = agree(texts, lemmas, replace(phrase, extended=False), head_bundles)
        if not found.conflicts:
            return found
        phrase = replace(phrase, determiner=None, extended=False, start=phrase.adjectives[-1])
        phrase = replace(phrase, preposition=None, coordinated=False)
    bundles = head_bundles
    case_by, case_word = "form", ""
    cases = cases_of(bundles)
    conflicts = 0

    def narrow(allowed: frozenset[Bundle], by: str, word: str) -> None:
        nonlocal bundles, case_by, case_word, cases, conflicts
        narrowed = bundles & allowed
        if not narrowed:
            conflicts += 1
            return  # this word does not belong to the phrase after all
        bundles = narrowed
        new_cases = cases_of(bundles)
        if len(new_cases) < len(cases):
            case_by, case_word = by, word
        cases = new_cases

    if phrase.determiner is not None:
        word = texts[phrase.determiner]
        low = word.lower()
        allowed = CONTRACTIONS[low][1] if low in CONTRACTIONS else DETERMINERS.get(low, frozenset())
        narrow(allowed, "determiner", word)
        if conflicts and _relative_after_preposition(texts, phrase):
            # ", bei dem Elektroden …": no article of a plural, the relative pronoun
            return agree(texts, lemmas, _without_relative(phrase), head_bundles)
        plural = frozenset(b for b in bundles if b[1] == "Plur")
        if low in MASS_QUANTIFIERS and plural:
            # "vielen Menschen", "einige Tage": a count noun after a quantifier is
            # plural; only a noun that cannot be is a singular mass ("vielen Dank")
            if len(cases_of(plural)) < len(cases):
                case_by, case_word = "determiner", word
            bundles, cases = plural, cases_of(plural)
    elif phrase.genitive_name:
        narrow(frozenset(b for b in bundles if b[3] == "none"), "determiner", "")
    else:
        narrow(frozenset(b for b in bundles if b[3] == "none"), "", "")
    # "unter starkem wirtschaftspolitischen Druck": after a strong dative "-em" the
    # next adjective often takes the weak "-en" (an accepted variant)
    strong_dative = phrase.determiner is None and any(
        texts[j].lower().endswith("em") for j in phrase.adjectives
    )
    for position, index in enumerate(phrase.adjectives):
        endings = _adjective_endings(texts[index], lemmas[index])
        if endings:
            allowed = frozenset().union(*(bundles_of_ending(e) for e in endings))
            if (
                strong_dative
                and "en" in endings
                and any(texts[j].lower().endswith("em") for j in phrase.adjectives[position + 1 :])
            ):
                allowed |= _WEAK_AFTER_STRONG_DATIVE
            narrow(allowed, "adjective", texts[index])
    if (
        phrase.numeral is not None
        and not _ordinal(texts, phrase.numeral)
        and texts[phrase.head] not in TIMES_OF_DAY
    ):
        # a cardinal counts ("drei Tage"); an ordinal ("am 5. Mai", "der 3. Platz") is
        # an adjective and leaves the number to the article and the noun; "um 9 Uhr" is
        # a time of day, singular ("Es ist 9 Uhr"), not nine clocks
        plural = frozenset(b for b in bundles if b[1] == "Plur")
        # "zwölf Prozent": a singular form that counts as plural keeps both
        bundles = plural or bundles | frozenset((b[0], "Plur", "", b[3]) for b in bundles)
    if phrase.preposition is not None:
        word = texts[phrase.preposition]
        allowed_cases = preposition_cases(word)
        before = conflicts
        narrow(frozenset(b for b in bundles if b[0] in allowed_cases), "preposition", word)
        if conflicts > before and _relative_after_preposition(texts, phrase):
            # ", bei der Elektroden die Glasschmelze erhitzen": "der" is the relative
            # pronoun the preposition governs, not the noun's article (bei + a genitive
            # plural); the noun stands bare in the relative clause
            return agree(texts, lemmas, _without_relative(phrase), head_bundles)
        if cases == {"Acc", "Dat"} and allowed_cases == {"Acc", "Dat"}:
            return Agreement(bundles, "two-way", word, conflicts)
    return Agreement(bundles, case_by if len(cases) == 1 else "", case_word, conflicts)


def _without_relative(phrase: Phrase) -> Phrase:
    """``phrase`` without the relative pronoun and the preposition before it."""
    return replace(phrase, determiner=None, preposition=None, coordinated=False, start=phrase.head)


#: Forms of the definite article that are also relative pronouns.
_RELATIVE_FORMS = frozenset({"der", "die", "das", "dem", "den"})


def _relative_after_preposition(texts: Sequence[str], phrase: Phrase) -> bool:
    """The phrase's article right after its preposition, which follows a comma, and no
    adjective between it and the noun: the article may be a relative pronoun opening a
    clause (", in der …", ", bei der …")."""
    determiner, preposition = phrase.determiner, phrase.preposition
    return (
        determiner is not None
        and preposition is not None
        and not phrase.coordinated
        and not phrase.adjectives
        and determiner == preposition + 1
        and phrase.head == determiner + 1
        and preposition > 0
        and texts[preposition - 1] == ","
        and texts[determiner].lower() in _RELATIVE_FORMS
    )
