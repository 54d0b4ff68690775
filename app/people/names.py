"""What a word in a German text can be as part of a person's name.

Small, pure word tests used by :mod:`app.people`: given names (from German NER
corpora), ordinary nouns (from the Ding dictionary), name particles ("von der",
"van", "al-"), titles ("Dr.", "Frau"), genitive forms ("Putins", "Merz'").
Lexicons live in ``resources/lexicon/`` (see ``training/build_people_lexicon.py``).
No spaCy, no Qt, nothing about any particular article.
"""

from __future__ import annotations

import functools
import gzip
import re

from app.core.memo import word_cache
from app.core.paths import resources_dir
from app.nlp.lemmas import lemmatize


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


#: Lowercase words that belong inside names ("Ursula von der Leyen", "Vincent van Gogh").
PARTICLES = _words(
    """von vom van der den de del della dei di da dos das du la le zu zur ten ter bin ibn al el
    y"""
)
#: Particles that may start a surname on their own ("von der Leyen", "van Gogh").
LEADING_PARTICLES = _words("von van de di da du del della dos al el bin ibn zu ten ter")

#: Forms of address and academic titles: written before names, never part of them.
TITLES = _words(
    """Herr Herrn Frau Fräulein Dr. Prof. Dr Prof Professor Professorin Dipl.-Ing. Mag. Sir
    Lady Lord Mr. Mrs. Ms. Monsieur Madame"""
)

#: Words of captions and layout that follow names in scraped text ("... Tests Foto: AFP").
LAYOUT_WORDS = _words(
    """Foto Fotos Bild Bilder Video Videos Grafik Quelle Archiv Screenshot Illustration Montage
    Collage Copyright Symbolbild Archivbild Titelbild"""
)

MONTHS = _words(
    """Januar Jänner Februar März April Mai Juni Juli August September Oktober November
    Dezember"""
)
WEEKDAYS = _words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag")

#: Capitalised words that are never names even when unknown to the lexicons.
_NEVER_NAMES = _words(
    """Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Er Sie Es Wir Ihr Ich Man Mein
    Dein Sein Seine Seinen Seinem Seiner Ihre Ihren Ihrem Ihrer Unser Euer Kein Keine Dieser
    Diese Dieses Jener Jene Jeder Jede Alle Viele Einige Manche Beide Wie Was Wer Wo Wann
    Warum Wieso Weshalb Und Oder Aber Doch Denn Sondern Auch Noch Nur Schon So Dann Da Dort
    Hier Jetzt Heute Gestern Nun Nach Vor Bei Mit Von Zu Zum Zur Im In Am An Auf Aus Für
    Über Unter Gegen Seit Bis Ob Als Wenn Weil Dass Damit Obwohl Während Trotz Laut Nicht Ja
    Nein Bitte Zudem Außerdem Allerdings Deshalb Daher Dabei Damals Inzwischen Bereits
    Immerhin Zuletzt Zunächst Erst Sogar Etwa Rund Mehr Weniger Ab Ohne Um Durch Neben
    Hinter Zwischen Statt Wegen Fast Kaum Zwar Also Jedoch Dennoch Trotzdem Sowie Mal
    Vielleicht Wohl Gar Eben Genau Gleich Ganz Sehr Bisher Stattdessen Anschließend
    Einerseits Andererseits Möglicherweise Derzeit Zurzeit Unterdessen Indes Insgesamt Herr
    Frau St. Sankt"""
)

#: Heads of organisation and place names ("Volkszeitung", "Hausbank", "Olympiastadion").
_ORG_HEAD = re.compile(
    r".{3,}(?:zeitung|gruppe|partei|verband|stiftung|institut|ministerium|behörde|gericht|konzern"
    r"|bank|kasse|werke|zentrum|verein|klinik|klinikum|schule|universität|akademie|agentur"
    r"|kommission|regierung|fraktion|gesellschaft|union|straße|allee|brücke|flughafen|stadion"
    r"|arena|halle|kirche|museum|theater|festival|liga|pokal|turnier|magazin|verlag|versicherung"
    r"|holding|sender|stadt|kreis|amt)s?$"
)
_INNER_CAPITAL = re.compile(r"^(?:Mc|Mac|Di|De|Da|Le|La|Van|Von|O['’]|D['’])[A-ZÄÖÜ][a-zäöüß]")
#: Capitalised particles inside names: "Marine Le Pen", "Lana Del Rey", "Robert De Niro".
CAPITAL_PARTICLES = _words("Le La De Del Di Da Van Von Du Dos Ter Ten Al El")
_INITIAL = re.compile(r"^(?:[A-ZÄÖÜ]\.){1,3}$")
_PARTICLE_HYPHEN = re.compile(r"^(?:al|el|as|ad|ash|at|az|bin|ibn|abu|ben|de|di|da|le|la)-[A-ZÄÖÜ]")


@functools.cache
def _given_names() -> dict[str, str]:
    """First name -> usual gender ("m", "f" or "" when unknown or either)."""
    path = resources_dir() / "lexicon" / "given_names.tsv"
    text = path.read_text(encoding="utf-8")
    body = text[text.index("\n", text.rindex("\n#") + 1) + 1 :] if text.startswith("#") else text
    words = body.split()  # name, gender, name, gender, ...
    return {name: "" if g == "?" else g for name, g in zip(words[::2], words[1::2], strict=True)}


def warm_up() -> None:
    """Load every word list now (each is read once per process)."""
    _given_names()
    _places()
    _nouns()


def given_name_gender(word: str) -> str | None:
    """ "m" for "Holger", "f" for "Iris", None when unknown, unisex or no first name."""
    if not is_given_name(word):
        return None
    return _given_names().get(word.split("-")[0]) or None


@functools.cache
def _places() -> frozenset[str]:
    path = resources_dir() / "lexicon" / "places.txt"
    return _word_list(path.read_text(encoding="utf-8"))


@functools.cache
def _nouns() -> frozenset[str]:
    path = resources_dir() / "lexicon" / "nouns.txt.gz"
    return _word_list(gzip.decompress(path.read_bytes()).decode("utf-8"))


def _word_list(text: str) -> frozenset[str]:
    """The lines of a word list file, without comment lines."""
    words = set(text.split("\n"))
    return frozenset(w for w in words if w and w[0] != "#")


@word_cache(maxsize=200_000)
def is_given_name(word: str) -> bool:
    """ "Anna", "Wladimir", "Hans-Peter": a first name seen in German NER corpora."""
    names = _given_names()
    if word in _NEVER_NAMES:
        return False
    if word in names:
        return True
    if "-" in word:
        parts = word.split("-")
        return all(p in names for p in parts) and len(parts) == 2
    return False


@word_cache(maxsize=200_000)
def is_place(word: str) -> bool:
    """ "Berlin", "Russlands", "Leipziger": a geographic name, its genitive or its adjective."""
    places = _places()
    if word in places or (word.endswith("s") and word[:-1] in places):
        return True
    if not word.endswith("er"):
        return False
    stem = word[:-2]  # "Kieler", "Bremer"; "Münchner", "Dresdner" from "München", "Dresden"
    return stem in places or stem + "en" in places or stem[:-1] + "en" in places


@word_cache(maxsize=200_000)
def is_common_noun(word: str) -> bool:
    """An ordinary noun of the dictionary, also in genitive or dative plural form.

    Hyphenated compounds are judged by their last part ("Raketen-Tests").
    """
    nouns = _nouns()
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        if not last[:1].isupper():
            return False
        word = last
    if word in nouns:
        return True
    for ending in ("s", "es", "n", "en"):
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3 or stem not in nouns:
            continue
        if ending == "n" and not stem.endswith(("e", "el", "er")):
            continue  # "Waffen" is "Waffe" + n, "Macron" is no "Macro" + n
        return True
    return False


@word_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """simplemma's German lemma of ``word`` (the word itself when unknown).

    Through :mod:`app.nlp.lemmas`, which reads simplemma's data from a cached index:
    simplemma's own first call decodes its whole German table (about 2 s)."""
    return lemmatize(word)


def lemma_is_lowercase(word: str) -> bool:
    """True for capitalised adjectives, verbs and function words ("Brisant", "Weißen")."""
    found = lemma(word)
    return bool(found) and found[0].islower()


def is_initial(word: str) -> bool:
    """ "J." in "Donald J. Trump", "M." in "Max M.", "J.D." in "J.D. Vance"."""
    return bool(_INITIAL.match(word))


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
    return word in _NEVER_NAMES or word in MONTHS or word in WEEKDAYS or word in LAYOUT_WORDS


@word_cache(maxsize=200_000)
def is_compound_noun(word: str) -> bool:
    """A closed compound of two dictionary nouns that is not itself listed: "Stadtfest".

    Many German surnames look like this too ("Nagelsmann", "Hofreiter"), so callers
    use it only where a name needs stronger evidence.
    """
    if len(word) < 7 or not word[:1].isupper() or not word[1:].islower():
        return False
    nouns = _nouns()
    for k in range(3, len(word) - 3):
        head = word[k].upper() + word[k + 1 :]
        if head not in nouns and not (head.endswith("s") and head[:-1] in nouns):
            continue
        modifier = word[:k]
        if modifier in nouns or (modifier[-1] in "sn" and modifier[:-1] in nouns):
            return True
    return False


@word_cache(maxsize=200_000)
def is_name_core(word: str, strict: bool = True) -> bool:
    """Could ``word`` be a name by itself (not merely after a first name)?

    True for given names and for capitalised words that are neither ordinary
    nouns, nor adjectives/function words, nor role nouns. "Putin", "Spohr" yes;
    "Interesse", "Weißen", "Präsident" no. ``strict`` also rejects unlisted
    compounds of nouns ("Stadtfest"), at the price of surnames like "Nagelsmann".
    """
    from app.people.roles import is_role_word

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
    if strict and is_compound_noun(bare if bare != word else word):
        return False
    return not lemma_is_lowercase(bare)


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
