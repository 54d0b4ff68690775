"""People mentioned in an article: names, roles, ages, parties, photo credits.

Works on the plain analysis data (tokens, sentences, entities) only, so it is
independent of which spaCy pipeline produced them. No Qt, no spaCy here.

How it reads a German news text:

1. Photo credits ("Foto: Vladimir Smirnov/AP") are found first and kept apart;
   agencies ("STR/AFP", "picture alliance/dpa") are not people.
2. Name candidates come from the PER entities of the pipeline (repaired: role
   words, ordinary nouns and lowercase words are cut off, "Interesse Kims" is a
   mention of Kim, spans without a name word are dropped) and from German
   grammar: a role noun before capitalised name words ("Kanzler Scholz"), a
   known first name before a surname, a name before "(71)" or "(SPD)".
3. Mentions are merged into persons: the fullest form is the name; surnames,
   genitives ("Putins", "Merz'") and unambiguous first names are merged in.
4. Roles, ages and parties are read from the words around each mention, see
   :func:`extract_people`.

This module must not import Qt or spaCy and must not know any particular article.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.results import Person
from app.core.tokens import TokenTable
from app.nlp.lemmas import cached_lemma
from app.people import lexicon as lex
from app.people import names as nm
from app.people.roles import (
    RoleNoun,
    adjective_stem,
    analyze_role,
    inflect_qualifier,
    is_role_word,
    qualifier_stem,
)

if TYPE_CHECKING:
    from app.core.results import Entity, Sentence
    from app.core.tokens import Token


# --------------------------------------------------------------------------- word classes

_CREDIT_LABEL = re.compile(
    r"(?<![\w-])(?:Fotos?|Bilder?|Video|Grafik|Fotograf(?:in)?|Copyright)\s*:\s*|©\s*"
)
_CREDIT_ITEM = re.compile(r"[^/|,;\n]+")
_PAREN = re.compile(r"\s*\(\s*([^()\n]{1,40}?)\s*\)")
_COMMA_AGE = re.compile(r"\s*,\s*(\d{1,3})\s*(?:,(?=\s)|\.(?=\s|$))")
_NUMBER = re.compile(r"\d{1,3}")
_SCORE_CONTEXT = re.compile(r"\d+\s*:\s*\d+|\bTore?\b|Treffer|Torschütz|Punkte|Minute")

_AGE_STATEMENTS = (
    re.compile(r"\b[Ii]m Alter von (?P<age>\d{1,3}) Jahren\b"),
    re.compile(
        r"\b(?:ist|war|wird|wurde|sei|wäre|werde)\s+(?:\w+\s+){0,2}(?P<age>\d{1,3})\s+Jahre\s+alt\b"
    ),
    re.compile(r"\b(?P<poss>[Ss]einen|[Ii]hren)\s+(?P<age>\d{1,3})\.\s+Geburtstag\b"),
)
#: "der 61-Jährige", "die 48-Jährige": a noun that refers back to the person just mentioned.
_AGE_BACKREF = re.compile(
    r"\b([Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es)\s+(?:(?:erst|gerade|inzwischen|mittlerweile|heute|"
    r"damals|nun|jetzt|knapp|fast|bald)\s+)?(\d{1,3})-Jährige(n|r)?\b"
)
#: "die 34 Jahre alte Lehrerin Maria Schulz", "der 34-jährige Max Müller": age before a name.
_AGE_ATTRIBUTE = re.compile(r"\b(\d{1,3})(?:-jährige|\s+Jahre\s+alte)[nrms]?\s+")


def warm_up() -> None:
    """Load the name and role lexicons now rather than during the first article."""
    lex.warm_up()
    analyze_role("Präsident")


# A regular-expression search holds the interpreter lock until it finds a match; over a
# 1 MB article without one that is ~50 ms, long enough to stall the window's event loop
# (the analysis runs on a worker thread). So whole-text scans go window by window.
_SCAN_WINDOW = 8192
_WHITESPACE = re.compile(r"\s")


def _scan_cuts(text: str, window: int = _SCAN_WINDOW) -> Iterator[tuple[int, int]]:
    """(start, end) windows covering ``text``, cut at line breaks (else whitespace).

    Every pattern scanned this way matches inside one line or paragraph of prose, so a
    cut at a paragraph break, or failing that a line break, never splits a match; a text
    without either is cut at whitespace after a sentence end, then at any whitespace.
    A cut always lies after a whole run of whitespace, never inside a word.
    """
    n = len(text)
    start = 0
    while start < n:
        target = start + window
        if target >= n:
            yield start, n
            return
        limit = min(n, target + window)
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            found = text.find(sep, target, limit)
            if found >= 0:
                cut = found + len(sep)
                break
        if cut < 0:  # no space nearby: the next whitespace of any kind, else the end
            gap = _WHITESPACE.search(text, target)
            cut = gap.start() if gap else n
        while cut < n and text[cut].isspace():  # a window ends with the whole gap, so a
            cut += 1  # pattern ending in whitespace ("Foto: ") takes all of it, as in one scan
        yield start, cut
        start = cut


def _finditer(
    pattern: re.Pattern[str], text: str, window: int = _SCAN_WINDOW
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in ``text`` window by window, other threads running between."""
    for start, end in _scan_cuts(text, window):
        yield from pattern.finditer(text, start, end)


def _age(text: str) -> int | None:
    if not _NUMBER.fullmatch(text):
        return None
    value = int(text)
    return value if 1 <= value <= 119 else None


# --------------------------------------------------------------------------- the document


@dataclass
class _Mention:
    first: int  # token index of the first name word
    stop: int  # token index after the last name word
    parts: tuple[str, ...]  # name words, the last without a genitive ending
    genitive: bool
    source: str  # "ner", "role", "given", "tag", "alias"
    person: int = -1
    weak: bool = False  # may only name a person who is also mentioned otherwise


@dataclass
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    #: (role, possessor token index or pronoun gender "m"/"f", token of the role's name)
    relations: list[tuple[str, int | str, int]] = field(default_factory=list)
    ages: list[tuple[int, int, int]] = field(default_factory=list)  # (priority, position, age)
    party: str | None = None
    role_party: str | None = None
    gender: str | None = None
    firsts: list[int] = field(default_factory=list)  # sorted first tokens of the mentions


class _Doc:
    """Token-level view of the text with the checks the extractor needs."""

    def __init__(self, text: str, tokens: Sequence[Token], entities: Sequence[Entity]) -> None:
        table = TokenTable.of(tokens)
        self.text = text
        self.words = table.texts
        self.word_set = frozenset(self.words)
        self.starts = table.starts
        self.ends = table.ends
        self.sent = table.sentence_ids  # sentence index of each token
        self.tags = table.tags  # coarse part of speech of each token
        self.n = len(table)
        self.blocked = [False] * self.n  # credit lines: never part of the story
        self.other_entity = [False] * self.n  # tokens of LOC/ORG/MISC entities
        self.set_entities(entities)

    def set_entities(self, entities: Sequence[Entity] | Sequence[_Span]) -> None:
        self.other_entity = [False] * self.n
        for ent in entities:
            if ent.label != "PER":
                for i in self.token_range(ent.start, ent.end):
                    self.other_entity[i] = True

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens that overlap the characters [start, end)."""
        lo = bisect.bisect_right(self.starts, start) - 1
        lo = max(lo, 0)
        while lo < self.n and self.ends[lo] <= start:
            lo += 1
        hi = bisect.bisect_left(self.starts, end)
        return range(lo, max(lo, hi))

    def same_sentence(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.sent[i] == self.sent[j]

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def sentence_start(self, i: int) -> int:
        s = self.sent[i]
        while i > 0 and self.sent[i - 1] == s:
            i -= 1
        return i

    def span_text(self, first: int, stop: int) -> str:
        return self.text[self.starts[first] : self.ends[stop - 1]]


# --------------------------------------------------------------------------- credits


def _credit_people(text: str, doc: _Doc) -> list[tuple[str, int, int]]:
    """Photo-credit names; marks every credit token as blocked for the story."""
    found: list[tuple[str, int, int]] = []
    for label in _finditer(_CREDIT_LABEL, text):
        seg_start = label.end()
        line_end = text.find("\n", seg_start)
        line_end = len(text) if line_end < 0 else line_end
        seg_end = seg_start
        pos = seg_start
        while pos < line_end:
            item = _CREDIT_ITEM.match(text, pos, line_end)
            if item is None:  # a separator
                pos += 1
                seg_end = pos
                continue
            words = item.group().split()
            if not words:
                pos = item.end()
                continue
            first_is_agency = words[0].lower() in lex.AGENCY_WORDS or words[0].isupper()
            if first_is_agency and len(words) > 1 and words[1][:1].isupper():
                rest = " ".join(words[1:]).lower()
                if rest not in lex.AGENCY_WORDS and " ".join(words).lower() not in lex.AGENCIES:
                    # "dpa Bundeskanzler Olaf Scholz sagte": the credit ends after "dpa"
                    seg_end = item.start() + item.group().index(words[0]) + len(words[0])
                    break
            if len(words) > 5:
                break
            lead = len(item.group()) - len(item.group().lstrip())
            person = _credit_name(item.group().strip())
            if person:
                start = item.start() + lead
                found.append((person, start, start + len(person)))
            seg_end = item.end()
            pos = item.end()
        # The label word itself ("Foto") belongs to the credit, too.
        label_start = label.start()
        for i in doc.token_range(label_start, max(seg_end, label.end())):
            doc.blocked[i] = True
    return found


def _credit_name(item: str) -> str | None:
    """A photographer's name in one credit item, or None for agencies and words."""
    if item.lower() in lex.AGENCIES:
        return None
    words = item.split()
    if not 2 <= len(words) <= 4:
        return None
    name_words = [w for w in words if w not in lex.PARTICLES]
    if len(name_words) < 2 or words[0] in lex.PARTICLES:
        return None
    for w in name_words:
        if w.lower() in lex.AGENCY_WORDS or not nm.is_capitalised_word(w) or nm.is_never_name(w):
            return None
    first = name_words[0]
    if not lex.is_given_name(first) and (
        lex.is_common_noun(first) or nm.lemma_is_lowercase(first) or is_role_word(first)
    ):
        return None  # "Stadt Köln", "Polizei Berlin", "Archiv Müller"
    return item


# --------------------------------------------------------------------------- name runs


_EAST_ASIAN_GIVEN = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{2,6}$")


def _can_start(doc: _Doc, i: int, strict: bool = True) -> bool:
    """May a name start at token ``i``? ``strict``: see :func:`app.names.is_name_core`."""
    w = doc.words[i]
    if (
        doc.word(i + 1) in lex.CAPITAL_PARTICLES
        and nm.is_capitalised_word(w)
        and not nm.is_never_name(w)
        and nm.is_name_core(doc.word(i + 2), strict=False)
        and doc.same_sentence(i, i + 2)
    ):
        return True  # "Marine Le Pen": a first name before a capitalised particle
    if nm.is_initial(w):  # "J.D. Vance"
        return i + 1 < doc.n and nm.is_name_core(doc.words[i + 1], strict=False)
    if lex.is_given_name(w) or nm.is_name_core(w, strict):
        return True
    # "Lee Jae-myung", "Park Geun-hye": a short family name before a hyphenated given name
    return (
        len(w) <= 5
        and nm.is_capitalised_word(w)
        and bool(_EAST_ASIAN_GIVEN.match(doc.word(i + 1)))
        and doc.same_sentence(i, i + 1)
    )


def _looks_genitive(word: str) -> bool:
    return len(word) > 3 and word.endswith(("s", "'", "’")) and not lex.is_given_name(word)


def _can_follow(doc: _Doc, j: int, prev: int, trusted: bool = False) -> bool:
    """May token ``j`` continue a name whose last word so far is ``prev``?

    ``trusted``: both tokens lie inside a PER entity of the pipeline, so an ordinary
    noun may be a surname after any name word ("Hubertus Heil"), not only after a
    known first name.
    """
    w = doc.words[j]
    p = doc.words[prev]
    if not nm.is_capitalised_word(w) and not nm.is_particle_name(w):
        return False
    if nm.is_never_name(w):
        return False
    prev_given = lex.is_given_name(p) or nm.is_initial(p)
    if _looks_genitive(p) and not prev_given and not nm.is_name_core(w):
        return False  # "Putins Sprecher": a genitive ends the name
    if nm.is_name_core(w):
        return True
    # Ordinary nouns, role nouns and adjectives as surnames need a first name before them:
    # "Thomas Müller", "Anna Koch", "Katharina Dröge" - but not "Scholz Geld".
    if not prev_given and not trusted:
        return False
    if w in lex.LAYOUT_WORDS:
        return False
    if (lex.is_common_noun(w) or is_role_word(w)) and not nm.lemma_is_lowercase(w):
        # "Katherina Reiche" (tagged PROPN), not "für Anna Blumen" (plural of a noun)
        return _uninflected(w) or doc.tags[j] == "PROPN"
    return True


def _uninflected(word: str) -> bool:
    """A noun in its dictionary form ("Müller"), not a plural or case form ("Waffen")."""
    return cached_lemma(word).lower() == word.lower()


def _extend(doc: _Doc, first: int, limit: int | None = None, trusted_stop: int = -1) -> int:
    """The end (exclusive) of the name that starts at token ``first``.

    Tokens before ``trusted_stop`` belong to a PER entity (see :func:`_can_follow`).
    """
    stop = first + 1
    n = doc.n if limit is None else min(limit, doc.n)
    count = 1
    while stop < n and count < 6 and doc.same_sentence(first, stop):
        w = doc.words[stop]
        if doc.blocked[stop]:
            break
        if w in lex.PARTICLES:
            k = stop
            while k < n and doc.words[k] in lex.PARTICLES and k - stop < 3:
                k += 1
            if (
                k < n
                and doc.same_sentence(first, k)
                and nm.is_name_core(doc.words[k], strict=False)
                and not doc.blocked[k]
                and _particles_ok(doc.words[stop:k])
            ):
                stop = k + 1
                count += 1
                continue
            break
        if nm.is_initial(w):
            if lex.is_given_name(doc.words[stop - 1]) or nm.is_name_core(doc.words[stop - 1]):
                stop += 1
                count += 1
                continue
            break
        if (
            w in lex.CAPITAL_PARTICLES
            and stop + 1 < n
            and doc.same_sentence(first, stop + 1)
            and nm.is_name_core(doc.words[stop + 1], strict=False)
        ):
            stop += 2  # "Marine Le Pen"
            count += 1
            continue
        if _can_follow(doc, stop, stop - 1, trusted=stop < trusted_stop):
            stop += 1
            count += 1
            continue
        break
    return stop


def _extend_particles(doc: _Doc, first: int, stop: int) -> int:
    """Continue a name past a PER entity only over particles: "Baschar" + "al-Assad"."""
    while stop < doc.n and doc.same_sentence(first, stop) and not doc.blocked[stop]:
        w = doc.words[stop]
        if nm.is_particle_name(w) or nm.is_initial(w):
            stop += 1
            continue
        if w in lex.LEADING_PARTICLES:
            end = _extend(doc, stop - 1, stop + 4)
            if end > stop:
                stop = end
                continue
        break
    return stop


def _skip_to_given_name(doc: _Doc, first: int, stop: int) -> int:
    """ "Fraktionsvize Jens Spahn": an unknown word before a first name is no part of it."""
    while (
        stop - first >= 3
        and not lex.is_given_name(doc.words[first])
        and lex.is_given_name(doc.words[first + 1])
        and not _EAST_ASIAN_GIVEN.match(doc.words[first + 1])
        and doc.words[first + 1] not in lex.CAPITAL_PARTICLES
    ):
        first += 1
    return first


def _cut_after_genitive(doc: _Doc, a: int, b: int) -> int:
    """ "Erpenbecks Roman": a possessor's genitive followed by a common noun ends the name.

    Only when the bare form is written elsewhere in the text ("Erpenbeck"), so that
    names ending in -s ("Thomas Roman") are left alone.
    """
    for k in range(a, b - 1):
        w = doc.words[k]
        if (
            _looks_genitive(w)
            and nm.degenitive(w) in doc.word_set
            and lex.is_common_noun(doc.words[k + 1])
        ):
            return k + 1
    return b


def _extend_left(doc: _Doc, a: int) -> int:
    """Start a name earlier when the pipeline left out its first name (and particles).

    "Ursula von der [Leyen]" and "Anton [Zeilinger]" -> the whole name; only a known
    first name in the same sentence counts, so "ein Treffen von [Scholz]" stays.
    """
    j = a
    while j > 0 and doc.same_sentence(j - 1, a) and not doc.blocked[j - 1]:
        if doc.words[j - 1] not in lex.PARTICLES:
            break
        j -= 1
    if j < a and not _particles_ok(doc.words[j:a]):
        return a
    g = j - 1
    if (
        g >= 0
        and doc.same_sentence(g, a)
        and not doc.blocked[g]
        and lex.is_given_name(doc.words[g])
        and not nm.is_never_name(doc.words[g])
        and analyze_role(doc.words[g]) is None
    ):
        return g
    if (
        j == a
        and doc.words[a] in lex.CAPITAL_PARTICLES
        and g >= 0
        and doc.same_sentence(g, a)
        and g != doc.sentence_start(g)
        and not doc.blocked[g]
        and nm.is_capitalised_word(doc.words[g])
        and doc.words[g] not in lex.TITLES
        and analyze_role(doc.words[g]) is None
        and not lex.is_place(doc.words[g])
    ):
        return g  # "Marine [Le Pen]": a name in that shape has its first name before it
    return a


def _particles_ok(words: Sequence[str]) -> bool:
    """ "von", "von der", "van der", "de la", "zu": not a bare article like "der"."""
    return bool(words) and words[0] in lex.LEADING_PARTICLES


def _runs_in_entity(doc: _Doc, first: int, stop: int) -> list[tuple[int, int, bool]]:
    """Name runs inside a PER entity span, repaired: (first, stop, weak).

    A run is weak when ordinary nouns were cut off before a single remaining word
    ("Interesse Kims", "Bad Kreuznach"): it may name a known person, not a new one.
    """
    runs: list[tuple[int, int, bool]] = []
    i = first
    while i < stop:
        if doc.blocked[i]:
            i += 1
            continue
        if doc.words[i] == "(":  # "(Grüne)", "(40)" inside the span: no name
            close = i + 1
            while close < stop and doc.words[close] != ")":
                close += 1
            i = close + 1
            continue
        a = i
        cut_noun = False
        lenient = stop - first == 1  # the pipeline marked just this word
        while a < stop and not _can_start(doc, a, strict=not lenient):
            w = doc.words[a]
            if (
                w in lex.LEADING_PARTICLES
                and a + 1 < stop
                and (nm.is_capitalised_word(doc.words[a + 1]) or doc.words[a + 1] in lex.PARTICLES)
            ):
                break  # "von der Leyen"
            role = analyze_role(w)
            if w[:1].isupper() and w not in lex.TITLES and (role is None or role.kind == "demonym"):
                cut_noun = True  # "Interesse Kims", "Leipziger Volkszeitung"
            elif role is not None and role.base.lower().endswith(lex.COMPANY_HEADS):
                cut_noun = True  # "Risikokapitalgeber Earlybird"
            a += 1
        if a >= stop:
            break
        b = _extend(doc, a, stop, trusted_stop=stop)
        full_b = b
        b = _cut_after_genitive(doc, a, b)
        if a == first:
            a = _extend_left(doc, a)
        if b == stop:
            b = _extend_particles(doc, a, b)
        if b == stop and b - a == 1 and lex.is_given_name(doc.words[a]):
            b = _extend(doc, a)  # the pipeline stopped after "Anton" in "Anton Zeilinger"
        a = _skip_to_given_name(doc, a, b)
        if a == first and b - a == 1 and not lex.is_given_name(doc.words[a]):
            role = _role_at(doc, a - 1) if a > 0 else None
            if role is not None and role.base.lower().endswith(lex.COMPANY_HEADS):
                cut_noun = True  # "der Risikokapitalgeber Earlybird"
        runs.append((a, b, cut_noun and b - a == 1))
        i = max(b, a + 1) if b == full_b else b + 1  # skip the possessed noun ("Roman")
    return runs


def _mention(doc: _Doc, first: int, stop: int, source: str) -> _Mention | None:
    words = doc.words[first:stop]
    core = [w for w in words if w not in lex.PARTICLES and not nm.is_initial(w)]
    if not core:
        return None
    has_name_word = any(nm.is_name_core(w, strict=False) or lex.is_given_name(w) for w in core)
    if not has_name_word and not (source == "tag" and len(core) == 1):
        return None
    last = words[-1]
    genitive = False
    nxt = doc.word(stop)
    if _looks_genitive(last):
        bare = nm.degenitive(last)
        if last.endswith(("'", "’")) or bare in doc.word_set:
            genitive = True  # "Merz'", or "Putins" where "Putin" is written elsewhere
        elif not last.endswith(("us", "os", "is", "as", "es")) and _genitive_context(doc, stop):
            genitive = True  # "Bidens Sprecher"
    if nxt in {"'", "’"} and last.endswith(("s", "z", "x", "ß")):
        genitive = True
    parts = [*words[:-1], nm.degenitive(last) if genitive and _looks_genitive(last) else last]
    return _Mention(first, stop, tuple(parts), genitive, source)


def _genitive_context(doc: _Doc, stop: int) -> bool:
    """Is the word before ``stop`` a possessor, like "Putins" in "Putins Sprecher"?"""
    nxt = doc.word(stop)
    if not nxt or not doc.same_sentence(stop - 1, stop):
        return False
    if nxt[:1].isupper() and not nm.is_name_core(nxt):
        return True  # a noun follows: "Merkels Politik", "Putins Sprecher"
    if nxt[:1].islower() and nm.is_name_core(doc.words[stop - 1][:-1]):
        # "Interesse Kims": a genitive after a noun
        prev = doc.word(stop - 2)
        return bool(prev[:1].isupper() and lex.is_common_noun(prev))
    return False


@dataclass(frozen=True, slots=True)
class _Span:
    """An entity as the extractor uses it (labels may be corrected)."""

    start: int
    end: int
    label: str


def _relabel(doc: _Doc, entities: Sequence[Entity]) -> list[_Span]:
    """Turn LOC/ORG/MISC entities that are plainly people into PER entities.

    "Polizeisprecher Thomas Weber", "Kapitän Emre Can (30)", "Lando Norris" tagged
    as ORG or LOC: the span holds one name that starts with a first name or follows
    a role noun, and nothing else but role words, tags and lowercase words.
    Organisations named after people ("Hans Böckler Stiftung") keep their label.
    """
    out: list[_Span] = []
    for ent in entities:
        rng = doc.token_range(ent.start, ent.end)
        run = None if ent.label == "PER" else _person_inside(doc, rng.start, rng.stop)
        if run is None:
            out.append(_Span(ent.start, ent.end, ent.label))
        else:
            out.append(_Span(doc.starts[run[0]], doc.ends[run[1] - 1], "PER"))
    return out


def _person_inside(doc: _Doc, first: int, stop: int) -> tuple[int, int] | None:
    a = first
    role_before = False
    while a < stop and not lex.is_given_name(doc.words[a]):
        w = doc.words[a]
        role = analyze_role(w)
        if role is not None and not role.base.lower().endswith(lex.COMPANY_HEADS):
            role_before = True
        elif (
            _looks_genitive(w)
            and a + 1 < stop
            and analyze_role(doc.words[a + 1]) is not None
            and w[:1].isupper()
        ):
            pass  # "Ungarns Regierungschef Viktor Orbán": a possessor before the role
        elif w not in lex.TITLES and w.lower() not in lex.DETERMINERS:
            break
        a += 1
    if a >= stop:
        return None
    if not role_before:
        role_before = _role_at(doc, first - 1) is not None if first > 0 else False
    b = _extend(doc, a, stop) if _can_start(doc, a, strict=False) else a
    shaped = any(w in lex.CAPITAL_PARTICLES for w in doc.words[a:b])  # "Marine Le Pen"
    if b == a or not (role_before or shaped or lex.is_given_name(doc.words[a])):
        return None
    if b - a < 2 and not (role_before or _tag_after(doc, b)):
        return None
    if b < stop and not doc.words[b].islower():  # "Hubertus Heil am Tisch" is fine
        for k in range(b, stop):  # what may follow the name inside the span
            w = doc.words[k]
            plain = w in lex.BOUNDARIES or w.islower() or w.isdigit() or lex.party_of(w) is not None
            if not plain and doc.word(k - 1) not in {"(", ","}:
                return None  # "Hans Böckler Stiftung": more than a person
    return a, b


def _candidates(doc: _Doc, entities: Sequence[_Span]) -> list[_Mention]:
    found: list[_Mention] = []
    taken = [False] * doc.n

    def add(first: int, stop: int, source: str, weak: bool = False) -> None:
        if first >= stop or any(taken[first:stop]):
            return
        if source != "ner" and any(doc.other_entity[first:stop]):
            return
        m = _mention(doc, first, stop, source)
        if m is not None:
            m.weak = weak
            found.append(m)
            for k in range(first, stop):
                taken[k] = True

    # 1. the pipeline's PER entities, repaired
    for ent in entities:
        if ent.label != "PER":
            continue
        rng = doc.token_range(ent.start, ent.end)
        for a, b, weak in _runs_in_entity(doc, rng.start, rng.stop):
            add(a, b, "ner", weak)
    for i in range(doc.n):
        w = doc.words[i]
        if taken[i] or doc.blocked[i] or not w[:1].isupper():
            continue
        # 2. a role noun right before a name: "Kanzler Scholz", "Trainerin Anna Berg"
        prev = doc.word(i - 1)
        if prev[:1].isupper() and doc.same_sentence(i - 1, i) and not taken[i - 1]:
            role = _role_at(doc, i - 1)
            if role is not None and _can_start(doc, i, strict=False):
                stop = _extend(doc, i)
                company = role.kind == "demonym" or role.base.lower().endswith(lex.COMPANY_HEADS)
                if stop - i > 1 or not company or lex.is_given_name(w):
                    add(i, stop, "role")
                    continue
        # 3. a known first name (or initials) and a surname: "Maria Schulz", "J.D. Vance"
        if (lex.is_given_name(w) and not _month_context(doc, i)) or (
            nm.is_initial(w) and _can_start(doc, i)
        ):
            stop = _extend(doc, i)
            if stop > i + 1:
                add(i, stop, "given")
                continue
        # 4. a name right before "(71)" or "(SPD)"
        if _can_start(doc, i, strict=False) and analyze_role(w) is None:
            stop = _extend(doc, i)
            if _tag_after(doc, stop):
                add(_skip_to_given_name(doc, i, stop), stop, "tag")
                continue
        if (
            nm.is_capitalised_word(w)
            and not nm.is_never_name(w)
            and _tag_after(doc, i + 1)
            and not nm.lemma_is_lowercase(w)
            and doc.word(i - 1).lower() not in lex.DETERMINERS
        ):
            add(i, i + 1, "tag")  # "Koch (CDU)": a surname that is also a word
    found.sort(key=lambda m: m.first)
    return found


def _month_context(doc: _Doc, i: int) -> bool:
    """ "August" in "im August", "Ende August 2023" is a month."""
    if doc.words[i] not in lex.MONTHS:
        return False
    prev = doc.word(i - 1).lower()
    nxt = doc.word(i + 1)
    return prev in {"im", "anfang", "ende", "mitte", "seit", "bis", "vom", "zum", "."} or bool(
        nxt[:1].isdigit()
    )


def _tag_after(doc: _Doc, stop: int) -> bool:
    """Is token ``stop`` the start of "(71)", "(SPD)" or "(SPD, 54)"?"""
    if doc.word(stop) != "(" or stop == 0:
        return False
    age, party = _paren_info(doc, stop - 1)
    return age is not None or party is not None


# --------------------------------------------------------------------------- merging


def _cores(m: _Mention) -> tuple[str, ...]:
    """The name words of a mention without particles and initials."""
    return tuple(p for p in m.parts if p not in lex.PARTICLES and not nm.is_initial(p))


class _People:
    """The persons found so far, with an index from name words to persons."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_part: dict[str, set[int]] = {}
        self.starts: list[list[int]] = []  # sorted first-token indices of each person's mentions

    def new(self) -> int:
        self.clusters.append(_Cluster())
        self.starts.append([])
        return len(self.clusters) - 1

    def add(self, idx: int, m: _Mention) -> None:
        m.person = idx
        self.clusters[idx].mentions.append(m)
        bisect.insort(self.starts[idx], m.first)
        for part in _cores(m):
            self.by_part.setdefault(part, set()).add(idx)
            if nm.is_particle_name(part):  # "al-Assad" is also "Assad"
                self.by_part.setdefault(part.split("-", 1)[1], set()).add(idx)

    def resolve(self, word: str, position: int) -> int | None:
        """The person a single name word refers to, or None when nobody has that name.

        When several people share the word, the one mentioned last before ``position``
        wins (else the first one mentioned at all).
        """
        matches = self.by_part.get(word)
        if not matches:
            return None
        if len(matches) == 1:
            return next(iter(matches))
        best: tuple[int, int] | None = None
        for idx in sorted(matches):
            starts = self.starts[idx]
            k = bisect.bisect_left(starts, position)
            if k and (best is None or starts[k - 1] > best[0]):
                best = (starts[k - 1], idx)
        if best is not None:
            return best[1]
        return min(matches, key=lambda idx: self.starts[idx][0])


def _cluster(doc: _Doc, mentions: list[_Mention]) -> _People:
    found = _People()
    multi = [m for m in mentions if len(_cores(m)) >= 2]
    single = [m for m in mentions if len(_cores(m)) < 2]
    # Full names: the same words, or one name's words inside another's.
    keys: dict[tuple[str, ...], int] = {}
    keys_of: dict[int, list[tuple[str, ...]]] = {}
    for m in sorted(multi, key=lambda m: -len(_cores(m))):
        key = _cores(m)
        target = keys.get(key)
        if target is None:
            holders = set.intersection(*(found.by_part.get(p, set()) for p in key))
            supersets = {
                idx
                for idx in holders
                if any(set(key) < set(k) and _ordered_subset(key, k) for k in keys_of[idx])
            }
            if len(supersets) == 1:
                target = supersets.pop()
        if target is None:
            target = found.new()
        keys[key] = target
        keys_of.setdefault(target, []).append(key)
        found.add(target, m)
    # Single words: the person whose name contains them (nearest before when ambiguous).
    for m in sorted(single, key=lambda m: m.first):
        cores = _cores(m)
        word = cores[0] if cores else m.parts[-1]
        target = found.resolve(word, m.first)
        if target is None and not m.genitive:
            bare = nm.degenitive(word)
            if bare != word and word in nm.genitive_forms(bare):
                target = found.resolve(bare, m.first)
                if target is not None:  # "Interesse Kims"
                    m.genitive = True
                    m.parts = (*m.parts[:-1], bare)
        if target is None:
            if m.weak:
                continue
            target = found.new()
        found.add(target, m)
    return found


def _ordered_subset(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    it = iter(big)
    return all(any(w == b for b in it) for w in small)


def _add_aliases(doc: _Doc, found: _People) -> None:
    """Find further mentions of known people by their surname, first name or genitive."""
    taken = [False] * doc.n
    for c in found.clusters:
        for m in c.mentions:
            for k in range(m.first, m.stop):
                taken[k] = True
    lookup: dict[str, str] = {}  # written form -> name word
    for part in found.by_part:
        if len(part) < 2:
            continue
        lookup[part] = part
        for g in nm.genitive_forms(part):
            lookup.setdefault(g, part)
    for i, w in enumerate(doc.words):
        if taken[i] or doc.blocked[i] or w not in lookup:
            continue
        if doc.other_entity[i] and not nm.is_name_core(w):
            continue
        part = lookup[w]
        genitive = part != w
        if not nm.is_name_core(part):
            # "Koch", "Müller", "Dröge" as surnames: not after an article or adjective
            prev = doc.word(i - 1).lower()
            if prev in lex.DETERMINERS or (
                adjective_stem(prev) is not None and doc.word(i - 2).lower() in lex.DETERMINERS
            ):
                continue
        nxt = doc.word(i + 1)
        if (
            lex.is_given_name(w)
            and nm.is_name_core(nxt)
            and doc.same_sentence(i, i + 1)
            and not (found.by_part.get(nxt, set()) & found.by_part.get(part, set()))
        ):
            continue  # "Joe Smith" is somebody else than "Joe Biden"
        target = found.resolve(part, i)
        if target is None:
            continue
        found.add(target, _Mention(i, i + 1, (part,), genitive, "alias"))
        taken[i] = True
    for c in found.clusters:
        c.mentions.sort(key=lambda m: m.first)


# --------------------------------------------------------------------------- roles


def _determiner_before(doc: _Doc, k: int) -> tuple[str | None, int]:
    """The determiner of the noun phrase whose noun is token ``k`` (skipping adjectives)."""
    j = k - 1
    steps = 0
    while j >= 0 and doc.same_sentence(j, k) and steps < 4:
        w = doc.words[j]
        lw = w.lower()
        if lw in lex.DETERMINERS:
            return lw, j
        if w.islower() and w.isalpha() and w.endswith(("e", "en", "er", "es", "em")):
            j -= 1
            steps += 1
            continue
        if w[:1].isupper() and w.endswith("er") and lex.is_place(w):  # "der Kieler ..."
            j -= 1
            steps += 1
            continue
        if w.isdigit() or w in {"Jahre", "-"}:  # "die 34 Jahre alte Lehrerin"
            j -= 1
            steps += 1
            continue
        break
    return None, j


def _role_at(doc: _Doc, k: int, article: str | None = None) -> RoleNoun | None:
    w = doc.word(k)
    if not w or doc.blocked[k]:
        return None
    if article is None:
        article, _ = _determiner_before(doc, k)
    role = analyze_role(w, article)
    if role is not None and role.kind != "demonym" and lex.is_place(w):
        return dataclasses.replace(role, kind="demonym")  # "der Hamburger": a demonym
    return role


def _qualified(doc: _Doc, k: int, role: RoleNoun) -> str:
    """The role at token ``k`` with meaning-changing adjectives before it."""
    quals: list[str] = []
    j = k - 1
    while j >= 0 and doc.same_sentence(j, k):
        w = doc.words[j]
        if w[:1].isupper() and w.endswith("er") and lex.is_place(w):
            quals.insert(0, w)  # "der Kieler Landespolitiker"
        elif w[:1].isupper():
            stem = adjective_stem(w.lower())
            if stem is None or stem not in lex.TITLE_ADJECTIVES:
                break
            quals.insert(0, inflect_qualifier(stem, role.gender).capitalize())
        else:
            stem = qualifier_stem(w)
            if stem is None:
                break
            quals.insert(0, inflect_qualifier(stem, role.gender))
        j -= 1
    return " ".join([*quals, role.base])


@dataclass(frozen=True, slots=True)
class _RoleFind:
    role: str
    gender: str | None
    relation: str | int | None = None  # "m"/"f" pronoun, or token index of a possessor
    party: str | None = None


def _role_before(doc: _Doc, m: _Mention) -> _RoleFind | None:
    k = m.first - 1
    while k >= 0 and doc.words[k] in lex.TITLES and doc.same_sentence(k, m.first):
        k -= 1
    if k < 0 or not doc.same_sentence(k, m.first):
        return None
    article, det_pos = _determiner_before(doc, k)
    role = _role_at(doc, k, article)
    if role is None or role.kind == "demonym":
        return None
    if m.genitive and not doc.word(m.stop)[:1].isupper():
        return None  # "Herausforderer Erdoğans": the genitive names the other side
    if article in lex.INDEFINITE:
        return None  # "mit einem wiedergewählten US-Präsidenten Trump": hypothetical
    relation: str | int | None = None
    if article in lex.POSSESSIVE_M:
        relation = "m"
    elif article in lex.POSSESSIVE_F:
        relation = "f"
    elif article is None:
        p = det_pos if det_pos < k else k - 1
        pw = doc.word(p)
        if pw in {"'", "’"} and doc.word(p - 1).endswith(("s", "z", "x", "ß")):
            p -= 1  # "Merz ' Generalsekretär" as the tokenizer may split it
            pw = doc.word(p) + "'"
        if (
            p >= 0
            and doc.same_sentence(p, k)
            and pw[:1].isupper()
            and (pw.endswith(("s", "'", "’")) and nm.is_name_core(nm.degenitive(pw)))
        ):
            relation = p  # "Putins Sprecher"
    return _RoleFind(_qualified(doc, k, role), role.gender, relation, _role_party(role))


def _role_party(role: RoleNoun) -> str | None:
    prefix, _, head = role.base.rpartition("-")
    if not prefix or head in lex.NOT_MEMBERS:
        return None
    for piece in reversed(prefix.split("-")):
        if piece in lex.PARTY_PREFIXES:
            return lex.PARTY_PREFIXES[piece]
    return None


def _is_temporal(doc: _Doc, j: int) -> bool:
    w = doc.word(j)
    if w.lower() not in lex.TEMPORAL_PREPOSITIONS:
        return False
    nxt = doc.word(j + 1)
    after = doc.word(j + 2)
    return (
        nxt in lex.TEMPORAL_WORDS
        or nxt.isdigit()
        or (nxt.lower() in lex.DETERMINERS and (after in lex.TEMPORAL_WORDS))
    )


def _complement_end(doc: _Doc, h: int, limit: int) -> int:
    """End (exclusive) of the genitive/prepositional complement of the role at ``h``."""
    j = h + 1
    end = h + 1
    prev_kind = "head"
    while j < min(limit, doc.n) and doc.same_sentence(h, j) and j - h <= 12:
        w = doc.words[j]
        lw = w.lower()
        if w in lex.BOUNDARIES or _is_temporal(doc, j):
            break
        if lw in lex.DETERMINERS - lex.POSSESSIVE_M - lex.POSSESSIVE_F or lw in lex.PREPOSITIONS:
            kind = "function"
        elif w.islower() and w.isalpha() and w.endswith(("e", "en", "er", "es", "em")):
            if prev_kind not in {"function", "adj"}:
                break
            kind = "adj"
        elif w[:1].isupper() or w[:1].isdigit() or w == "&":
            if prev_kind == "head" and not w[:1].isdigit():
                break  # "Chef Siemens" is no complement
            kind = "noun"
        else:
            break
        if (
            kind == "function"
            and prev_kind == "head"
            and lw not in (lex.DEFINITE | lex.PREPOSITIONS | {"eines", "einer"})
        ):
            break
        prev_kind = kind
        j += 1
        if kind == "noun":
            end = j
    return end


def _phrase(doc: _Doc, k: int, role: RoleNoun, end: int) -> str:
    base = _qualified(doc, k, role)
    if end > k + 1:
        return base + " " + doc.span_text(k + 1, end)
    return base


def _skip_tags(doc: _Doc, j: int) -> int:
    """Skip "(71)" / "(SPD)" right after a name."""
    if doc.word(j) == "(":
        k = j + 1
        while k < doc.n and doc.words[k] != ")" and k - j < 8:
            k += 1
        if doc.word(k) == ")":
            return k + 1
    return j


def _apposition_after(doc: _Doc, m: _Mention) -> list[_RoleFind]:
    """ "Frederic Spohr, Direktor der Friedrich-Naumann-Stiftung in Südkorea," -> role."""
    j = _skip_tags(doc, m.stop)
    if doc.word(j) != "," or not doc.same_sentence(m.first, j):
        return []
    j += 1
    if _age(doc.word(j)) is not None and doc.word(j + 1) == ",":
        j += 2  # "Anna Berg, 42, Lehrerin aus Bonn"
    found: list[_RoleFind] = []
    while j < doc.n and doc.same_sentence(m.first, j):
        article = None
        if doc.word(j) in lex.APPOSITION_ADVERBS:
            j += 1  # "Johanna Walser, selbst Schriftstellerin,"
        if doc.word(j).lower() in lex.DEFINITE:
            article = doc.word(j).lower()
            j += 1
        while qualifier_stem(doc.word(j)) is not None:
            j += 1
        role = _role_at(doc, j, article)
        if role is None or role.kind == "demonym":
            break
        end = _complement_end(doc, j, doc.n)
        found.append(_RoleFind(_phrase(doc, j, role, end), role.gender, None, _role_party(role)))
        # "Sprecherin und Beraterin des Kanzlers": a second role after "und"
        if doc.word(end) in {"und", "sowie"}:
            j = end + 1
            continue
        break
    return found


def _role_before_comma(doc: _Doc, m: _Mention) -> _RoleFind | None:
    """ "Die Vorsitzende der Grünen-Fraktion, Katharina Dröge, ..." -> role.

    Also "Ihr Konkurrent, der Kieler Landespolitiker Felix Banaszak, ...".
    """
    comma = _np_start(doc, m.first) - 1
    if doc.word(comma) != "," or not doc.same_sentence(comma, m.first):
        return None
    after = _skip_tags(doc, m.stop)
    if after < doc.n and doc.same_sentence(m.first, after) and doc.words[after] not in lex.CLOSERS:
        return None  # "..., Olaf Scholz und Robert Habeck": an enumeration
    best: tuple[int, RoleNoun, str | None] | None = None
    h = comma - 1
    while h >= 0 and doc.same_sentence(h, comma) and comma - h <= 12:
        w = doc.words[h]
        if w in lex.BOUNDARIES:
            break
        article, _ = _determiner_before(doc, h)
        role = analyze_role(w, article) if w[:1].isupper() else None
        if role is not None and role.kind != "demonym" and _complement_end(doc, h, comma) == comma:
            best = (h, role, article)
        h -= 1
    if best is None:
        return None
    h, role, article = best
    if article is not None and article.startswith(("welch", "jede", "manch", "kein")):
        return None
    relation = "m" if article in lex.POSSESSIVE_M else "f" if article in lex.POSSESSIVE_F else None
    return _RoleFind(_phrase(doc, h, role, comma), role.gender, relation, _role_party(role))


def _np_start(doc: _Doc, first: int) -> int:
    """Where the noun phrase of a name begins: "der Kieler Landespolitiker Felix ..."."""
    k = first - 1
    while k >= 0 and doc.words[k] in lex.TITLES and doc.same_sentence(k, first):
        k -= 1
    if k < 0 or not doc.same_sentence(k, first) or not doc.words[k][:1].isupper():
        return first
    article, det_pos = _determiner_before(doc, k)
    if _role_at(doc, k, article) is None:
        return first
    j = k - 1
    while j > det_pos and (qualifier_stem(doc.words[j]) or lex.is_place(doc.words[j])):
        j -= 1
    return det_pos if article is not None else j + 1


def _predicative_roles(doc: _Doc, m: _Mention) -> list[_RoleFind]:
    """ "Mark Rutte ist inzwischen Generalsekretär der Nato", "Innenminister bleibt Georg Maier"."""
    found: list[_RoleFind] = []
    # after the name: "<name> ist [seit 2019] [der] <role ...>"
    j = _skip_tags(doc, m.stop)
    if doc.word(j) == "," and _age(doc.word(j + 1)) is not None and doc.word(j + 2) == ",":
        j += 3
    if doc.word(j) in lex.COPULAS and doc.same_sentence(m.first, j):
        j += 1
        steps = 0
        while steps < 3 and (
            doc.word(j) in lex.PREDICATE_ADVERBS
            or (doc.word(j) == "seit" and doc.word(j + 1).isdigit())
        ):
            j += 2 if doc.word(j) == "seit" else 1
            steps += 1
        article = (
            doc.word(j).lower() if doc.word(j).lower() in lex.DEFINITE | {"ein", "eine"} else None
        )
        if article:
            j += 1
        while qualifier_stem(doc.word(j)) is not None:
            j += 1
        role = _role_at(doc, j, article) if doc.same_sentence(m.first, j) else None
        if role is not None and role.kind != "demonym" and not _can_start(doc, j + 1, strict=False):
            end = _complement_end(doc, j, doc.n)
            found.append(
                _RoleFind(_phrase(doc, j, role, end), role.gender, None, _role_party(role))
            )
    # before the name, at the start of the sentence: "Finanzministerin wird Katja Wolf"
    k = m.first - 1
    if doc.word(k) in lex.COPULAS and doc.same_sentence(k, m.first) and k >= 1:
        h = k - 1
        lo = doc.sentence_start(k)
        role = _role_at(doc, h)
        article, det_pos = _determiner_before(doc, h)
        start = det_pos if article is not None else h
        while start > lo and qualifier_stem(doc.words[start - 1]):
            start -= 1
        if role is not None and role.kind != "demonym" and start == lo:
            found.append(_RoleFind(_qualified(doc, h, role), role.gender, None, _role_party(role)))
    return found


# --------------------------------------------------------------------------- ages, parties


def _paren_info(doc: _Doc, last: int) -> tuple[int | None, str | None]:
    """Age and party from "(71)", "(SPD)", "(SPD, 54)" right after token ``last``."""
    end = doc.ends[last]
    match = _PAREN.match(doc.text, end)
    if match is None:
        return None, None
    content = match.group(1)
    party = lex.party_of(content)
    if party is not None:
        return None, party
    age = _age(content)
    if age is not None:
        if _score_context(doc, last) and age < 16:
            return None, None  # "Kane (2)" in a list of goal scorers
        return age, None
    items = [x.strip() for x in re.split(r"[,;]", content)]
    if len(items) == 2:
        for a, b in (items, items[::-1]):
            if lex.party_of(a) is not None and _age(b) is not None:
                return _age(b), lex.party_of(a)
    return None, None


def _score_context(doc: _Doc, i: int) -> bool:
    sent = doc.sent[i]
    lo = doc.sentence_start(i)
    hi = i
    while hi + 1 < doc.n and doc.sent[hi + 1] == sent:
        hi += 1
    return bool(_SCORE_CONTEXT.search(doc.text[doc.starts[lo] : doc.ends[hi]]))


def _comma_age(doc: _Doc, m: _Mention) -> int | None:
    """ "Anna Berg, 42, sagte": the age between commas right after a name."""
    j = _skip_tags(doc, m.stop)
    end = doc.ends[j - 1]
    match = _COMMA_AGE.match(doc.text, end)
    if match is None:
        return None
    return _age(match.group(1))


# --------------------------------------------------------------------------- assembly


def extract_people(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    entities: Sequence[Entity],
) -> tuple[Person, ...]:
    """The people of ``text``, in order of first mention; photo credits at the end.

    Roles (base form, no articles): a role noun or compound right before the
    name ("Kreml-Despot Wladimir Putin", "den Ex-Präsidenten Donald Trump" ->
    "Ex-Präsident"), an apposition after it ("Frederic Spohr, Direktor der ...,"),
    a role phrase before a comma and the name ("Die Vorsitzende der
    Grünen-Fraktion, Katharina Dröge,"), possessive roles ("Putins Sprecher" ->
    "Sprecher", related to Putin). Ages from "Name (71)", "Name, 42,", "im Alter
    von 95 Jahren", "der 61-Jährige", "die 34 Jahre alte Lehrerin Maria Schulz";
    parties from "(SPD)" and from role compounds ("SPD-Chef").
    """
    if not tokens:
        return ()
    doc = _Doc(text, tokens, entities)
    credits = _credit_people(text, doc)
    spans = _relabel(doc, entities)
    doc.set_entities(spans)
    found = _cluster(doc, _candidates(doc, spans))
    _add_aliases(doc, found)
    clusters = [c for c in found.clusters if c.mentions]
    owner: dict[int, int] = {}
    for idx, c in enumerate(clusters):
        for m in c.mentions:
            m.person = idx
            for k in range(m.first, m.stop):
                owner[k] = idx
    for c in clusters:
        c.firsts = sorted(m.first for m in c.mentions)
        _read_attributes(doc, c)
    for c in clusters:
        if c.gender is None:  # no "-in" role, no "Frau": ask the first name
            c.gender = lex.given_name_gender(doc.words[_fullest(c).first])
    _sentence_ages(doc, clusters)
    _anaphoric_roles(doc, clusters)
    names = [_display_name(doc, c) for c in clusters]
    people = [_person(doc, clusters, idx, owner, names) for idx in range(len(clusters))]
    people.sort(key=lambda p: p.mentions[0][0])
    credit_spans: dict[str, list[tuple[int, int]]] = {}
    for name, start, end in credits:
        credit_spans.setdefault(name, []).append((start, end))
    for name, offsets in credit_spans.items():
        people.append(Person(name, (), None, None, True, tuple(offsets)))
    return tuple(people)


def _read_attributes(doc: _Doc, c: _Cluster) -> None:
    for m in c.mentions:
        finds: list[_RoleFind] = []  # in text order
        comma = _role_before_comma(doc, m)
        if comma is not None:
            finds.append(comma)
        before = _role_before(doc, m)
        if before is not None:
            finds.append(before)
        finds.extend(_apposition_after(doc, m))
        finds.extend(_predicative_roles(doc, m))
        for f in finds:
            if f.role not in c.roles:
                c.roles.append(f.role)
            if f.gender and c.gender is None:
                c.gender = f.gender
            if f.relation is not None:
                c.relations.append((f.role, f.relation, m.first))
            if f.party and c.role_party is None:
                c.role_party = f.party
        title = doc.word(m.first - 1)
        if c.gender is None and title in {"Frau", "Herr", "Herrn"}:
            c.gender = "f" if title == "Frau" else "m"
        age, party = _paren_info(doc, m.stop - 1)
        if age is not None:
            c.ages.append((0, doc.starts[m.first], age))
        if party is not None and c.party is None:
            c.party = party
        comma_age = _comma_age(doc, m)
        if comma_age is not None:
            c.ages.append((0, doc.starts[m.first], comma_age))


def _mentions_in_order(clusters: list[_Cluster]) -> list[tuple[int, int, int]]:
    """(char start, token index, cluster) of every mention, sorted."""
    out = []
    for idx, c in enumerate(clusters):
        for m in c.mentions:
            out.append((m.first, m.stop, idx))
    out.sort()
    return out


def _is_subject_like(doc: _Doc, first: int) -> bool:
    """Does the mention at ``first`` open its sentence (after articles, roles, adverbs)?"""
    i = first - 1
    lo = doc.sentence_start(first)
    while i >= lo:
        w = doc.words[i]
        lw = w.lower()
        nxt = doc.words[i + 1]
        attributive = (
            w.islower()
            and adjective_stem(w) is not None
            and (nxt[:1].isupper() or adjective_stem(nxt) is not None)
        )
        if (
            lw in lex.DETERMINERS
            or lw in lex.SUBJECT_LEAD
            or w in lex.TITLES
            or w in {",", "„", '"', "»", "–"}
            or attributive
            or analyze_role(w) is not None
        ):
            i -= 1
            continue
        return False
    return True


def _sentence_ages(doc: _Doc, clusters: list[_Cluster]) -> None:
    """Ages stated in the sentence rather than next to the name."""
    if not clusters:
        return
    order = _mentions_in_order(clusters)
    firsts = [o[0] for o in order]
    text = doc.text

    def tok_at(pos: int) -> int:
        return max(0, bisect.bisect_right(doc.starts, pos) - 1)

    def compatible(idx: int, gender: str | None) -> bool:
        g = clusters[idx].gender
        return gender is None or g is None or g == gender

    def before(tok: int, gender: str | None, sentences_back: int) -> int | None:
        """The most recent compatible person within ``sentences_back`` sentences."""
        sent = doc.sent[tok]
        k = bisect.bisect_left(firsts, tok) - 1
        while k >= 0:
            first, _stop, idx = order[k]
            if sent - doc.sent[first] > sentences_back:
                return None
            if compatible(idx, gender):
                return idx
            k -= 1
        return None

    mention_starts = set(firsts)

    def unnamed_person_between(start: int, tok: int, gender: str | None) -> bool:
        """ "übersah ein Autofahrer den Mann. Der 45-Jährige ...": someone without a name
        was mentioned after the named person, so the age may be theirs."""
        for t in range(start, tok):
            w = doc.words[t]
            if doc.word(t - 1).lower() not in lex.DETERMINERS or t + 1 in mention_starts:
                continue
            if w in lex.GENERIC_PERSONS:
                noun_gender = lex.GENERIC_PERSONS[w]
            else:
                role = analyze_role(w)
                if role is None or role.kind not in {"noun", "adj"}:
                    continue
                noun_gender = role.gender if role.gender in {"m", "f"} else None
            if gender is None or noun_gender is None or noun_gender == gender:
                return True
        return False

    def referent(tok: int, gender: str | None, oblique: bool = False) -> int | None:
        """Who "der 61-Jährige" means: the subject of a recent sentence, else the last one.

        ``oblique`` ("dankte dem 41-Jährigen"): not the subject of the same sentence.
        Nobody, when a person without a name was mentioned after the candidates.
        """
        sent = doc.sent[tok]
        k = bisect.bisect_left(firsts, tok) - 1
        if k >= 0 and unnamed_person_between(order[k][1], tok, gender):
            return None
        fallback: int | None = None
        while k >= 0:
            first, _stop, idx = order[k]
            if sent - doc.sent[first] > 2:
                break
            if oblique and doc.sent[first] == sent:
                k -= 1
                continue
            if compatible(idx, gender):
                if fallback is None:
                    fallback = idx
                if _is_subject_like(doc, first):
                    return idx
            k -= 1
        return fallback

    def same_sentence_person(tok: int, gender: str | None) -> int | None:
        idx = before(tok, gender, 0)
        if idx is not None:
            return idx
        sent = doc.sent[tok]
        k = bisect.bisect_left(firsts, tok)
        while k < len(order) and doc.sent[order[k][0]] == sent:
            if compatible(order[k][2], gender):
                return order[k][2]
            k += 1
        lo = doc.sentence_start(tok)
        words = {w.lower() for w in doc.words[lo:tok]}
        if words & lex.SUBJECT_PRONOUNS:  # "Er starb im Alter von 96 Jahren."
            return referent(tok, gender)
        return None

    # "im Alter von 95 Jahren", "ist 42 Jahre alt", "ihren 100. Geburtstag"
    for pattern in _AGE_STATEMENTS:
        for match in _finditer(pattern, text):
            age = _age(match.group("age"))
            tok = tok_at(match.start())
            if age is None or doc.blocked[tok]:
                continue
            possessive = (match.groupdict().get("poss") or "").lower()
            gender = "m" if possessive == "seinen" else "f" if possessive == "ihren" else None
            idx = same_sentence_person(tok, gender)
            if idx is not None:
                clusters[idx].ages.append((1, match.start(), age))
    # "der 61-Jährige": the person just mentioned
    for match in _finditer(_AGE_BACKREF, text):
        age = _age(match.group(2))
        article = match.group(1).lower()
        ending = match.group(3) or ""
        if age is None:
            continue
        nxt = text[match.end() : match.end() + 2].lstrip()
        if nxt[:1].isupper():
            continue  # "der 61-Jährige Trainer" is an attribute; handled below
        if article == "die" and ending == "n":
            continue  # "die 30-Jährigen": plural
        if article == "der":
            gender = "m" if ending in {"", "r"} else "f"
        elif article == "die":
            gender = "f"
        else:
            gender = "m"
        tok = tok_at(match.start())
        if doc.blocked[tok]:
            continue
        oblique = article in {"dem", "den", "des"} or (article == "der" and ending == "n")
        idx = referent(tok, gender, oblique)
        if idx is not None:
            clusters[idx].ages.append((2, match.start(), age))
    # "die 34 Jahre alte Lehrerin Maria Schulz": the name that follows
    for match in _finditer(_AGE_ATTRIBUTE, text):
        age = _age(match.group(1))
        if age is None:
            continue
        tok = tok_at(match.end())
        if doc.starts[tok] < match.end():
            tok += 1
        steps = 0
        while tok < doc.n and steps < 4:
            k = bisect.bisect_left(firsts, tok)
            if k < len(order) and order[k][0] == tok:
                clusters[order[k][2]].ages.append((0, match.start(), age))
                break
            w = doc.words[tok]
            if w in lex.TITLES or _role_at(doc, tok) is not None or qualifier_stem(w):
                tok += 1
                steps += 1
                continue
            break


def _anaphoric_roles(doc: _Doc, clusters: list[_Cluster]) -> None:
    """Roles stated about the person just mentioned without repeating the name.

    "Die Tennisspielerin Angelique Kerber hat ... Die dreimalige Grand-Slam-Siegerin
    verlor ..." and "..., sagte der Professor am Geomar-Zentrum in Kiel." The role goes
    to the one person of the previous sentence whose gender is known and agrees.
    """
    sentence_people: dict[int, set[int]] = {}
    mention_starts: set[int] = set()
    for idx, c in enumerate(clusters):
        for m in c.mentions:
            sentence_people.setdefault(doc.sent[m.first], set()).add(idx)
            mention_starts.add(m.first)
    i = 0
    while i < doc.n:
        lo = i
        sent = doc.sent[i]
        while i < doc.n and doc.sent[i] == sent:
            i += 1
        hi = i
        if doc.blocked[lo]:
            continue
        starts = [lo] if doc.words[lo] in {"Der", "Die"} else []
        if sent not in sentence_people:  # "..., sagte der Professor am ...": nobody named
            starts += [
                j + 1
                for j in range(lo, hi - 2)
                if doc.words[j] in lex.SPEECH_VERBS and doc.words[j + 1] in {"der", "die"}
            ]
        for p in starts:
            article = doc.words[p].lower()
            k = p + 1
            while k < hi and qualifier_stem(doc.words[k]) is not None:
                k += 1
            role = _role_at(doc, k, article) if k < hi else None
            if role is None or role.gender is None or role.kind not in {"noun", "adj"}:
                continue
            end = _complement_end(doc, k, hi)
            if any(j in mention_starts for j in range(p, end + 1)):
                continue  # the phrase belongs to a name: "Der Trainer Jürgen Klopp ..."
            follow = doc.word(end) if end < hi else "."
            subject_np = p == lo and follow[:1].islower()
            final_np = p > lo and follow in {".", "!", "?", "…"}
            if not (subject_np or final_np):
                continue
            people = [
                idx
                for idx in sentence_people.get(sent - 1, set())
                if clusters[idx].gender == role.gender
            ]
            if len(people) != 1:
                continue
            if (
                final_np
                and doc.word(k + 1) == "in"
                and end == k + 3
                and lex.is_place(doc.word(k + 2))
            ):
                end = k + 1  # "sagte der Manager in Ludwigshafen": where he said it
            phrase = _phrase(doc, k, role, end)
            if phrase not in clusters[people[0]].roles:
                clusters[people[0]].roles.append(phrase)


def _fullest(c: _Cluster) -> _Mention:
    """The mention with the most name words (the first of them; aliases last)."""
    return max(
        c.mentions,
        key=lambda m: (
            len([p for p in m.parts if p not in lex.PARTICLES]),
            m.source != "alias",
            -m.first,
        ),
    )


def _display_name(doc: _Doc, c: _Cluster) -> str:
    full = _fullest(c)
    name = doc.span_text(full.first, full.stop)
    if full.genitive:
        last = doc.words[full.stop - 1]
        if name.endswith(last) and last != full.parts[-1]:
            name = name[: len(name) - len(last)] + full.parts[-1]
    return name


def _person(
    doc: _Doc, clusters: list[_Cluster], idx: int, owner: dict[int, int], names: list[str]
) -> Person:
    c = clusters[idx]
    mentions = tuple(sorted({(doc.starts[m.first], doc.ends[m.stop - 1]) for m in c.mentions}))
    relations: list[tuple[str, str]] = []
    for role, rel, position in c.relations:
        if isinstance(rel, int):
            target = owner.get(rel)
        else:
            target = _pronoun_antecedent(doc, clusters, idx, rel, position)
        if target is not None and target != idx:
            relations.append((role, names[target]))
    return Person(
        name=names[idx],
        roles=tuple(c.roles),
        age=min(c.ages)[2] if c.ages else None,
        party=c.party or c.role_party,
        credit=False,
        mentions=mentions,
        relations=tuple(dict.fromkeys(relations)),
    )


def _pronoun_antecedent(
    doc: _Doc, clusters: list[_Cluster], idx: int, gender: str, position: int
) -> int | None:
    """Who "sein"/"ihr" before token ``position`` refers to: the last other person
    of that gender (or of unknown gender) mentioned in this or the two sentences before."""
    best: tuple[int, int] | None = None
    sentence = doc.sent[position]
    for j, other in enumerate(clusters):
        if j == idx or other.gender not in {None, gender}:
            continue
        k = bisect.bisect_left(other.firsts, position) - 1
        if k >= 0:
            first = other.firsts[k]
            recent = sentence - doc.sent[first] <= 2
            if recent and (best is None or first > best[0]):
                best = (first, j)
    return best[1] if best else None
