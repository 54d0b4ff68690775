"""Places and organisations of an analysed text, each once with all its mentions.

:func:`places_and_organisations` groups the LOC and ORG entities of the analysis:

- inflected forms are one name: "Russlands" and "Russland", "der Deutschen Bahn" and
  "die Deutsche Bahn", "des Bundestages" and "der Bundestag" (see :mod:`.forms`), "den
  Berliner Philharmonikern" and "die Berliner Philharmoniker" (a dative plural);
- a shorter form that is the head of a longer name the text uses ("die Bahn" when
  the text also says "Deutsche Bahn", "die Zentralbank" for "Europäische
  Zentralbank") counts as a mention of the longer name, also where the tagger did
  not mark it as an entity, as long as a definite article stands before it; not a
  head that is a place of its own ("Schweiz" is no "Sächsische Schweiz");
- an acronym the text introduces in brackets ("Internationale Währungsfonds (IWF)",
  or "IWF (Internationaler Währungsfonds)") is the same organisation, wherever it
  stands;
- mentions in photo credits ("Foto: STR/AFP") are left out;
- a name tagged as a place in one sentence and as an organisation in another goes
  to the label it has most often.

Records are sorted by mention count, then by first mention. This module must not
import Qt or spaCy.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.core.results import Entity, NamedEntity
from app.core.tokens import Token, TokenTable
from app.entities.forms import (
    GENITIVE_WORDS,
    NOMINATIVE_ARTICLES,
    OBLIQUE_WORDS,
    adjective_stem,
    gender_after,
    key_of,
    strip_genitive,
    strong_form,
    words,
)
from app.entities.lexicon import is_place

__all__ = ["places_and_organisations"]

_CREDIT = re.compile(r"\b(?:Fotos?|Bilder?|Grafik|Video|Illustration)\s*:\s*[^.!?:\n]*$")
_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9&-]{1,7}$")
_DEFINITE = words(
    "der die das des dem den Der Die Das Des Dem Den im am vom zum zur beim Im Am Vom Zum Zur Beim"
)
_LABELS = ("LOC", "ORG")


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    label: str
    words: list[str]
    first: int  # first token, or -1
    stop: int
    bare: bool  # no article or preposition before it: written in its strong form
    key: tuple[str, ...] = ()
    form: str = ""


@dataclass(slots=True)
class _Group:
    key: tuple[str, ...]
    mentions: list[_Mention] = field(default_factory=list)
    acronym: str | None = None


def places_and_organisations(
    text: str, tokens: Sequence[Token], entities: Sequence[Entity]
) -> tuple[tuple[NamedEntity, ...], tuple[NamedEntity, ...]]:
    """(places, organisations) of ``text``: LOC and ORG entities grouped by name."""
    table = TokenTable.of(tokens)
    mentions = _mentions(text, table, entities)
    if not mentions:
        return (), ()
    groups: dict[tuple[str, ...], _Group] = {}
    for m in mentions:
        groups.setdefault(m.key, _Group(m.key)).mentions.append(m)
    _merge_genitives(groups)
    _merge_acronyms(table, groups)
    _merge_heads(groups)
    _add_head_mentions(table, groups)
    records = [_record(g, table) for g in groups.values() if g.mentions]
    records.sort(key=lambda r: (-r.count, r.mentions[0]))
    places = tuple(r for r in records if r.label == "LOC")
    organisations = tuple(r for r in records if r.label == "ORG")
    return places, organisations


def _mentions(text: str, table: TokenTable, entities: Sequence[Entity]) -> list[_Mention]:
    out: list[_Mention] = []
    starts = table.starts
    for ent in entities:
        if ent.label not in _LABELS or _in_credit(text, ent.start):
            continue
        first = bisect.bisect_left(starts, ent.start)
        stop = bisect.bisect_left(starts, ent.end)
        if first < stop:
            written = list(table.texts[first:stop])
        else:
            first = stop = -1
            written = ent.text.split()
        if not written:
            continue
        if written[-1].endswith("-") and first >= 0:
            written = _complete_truncation(table, written, stop)
        prev = table.texts[first - 1] if first > 0 else ""
        bare = prev not in OBLIQUE_WORDS and prev not in NOMINATIVE_ARTICLES
        m = _Mention(ent.start, ent.end, ent.label, written, first, stop, bare)
        m.form = " ".join(written)
        if first >= 0 and len(written) > 1 and _dative_plural_n(table, stop - 1):
            m.words = written = [*written[:-1], written[-1][:-1]]  # "Philharmonikern"
        m.key = key_of(written)
        if prev in GENITIVE_WORDS:
            _strip_last_genitive(m, table)
        out.append(m)
    return out


def _dative_plural_n(table: TokenTable, k: int) -> bool:
    """ "den Berliner Philharmonikern": a dative plural in "-ern"/"-eln" (the tagger's
    morphology) whose nominative lacks the "-n" ("Philharmoniker")."""
    text = table.texts[k]
    morph = table.morphs[k]
    return (
        text.endswith(("ern", "eln"))
        and len(text) > 5
        and "Case=Dat" in morph
        and "Number=Plur" in morph
        and not is_place(text)  # "mit den Münchner Bayern" stays
    )


def _complete_truncation(table: TokenTable, words: list[str], stop: int) -> list[str]:
    """ "Nord- und Südkorea": "Nord-" is "Nordkorea" when that is a known place."""
    texts = table.texts
    if stop + 1 >= len(texts) or texts[stop] not in ("und", "oder", "bis"):
        return words
    following = texts[stop + 1]
    prefix = words[-1][:-1]
    for k in range(2, len(following) - 2):
        candidate = prefix + following[k:]
        if is_place(candidate):
            return [*words[:-1], candidate]
    return words


#: How far before a name a credit word may stand ("Fotos: A/dpa, B/Reuters, C/AFP").
_CREDIT_REACH = 400


def _in_credit(text: str, start: int) -> bool:
    """Whether the name at ``start`` stands in a photo credit of its line. Only the last
    :data:`_CREDIT_REACH` characters are read: a text without line breaks would else be read
    from its start for every name."""
    line_start = max(
        text.rfind("\n", max(0, start - _CREDIT_REACH), start) + 1, start - _CREDIT_REACH
    )
    return _CREDIT.search(text, max(line_start, 0), start) is not None


def _strip_last_genitive(m: _Mention, table: TokenTable) -> None:
    """ "des Bundestages" -> "Bundestag" when the lemma agrees."""
    last = m.words[-1]
    base = strip_genitive(last)
    lemma = table.lemmas[m.stop - 1] if m.stop > 0 else last
    if base != last and lemma == base:
        m.words = [*m.words[:-1], base]
        m.key = key_of(m.words)


def _merge_genitives(groups: dict[tuple[str, ...], _Group]) -> None:
    """ "Russlands" joins "Russland" (when the text has it or it is a known place)."""
    for key in list(groups):
        if len(key) != 1 or key not in groups:
            continue
        group = groups[key]
        word = group.mentions[0].words[-1]
        base = strip_genitive(word)
        if base == word:
            continue
        base_key = (base.lower(),)
        known = any(m.label == "LOC" for m in group.mentions) and is_place(base)
        if base_key not in groups and not known:
            continue
        for m in group.mentions:
            m.words = [base]
        if base_key in groups:
            _move(groups, key, base_key)
        else:
            groups[base_key] = _Group(base_key, group.mentions, group.acronym)
            del groups[key]


def _move(
    groups: dict[tuple[str, ...], _Group], source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    if source == target or source not in groups or target not in groups:
        return
    group = groups.pop(source)
    into = groups[target]
    into.mentions.extend(group.mentions)
    into.acronym = into.acronym or group.acronym


def _merge_acronyms(table: TokenTable, groups: dict[tuple[str, ...], _Group]) -> None:
    """ "Internationale Währungsfonds (IWF)": IWF is the same organisation."""
    texts = table.texts
    pairs: list[tuple[tuple[str, ...], str]] = []
    for key, group in groups.items():
        for m in group.mentions:
            stop = m.stop
            if stop < 0 or stop + 2 >= len(texts) or texts[stop] != "(" or texts[stop + 2] != ")":
                continue
            inner = texts[stop + 1]
            if len(m.words) > 1 and _is_acronym_of(inner, m.words):
                pairs.append((key, inner))
            elif len(m.words) == 1 and _is_acronym_of(m.words[0], inner.split()):
                pairs.append((key, m.words[0]))
    where = _positions(table, {acronym for _, acronym in pairs})
    for long_key, acronym in pairs:
        acronym_key = (acronym.lower(),)
        if long_key not in groups:
            continue
        groups[long_key].acronym = acronym
        if acronym_key != long_key:
            _move(groups, acronym_key, long_key)
        _add_token_mentions(table, groups[long_key], acronym, where.get(acronym, []))


def _positions(table: TokenTable, words: set[str]) -> dict[str, list[int]]:
    """Token indices of each of ``words``, in one pass over the text."""
    out: dict[str, list[int]] = {}
    if words:
        for k, token in enumerate(table.texts):
            if token in words:
                out.setdefault(token, []).append(k)
    return out


def _is_acronym_of(acronym: str, words: list[str]) -> bool:
    if not _ACRONYM.match(acronym) or sum(ch.isupper() for ch in acronym) < 2:
        return False
    if len(words) == 1 and " " not in words[0]:
        return False
    return acronym[0].lower() == words[0][:1].lower()


def _add_token_mentions(table: TokenTable, group: _Group, word: str, where: list[int]) -> None:
    """Every token ``word`` (at ``where``, not yet a mention) becomes a mention of ``group``."""
    taken = {(m.start, m.end) for m in group.mentions}
    label = Counter(m.label for m in group.mentions).most_common(1)[0][0]
    for k in where:
        if (table.starts[k], table.ends[k]) not in taken:
            m = _Mention(table.starts[k], table.ends[k], label, [word], k, k + 1, True)
            m.key, m.form = group.key, word
            group.mentions.append(m)


def _merge_heads(groups: dict[tuple[str, ...], _Group]) -> None:
    """ "Bahn" joins "Deutsche Bahn": a short key that is the head of exactly one
    longer key whose other words are adjectives."""
    by_tail: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for other in groups:
        if len(other) > 1 and _adjectives(groups[other]):
            for n in range(1, len(other)):
                by_tail.setdefault(other[-n:], []).append(other)
    for key in sorted(groups, key=len):
        longer = by_tail.get(key, [])
        if len(key) == 1 and _is_place_word(groups[key]):
            continue  # "Schweiz" is Switzerland, not the "Sächsische Schweiz"
        if len(longer) == 1 and longer[0] in groups:
            if _label(groups[key]) == "LOC" and _label(groups[longer[0]]) == "ORG":
                continue  # a place in an organisation's name: "Stadtwerke Haldenbrück"
            _move(groups, key, longer[0])


def _is_place_word(group: _Group) -> bool:
    """A group named by one word that is a place of its own ("Schweiz", "Alpen")."""
    return any(len(m.words) == 1 and is_place(m.words[0]) for m in group.mentions)


def _label(group: _Group) -> str:
    return Counter(m.label for m in group.mentions).most_common(1)[0][0]


def _adjectives(group: _Group) -> bool:
    """True when all words but the last of the group's name are adjectives."""
    words = group.mentions[0].words
    return all(adjective_stem(w) is not None and w[:1].isupper() for w in words[:-1])


def _add_head_mentions(table: TokenTable, groups: dict[tuple[str, ...], _Group]) -> None:
    """ "die Bahn" in a text about the "Deutsche Bahn": the head noun after a definite
    article, where no entity stands, is a mention of the longer name."""
    taken: set[int] = set()
    for group in groups.values():
        for m in group.mentions:
            taken.update(range(max(m.first, 0), max(m.stop, 0)))
    texts = table.texts
    named = [
        g
        for g in groups.values()
        if len(g.mentions[0].words) > 1 and _adjectives(g) and not is_place(g.mentions[0].words[-1])
    ]  # "die Schweiz" is no mention of the "Sächsische Schweiz"
    where = _positions(table, {g.mentions[0].words[-1] for g in named})
    for group in named:
        head = group.mentions[0].words[-1]
        first_mention = min(m.start for m in group.mentions)
        for k in where.get(head, []):
            if k < 1 or k in taken or table.starts[k] < first_mention:
                continue
            if texts[k - 1] not in _DEFINITE:
                continue
            m = _Mention(
                table.starts[k], table.ends[k], group.mentions[0].label, [head], k, k + 1, True
            )
            m.key, m.form = group.key, head
            group.mentions.append(m)
            taken.add(k)


def _record(group: _Group, table: TokenTable) -> NamedEntity:
    mentions = sorted(group.mentions, key=lambda m: m.start)
    label = _label(group)
    forms = Counter(m.form for m in mentions)
    longest = max(len(m.words) for m in mentions)
    full = [m for m in mentions if len(m.words) == longest]
    bare = Counter(" ".join(m.words) for m in full if m.bare)
    if bare:
        name = bare.most_common(1)[0][0]
    else:
        genders = Counter(
            g
            for m in full
            if m.first > 0
            for g in [gender_after(table.texts[m.first - 1], m.words, _tagged(table, m))]
            if g is not None
        )
        gender = genders.most_common(1)[0][0] if genders else None
        name = strong_form(full[0].words, gender)
    spans = tuple(dict.fromkeys((m.start, m.end) for m in mentions))
    return NamedEntity(name, label, spans, tuple(f for f, _ in forms.most_common()))


def _tagged(table: TokenTable, m: _Mention) -> str | None:
    morph = table.morphs[m.stop - 1] if m.stop > 0 else ""
    return "n" if "Gender=Neut" in morph else "m" if "Gender=Masc" in morph else None
