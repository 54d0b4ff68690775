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

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.core.results import Person
from app.lexicon import words as lex
from app.lexicon.roles import analyze_role
from app.people.ages import sentence_ages
from app.people.anaphora import (
    age_subject_predicates,
    anaphoric_roles,
    backref_appositions,
    closing_appositions,
    identified_newcomers,
    index_mentions,
    inverted_pronoun_predicates,
    newcomer_roles,
    pair_predicates,
    pronoun_antecedent,
    pronoun_predicates,
)
from app.people.attributes import read_attributes
from app.people.candidates import find_candidates, relabel
from app.people.cluster import Cluster, add_aliases, cluster_mentions, fullest
from app.people.credits import credit_people
from app.people.view import TokenView

if TYPE_CHECKING:
    from app.core.results import Entity, Sentence
    from app.core.tokens import Token


def warm_up() -> None:
    """Load the name and role lexicons now rather than during the first article."""
    lex.warm_up()
    analyze_role("Präsident")


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
    doc = TokenView(text, tokens, entities)
    credits = credit_people(text, doc)
    spans = relabel(doc, entities)
    doc.set_entities(spans)
    found = cluster_mentions(doc, find_candidates(doc, spans))
    add_aliases(doc, found)
    clusters = [c for c in found.clusters if c.mentions]
    for c in clusters:
        sentence_initial_particles(doc, c)
    owner: dict[int, int] = {}
    for idx, c in enumerate(clusters):
        for m in c.mentions:
            m.person = idx
            for k in range(m.first, m.stop):
                owner[k] = idx
    for c in clusters:
        c.firsts = sorted(m.first for m in c.mentions)
        read_attributes(doc, c)
    for c in clusters:
        if c.gender is None:  # no "-in" role, no "Frau": ask the first name
            c.gender = lex.given_name_gender(doc.words[fullest(c).first])
    sentence_ages(doc, clusters)
    age_subject_predicates(doc, clusters)
    mentions = index_mentions(doc, clusters)  # by sentence, once: the mentions stay as they are
    anaphoric_roles(doc, clusters, mentions)
    pronoun_predicates(doc, clusters, mentions)
    inverted_pronoun_predicates(doc, clusters, mentions)
    pair_predicates(doc, clusters, mentions)
    identified_newcomers(doc, clusters)
    newcomer_roles(doc, clusters, mentions)
    backref_appositions(doc, clusters)
    closing_appositions(doc, clusters, mentions)
    names = [_display_name(doc, c) for c in clusters]
    people = [_person(doc, clusters, idx, owner, names) for idx in range(len(clusters))]
    people.sort(key=lambda p: p.mentions[0][0])
    credit_spans: dict[str, list[tuple[int, int]]] = {}
    for name, start, end in credits:
        credit_spans.setdefault(name, []).append((start, end))
    for name, offsets in credit_spans.items():
        people.append(Person(name, (), None, None, True, tuple(offsets)))
    return tuple(people)


def sentence_initial_particles(doc: TokenView, c: Cluster) -> None:
    """ "Anna von Thurnegg siegte. ... Von Thurnegg feierte ...": a particle capitalised
    because it opens the sentence belongs to the surname when another mention of the same
    person writes the particle before that surname; a byline "Von Kerstin Albers" (the
    preposition before a first name) is no such mention."""
    written: set[tuple[str, str]] = set()
    for m in c.mentions:
        for k in range(m.first + 1, m.stop):
            if doc.words[k - 1] in lex.LEADING_PARTICLES:
                written.add((doc.words[k - 1], doc.words[k]))
    for m in c.mentions:
        k = m.first
        if k < 1 or doc.sentence_start(k) != k - 1:
            continue
        capital = doc.words[k - 1]
        if capital[:1].isupper() and (capital.lower(), doc.words[k]) in written:
            m.first = k - 1


#: "die Hundertjährige", "der Achtzigjährige": an age, never a role shown (the lexicon keeps
#: such nouns as person nouns, so that "ein Vierjähriger" is somebody without a name).
_AGE_NOUN = re.compile(r"jährige[rn]?$", re.IGNORECASE)


def _firm_role(role: str) -> bool:
    """Does the first word of ``role`` end in a head that names a firm, never a person
    ("Der Küchenhersteller Ferdinand A baut Stellen ab", "Beim Backwarenhersteller A":
    the firm bears the founder's name)? Such a role is not shown."""
    noun = role.split()[0].lower() if role else ""
    return noun.endswith(lex.FIRM_ONLY_HEADS)


def _display_name(doc: TokenView, c: Cluster) -> str:
    full = fullest(c)
    name = doc.span_text(full.first, full.stop)
    if full.genitive:
        last = doc.words[full.stop - 1]
        if name.endswith(last) and last != full.parts[-1]:
            name = name[: len(name) - len(last)] + full.parts[-1]
    return name


def _person(
    doc: TokenView, clusters: list[Cluster], idx: int, owner: dict[int, int], names: list[str]
) -> Person:
    c = clusters[idx]
    mentions = tuple(sorted({(doc.starts[m.first], doc.ends[m.stop - 1]) for m in c.mentions}))
    relations: list[tuple[str, str]] = []
    for role, rel, position in c.relations:
        if isinstance(rel, int):
            target = owner.get(rel)
        else:
            target = pronoun_antecedent(doc, clusters, idx, rel, position)
        if target is not None and target != idx:
            relations.append((role, names[target]))
    return Person(
        name=names[idx],
        roles=tuple(r for r in c.roles if not _AGE_NOUN.search(r) and not _firm_role(r)),
        age=min(c.ages)[2] if c.ages else None,
        party=c.party or c.role_party,
        credit=False,
        mentions=mentions,
        relations=tuple(dict.fromkeys(relations)),
    )
