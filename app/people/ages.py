"""Ages stated in the sentence rather than next to the name.

"im Alter von 95 Jahren", "ist 42 Jahre alt", "ihren 100. Geburtstag" (a person of the
same sentence), "der 61-Jährige" (the subject of a recent sentence, gender from the
article), "die 34 Jahre alte Lehrerin Maria Schulz" (the name that follows).
"""

from __future__ import annotations

import bisect
import re

from app.people import lexicon as lex
from app.people.cluster import Cluster
from app.people.phrases import role_at
from app.people.roles import adjective_stem, analyze_role, qualifier_stem
from app.people.scan import finditer
from app.people.tags import read_age
from app.people.view import TokenView

AGE_STATEMENTS = (
    re.compile(r"\b[Ii]m Alter von (?P<age>\d{1,3}) Jahren\b"),
    re.compile(
        r"\b(?:ist|war|wird|wurde|sei|wäre|werde)\s+(?:\w+\s+){0,2}(?P<age>\d{1,3})\s+Jahre\s+alt\b"
    ),
    re.compile(r"\b(?P<poss>[Ss]einen|[Ii]hren)\s+(?P<age>\d{1,3})\.\s+Geburtstag\b"),
)
#: "der 61-Jährige", "die 48-Jährige": a noun that refers back to the person just mentioned.
AGE_BACKREF = re.compile(
    r"\b([Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es)\s+(?:(?:erst|gerade|inzwischen|mittlerweile|heute|"
    r"damals|nun|jetzt|knapp|fast|bald)\s+)?(\d{1,3})-Jährige(n|r)?\b"
)
#: "die 34 Jahre alte Lehrerin Maria Schulz", "der 34-jährige Max Müller": age before a name.
AGE_ATTRIBUTE = re.compile(r"\b(\d{1,3})(?:-jährige|\s+Jahre\s+alte)[nrms]?\s+")


def _mentions_in_order(clusters: list[Cluster]) -> list[tuple[int, int, int]]:
    """(char start, token index, cluster) of every mention, sorted."""
    out = []
    for idx, c in enumerate(clusters):
        for m in c.mentions:
            out.append((m.first, m.stop, idx))
    out.sort()
    return out


def _is_subject_like(doc: TokenView, first: int) -> bool:
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


def sentence_ages(doc: TokenView, clusters: list[Cluster]) -> None:
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
    for pattern in AGE_STATEMENTS:
        for match in finditer(pattern, text):
            age = read_age(match.group("age"))
            tok = tok_at(match.start())
            if age is None or doc.blocked[tok]:
                continue
            possessive = (match.groupdict().get("poss") or "").lower()
            gender = "m" if possessive == "seinen" else "f" if possessive == "ihren" else None
            idx = same_sentence_person(tok, gender)
            if idx is not None:
                clusters[idx].ages.append((1, match.start(), age))
    # "der 61-Jährige": the person just mentioned
    for match in finditer(AGE_BACKREF, text):
        age = read_age(match.group(2))
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
    for match in finditer(AGE_ATTRIBUTE, text):
        age = read_age(match.group(1))
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
            if w in lex.TITLES or role_at(doc, tok) is not None or qualifier_stem(w):
                tok += 1
                steps += 1
                continue
            break
