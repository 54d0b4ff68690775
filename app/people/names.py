"""What a word in a German text can be as part of a person's name.

Small, pure word tests: the shape of name words ("McAllister", "J.D.", "al-Assad"),
whether a capitalised word can be a name by itself ("Putin" yes, "Interesse",
"Weißen", "Präsident" no), genitive forms ("Putins", "Merz'"). The word lists
behind them are in :mod:`app.lexicon.words`. No spaCy, no Qt, nothing about any
particular article.
"""

from __future__ import annotations

import re

from app.core.memo import word_cache
from app.lexicon.lemmas import cached_lemma
from app.lexicon.roles import analyze_plural_role, is_role_word
from app.lexicon.words import (
    LAYOUT_WORDS,
    MONTHS,
    NEVER_NAMES,
    ORGANISATION_LAST_WORDS,
    WEEKDAYS,
    is_common_noun,
    is_given_name,
    is_place,
    nouns,
)

#: Heads of organisation and place names ("Volkszeitung", "Hausbank", "Olympiastadion").
_ORG_HEAD = re.compile(
    r".{3,}(?:zeitung|gruppe|partei|verband|stiftung|institut|ministerium|behörde|gericht|konzern"
    r"|bank|kasse|werke|zentrum|verein|klinik|klinikum|schule|universität|akademie|agentur"
    r"|kommission|regierung|fraktion|gesellschaft|union|straße|allee|brücke|flughafen|stadion"
    r"|arena|halle|kirche|museum|theater|festival|liga|pokal|turnier|magazin|verlag|versicherung"
    r"|holding|sender|stadt|kreis|amt|handel|dienst|firma|klub|club)s?$"
)
#: Heads that end an organisation's name as the last part of a compound ("Landesbank",
#: "Kreissparkasse", "Bürgerstiftung"); no surname ends like that.
_ORG_COMPOUND_HEAD = re.compile(
    r".{3,}(?:bank|kasse|partei|stiftung|institut|ministerium|behörde|gericht|konzern|zentrum"
    r"|verein|verband|klinikum|universität|hochschule|akademie|agentur|kommission|fraktion"
    r"|gesellschaft|versicherung|zeitung|verlag|firma|klub)$"
)
#: "McAllister", "DiCaprio", "O'Brien", "D'Alema", the West African "N'Diaye", "N'Golo".
#: Name parts with a second capital: "McAllister", "DiCaprio", "O'Neill", and the Dutch
#: digraph "IJ", capitalised as one letter ("IJsselmeer", "Van IJzendoorn").
_INNER_CAPITAL = re.compile(
    r"^(?:(?:Mc|Mac|Di|De|Da|Le|La|Van|Von|O['’]|D['’]|N['’])[A-ZÄÖÜ]|IJ)[a-zäöüß]"
)
_INITIAL = re.compile(r"^(?:[A-ZÄÖÜ]\.){1,3}$")
_PARTICLE_HYPHEN = re.compile(r"^(?:al|el|as|ad|ash|at|az|bin|ibn|abu|ben|de|di|da|le|la)-[A-ZÄÖÜ]")


def lemma_is_lowercase(word: str) -> bool:
    """True for capitalised adjectives, verbs and function words ("Brisant", "Weißen")."""
    found = cached_lemma(word)
    return bool(found) and found[0].islower()


def is_initial(word: str) -> bool:
    """ "J." in "Donald J. Trump", "M." in "Max M.", "J.D." in "J.D. Vance"."""
    return bool(_INITIAL.match(word))


#: Generational suffixes after a surname: "Martin Luther King Jr.", "Hans Berg sen.".
_GENERATION_SUFFIX = re.compile(r"^(?:Jr|Sr|jr|sr|jun|sen)\.$")


def is_generation_suffix(word: str) -> bool:
    """ "Jr.", "Sr.", "jun.", "sen.": no name word of its own, the end of a full name."""
    return bool(_GENERATION_SUFFIX.match(word))


@word_cache(maxsize=200_000)
def is_capitalised_word(word: str) -> bool:
    """Starts with a capital letter and has lowercase letters (not an acronym), no digits."""
    if not word[:1].isupper() or any(ch.isdigit() for ch in word):
        return False
    if not any(ch.islower() for ch in word):
        return False
    for part in word.split("-"):
        if sum(ch.isupper() for ch in part) > 1 and not _INNER_CAPITAL.match(part):
            return False  # "VfB", "iPhone"-like words, but "McAllister", "DiCaprio"
    return all(ch.isalpha() or ch in "-'’." for ch in word) and not word.endswith(".")


def is_particle_name(word: str) -> bool:
    """ "al-Assad", "bin-Salman": an Arabic or Romance particle joined to a name."""
    return bool(_PARTICLE_HYPHEN.match(word))


def is_never_name(word: str) -> bool:
    return word in NEVER_NAMES or word in MONTHS or word in WEEKDAYS or word in LAYOUT_WORDS


@word_cache(maxsize=200_000)
def is_compound_noun(word: str) -> bool:
    """A closed compound of two dictionary nouns that is not itself listed: "Stadtfest".

    Many German surnames look like this too ("Nagelsmann", "Hofreiter"), so callers
    use it only where a name needs stronger evidence.
    """
    if len(word) < 7 or not word[:1].isupper() or not word[1:].islower():
        return False
    known = nouns()
    for k in range(3, len(word) - 3):
        head = word[k].upper() + word[k + 1 :]
        if head not in known and not (head.endswith("s") and head[:-1] in known):
            continue
        modifier = word[:k]
        if modifier in known or (modifier[-1] in "sn" and modifier[:-1] in known):
            return True
    return False


@word_cache(maxsize=200_000)
def is_organisation_word(word: str) -> bool:
    """ "Logistics", "Koch-Institut", "Partei", "Landesbank": a last word that ends an
    organisation's name, so the words before it name no person; in the genitive, too
    ("des Robert Koch-Instituts", "des Hans-Böckler-Klinikums")."""
    last = word.rpartition("-")[2].lower()
    if last in ORGANISATION_LAST_WORDS or _ORG_COMPOUND_HEAD.match(last):
        return True
    stem = last[:-2] if last.endswith("es") else last[:-1] if last.endswith("s") else ""
    if len(stem) < 6 and "-" not in word:
        return False  # "Tyra Banks": a short English word with "s" is a surname
    return stem in ORGANISATION_LAST_WORDS or bool(_ORG_COMPOUND_HEAD.match(stem))


def is_organisation_head(word: str) -> bool:
    """ "Spezialchemiekonzern", "Musikhochschule", "Landesbank": a noun that names an
    organisation by its head."""
    return bool(_ORG_HEAD.match(word.lower()) or _ORG_COMPOUND_HEAD.match(word.lower()))


def is_name_core(word: str, strict: bool = True) -> bool:
    """Could ``word`` be a name by itself (not merely after a first name)?

    True for given names and for capitalised words that are neither ordinary
    nouns, nor adjectives/function words, nor role nouns. "Putin", "Spohr" yes;
    "Interesse", "Weißen", "Präsident" no. ``strict`` also rejects unlisted
    compounds of nouns ("Stadtfest"), at the price of surnames like "Nagelsmann".
    """
    if is_particle_name(word):
        return True
    if not is_capitalised_word(word) or is_never_name(word):
        return False
    if is_given_name(word):
        return True
    if is_place(word) or _ORG_HEAD.match(word.lower()):
        return False
    if "-" in word:
        parts = word.split("-")
        if any(not p for p in parts):
            return False
        last = parts[-1]
        if last[:1].isupper() and (is_common_noun(last) or is_role_word(last)):
            return False  # "Biden-Regierung", "Trump-Wahlhelfer"
        if last[:1].islower() and len(parts[0]) > 3 and is_common_noun(parts[0]):
            return False  # "Start-ups", "E-mail" (but "Jong-un", "Suk-yeol")
        capitals = [p for p in parts if p[:1].isupper()]
        return len(capitals) < len(parts) or not all(
            is_common_noun(p) or is_place(p) for p in capitals
        )
    bare = degenitive(word)
    if is_common_noun(word) or is_role_word(word) or is_place(word):
        return False
    if analyze_plural_role(word) is not None:
        return False  # "Fraktionschefinnen", "Ratsfrauen"
    if len(word) > 8 and word.endswith(_ABSTRACT_PLURALS):
        return False  # "Reiseimpfungen": the plural of a compound noun, no surname
    if strict and is_compound_noun(bare if bare != word else word):
        return False
    return not lemma_is_lowercase(bare)


#: Plural endings of abstract nouns that no surname has ("-ungen", "-heiten" ...).
_ABSTRACT_PLURALS = ("ungen", "heiten", "keiten", "schaften", "tionen", "itäten")


def degenitive(word: str) -> str:
    """ "Putins" -> "Putin", "Merz'" -> "Merz", "Kims" -> "Kim"; other words unchanged.

    Only the written form decides; callers check the result against known names.
    """
    if word.endswith(("'", "’")) and len(word) > 2:
        return word[:-1]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def genitive_forms(part: str) -> tuple[str, ...]:
    """The written genitives of a name part: "Putin" -> ("Putins",), "Merz" -> ("Merz'", ...)."""
    if part.endswith(("s", "ß", "x", "z", "ce")):
        return (part + "'", part + "’")
    return (part + "s", part + "'s", part + "’s")
