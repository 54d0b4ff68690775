"""The base form of an inflected name: "der Deutschen Bahn" -> "Deutsche Bahn".

German inflects the adjectives of a name ("die Vereinten Nationen", "des Internationalen
Währungsfonds") and adds -s or -es to a genitive noun ("Russlands", "des Bundestages").
Two mentions are the same name when their *keys* agree: every word lower-cased, an
adjective's ending and a genitive -s/-es taken off. The name shown is the form most
mentions have: as written where no article stands before it ("Deutsche Bahn"), else as
after "der/die/das" in the nominative ("Internationale Währungsfonds"), the noun
without its genitive ending. Pure string functions; no spaCy, no Qt.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


_ADJ_ENDINGS = ("en", "em", "er", "es", "e")
#: Words before a name that leave it in the nominative (or an accusative that looks the same).
NOMINATIVE_ARTICLES = frozenset({"der", "die", "das", "Der", "Die", "Das"})
#: Words before a name that put it in the genitive or dative.
OBLIQUE_WORDS = words(
    """des dem den eines einem einer im am vom zum zur beim ins ans laut seitens
    Des Dem Den Im Am Vom Zum Zur Beim Laut Seitens"""
)
GENITIVE_WORDS = frozenset({"des", "eines", "Des", "Eines"})


def adjective_stem(word: str) -> str | None:
    """ "Deutschen" -> "Deutsch", "Vereinte" -> "Vereint"; None when not adjective-like.

    A capitalised word inside a name is read as an adjective when it ends in an
    adjective ending and what remains is long enough to be a stem.
    """
    for ending in _ADJ_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if stem[-1].isalpha() and stem[-1] not in "aeiouäöü":
                return stem
    return None


def strip_genitive(word: str) -> str:
    """ "Bundestages" -> "Bundestag", "Russlands" -> "Russland", "Bodensees" ->
    "Bodensee" (a stem ending in a vowel takes "-s" only; the caller checks)."""
    if (
        word.endswith("es")
        and len(word) > 5
        and not word.endswith("ses")
        and word[-3] not in "aeiouäöüy"
    ):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "ß")) and len(word) > 3:
        return word[:-1]
    return word


def key_of(words: list[str]) -> tuple[str, ...]:
    """The grouping key of a name: lower case, adjective endings off, genitive off."""
    out: list[str] = []
    for k, word in enumerate(words):
        low = word.lower()
        if k < len(words) - 1 and word[:1].isupper():
            stem = adjective_stem(word)
            if stem is not None and words[k + 1][:1].isupper():
                low = stem.lower()
        out.append(low)
    return tuple(out)


def rebuilt_form(words: list[str]) -> str:
    """The name as after "der/die/das" in the nominative: "Internationalen Währungsfonds"
    -> "Internationale Währungsfonds", "Vereinten Nationen" -> "Vereinte Nationen".

    Only "-en", "-em" and "-es" endings change: a word in "-er" after an article is an
    indeclinable place adjective ("der Hamburger Hafen")."""
    out: list[str] = []
    for k, word in enumerate(words):
        lower_isch = word[:1].islower() and word.endswith(_ISCH_FORMS)  # "sächsischen"
        if k < len(words) - 1 and (word[:1].isupper() or lower_isch) and words[k + 1][:1].isupper():
            stem = adjective_stem(word)
            if stem is not None and word.endswith(("en", "em", "es")):
                word = stem + "e"
        out.append(word)
    return " ".join(out)


_NEUTER_ENDINGS = (
    "um", "ment", "chen", "lein", "tum", "amt", "werk", "haus", "institut", "gericht", "büro",
    "komitee", "kabinett", "team", "blatt", "magazin", "portal", "land", "reich", "nehmen",
    "zentrum", "gremium", "volk", "kommando", "regime", "militär", "parlament",
)  # fmt: skip
_MASCULINE_ENDINGS = (
    "dienst", "rat", "verband", "konzern", "verein", "bund", "staat", "sender", "ausschuss",
    "fonds", "hof", "kreis", "vorstand", "senat", "klub", "club", "betrieb", "markt",
)  # fmt: skip


def is_neuter(noun: str, tagged: str | None) -> bool:
    """Is a noun after "des"/"dem" neuter? Word endings first (the tagger's gender of
    nouns is unreliable), then the tagger."""
    low = noun.lower()
    for ending in ("es", "s", ""):
        stem = low[: len(low) - len(ending)] if ending and low.endswith(ending) else low
        if stem.endswith(_NEUTER_ENDINGS):
            return True
        if stem.endswith(_MASCULINE_ENDINGS):
            return False
    return tagged == "n"


_ISCH_FORMS = ("ischen", "ischem", "ischer", "isches", "ische")
_STRONG = {"m": "er", "n": "es", "f": "e", "pl": "e"}
_ARTICLE_GENDER = {
    "das": "n", "Das": "n", "zur": "f", "Zur": "f",
}  # fmt: skip
_MASC_OR_NEUTER = words("des eines dem einem im am vom zum beim Des Dem Im Am Vom Zum Beim")


def gender_after(article: str, words: list[str], tagged: str | None) -> str | None:
    """The gender ("m", "f", "n") or "pl" of a name from the article before it:
    "der Deutsche Wetterdienst" (m), "die Deutsche Bahn" (f), "die Vereinten Nationen"
    (pl), "des Internationalen Währungsfonds" (m or n: word endings decide)."""
    first = words[0] if len(words) > 1 else ""
    weak_e = first.endswith("e") and first[:1].isupper()
    if article in _ARTICLE_GENDER:
        return _ARTICLE_GENDER[article]
    if article in ("der", "Der"):
        return "m" if weak_e else None
    if article in ("die", "Die"):
        return "f" if weak_e else "pl" if first.endswith("en") else None
    if article in _MASC_OR_NEUTER:
        return "n" if is_neuter(words[-1], tagged) else "m"
    return None


def strong_form(words: list[str], gender: str | None) -> str:
    """The name as written without an article: "Internationaler Währungsfonds",
    "Statistisches Bundesamt", "Vereinte Nationen", "sächsische Schweiz". Unknown
    gender: as after "der"."""
    ending = _STRONG.get(gender or "")
    if ending is None:
        return rebuilt_form(words)
    out: list[str] = []
    for k, word in enumerate(words):
        lower_isch = word[:1].islower() and word.endswith(_ISCH_FORMS)  # "sächsischen"
        if k < len(words) - 1 and (word[:1].isupper() or lower_isch) and words[k + 1][:1].isupper():
            stem = adjective_stem(word)
            if stem is not None and word.endswith(("e", "en", "em", "es")):
                word = stem + ending
        out.append(word)
    return " ".join(out)
