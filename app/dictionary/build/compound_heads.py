"""The English head word Ding uses most for a German compound head: "speicher" -> "storage".

``python -m app.dictionary.build.compound_heads [--database PATH] [--output PATH]``

For every one-word Ding headword (a compound such as "Wärmespeicher") and every
ending of it that is a Ding headword too ("speicher"), after a headword of at least
:data:`MIN_MODIFIER` letters (with or without a linking element: "Lichtschalter"
counts for "schalter", not for "halter"), the last English word of each of the line's
first :data:`FIRST_GLOSSES` glosses is counted once per compound ("heat storage"
-> "storage"; "water-repellent" -> "repellent") when it is also the last word of a
gloss of the head itself: a compound whose English does not translate the ending
is no compound of it ("Ballsaal: ballroom" is "Ball|saal", not "Balls|aal: eel";
"Arbeitsamt: employment office" is "Arbeits|amt", not "Arbeit|samt: velvet"). Lines
with a field label other than the news fields the ranking keeps (``NEWS_FIELDS``:
pol., econ., jur. ...) do not count: a compound Ding lacks is read in news, where
"Arbeitsspeicher: main memory" [comp.] is a specialist's sense. A German head with at least
:data:`MIN_COMPOUNDS` compounds whose most used English word is used by at least
:data:`MIN_SHARE` of them is written with its compounds and its :data:`MAX_WORDS` most
used words (each used by :data:`MIN_SUPPORT` compounds or more) as
``head<TAB>compounds<TAB>word:compounds word:compounds ...`` to
``resources/dictionary/compound_heads.tsv`` (derived from Ding, GPL like it).
:mod:`app.dictionary.compound` reads it to gloss the head of a compound Ding lacks
the way Ding's own compounds translate it ("Batteriespeicher: battery + storage").

The same pass counts modifiers (``--modifiers``, ``compound_modifiers.tsv``): for the
headword a compound begins with ("kreis" in "Kreisstadt"), the first English word of
the compound's glosses, or the word after their last "of" ("start of trial"), when it
is also the last word of a gloss of the modifier itself ("Kreisstadt: county town"
counts "county" for "Kreis"; "Kreislauf: circulation" counts nothing).
"""

from __future__ import annotations

import argparse
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Set
from pathlib import Path

from app.core.paths import resources_dir
from app.dictionary import frequency, german
from app.dictionary.heads import (
    BOUND_TABLE_NAME,
    MODIFIER_TABLE_NAME,
    NEIGHBOUR_TABLE_NAME,
    TABLE_NAME,
    english_head,
    english_modifiers,
)
from app.dictionary.ranking import NEWS_FIELDS, VERB_MASK, class_mask
from app.dictionary.schema import KIND_HEAD
from app.dictionary.senses import unpack_glosses
from app.dictionary.store import locate

MIN_MODIFIER = 3
#: :func:`neighbour_table`: a head with this many compounds of two English words or more;
#: a head that combines with this many modifiers counts for their similarity.
MIN_PAIRS = 6
MIN_HEAD_MODIFIERS = 3
#: A modifier with fewer heads than this borrows those of the words on its Ding lines.
MIN_OWN_HEADS = 3
MIN_HEAD = 3
FIRST_GLOSSES = 3
MIN_COMPOUNDS = 3
MIN_SUPPORT = 2
MIN_SHARE = 0.3
MAX_WORDS = 5
#: A word in the news-weighted column has at least this share of the head's weight.
NEWS_MIN_SHARE = 0.05
#: A modifier is no word of these classes ("aus", "vor": "Ausbildung" and "Vorstand"
#: are derivations of verbs, not compounds of "Bildung" and "Stand").
PARTICLE_CLASSES = class_mask(["prp", "Partikel", "conj", "art", "pron", "ppron"])
#: Bound first parts (:func:`bound_words`): at least this long, in at least this many
#: compounds, one English word used by at least this share of them.
MIN_BOUND = 4
MIN_BOUND_COMPOUNDS = 6
MIN_BOUND_SHARE = 0.6
MIN_WORD_BOUND_COMPOUNDS = 20
MIN_WORD_BOUND_SHARE = 0.5
#: The share of the news frequency of a linked noun's compounds ("wirtschafts") the
#: bound word needs (:func:`bound_words`).
LINKED_NEWS_SHARE = 0.5
#: A verb's stem as a first part (:func:`_verb_stem`): its compounds start with one word
#: in -ing ("Warte|zimmer: waiting room") in at least this many compounds and this share.
MIN_STEM_COMPOUNDS = 6
MIN_STEM_SHARE = 0.6
#: A two-word start used by this share of the compounds that use its first word.
BOUND_PAIR_SHARE = 0.6
#: Prefixes of verbs and their nouns; a headword before one of them is no bound part.
_VERBAL_PREFIXES = ("ver", "be", "an", "ab", "auf", "aus", "ein", "vor", "ent", "zer", "über")


Table = dict[str, tuple[list[tuple[str, int]], int, list[tuple[str, float]]]]


class _Votes:
    """English words counted for German compound parts: once per compound, and
    weighted by the compound's news frequency (wordfreq)."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.totals: Counter[str] = Counter()
        self.weights: dict[str, dict[str, float]] = defaultdict(dict)
        self.weight_totals: dict[str, float] = defaultdict(float)

    def add(self, part: str, shared: Set[str], compound: str) -> None:
        if not shared:
            return
        self.totals[part] += 1
        self.counts[part].update(shared)
        weight = 10 ** (frequency.zipf(compound) - frequency.FLOOR)
        self.weight_totals[part] += weight
        for word in shared:
            self.weights[part][word] = self.weights[part].get(word, 0.0) + weight

    def table(self) -> Table:
        out: Table = {}
        for part, total in self.totals.items():
            if total < MIN_COMPOUNDS:
                continue
            ranked = sorted(self.counts[part].items(), key=lambda i: (-i[1], i[0]))[:MAX_WORDS]
            words = [(w, n) for w, n in ranked if n >= MIN_SUPPORT]  # ties in a fixed order
            if words and words[0][1] >= MIN_SHARE * total:
                weights, weight_total = self.weights[part], self.weight_totals[part]
                news = [
                    (w, round(v / weight_total, 2))
                    for w, v in sorted(weights.items(), key=lambda i: (-i[1], i[0]))[:MAX_WORDS]
                    if v >= NEWS_MIN_SHARE * weight_total
                ]
                out[part] = (words, total, news)
        return out


def head_words(database: Path) -> Table:
    """German head (lower case) -> ((English word, compounds using it) most used
    first, compounds, (English word, share of the compounds' news frequency) most
    used first)."""
    return part_words(database)[0]


def _read(
    database: Path,
) -> tuple[dict[int, str], dict[int, str], dict[str, set[int]], set[str], set[str]]:
    """The database's lines: the packed glosses of lines of news fields (or none), of all
    lines (for what a part itself translates to), the lines each one-word headword heads
    (lower case), the headwords that are also a preposition, particle, article ..., and
    those of verb lines."""
    db = sqlite3.connect(database)
    try:
        glosses: dict[int, str] = {}
        every: dict[int, str] = {}
        for entry, packed, domains in db.execute("SELECT id, glosses, domains FROM entry"):
            every[entry] = packed
            if not domains or set(domains.split(", ")) <= NEWS_FIELDS:
                glosses[entry] = packed
        lines: dict[str, set[int]] = defaultdict(set)
        particles: set[str] = set()
        verbs: set[str] = set()
        rows = db.execute("SELECT lkey, entry, classes FROM form WHERE kind = ?", (KIND_HEAD,))
        for key, entry, classes in rows:
            if key.isalpha():
                lines[key].add(entry)
                if classes & PARTICLE_CLASSES:
                    particles.add(key)
                if classes & VERB_MASK:
                    verbs.add(key)
    finally:
        db.close()
    return glosses, every, lines, particles, verbs


def part_words(
    database: Path, pairs: dict[str, list[tuple[str, str]]] | None = None
) -> tuple[Table, Table]:
    """:func:`head_words`, and the same for modifiers: German modifier (lower case,
    its headword: "kreis") -> the English words Ding's compounds beginning with it
    start with when that word is also the last word of a gloss of the modifier
    itself ("Kreistag: district council", "Kreisstadt: county town"; "start of
    trial" counts "trial" for "Prozess|beginn": English puts the modifier after
    "of"). ``pairs``, when given, gets each counted compound's (modifier, English
    head word) under its head ("leitung": ("gas", "line"), ("hotel", "management"))."""
    glosses, every, lines, particles, _ = _read(database)
    ends, starts = _Votes(), _Votes()
    modifiers = lines.keys() - particles
    own: dict[str, set[str]] = {}  # a headword -> the last English words of its glosses

    def own_words(part: str) -> set[str]:
        if part not in own:
            own[part] = {
                word
                for entry in lines[part]
                for item in unpack_glosses(every.get(entry))
                if (word := english_head(item[0]))
            }
        return own[part]

    for key, entries in lines.items():
        first = [
            item[0]
            for entry in entries
            for item in unpack_glosses(glosses.get(entry))[:FIRST_GLOSSES]
        ]
        english = {word for text in first if (word := english_head(text))}
        if not english:
            continue
        leading = {word for text in first for word in english_modifiers(text)}
        counted: set[str] = set()  # a compound counts once for each modifier
        for i in range(MIN_MODIFIER, len(key) - MIN_HEAD + 1):
            head = key[i:]
            modifier = _modifier_of(key[:i], modifiers)
            if head not in lines or modifier is None:
                continue
            # "Ballsaal: ballroom" is no compound of "Aal: eel"
            shared = english & own_words(head)
            ends.add(head, shared, key)
            if pairs is not None:
                pairs.setdefault(head, []).extend((modifier, w) for w in sorted(shared))
            if modifier not in counted:
                counted.add(modifier)
                starts.add(modifier, _own_forms(leading, own_words(modifier)), key)
    return ends.table(), starts.table()


def _own_forms(words: Set[str], own: Set[str]) -> set[str]:
    """``words`` that are ``own`` words, an English plural (or plural possessive) as the
    singular that is: "citizens’ initiative" (Bürgerinitiative) counts "citizen" for
    "Bürger", whose own gloss is "citizen"; "parents" stays "parents"."""
    out = set(words & own)
    for word in words - own:
        singulars = [word[:-3] + "y"] if word.endswith("ies") else []
        singulars += [word[:-1]] if word.endswith("s") and not word.endswith("ss") else []
        out.update(s for s in singulars if s in own)
    return out


def bound_words(database: Path) -> Table:
    """First parts of Ding's compounds that are no headword of their own (bound
    first parts: "sonder" in "Sonderangebot", "mindest" in "Mindestlohn") -> the
    English words those compounds begin with ("special offer", "minimum wage"):
    a text of at least :data:`MIN_BOUND` letters before a headword (the head), which
    is no headword itself and no headword with a linking element or a dropped ending
    that is a content word ("Sonder" restores only to the conjunction "sondern"),
    counted once per compound by the first English word of its first
    :data:`FIRST_GLOSSES` glosses of more than one word (:func:`english_modifiers`).
    Kept when :data:`MIN_BOUND_COMPOUNDS` compounds have it and one word is used by
    at least :data:`MIN_BOUND_SHARE` of them; not a headword followed by the start
    of a verbal prefix ("preisver" of "Preis|verfall" split as "preisver|fall").

    A headword as a first part is in the table too when its compounds start with a word
    none of its own glosses ends in, as English makes an adjective or another noun of
    it, nor its plural or singular ("Haupt|bahnhof: main station", not "head";
    "Umwelt|schutz: environmental protection"; "Lese|saal: reading room", not "Lese:
    harvest"; not "Waffen|handel: arms trade", "Waffe" being "arm", the word without a
    linking element counting as the part): at least
    :data:`MIN_WORD_BOUND_COMPOUNDS` compounds, the word used by at least
    :data:`MIN_WORD_BOUND_SHARE` of them."""
    glosses, every, lines, particles, verbs = _read(database)
    content = lines.keys() - particles
    votes, word_votes = _Votes(), _Votes()
    for key, entries in lines.items():
        first = [
            item[0]
            for entry in entries
            for item in unpack_glosses(glosses.get(entry))[:FIRST_GLOSSES]
        ]
        leading = {word for text in first for word in _first_words(text)}
        if not leading:
            continue
        counted: set[str] = set()
        for i in range(MIN_MODIFIER, len(key) - MIN_HEAD + 1):
            text, head = key[:i], key[i:]
            if head not in lines or text in counted:
                continue
            if text in content or _verb_stem(text, verbs):
                counted.add(text)
                word_votes.add(text, leading, key)
                continue
            if text in lines or i < MIN_BOUND:
                continue
            base = _modifier_of(text, content)
            if base is not None:
                if _linked(text, base):  # "wirtschafts|ader": the noun with its link
                    counted.add(text)
                    word_votes.add(text, leading, key)
                continue
            if _prefix_start(text, lines.keys(), particles):
                continue
            counted.add(text)
            votes.add(text, leading, key)
    out: Table = {}
    for part, (words, total, news) in votes.table().items():
        if (
            total >= MIN_BOUND_COMPOUNDS
            and words[0][1] >= MIN_BOUND_SHARE * total
            and (not news or news[0][0] == words[0][0])
        ):
            out[part] = (_two_words(words), total, news)
    for part, (words, total, news) in word_votes.table().items():
        forms = [part] + [
            part[: -len(k)] for k in german.LINKING_ELEMENTS if k and part.endswith(k)
        ]
        own = {
            word
            for form in forms
            for entry in lines.get(form, ())
            for item in unpack_glosses(every.get(entry))
            if (word := english_head(item[0]))
        }
        # a verb's stem whose compounds say one -ing word ("warte": waiting) needs fewer
        stem = _verb_stem(part, verbs) and words[0][0].endswith("ing")
        common = total >= MIN_WORD_BOUND_COMPOUNDS and words[0][1] >= MIN_WORD_BOUND_SHARE * total
        few = stem and total >= MIN_STEM_COMPOUNDS and words[0][1] >= MIN_STEM_SHARE * total
        # a noun with its link ("jahres": annual 0.46 of the news-read compounds, but
        # "Jahreszeit", "Jahreshälfte" say "year") needs the news-read ones to agree too
        linked = part not in content and _linked(part, _modifier_of(part, content) or "")
        if (
            (common or few)
            and (not news or news[0][0] == words[0][0])
            and (not linked or (bool(news) and news[0][1] >= LINKED_NEWS_SHARE))
            and not {words[0][0], words[0][0] + "s", words[0][0].removesuffix("s")} & own
        ):
            out[part] = (_two_words(words), total, news)
    # the table separates its items by blanks: "real estate" is written "real_estate"
    return {
        part: (
            [(w.replace(" ", "_"), n) for w, n in words],
            total,
            [(w.replace(" ", "_"), v) for w, v in news],
        )
        for part, (words, total, news) in out.items()
    }


def _linked(text: str, base: str) -> bool:
    """Is ``text`` the noun ``base`` with a linking -s- or -es- ("wirtschafts", "orts")?
    German writes most modifiers of nouns in -ung, -heit, -schaft, -tät ... so, and the
    text as written is what a card's compound holds ("Wirtschafts|strafkammer")."""
    return text in (base + "s", base + "es")


def _verb_stem(text: str, verbs: Set[str]) -> bool:
    """Is ``text`` a verb's stem as a first part, with or without its -e ("warte",
    "brau", "lauf": warten, brauen, laufen)? German makes nouns of verb stems so
    ("Wartezimmer, Brauhaus, Laufschuh"), where English takes the verb's -ing form
    (waiting room, brewhouse, running shoe)."""
    return (text + "n" if text.endswith("e") else text + "en") in verbs


def _first_words(gloss: str) -> list[str]:
    """The first word of an English gloss of two words or more, hyphenated words whole
    ("long-term unemployed" -> "long-term"; "a special offer" -> "special"), and the
    first two of a gloss of three or more ("real estate agent" -> "real estate")."""
    words = [w.strip(".,;:!?'\"’()").lower() for w in gloss.split()]
    words = [w for w in words if w and w not in ("to", "a", "an", "the")]
    if len(words) < 2 or not all(part.isalpha() for part in words[0].split("-")):
        return []
    if len(words) > 2 and words[1].isalpha():
        return [words[0], f"{words[0]} {words[1]}"]
    return [words[0]]


def _two_words(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The words with the first one's two-word start first when most compounds that
    start with the word go on alike ("real" 21, "real estate" 20: "real estate")."""
    top, used = words[0]
    pairs = [(w, n) for w, n in words if w.startswith(top + " ") and n >= BOUND_PAIR_SHARE * used]
    return pairs[:1] + [item for item in words if item not in pairs[:1]] if pairs else words


def _prefix_start(text: str, lines: Set[str], particles: Set[str]) -> bool:
    """Is ``text`` a headword (as a modifier) and a verbal prefix or a particle of
    three letters or more ("preis" + "ver", "arbeits" + "an", "drei" + "und")?"""
    for i in range(MIN_MODIFIER, len(text) - 1):
        rest = text[i:]
        prefix = rest in _VERBAL_PREFIXES or (len(rest) >= 3 and rest in particles)
        if prefix and _modifier_of(text[:i], lines) is not None:
            return True
    return False


def _modifier_of(text: str, lines: Set[str]) -> str | None:
    """The headword (``lines``: no particles) ``text`` is as a modifier, or None: as
    written, with a dropped -e/-en restored, or without a linking element ("Licht" in
    "Lichtschalter", not "Lichtsc" before "halter"; not the particle of a derivation:
    "Aus|bildung" comes from "ausbilden")."""
    candidates = [text, text + "e", text + "en", text + "n"]
    candidates += [text[: len(text) - len(k)] for k in german.LINKING_ELEMENTS if text.endswith(k)]
    return next((c for c in candidates if len(c) >= MIN_MODIFIER and c in lines), None)


def neighbour_table(
    database: Path,
) -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[str]]]:
    """For :func:`app.dictionary.heads.neighbour_sense`: the heads whose Ding compounds
    use two English words or more (at least :data:`MIN_PAIRS` compounds) -> each
    compound's (modifier, English head word), and every modifier -> the heads it
    combines with in Ding's one-word headwords (heads with at least
    :data:`MIN_HEAD_MODIFIERS` modifiers; modifiers with at least two such heads). A
    modifier with fewer than :data:`MIN_OWN_HEADS` heads also gets the heads of the
    other headwords of its Ding lines that have that many ("Klinik" those of
    "Krankenhaus", "Klinikum", "Spital")."""
    pairs: dict[str, list[tuple[str, str]]] = {}
    part_words(database, pairs)
    ambiguous = {
        head: sorted(set(items))
        for head, items in pairs.items()
        if len(items) >= MIN_PAIRS and len({w for _, w in items}) > 1
    }
    _, _, lines, particles, _ = _read(database)
    modifiers = lines.keys() - particles
    combines: dict[str, set[str]] = defaultdict(set)
    for key in lines:
        for i in range(MIN_MODIFIER, len(key) - MIN_HEAD + 1):
            modifier = _modifier_of(key[:i], modifiers)
            if key[i:] in lines and modifier is not None:
                combines[modifier].add(key[i:])
    used = Counter(head for heads_ in combines.values() for head in heads_)
    common = {head for head, n in used.items() if n >= MIN_HEAD_MODIFIERS}
    own = {m: h & common for m, h in combines.items()}
    # a modifier of few compounds ("Klinik") borrows the heads of the words Ding gives on
    # its own lines ("Krankenhaus; Klinik; Klinikum; Spital :: hospital"): they are its
    # class as much as its own compounds
    heading: dict[int, set[str]] = defaultdict(set)
    for key, entries in lines.items():
        if key in modifiers:
            for entry in entries:
                heading[entry].add(key)
    for modifier in combines:  # (a word in no compound of Ding's borrows nothing)
        if len(own[modifier]) >= MIN_OWN_HEADS:
            continue
        borrowed = {
            head
            for entry in lines[modifier]
            for other in heading[entry] - {modifier}
            if len(own.get(other, ())) >= MIN_OWN_HEADS
            for head in own[other]
        }
        if borrowed:
            own[modifier] = own[modifier] | borrowed
    neighbours = {m: sorted(h) for m, h in own.items() if len(h) > 1}
    return ambiguous, neighbours


def _write_neighbours(
    path: Path, pairs: dict[str, list[tuple[str, str]]], combines: dict[str, list[str]]
) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("# h<TAB>head<TAB>modifier:word ... (Ding's compounds of an ambiguous head)\n")
        handle.write("# m<TAB>modifier<TAB>head ... (the heads a modifier combines with)\n")
        handle.write("# (app/dictionary/build/compound_heads.py; derived from Ding, GPL)\n")
        for head in sorted(pairs):
            handle.write(f"h\t{head}\t{' '.join(f'{m}:{w}' for m, w in pairs[head])}\n")
        for modifier in sorted(combines):
            handle.write(f"m\t{modifier}\t{' '.join(combines[modifier])}\n")
    print(f"{path}: {len(pairs):,} heads, {len(combines):,} modifiers")


def _write(path: Path, table: Table, what: str) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(f"# German compound {what}, compounds, the English words Ding's compounds\n")
        handle.write("# use most for it: word:compounds, and word:share of the compounds'\n")
        handle.write("# news frequency (app/dictionary/build/compound_heads.py)\n")
        for part in sorted(table):
            words, total, news = table[part]
            used = " ".join(f"{w}:{n}" for w, n in words)
            shares = " ".join(f"{w}:{v:.2f}" for w, v in news)
            handle.write(f"{part}\t{total}\t{used}\t{shares}\n")
    print(f"{path}: {len(table):,} {what}s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=None)
    parser.add_argument("--output", type=Path, default=resources_dir() / "dictionary" / TABLE_NAME)
    parser.add_argument(
        "--modifiers",
        type=Path,
        default=resources_dir() / "dictionary" / MODIFIER_TABLE_NAME,
    )
    parser.add_argument(
        "--bound", type=Path, default=resources_dir() / "dictionary" / BOUND_TABLE_NAME
    )
    parser.add_argument(
        "--neighbours", type=Path, default=resources_dir() / "dictionary" / NEIGHBOUR_TABLE_NAME
    )
    args = parser.parse_args(argv)
    ends, starts = part_words(args.database or locate())
    _write(args.output, ends, "head")
    _write(args.modifiers, starts, "modifier")
    _write(args.bound, bound_words(args.database or locate()), "bound first part")
    _write_neighbours(args.neighbours, *neighbour_table(args.database or locate()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
