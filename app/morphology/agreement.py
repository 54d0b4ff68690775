"""Agreement inside a German noun phrase: what the determiner, the adjective endings
and the preposition allow.

A noun phrase's case, number and gender must suit every word in it: "mit den
neuen Regeln" is dative plural because "mit" takes the dative, "den" is
accusative masculine singular or dative plural, "neuen" after "den" fits both,
and "Regeln" is plural. Each word gives the set of :data:`Bundle` s it allows;
the phrase gets their intersection.

A bundle is (Case, Number, Gender, declension): Gender is "" in the plural
(plural forms do not show gender), declension the kind of determiner in front
of the adjectives ("def": der-words, "ind": ein-words, "none": no determiner),
which decides the adjective endings (weak, mixed, strong).

Tables only and set operations; no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.core.memo import word_cache
from app.lexicon import words as lex_words

Bundle = tuple[str, str, str, str]

CASES = ("Nom", "Acc", "Dat", "Gen")
GENDERS = ("Masc", "Fem", "Neut")
DECLENSIONS = ("def", "ind", "none")
GENDER_OF = lex_words.UD_GENDER  # "m" -> "Masc"

#: The cells (Case, Number, Gender) of each ending of a der-word ("dieser", "jede").
_DER_ENDINGS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "er": (("Nom", "Sing", "Masc"), ("Gen", "Sing", "Fem"), ("Dat", "Sing", "Fem"),
           ("Gen", "Plur", "")),
    "e": (("Nom", "Sing", "Fem"), ("Acc", "Sing", "Fem"), ("Nom", "Plur", ""), ("Acc", "Plur", "")),
    "es": (("Nom", "Sing", "Neut"), ("Acc", "Sing", "Neut"), ("Gen", "Sing", "Masc"),
           ("Gen", "Sing", "Neut")),
    "en": (("Acc", "Sing", "Masc"), ("Dat", "Plur", "")),
    "em": (("Dat", "Sing", "Masc"), ("Dat", "Sing", "Neut")),
}  # fmt: skip
#: Endings of an ein-word ("ein", "keinen", "ihrem"); "" is the bare stem.
_EIN_ENDINGS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "": (("Nom", "Sing", "Masc"), ("Nom", "Sing", "Neut"), ("Acc", "Sing", "Neut")),
    "e": _DER_ENDINGS["e"],
    "er": _DER_ENDINGS["er"][1:],  # "keiner" before a noun is never nominative
    "es": (("Gen", "Sing", "Masc"), ("Gen", "Sing", "Neut")),
    "en": _DER_ENDINGS["en"],
    "em": _DER_ENDINGS["em"],
}
_DEFINITE: dict[str, tuple[tuple[str, str, str], ...]] = {
    "der": _DER_ENDINGS["er"],
    "die": _DER_ENDINGS["e"],
    "das": (("Nom", "Sing", "Neut"), ("Acc", "Sing", "Neut")),
    "des": (("Gen", "Sing", "Masc"), ("Gen", "Sing", "Neut")),
    "den": _DER_ENDINGS["en"],
    "dem": _DER_ENDINGS["em"],
}
_DER_STEMS = ("dies", "jen", "jed", "manch", "welch", "solch", "all", "jeglich", "sämtlich")
#: Determiners after which adjectives take strong endings, like no determiner at all.
_STRONG_STEMS = ("viel", "wenig", "einig", "mehrer", "etlich", "zahlreich")
#: Of these, the ones that also stand before a singular noun, inflected ("vielen Dank").
_MASS_STEMS = ("viel", "wenig", "einig", "etlich")
#: Their forms with a singular reading (filled with the table): before a noun that can
#: be plural they are plural ("vielen Menschen", not the singular "den Menschen").
MASS_QUANTIFIERS: set[str] = set()


_CELLS = (("Sing", "Masc"), ("Sing", "Fem"), ("Sing", "Neut"), ("Plur", ""))


def _bundles(cells: Iterable[tuple[str, str, str]], declension: str) -> frozenset[Bundle]:
    return frozenset((c, n, g, declension) for c, n, g in cells)


def _determiner_table() -> dict[str, frozenset[Bundle]]:
    table: dict[str, frozenset[Bundle]] = {}
    for word, cells in _DEFINITE.items():
        table[word] = _bundles(cells, "def")
    for stem in _DER_STEMS:
        for ending, cells in _DER_ENDINGS.items():
            if stem == "jed":
                cells = tuple(c for c in cells if c[1] == "Sing")
            table[stem + ending] = _bundles(cells, "def")
    for stem, inflected in (
        ("ein", ("ein",)), ("kein", ("kein",)), ("mein", ("mein",)), ("dein", ("dein",)),
        ("sein", ("sein",)), ("ihr", ("ihr",)), ("unser", ("unser", "unsr")), ("euer", ("eur",)),
    ):  # fmt: skip
        for ending, cells in _EIN_ENDINGS.items():
            if stem == "ein":  # "ein" has no plural
                cells = tuple(c for c in cells if c[1] == "Sing")
            for form in (stem,) if not ending else tuple(f + ending for f in inflected):
                table[form] = table.get(form, frozenset()) | _bundles(cells, "ind")
    table["unsern"] = table["unseren"]
    table["unserm"] = table["unserem"]
    for stem in _STRONG_STEMS:
        for ending in ("e", "en", "er"):
            cells = tuple(c for c in _DER_ENDINGS[ending] if c[1] == "Plur")
            table[stem + ending] = _bundles(cells, "none")
    for stem in _MASS_STEMS:
        # before a singular noun (a mass) they are strong adjectives: "vielen Dank"
        # (accusative), "mit vielem Geld", "einige Zeit", "einiges Geld"; not "-er",
        # which is also the comparative "weniger Zeit", and not the genitive, which a
        # singular quantifier hardly ever stands in ("vielen Dankes")
        for ending in ("e", "en", "em", "es"):
            cells = tuple(
                (c, n, g)
                for (d, c, n, g), e in ADJECTIVE_ENDINGS.items()
                if d == "none" and n == "Sing" and e == ending and c != "Gen"
            )
            table[stem + ending] = table.get(stem + ending, frozenset()) | _bundles(cells, "none")
            MASS_QUANTIFIERS.add(stem + ending)
    # "derselbe", "denselben", "diejenigen": the article with a weak adjective ending
    for article, cells in _DEFINITE.items():
        for case, number, gender in cells:
            weak = "e" if case == "Nom" or (case == "Acc" and gender not in ("Masc", "")) else "en"
            if number == "Plur":
                weak = "en"
            for stem in ("selb", "jenig"):
                form = article + stem + weak
                table[form] = table.get(form, frozenset()) | _bundles(
                    [(case, number, gender)], "def"
                )
    # "dessen", "deren": a genitive of their own that agrees with nothing after it; the
    # adjectives after them take strong endings ("deren neuer Chef"), as with no article
    table["dessen"] = table["deren"] = frozenset(
        (c, n, g, "none") for c in CASES for n, g in _CELLS
    )
    return table


#: Adjective ending for (declension, Case, Number, Gender); Gender "" in the plural.
ADJECTIVE_ENDINGS: dict[tuple[str, str, str, str], str] = {}


def _fill_adjective_endings() -> None:
    strong = {
        ("Nom", "Masc"): "er", ("Nom", "Fem"): "e", ("Nom", "Neut"): "es",
        ("Acc", "Masc"): "en", ("Acc", "Fem"): "e", ("Acc", "Neut"): "es",
        ("Dat", "Masc"): "em", ("Dat", "Fem"): "er", ("Dat", "Neut"): "em",
        ("Gen", "Masc"): "en", ("Gen", "Fem"): "er", ("Gen", "Neut"): "en",
    }  # fmt: skip
    strong_plural = {"Nom": "e", "Acc": "e", "Dat": "en", "Gen": "er"}
    for case in CASES:
        ADJECTIVE_ENDINGS[("none", case, "Plur", "")] = strong_plural[case]
        ADJECTIVE_ENDINGS[("def", case, "Plur", "")] = "en"
        ADJECTIVE_ENDINGS[("ind", case, "Plur", "")] = "en"
        for gender in GENDERS:
            ADJECTIVE_ENDINGS[("none", case, "Sing", gender)] = strong[(case, gender)]
            weak = "e" if case == "Nom" or (case == "Acc" and gender != "Masc") else "en"
            ADJECTIVE_ENDINGS[("def", case, "Sing", gender)] = weak
            mixed = weak
            if gender != "Fem" and (case == "Nom" or (case == "Acc" and gender == "Neut")):
                mixed = strong[(case, gender)]
            ADJECTIVE_ENDINGS[("ind", case, "Sing", gender)] = mixed


_fill_adjective_endings()

#: Lower-cased determiner -> the bundles it allows.
DETERMINERS: dict[str, frozenset[Bundle]] = _determiner_table()

#: Every bundle there is.
ALL_BUNDLES: frozenset[Bundle] = frozenset(
    (c, n, g, d)
    for (d, c, n, g) in ADJECTIVE_ENDINGS  # the table covers every combination once
)


def bundles_of_ending(ending: str, genders: Iterable[str] = GENDERS) -> frozenset[Bundle]:
    """The bundles in which an adjective (or adjectival noun) ends in ``ending``."""
    return _bundles_of_ending(ending, tuple(genders))


@word_cache(256)
def _bundles_of_ending(ending: str, genders: tuple[str, ...]) -> frozenset[Bundle]:
    allowed = set(genders) | {""}
    return frozenset(
        (c, n, g, d)
        for (d, c, n, g), e in ADJECTIVE_ENDINGS.items()
        if e == ending and g in allowed
    )


def noun_bundles(cells: Iterable[tuple[str, str]], genders: Iterable[str]) -> frozenset[Bundle]:
    """The bundles of a noun form found in the given (Case, Number) cells."""
    genders = tuple(genders) or GENDERS  # a noun of unknown gender
    out: set[Bundle] = set()
    for case, number in cells:
        for declension in DECLENSIONS:
            if number == "Plur":
                out.add((case, number, "", declension))
            else:
                out.update((case, number, g, declension) for g in genders)
    return frozenset(out)


#: Prepositions and the cases they govern; two cases for the Wechselpräpositionen.
PREPOSITIONS: dict[str, frozenset[str]] = {
    **{p: frozenset({"Dat"}) for p in (
        "mit", "nach", "bei", "seit", "von", "zu", "aus", "außer", "gegenüber", "entgegen",
        "gemäß", "samt", "nebst", "ab", "zufolge", "entsprechend", "nahe", "fern", "mitsamt",
        "gleich", "dank", "binnen", "vis-à-vis",
    )},
    **{p: frozenset({"Acc"}) for p in (
        "für", "durch", "gegen", "ohne", "um", "bis", "wider", "per", "via", "betreffend",
        "pro", "gen", "kontra", "contra",
    )},
    **{p: frozenset({"Gen"}) for p in (
        "wegen", "trotz", "während", "statt", "anstatt", "anstelle", "angesichts", "aufgrund",
        "infolge", "innerhalb", "außerhalb", "oberhalb", "unterhalb", "jenseits", "diesseits",
        "anlässlich", "bezüglich", "hinsichtlich", "mithilfe", "mittels", "seitens", "zugunsten",
        "zuungunsten", "zwecks", "ungeachtet", "unweit", "inmitten", "abseits", "mangels",
        "kraft", "namens", "aufseiten", "vonseiten", "einschließlich", "ausschließlich",
        "inklusive", "exklusive", "zuzüglich", "abzüglich", "beiderseits", "längs", "entlang",
        "laut", "binnen", "unbeschadet", "eingangs", "ausgangs", "angesichts", "zulasten",
        "anhand", "aufgrund", "infolge", "seitens", "vorbehaltlich",
    )},
    **{p: frozenset({"Dat", "Acc"}) for p in (
        "in", "an", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen",
    )},
}  # fmt: skip
# Genitive prepositions that also take the dative ("laut dem Bericht", "dank seinem Einsatz")
for _p in ("laut", "dank", "trotz", "binnen", "entlang", "wegen"):
    PREPOSITIONS[_p] = frozenset({"Gen", "Dat"})
PREPOSITIONS["entlang"] = frozenset({"Gen", "Dat", "Acc"})
#: Genitive prepositions that a careful writer uses with the genitive when it shows.
STRICT_GENITIVE = frozenset({"wegen", "trotz"})

#: Preposition + article in one word ("zum", "ins"): the preposition and the bundles of
#: the article in the case the preposition gives it ("zur": "der", dative only).
CONTRACTIONS: dict[str, tuple[str, frozenset[Bundle]]] = {
    word: (
        preposition,
        frozenset(b for b in DETERMINERS[article] if b[0] in PREPOSITIONS[preposition]),
    )
    for word, (preposition, article) in lex_words.CONTRACTIONS.items()
}


def with_cases(bundles: frozenset[Bundle], cases: frozenset[str]) -> frozenset[Bundle]:
    return frozenset(b for b in bundles if b[0] in cases)


def cases_of(bundles: Iterable[Bundle]) -> frozenset[str]:
    return frozenset(b[0] for b in bundles)


def numbers_of(bundles: Iterable[Bundle]) -> frozenset[str]:
    return frozenset(b[1] for b in bundles)


def genders_of(bundles: Iterable[Bundle]) -> frozenset[str]:
    return frozenset(b[2] for b in bundles)
