"""Merging mentions into persons.

The fullest form is the name; full names merge when one's words lie inside the
other's, single words ("Putin", "Putins", "Sahra") go to the person whose name holds
them (the nearest earlier mention when two share a surname), and a last scan over the
tokens adds further surname, first-name and genitive mentions of known people.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from app.lexicon import words as lex
from app.lexicon.roles import adjective_stem, analyze_role, is_company_role
from app.nlp.gazetteer import load_gazetteer
from app.people import names as nm
from app.people.view import Mention, TokenView


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    #: (role, possessor token index or pronoun gender "m"/"f", token of the role's name)
    relations: list[tuple[str, int | str, int]] = field(default_factory=list)
    ages: list[tuple[int, int, int]] = field(default_factory=list)  # (priority, position, age)
    party: str | None = None
    role_party: str | None = None
    gender: str | None = None
    firsts: list[int] = field(default_factory=list)  # sorted first tokens of the mentions


def name_cores(m: Mention, patronymics: frozenset[str] | None = None) -> tuple[str, ...]:
    """The name words of a mention without particles and initials. ``patronymics``: the
    patronymic particles the text writes in lower case inside a name (see
    :func:`_capital_particle`); None reads every capitalised particle as one."""
    parts = m.parts
    if (
        len(parts) > 1
        and parts[0].lower() in lex.LEADING_PARTICLES
        and _capital_particle(parts, patronymics)
    ):
        parts = parts[1:]  # "Van der Hoeven", "Bin Khalid" at the start of a sentence
    return tuple(
        p
        for p in parts
        if p not in lex.PARTICLES and not nm.is_initial(p) and not nm.is_generation_suffix(p)
    )


def _capital_particle(parts: tuple[str, ...], patronymics: frozenset[str] | None) -> bool:
    """Whether the capitalised first word of a name of two or more words is a particle
    ("Van der Hoeven"; "Bin Rashed" at the start of a sentence after "Faisal bin
    Rashed"), not a first name of the same form: a patronymic particle that is also a
    first name ("Ben") is one only before another particle or when the text writes it
    in lower case inside a name; else "Ben Müller" is a first name and a surname (and
    not the "Tom Müller" of the same text)."""
    first = parts[0]
    low = first.lower()
    if patronymics is None or low not in lex.PATRONYMIC_PARTICLES or not lex.is_given_name(first):
        return True
    return parts[1].lower() in lex.PARTICLES or low in patronymics


class People:
    """The persons found so far, with an index from name words to persons."""

    def __init__(self, patronymics: frozenset[str] | None = None) -> None:
        self.patronymics = patronymics  # see name_cores
        self.clusters: list[Cluster] = []
        self.by_part: dict[str, set[int]] = {}
        self.starts: list[list[int]] = []  # sorted first-token indices of each person's mentions
        #: the generational suffix of a person's full name ("jun"/"sen" for "Hans Berg jun.")
        self.generation: dict[int, str] = {}

    def new(self) -> int:
        self.clusters.append(Cluster())
        self.starts.append([])
        return len(self.clusters) - 1

    def add(self, idx: int, m: Mention) -> None:
        m.person = idx
        self.clusters[idx].mentions.append(m)
        bisect.insort(self.starts[idx], m.first)
        for part in name_cores(m, self.patronymics):
            self.by_part.setdefault(part, set()).add(idx)
            if nm.is_particle_name(part):  # "al-Assad" is also "Assad"
                self.by_part.setdefault(part.split("-", 1)[1], set()).add(idx)
                if part[:1].islower():  # and "Al-Assad" at the start of a sentence
                    self.by_part.setdefault(part[:1].upper() + part[1:], set()).add(idx)

    def of_generation(self, holders: set[int], after: str) -> int | None:
        """Of several people who share a surname, the one whose full name has the suffix
        ``after`` that follows the surname here ("Hans Berg sen. … Hans Berg jun. … Berg
        sen. war 91"); None when no suffix follows or it does not tell one person."""
        if not nm.is_generation_suffix(after):
            return None
        same = [i for i in holders if self.generation.get(i) == _generation(after)]
        return same[0] if len(same) == 1 else None

    def referents(self, word: str, position: int, after: str) -> set[int]:
        """The people a single name word at ``position``, followed by the word ``after``,
        may refer to: of several who share it, the one whose full name has the suffix that
        follows ("Berg sen."); all of them when two or more are named before ("Paul Gerling
        und sein Sohn Max Gerling … Gerling, 63,": either); else the one
        :meth:`resolve` picks, or nobody. The one choice of the clustering and the aliases."""
        holders = self.by_part.get(word, set())
        if len(holders) >= 2:
            named = self.of_generation(holders, after)
            if named is not None:
                return {named}
            if _named_before(self, holders, position) >= 2:
                return set(holders)
        target = self.resolve(word, position)
        return set() if target is None else {target}

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
        best = _nearest_before(self, matches, position)
        if best is not None:
            return best
        return min(matches, key=lambda idx: self.starts[idx][0])


def cluster_mentions(doc: TokenView, mentions: list[Mention]) -> People:
    # the patronymic particles written in lower case inside a name ("Faisal bin Rashed")
    patronymics = frozenset(
        p for m in mentions for p in m.parts[1:] if p in lex.PATRONYMIC_PARTICLES
    )
    found = People(patronymics)
    multi = [m for m in mentions if len(name_cores(m, patronymics)) >= 2]
    single = [m for m in mentions if len(name_cores(m, patronymics)) < 2]
    # Full names: the same words, or one name's words inside another's.
    keys: dict[tuple[str, ...], int] = {}
    keys_of: dict[int, list[tuple[str, ...]]] = {}
    for m in sorted(multi, key=lambda m: (m.weak, -len(_full_key(m, patronymics)))):
        key = _full_key(m, patronymics)
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
            elif supersets:
                if _named_before(found, supersets, m.first) >= 2:
                    continue  # "Nadia Ben Amar … ihre Tochter Leila Ben Amar. Ben Amar, 58":
                    # either of them
                # "Nadia Ben Amar … Ben Amar, 58, … ihr Sohn Karim Ben Amar": the one
                # named last before, as for single words (:meth:`People.resolve`)
                target = _nearest_before(found, supersets, m.first)
        if target is None:
            if m.weak:
                continue  # may only name somebody named otherwise
            target = found.new()
        keys[key] = target
        keys_of.setdefault(target, []).append(key)
        if key[-1:] in {("jun",), ("sen",)}:
            found.generation[target] = key[-1]
        found.add(target, m)
    # Single words: the person whose name contains them (nearest before when ambiguous).
    for m in sorted(single, key=lambda m: m.first):
        cores = name_cores(m, patronymics)
        word = cores[0] if cores else m.parts[-1]
        people = found.referents(word, m.first, doc.word(m.stop))
        if len(people) > 1:
            continue  # either of two or more
        target = next(iter(people), None)
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


def _full_key(m: Mention, patronymics: frozenset[str]) -> tuple[str, ...]:
    """The name words of a full name with its generational suffix, if any: "Harold Pickett
    Sr." and "Harold Pickett Jr." are father and son, two people; a bare "Harold Pickett"
    is the part of either (the one named last before it, as for other shared names)."""
    suffixes = tuple(_generation(p) for p in m.parts if nm.is_generation_suffix(p))
    return name_cores(m, patronymics) + suffixes[:1]


def _generation(suffix: str) -> str:
    """ "Jr."/"jun." and "Sr."/"sen." as one key word each."""
    return "jun" if suffix.lower() in {"jr.", "jun."} else "sen"


def _nearest_before(found: People, candidates: set[int], position: int) -> int | None:
    """Of ``candidates``, the person mentioned last before ``position``; None when none
    of them is mentioned before it."""
    best: tuple[int, int] | None = None
    for idx in sorted(candidates):
        starts = found.starts[idx]
        k = bisect.bisect_left(starts, position)
        if k and (best is None or starts[k - 1] > best[0]):
            best = (starts[k - 1], idx)
    return best[1] if best is not None else None


def _named_before(found: People, candidates: set[int], position: int) -> int:
    """How many of ``candidates`` are mentioned before ``position``."""
    return sum(1 for idx in candidates if found.starts[idx][0] < position)


def _ordered_subset(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    it = iter(big)
    return all(any(w == b for b in it) for w in small)


#: Gazetteer kinds of a place well known by its own name ("nach Berlin" after "Irving Berlin").
_MAJOR_PLACE_KINDS = frozenset({"country", "region", "city", "iso"})


def _minor_place_surname(doc: TokenView, i: int, surnames: set[str]) -> bool:
    """ "Jens Stoltenberg ... nach Stoltenberg": a one-word place entity that is the
    surname of a full name in the text and only a minor place of the lists (a village
    of the Ding list, no city, region or country), no common noun, is the person."""
    w = doc.words[i]
    if w not in surnames or not lex.is_place(w) or lex.is_common_noun(w):
        return False
    if (i > 0 and doc.other_entity[i - 1]) or (i + 1 < doc.n and doc.other_entity[i + 1]):
        return False
    entry = load_gazetteer().get((w,))
    return entry is None or entry.kind not in _MAJOR_PLACE_KINDS


def add_aliases(doc: TokenView, found: People) -> None:
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
        if part[:1].islower() and "-" in part:  # "al-Harbi" as "Al-Harbi" at a sentence start
            lookup.setdefault(part[:1].upper() + part[1:], part)
    surnames = {
        doc.words[m.stop - 1] for c in found.clusters for m in c.mentions if m.stop - m.first > 1
    }
    for i, w in enumerate(doc.words):
        if taken[i] or doc.blocked[i] or doc.no_person[i] or w not in lookup:
            continue
        if (
            doc.other_entity[i]
            and not nm.is_name_core(w)
            and not _minor_place_surname(doc, i, surnames)
        ):
            continue
        if doc.other_entity[i] and _in_firm_name(doc, i):
            continue  # "Brockhagen Küchenwerke GmbH": the family's firm, not a mention
        if _firm_after_company_role(doc, i, lookup):
            continue  # "der Großaktionär Hoshino Steel": the family's firm, not a mention
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
        people = found.referents(part, i, doc.word(i + 1))
        if len(people) != 1:
            continue  # nobody, or either of two or more
        target = people.pop()
        found.add(target, Mention(i, i + 1, (part,), genitive, "alias"))
        taken[i] = True
    for c in found.clusters:
        c.mentions.sort(key=lambda m: m.first)


def _firm_after_company_role(doc: TokenView, i: int, lookup: dict[str, str]) -> bool:
    """Does token ``i`` follow a role noun that often names a firm ("Großaktionär",
    "Investor", "Betreiber") and stand before a capitalised word that is no part of a
    known name ("der Großaktionär [Hoshino] Steel")? Then it begins the firm's name."""
    if i < 1 or not doc.same_sentence(i - 1, i + 1):
        return False
    before, after = doc.words[i - 1], doc.word(i + 1)
    role = analyze_role(before) if before[:1].isupper() else None
    return (
        role is not None
        and is_company_role(role)
        and after[:1].isupper()
        and after.isalpha()
        and after not in lookup
    )


def _in_firm_name(doc: TokenView, i: int) -> bool:
    """Is token ``i`` inside a run of organisation-entity tokens (in one sentence) that
    holds a word of a firm's or a body's name ("GmbH", "AG", "Stiftung")?"""
    lo = i
    while lo > 0 and doc.other_entity[lo - 1] and doc.same_sentence(lo - 1, i):
        lo -= 1
    hi = i + 1
    while hi < doc.n and doc.other_entity[hi] and doc.same_sentence(i, hi):
        hi += 1
    return any(nm.is_organisation_word(doc.words[k]) for k in range(lo, hi) if k != i)


def fullest(c: Cluster) -> Mention:
    """The mention with the most name words (the first of them; aliases last)."""
    return max(
        c.mentions,
        key=lambda m: (
            len([p for p in m.parts if p not in lex.PARTICLES]),
            m.source != "alias",
            -m.first,
        ),
    )
