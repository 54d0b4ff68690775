"""Who an attribution phrase names: a person of the People list, an organisation, or a
description the text gives.

- A name inside the phrase is the person it belongs to ("Korea-Experte Frederic
  Spohr"), unless it stands in a genitive or "von" complement ("ein Sprecher von
  Kanzler Scholz" is a description) or is itself a genitive before the head
  ("Putins Sprecher Dmitri Peskow" is Peskow).
- "er"/"sie" is the nearest person mentioned before (at most 25 sentences back) whose
  gender agrees (gender from the person's roles, first name or a "Frau"/"Herr" before a
  mention); names inside the quote itself do not count.
- "der Verteidigungsminister" is the nearest person before with that role; failing
  that, with a definite article, the nearest person of the role's gender mentioned in
  the last few sentences. "Der 61-Jährige" is the person aged 61.
- An organisation entity at the head ("teilte das Innenministerium mit") or a quoted
  media name ("das Format „NBC News“") is an organisation.
- Anything else is a description, put in the nominative ("nach Angaben des
  südkoreanischen Geheimdienstes" -> "der südkoreanische Geheimdienst").

No spaCy, no Qt.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.results import NamedEntity, Person
from app.entities.forms import is_neuter
from app.entities.lexicon import given_name_gender, role_base, role_gender
from app.quotes.phrases import Phrase, clause_subject, owner
from app.quotes.text import QuoteText

_AGE = re.compile(r"^(\d{1,3})-[Jj]ährige[nr]?$")
_DEFINITE = frozenset({"der", "die", "das", "dieser", "diese", "den", "dem", "des"})
_RECENT_UNITS = 3
#: How far back (in sentences) a pronoun or role looks for its person at most.
_FARTHEST_UNITS = 25


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    kind: str  # "person", "organisation" or "description"
    mention: tuple[int, int] | None


class SpeakerResolver:
    """Resolves attribution phrases of one text against its people and organisations."""

    def __init__(
        self, qt: QuoteText, people: Sequence[Person], organisations: Sequence[NamedEntity]
    ) -> None:
        self.qt = qt
        self.people = [p for p in people if not p.credit]
        self.mentions = sorted(
            (start, end, k) for k, p in enumerate(self.people) for start, end in p.mentions
        )
        self.mention_starts = [m[0] for m in self.mentions]
        self.person_starts: list[list[int]] = [[] for _ in self.people]
        for start, _, k in self.mentions:
            self.person_starts[k].append(start)
        self.genders = [self._gender(p) for p in self.people]
        self.orgs = sorted((s, e, o.name) for o in organisations for s, e in o.mentions)

    # ------------------------------------------------------------------ people

    def _gender(self, person: Person) -> str | None:
        for role in person.roles:
            for word in role.split():
                if word[:1].isupper():
                    gender = role_gender(word)
                    if gender is not None:
                        return gender
        for start, _ in person.mentions:
            before = self.qt.text[max(0, start - 6) : start].split()
            if before and before[-1] in ("Frau", "Herr", "Herrn"):
                return "f" if before[-1] == "Frau" else "m"
        return given_name_gender(person.name.split()[0]) if person.name else None

    def _person(self, k: int, mention: tuple[int, int] | None) -> Speaker:
        return Speaker(self.people[k].name, "person", mention)

    def nearest_person(
        self,
        before: int,
        gender: str | None,
        exclude: Sequence[tuple[int, int]] = (),
        within_units: int | None = None,
        accept: set[int] | None = None,
    ) -> int | None:
        """The person mentioned last before character ``before`` (outside ``exclude``)
        whose gender agrees with ``gender`` (unknown genders agree), at most
        ``within_units`` sentences back (25 for a pronoun)."""
        k = bisect.bisect_left(self.mention_starts, before) - 1
        qt = self.qt
        here = qt.unit[min(bisect.bisect_left(qt.starts, before), qt.n - 1)] if qt.n else 0
        if within_units is not None:
            reach = within_units
        else:  # a role or an age names someone for sure, however far back
            reach = _FARTHEST_UNITS if accept is None else qt.n
        while k >= 0:
            start, _, person = self.mentions[k]
            k -= 1
            if any(a <= start < b for a, b in exclude):
                continue
            token = min(bisect.bisect_left(qt.starts, start), qt.n - 1)
            if here - qt.unit[token] > reach:
                return None
            if accept is not None and person not in accept:
                continue
            if gender is None or self.genders[person] in (None, gender):
                return person
        return None

    # --------------------------------------------------------------- resolving

    def resolve(
        self, phrase: Phrase, exclude: Sequence[tuple[int, int]] = (), oblique: bool = False
    ) -> Speaker | None:
        """The speaker a phrase names, or None ("man", "es", "ich"). ``oblique``: the
        phrase stands in the genitive or dative ("laut *dem Ministerium*")."""
        qt = self.qt
        behind = owner(qt, phrase)  # "so die Einschätzung *von Experten*"
        oblique = oblique or behind is not phrase
        phrase = behind
        span = qt.char_span(phrase.first, phrase.stop)
        if phrase.pronoun:
            return self._pronoun(phrase, span, exclude)
        named = self._named_person(phrase)
        if named is not None:
            return named
        org = self._organisation(phrase)
        if org is not None:
            return org
        if phrase.title >= 0:
            q = qt.quotation(phrase.title)
            return Speaker(qt.text[q.start : q.end], "organisation", (q.start, q.end))
        head = qt.words[phrase.head]
        if phrase.article in _DEFINITE and phrase.genitive is None and not is_plural(qt, phrase):
            found = self._anaphoric(head, phrase.article, span[0], exclude)
            if found is not None:
                return self._person(found, span)
        return Speaker(description(qt, phrase, oblique), "description", span)

    def _pronoun(
        self, phrase: Phrase, span: tuple[int, int], exclude: Sequence[tuple[int, int]]
    ) -> Speaker | None:
        low = self.qt.words[phrase.first].lower()
        if low in ("er", "ihm", "dieser", "jener", "letzterer"):
            gender = "m"
        elif low in ("sie", "diese", "jene", "letztere"):
            if self.qt.plural(phrase.first) and low == "sie":
                return None  # "sagten sie": a group
            gender = "f"
        else:
            return None
        found = self.nearest_person(span[0], gender, exclude)
        role = self._recent_role_subject(span[0], gender)
        if role is not None:
            role_start, role_speaker = role
            mention = self._last_mention_start(found, span[0], exclude)
            if found is None or mention < role_start:
                return role_speaker
        return self._person(found, span) if found is not None else None

    def _last_mention_start(
        self, person: int | None, before: int, exclude: Sequence[tuple[int, int]]
    ) -> int:
        if person is None:
            return -1
        starts = self.person_starts[person]
        k = bisect.bisect_left(starts, before) - 1
        while k >= 0 and any(a <= starts[k] < b for a, b in exclude):
            k -= 1
        return starts[k] if k >= 0 else -1

    def _recent_role_subject(self, before: int, gender: str) -> tuple[int, Speaker] | None:
        """ "Der Bürgermeister zeigte sich zufrieden. „…“, sagte er.": an unnamed person
        the sentence before (or this one) is about, when no one named has that role."""
        qt = self.qt
        here = qt.unit[min(bisect.bisect_left(qt.starts, before), qt.n - 1)]
        for unit in range(here, max(-1, here - 2), -1):
            lo, hi = qt.units[unit]
            verb = next(
                (
                    k
                    for k in range(lo, hi)
                    if qt.outside(k) and qt.is_finite(k) and qt.starts[k] < before
                ),
                -1,
            )
            if verb < 0:
                continue
            phrase = clause_subject(qt, verb, lo, hi)
            if phrase is None or phrase.pronoun or phrase.article not in _DEFINITE:
                continue
            if self._named_person(phrase) is not None:
                return None
            head = qt.words[phrase.head]
            if is_plural(qt, phrase) or role_gender(head, phrase.article) != gender:
                continue
            if self._anaphoric(head, phrase.article, before, (), strict=True) is not None:
                return None
            span = qt.char_span(phrase.first, phrase.stop)
            return span[0], Speaker(description(qt, phrase), "description", span)
        return None

    def _named_person(self, phrase: Phrase) -> Speaker | None:
        qt = self.qt
        start, end = qt.char_span(phrase.first, phrase.stop)
        k = bisect.bisect_left(self.mention_starts, start)
        best: tuple[int, int, int] | None = None
        while k < len(self.mentions) and self.mentions[k][0] < end:
            m_start, m_end, person = self.mentions[k]
            k += 1
            token = bisect.bisect_left(qt.starts, m_start)
            if phrase.genitive is not None and phrase.genitive[0] <= token < phrase.genitive[1]:
                continue
            last = bisect.bisect_left(qt.starts, m_end) - 1
            nxt = last + 1
            if nxt < phrase.stop and qt.tags[nxt] == "NOUN" and qt.words[nxt][:1].isupper():
                continue  # "Putins Sprecher …": a genitive before the head
            if best is None:
                best = (m_start, m_end, person)
        if best is None:
            return None
        return self._person(best[2], (best[0], best[1]))

    def _organisation(self, phrase: Phrase) -> Speaker | None:
        qt = self.qt
        stop = phrase.genitive[0] if phrase.genitive is not None else phrase.stop
        start, end = qt.char_span(phrase.first, stop)
        for o_start, o_end, name in self.orgs:
            if o_start < end and o_end > start:
                return Speaker(name, "organisation", (o_start, o_end))
        return None

    def organisation_at(self, start: int, end: int) -> Speaker | None:
        """An organisation mentioned between characters ``start`` and ``end``."""
        for o_start, o_end, name in self.orgs:
            if o_start < end and o_end > start:
                return Speaker(name, "organisation", (o_start, o_end))
        return None

    def _anaphoric(
        self,
        head: str,
        article: str | None,
        before: int,
        exclude: Sequence[tuple[int, int]],
        strict: bool = False,
    ) -> int | None:
        """ "der Verteidigungsminister", "die 34-Jährige": a person named earlier."""
        age = _AGE.match(head)
        if age is not None:
            years = int(age.group(1))
            aged = {k for k, p in enumerate(self.people) if p.age == years}
            gender = {"der": "m", "die": "f"}.get(article or "")
            if aged:
                return self.nearest_person(before, None, exclude, accept=aged)
            return self.nearest_person(before, gender, exclude, within_units=_RECENT_UNITS)
        base = role_base(head, article)
        if base is None:
            return None
        low = base.lower()
        with_role = {
            k
            for k, p in enumerate(self.people)
            if any(low in r.lower() or (len(r) >= 5 and r.lower() in low) for r in p.roles)
        }
        if with_role:
            found = self.nearest_person(before, None, exclude, accept=with_role)
            if found is not None:
                return found
        gender = role_gender(head, article)
        if gender is None or strict:
            return None
        return self.nearest_person(before, gender, exclude, within_units=_RECENT_UNITS)


def is_plural(qt: QuoteText, phrase: Phrase) -> bool:
    """Does a phrase name several people? "die Demonstranten", "die Forscherinnen" (a
    masculine or "-innen" noun after "die"); "die Abgeordnete" is one woman. The
    article decides where it can, the tagger's number (often wrong) where it cannot."""
    head = qt.words[phrase.head]
    if phrase.article in ("die", "diese", "jene"):
        if head.endswith("innen"):
            return True
        gender = role_gender(head, phrase.article)
        if gender is not None:
            return gender == "m"
    if phrase.article in ("der", "dieser", "jener", "ein", "eine", "sein", "seine", "ihr", "ihre"):
        return False
    return qt.plural(phrase.head)


# ------------------------------------------------------------------ descriptions

_NOMINATIVE_ARTICLE = {
    "des": "der",
    "dem": "der",
    "eines": "ein",
    "einem": "ein",
    "einer": "eine",
    "den": "die",
    "seines": "sein",
    "seinem": "sein",
    "ihres": "ihr",
    "ihrem": "ihr",
}


def description(qt: QuoteText, phrase: Phrase, oblique: bool = False) -> str:
    """The phrase as a description, article in lower case; put in the nominative when
    it stands in the genitive or dative (``oblique``)."""
    first, stop = phrase.first, phrase.stop
    words = [qt.words[k] for k in range(first, stop)]
    head_k = phrase.head - first
    article = phrase.article
    if oblique and article in ("der", "ihrer", "seiner"):
        # feminine or plural; "der" of a masculine noun is a nominative
        oblique = qt.gender(phrase.head) != "m" or qt.plural(phrase.head)
    oblique = oblique and (article in _NOMINATIVE_ARTICLE or article in ("der", "ihrer", "seiner"))
    if oblique and 0 <= head_k < len(words):
        plural = qt.plural(phrase.head)
        neuter = is_neuter(words[head_k], qt.gender(phrase.head))
        words[0] = _nominative_article(article or "", plural, neuter)
        indefinite = (article or "").startswith(("ein", "sein", "ihr"))
        for k in range(1, head_k):
            words[k] = _nominative_adjective(words[k], plural, indefinite, qt.gender(phrase.head))
        lemma = qt.lemmas[phrase.head]
        head = words[head_k]
        if not plural and lemma != head and head.startswith(lemma) and lemma[:1].isupper():
            words[head_k] = lemma
    elif words and article is not None:
        words[0] = words[0].lower()
    return _join(qt, first, stop, words)


def _nominative_article(article: str, plural: bool, neuter: bool) -> str:
    if plural:
        return "die"
    if article in ("der", "ihrer", "seiner"):  # feminine genitive or dative
        return {"der": "die", "ihrer": "ihre", "seiner": "seine"}[article]
    base = _NOMINATIVE_ARTICLE.get(article, article)
    return "das" if base == "der" and neuter else base


def _nominative_adjective(word: str, plural: bool, indefinite: bool, gender: str | None) -> str:
    if not word[:1].islower() or not word.endswith("en") or len(word) < 5:
        return word
    stem = word[:-2]
    if plural:
        return word if not indefinite else stem + "e"
    if indefinite:
        return stem + {"m": "er", "n": "es"}.get(gender or "", "e")
    return stem + "e"


def _join(qt: QuoteText, first: int, stop: int, words: list[str]) -> str:
    """Words of tokens ``first``..``stop`` with the text's own spacing."""
    out = []
    for k, word in enumerate(words):
        if k > 0 and qt.starts[first + k] > qt.ends[first + k - 1]:
            out.append(" ")
        out.append(word)
    return "".join(out)
