"""How common an English gloss is: wordfreq's Zipf value of its one word.

A Ding line may translate a word with a rare English word next to a common one of the
same sense ("spürbar": "ponderable", "Helfer": "abettor"); such a gloss is a poor first
choice for a learner. :func:`gloss_zipf` gives the Zipf value (log10 of the frequency
per billion words: "the" 7.7, "announce" 4.3, "supernatant" 2.1) of a gloss that is one
English word once "to" and the placeholders "sth."/"sb." are taken away ("to criticize
sth." -> "criticize"); a gloss of more words or with a hyphen gets None (wordfreq would
rate it by its parts: "rock-bottom" 4.6). Not a measure of how usual a sense of the
German word is ("to signal" 4.6, "to announce" 4.3): the lookup uses it only to rank a
clearly rare gloss down when a common one stands in the same list
(:data:`app.dictionary.ranking.RARE_GLOSS_ZIPF`).

The list is wordfreq's ``large`` English list down to :data:`FLOOR` (about 96,000
words), read once, lazily, in some 0.1 s (by the prefetch thread, ahead of the mouse:
:meth:`app.reading.lookups.InfoCache.prefetch`); a word below it or absent counts as
0. wordfreq's data is CC BY-SA 4.0 (Robyn Speer and the sources named in its NOTICE).
No Qt here.
"""

from __future__ import annotations

import re

from app.core.memo import word_cache
from app.core.wordfreq_data import zipf_table
from app.dictionary.schema import word_set

LANGUAGE = "en"
WORDLIST = "large"
FLOOR = 2.0  # Zipf; rarer words are not kept (they count as 0)
_PLACEHOLDERS = re.compile(r"\b(?:sth|sb|sb's|sb’s|one's|one’s|oneself)\.?(?=\W|$)|\([^)]*\)|/")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def table() -> dict[str, float]:
    """Zipf value of each English word of wordfreq's large list down to :data:`FLOOR`."""
    return zipf_table(LANGUAGE, WORDLIST, FLOOR)


def gloss_word(gloss: str) -> str | None:
    """The one English word of ``gloss`` ("to criticize sth." -> "criticize"), or None
    for a gloss of several words, with a hyphen or digits."""
    text = gloss.casefold().strip()
    if text.startswith("to "):
        text = text[3:]
    text = _PLACEHOLDERS.sub(" ", text).strip()
    return text if _WORD.fullmatch(text) else None


@word_cache(maxsize=100_000)
def gloss_zipf(gloss: str) -> float | None:
    """The Zipf value of a one-word gloss (0.0 when wordfreq does not list it), or None."""
    word = gloss_word(gloss)
    if word is None:
        return None
    found = table()
    if not found:
        return None  # no list at all: rate nothing
    return found.get(word.replace("’", "'"), 0.0)


#: Notes in brackets of a gloss or headword, left out when rating how common its words
#: are (:func:`plainest_word_zipf`), when comparing nouns' glosses
#: (:func:`app.dictionary.lookup._plain_english`), reading a gloss's head word
#: (:mod:`~app.dictionary.heads`, :mod:`~app.dictionary.phrase_votes`) and a headword's
#: words (:mod:`~app.dictionary.preferences`): the one pattern of the runtime readers.
NOTES = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
_SKIPPED = frozenset({"sth", "sb", "sb's", "sb.'s", "one's", "oneself"})


@word_cache(maxsize=100_000)
def plainest_word_zipf(gloss: str) -> float | None:
    """The Zipf value of the rarest English word of a gloss of any length ("to pay the
    piper" 3.7 for "piper", "to bear the costs" 4.7 for "bear"), placeholders ("sb.",
    "sth.", "one's") and notes in brackets left out, words split at "/" ("to come/enter
    into force"); 0.0 for a word wordfreq does not list; None without a word list or a
    word."""
    found = table()
    if not found:
        return None
    text = NOTES.sub(" ", gloss.casefold()).replace("’", "'").replace("/", " ")
    words = [w.strip('.,;:!?"') for w in text.split()]
    words = [w.removesuffix(".") for w in words if w]
    rated = [_zipf(found, w) for w in words if w and w not in _SKIPPED]
    return min(rated) if rated else None


def _zipf(found: dict[str, float], word: str) -> float:
    """The Zipf value of ``word``; a hyphenated word wordfreq does not list rated by its
    rarest part ("empty-handed": "handed")."""
    if word in found or "-" not in word:
        return found.get(word, 0.0)
    parts = [part for part in word.split("-") if part]
    return min((found.get(part, 0.0) for part in parts), default=0.0)


#: Letters an English verb and a noun of its family share at least ("avoid" and
#: "avoidance"), and at most asked for ("examine" and "examination" share "examin").
_MIN_STEM = 4
_MAX_STEM = 6


def first_word(gloss: str) -> str:
    """The first English word of a gloss after "to", lower case ("to announce sth." ->
    "announce"), or ""."""
    words = gloss.casefold().split()
    if words[:1] == ["to"]:
        words = words[1:]
    return words[0].strip(".,;:!?()") if words else ""


def same_family(verb: str, noun: str) -> bool:
    """Whether an English verb (or participle) and a noun share their stem: "announce"
    and "announcement", "examine" and "examination", "expected" and "expectation",
    "avoid" and "avoidance"; not "advertise" and "announcement". The shared start must be
    the verb's whole stem (all but its last letter, at most :data:`_MAX_STEM` letters,
    at least :data:`_MIN_STEM`)."""
    if len(verb) < _MIN_STEM or len(noun) < _MIN_STEM:
        return False
    verb = _regular_stem(verb, noun)
    shared = 0
    for a, b in zip(verb, noun, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= max(_MIN_STEM, min(_MAX_STEM, len(verb) - 1, len(noun)))


def _regular_stem(verb: str, noun: str) -> str:
    """``verb`` spelt as the stem its noun is made from, where English spelling changes
    it: "supplied" -> "supply" (for "supply"), "decide" -> "decis" (for "decision"; so
    "divide"/"division", "invade"/"invasion")."""
    if verb.endswith("ied") and noun.startswith(verb[:-3] + "y"):
        return verb[:-3] + "y"
    if "sion" in noun:
        for ending in ("de", "ded"):
            if verb.endswith(ending):
                return verb[: -len(ending)] + "s"
    return verb


#: Words after "to" that make it a preposition, not an infinitive marker ("to the left",
#: "to a degree", "to one's liking", "to date").
_NOT_INFINITIVE = word_set(
    "the a an one's sb's sb. sth. my his her its our their your this that these those "
    "date and or some any no"
)


def is_infinitive(gloss: str) -> bool:
    """Whether a gloss is an English infinitive: "to suppose sth.", "to be able to"; not
    "to the left", "to date", "to" alone."""
    words = gloss.split()
    return (
        len(words) > 1
        and words[0] == "to"
        and words[1].isalpha()
        and words[1].islower()
        and words[1] not in _NOT_INFINITIVE
    )


#: English prepositions that end a gloss asking for an object ("compared with").
_OBJECT_PREPOSITIONS = word_set(
    "with to of from for on at by in about into onto upon towards toward than"
)


def needs_object(gloss: str) -> bool:
    """Whether a gloss of several words ends in a preposition that asks for an object:
    "compared with", "according to", "because of"; a German preposition's translation,
    not an adverb's ("dagegen" is "contrastingly", not "compared with")."""
    words = gloss.split()
    return len(words) > 1 and words[-1] in _OBJECT_PREPOSITIONS


#: A noun Ding lacks that is an English word this common (Zipf) is read as that word.
LOANWORD_ZIPF = 3.0


def loanword(word: str) -> str | None:
    """The English word a German noun Ding lacks is borrowed from, or None: news uses
    English nouns as German ones ("die Ranger", "der Tracker"), capitalised, with the
    same plural; Ding lists only some. A capitalised word of letters whose lower case is
    a common English word (Zipf :data:`LOANWORD_ZIPF` or more) is that word. Asked only
    after the entries, the suffix rules and the compound split found nothing."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 4:
        return None
    if not word[1:].islower():  # "GmbH", "KfW": an abbreviation, no English word
        return None
    low = word.lower()
    return low if table().get(low, 0.0) >= LOANWORD_ZIPF else None


#: German spellings of letters English writes otherwise in shared Latin and Greek words
#: ("Diktator"/"dictator", "Provokation"/"provocation", "Präsident"/"president").
_TO_ENGLISH_LETTERS = str.maketrans({"k": "c", "ä": "a", "ö": "o", "ü": "u", "ß": "s"})
#: Letters a German word and its English cognate share at least.
COGNATE_MIN = 6


@word_cache(maxsize=100_000)
def cognate(german_word: str, gloss: str) -> bool:
    """Whether a one-word ``gloss`` spells the German word as English does: the same
    letters once German k, umlauts and ß are written the English way, at most one of
    them another ("Diktator"/"dictator", "Präsident"/"president", "Helfer"/"helper").
    Not a word one letter longer or shorter: a German -e is often a French loan's
    ("Branche" is no "branch"), an English -s a plural ("Experte"/"experts"). Words of
    fewer than :data:`COGNATE_MIN` letters are not compared ("Rat"/"rat")."""
    word = gloss_word(gloss)
    if word is None:
        return False
    german = german_word.casefold().translate(_TO_ENGLISH_LETTERS)
    if len(german) < COGNATE_MIN or len(german) != len(word):
        return False
    return sum(x != y for x, y in zip(german, word, strict=True)) <= 1


#: English reflexive and intensive pronouns by the German verb's (person, number).
REFLEXIVES = {
    ("1", "Sing"): ("myself",),
    ("1", "Plur"): ("ourselves",),
    ("2", "Sing"): ("yourself",),
    ("2", "Plur"): ("yourselves",),
    ("3", "Sing"): ("himself", "herself", "itself"),
    ("3", "Plur"): ("themselves",),
}


def reflexives_for(morph: str) -> tuple[str, ...]:
    """The English pronouns in -self/-selves that fit ``morph``'s person and number
    ("Number=Plur|Person=3": themselves), or () when it gives neither."""
    feats = dict(f.split("=", 1) for f in morph.split("|") if "=" in f)
    return REFLEXIVES.get((feats.get("Person", ""), feats.get("Number", "")), ())
