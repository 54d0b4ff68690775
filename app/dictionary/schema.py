"""The SQLite layout of the offline dictionary, shared by the converter and the lookup.

Tables:

- ``entry(id, heads, glosses, classes, domains, weight, supplement)``: one Ding
  line. ``heads`` packs the German words of the main sub-entry (text, gender,
  plural, labels, comments); ``glosses`` packs its English glosses (text,
  labels, notes), best first. ``classes`` are Ding's word-class markers plus
  "noun"; ``weight`` is the static relevance used for ranking.
- ``sub(entry, sub, heads, glosses)``: a later sub-entry that a word leads to.
- ``form(lkey, entry, sub, alt, kind, cased, exact, score, classes, flags,
  lemma)``: one word leading to an entry. ``lkey`` is the lower-cased word; the
  original case is ``cased`` (0 all lower, 1 capitalised) or the text in
  ``exact``. ``kind`` says how the word relates to the headword ``alt`` of
  sub-entry 0 (or of ``sub`` for sub-heads); ``score`` is the static relevance
  in hundredths (:func:`app.dictionary.build.scores.form_score`), ``classes`` the
  word classes as a bit mask, ``lemma`` the headword's matching form when it
  differs from the word. The lookup ranks from this table alone and reads
  entries only for the senses it shows.
- ``lemma(form, lemma)``: form -> lemma pairs derived from simplemma.
- ``phrase(id, text, words, verb, gloss, rank)`` and ``phrase_key(lkey, phrase)``:
  fixed phrases no single word leads to ("zur Verfügung stehen"), found by their
  nouns (:mod:`app.dictionary.build.phrases`); optional: a database without them
  shows no phrases.
- ``meta(key, value)``: provenance (source, version, license, checksum).

Packing: records are separated by ``RS`` and fields by ``FS`` (ASCII control
characters that never occur in Ding). No I/O here.
"""

from __future__ import annotations

from app.lexicon.words import words

SCHEMA_VERSION = 2

#: The blank-separated words of a text as a set, for long constant lists: the one helper of
#: app.lexicon.words, under the name the dictionary modules have always imported.
word_set = words


FS = "\x1f"
RS = "\x1e"

KIND_HEAD = 0  # a headword of the main sub-entry
KIND_PLURAL = 1  # a {pl} form in a later sub-entry, aligned to its singular
KIND_VERBFORM = 2  # participle or conjugated form
KIND_COMPARISON = 3  # comparative / superlative
KIND_DECLINED = 4  # article or pronoun form listed in a comment
KIND_SUBHEAD = 5  # a word heading a later sub-entry of its own
KIND_VARIANT = 6  # a search variant <...>

KIND_NAMES = {
    KIND_HEAD: "headword",
    KIND_PLURAL: "plural",
    KIND_VERBFORM: "verb form",
    KIND_COMPARISON: "comparison",
    KIND_DECLINED: "declined form",
    KIND_SUBHEAD: "sub-entry",
    KIND_VARIANT: "variant",
}

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE entry (
    id INTEGER PRIMARY KEY,
    heads TEXT NOT NULL,
    glosses TEXT NOT NULL,
    classes TEXT NOT NULL,
    domains TEXT NOT NULL,
    weight REAL NOT NULL,
    supplement INTEGER NOT NULL
);
CREATE TABLE sub (
    entry INTEGER NOT NULL,
    sub INTEGER NOT NULL,
    heads TEXT NOT NULL,
    glosses TEXT NOT NULL,
    PRIMARY KEY (entry, sub)
) WITHOUT ROWID;
CREATE TABLE form (
    lkey TEXT NOT NULL,
    entry INTEGER NOT NULL,
    sub INTEGER NOT NULL,
    alt INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    cased INTEGER NOT NULL,
    exact TEXT,
    score INTEGER NOT NULL,
    classes INTEGER NOT NULL,
    flags INTEGER NOT NULL,
    lemma TEXT,
    PRIMARY KEY (lkey, entry, sub, alt)
) WITHOUT ROWID;
CREATE TABLE lemma (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE phrase (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    words TEXT NOT NULL,
    verb INTEGER NOT NULL,
    gloss TEXT NOT NULL,
    rank REAL NOT NULL
);
CREATE TABLE phrase_key (
    lkey TEXT NOT NULL,
    phrase INTEGER NOT NULL,
    PRIMARY KEY (lkey, phrase)
) WITHOUT ROWID;
"""

REQUIRED_TABLES = frozenset({"meta", "entry", "sub", "form", "lemma"})
#: Tables a database built before them lacks: the lookup works without them.
OPTIONAL_TABLES = frozenset({"phrase", "phrase_key"})


def case_code(key: str) -> tuple[int, str | None]:
    """How to get ``key`` back from its lower-cased form: (cased, exact)."""
    lower = key.lower()
    if key == lower:
        return 0, None
    if key == lower[:1].upper() + lower[1:]:
        return 1, None
    return 2, key


def restore_case(lkey: str, cased: int, exact: str | None) -> str:
    """Inverse of :func:`case_code`."""
    if cased == 0:
        return lkey
    if cased == 1:
        return lkey[:1].upper() + lkey[1:]
    return exact or lkey
