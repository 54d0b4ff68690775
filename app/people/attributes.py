"""Roles and parties read from the words around each mention of a person.

A role noun before the name ("Kreml-Despot Wladimir Putin"), an apposition after it
("Frederic Spohr, Direktor der ...,"), a role phrase before a comma ("Die Vorsitzende
der Grünen-Fraktion, Katharina Dröge,"), predicates ("Mark Rutte ist inzwischen
Generalsekretär der Nato"), possessives ("Putins Sprecher"), tags ("(SPD, 54)") and
party compounds ("SPD-Chef").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from app.lexicon import words as lex
from app.lexicon.lemmas import cached_lemma
from app.lexicon.numbers import SMALL_COUNTS, TENS
from app.lexicon.roles import (
    RoleNoun,
    adjective_stem,
    analyze_plural_role,
    analyze_role,
    council_member,
    feminine_role,
    inflect_qualifier,
    qualifier_stem,
)
from app.people import names as nm
from app.people.ages import CLAUSE_BREAKS, YEAR, dateline_end, noun_attribute
from app.people.cluster import Cluster
from app.people.phrases import (
    AGE_ADJECTIVE,
    CLOSE_QUOTES,
    DURATION_NOUNS,
    OPEN_QUOTES,
    ORDINAL_NOUN,
    articleless_genitive,
    before_titles,
    complement_end,
    coordinated_noun,
    determiner_before,
    for_no_remit,
    np_start,
    place_adjective,
    qualified,
    quoted_title_end,
    role_at,
    role_phrase,
    roman_ordinal_stop,
)
from app.people.runs import can_start, looks_genitive, unlisted_first_name
from app.people.tags import (
    age_between_commas,
    paren_info,
    read_age,
    shared_party,
    skip_age_apposition,
    skip_tags,
)
from app.people.view import Mention, TokenView


@dataclass(frozen=True, slots=True)
class RoleFind:
    role: str
    gender: str | None
    relation: str | int | None = None  # "m"/"f" pronoun, or token index of a possessor
    party: str | None = None


def _role_before(doc: TokenView, m: Mention) -> RoleFind | None:
    k = before_titles(doc, m.first)
    if k + 1 < m.first and _spouse(doc, k + 1) is not None:
        k += 1  # "seine Frau Linde B": after a possessive "Frau" is the wife, no title
    if k < 0 or not doc.same_sentence(k, m.first):
        return None
    # "Senator Wade T. Ellerbrock": before initials the noun is a first name, no department
    department = _department_after_role(doc, k) and not nm.is_initial(doc.words[m.first])
    if department:
        k -= 1  # "Geschäftsführer Sport Ole B.": the office and its department
    article, det_pos = determiner_before(doc, k)
    role = role_at(doc, k, article) or _spouse(doc, k)  # "seine Frau Linde B": his wife
    if role is None or role.kind == "demonym" or _plural_adjectival(doc, k, article):
        return None
    if doc.word(k - 1) in OPEN_QUOTES and doc.word(m.stop) in CLOSE_QUOTES:
        return None  # "nennen sie nur „Tante Erna“": a nickname, no role
    if _plural_masculine(doc, k, article, role):
        return None  # "die Schauspieler Lavinia Kroos und B": each gets the singular
    if department:
        text = f"{qualified(doc, k, role)} {doc.words[k + 1]}"
        return RoleFind(text, role.gender, None, _role_party(role))
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
    return RoleFind(qualified(doc, k, role), role.gender, relation, _role_party(role))


def _first_conjunct_role(doc: TokenView, m: Mention, before: RoleFind) -> RoleFind | None:
    """ "Gründer und Vorstandschef A", "die Gründerin und Chefin A": two singular role nouns
    joined by "und" before one name both describe it; the first one, in the gender of the
    second. None when a name, a plural determiner or another gender stands there."""
    k = before_titles(doc, m.first)
    h = k - 2
    if h < 0 or doc.word(k - 1) != "und" or not doc.same_sentence(h, m.first):
        return None
    article, _ = determiner_before(doc, h)
    role = role_at(doc, h, article)
    if (
        role is None
        or role.kind not in {"noun", "adj"}
        or (role.gender != before.gender and not _adjectival_conjunct(article, role, before))
        or article in lex.INDEFINITE
        or (article in _PLURAL_DETERMINERS and role.gender == "m")
        or (article is None and nm.is_capitalised_word(doc.word(h - 1)))
    ):
        return None  # "die Trainer und Betreuer A und B", "Kanzler Scholz und Präsident A"
    return RoleFind(qualified(doc, h, role), role.gender, None, _role_party(role))


def _adjectival_conjunct(article: str | None, role: RoleNoun, before: RoleFind) -> bool:
    """ "die Ärztin und Kreistagsabgeordnete A": the second conjunct is an adjectival noun
    whose gender shows only in the shared article, which fits the first noun's gender."""
    return before.gender is None and {"die": "f", "der": "m"}.get(article or "") == role.gender


def _stacked_role(doc: TokenView, m: Mention, before: RoleFind) -> RoleFind | None:
    """ "Feuerwehrchef Oberst A", "der Pariser Polizeipräfekt General B": an office noun
    right before a rank or title noun that stands before the name; both describe the
    person. Only singular nouns of the same gender with no article between them, the first
    opening its phrase (a determiner, an adjective or the sentence start before it)."""
    k = before_titles(doc, m.first)
    h = k - 1
    if h < 0 or not doc.same_sentence(h, m.first) or not doc.words[h][:1].isupper():
        return None
    article, det = determiner_before(doc, h)
    role = role_at(doc, h, article)
    if (
        role is None
        or not _subject_slot(doc, det if article is not None else h)
        or role_at(doc, k) is None  # "Geschäftsführer Sport A": a department, no rank
        or lex.is_given_name(doc.words[k])  # "Kapitän Emir A": a first name, no title
        or len(m.parts) < 2
        or role.kind != "noun"
        or role.gender != before.gender
        or role.base != doc.words[h]  # "Des Präsidenten Sprecher A": a genitive, no office
        or looks_genitive(doc.words[h])
        or article in lex.INDEFINITE
        or article in lex.POSSESSIVE_M
        or article in lex.POSSESSIVE_F
        or (
            article is None
            and h != doc.sentence_start(h)
            and doc.words[h - 1][:1].isupper()
            and not place_adjective(doc.words[h - 1])
        )
        or _plural_masculine(doc, h, article, role)
    ):
        return None
    return RoleFind(qualified(doc, h, role), role.gender, None, _role_party(role))


def _subject_slot(doc: TokenView, start: int) -> bool:
    """Does the phrase opening at ``start`` stand where two role nouns before one name
    can only be one phrase: at the sentence start, after a comma, colon or bracket, a
    preposition, "und" or a speech verb ("sagte der Polizeipräfekt General B")? After
    another verb or adverb the first noun may be the subject and the name its object
    ("Dann lobte der Präsident Trainer A", "dankte die Ministerin Bürgermeisterin B")."""
    opening = doc.sentence_start(start)
    while start > opening and place_adjective(doc.words[start - 1]):
        start -= 1  # "Pariser Polizeipräfekt General B"
    if start <= opening:
        return True
    w = doc.words[start - 1]
    return (
        w in {",", ":", "(", "–", "—"}
        or w in OPEN_QUOTES
        or w.lower() in lex.PREPOSITIONS
        or w.lower() in lex.SUBJECT_LEAD
        or w.lower() in {"und", "sowie", "laut"}
        or w.lower() in lex.SPEECH_VERBS
    )


#: Determiners that make a masculine noun after them a plural: "die Trainer", "beide
#: Angeklagten", "seine Verteidiger", "ihre Amtskollegen" (the singular would be "der",
#: "sein", "ihr").
#: Numbers that count a plural role noun: "Zwei Schüler, der 16-jährige A und sein Freund B".
_COUNT_WORDS = frozenset({"zwei", "drei", "vier", "fünf"})
_PLURAL_DETERMINERS = frozenset({"die", "beide", "beiden", "seine", "ihre"}) | _COUNT_WORDS


def _plural_role_np(doc: TokenView, k: int) -> bool:
    """ "die Rechtsanwälte", "die Trainer": a plural determiner and a plural role noun at
    ``k``."""
    article = doc.word(k).lower()
    if article not in _PLURAL_DETERMINERS or not doc.same_sentence(k, k + 1):
        return False
    plural = analyze_plural_role(doc.word(k + 1))
    if plural is not None:
        return plural.kind != "demonym"
    role = role_at(doc, k + 1, article)
    return role is not None and _plural_masculine(doc, k + 1, article, role)


def _plural_masculine(doc: TokenView, k: int, article: str | None, role: RoleNoun) -> bool:
    """A masculine role noun after "die"/"beiden" is a plural ("die Schauspieler A und
    B"; "die" never goes with a masculine singular): the role of the coordinated names,
    which :func:`_coordinated_role` gives each in its gender."""
    return (
        role.kind == "noun"
        and role.gender == "m"
        and article in _PLURAL_DETERMINERS
        and doc.word(k - 1).lower() == article
    )


def _department_after_role(doc: TokenView, k: int) -> bool:
    """ "Geschäftsführer Sport", "Vorständin Finanzen", "Direktor Kommunikation": in club and
    company titles a bare noun after the role noun names the department. Token ``k`` is
    such a noun (a dictionary noun, no role, place or name) right after a role noun."""
    w = doc.word(k)
    if k < 1 or not doc.same_sentence(k - 1, k) or not w[:1].isupper():
        return False
    before = role_at(doc, k - 1)
    return (
        before is not None
        and before.kind in {"noun", "adj"}
        and analyze_role(w) is None
        and lex.is_common_noun(w)
        and not lex.is_place(w)
        and not lex.is_given_name(w)
        and not lex.is_word_given_name(w)
        and not nm.is_organisation_head(w)
        and cached_lemma(w) in {w, w[:-2], w[:-1]}
    )


_COORDINATORS = frozenset({"und", "sowie", ","})


def _plural_adjectival(doc: TokenView, k: int, article: str | None) -> bool:
    """ "die Abgeordneten", "die Vorsitzenden", "von den Abgeordneten": an adjectival role
    noun in the plural."""
    role = role_at(doc, k, article)
    return (
        role is not None
        and role.kind == "adj"
        and (
            article == "die"
            or _dative_plural_article(doc, k, article)
            or (article == "der" and _names_coordinated_after(doc, k))
        )
        and doc.words[k].endswith("en")
    )


def _names_coordinated_after(doc: TokenView, k: int) -> bool:
    """Does a name after the noun at ``k`` go on with "und", "sowie" or a comma and another
    name? "die Immunität der Abgeordneten A und B": "der ...en" before two names is a
    genitive plural (one woman would be "der Abgeordneten A", one man "des Abgeordneten")."""
    j = k + 1
    while (
        j < doc.n
        and doc.same_sentence(k, j)
        and (doc.words[j] in lex.TITLES or nm.is_initial(doc.words[j]) or _name_particle(doc, j))
    ):
        j += 1
    if not can_start(doc, j, strict=False):
        return False
    stop = j + 1
    while (
        stop < doc.n
        and doc.same_sentence(k, stop)
        and (nm.is_capitalised_word(doc.words[stop]) or _name_particle(doc, stop))
    ):
        stop += 1
    after = skip_tags(doc, stop)
    return (
        doc.word(after) in {"und", "sowie"}
        and doc.same_sentence(k, after + 1)
        and (nm.is_capitalised_word(doc.word(after + 1)) or doc.word(after + 1) in lex.TITLES)
    )


#: Prepositions that take only the dative: "den" after them is a plural ("von den
#: Abgeordneten A und B"), never the accusative singular ("traf den Abgeordneten A").
_DATIVE_PREPOSITIONS = frozenset(
    {"von", "mit", "bei", "zu", "nach", "aus", "seit", "gegenüber", "samt", "nebst", "außer"}
)


def _dative_plural_article(doc: TokenView, k: int, article: str | None) -> bool:
    """Is the determiner of the noun at ``k`` a "den" right after a dative preposition?"""
    if article != "den":
        return False
    _, det = determiner_before(doc, k)
    return doc.word(det - 1).lower() in _DATIVE_PREPOSITIONS and doc.same_sentence(det - 1, k)


def _person_gender(doc: TokenView, m: Mention, known: str | None) -> str | None:
    """The gender of the person of ``m``: by the first name, else ``known``."""
    return lex.given_name_gender(doc.words[m.first]) or known


def for_person(role: RoleNoun, gender: str | None) -> RoleNoun:
    """A masculine role from a plural ("die Ministerpräsidenten A und B") in the feminine
    for a woman ("Ministerpräsidentin"); the masculine plural covers both."""
    if gender != "f" or role.gender == "f":
        return role
    fem = feminine_role(role.base)
    return role if fem is None else RoleNoun(role.text, fem, "f", role.kind)


def _coordinated_role(doc: TokenView, m: Mention, known: str | None = None) -> RoleFind | None:
    """One plural role before coordinated names: "Die Ministerinnen A und B", "die
    Bürgermeister A (SPD), B und C" give each of them the singular role.

    The role must be plural by its form ("-innen") or by its article ("die" before a
    masculine role); "Kanzler Scholz und Macron" gives Macron nothing.
    """
    lo = doc.sentence_start(m.first)
    k = m.first - 1
    crossed = False
    while k >= lo:
        w = doc.words[k]
        is_role = analyze_plural_role(w) is not None or role_at(doc, k) is not None
        if is_role and _kin_after_coordinator(doc, k):
            k -= 2  # "Die Berufsfischer A und sein Neffe B": on to the "und"
            continue
        if is_role and not lex.is_given_name(doc.word(k - 1)):
            break  # the role; "Ralf Böttcher": a surname that is a role word goes on
        if w in _COORDINATORS:
            crossed = True
            k = _origin_start(doc, k, lo)  # "A (CDU) aus Merzig und B": past the origin
        elif w == ")":
            while k > lo and doc.words[k] != "(":
                k -= 1
        elif not (
            (_name_particle(doc, k) and not _before_first_name(doc, k))
            or w in lex.TITLES  # "die Richterinnen Dr. A und B"
            or nm.is_initial(w)
            or (nm.is_capitalised_word(w) and can_start(doc, k, strict=False))
            or (nm.is_capitalised_word(w) and k > lo and can_start(doc, k - 1, strict=False))
            # "A (CDU), Ömer Kızıltepe (SPD) und B": an unlisted first name in the list
            or (doc.word(k - 1) in _COORDINATORS and unlisted_first_name(doc, k))
        ):
            break
        k -= 1
    if k < lo or doc.words[k + 1] in _COORDINATORS:
        return None
    if not crossed:  # the first name: a coordinated name must follow
        after = skip_origin(doc, skip_tags(doc, m.stop))  # "A (CDU) aus Merzig und B"
        if doc.word(after) not in _COORDINATORS or not doc.same_sentence(m.first, after):
            return None
    article, _ = determiner_before(doc, k)
    if _plural_adjectival(doc, k, article):  # "Die Abgeordneten A (FDP) und B (SPD)"
        singular = _singular_adjectival(doc, k, article, m, known)
        if singular is None:
            return None
        text = qualified(doc, k, singular)  # "die sächsischen Abgeordneten": "sächsische"
        return RoleFind(text, singular.gender, None, _role_party(singular))
    plural_article = article in _PLURAL_DETERMINERS or _dative_plural_article(doc, k, article)
    role = analyze_plural_role(doc.words[k])
    if article == "der" and role is not None and role.gender is None and role.base != doc.words[k]:
        plural_article = True  # "die Firma der Produzenten A und B": a genitive plural
    if role is not None and role.gender != "f" and not (article is None or plural_article):
        role = None  # "des Autobauers ..., Liu Wenbo": no plural
    if role is None and plural_article:  # a coordination follows or was crossed
        role = role_at(doc, k, article)
        if role is not None and role.gender != "m":
            role = None
    if role is None or role.kind == "demonym":
        return None
    role = for_person(role, _person_gender(doc, m, known))
    return RoleFind(qualified(doc, k, role), role.gender, None, _role_party(role))


def _kin_after_coordinator(doc: TokenView, k: int) -> bool:
    """Is token ``k`` a kin noun after "und" and a possessive ("A und sein Neffe B", "A und
    ihre Tochter B")? The plural role before A then covers B too."""
    if doc.word(k - 1) not in _APPOSITION_POSSESSIVES or doc.word(k - 2) not in _COORDINATORS:
        return False
    role = role_at(doc, k)
    return role is not None and _kin(role)


def _before_first_name(doc: TokenView, k: int) -> bool:
    """Does a listed first name follow token ``k``? A name particle never stands before a
    first name: "Die Anwälte von Tim Beck und B" is a preposition ("Ursula von der Leyen")."""
    return lex.is_given_name(doc.word(k + 1))


def _origin_start(doc: TokenView, k: int, lo: int) -> int:
    """The "aus" of an origin "aus <place>" that ends right before token ``k``, else
    ``k``."""
    for j in range(k - 2, max(lo, k - 5) - 1, -1):
        if doc.words[j] == "aus" and skip_origin(doc, j) == k:
            return j
    return k


def _singular_adjectival(
    doc: TokenView, k: int, article: str | None, m: Mention, known: str | None
) -> RoleNoun | None:
    """The singular of the plural adjectival role at ``k`` ("die Abgeordneten") for the
    person of ``m``: "Abgeordneter" or "Abgeordnete" by the first name's gender, else by
    ``known``; None when the gender is unknown."""
    adj = role_at(doc, k, article)
    gender = _person_gender(doc, m, known)
    if adj is None or gender is None:
        return None
    base = adj.base[:-1] if adj.base.endswith("er") else adj.base
    return RoleNoun(adj.text, base + "r" if gender == "m" else base, gender, "adj")


def _name_particle(doc: TokenView, k: int) -> bool:
    """Is token ``k`` a particle inside a name? "der" only after another particle ("van
    der Wiel"); after a role it is an article ("vom Präsidenten der Partei, A")."""
    w = doc.words[k]
    if w not in lex.PARTICLES:
        return False
    return w in lex.LEADING_PARTICLES or doc.word(k - 1) in lex.PARTICLES


def phrase_party(phrase: str) -> str | None:
    """The party of a role phrase's party-prefixed noun: "SPD-Politiker" -> "SPD"."""
    for w in phrase.split():
        role = analyze_role(w)
        if role is not None and role.kind == "noun" and (party := _role_party(role)):
            return party
    return None


def _role_party(role: RoleNoun) -> str | None:
    prefix, _, head = role.base.rpartition("-")
    if not prefix or head in lex.NOT_MEMBERS:
        return None
    for piece in reversed(prefix.split("-")):
        if piece in lex.GENERIC_PARTY_PREFIXES and not head.startswith(lex.GERMAN_OFFICE_STARTS):
            return None  # "Linken-Führer Jean-Luc Mélenchon": not the German party
        if piece in lex.PARTY_PREFIXES:
            return lex.PARTY_PREFIXES[piece]
    return None


#: Articles that cannot continue an apposition after its role noun.
_SUBJECT_ARTICLES = frozenset({"die", "das", "den", "dem", "ein", "eine", "einen", "einem"})


#: Indefinite articles that open an apposition: "A, ein Enkel des Firmengründers,".
_APPOSITION_INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer"})
#: Possessives before a kin noun in apposition: "Petra K., seine Ehefrau," (kin only).
_APPOSITION_POSSESSIVES = frozenset({"sein", "seine", "ihr", "ihre"})  # not "deren": relative
#: Kin by marriage that the lexicon reads as plain nouns ("family" covers "Sohn", "Mutter").
_MARRIED_KIN = lex.words(
    """Ehefrau Ehemann Gattin Gatte Witwe Witwer Lebensgefährtin Lebensgefährte Verlobte
    Verlobter Schwager Schwägerin"""
)


def _kin(role: RoleNoun) -> bool:
    """Is ``role`` a relative ("Tochter", "Ehefrau", "Schwager")?"""
    return role.kind == "family" or role.base in _MARRIED_KIN


#: Adverbs that add one more to a list: "A, außerdem der Bürgermeister" (not "A, außerdem
#: Vorsitzender des Vereins", a bare role in apposition).
_ADDITIVE_ADVERBS = lex.words("außerdem sogar auch ebenfalls selbst zudem")


#: Dashes that open and close a parenthesis ("A – Direktorin des Museums – sagte").
_DASHES = frozenset({"–", "-", "—"})


#: Infinitives that close a clause before an apposition to its name ("soll A werden, bisher
#: Chef der Bank.") and the adverbs of an earlier office that open that apposition.
_CLOSING_INFINITIVES = lex.words("werden bleiben sein")
_EARLIER_ADVERBS = lex.words("bisher bislang zuvor zuletzt")


def _apposition_after(doc: TokenView, m: Mention) -> list[RoleFind]:
    """ "Frederic Spohr, Direktor der Friedrich-Naumann-Stiftung in Südkorea," -> role."""
    j = skip_tags(doc, m.stop)
    closed = (
        doc.word(j) in _CLOSING_INFINITIVES
        and doc.word(j + 1) == ","
        and doc.word(j + 2) in _EARLIER_ADVERBS
    )
    if closed:
        j += 1  # "Chef soll A werden, bisher Leiter der Filiale.": past the closing verb
    dash = doc.word(j) in _DASHES  # "A – seit 2010 Direktorin des Museums – sagte"
    if not (doc.word(j) == "," or dash) or not doc.same_sentence(m.first, j):
        return []
    j += 1
    if read_age(doc.word(j)) is not None and doc.word(j + 1) == ",":
        j += 2  # "Anna Berg, 42, Lehrerin aus Bonn"
    found: list[RoleFind] = []
    name_gender = lex.given_name_gender(doc.words[m.first])
    while j < doc.n and doc.same_sentence(m.first, j):
        article = None
        adverb = doc.word(j)
        if adverb in lex.APPOSITION_ADVERBS:
            j += 1  # "Johanna Walser, selbst Schriftstellerin,"
            if doc.word(j) in lex.APPOSITION_ADVERBS:
                j += 1  # "A, früher selbst Davis-Cup-Spieler."
        j = time_span(doc, j)  # "Jan Rau, seit 2020 Bürgermeister von Kiel,"
        possessive = doc.word(j).lower() in _APPOSITION_POSSESSIVES
        if doc.word(j).lower() in lex.DEFINITE | _APPOSITION_INDEFINITE or possessive:
            article = doc.word(j).lower()  # "Kanemura Takeshi, einen Enkel des Gründers,"
            j += 1
            if adverb in _ADDITIVE_ADVERBS and article in lex.DEFINITE:
                break  # "Es sprachen A und B, außerdem der Bürgermeister": one more speaker
        while qualifier_stem(doc.word(j)) is not None:
            j += 1
        j = _past_title_adjective(doc, j, article)  # "A, Zweiter Vorsitzender des Vereins,"
        role = role_at(doc, j, article)
        if role is None or role.kind == "demonym":
            break
        if possessive and (not _kin(role) or role.gender is None or found):
            break  # "A, seine Ehefrau,": kin only ("A, ihr Anwalt B" names another)
        if ORDINAL_NOUN.fullmatch(doc.words[j].lower()):
            break  # "A, Zweite im Sprint,", "B, Dritter der Gesamtwertung,": a place
        if article is not None and role.gender and name_gender and role.gender != name_gender:
            break  # "Gustav Renn, zugleich die Ministerin und …": somebody else, a list
        end = complement_end(doc, j, doc.n)
        after = end
        while after < doc.n and after - end < 3 and doc.words[after] in lex.TITLES:
            after += 1  # "A, Finanzminister Dr. B": a title before the next name
        if end == j + 1 and can_start(doc, after, strict=False) and doc.same_sentence(j, after):
            break  # "A, Bundesjustizministerin B und ...": the role of the next name
        if doc.word(end) in _SUBJECT_ARTICLES or _masculine_subject_at(doc, end):
            break  # "A, Dritte die Französin B": a clause without a verb, no apposition
        if doc.word(end) in lex.COPULAS:
            break  # "A, Leiter der Gruppe ist der Mediziner B": the subject of a new clause
        if dash and doc.word(end) not in _DASHES | {"und", "sowie"}:
            break  # a dash opens a parenthesis only when a dash closes it after the role
        if dash and doc.word(end) in _DASHES and can_start(doc, end + 1, strict=False):
            break  # "A - Trainer - B: Das Duell": dashes between names, no parenthesis
        if closed and (doc.word(end) not in {".", "!"} or doc.sentence_stop(end) != end + 1):
            break  # after the clause's verb only an apposition that ends the sentence
        found.append(RoleFind(role_phrase(doc, j, role, end), role.gender, None, _role_party(role)))
        # "Sprecherin und Beraterin des Kanzlers": a second role after "und"
        if doc.word(end) in {"und", "sowie"}:
            j = end + 1
            continue
        break
    return found


def _masculine_subject_at(doc: TokenView, k: int) -> bool:
    """Is ``k`` "der" before a man's role noun and a name ("A (41), Bauer der
    Brauereimitarbeiter B": a nominative, the next name's title, no genitive)?"""
    role = analyze_role(doc.word(k + 1), "der") if doc.word(k) == "der" else None
    return (
        role is not None
        and role.gender == "m"
        and doc.word(k + 1) == role.base
        and can_start(doc, k + 2, strict=False)
    )


def _demonym_gender(doc: TokenView, m: Mention) -> str | None:
    """The gender a demonym right before the name gives ("den US-Amerikaner A", "die
    Französin B"); none for a masculine form after "die" (a plural: "die Amerikaner A und
    B")."""
    k = before_titles(doc, m.first)
    if k < 0 or not doc.same_sentence(k, m.first) or not doc.words[k][:1].isupper():
        return None
    article, _ = determiner_before(doc, k)
    role = role_at(doc, k, article)
    if role is None or role.kind != "demonym" or role.gender is None:
        return None
    if role.gender == "m" and article in {"die", "beide", "beiden"}:
        return None
    return role.gender


def _role_in_parens(doc: TokenView, m: Mention) -> RoleFind | None:
    """ "A (Intendant), B (Operndirektorin) und C (Chefdirigent)": a parenthesis after
    the name that holds nothing but a role phrase."""
    j = m.stop
    if doc.word(j) != "(" or not doc.same_sentence(m.first, j):
        return None
    close = j + 1
    while close < doc.n and doc.words[close] != ")" and close - j < 10:
        close += 1
    if doc.word(close) != ")":
        return None
    k = j + 1
    while k < close and qualifier_stem(doc.words[k]) is not None:
        k += 1  # "(stellvertretende Vorsitzende)"
    if k >= close:
        return None
    role = analyze_role(doc.words[k])
    if role is None or role.kind == "demonym" or complement_end(doc, k, close) != close:
        return None
    return RoleFind(role_phrase(doc, k, role, close), role.gender, None, _role_party(role))


def _role_before_comma(doc: TokenView, m: Mention) -> RoleFind | None:
    """ "Die Vorsitzende der Grünen-Fraktion, Katharina Dröge, ..." -> role.

    Also "Ihr Konkurrent, der Kieler Landespolitiker Felix Banaszak, ...".
    """
    comma = _name_comma(doc, m)
    if comma is None:
        return None
    after = skip_origin(doc, skip_tags(doc, m.stop))  # "Der Fahrer, A aus Bonn, ..."
    if after < doc.n and doc.same_sentence(m.first, after) and doc.words[after] not in lex.CLOSERS:
        return None  # "..., Olaf Scholz und Robert Habeck": an enumeration
    best = _role_ending_at_comma(doc, comma)
    if best is None:
        return None
    h, role, article, end = best
    if article is not None and article.startswith(("welch", "jede", "manch", "kein")):
        return None
    relation = _possessive_relation(article)
    if article is not None and article.lower() not in {"ein", "eine", "einer", "einem", "einen"}:
        end = comma  # "Der Senator aus Ohio, A": the origin names the office; "Eine Mutter
        # aus Burg, A": where somebody not yet known comes from
    return RoleFind(role_phrase(doc, h, role, end), role.gender, relation, _role_party(role))


_DEFINITE_SINGULAR = frozenset({"der", "die", "den", "dem"})


def _possessive_relation(article: str | None) -> str | None:
    """ "m" after "sein"/"seine" (a man's relation), "f" after "ihr"/"ihre", else None."""
    return lex.POSSESSOR_GENDER.get(article) if article is not None else None


def _name_comma(doc: TokenView, m: Mention) -> int | None:
    """The comma right before the name's noun phrase (and an age attribute), else None."""
    comma = _participle_np_start(doc, _before_age_attribute(doc, np_start(doc, m.first))) - 1
    if doc.word(comma) != "," or not doc.same_sentence(comma, m.first):
        return None
    return comma


def _participle_np_start(doc: TokenView, k: int) -> int:
    """Where "der aus Shanghai stammende" before the role noun at ``k`` starts (an article,
    "aus"/"in", a capitalised word and a participle adjective), else ``k``."""
    if (
        k >= 4
        and doc.words[k - 4].lower() in lex.DEFINITE
        and doc.words[k - 3] in {"aus", "in"}
        and nm.is_capitalised_word(doc.words[k - 2])
        and doc.words[k - 1].endswith(("nde", "ene", "te"))
        and adjective_stem(doc.words[k - 1]) is not None
    ):
        return k - 4
    return k


def _chained_role_before_comma(doc: TokenView, m: Mention) -> RoleFind | None:
    """ "Ihr parteiinterner Rivale, der frühere Bürgermeister von Busan, A,": a possessive
    role noun phrase in apposition to a definite role phrase that itself stands in
    apposition to the name; both describe the person. Only a possessive ("Ihr", "Sein")
    opens the outer phrase (a relation to somebody named before), only a comma links it to
    a phrase with a definite article, and the inner phrase must end at the name's comma."""
    comma = _name_comma(doc, m)
    inner = _role_ending_at_comma(doc, comma) if comma is not None else None
    if inner is None:
        return None
    h, _, article, _ = inner
    found, det = determiner_before(doc, h)
    if found is None or found.lower() not in _DEFINITE_SINGULAR or found != article:
        return None
    outer_comma = det - 1
    if doc.word(outer_comma) != "," or not doc.same_sentence(outer_comma, m.first):
        return None
    outer = _role_ending_at_comma(doc, outer_comma)
    if outer is None:
        return None
    oh, role, outer_article, end = outer
    if end != outer_comma or outer_article is None:
        return None
    relation = _possessive_relation(outer_article)
    if relation is None or role.gender != inner[1].gender:
        return None
    _, odet = determiner_before(doc, oh)
    if odet != doc.sentence_start(odet) and doc.word(odet - 1) not in {",", ":", "–"}:
        return None  # "sprach mit ihrem Rivalen, der ...": the phrase is an object
    return RoleFind(role_phrase(doc, oh, role, end), role.gender, relation, _role_party(role))


def _role_ending_at_comma(
    doc: TokenView, comma: int
) -> tuple[int, RoleNoun, str | None, int] | None:
    """The role noun phrase that ends at ``comma`` ("Die Vorsitzende der Grünen-Fraktion,"):
    its head, role, article and complement end; of several, the one that starts first."""
    best: tuple[int, RoleNoun, str | None, int] | None = None
    h = comma - 1
    while h >= 0 and doc.same_sentence(h, comma) and comma - h <= 12:
        w = doc.words[h]
        if h == comma - 1 and w in CLOSE_QUOTES:
            opening = _quoted_title_start(doc, h)
            if opening is not None:
                h = opening - 1  # "den Kapitän des Frachters „Anna Berg“, A B,": a title
                continue
        if w in lex.BOUNDARIES and not roman_ordinal_stop(doc, h):
            break  # (not "des VIII. Senats")
        article, _ = determiner_before(doc, h)
        role = analyze_role(w, article) if w[:1].isupper() else None
        role = role or _spouse(doc, h) or _council_member(w, article)
        end = complement_end(doc, h, comma) if role is not None else comma
        if (
            role is not None
            and role.kind != "demonym"
            and (end == comma or _origin_before_comma(doc, end, comma))
        ):
            best = (h, role, article, end)  # "Eine Mutter aus Burg, die ... A": "Mutter"
        h -= 1
    return best


def _origin_before_comma(doc: TokenView, j: int, comma: int) -> bool:
    """Does "aus <place>" fill [j, comma) ("Eine Mutter aus Burg, die ... A")? After a role
    noun, "aus" with one capitalised word and no article is a place, even one the lexicon
    knows only as a noun ("Burg")."""
    if skip_origin(doc, j) == comma:
        return True
    return doc.word(j) == "aus" and j + 2 == comma and nm.is_capitalised_word(doc.word(j + 1))


def _council_member(w: str, article: str | None) -> RoleNoun | None:
    """ "Der Landesrat für Verkehr, A,": a "-rat" compound names a body ("Aufsichtsrat",
    "Betriebsrat") or one of its members; in apposition to a person's name, after a
    singular masculine article, it is the member, when its feminine ("Landesrätin") is a
    known role."""
    if article not in {"der", "des", "dem", "den"} or not w.endswith("rat") or len(w) < 6:
        return None
    feminine = analyze_role(w[:-3] + "rätin")
    if feminine is None or feminine.kind != "noun":
        return None
    return RoleNoun(w, w, "m", "noun")


def _quoted_title_start(doc: TokenView, close: int) -> int | None:
    """The opening mark of a title of one to five capitalised words in quotation marks
    that ends at ``close`` ("„Hinrich Bödeker“"), or None: :func:`quoted_title_end` read
    from the closing mark."""
    k = close - 1
    while k >= 0 and close - k <= 5 and doc.words[k][:1].isupper():
        k -= 1
    if k < 0 or k == close - 1 or doc.words[k] not in OPEN_QUOTES:
        return None
    return k if doc.same_sentence(k, close) else None


#: "Seine Frau, die Anwältin A", "Ihr Mann, der Ingenieur B": a spouse after a possessive.
_SPOUSES = {"Frau": "f", "Mann": "m"}


def _spouse(doc: TokenView, h: int) -> RoleNoun | None:
    """ "Frau" or "Mann" right after a possessive determiner ("Seine Frau, ...", "ihr
    Mann, ...") is the wife or husband of the person the possessive refers to; after any
    other word "Frau" is a title ("Frau Merkel") or a plain noun."""
    w = doc.words[h]
    if w not in _SPOUSES or doc.word(h - 1).lower() not in lex.POSSESSIVE_M | lex.POSSESSIVE_F:
        return None
    if _body_owns(doc, h - 1):
        return None  # "Die SPD schickt ihren Mann A ins Rennen": the party's candidate
    return RoleNoun(w, w, _SPOUSES[w], "family")


#: Object pronouns of a man, who the possessive after them may refer to ("empfingen ihn").
_OBJECT_PERSON = lex.words("ihn ihm")


def _body_owns(doc: TokenView, q: int) -> bool:
    """Does the possessive at ``q`` more likely refer to an organisation or a group
    named before it in its sentence ("Die SPD schickt ihren Mann A", "Die Grünen setzen
    auf ihre Frau B", "Der Verein holt seinen Mann")? So when a LOC/ORG entity or an
    organisation's word stands there and no first name or personal pronoun does."""
    lo = doc.sentence_start(q)
    words = doc.words[lo:q]
    if any(lex.is_given_name(x) or x.lower() in _OWNER_PRONOUNS for x in words):
        return False  # "Vor dem Gefängnis in X empfingen ihn seine Frau A": his wife
    return any(doc.other_entity[k] or nm.is_organisation_word(doc.words[k]) for k in range(lo, q))


def _before_age_attribute(doc: TokenView, k: int) -> int:
    """Where "die 88-jährige" or "der 70 Jahre alte" before token ``k`` starts, else ``k``."""
    j = k - 1
    w = doc.word(j)
    if re.fullmatch(r"\d{1,3}-jährigen?|alten?", w):
        if w.startswith("alt"):
            if doc.word(j - 1) != "Jahre" or not doc.word(j - 2).isdigit():
                return k
            j -= 2
        if doc.word(j - 1).lower() in lex.DEFINITE and doc.same_sentence(j - 1, k):
            return j - 1
    return k


def _plural_role_before_comma(
    doc: TokenView, m: Mention, known: str | None = None
) -> RoleFind | None:
    """ "Die Landesvorsitzenden der Grünen, A und B, wollen ...": one plural role phrase
    before a comma and two names joined by "und", closed by a comma and the verb, give each
    of them the singular role."""
    lo = doc.sentence_start(m.first)
    k = m.first - 1
    while k >= lo and doc.words[k] != ",":
        k -= 1
    comma = k
    stop = skip_tags(doc, m.stop)
    while stop < doc.n and doc.same_sentence(m.first, stop) and doc.words[stop] not in lex.CLOSERS:
        stop = max(skip_tags(doc, stop), stop + 1)  # over "(SPD)"
    if comma <= lo or doc.word(stop) != ",":
        return None
    verb = doc.word(stop + 1)
    if not verb.islower() or verb in {"und", "sowie", "oder"}:
        return None  # "saßen die Experten, A und B, und ...": maybe an enumeration
    first = comma + 1
    if _plural_role_np(doc, first):
        first += 2  # "Seine Verteidiger, die Rechtsanwälte A und B,": a second plural role
    joins = [i for i in range(first, stop) if doc.words[i] in {"und", "sowie"}]
    if len(joins) != 1 or joins[0] in {first, stop - 1}:
        return None
    described: set[int] = set()
    for i in (first, joins[0] + 1):  # where the two names start
        n = _conjunct_name(doc, i, stop)  # "der 16-jährige A und sein Freund B"
        described.update(range(i, n))
        if not (nm.is_capitalised_word(doc.words[n]) and can_start(doc, n, strict=False)):
            return None
    if not all(
        i in joins
        or i in described
        or _name_particle(doc, i)
        or nm.is_initial(doc.words[i])
        or nm.is_capitalised_word(doc.words[i])
        for i in range(first, stop)
        if not _in_parens(doc, i, comma, stop)
    ):
        return None
    h = comma - 1
    while h >= lo and comma - h <= 12:
        w = doc.words[h]
        if w in lex.BOUNDARIES:
            return None
        article, _ = determiner_before(doc, h)
        if article is None and doc.word(h - 1).lower() in _COUNT_WORDS:
            article = doc.word(h - 1).lower()  # "Zwei Schüler, der 16-jährige A und …"
        if w[:1].isupper() and complement_end(doc, h, comma) == comma:
            plural = analyze_plural_role(w)
            if plural is not None and plural.kind != "demonym":
                plural = for_person(plural, _person_gender(doc, m, known))
                return RoleFind(
                    role_phrase(doc, h, plural, comma), plural.gender, None, _role_party(plural)
                )
            role = role_at(doc, h, article)
            if role is not None and _plural_masculine(doc, h, article, role):
                role = for_person(role, _person_gender(doc, m, known))  # "Seine Verteidiger"
                party = _role_party(role)
                return RoleFind(role_phrase(doc, h, role, comma), role.gender, None, party)
            if _plural_adjectival(doc, h, article):
                singular = _singular_adjectival(doc, h, article, m, known)
                if singular is None:
                    return None
                return RoleFind(
                    role_phrase(doc, h, singular, comma),
                    singular.gender,
                    None,
                    _role_party(singular),
                )
        h -= 1
    return None


def _conjunct_name(doc: TokenView, i: int, stop: int) -> int:
    """Where the name of a conjunct at ``i`` starts after an article or a possessive, an
    age adjective and a singular role noun ("der 16-jährige A", "sein Freund B", "die
    Ärztin C"); ``i`` when the conjunct starts with the name. Never past ``stop``."""
    k = i
    if doc.word(k).lower() in {"der", "die"} | _POSSESSIVES:
        k += 1
        if AGE_ADJECTIVE.fullmatch(doc.word(k)):
            k += 1
        if k + 1 < stop and role_at(doc, k, doc.words[i].lower()) is not None:
            k += 1
    return k if k < stop else i


def _in_parens(doc: TokenView, i: int, lo: int, hi: int) -> bool:
    """Does token ``i`` stand inside a parenthesis opened after ``lo`` ("(SPD)")?"""
    depth = 0
    for k in range(lo, i + 1):
        if doc.words[k] == "(":
            depth += 1
        elif doc.words[k] == ")":
            depth -= 1 if k < i else 0
    return depth > 0 or doc.words[i] in {"(", ")"}


def _predicative_roles(doc: TokenView, m: Mention, known: str | None = None) -> list[RoleFind]:
    """ "Mark Rutte ist inzwischen Generalsekretär der Nato", "Innenminister bleibt Georg Maier".
    ``known``: the person's gender, when the mention has no first name ("Weber, der …")."""
    found: list[RoleFind] = []
    # after the name: "<name> ist [seit 2019] [der] <role ...>"
    j = skip_tags(doc, m.stop)
    if doc.word(j) == "," and read_age(doc.word(j + 1)) is not None and doc.word(j + 2) == ",":
        j += 3
    elif doc.word(j) == "," and _apposition_after(doc, m):
        j = _past_apposition(doc, j)  # "Eva Roth, Mutter von drei Kindern, ist Ärztin"
    attribute = noun_attribute(doc, m.first)  # "Die Mutter von A ist Lehrerin": not A's
    if not attribute:
        found.extend(predicate_after(doc, m.first, j))
        if doc.word(j) == "," and _apposition_of_opening_subject(doc, m.first):
            # "Sein Vorgänger, der Brite A, wird Ehrendirigent": the name completes the subject
            found.extend(predicate_after(doc, m.first, j + 1))
    found.extend(_relative_predicate(doc, m, j, known))
    if (
        doc.word(j) == ","
        and read_age(doc.word(j + 1)) is not None
        and tuple(doc.words[j + 2 : j + 5]) == ("Jahre", "alt", "und")
        and doc.same_sentence(j, j + 5)
    ):
        # "Eva Roth, 34 Jahre alt und Sozialarbeiterin in Kiel": the role after the age
        found.extend(predicate_after(doc, m.first, j + 5, copula=j + 4))
    if not attribute and (after := _past_relative_clause(doc, m, j)) > j:
        # "A, der die Firma 1998 gegründet hatte, bleibt Ehrenvorsitzender"
        found.extend(predicate_after(doc, m.first, after))
    if _modal_copula(doc, j) and not attribute:  # "A soll neue Trainerin werden"
        found.extend(predicate_after(doc, m.first, j + 1, copula=j))
    start = np_start(doc, m.first)
    if doc.word(start - 1) in lex.COPULAS and verb_before_subject(doc, start):
        # "Seit Montag ist A (Grüne) Umweltsenator in Hamburg": the copula came first
        found.extend(predicate_after(doc, m.first, j, copula=start - 1))
    found.extend(_role_subject(doc, m))
    return found


def _apposition_of_opening_subject(doc: TokenView, first: int) -> bool:
    """Is the name at ``first`` the apposition of a role phrase that opens its sentence
    ("Sein Vorgänger, [der Brite] A,", "Kwons Vorgänger, A,", "Der Sprecher des Vereins,
    A,")? The phrase and the name are one subject."""
    start = np_start(doc, first)
    comma, lo = start - 1, doc.sentence_start(first)
    if comma <= lo or doc.words[comma] != ",":
        return False
    for h in range(lo, comma):
        w = doc.words[h]
        role = role_at(doc, h) if w[:1].isupper() else None
        if role is not None and role.kind != "demonym" and complement_end(doc, h, comma) == comma:
            return True
        if not (
            w.lower() in lex.DETERMINERS
            or (w.islower() and adjective_stem(w) is not None)
            or (w[:1].isupper() and looks_genitive(w) and nm.is_name_core(nm.degenitive(w)))
        ):
            return False
    return False


def _relative_predicate(
    doc: TokenView, m: Mention, j: int, known: str | None = None
) -> list[RoleFind]:
    """ "A (CDU), der seit 2016 Landrat der Prignitz ist,": a relative clause whose pronoun
    ("der" for a man, "die" for a woman) is the subject of a copula that closes it; also
    after a surname alone whose person's gender is ``known`` ("Weber, der seit 2015 Landrat
    ist,")."""
    gender = _person_gender(doc, m, known)
    if doc.word(j) != "," or _RELATIVE_SUBJECT.get(doc.word(j + 1)) != gender:
        return []
    k = j + 2
    while doc.same_sentence(j, k) and doc.words[k] not in lex.BOUNDARIES and k - j < 14:
        k += 1
    if doc.word(k - 1) not in lex.COPULAS or k - 1 <= j + 2:
        return []
    finds = predicate_after(doc, m.first, j + 2, copula=j + 1)
    return [f for f in finds if f.gender in {None, gender}]


#: Relative pronouns that open a clause about the name before them, with their gender.
_RELATIVE_PRONOUNS = {"der": "m", "den": "m", "dem": "m", "dessen": "m", "die": "f", "deren": "f"}


def _past_relative_clause(doc: TokenView, m: Mention, j: int) -> int:
    """The copula after a relative clause that follows the name which opens its sentence,
    at the comma ``j``: "A, der das Unternehmen 1998 gegründet hatte, bleibt Ehrenvorsitzender",
    "A, die ihr Vater 1990 eingestellt hat, ist heute Chefin"; else ``j``. The clause must
    close with a lowercase verb before its comma, its pronoun be no article ("A, der Chef
    der Firma, ist ...": an apposition) and fit the person's gender when known, and the
    name must be the subject of the main clause (its phrase opens the sentence)."""
    if doc.word(j) != "," or not doc.same_sentence(j, j + 1):
        return j
    pronoun = _RELATIVE_PRONOUNS.get(doc.word(j + 1))
    if pronoun is None or doc.word(j + 2)[:1].isupper():
        return j
    gender = _person_gender(doc, m, None)
    if gender is not None and pronoun != gender:
        return j
    lo = dateline_end(doc, doc.sentence_start(m.first), m.first)
    if np_start(doc, m.first) != lo:
        return j
    k = j + 2
    while doc.same_sentence(j, k) and doc.words[k] not in lex.BOUNDARIES and k - j < 18:
        if doc.words[k] in {"(", "„", "»"}:
            return j
        k += 1
    closing = doc.word(k - 1)
    if doc.word(k) != "," or k - 1 <= j + 2 or not closing.isalpha() or not closing.islower():
        return j
    if not doc.same_sentence(j, k + 1) or doc.word(k + 1) not in lex.COPULAS:
        return j
    return k + 1


def _past_apposition(doc: TokenView, j: int) -> int:
    """The token after the comma that closes the apposition opened by the comma at ``j``
    (within twelve tokens, no verb inside), else ``j``."""
    k = j + 1
    while doc.same_sentence(j, k) and k - j < 12 and doc.words[k] not in lex.BOUNDARIES:
        if doc.tags[k] in {"AUX", "VERB"} or doc.words[k] in lex.COPULAS:
            return j
        k += 1
    return k + 1 if doc.word(k) == "," and doc.same_sentence(j, k + 1) else j


def _modal_copula(doc: TokenView, j: int) -> bool:
    """A modal verb at ``j`` whose clause closes with "werden"/"bleiben" that states an
    office (:func:`_modal_states_office`)."""
    if doc.word(j) not in _MODALS:
        return False
    k = j + 1
    while doc.same_sentence(j, k) and doc.words[k] not in lex.BOUNDARIES and k - j < 12:
        k += 1
    return _modal_states_office(doc.word(j), doc.word(k - 1))


def _modal_states_office(modal: str, closing: str) -> bool:
    """Does "<modal> ... <closing>" state an office? "bleiben" after any modal (the office
    is held: "will Präsidentin bleiben"); "werden" only after "soll"/"wird" (a plan: "soll
    neue Trainerin werden"; "will ... werden" is an ambition, "könnte"/"dürfte ... werden"
    a guess); "sein" only after "wird" ("Der Täter könnte A sein" is a guess)."""
    if modal not in _MODALS:
        return False
    if closing == "bleiben":
        return True
    if closing == "werden":
        return modal in {"soll", "wird"}
    return closing == "sein" and modal == "wird"


def predicate_after(
    doc: TokenView, first: int, j: int, copula: int | None = None
) -> list[RoleFind]:
    """The predicative roles after the subject that starts at ``first``, with the copula at
    ``j``: "ist [seit 2019] [der] <role ...> [und <role ...>]" ("Die 63-Jährige war bisher
    Vizepräsidentin des Kirchenamts", "war früher EU-Kommissar und Unterhändler").
    ``copula``: the copula stood before the subject, the predicate starts at ``j``."""
    found: list[RoleFind] = []
    future = doc.word(j if copula is None else copula) in _FUTURE_COPULAS
    if copula is not None and doc.same_sentence(copula, j):
        j -= 1  # the predicate right after the subject's phrase
    if (copula is not None or doc.word(j) in lex.COPULAS) and doc.same_sentence(first, j):
        j += 1
        for _ in range(3):
            if (span := time_span(doc, j)) > j:
                j = span  # "war bis 2021 Bürgermeister", "ist seit Januar", "20 Jahre lang"
            elif doc.word(j) in lex.PREDICATE_ADVERBS:
                j += 1
            elif (span := _point_in_time(doc, j)) > j:
                j = span  # "wird zum 1. April Präsidentin", "wird im Herbst Intendantin"
            elif (span := _time_of_life(doc, j)) > j:
                j = span  # "war vor seiner Zeit im Kabinett 20 Jahre lang Betriebsrat"
            elif (span := _decade_span(doc, j)) > j:
                j = span  # "war in den 1990er Jahren Justizminister"
            elif doc.word(j) == "von" and doc.word(j + 1) == "Beruf":
                j += 2  # "ist von Beruf Lehrerin"
            else:
                break
        if doc.word(j).lower() in _NEGATIVE_ARTICLES:
            return found  # "ist keine Lehrerin" (adjective_stem reads "keine" as "kein")
        article = (
            doc.word(j).lower() if doc.word(j).lower() in lex.DEFINITE | {"ein", "eine"} else None
        )
        if article in {"ein", "eine"} and _in_quote(doc, first):
            return found  # "„Mikkel ist ein Führungsspieler“": praise, not an office
        if (
            read_age(doc.word(j)) is not None
            and doc.word(j + 1) == "Jahre"
            and doc.word(j + 2) == "alt"
            and doc.word(j + 3) == "und"
        ):
            if doc.word(j + 4) in lex.COPULAS:
                # "ist 58 Jahre alt und war zuvor Präsident des Landgerichts": a copula of its own
                return predicate_after(doc, first, j + 4)
            return predicate_after(doc, first, j + 4, copula=j + 3)  # "ist 45 Jahre alt und
            # seit 2021 Gesundheitsministerin": the role after the age
        if article:
            j += 1
        elif _place_genitive(doc.word(j)) and doc.same_sentence(j, j + 1):
            j += 1  # "ist Brandenburgs Finanzministerin": the place the office is of
        while adjective_stem(doc.word(j)) is not None:
            j += 1  # "ist neuer Präsident", "ist ehemaliger ..."
        j = _past_title_adjective(doc, j, article)  # "war Vorsitzende Richterin am …"
        while doc.same_sentence(first, j):
            role = role_at(doc, j, article)
            if role is None and article is None:
                # "war 20 Jahre lang Betriebsrat bei …": a "-rat" body without an article
                # as a person's predicate is one of its members
                role = council_member(doc.word(j))
            if role is None or role.kind == "demonym" or can_start(doc, j + 1, strict=False):
                break
            if future and role.kind == "family":
                break  # "Ole Hansen wird im Mai Vater": not yet
            if (
                role.kind == "noun"
                and role.base.endswith(("er", "el"))
                and role.text == role.base + "n"
            ):
                break  # "war Justizministern ein Dorn im Auge": a dative plural, no predicate
            if ORDINAL_NOUN.fullmatch(doc.words[j].lower()) and role_at(doc, j + 1) is None:
                break  # "wurde Dritter im Weltcup": a place in a ranking, no role
            end = complement_end(doc, j, doc.n)
            found.append(
                RoleFind(role_phrase(doc, j, role, end), role.gender, None, _role_party(role))
            )
            if doc.word(end) not in {"und", "sowie"}:
                break
            j = end + 1  # "EU-Kommissar und Brexit-Unterhändler"
            if doc.word(j).lower() in _NEGATIVE_ARTICLES:
                break  # "ist Lehrerin und keine Beamtin"
            while adjective_stem(doc.word(j)) is not None:
                j += 1
            j = _past_title_adjective(doc, j, article)  # "… und Zweite Bürgermeisterin"
    return found


def _past_title_adjective(doc: TokenView, j: int, article: str | None) -> int:
    """The role noun after a capitalised title adjective at ``j`` ("Vorsitzende Richterin",
    "Dritter Vorsitzender", "Zweite Bürgermeisterin": one title, read from its noun); ``j``
    when no role noun or adjectival role noun follows in the sentence ("wurde Dritter im
    Weltcup")."""
    if not (
        adjective_stem(doc.word(j).lower()) in lex.TITLE_ADJECTIVES and doc.word(j)[:1].isupper()
    ):
        return j
    nxt = role_at(doc, j + 1, article)
    if nxt is not None and nxt.kind in {"noun", "adj"} and doc.same_sentence(j, j + 1):
        return j + 1
    return j


#: Copulas of a change still to come: "wird im Mai Vater" (no kin role yet).
_FUTURE_COPULAS = lex.words("wird werden würde würden")


def _place_genitive(w: str) -> bool:
    """ "Brandenburgs", "Deutschlands": the Saxon genitive of a known place."""
    return len(w) > 4 and w[:1].isupper() and w.endswith("s") and lex.is_place(w[:-1])


#: "kein" and its forms: a predicate that denies the role.
_NEGATIVE_ARTICLES = lex.words("kein keine keinen keiner keinem keines")

#: Nouns that end a span of time after "seit"/"bis": "seit Jahren", "seit einem Monat".
_TIME_NOUNS = (
    lex.MONTHS
    | lex.WEEKDAYS
    | lex.words("Jahr Jahren Monat Monaten Woche Wochen Tag Tagen Kurzem kurzem Langem langem")
)
#: Counts after "seit"/"bis" before such a noun: "seit einem Jahr", "seit sechs Wochen".
_TIME_COUNTS = lex.words("einem einer vielen wenigen mehreren") | SMALL_COUNTS
#: Counts and nouns of a duration in the accusative ("zwei Jahre", "ein Jahr", "drei Monate").
_DURATION_COUNTS = lex.words("ein eine") | SMALL_COUNTS
_DURATION_NOUNS = lex.words("Jahr Jahre Monat Monate Woche Wochen Tage")
_AGE_WORDS = lex.words("alt alte alter älter jung jünger")


def time_span(doc: TokenView, j: int) -> int:
    """The token after a span of time at ``j`` ("seit 2019", "bis 2021", "seit Januar",
    "seit einem Jahr", "seit vielen Jahren", "20 Jahre lang"), else ``j``."""
    w = doc.word(j)
    if (
        (w.isdigit() or w in _DURATION_COUNTS)
        and doc.word(j + 1) in _DURATION_NOUNS
        and doc.word(j + 2) not in _AGE_WORDS  # "ist 45 Jahre alt": an age, no duration
    ):
        # "20 Jahre lang", "bleibt zwei Jahre als Berater": a duration in the accusative
        return j + 3 if doc.word(j + 2) == "lang" else j + 2
    if w in _VAGUE_COUNTS and doc.word(j + 1) in _LONG_TIMES:
        return j + 2  # "war lange Jahre Stadtrat", "war viele Jahre Betriebsrat"
    if (
        w == "von"
        and YEAR.fullmatch(doc.word(j + 1))
        and doc.word(j + 2) == "bis"
        and YEAR.fullmatch(doc.word(j + 3))
        and doc.same_sentence(j, j + 3)
    ):
        return j + 4  # "war von 2005 bis 2012 Innenminister"
    if w not in {"seit", "bis"}:
        return j
    k = j + 1
    if doc.word(k).isdigit() and len(doc.word(k)) == 4:
        return k + 1
    if doc.word(k) in _TIME_COUNTS or doc.word(k).isdigit():
        k += 1
    if doc.word(k) in _TIME_NOUNS and doc.same_sentence(j, k):
        return k + 1
    return j


#: Possessives of a stage in one's own life: "vor seiner Zeit", "nach ihrem Studium".
_OWN = lex.words("seiner seinem ihrer ihrem")


def _time_of_life(doc: TokenView, j: int) -> int:
    """The token after "vor/nach/während <seiner/ihrer> <noun> [im/in/als/bei [article]
    <noun>]" at ``j`` ("vor seiner Zeit im Kabinett", "nach ihrem Studium", "vor ihrer Wahl
    zur Ministerin" is not taken: "zur" stops it), else ``j``. The noun must not be a role
    noun, and a role noun must follow the phrase (else nothing is skipped)."""
    if doc.word(j) not in {"vor", "nach", "während"} or doc.word(j + 1) not in _OWN:
        return j
    k = j + 2
    if not (doc.word(k)[:1].isupper() and lex.is_common_noun(doc.word(k))):
        return j
    if analyze_role(doc.word(k)) is not None:
        return j
    k += 1
    if doc.word(k) in {"im", "in", "als", "bei", "beim"}:
        m = k + 1
        if doc.word(m) in _PLACE_ARTICLES:
            m += 1
        if doc.word(m)[:1].isupper() and (
            doc.word(k) == "als" or analyze_role(doc.word(m)) is None
        ):
            k = m + 1  # "vor seiner Zeit als Minister": a former office, passed over
    return k if doc.same_sentence(j, k) else j


#: A long time without a number: "lange Jahre", "viele Jahrzehnte", "einige Jahre".
_VAGUE_COUNTS = lex.words("lange viele einige mehrere")
_LONG_TIMES = lex.words("Jahre Jahrzehnte Monate")


#: Parts of the year after "im", "ab", "Anfang", ... ("im Herbst", "ab Frühjahr").
_SEASONS = lex.words("Frühjahr Frühling Sommer Herbst Winter Jahresbeginn Jahresende")
_POINT_OPENERS = lex.words("ab zum am im Anfang Mitte Ende")


def _point_in_time(doc: TokenView, j: int) -> int:
    """The token after a point in time at ``j`` ("zum 1. April", "ab Januar", "ab dem 1.
    März 2027", "im Herbst", "Ende Juni", "ab 2027", "ab sofort"), else ``j``: a month, a
    part of the year or a year must close it ("im Amt", "am Landgericht" are no time)."""
    w = doc.word(j)
    if w not in _POINT_OPENERS or not doc.same_sentence(j, j + 1):
        return j
    k = j + 1
    if w == "ab" and doc.word(k) == "sofort":
        return k + 1
    if w == "ab" and doc.word(k) == "dem":
        k += 1
    if w in {"ab", "zum", "am"} and _DAY.fullmatch(doc.word(k)):
        k += 1  # "zum 1. April"
    if doc.word(k) in lex.MONTHS or (w != "am" and doc.word(k) in _SEASONS):
        k += 1
    elif not (w in {"ab", "Anfang", "Mitte", "Ende"} and YEAR.fullmatch(doc.word(k))):
        return j
    if YEAR.fullmatch(doc.word(k)) and k > j + 1:
        k += 1  # "zum 1. Januar 2027"
    return k if doc.same_sentence(j, k - 1) else j


def _in_quote(doc: TokenView, i: int) -> bool:
    """Does token ``i`` stand inside a direct quote opened earlier in its sentence?"""
    lo = doc.sentence_start(i)
    depth = 1 if lo > 0 and doc.words[lo - 1] in {"„", "»"} else 0  # split off by the splitter
    for k in range(lo, i):
        w = doc.words[k]
        if w in {"„", "»"}:
            depth += 1
        elif w in {"“", "«"} and depth:
            depth -= 1
    return depth > 0


#: A place in a ranking, no role: "Zweite wurde die Norwegerin A", "Siegerin wurde A".
_ORDINALS = lex.words("erst zweit dritt viert fünft sechst siebt acht neunt zehnt")
_RANKS = frozenset({"Sieger", "Siegerin", "Gewinner", "Gewinnerin", "Letzter", "Letzte"})


def _role_subject(doc: TokenView, m: Mention) -> list[RoleFind]:
    """A role phrase that starts the sentence, a copula, then the name: "Finanzministerin
    wird Katja Wolf", "Kämmerer ist seit 2019 A", "Vorsitzender Richter des Strafsenats
    war A", "Neue Generalsekretärin der FDP ist die Abgeordnete A"."""
    k = np_start(doc, m.first) - 1  # past "die Abgeordnete" before the name
    if _rank_before_titles(doc, k, m.first):
        k -= 1  # "Einsatzleiter war Brandoberrat Dr. A": an unlisted rank before the titles
    k = _before_age_attribute(doc, k + 1) - 1  # "ist der 35 Jahre alte A"
    before_apposition = k
    k = _past_apposition_role(doc, k)  # "wird der bisherige Polizeichef von X, A"
    if k != before_apposition and not _apposition_closes(doc, m):
        return []  # "Trainer wird der Sportdirektor, A bleibt Präsident": A's own clause
    k = _past_earlier_names(doc, k, m.first)
    steps = 0
    while steps < 3 and k >= 1 and doc.same_sentence(k, m.first):
        w = doc.words[k]
        if w in lex.PREDICATE_ADVERBS:
            k -= 1
        elif w.isdigit() and doc.word(k - 1) == "seit":
            k -= 2  # "ist seit 2019 A"
        elif YEAR.fullmatch(w):
            k -= 1  # "Gründer war 1921 A"
        elif w.lower() in _POSSESSIVES and k == np_start(doc, m.first) - 1:
            k -= 1  # "Gründer war ihr Urgroßvater A": the relation stays the relation's role
        elif w in lex.MONTHS and _DAY.fullmatch(doc.word(k - 1)) and doc.word(k - 2) in _ON:
            k -= 3  # "Chefin wird zum 1. April A"
        elif (p := _participle_phrase_start(doc, k)) is not None:
            k = p - 1  # "Regisseurin ist die in Teheran geborene A"
        elif (p := _adverbial_phrase_start(doc, k)) is not None:
            k = p - 1  # "Geschäftsführerin ist in fünfter Generation A"
        else:
            break
        steps += 1
    plural = doc.word(k) in _PLURAL_COPULAS
    # "Ihr Nachfolger soll A werden": a modal before the name, the copula closing the clause
    after = skip_tags(doc, m.stop)
    if doc.word(after) == "," and doc.word(m.first - 1) == ",":
        after += 1  # "soll der Bürgermeister von X, A (ÖVP), werden": the apposition closes
    if doc.word(after) == "aus" and doc.word(after + 1)[:1].isupper():
        origin = after + 2  # "soll der Milchbauer A aus Friesland werden": where A is from
        if _modal_states_office(doc.word(k), doc.word(origin)):
            after = origin
    modal = _modal_states_office(doc.word(k), doc.word(after))
    modal = modal and doc.word(after + 1) in lex.BOUNDARIES
    naming = doc.word(k) in _NAMING_VERBS  # "Brandenburgs neuer Innenminister heißt A"
    copula = doc.word(k) in lex.COPULAS or plural or modal or naming
    if not copula and (gapped := _gapped_role(doc, k, m.first)) is not None:
        return [gapped]
    if k < 1 or not copula or not doc.same_sentence(k, m.first):
        return []
    lo = dateline_end(doc, doc.sentence_start(k), k)  # "Köln (Reuters) - Neue Chefin ..."
    if plural:  # "Bundesvorsitzende sind künftig A, 47, und B, 39": each one in the singular
        one = _fronted_plural_role(doc, lo, k, _person_gender(doc, m, None))
        return [one] if one is not None else []
    found = _fronted_role(doc, lo, k)
    if found is None and (pair := _fronted_coordinated(doc, lo, k)):
        return pair  # "Stellvertreter und Finanzminister ist A"
    if found is None:  # "Erstautorin ist A, Leiter der Gruppe ist B": the second clause
        comma = max(
            (j for j in range(max(lo, k - 8), k) if doc.words[j] in {",", ":", ";"}), default=-1
        )  # "… bekommt ein Pastorenpaar: Hauptpastorin wird A": the clause after a colon
        # (or a semicolon: "Vorsitzender wird A; seine Stellvertreterin ist B")
        if comma >= 0:
            found = _fronted_role(doc, comma + 1, k)
    return [found] if found is not None else []


def _gapped_role(doc: TokenView, h: int, first: int) -> RoleFind | None:
    """ "Prinz wird der Installateur A (41), Bauer der Brauereimitarbeiter B (38) und
    Jungfrau der Polizeibeamte C": a bare role noun at ``h`` after a comma or "und" and
    right before the name's phrase (at ``first``) repeats the fronted role and copula of
    the sentence's first clause, which the chain leaves out."""
    role = role_at(doc, h) if 0 < h < first else None
    if (
        role is None
        or role.kind != "noun"
        or role.base != doc.words[h]
        or doc.word(h - 1) not in {",", "und"}
        or not doc.same_sentence(h, first)
    ):
        return None
    lo = dateline_end(doc, doc.sentence_start(h), h)
    lo = max([lo] + [j + 1 for j in range(lo, h) if doc.words[j] == ":"])  # "steht fest: Prinz"
    if not doc.words[lo][:1].isupper() or doc.words[lo].lower() in lex.DEFINITE:
        return None
    copula = lo + 1
    if doc.word(copula) not in lex.COPULAS or _fronted_role(doc, lo, copula) is None:
        return None  # the sentence must open "Prinz wird …": a bare role and a copula
    return RoleFind(doc.words[h], role.gender, None, _role_party(role))


def _apposition_closes(doc: TokenView, m: Mention) -> bool:
    """Does the name's apposition end after it (a punctuation mark, "und" or the end of the
    sentence), not go on as the name's own clause ("…, A bleibt Präsident")?"""
    after = skip_tags(doc, m.stop)
    return (
        after >= doc.n
        or not doc.same_sentence(m.first, after)
        or doc.words[after] in lex.BOUNDARIES
        or doc.words[after] == "und"
    )


def _rank_before_titles(doc: TokenView, k: int, first: int) -> bool:
    """Is token ``k`` a lone capitalised noun right before the academic titles of the name
    at ``first``, after a copula ("war Brandoberrat Dr. A", "ist Oberstleutnant Dr. A")?
    A noun before "Dr." is the person's rank or office, part of the name's phrase."""
    return (
        k >= 1
        and before_titles(doc, first) == k
        and k < first - 1
        and doc.words[k].isalpha()
        and doc.words[k][:1].isupper()
        and doc.tags[k] in {"", "NOUN", "PROPN"}
        and not doc.other_entity[k]
        and doc.words[k - 1] in lex.COPULAS
        and doc.same_sentence(k - 1, first)
    )


def _past_apposition_role(doc: TokenView, k: int) -> int:
    """Past a role phrase with an article before the comma at ``k`` that opens the
    name's apposition, right after a copula: "Nachfolger wird [der bisherige Polizeichef
    von Krakau], A" gives the token before "der"; ``k`` when no such phrase stands there."""
    if doc.word(k) != ",":
        return k
    lo = doc.sentence_start(k)
    for a in range(k - 1, max(lo, k - 10), -1):
        if doc.words[a].lower() not in lex.DEFINITE | _APPOSITION_INDEFINITE | _POSSESSIVES:
            continue
        if doc.word(a - 1) not in lex.COPULAS | _PLURAL_COPULAS | _MODALS:
            if doc.words[a].lower() in {"der", "des"} and doc.words[a - 1][:1].isupper():
                continue  # "der frühere Leiter [der Sparkasse]": a genitive inside the phrase
            return k  # "wird"/"soll [der Bürgermeister von X], A, werden"
        h = a + 1
        while h < k and (
            (doc.words[h].islower() and adjective_stem(doc.words[h]) is not None)
            or place_adjective(doc.words[h])
        ):
            h += 1
        role = role_at(doc, h)
        if role is None or role.kind == "demonym" or complement_end(doc, h, k) != k:
            return k
        return a - 1
    return k


#: Verbs that give the name of the holder of a role fronted before them.
_NAMING_VERBS = lex.words("heißt hieß")

#: Modal verbs before a name and a closing infinitive copula ("soll A werden").
_MODALS = lex.words("soll sollte will wollte könnte dürfte muss müsste wird")

#: The plural of the copulas: a fronted plural role before coordinated names.
_PLURAL_COPULAS = lex.words("sind waren werden wurden bleiben blieben")
_POSSESSIVES = lex.POSSESSIVE_M | lex.POSSESSIVE_F
_ON = frozenset({"zum", "am"})
_DAY = re.compile(r"[0-3]?\d\.")


#: Prepositions of origin inside a coordinated name's phrase ("A aus Zell und B").
_ORIGIN_WORDS = frozenset({"aus", "von", "vom"})


def _past_earlier_names(doc: TokenView, k: int, first: int) -> int:
    """Past the names coordinated before the name at ``first`` whose noun phrase ends at
    ``k``: "sind A, 47, und B" gives the token before A; ``k`` when no "und"/"sowie" links
    them (an enumeration of names only, with ages or tags in between)."""
    lo = doc.sentence_start(first)
    j = k
    if doc.word(j) not in {"und", "sowie"}:
        return k
    j -= 1
    if doc.word(j) == ",":
        j -= 1
    steps = 0
    while j >= lo and steps < 12:
        w = doc.words[j]
        if w in {",", "(", ")"} or w.isdigit() or lex.party_of(w) or nm.is_initial(w):
            j -= 1
        elif (
            nm.is_capitalised_word(w)
            and (analyze_role(w) is None or doc.word(j - 1) in _ORIGIN_WORDS)
            and j > lo
        ):
            # a name word (which may also be a noun: "Bergmann"), or a place after "aus"
            # ("aus Rheinhessen", which the role lexicon reads as a demonym)
            j -= 1
        elif w in _ORIGIN_WORDS and j + 1 < k and nm.is_capitalised_word(doc.words[j + 1]):
            j -= 1  # "wurden A aus Rheinhessen und B": where the earlier one is from
        else:
            break
        steps += 1
    start = j + 1
    if start >= k or not nm.is_capitalised_word(doc.words[start]):
        return k
    return np_start(doc, start) - 1


def _participle_phrase_start(doc: TokenView, k: int) -> int | None:
    """Where "die in Teheran geborene" ending at token ``k`` (a participle adjective after
    "in <Place>" and an article) starts; None when it is no such phrase."""
    if adjective_stem(doc.words[k]) is None or k < 3:
        return None
    if (
        doc.word(k - 2) == "in"
        and doc.word(k - 3).lower() in lex.DEFINITE
        and nm.is_capitalised_word(doc.word(k - 1))
    ):
        return k - 3
    return None


def _fronted_plural_role(doc: TokenView, lo: int, k: int, gender: str | None) -> RoleFind | None:
    """A plural role alone before a plural copula ("Bundesvorsitzende sind", "Die
    Spitzenkandidaten waren") in the singular of the person's gender; None when the gender
    is unknown or more than the role and its article stand there."""
    h = k - 1
    if doc.word(h) in _RANKS or gender is None or h < lo or h - lo > 1:
        return None
    if h > lo and doc.words[lo].lower() not in _PLURAL_DETERMINERS:
        return None  # "Die Spitzenkandidaten sind", "Seine Stellvertreterinnen sind"
    w = doc.words[h]
    adj = role_at(doc, h, "die")
    if adj is not None and adj.kind == "adj" and w.endswith(("e", "en")):
        stem = w[:-2] if w.endswith("en") else w[:-1]
        role = RoleNoun(w, stem + ("er" if gender == "m" else "e"), gender, "adj")
    else:
        plural = analyze_plural_role(w)
        if plural is None and w.endswith(("er", "el")):
            plural = role_at(doc, h, "der")  # "Sprecher sind": the plural of "-er" as written
            plural = plural if plural is not None and plural.gender == "m" else None
        if plural is None or plural.kind == "demonym":
            return None
        role = for_person(plural, gender)
        if role.gender != gender and gender == "f":
            return None
    return RoleFind(role.base, role.gender, None, _role_party(role))


#: Prepositions of an adverbial phrase between a copula and a name: "ist in fünfter
#: Generation A", "ist seit Jahren A".
_ADVERBIAL_PREPOSITIONS = frozenset({"in", "seit", "nach", "mit"})


def _adverbial_phrase_start(doc: TokenView, k: int) -> int | None:
    """Where a phrase of a preposition, up to two lowercase adjectives or numbers and a
    common noun ending at token ``k`` starts ("in fünfter Generation", "seit Jahren");
    None when token ``k`` ends no such phrase (a name, a place, a role noun)."""
    w = doc.words[k]
    if not (w[:1].isupper() and lex.is_common_noun(w)) or analyze_role(w) is not None:
        return None
    j = k - 1
    while j > k - 3 and (doc.word(j).islower() or doc.word(j).isdigit()):
        if doc.words[j] in _ADVERBIAL_PREPOSITIONS:
            return j
        if adjective_stem(doc.words[j]) is None and not doc.words[j].isdigit():
            return None
        j -= 1
    return j if doc.word(j) in _ADVERBIAL_PREPOSITIONS else None


def _fronted_role(doc: TokenView, lo: int, k: int) -> RoleFind | None:
    """The role phrase that fills [lo, k) before the copula at ``k``, if any."""
    for h in range(lo, k):
        role = role_at(doc, h)
        if role is not None and role.kind != "demonym":
            end = complement_end(doc, h, k)
            if end < k and _quoted_source(doc, end, k):
                if _medium_named(doc, end):
                    end = k  # "Erstautor der Studie im Fachblatt „Cell“ ist": an attribute
                else:
                    end = k = end  # "Erstautorin der Studie in „Nature“ ist": where it appeared
            elif end == k:
                source = next((j for j in range(h + 2, k) if _quoted_source(doc, j, k)), None)
                if source is not None and not _medium_named(doc, source):
                    end = k = source
            if end == k:
                if role.base in _RANKS or adjective_stem(role.base.lower()) in _ORDINALS:
                    return None
                return RoleFind(role_phrase(doc, h, role, k), role.gender, None, _role_party(role))
        w = doc.words[h]
        lw = w.lower()
        if _superlative(lw):
            return None  # "Beste Spielerin war A", "Schnellste Frau war B": a ranking
        if lw in lex.PREPOSITIONS:
            return None  # "Unter den Opfern ist auch der Feuerwehrmann A": no role phrase
        if not (
            lw in lex.DEFINITE
            or (h == lo and lw in _POSSESSIVES)  # "Ihr Nachfolger soll A werden"
            or (h == lo and _place_genitive(w))  # "Brandenburgs neuer Innenminister heißt A"
            or adjective_stem(lw) is not None
            or place_adjective(w)
            or (role is not None and role.kind == "adj")  # "Vorsitzender Richter ..."
        ):
            return None
    return None


def _fronted_coordinated(doc: TokenView, lo: int, k: int) -> list[RoleFind]:
    """Two role phrases joined by "und" that fill [lo, k) before the copula at ``k``:
    "Stellvertreter und Finanzminister ist A", "Gründerin und Chefin der Firma ist B".
    Both must be roles of one gender (or either); nothing else may stand there."""
    for u in range(lo + 1, k - 1):
        if doc.words[u] != "und":
            continue
        first = _fronted_role(doc, lo, u)
        second = _fronted_role(doc, u + 1, k)
        if first is None or second is None:
            return []
        if None not in {first.gender, second.gender} and first.gender != second.gender:
            return []  # "Trainer und Spielerin ist ...": no one person
        return [first, second]
    return []


#: Superlative stems that are no regular "-st"/"-est" of an adjective stem.
_SUPERLATIVES = lex.words("best meist höchst größt ältest jüngst längst nächst")


def _superlative(word: str) -> bool:
    """Is ``word`` (lowercase) a declined superlative ("beste", "erfolgreichsten",
    "schnellster")?"""
    stem = adjective_stem(word)
    if stem is None or stem in _SUPERLATIVES:
        return stem is not None
    for suffix in ("st", "est"):  # "erfolgreich-st", "heiß-est"
        base = stem.removesuffix(suffix)
        if base != stem and len(base) > 2 and adjective_stem(base + "e") is not None:
            return True
    return False


def _quoted_source(doc: TokenView, j: int, k: int) -> bool:
    """Is [j, k) "in „Nature“": "in" and a title of one to four words in quotation marks?
    A noun may name the medium first: "im Fachblatt „Cell“", "in der Zeitschrift „Nature“"."""
    if doc.word(j) not in {"in", "im"} or k - j > 9:
        return False
    q = j + 1
    if doc.word(j) == "in" and doc.word(q) in {"der", "dem"}:
        q += 1
    w = doc.word(q)
    if w[:1].isupper() and lex.is_common_noun(w) and analyze_role(w) is None:
        q += 1  # the medium
    elif doc.word(j) == "im" or q > j + 1:
        return False
    return k - q <= 6 and quoted_title_end(doc, q) == k


def _medium_named(doc: TokenView, j: int) -> bool:
    """Does the source "in „Nature“" at ``j`` name its medium by a noun ("im Fachblatt
    „Cell“", "in der Zeitschrift „Science“")? Then the phrase is an attribute of the noun
    before it ("der Studie im Fachblatt „Cell“") and stays in the role, as in an
    apposition; a bare "in „Nature“" only says where the study appeared."""
    q = j + 1
    if doc.word(j) == "in" and doc.word(q) in {"der", "dem"}:
        q += 1
    return doc.word(q) not in OPEN_QUOTES


def _origin(doc: TokenView, k: int) -> bool:
    """Is token ``k`` a place after "aus" ("Anna Berg aus Ihringen")?"""
    w = doc.words[k]
    return lex.is_place(w) or doc.other_entity[k] or nm.is_name_core(w)


def skip_origin(doc: TokenView, j: int) -> int:
    """Past "aus <place>" at token ``j`` after a name, else ``j``: "aus Bonn", a place of
    several words ("aus Novi Sad", "aus Den Haag") or with an article ("aus dem
    Schwarzwald"). A lowercase word or a role noun ends the place."""
    if doc.word(j) != "aus" or not doc.same_sentence(j, j + 1):
        return j
    k = j + 1
    if doc.word(k) in {"dem", "der"} and (doc.other_entity[min(k + 1, doc.n - 1)]):
        k += 1  # "aus dem Schwarzwald", "aus der Schweiz"
    if k >= doc.n or not _origin(doc, k):
        return j
    end = k + 1
    while (
        end < doc.n
        and end - k < 3
        and doc.same_sentence(k, end)
        and nm.is_capitalised_word(doc.words[end])
        and (doc.other_entity[end] or nm.is_name_core(doc.words[end]))
        and analyze_role(doc.words[end]) is None
    ):
        end += 1  # "aus Novi Sad"
    return end


#: Verbs of a candidacy, an application or a reputation: "kandidiert als Bürgermeisterin"
#: names an office not (yet) held, "gilt als Favorit" an opinion.
_CANDIDACY_VERBS = lex.words("kandidiert kandidierte bewirbt bewarb tritt trat gilt galt")


def _subject_np(doc: TokenView, m: Mention) -> bool:
    """Does the noun phrase of ``m`` open its sentence, alone or as the apposition of a
    role phrase there ("Die Witwe des Opfers, Gesa Brüning, war ...")?"""
    lo = doc.sentence_start(m.first)
    start = np_start(doc, m.first)
    if start in {lo, dateline_end(doc, lo, start)}:
        return True  # also after a dateline: "Kiel - A arbeitet als Lehrerin"
    if doc.word(start - 1) == ";" and start > lo:
        return True  # "B war im Amt; ihr Sohn A sitzt als Abgeordneter im Parlament"
    if doc.word(start - 1) != ",":
        return False
    return _role_before_comma(doc, m) is not None


def _as_role(doc: TokenView, m: Mention, known: str | None = None) -> RoleFind | None:
    """ "als <role>" in the clause of the subject ``m``: "A war als Nebenklägerin im Saal",
    "Die Theologin A leitet künftig als Bevollmächtigte des Generalvikars das Amt", "Deren
    Mutter, A, arbeitet heute als Trainerin". Only a genitive complement is part of the
    role; a candidacy ("kandidiert als") and a reflexive ("sieht sich als") give nothing.
    Also the subject after the finite verb ("Im Prozess hat seine Sekretärin A als Zeugin
    ausgesagt") and the subject of a relative clause after the name ("Sein Sohn A, der das
    Unternehmen seit 2015 als Geschäftsführer leitet, ..."). ``known``: the gender that
    the roles found at the mention give ("ihren Neffen A, der ..." when the first name
    tells none)."""
    gender = _person_gender(doc, m, known)
    tagged = skip_tags(doc, m.stop)
    j = skip_age_apposition(doc, tagged)
    if j > tagged and doc.word(j) in _RELATIVE_SUBJECT:
        j -= 1  # "A, 46, der ...": the comma after the age opens the relative clause
    if doc.word(j) == "," and doc.word(j + 1) in _RELATIVE_SUBJECT:
        return relative_as_role(doc, m.first, j, gender)
    if (
        doc.word(j) in _PARTICLES
        and doc.word(j + 1) == ","
        and gender is not None
        and doc.word(j + 2) in _RELATIVE_SUBJECT
    ):
        # "Er löst A ab, die als Staatssekretärin ins Ministerium wechselt": the relative
        # clause after the particle that closes the clause of the name (a known gender)
        return relative_as_role(doc, m.first, j + 1, gender)
    if not _subject_np(doc, m):
        if _inverted_subject(doc, m):
            return as_role_at(doc, m.first, _time_before_as(doc, j), gender)
        return _fronted_as_role(doc, m, gender) or _fronted_as_object(doc, m, gender)
    if doc.word(np_start(doc, m.first) - 1) == ",":
        fronted = _fronted_as_role(doc, m, gender)  # "Als Nebenklägerin ist die Schwester
        if fronted is not None:  # der Toten, A, zugelassen"
            return fronted
    if doc.word(j) == "," and np_start(doc, m.first) > doc.sentence_start(m.first):
        j += 1  # the comma that closes the apposition
        if doc.word(j) == "als" and _inverted_role_phrase(doc, np_start(doc, m.first) - 1):
            # "Im Prozess hat die Witwe des Opfers, A, als Nebenklägerin ausgesagt"
            return as_role_at(doc, m.first, j, gender)
    return as_role_after_verb(doc, m.first, _past_role_apposition(doc, j), gender)


#: "in den 1970er Jahren": a decade as a time adverbial.
_DECADE = re.compile(r"(?:1[89]|20)[0-9]0er")


def _decade_span(doc: TokenView, j: int) -> int:
    """The token after "in den 1970er [Jahren]" at ``j`` (a decade), else ``j``."""
    if doc.word(j) != "in" or doc.word(j + 1) != "den" or not _DECADE.fullmatch(doc.word(j + 2)):
        return j
    k = j + 4 if doc.word(j + 3) == "Jahren" else j + 3
    return k if doc.same_sentence(j, k - 1) else j


def _time_end(doc: TokenView, j: int, span_at_j: int | None = None) -> int:
    """The token after up to three time adverbials at ``j`` ("in den 1970er Jahren",
    "seit 2019", "im Mai", "zum 1. April", "im Jahr 2010", "am Montag", "nach zehn
    Jahren", an adverb of :data:`lex.PREDICATE_ADVERBS` such as "jetzt"; not "zunächst",
    which that list lacks); ``j`` when there is none. ``span_at_j``: :func:`time_span` at
    ``j`` when the caller has read it already (it is not read twice)."""
    k = j
    for _ in range(3):
        w, n = doc.word(k), doc.word(k + 1)
        if w in lex.PREDICATE_ADVERBS:
            k += 1
        elif (
            (span := span_at_j if k == j and span_at_j is not None else time_span(doc, k)) > k
            or (span := _point_in_time(doc, k)) > k
            or (span := _decade_span(doc, k)) > k
        ):
            k = span
        elif YEAR.fullmatch(w):
            k += 1
        elif w == "im" and n == "Jahr" and YEAR.fullmatch(doc.word(k + 2)):
            k += 3
        elif w == "am" and n in lex.WEEKDAYS:
            k += 2
        elif w == "nach" and (n in _YEAR_COUNTS or n.isdigit()) and doc.word(k + 2) == "Jahren":
            k += 3
        else:
            break
    return k if doc.same_sentence(j, k - 1) else j


def _time_before_as(doc: TokenView, j: int) -> int:
    """The "als" after time adverbials at ``j`` (:func:`_time_end`: "Bekannt wurde A in den
    1970er Jahren als …", "Seit Montag ist A jetzt als …", "seit 2019 als"); ``j`` when
    no "als" follows them."""
    k = _time_end(doc, j)
    return k if doc.word(k) == "als" and doc.same_sentence(j, k) else j


#: Counts of "nach <count> Jahren" ("tritt nach zehn Jahren als Trainer ab", "nach elf
#: Jahren", "nach dreißig Jahren").
_YEAR_COUNTS = SMALL_COUNTS | frozenset(TENS) | lex.words("vielen")


def _past_role_apposition(doc: TokenView, j: int) -> int:
    """The token after a role apposition that opens with the comma at ``j`` and closes
    with a comma before a lowercase word, the verb of the subject: "A, Enkel des Gründers
    B, bleibt als Berater": ``j`` itself when there is none."""
    if doc.word(j) != ",":
        return j
    k = j + 1
    if doc.word(k).lower() in lex.DEFINITE:
        k += 1
    while qualifier_stem(doc.word(k)) is not None:
        k += 1
    role = role_at(doc, k)
    if role is None or role.kind == "demonym" or not doc.same_sentence(j, k):
        return j
    end = complement_end(doc, k, doc.n)
    while end < doc.n and end - k <= 12 and nm.is_capitalised_word(doc.words[end]):
        end += 1  # the name in the genitive: "des Gründers B"
    end = skip_tags(doc, end)
    if doc.word(end) != "," or not doc.same_sentence(j, end + 1):
        return j
    verb = doc.word(end + 1)
    return end + 1 if verb.isalpha() and verb.islower() else j


def _inverted_role_phrase(doc: TokenView, comma: int) -> bool:
    """Does the role phrase before the apposition's comma at ``comma`` start with a
    nominative article right after the finite verb in second place ("Im Prozess hat [die
    Witwe des Opfers], A, ...")? Then it and its apposition are the subject; not an
    object ("hat der Richter den Bruder des Opfers, A, als Zeugen gehört")."""
    lo = doc.sentence_start(comma)
    for h in range(max(lo, comma - 12), comma):
        role = role_at(doc, h)
        if role is None or role.kind == "demonym" or complement_end(doc, h, comma) != comma:
            continue
        article, det = determiner_before(doc, h)
        return article in {"der", "die"} and verb_before_subject(doc, det)
    return False


def as_role_after_verb(doc: TokenView, first: int, j: int, gender: str | None) -> RoleFind | None:
    """ "<verb> [adverbs] als <role>" at token ``j``, said of the subject that starts at
    ``first``, in the person's ``gender``."""
    verb = doc.word(j)
    if not (verb.isalpha() and verb.islower()) or verb in {"als", "und"}:
        return None
    if verb in _CANDIDACY_VERBS and not (verb in _APPEARANCE_VERBS and _closing_auf(doc, j)):
        return None  # "tritt als Kandidatin an", but "trat als Nebenkläger auf", "tritt als
        # Parteichef zurück"
    j += 1
    for _ in range(3):
        if doc.word(j) in lex.PREDICATE_ADVERBS and doc.same_sentence(first, j):
            j += 1
        elif (spanned := time_span(doc, j)) > j:
            j = spanned  # "leitet seit 2019 als Direktor das Museum"
        elif (span := _place_before_as(doc, j)) > j:
            j = span  # "sitzt im Landtag als Abgeordneter", "sitzt für die SPD als …"
        elif doc.word(j) in _PLACE_ADVERBS and doc.word(j + 1) == "als":
            j += 1  # "arbeitet dort als Ingenieurin"
        elif (span := _led_object_before_as(doc, j, verb)) > j:
            j = span  # "führt das Unternehmen als Vorstandschef"
        elif (span := _predecessor_before_as(doc, j, verb)) > j:
            j = span  # "folgt auf Petra Nolte als Intendant"
        elif (span := _time_end(doc, j, spanned)) > j and (
            doc.word(span) == "als" or _predecessor_before_as(doc, span, verb) > span
        ):
            j = span  # "trat im Mai als Ministerin zurück", "folgte 2019 auf A als …"
        else:
            break
    return as_role_at(doc, first, j, gender)


#: Verbs of leading whose object may stand before "als": "führt das Unternehmen als Chef".
_LEADING_VERBS = lex.words("führt führte leitet leitete lenkt lenkte")


def _led_object_before_as(doc: TokenView, j: int, verb: str) -> int:
    """The token after "<definite article> <noun>" at ``j`` when "als" follows and ``verb``
    leads it ("führt das Unternehmen als Vorstandschef", "leitet die Klinik als
    Chefärztin"); ``j`` otherwise. Other verbs' objects take the role themselves ("sieht den
    Trainer als Vorbild")."""
    if verb not in _LEADING_VERBS or doc.word(j).lower() not in {"das", "die", "den"}:
        return j
    noun = doc.word(j + 1)
    if not noun[:1].isupper() or role_at(doc, j + 1) is not None:
        return j  # "leitet die Chefin als ...": a person as the object
    als = time_span(doc, j + 2)  # "führt das Unternehmen seit 2010 als Chef"
    if doc.word(als) != "als" or _clause_closing(doc, als)[-1] in _PARTICLES:
        return j  # "führt den Hund als Begleiter mit": another verb ("mitführen")
    return als


#: Finite forms of "folgen" whose "auf <name> als <role>" gives the subject the office.
_FOLLOWING_VERBS = lex.words("folgt folgte")


def _predecessor_before_as(doc: TokenView, j: int, verb: str) -> int:
    """The "als" after "[auf] <name>" at ``j`` when ``verb`` is "folgt"/"folgte" ("folgt
    [auf] Petra Nolte als Intendant": the subject succeeds her in the office); ``j``
    otherwise. The words between are a person's name (without "auf" opening with a listed
    first name): capitalised, not role nouns, at most four."""
    if verb not in _FOLLOWING_VERBS:
        return j
    if doc.word(j) == "auf":
        k = j + 1
    elif lex.is_given_name(doc.word(j)):
        k = j  # the dative without "auf": "folgt Petra Nolte als Intendant"
    else:
        return j
    start = k
    while k < j + 5 and doc.word(k)[:1].isupper() and role_at(doc, k) is None:
        k += 1
    if k == start or doc.word(k) != "als" or not doc.same_sentence(j, k):
        return j
    return k


#: Adverbs of place before "als": "arbeitet dort als Ingenieurin".
_PLACE_ADVERBS = lex.words("dort hier da")
#: Prepositions of a short place or side before "als": "sitzt im Landtag als Abgeordneter".
_PLACE_BEFORE_AS = lex.words("im in am an beim bei für auf")


def _place_before_as(doc: TokenView, j: int) -> int:
    """The token after "<preposition> [article] <capitalised word>" at ``j`` when "als"
    follows right after it ("im Parlament", "für die SPD", "an der Universität"); ``j``
    otherwise. A first name there is no place ("bei Anna als …")."""
    if doc.word(j) not in _PLACE_BEFORE_AS:
        return j
    k = j + 1
    if doc.word(k) in _PLACE_ARTICLES:
        k += 1
    w = doc.word(k)
    if not w[:1].isupper() or lex.is_given_name(w) or not doc.same_sentence(j, k + 1):
        return j
    return k + 1 if doc.word(k + 1) == "als" else j


def as_role_at(doc: TokenView, first: int, j: int, gender: str | None) -> RoleFind | None:
    """The role of "als [adjectives] <role> [genitive]" at token ``j`` in the sentence of
    token ``first``, when its gender agrees with ``gender``; no ranking ("als erste")."""
    if doc.word(j) not in {"als", "Als"} or not doc.same_sentence(first, j):
        return None
    closing = _clause_closing(doc, j)
    if any(w in _CANDIDACY_CLOSERS for w in closing):
        return None  # "ist bei der Wahl als Kandidatin angetreten": not (yet) the office
    if any(cached_lemma(w) in _JUDGING_VERBS for w in closing):
        return None  # "wird als Experte gesehen", "der sich als Retter feiern lässt"
    as_word = j
    j += 1
    while (stem := adjective_stem(doc.word(j))) is not None:
        if stem == "einzig" and _work_verb_before(doc, as_word):
            j += 1  # "arbeitet als einzige Hebamme auf der Insel": still her job
            continue
        if stem in _ORDINALS or stem in {"einzig", "letzt", "best"}:
            return None  # "hat als erste deutsche Autorin ... gewonnen": a ranking
        j += 1
    role = role_at(doc, j, None)
    if role is None or role.kind == "demonym" or not doc.same_sentence(first, j):
        return None
    if ORDINAL_NOUN.fullmatch(doc.words[j].lower()) or doc.words[j] in lex.GENERIC_PERSONS:
        return None  # "als Zwölfter": a place in a ranking; "als Kind": a time of life
    if gender is not None and role.gender is not None and role.gender != gender:
        return None
    if lex.is_given_name(doc.word(j + 1)):
        return None  # "hat als Zeugin Petra B befragt": the role is the name's after it
    end = _genitive_end(doc, j)
    return RoleFind(role_phrase(doc, j, role, end), role.gender, None, _role_party(role))


#: Verbs of a job held "als <role>" ("arbeitet als einzige Hebamme").
_JOB_LEMMAS = frozenset({"arbeiten", "praktizieren", "wirken", "dienen", "unterrichten"})


def _work_verb_before(doc: TokenView, j: int) -> bool:
    """Does a finite verb of work stand within three tokens before "als" at ``j`` in its
    sentence ("arbeitet seit 2010 als …"; not "hat als einzige … gewonnen")?"""
    lo = doc.sentence_start(j)
    return any(
        doc.words[k].islower() and cached_lemma(doc.words[k]) in _JOB_LEMMAS
        for k in range(max(lo, j - 3), j)
    )


#: Finite forms of "ablösen" with the particle at the clause's end ("löst A als … ab") and
#: the forms that close the clause themselves ("hat A als … abgelöst", "soll A … ablösen").
_REPLACING = lex.words("löst löste lösen lösten")
_REPLACED = lex.words("abgelöst ablösen abzulösen")
_SUBJECT_AUXILIARIES = lex.words("hat hatte haben hatten soll sollte will wollte wird")


def _succession_role(doc: TokenView, m: Mention, gender: str | None) -> RoleFind | None:
    """The office of "ablösen … als <role>": "Die 36-Jährige B löst ihren Vater A als
    Geschäftsführerin ab" (the subject B takes it over), "Der Konzern hat seinen Gründer A
    als Vorstandschef abgelöst" (the object A held it). The subject that opens the sentence
    and the object right before "als" both get the office when its gender fits theirs
    (``gender``, through :func:`as_role_at`): "B löst A als Geschäftsführerin ab" gives the
    father nothing. Only a clause that closes with "ab" or the participle or infinitive."""
    after = skip_age_apposition(doc, skip_tags(doc, m.stop))
    lo = doc.sentence_start(m.first)
    start = _before_age_attribute(doc, np_start(doc, m.first))  # "Die 36-jährige B löst"
    subject = _subject_np(doc, m) or start in {lo, dateline_end(doc, lo, start)}
    if doc.word(after) == "als":
        als = after  # the object: the name right before "als"
        if subject:
            return None  # "A löst als Trainer B ab" is read from the subject below
        start = doc.sentence_start(m.first)
        if not any(
            doc.words[k] in _REPLACING | _SUBJECT_AUXILIARIES for k in range(start, m.first)
        ):
            return None  # the verb must come before the object
    elif subject and doc.word(after) in _REPLACING | _SUBJECT_AUXILIARIES:
        als = after + 1
        while doc.same_sentence(m.first, als) and doc.words[als] not in lex.BOUNDARIES | {"als"}:
            als += 1
    else:
        return None
    if doc.word(als) != "als" or not doc.same_sentence(m.first, als):
        return None
    closing = _clause_closing(doc, als)
    finite = any(doc.words[k] in _REPLACING for k in range(doc.sentence_start(m.first), als))
    if not ((finite and closing[-1] == "ab") or set(closing) & _REPLACED):
        return None  # "hat A als Trainer verpflichtet", "löst die Verträge als … auf"
    if any(doc.words[k] in _NOT_AS for k in range(lo, als + 8) if doc.same_sentence(lo, k)):
        return None  # "löst A als Trainer nicht ab", "hat A nicht als Chef abgelöst"
    return as_role_at(doc, m.first, als, gender)


def _fronted_as_role(doc: TokenView, m: Mention, gender: str | None) -> RoleFind | None:
    """ "Als Vorstandschef folgt A auf B": "als <role>" opens the sentence, a finite verb
    (no candidacy or opinion: "Als Favoritin gilt A") stands right before the name's phrase,
    which is then the subject."""
    verb = np_start(doc, m.first) - 1
    lo = doc.sentence_start(m.first)
    if doc.word(verb) == "," and doc.word(skip_tags(doc, m.stop)) == ",":
        inner = _role_ending_at_comma(doc, verb)  # "Als Nebenklägerin ist die Schwester
        # der Toten, A, zugelassen": the name in apposition to the subject's role phrase
        if inner is None or inner[3] != verb:
            return None
        article, det = determiner_before(doc, inner[0])
        verb = (det if article is not None else inner[0]) - 1
    return fronted_as_phrase(doc, dateline_end(doc, lo, verb), verb, gender)


def fronted_as_phrase(doc: TokenView, lo: int, verb: int, gender: str | None) -> RoleFind | None:
    """The role of "Als <role> <verb>" opening a clause at ``lo``, when the role phrase ends
    right before the finite verb at ``verb`` (no candidacy or opinion: "Als Favoritin gilt";
    no appointment: "Als Sachwalter bestellte A …"; no stage of life in the past: "Als Schüler
    hat …"): the subject after the verb holds it (:func:`_fronted_as_role` for a name,
    :func:`app.people.anaphora.inverted_pronoun_predicates` for "er"/"sie")."""
    w = doc.word(verb)
    if doc.words[lo] != "Als" or verb <= lo + 1 or not (w.isalpha() and w.islower()):
        return None
    if w in _CANDIDACY_VERBS or cached_lemma(w) in _JUDGING_VERBS:
        return None
    if w in lex.APPOINTMENT_VERBS and not w.startswith("ge"):
        return None  # "Als Sachwalter bestellte Richter A den Anwalt B": A appoints
    if doc.tags[verb] not in {"AUX", "VERB", ""}:
        return None
    found = as_role_at(doc, lo, lo, gender)
    if found is None:
        return None
    head = next(k for k in range(lo + 1, verb + 1) if role_at(doc, k))
    if doc.words[head] in _LIFE_STAGES and _past_verb(w):
        return None  # "Als Schüler hat der heutige Bürgermeister A hier gewohnt": back then
    role_end = _genitive_end(doc, head)
    return found if role_end == verb else None


def _fronted_as_object(doc: TokenView, m: Mention, gender: str | None) -> RoleFind | None:
    """ "Als Sachwalter bestellte das Gericht den Anwalt A": "als <role>" opens the
    sentence, a verb of appointment follows the role phrase, then a subject without a name
    ("das Gericht", at most three words, no comma), then the name's phrase: the object
    appointed to the role. Not when the name follows the verb (then it is the subject
    that appoints somebody else: "Als Sachwalter bestellte A den Anwalt B")."""
    lo = dateline_end(doc, doc.sentence_start(m.first), m.first)
    if doc.words[lo] != "Als":
        return None
    found = as_role_at(doc, m.first, lo, gender)
    head = next((k for k in range(lo + 1, m.first) if role_at(doc, k)), None)
    if found is None or head is None:
        return None
    verb = _genitive_end(doc, head)
    w = doc.word(verb)
    if not (w in lex.APPOINTMENT_VERBS and w.islower() and not w.startswith("ge")):
        return None
    start = np_start(doc, m.first)
    subject = doc.words[verb + 1 : start]
    if not 2 <= len(subject) <= 3 or subject[0].lower() not in lex.DEFINITE:
        return None
    if any(not x[:1].isupper() for x in subject[1:]):
        return None  # "bestellte das Gericht am Montag A": not a plain subject
    if any(role_at(doc, k) is not None for k in range(verb + 2, start)):
        return None  # "Als Sachwalter bestellte der Anwalt A": who appoints whom is unclear
    if any(w in _NOT_AS - {"sich"} for w in doc.words[verb : doc.sentence_stop(verb)]):
        return None  # "Als Gutachter bestellte das Gericht den Arzt A nicht"
    return found


#: Stages of life that a fronted "Als …" with a past verb tells of as gone by.
_LIFE_STAGES = lex.words(
    """Schüler Schülerin Student Studentin Kind Jugendlicher Jugendliche Teenager Lehrling
    Azubi Auszubildender Auszubildende Praktikant Praktikantin Abiturient Abiturientin
    Gymnasiast Gymnasiastin Doktorand Doktorandin Referendar Referendarin"""
)
_PAST_AUXILIARIES = lex.words("hat hatte hatten haben war waren wurde wurden")


def _past_verb(w: str) -> bool:
    """Does the finite verb ``w`` tell of the past: a perfect's or past auxiliary, a weak
    past ("spielte") or a strong past that ends in neither "-t" nor "-en" ("gewann",
    "kam"; "hielt" is missed)?"""
    if w in _PAST_AUXILIARIES:
        return True
    lemma = cached_lemma(w)
    if lemma == w:
        return False
    return w.endswith(("te", "ten")) or not w.endswith(("t", "en"))


#: Words that close a clause of candidacy or reputation: "tritt als Kandidatin an",
#: "ist als Kandidatin angetreten", "hat sich als Trainer beworben".
_CANDIDACY_CLOSERS = lex.words(
    "an angetreten antreten antritt antrat kandidiert kandidierte kandidieren beworben bewerben"
    " bewirbt bewarb gegolten gelten gilt galt gehandelt"
)


def _clause_closing(doc: TokenView, j: int) -> tuple[str, ...]:
    """The last word of the clause of token ``j`` (before a comma, a full stop, ...) and,
    when that is an auxiliary ("der als Nachfolger gehandelt wird", "angetreten ist"),
    the word before it."""
    k = j + 1
    while doc.same_sentence(j, k) and doc.words[k] not in lex.BOUNDARIES and k - j < 20:
        k += 1
    last = doc.word(k - 1)
    if last in _CLOSING_AUXILIARIES and k - 2 > j:
        return (last, doc.word(k - 2))
    return (last,)


#: Finite auxiliaries that may close a verb-last clause after its participle or infinitive.
_CLOSING_AUXILIARIES = lex.COPULAS | lex.words(
    "sind waren werden wurden hat hatte haben hatten worden lässt ließ"
)


#: "tritt/trat ... auf": an appearance ("trat als Nebenkläger auf"), no candidacy.
_APPEARANCE_VERBS = lex.words("tritt trat")


#: Particles of "treten" whose "als" names a role held: "trat als Nebenkläger auf",
#: "tritt als Parteichef zurück", "trat als Trainer ab" (not "an": a candidacy).
_HELD_ROLE_PARTICLES = lex.words("auf zurück ab")


def _closing_auf(doc: TokenView, j: int) -> bool:
    """Does the clause of the verb at ``j`` end in a particle of :data:`_HELD_ROLE_PARTICLES`
    (before a full stop, a comma or a conjunction)?"""
    k = j + 1
    while doc.same_sentence(j, k) and doc.words[k] not in {",", ";", ":", "und", "."}:
        k += 1
    return doc.word(k - 1) in _HELD_ROLE_PARTICLES


def _inverted_subject(doc: TokenView, m: Mention) -> bool:
    """Does the noun phrase of ``m`` stand right after the finite verb in second place,
    after a fronted phrase ("Im Prozess gegen X hat seine Sekretärin A ...")? Then it
    is the subject (German puts the subject first after the verb)."""
    return verb_before_subject(doc, np_start(doc, m.first))


def verb_before_subject(doc: TokenView, start: int) -> bool:
    """Is the token before the noun phrase at ``start`` the finite verb in second place
    after a fronted adverbial ("Im Prozess gegen X hat A ...", "Seit Montag ist A ...",
    "Nun wechselt die 51-Jährige ...")? Then the phrase is the subject. Not after a
    fronted subject ("Der 81-Jährige empfahl A als ...": A is an object), not after a
    verb of naming or judging ("bezeichnete A als ...") or of candidacy ("gilt A als ...")."""
    verb = start - 1
    lo = doc.sentence_start(start)
    lo = dateline_end(doc, lo, verb)
    w = doc.word(verb)
    fronted = doc.words[lo].lower() if lo < doc.n else ""
    if not (
        verb > lo
        and w.isalpha()
        and w.islower()
        and cached_lemma(w) not in _JUDGING_VERBS
        and (w not in _CANDIDACY_VERBS or _steps_into(doc, verb))  # "Heute gilt A als …"
        and (doc.tags[verb] in {"AUX", "VERB"} or (not doc.tags[verb] and w in _FINITE_AUX))
        and (
            fronted in _FRONTED_ADVERBIALS
            or (fronted in _FAME_PREDICATIVES and verb == lo + 1)  # "Bekannt wurde A als …"
        )
    ):
        return False
    return not any(
        doc.tags[k] in {"AUX", "VERB"} or doc.words[k] in {",", ";", ":"}
        for k in range(lo + 1, verb)
    )


#: Predicatives of fame fronted before a copula: "Bekannt wurde A als Sängerin".
_FAME_PREDICATIVES = lex.words("bekannt berühmt populär")


def _steps_into(doc: TokenView, verb: int) -> bool:
    """Is "tritt/trat" at ``verb`` a step into a place ("An seine Stelle tritt A als
    Verwalter."), no candidacy ("tritt A als Kandidatin an") or appearance ("trat A als
    Zeugin auf"): its clause closes with a capitalised word, not a particle?"""
    if doc.word(verb) not in _APPEARANCE_VERBS:
        return False
    last = _clause_closing(doc, verb)[-1]
    return last[:1].isupper()


#: First words of a fronted adverbial: a preposition or an adverb of time or manner.
_FRONTED_ADVERBIALS = (
    lex.PREPOSITIONS
    | frozenset(lex.CONTRACTIONS)
    | lex.PREDICATE_ADVERBS
    | lex.words("seit während wegen trotz bis gestern morgen zuletzt danach später zudem")
    | lex.words("dort hier")  # "Dort ist A seit 2019 Bürgermeisterin"
)


#: Verbs of naming and judging: "bezeichnete [der Minister] A als Lügnerin" is an opinion
#: about an object, and a subject may stand before it unseen.
_JUDGING_VERBS = lex.words(
    "bezeichnen nennen beschimpfen betrachten sehen beschreiben feiern würdigen loben "
    "kritisieren verspotten titulieren brandmarken empfinden ansehen einstufen entlarven"
)

#: Finite auxiliaries: the verb in second place when no tagger tells ("hat A als ...").
_FINITE_AUX = lex.COPULAS | lex.words("hat hatte soll sollte will wollte muss musste kann konnte")

#: Relative pronouns of a person in the nominative: the subject of the relative clause.
_RELATIVE_SUBJECT = {"der": "m", "die": "f"}


def relative_as_role(doc: TokenView, first: int, j: int, gender: str | None) -> RoleFind | None:
    """ "A, der das Unternehmen seit 2015 als Geschäftsführer leitet,": "als <role>" in a
    relative clause whose pronoun ("der" for a man, "die" for a woman) is its subject; no
    other subject (a pronoun, a name, a role noun) may stand before "als". ``first``: the
    first token of the antecedent (a name, or "Die 47-Jährige"); ``j``: the comma. When
    the antecedent's gender is unknown (a first name the lexicon lacks), the role noun
    must have the pronoun's gender ("Switlana A, die als Vizeregierungschefin ...": a
    feminine noun after "die" is no plural)."""
    pronoun = _RELATIVE_SUBJECT.get(doc.word(j + 1))
    if doc.word(j) != "," or pronoun is None or (gender is not None and pronoun != gender):
        return None
    k = j + 2
    while k < j + 10 and doc.same_sentence(first, k):
        w = doc.words[k]
        if w == "als":
            found = as_role_at(doc, first, k, pronoun)
            if found is None or (gender is None and found.gender != pronoun):
                return None
            return _with_place_of_work(doc, k, found)
        if w in {",", ";", ":", "(", "–"} or w.lower() in _PERSON_PRONOUNS | _NOT_AS:
            return None  # "der nicht als Trainer arbeitet", "die sich als Expertin sieht"
        if (
            w[:1].isupper()
            and (
                analyze_role(w) is not None or w in lex.GENERIC_PERSONS or not lex.is_common_noun(w)
            )
            and not _thing_name(doc, k)
        ):
            return None  # another person or a name: "..., die ihr Chef A als ...", "den Mann"
        k += 1
    return None


def _thing_name(doc: TokenView, k: int) -> bool:
    """Is the capitalised word at ``k`` the name of a thing after its article and common
    noun ("das Museum Folkwang", "die Zeche Zollverein"), or a place ("in Essen")? Then it
    is an object or an adverbial of a relative clause, no other person."""
    w = doc.words[k]
    if lex.is_place(w) and doc.word(k - 1).islower():
        return True  # "in Essen", "nach Bonn"
    noun = doc.word(k - 1)
    return (
        not lex.is_given_name(w)
        and noun[:1].isupper()
        and lex.is_common_noun(noun)
        and analyze_role(noun) is None
        and noun not in lex.GENERIC_PERSONS
        and doc.word(k - 2).lower() in lex.DEFINITE
    )


def _with_place_of_work(doc: TokenView, als: int, found: RoleFind) -> RoleFind:
    """ "der bisher als Koch auf einem Kreuzfahrtschiff arbeitete": in a relative clause
    the verb closes the clause, so one prepositional phrase with an article or a name
    ("auf einem Schiff", "am Staatstheater Kassel", "in Cottbus") that runs from the role
    noun right up to that one verb says where the office is held and belongs to the
    role; not an idiom without an article ("als Lehrerin in Rente ging"), nor in a main
    clause, where the phrase may be the verb's ("leitet als Chefin beim Verband das Büro")."""
    h = als + 1
    while adjective_stem(doc.word(h)) is not None:
        h += 1
    stop = h + 1
    while doc.same_sentence(als, stop) and doc.words[stop] not in lex.BOUNDARIES:
        stop += 1
    verb = stop - 1
    role = role_at(doc, h, None)
    prep = doc.word(h + 1)
    if role is None or prep.lower() not in lex.PREPOSITIONS or verb <= h + 2:
        return found
    if not (doc.word(verb).isalpha() and doc.word(verb).islower()):
        return found
    if cached_lemma(doc.word(verb)) not in _WORK_VERBS:
        return found  # "die als Ärztin in Bonn lebt", "als Zeugin vor Gericht aussagte"
    j = h + 2
    if prep in lex.CONTRACTIONS or doc.word(j).lower() in _PLACE_ARTICLES:
        j += 1 if prep not in lex.CONTRACTIONS else 0
    elif not (
        doc.word(j)[:1].isupper()
        and (lex.is_place(doc.word(j)) or not lex.is_common_noun(doc.word(j)))
    ):
        return found  # "in Rente": no article, no name
    while j < verb and adjective_stem(doc.word(j)) is not None:
        j += 1
    if j >= verb or not all(w[:1].isupper() for w in doc.words[j:verb]):
        return found  # nouns and names only up to the verb: no object ("das Büro")
    return dataclasses.replace(found, role=role_phrase(doc, h, role, verb))


#: Verbs that close a relative clause about a place of work ("als Koch ... arbeitete").
_WORK_VERBS = lex.words(
    "arbeiten wirken dienen unterrichten lehren forschen praktizieren tätig angestellt "
    "beschäftigt spielen tanzen singen"
)
#: Articles of a place of work after a preposition: "auf einem Schiff", "an der Uni".
_PLACE_ARTICLES = lex.words("der die das dem den des ein eine einem einer eines")


_PERSON_PRONOUNS = lex.words("er sie ich du wir ihr man es")
#: Pronouns of a person a possessive after them may refer to ("Sie kam mit ihrem Mann",
#: "empfingen ihn seine Frau"), read by :func:`_body_owns`: built once, not per word.
_OWNER_PRONOUNS = _PERSON_PRONOUNS | _OBJECT_PERSON
#: Before "als" in a relative clause: a negation, or a reflexive (an opinion of oneself).
_NOT_AS = _NEGATIVE_ARTICLES | lex.words("nicht nie niemals sich")


def _genitive_end(doc: TokenView, j: int) -> int:
    """End of a genitive "des/der [adjectives] <noun>" after the role at ``j``, else j + 1:
    an object after it ("leitet als Bevollmächtigte des Generalvikars das Amt") or a place
    ("als Trainerin beim Verband") is no part of the role."""
    k = j + 1
    if articleless_genitive(doc, k):
        return k + 2  # "wuchs als Tochter vietnamesischer Vertragsarbeiter auf"
    if doc.word(k) == "für" and doc.words[j].lower().endswith(_FOR_HEADS):
        return _for_end(doc, j, k + 1)  # "als Beauftragte für Cybersicherheit"
    if doc.word(k) not in {"des", "der"}:
        return j + 1
    k += 1
    while adjective_stem(doc.word(k)) is not None or (
        doc.word(k)[:1].isupper()
        and adjective_stem(doc.word(k).lower()) is not None
        and doc.word(k + 1)[:1].isupper()
    ):
        k += 1  # "des Deutschen Theaters": a capitalised adjective of a name
    w = doc.word(k)
    if not (w[:1].isupper() and doc.same_sentence(j, k)):
        return j + 1
    place = doc.word(k + 2)
    if (
        doc.word(k + 1) == "in"
        and place[:1].isupper()
        and role_at(doc, k + 2) is None
        and doc.word(k + 3) in lex.BOUNDARIES
        and doc.same_sentence(k, k + 2)
    ):
        return k + 3  # "als Ensemblemitglied des Theaters in Ost-Berlin.": the body's town
    return k + 1


#: Office nouns whose "für" complement names the remit and belongs to the role
#: ("Beauftragte für Cybersicherheit", "Kommissarin für Handel", "Professor für Ethik"),
#: unlike "arbeitete als Kellnerin für einen Caterer"; compared in lower case as endings.
_FOR_HEADS = tuple(
    lex.words(
        """beauftragte beauftragter beauftragten kommissar kommissarin minister ministerin
        senator senatorin professor professorin dezernent dezernentin staatssekretär
        staatssekretärin referent referentin sprecher sprecherin"""
    )
)


def _for_end(doc: TokenView, j: int, k: int) -> int:
    """End of "für [den/die/das] [adjectives] <Noun>" starting after "für" at ``k`` (the
    role at ``j``), else j + 1: no indefinite article ("für einen Caterer"), no remit
    ("als Referent für Furore sorgte", "als Senator für viele Jahre", see
    :func:`for_no_remit`)."""
    if for_no_remit(doc, k - 1):
        return j + 1
    if doc.word(k) in {"den", "die", "das"}:
        k += 1
    while adjective_stem(doc.word(k)) is not None:
        k += 1
    w = doc.word(k)
    if not (w[:1].isupper() and w.isalpha() and doc.same_sentence(j, k)):
        return j + 1
    if doc.word(k + 1) == "und" and coordinated_noun(doc, k + 2):
        return k + 3  # "als Ministerin für Arbeit und Soziales"
    return k + 1


def _appointed_role(doc: TokenView, m: Mention) -> RoleFind | None:
    """ "hat X (58) zum Präsidenten des ... gewählt", "X wurde zur Vorsitzenden ernannt",
    "X, inzwischen 81 Jahre alt, wurde zum Ehrenvorsitzenden ernannt", "wählte die
    Juristin X zur neuen Vorständin.", "hat den Richter X als neuen Justizminister
    bestätigt"."""
    before = doc.word(np_start(doc, m.first) - 1).lower()
    if before in lex.PREPOSITIONS or before in {"wie", "laut"}:
        return None  # "Nach Angaben von A soll B zum Präsidenten gewählt werden"
    j = skip_age_apposition(doc, skip_tags(doc, m.stop))
    j = skip_origin(doc, j)  # "X aus Ihringen ist zur ... gewählt worden"
    return appointment_after(doc, m.first, j) or _fronted_appointment(doc, m, j)


#: The passive auxiliaries after a fronted "zum/zur <role>".
_PASSIVE_AUX = lex.words("wurde wird ist war wurden werden sind")


def _fronted_appointment(doc: TokenView, m: Mention, j: int) -> RoleFind | None:
    """ "Zur neuen Vorsitzenden wurde A gewählt", "Zum Nachfolger ist A bestimmt worden":
    the sentence opens with "zum/zur <role>", a passive auxiliary stands right before the
    name's phrase and an appointment participle right after the name."""
    start = np_start(doc, m.first)
    aux = start - 1
    if doc.word(aux) not in _PASSIVE_AUX or not doc.same_sentence(aux, m.first):
        return _fronted_active_appointment(doc, m, j)
    lo = dateline_end(doc, doc.sentence_start(aux), aux)
    if doc.words[lo] not in {"Zum", "Zur"} or doc.word(j) not in lex.APPOINTMENT_VERBS:
        return None
    article = "dem" if doc.words[lo] == "Zum" else "der"
    h = lo + 1
    while h < aux and adjective_stem(doc.words[h]) is not None:
        h += 1  # "Zur neuen", "Zum stellvertretenden"
    role = role_at(doc, h, article) if h < aux else None
    if role is None or role.kind == "demonym" or complement_end(doc, h, aux) != aux:
        return None
    gender = _person_gender(doc, m, None)
    if gender is not None and role.gender is not None and role.gender != gender:
        return None
    return RoleFind(role_phrase(doc, h, role, aux), role.gender, None, _role_party(role))


def _fronted_active_appointment(doc: TokenView, m: Mention, j: int) -> RoleFind | None:
    """ "Zum vorläufigen Insolvenzverwalter bestellte das Amtsgericht den Rechtsanwalt A",
    "Zur Kapitänin bestimmte Trainer B die Verteidigerin A": the sentence opens with
    "zum/zur <role>", a finite appointment verb follows the role phrase, then a subject of
    at least one word, and the name's phrase closes the clause as its object (``j``: the
    token after the name). The subject ("Trainer B") gets nothing: more follows it."""
    if doc.word(j) not in lex.BOUNDARIES or not doc.same_sentence(m.first, j - 1):
        return None
    lo = dateline_end(doc, doc.sentence_start(m.first), m.first)
    if doc.words[lo] not in {"Zum", "Zur"}:
        return None
    article = "dem" if doc.words[lo] == "Zum" else "der"
    h = lo + 1
    while h < m.first and adjective_stem(doc.words[h]) is not None:
        h += 1  # "Zum vorläufigen", "Zur stellvertretenden"
    role = role_at(doc, h, article) if h < m.first else None
    if role is None or role.kind == "demonym":
        return None
    verb = complement_end(doc, h, m.first)
    word = doc.word(verb)
    if not (word in lex.APPOINTMENT_VERBS and word.islower() and not word.startswith("ge")):
        return None  # a finite verb: "bestellte", "ernannte", "wählten" (not "gewählt")
    start = np_start(doc, m.first)
    if start - verb < 2 or any(doc.words[k] in lex.BOUNDARIES for k in range(verb, start)):
        return None  # "Zum Chef ernannte A seinen Sohn": A is the subject, no object
    gender = _person_gender(doc, m, None)
    if gender is not None and role.gender is not None and role.gender != gender:
        return None
    return RoleFind(role_phrase(doc, h, role, verb), role.gender, None, _role_party(role))


#: Verbs that confirm or present somebody "als" a new office holder.
_AS_VERBS = lex.APPOINTMENT_VERBS | lex.words(
    "bestätigt bestätigte bestätigten vorgestellt eingesetzt verpflichtet"
)


def _np_material(doc: TokenView, k: int) -> bool:
    """May token ``k`` stand inside the noun phrase of a name ("die Brasilianerin Tainá
    Bezerra da Rocha (52)")?"""
    w = doc.words[k]
    if w in _PLURAL_AUXILIARIES:
        return False
    return (
        w[:1].isupper()
        or w.lower() in lex.DETERMINERS
        or w in lex.PARTICLES
        or adjective_stem(w) is not None
        or w in {"(", ")"}
        or w.isdigit()
    )


#: "A und B wurden zu ... gewählt": the auxiliary of a passive between the names and "zu".
_PLURAL_AUXILIARIES = frozenset({"wurden", "werden", "sind"})
_GENITIVE_OR_FOR = frozenset(
    {"des", "der", "für", "von", "vom", "im", "in", "beim", "bei", "am", "an"}
)


def _complement_word(doc: TokenView, k: int) -> bool:
    """May token ``k`` stand in the complement of a role before the closing participle:
    articles, prepositions, adjectives, capitalised words, and a lowercase noun right
    after an article or adjective ("der nächsten documenta")?"""
    w = doc.words[k]
    if w[:1].isupper() or w.lower() in lex.DETERMINERS or w in _GENITIVE_OR_FOR:
        return True
    if not w.isalpha() or w in {"und", "oder", "sowie"}:
        return False
    if adjective_stem(w) is not None:
        return True
    prev = doc.words[k - 1]
    return prev.lower() in lex.DETERMINERS or adjective_stem(prev) is not None


def _plural_appointment(doc: TokenView, m: Mention, gender: str | None) -> RoleFind | None:
    """ "hat A und die Brasilianerin B zu künstlerischen Leitern der documenta berufen":
    a plural role after "zu" and an appointment verb, after two names joined by "und",
    goes to each of them in the singular of their gender (meaning-changing adjectives
    inflected: "künstlerischer Leiter", "künstlerische Leiterin"). The gender must be
    known."""
    if gender is None:
        return None
    j = skip_origin(doc, skip_tags(doc, m.stop))
    lo, hi = doc.sentence_start(m.first), doc.n
    if doc.word(j) == "und":
        k = j + 1
        while k < hi and k - j <= 10 and doc.same_sentence(m.first, k) and _np_material(doc, k):
            if doc.words[k] == "zu":
                break
            k += 1
        j = k
    else:
        k = m.first - 1
        while k > lo and m.first - k <= 8 and doc.words[k] != "und" and _np_material(doc, k):
            k -= 1
        if doc.words[k] != "und" or not nm.is_capitalised_word(doc.word(k - 1).strip(")")):
            return None
    if doc.word(j) in _PLURAL_AUXILIARIES:
        j += 1  # "A und B wurden zu ... gewählt"
    if doc.word(j) != "zu" or not doc.same_sentence(m.first, j):
        return None
    k = j + 1
    quals: list[str] = []
    while adjective_stem(doc.word(k)) is not None:
        stem = qualifier_stem(doc.word(k))
        if stem is not None:
            quals.append(stem)
        k += 1
    plural = analyze_plural_role(doc.word(k)) if doc.same_sentence(m.first, k) else None
    if plural is None or plural.kind == "demonym" or not doc.word(k).endswith("n"):
        return None  # a dative plural after "zu": "zu Leitern", "zu Ehrenmitgliedern"
    # the participle closes the clause; what stands between is the role's complement
    end = k + 1
    while end < hi and end - k <= 8 and doc.same_sentence(k, end):
        w = doc.words[end]
        if w in lex.APPOINTMENT_VERBS or not _complement_word(doc, end):
            break
        end += 1
    if doc.word(end) not in lex.APPOINTMENT_VERBS or not doc.same_sentence(m.first, end):
        return None
    if end > k + 1 and doc.words[k + 1] not in _GENITIVE_OR_FOR:
        return None  # "zu Leitern der nächsten documenta", "zu Leitern für Kultur"
    role = for_person(plural, gender)
    if gender == "f" and role.gender != "f":
        return None  # no feminine known
    words = [*(inflect_qualifier(q, gender) for q in quals), role.base]
    if end > k + 1:
        words.append(doc.span_text(k + 1, end))
    return RoleFind(" ".join(words), gender, None, _role_party(role))


def appointment_after(doc: TokenView, first: int, j: int) -> RoleFind | None:
    """The role the subject starting at ``first`` is appointed to, read from token ``j``
    (right after the subject): "[wurde am Samstag mit 91 Prozent] zur Spitzenkandidatin
    gewählt", "zum Präsidenten ... ernannt", "als neuen Justizminister bestätigt"; a plan
    with "soll" ("soll im Dezember zur Regierungschefin gewählt werden", as "soll neue
    Trainerin werden": :func:`_modal_states_office`)."""
    if doc.word(j) == "soll" and not _passive_plan(doc, j):
        return None  # "A soll den Kandidaten zum Minister ernennen": A appoints
    if doc.word(j) in {"wurde", "wird", "ist", "soll"}:
        j += 1
        k = j
        while k - j < 12 and doc.same_sentence(first, k) and doc.word(k) not in {"zum", "zur"}:
            if doc.word(k) in CLAUSE_BREAKS or doc.word(k) in lex.APPOINTMENT_VERBS:
                break  # "wurde am Samstag auf einem Parteitag ... zur ..." has no break
            k += 1
        if doc.word(k) in {"zum", "zur"}:
            j = k
    if doc.word(j) == "," and doc.word(j + 1) in {"zum", "zur"}:
        j += 1  # "hat den Pfarrer der Gemeinde, A, zum Generalvikar ernannt"
    if not doc.same_sentence(first, j):
        return None
    if doc.word(j) == "als":
        return _role_and_verb(doc, first, j + 1, None, _AS_VERBS)
    if doc.word(j) == "zu" and doc.word(j + 1).lower() in _DATIVE_POSSESSIVES:
        # "hat die Juristin A zu seiner Präsidentin gewählt", "zu ihrem Vorsitzenden"
        article = "dem" if doc.word(j + 1).lower().endswith("m") else "der"
        return _role_and_verb(doc, first, j + 2, article)
    if doc.word(j) not in {"zum", "zur"}:
        return None
    return _role_and_verb(doc, first, j + 1, "dem" if doc.word(j) == "zum" else "der")


#: Possessives in the dative after "zu" that open an appointed office ("zu seiner
#: Präsidentin", "zu ihrem neuen Vorsitzenden").
_DATIVE_POSSESSIVES = lex.words("seiner seinem ihrer ihrem unserer unserem")


def _passive_plan(doc: TokenView, j: int) -> bool:
    """Does the clause of "soll" at ``j`` close with an appointment participle and
    "werden" ("soll ... zur Regierungschefin gewählt werden")?"""
    k = j + 1
    while doc.same_sentence(j, k) and doc.words[k] not in lex.BOUNDARIES and k - j < 16:
        k += 1
    return doc.word(k - 1) == "werden" and doc.word(k - 2) in lex.APPOINTMENT_VERBS


def _role_and_verb(
    doc: TokenView,
    first: int,
    j: int,
    article: str | None,
    verbs: frozenset[str] = lex.APPOINTMENT_VERBS,
) -> RoleFind | None:
    """The role phrase at ``j`` after "zum"/"zur"/"als" and an appointment verb after it,
    or the end of the sentence after an appointment verb before the subject ("Der Rat
    wählte die Juristin X zur neuen Vorständin.")."""
    while adjective_stem(doc.word(j)) is not None:
        if article is None:  # "als neuen Vorsitzenden": the adjective tells the case
            article = "den" if doc.word(j).endswith("en") else None
        j += 1  # "zum neuen Geschäftsführer", "zur stellvertretenden Vorsitzenden"
    while (
        doc.word(j)[:1].isupper()
        and adjective_stem(doc.word(j).lower()) is not None
        and analyze_role(doc.word(j + 1)) is not None
    ):
        j += 1  # "zur Zweiten Bürgermeisterin", "zur Badischen Weinkönigin"
    role = role_at(doc, j, article) if doc.same_sentence(first, j) else None
    if (
        role is None
        and article == "dem"
        and doc.same_sentence(first, j)
        and lex.given_name_gender(doc.words[first]) != "f"
    ):
        # "zum Bundesrat gewählt": one of its members; a woman is elected "zur
        # Bundesrätin": for a woman the masculine member noun is no fact to show
        role = council_member(doc.word(j))
    if role is None or role.kind == "demonym":
        return None
    end = complement_end(doc, j, doc.n)
    after = skip_tags(doc, end) if doc.word(end) == "(" else end  # "... Deutschland (Nabu)"
    verb = next(
        (k for k in range(after, min(after + 3, doc.n)) if doc.words[k][:1].islower()), after
    )
    if doc.word(verb) in _TERM_PREPOSITIONS:
        verb = _verb_after_term(doc, verb, verbs)  # "zum Präsidenten für das Jahr 2027 gewählt"
    if doc.word(verb) not in verbs or not doc.same_sentence(first, verb):
        lo = doc.sentence_start(first)
        ends = doc.word(after) in {".", "!"} or not doc.same_sentence(first, after)
        if not ends or not any(doc.words[k] in verbs for k in range(lo, first)):
            return None
    return RoleFind(role_phrase(doc, j, role, end), role.gender, None, _role_party(role))


#: Prepositions of a term of office between the office and the verb of appointment:
#: "zur Präsidentin für zwei Jahre gewählt", "zum Vorsteher bis 2030 bestellt".
_TERM_PREPOSITIONS = lex.words("für bis ab")


def _verb_after_term(doc: TokenView, k: int, verbs: frozenset[str]) -> int:
    """The verb of appointment after a term of office opening at ``k`` ("für das Jahr 2027
    gewählt", "bis 2030 bestellt"): within six words, no comma between, and the term
    names a year or a span of time; else ``k``."""
    for v in range(k + 1, min(k + 7, doc.n)):
        w = doc.words[v]
        if w in verbs:
            term = doc.words[k + 1 : v]
            timed = any(t in DURATION_NOUNS or t in lex.MONTHS or t.isdigit() for t in term)
            return v if timed and doc.same_sentence(k, v) else k
        if w in CLAUSE_BREAKS or w in lex.BOUNDARIES:
            return k
    return k


#: Verbs that open the sentence or list after a colon announcing a new office holder.
_ANNOUNCE_PARTICIPLES = lex.APPOINTMENT_VERBS | lex.words("ausgewählt vorgestellt verpflichtet")
#: "hat/bekommt einen neuen Innenminister:": the verbs before the announced office.
_ANNOUNCE_HAVE = lex.words("hat haben bekommt bekommen erhält erhalten")
_NEW = lex.words("neuen neue neues")
#: "holt sich einen neuen Finanzchef": the reflexive "sich holen" announces a newcomer.
_FETCH_ONESELF = lex.words("holt holen holte holten")
_RELATIVES = lex.words("der die das den dem deren dessen denen")
#: The relative pronoun of a person of that gender in the nominative.
_RELATIVE_OF = {"m": "der", "f": "die"}
#: Verbs after the colon that fill the announced office with their object: appointments,
#: and a club's or firm's signing ("verpflichtete den Ex-Profi A").
_SIGNING_VERBS = lex.APPOINTMENT_VERBS | lex.words(
    "verpflichtete verpflichteten verpflichtet bestätigte bestätigten bestätigt"
)  # "hat einen neuen Minister: Das Parlament bestätigte den bisherigen Chef von X, A"
#: How many people a plural announcement names: "hat zwei neue Astronauten ausgewählt:".
_COUNTS = {"zwei": 2, "drei": 3, "vier": 4}


def _colon_before(doc: TokenView, first: int) -> int | None:
    """The colon that opens the sentence (or the part of it) holding token ``first``."""
    k = first - 1
    lo = doc.sentence_start(first)
    while k >= lo:
        if doc.words[k] == ":":
            return k
        k -= 1
    return lo - 1 if lo > 0 and doc.words[lo - 1] == ":" else None


def _announced_role(doc: TokenView, m: Mention, gender: str | None) -> RoleFind | None:
    """The office a sentence before a colon announces, for the person named after it:
    "Brandenburg hat einen neuen Innenminister: Der Ministerpräsident berief den
    Polizeipräsidenten von Cottbus, A (parteilos)." gives A "Innenminister"; "Die Esa hat
    zwei neue Astronauten ausgewählt: den Ingenieur A und die Ärztin B." gives A
    "Astronaut" and B "Astronautin".

    Singular: the name is the object at the end of the sentence after the colon, after an
    appointment verb ("berief", "ernannte", "wählten"), with no "und" between (one person
    only). Plural: a number word before the role, an appointment participle right before
    the colon, and after it a list of exactly that many people joined by commas and one
    "und", with no other words but their noun phrases; the person's gender must be known.
    """
    colon = _colon_before(doc, m.first)
    if colon is None:
        return _announced_before_stop(doc, m, gender)
    if colon < 4:
        return None
    placeholder = _placeholder_appointment(doc, colon, m, gender)
    if placeholder is not None:
        return placeholder
    end = skip_origin(doc, skip_tags(doc, m.stop))
    chosen = _chosen_singular(doc, colon)
    if chosen is not None and _verbless_object(doc, colon, m, end):
        # "hat eine neue Bezirksbürgermeisterin gewählt: die 31 Jahre alte A (Linke)."
        h, role = chosen
        if role.gender == "f" and gender == "m":
            return None
        role = for_person(role, gender)
        phrase = role_phrase(doc, h, role, colon - 1)  # without the participle
        return RoleFind(phrase, role.gender, None, _role_party(role))
    singular = _announced_singular(doc, colon)
    if singular is not None:
        return _singular_object(doc, m, gender, colon, singular, end)
    plural = _announced_plural(doc, colon)
    if plural is None or gender is None:
        return None
    role, count = plural
    tail = doc.words[colon + 1 :]
    stop = next((i for i, w in enumerate(tail) if w in {".", "!", "?", ";", ":"}), len(tail))
    listed = tail[:stop]
    if listed.count("und") != 1 or listed.count(",") != count - 2 or m.first > colon + stop:
        return None
    if doc.word(colon + 1).lower() not in lex.DEFINITE and not nm.is_capitalised_word(
        doc.word(colon + 1)
    ):
        return None
    if any(w in lex.APPOINTMENT_VERBS or w in lex.COPULAS for w in listed):
        return None
    role = for_person(role, gender)
    if role.gender == "m" and gender == "f":
        return None  # no feminine known
    return RoleFind(role.base, gender, None, _role_party(role))


def _singular_object(
    doc: TokenView,
    m: Mention,
    gender: str | None,
    colon: int,
    singular: tuple[int, RoleNoun],
    end: int,
) -> RoleFind | None:
    """The announced singular office for the name ``m`` when it is the one object of an
    appointment verb after ``colon`` (a colon, or the full stop of the announcing
    sentence), at the end of its sentence or before a relative clause or an age."""
    h, role = singular
    gov = doc.word(np_start(doc, m.first) - 1).lower()
    between = doc.words[colon + 1 : m.first]
    chose = (
        gov == "für"
        and "sich" in between
        and any(w in _CHOOSING for w in between)
        and not any(w in {"Prozent", "%"} for w in between)  # "mit 55 Prozent für A": a share
    )
    if (gov in lex.PREPOSITIONS or gov in lex.CONTRACTIONS) and not chose:
        return None  # "bestätigte den Tod von A", "wählte den Nachfolger von A": no object
        # ("Die Synode entschied sich für die Theologin A": the one chosen)
    age_word = doc.word(end + 1)
    closed = False  # "verpflichtete den Ex-Profi A, 46.": the age ends the sentence
    if doc.word(end) == "," and read_age(age_word.removesuffix(".")) is not None:
        closed = age_word.endswith(".") and not doc.same_sentence(end, end + 2)
        end += 2
    if doc.word(end) == "," and doc.word(end + 1) == _RELATIVE_OF.get(gender or ""):
        closed = True  # "wählte den Finnen A, der derzeit die Oper Helsinki leitet."
    end = _appointed_to_end(doc, end, role.gender)  # "ernannte A zur Leiterin des Amts."
    if not (closed or _adverbials_to_end(doc, end)):
        return None  # the name is no object at the end of the sentence
    verbs = _SIGNING_VERBS | _FETCHING if _to_the_top(doc, end) else _SIGNING_VERBS
    verbs = verbs | _CHOOSING if chose else verbs
    verb = next((i for i, w in enumerate(between) if w in verbs), None)
    if verb is None or any(w in {"und", "sowie", ":"} for w in between[verb:]):
        return None
    if any(
        w == "," and nxt in _RELATIVES
        for w, nxt in zip(between[verb:], between[verb + 1 :], strict=False)
    ):
        return None  # "wählte den Finnen A, der den Vorschlag von B ...": B is not chosen
    if role.gender == "f" and gender == "m":
        return None
    role = for_person(role, gender)
    end = _announce_end(doc, colon)
    return RoleFind(role_phrase(doc, h, role, end), role.gender, None, _role_party(role))


#: "entschied sich für A": choosing somebody for the announced office.
_CHOOSING = lex.words("entschied entschieden entscheidet")
#: "holte A an die Spitze": fetching somebody to the top of a body fills its office.
_FETCHING = lex.words("holt holte holten holen geholt")


def _to_the_top(doc: TokenView, j: int) -> bool:
    """Does "an die Spitze" (or "an ihre/seine Spitze") stand at token ``j``?"""
    return (
        doc.word(j) == "an"
        and doc.word(j + 1) in {"die", "ihre", "seine"}
        and doc.word(j + 2) == "Spitze"
    )


def _appointed_to_end(doc: TokenView, j: int, gender: str | None) -> int:
    """The token after "zum/zur [adjectives] <role> [complement]" at ``j`` ("ernannte A zur
    Leiterin des Ordinariats"), the office the announced one is named by, when its gender
    agrees with ``gender``; ``j`` otherwise."""
    if doc.word(j) not in {"zum", "zur"}:
        return j
    h = j + 1
    while adjective_stem(doc.word(h)) is not None:
        h += 1
    role = role_at(doc, h, "dem" if doc.word(j) == "zum" else "der")
    if role is None or role.kind == "demonym" or not doc.same_sentence(j, h):
        return j
    if None not in {gender, role.gender} and gender != role.gender:
        return j  # "hat eine neue Chefin: … ernannte A zum Stellvertreter": somebody else
    if any(w.lower().startswith(_DEPUTY_PREFIXES) for w in doc.words[j + 1 : h + 1]):
        return j  # "bekommt einen neuen Kämmerer: … ernannte B zum Stellvertreter": not him
    return complement_end(doc, h, doc.n)


#: Deputy offices, which are not the office announced ("zum Stellvertreter", "zur
#: stellvertretenden Leiterin", "zum Vizepräsidenten").
_DEPUTY_PREFIXES = ("stellvertret", "vize")


def _announced_before_stop(doc: TokenView, m: Mention, gender: str | None) -> RoleFind | None:
    """ "Die Kunsthalle bekommt eine neue Intendantin. Der Stiftungsrat wählte die
    Kunsthistorikerin A, die ...": a new office announced in a sentence of its own, and
    the next sentence appoints exactly one person, the name, and names no other."""
    lo = doc.sentence_start(m.first)
    if lo < 4 or doc.words[lo - 1] != ".":
        return None
    singular = _announced_singular(doc, lo - 1)
    if singular is None or doc.words[singular[0] - 1] not in _NEW or gender is None:
        return None  # the person's gender must fit the office: "eine neue Kämmerin"
    if singular[1].gender not in {gender, "m"}:
        return None
    stop = doc.sentence_stop(m.first)
    if any(
        lex.is_given_name(doc.words[t]) or doc.words[t] in lex.GENERIC_PERSONS
        for t in range(lo, stop)
        if not m.first <= t < m.stop
    ):
        return None  # another person named in the sentence
    end = skip_origin(doc, skip_tags(doc, m.stop))
    return _singular_object(doc, m, gender, lo - 1, singular, end)


#: "alt" declined after an article: "Der 44 Jahre alte Finne", "ein 44 Jahre alter Finne".
_OLD_FORMS = frozenset({"alte", "alter", "alten"})


def _announced_subject(doc: TokenView, m: Mention, gender: str | None) -> RoleFind | None:
    """ "Der Versicherer hat eine neue Finanzvorständin: Die Niederländerin A, 47, kommt von
    …", "Die Firma hat einen neuen Europachef. Der Deutsche A übernimmt den Posten": an
    office announced with "hat einen neuen …" right before a colon or a full stop, and the
    name opening the next clause as its subject, with nothing but an article, adjectives,
    titles or a demonym before it (no role of its own: "…: Präsident A stellte ihn vor"),
    then the finite verb. No pronoun object ("stellte ihn vor"), no other person in that
    sentence but after "von"/"auf" (the predecessor: "übernimmt den Posten von B"), no
    speech verb, no reported speech."""
    start = np_start(doc, m.first)
    if doc.word(start - 1) in {"Deutsche", "Deutscher"} and doc.word(start - 2).lower() in {
        "der",
        "die",
    }:
        start -= 2  # "Der Deutsche A": the one demonym declined as an adjective
    back = start  # "Der 22 Jahre alte Konstanzer A": the article before a place adjective
    while back > start - 5 and (
        place_adjective(doc.word(back - 1))
        or doc.word(back - 1) in _OLD_FORMS
        or doc.word(back - 1) == "Jahre"
        or doc.word(back - 1).isdigit()
    ):
        back -= 1
    if (
        back < start
        and place_adjective(doc.word(start - 1))
        and doc.word(back - 1).lower() in lex.DEFINITE
    ):
        start = back - 1
    mark = start - 1
    if mark < 4 or doc.words[mark] not in {":", "."}:
        return None
    if doc.words[mark] == "." and doc.sentence_start(start) != start:
        return None
    # "Der 44 Jahre alte Finne A": the three words of the age count as one adjective
    stated_age = {
        u
        for t in range(start, m.first - 2)
        if read_age(doc.words[t]) is not None
        and doc.words[t + 1] == "Jahre"
        and doc.words[t + 2] in _OLD_FORMS
        for u in (t, t + 1, t + 2)
    }
    for t in range(start, m.first):
        w = doc.words[t]
        if t in stated_age:
            continue
        role = role_at(doc, t) if w[:1].isupper() else None
        described = (  # "…: Die Theologin Dr. A leitet künftig …": a profession with its
            # article describes the newcomer; a bare title ("Präsident A") is an office
            role is not None
            and role.kind == "noun"
            and all(  # "Die pensionierte Grundschulrektorin A": adjectives before it
                u in stated_age
                or (doc.words[u].islower() and adjective_stem(doc.words[u]) is not None)
                for u in range(start + 1, t)
            )
            and doc.words[start].lower() in lex.DEFINITE
            and doc.words[mark] == ":"
        )
        if not (
            w.lower() in lex.DEFINITE
            or w in lex.TITLES
            or described
            or (role is not None and role.kind == "demonym")
            or place_adjective(w)  # "Der 24 Jahre alte Konstanzer A"
            or w in {"Deutsche", "Deutscher"}
            or (w.islower() and adjective_stem(w) is not None)
            or AGE_ADJECTIVE.fullmatch(w)
        ):
            return None
    announced = _announced_singular(doc, mark)
    if announced is None:
        return None
    verb = skip_age_apposition(doc, skip_tags(doc, m.stop))
    w = doc.word(verb)
    if not (w.isalpha() and w.islower()) or w in lex.KONJUNKTIV_ONE or w in lex.SPEECH_VERBS:
        return None
    if w in {"und", "sowie", "oder"} or _pronoun_object_after(doc, verb):
        return None
    lemmas = _clause_lemmas(doc, verb)
    if lemmas & (_REACTION_VERBS | _REPORT_VERBS | _GIVING_VERBS):
        return None  # "…einen neuen Kämmerer. A (SPD) kritisierte die Wahl": a commentator;
        # "…: A verkündete die Entscheidung", "…. A gab ihr Amt ab": not the new holder
    closing = doc.word(doc.sentence_stop(verb) - 2)  # "wurde am Montag vorgestellt."
    passive = w in {"wurde", "wird", "ist", "war"} and closing in _SWORN_IN_PARTICIPLES
    stop = doc.sentence_stop(verb)
    rival = _won_against(doc, verb, stop, lemmas) if not passive else None
    if not (lemmas & _TAKING_UP or passive or rival is not None):
        return None  # "…. A verlor die Stichwahl", "A muss gehen", "A wurde entlassen"
    if doc.words[announced[0] - 1] not in _NEW and not _takes_up_the_office(doc, verb, stop):
        return None  # "Die Polizei hat eine Verdächtige: Die Ermittlerin A übernimmt den
        # Fall": without "neue" the clause must take up the office itself
    lo, hi = rival if rival is not None else (stop, stop)
    if _other_person(doc, verb + 1, lo, {"von", "auf"}) or _other_person(
        doc, hi, stop, {"von", "auf"}
    ):
        return None  # "…: A gratulierte dem Sieger": somebody else
    h, role = announced
    if role.gender == "f" and gender == "m":
        return None
    role = for_person(role, gender)
    end = _announce_end(doc, mark)
    return RoleFind(role_phrase(doc, h, role, end), role.gender, None, _role_party(role))


#: Participles of a passive that installs the announced office holder: the appointments,
#: "vorgestellt", and the swearing-in ("vereidigt", Austrian "angelobt").
_SWORN_IN_PARTICIPLES = _ANNOUNCE_PARTICIPLES | lex.words("angelobt")
#: Verbs of winning a vote, and of replacing the predecessor ("ersetzt den X B").
_WINNING = lex.words("gewinnen siegen")
_REPLACING_HOLDER = lex.words("ersetzen")


def _won_against(doc: TokenView, verb: int, stop: int, lemmas: set[str]) -> tuple[int, int] | None:
    """The clause from ``verb`` to ``stop`` of the subject who won the vote for the
    announced office or replaced its holder: "gewann die Stichwahl gegen die Stadträtin
    B", "setzte sich im zweiten Wahlgang gegen B durch" (a vote named: "gewann den
    Prozess", "setzte sich mit ihrem Antrag durch" are no election), "ersetzt den
    verletzten B" (not "ersetzt B durch C"). Returns the span of the rival or the
    predecessor (after "gegen", or the object of "ersetzen"), which may name a person;
    ``(stop, stop)`` when none is named. None when the clause is none of these or negated."""
    words = doc.words[verb + 1 : stop]
    if any(x.lower() in lex.NEGATIONS for x in words):
        return None
    closing = next((x for x in reversed(words) if x.isalpha()), "")
    durchsetzen = (
        cached_lemma(doc.word(verb)) == "setzen"
        and doc.word(verb + 1) == "sich"
        and closing == "durch"
    )
    if lemmas & _WINNING or durchsetzen:
        if not any(_names_a_vote(x) for x in words):
            return None
        if "gegen" not in words:
            return stop, stop
        g = verb + 1 + words.index("gegen")
        return g, _np_end(doc, g + 1, stop)
    if lemmas & _REPLACING_HOLDER and "durch" not in words:
        return verb + 1, _np_end(doc, verb + 1, stop)
    return None


def _names_a_vote(word: str) -> bool:
    """ "Stichwahl", "Wahlgang", "Bürgermeisterwahlen", "Kampfabstimmung"; not "Auswahl"
    (a team or a choice)."""
    low = word.lower()
    if not word[:1].isupper() or low.endswith("auswahl"):
        return False
    return low.endswith(("wahl", "wahlen", "wahlgang", "abstimmung")) or low.startswith("wahl")


def _np_end(doc: TokenView, k: int, stop: int) -> int:
    """The end of the noun phrase of a person from token ``k``: articles, adjectives and
    capitalised words ("den SVP-Kandidaten B", "die Grünen-Stadträtin B")."""
    while k < stop and (
        doc.words[k].lower() in lex.DETERMINERS
        or doc.words[k][:1].isupper()
        or (doc.words[k].islower() and adjective_stem(doc.words[k]) is not None)
    ):
        k += 1
    return k


def _announced_inverted_subject(doc: TokenView, m: Mention, gender: str | None) -> RoleFind | None:
    """ "Die Firma holt sich einen neuen Finanzchef: Zum 1. Januar wechselt A vom Konzern X
    nach Y": the announced office for the subject that follows a fronted adverbial and a
    verb of taking up the office ("wechselt", "kommt", "folgt"), with no other person in
    the clause (a name after "von"/"vom"/"auf" is the former post or the predecessor)."""
    start = np_start(doc, m.first)
    if any(w not in lex.TITLES for w in doc.words[start : m.first]):
        return None  # "…: Zum 1. Januar wechselt Präsident A": an office of its own
    colon = _colon_before(doc, m.first)
    lo = doc.sentence_start(m.first)
    if colon is None:
        colon = lo - 1 if lo > 4 and doc.words[lo - 1] == "." else None
    verb = start - 1
    if colon is None or verb <= colon + 1 or gender is None:
        return None
    w = doc.words[verb]
    if not (w.isalpha() and w.islower()) or cached_lemma(w) not in _TAKING_UP:
        return None
    if doc.words[colon + 1].lower() not in _FRONTED_ADVERBIALS:
        return None
    for t in range(colon + 1, verb):
        x = doc.words[t]
        if doc.tags[t] in {"AUX", "VERB"} or x in {",", ";", "(", "„"}:
            return None
        if (
            x in lex.GENERIC_PERSONS
            or lex.is_given_name(x)
            or (x[:1].isupper() and role_at(doc, t) is not None)
        ):
            return None
    announced = _announced_singular(doc, colon)
    if announced is None or doc.words[announced[0] - 1] not in _NEW:
        return None
    stop = doc.sentence_stop(m.first)
    if any(x in {",", ";", ":"} or x in lex.SPEECH_VERBS for x in doc.words[m.stop : stop]):
        return None  # another clause or a speaker
    if _other_person(doc, m.stop, stop, {"von", "vom", "auf"}):
        return None
    h, role = announced
    if role.gender not in {gender, "m"}:
        return None
    role = for_person(role, gender)
    end = _announce_end(doc, colon)
    return RoleFind(role_phrase(doc, h, role, end), role.gender, None, _role_party(role))


def _other_person(doc: TokenView, lo: int, stop: int, governors: set[str]) -> bool:
    """Does [lo, stop) name a person (a role noun, "Mann"/"Frau", a given name) that is not
    inside a name after one of ``governors`` ("übernimmt den Posten von B": the predecessor;
    "wechselt vom Konzern X": the former post)?"""
    governed = False
    for t in range(lo, stop):
        x = doc.words[t]
        if doc.word(t - 1) in governors:
            governed = True
        if not x[:1].isupper():
            governed = False
            continue
        if governed:
            continue
        role = role_at(doc, t)
        person = role is not None and role.kind in {"noun", "adj", "family"}
        if person or x in lex.GENERIC_PERSONS or lex.is_given_name(x):
            return True
    return False


#: "In ihrer/seiner Funktion als …": the possessive tells the gender of the office holder.
_FUNCTION_POSSESSIVE = {"ihrer": "f", "seiner": "m"}


def _function_as_role(doc: TokenView, m: Mention, gender: str | None) -> RoleFind | None:
    """ "Bildungsministerin A hat den Streik kritisiert. In ihrer Funktion als Präsidentin
    der X werde sie …": the next sentence opens with "In ihrer/seiner Funktion als <role>";
    the role goes to the name when the possessive, the role and the person share one
    gender, and the name is the only person named in its sentence and none is named in
    the next (the possessive's person is then unambiguous)."""
    nxt = doc.sentence_stop(m.first)
    if gender is None or nxt + 4 >= doc.n or doc.words[nxt] != "In":
        return None
    if _FUNCTION_POSSESSIVE.get(doc.words[nxt + 1]) != gender or doc.words[nxt + 2] != "Funktion":
        return None
    lo = doc.sentence_start(m.first)
    own = np_start(doc, m.first)
    for t in range(lo, doc.sentence_stop(nxt)):
        x = doc.words[t]
        if own <= t < m.stop:
            continue
        if lex.is_given_name(x) or x in lex.GENERIC_PERSONS:
            return None  # another person who may be meant
        role = role_at(doc, t) if x[:1].isupper() and t < nxt else None
        if role is not None and role.kind in {"noun", "adj", "family"} and role.gender == gender:
            return None  # "A traf die Kanzlerin. In ihrer Funktion als …": which one?
    found = as_role_at(doc, nxt + 3, nxt + 3, gender)
    if found is None or found.gender != gender:
        return None
    return found


def _takes_up_the_office(doc: TokenView, verb: int, stop: int) -> bool:
    """Does the clause from ``verb`` to ``stop`` name the office it takes up ("tritt das
    Amt an", "übernimmt den Posten") or no other thing ("übernimmt ab Juli"; not
    "übernimmt den Fall", "leitet die Suche")?"""
    words = doc.words[verb + 1 : stop]
    if any(w in _OFFICE_OBJECTS for w in words):
        return True
    return not any(
        w[:1].isupper() and w.isalpha() and w not in lex.MONTHS and w not in lex.WEEKDAYS
        for w in words
    )


def _lede_role(doc: TokenView, m: Mention, gender: str | None) -> RoleFind | None:
    """ "Gelsenkirchen - Eine Kassiererin hat einen Räuber in die Flucht geschlagen. Die 31
    Jahre alte A warf ...", "Ein Hobbyastronom aus Thüringen hat einen Kometen entdeckt: Der
    pensionierte Lehrer A, 72, sichtete ihn ...": the lede of a story names its actor by an
    indefinite role as the subject of its first sentence, and the next clause or sentence
    opens with the name as its subject. The role must agree with the person's gender and be
    the only person of that gender in the lede; nobody is named there. Before the name only
    an article, adjectives, an age or a demonym; a role of its own only after a colon and a
    definite article (the colon explains the lede: "…: Der pensionierte Lehrer A"; "Eine
    Lehrerin gewann. Bürgermeisterin A gratulierte" is somebody else)."""
    start = _before_age_attribute(doc, np_start(doc, m.first))
    mark = start - 1
    if mark < 3 or doc.words[mark] not in {":", "."}:
        return None
    if doc.words[mark] == "." and doc.sentence_start(start) != start:
        return None
    colon = doc.words[mark] == ":"
    for t in range(start, m.first):
        own = role_at(doc, t) if doc.words[t][:1].isupper() else None
        if own is not None and own.kind != "demonym" and not (colon and _former(doc, start, t)):
            return None
    lo = doc.sentence_start(mark)
    if lo > 0 and "\n" not in doc.text[doc.ends[lo - 1] : doc.starts[lo]]:
        return None  # not the first sentence of the text or of a line
    p = dateline_end(doc, lo, mark)
    if doc.words[p] not in {"Ein", "Eine"}:
        return None
    h = p + 1
    while h < mark and doc.words[h].islower() and adjective_stem(doc.words[h]) is not None:
        h += 1
    role = role_at(doc, h, doc.words[p].lower())
    if role is None or role.kind not in {"noun", "adj"} or role.gender not in {"m", "f"}:
        return None
    if gender is not None and gender != role.gender:
        return None
    if role.base.lower().endswith(("sprecher", "sprecherin")):
        return None  # "Ein Sprecher der Polizei hat ... bestätigt": a source, not the actor
    end = complement_end(doc, h, mark)  # "Ein Lokführer der Bahn hat ...": its complement
    if doc.word(h + 1) not in lex.GENITIVE_ARTICLES:
        end = h + 1
    v = skip_origin(doc, end)  # "Ein Hobbyastronom aus Thüringen hat ..."
    if not (doc.word(v).isalpha() and doc.word(v).islower()) or doc.word(v) in lex.PREPOSITIONS:
        return None  # the role is no subject
    if _clause_lemmas(doc, v) & (_REPORT_VERBS | _SPEECH_LEMMAS):
        return None  # "Ein Arzt hat den Fall gemeldet": whoever is named next may be another
    if doc.word(v) in {"wurde", "wurden"} or "worden" in doc.words[v:mark]:
        return None  # "Eine Radfahrerin ist verletzt worden. A rief den Notarzt": a helper?
    for t in range(v, mark):
        w = doc.words[t]
        if not w[:1].isupper():
            continue
        other = role_at(doc, t) if doc.word(t - 1).lower() in lex.DETERMINERS else None
        if lex.is_given_name(w) or (other is not None and other.gender in {None, role.gender}):
            return None  # "Eine Autofahrerin hat eine Radfahrerin angefahren": which one?
        if w in lex.GENERIC_PERSONS:
            return None
    if role.gender == "m" and weak_noun_object(doc, v, mark):
        return None  # "Ein Landwirt hat seinen Nachbarn verklagt": which of the two?
    verb = skip_age_apposition(doc, skip_tags(doc, m.stop))
    w = doc.word(verb)
    if not (w.isalpha() and w.islower()) or w in lex.SPEECH_VERBS or w in {"und", "sowie"}:
        return None
    if _clause_lemmas(doc, verb) & (_REACTION_VERBS | _REPORT_VERBS | _GIVING_VERBS):
        return None  # "Eine Lehrerin gewann: A überreichte den Preis": a reaction, a giver
    if _person_noun_after(doc, verb, role.gender):
        return None  # "Eine Radfahrerin wurde verletzt. A fand die Frau": the lede's person
    # "Anna B gratulierte ihr": the lede's person is the object ("sichtete ihn" after a
    # colon may be the thing found, an accusative; a dative is a person)
    stop = doc.sentence_stop(verb)
    if object_pronoun(doc, verb, stop, role.gender, accusative=not colon, strict=True):
        return None
    phrase = role.base if end == h + 1 else role.base + " " + doc.span_text(h + 1, end)
    return RoleFind(phrase, role.gender, None, _role_party(role))


#: Singular articles of a masculine accusative: "seinen Nachbarn" is one man, not many.
_SINGULAR_ACCUSATIVE = lex.words("einen seinen ihren keinen unseren euren")


def weak_noun_object(doc: TokenView, lo: int, hi: int) -> bool:
    """Is a person noun of the weak declension an object in [lo, hi) after a singular
    masculine article ("hat seinen Nachbarn verklagt", "einen Passanten angegriffen"),
    which the role lexicon reads as a plural only? It is one more man without a name."""
    return any(
        doc.words[t - 1].lower() in _SINGULAR_ACCUSATIVE
        and analyze_role(doc.words[t]) is None
        and analyze_plural_role(doc.words[t]) is not None
        for t in range(max(lo, 1), hi)
    )


#: Verbs of reacting to news: their subject comments on an office or deed, not its holder.
_REACTION_VERBS = lex.words(
    "kritisieren begrüßen loben bedauern gratulieren danken warnen fordern kommentieren "
    "würdigen beglückwünschen verurteilen ablehnen"
)
#: Verbs of the new holder of an announced office ("Der Deutsche A übernimmt den Posten",
#: "kommt von der Großbank", "folgt auf B", "tritt das Amt an").
#: Nouns of an office taken up: "tritt das Amt an", "übernimmt den Posten".
_OFFICE_OBJECTS = lex.words("Amt Amtes Posten Stelle Funktion Mandat Nachfolge Job")
_TAKING_UP = lex.words(
    "übernehmen kommen folgen nachfolgen ablösen beerben wechseln antreten beginnen "
    "starten heißen leiten führen einziehen zurückkehren beerbt"
)
#: Verbs of reporting: their subject may be a witness, an official or a spokesperson.
_REPORT_VERBS = lex.words(
    "berichten bestätigen mitteilen informieren melden verkünden schildern beschreiben "
    "ankündigen bekanntgeben andeuten erzählen äußern"
)
_SPEECH_LEMMAS = lex.words("sagen erklären betonen meinen ergänzen hinzufügen")
#: Verbs of giving, honouring, receiving, and of leaving an office: their subject deals
#: with the lede's person or the announced office from the outside.
_GIVING_VERBS = lex.words(
    "überreichen übergeben verleihen schenken ehren auszeichnen vergeben überbringen "
    "entgegennehmen empfangen abgeben verlassen niederlegen räumen abtreten zurücktreten "
    "ausscheiden aufhören"
)
#: Separable particles that close a main clause ("nahm das Geld entgegen", "gab ihr Amt ab").
_PARTICLES = lex.words("ab an aus bekannt ein entgegen mit vor zurück nieder")
#: Qualifiers of a role the person no longer holds: "Der pensionierte Lehrer A".
_FORMER = lex.words("pensioniert ehemalig früher einstig emeritiert")


#: "Der/Dem/Den 46-jährigen" and "Die 46-jährige": an age attribute whose article tells the
#: gender ("Der 46-jährigen" may be a woman in the dative: no gender, no rule).
_AGE_ARTICLE_GENDER = {
    ("der", "jährige"): "m",
    ("dem", "jährigen"): "m",
    ("den", "jährigen"): "m",
    ("die", "jährige"): "f",
}


def _forward_role(doc: TokenView, m: Mention) -> RoleFind | None:
    """ "Im Prozess ist der Bauleiter freigesprochen worden. Dem 46-jährigen Ing. A sei
    nichts nachzuweisen": a sentence that opens with an age attribute of the name picks up
    the one definite role noun of the sentence before, which names nobody. The article of
    the age tells the gender, and the role must have it; any other person noun, given name
    or role before the name gives nothing (a wrong role is worse than none)."""
    k = before_titles(doc, m.first)
    start = doc.sentence_start(m.first)
    if k != start + 1 or start < 2:
        return None
    age = re.fullmatch(r"\d{1,3}-(jährigen?)", doc.words[k])
    if age is None:
        return None
    gender = _AGE_ARTICLE_GENDER.get((doc.words[start].lower(), age.group(1)))
    if gender is None:
        return None
    lo = doc.sentence_start(start - 1)
    lo = dateline_end(doc, lo, start - 1)
    found: RoleFind | None = None
    for j in range(lo, start):
        w = doc.words[j]
        if lex.is_given_name(w):
            return None  # a person is named there
        if w in lex.GENERIC_PERSONS:
            return None  # "ein Mann", "die Frau": someone else
        if not w[:1].isupper() or (j == lo and not lex.is_common_noun(w)):
            continue
        article, _ = determiner_before(doc, j)
        role = role_at(doc, j, article)
        if role is None or role.kind == "demonym":
            continue
        if found is not None or (article or "").lower() not in {"der", "die"}:
            return None  # two roles, or "ein Bauleiter", "des Bauleiters": not the one
        nxt = doc.word(j + 1)
        if nxt[:1].isupper() and not lex.is_common_noun(nxt):
            return None  # "der Bauleiter A": named
        if role.gender != gender:
            return None
        end = complement_end(doc, j, start)
        found = RoleFind(role_phrase(doc, j, role, end), role.gender, None, _role_party(role))
    return found


def _clause_lemmas(doc: TokenView, verb: int) -> set[str]:
    """The lemmas of the finite verb at ``verb`` and of the word that closes its sentence:
    a separable particle joined to the verb ("nahm ... entgegen" -> "entgegennehmen") or a
    participle ("hat ... angedeutet" -> "andeuten")."""
    lemma = cached_lemma(doc.word(verb))
    lemmas = {lemma}
    last = doc.sentence_stop(verb) - 1
    while last > verb and not doc.words[last].isalpha():
        last -= 1
    w = doc.words[last] if last > verb else ""
    if w in _PARTICLES:
        lemmas.add(w + lemma)
    elif w.isalpha() and w.islower():
        lemmas.add(cached_lemma(w))
        if w.startswith("ge") or "ge" in w[2:6]:
            lemmas.add(_infinitive(w))
    return lemmas


def _infinitive(participle: str) -> str:
    """A rough infinitive of a weak participle the lemmatiser does not know:
    "angedeutet" -> "andeuten", "gemeldet" -> "melden"."""
    w = participle
    for prefix in sorted(_PARTICLES, key=len, reverse=True):
        if w.startswith(prefix + "ge"):
            w = prefix + w[len(prefix) + 2 :]
            break
    else:
        w = w.removeprefix("ge")
    if w.endswith("et"):
        return w[:-2] + "en"
    if w.endswith("t"):
        return w[:-1] + "en"
    return w


def _former(doc: TokenView, start: int, t: int) -> bool:
    """Does the definite phrase from ``start`` give the role at ``t`` as one the person
    held before ("Der pensionierte Lehrer A")? After a lede's colon only such a role is
    compatible with the lede's: "Ein Landwirt machte einen Fund: Der Archäologe A
    untersuchte ihn" is somebody else."""
    if doc.words[start] not in {"Der", "Die"}:
        return False
    return any(adjective_stem(doc.words[k]) in _FORMER for k in range(start + 1, t))


def _person_noun_after(doc: TokenView, verb: int, gender: str) -> bool:
    """Does the clause after ``verb`` name a person by a noun that may be of ``gender``
    ("fand die Frau", "überreichte der 15-Jährigen den Pokal", "lobte die Lehrerin")?"""
    for t in range(verb + 1, doc.sentence_stop(verb)):
        w = doc.words[t]
        if not w[:1].isupper() or doc.word(t - 1).lower() not in lex.DETERMINERS:
            continue
        if w in lex.GENERIC_PERSONS:
            if lex.GENERIC_PERSONS[w] in {None, gender}:
                return True
            continue
        if AGE_ADJECTIVE.fullmatch(w.lower()):
            return True
        role = role_at(doc, t)
        if (
            role is not None
            and role.kind in {"noun", "adj", "family"}
            and role.gender in {None, gender}
        ):
            return True
    return False


#: Words a subordinate or coordinated subject "sie" may follow ("…, als sie den Jungen
#: bemerkte"): after any other word "sie" is an object ("kennt sie seit Jahren").
_SUBJECT_SIE_AFTER = lex.words(", als weil dass wie ob wenn nachdem bevor und da während bis")


def object_pronoun(
    doc: TokenView, lo: int, hi: int, gender: str, accusative: bool = True, strict: bool = False
) -> bool:
    """Is a personal pronoun of ``gender`` an object in [lo, hi) ("ihm"; "ihr" not before a
    noun or adjective, a possessive; with ``accusative`` also "ihn", and "sie" not after a
    comma or conjunction, a subject)? ``strict``: every "ihr" and "sie" counts ("will ihr
    Finderlohn zahlen" is a dative before a noun; "als sie …" may be the other woman). The
    one test of a sentence that names somebody and speaks of the person a lede brought in
    as its object ("A (44) kennt sie seit Jahren", "A gratulierte ihr"): :func:`_lede_role`
    (strict) and the newcomer roles read it."""
    for k in range(lo, hi):
        w = doc.words[k]
        if gender == "m" and (w == "ihm" or (accusative and w == "ihn")):
            return True
        if gender == "f" and w == "ihr":
            nxt = doc.word(k + 1)
            if strict or not (nxt[:1].isupper() or adjective_stem(nxt) is not None):
                return True
        subject = not strict and doc.word(k - 1).lower() in _SUBJECT_SIE_AFTER
        if accusative and gender == "f" and w == "sie" and not subject:
            return True
    return False


def _introduced_before_colon(doc: TokenView, m: Mention, gender: str | None) -> RoleFind | None:
    """ "Den Hinweis gab eine Bankangestellte: A (29) wurde misstrauisch", "Die Gemeinde
    hat einen neuen Rabbiner: A (38) wurde eingeführt": a role with an indefinite article
    right before a colon, the name right after it with a tag in parentheses, then a verb
    that is no subjunctive (not reported speech: "bestätigte ein Sprecher: A (SPD) sei
    zurückgetreten"), no speech verb before the colon and no verb of seeking ("sucht einen
    Nachfolger: A (45) hatte …": the one who leaves)."""
    colon = m.first - 1
    if colon < 2 or doc.words[colon] != ":" or not doc.same_sentence(colon - 1, colon):
        return None
    end = skip_tags(doc, m.stop)
    if end == m.stop or doc.word(end) in lex.KONJUNKTIV_ONE or not doc.word(end).islower():
        return None
    h = colon - 1
    article, _ = determiner_before(doc, h)
    if article not in {"ein", "eine", "einen"}:
        return None
    role = role_at(doc, h, article)
    if role is None or role.kind == "demonym" or (role.gender == "f" and gender == "m"):
        return None
    lo = doc.sentence_start(h)
    if any(w in lex.SPEECH_VERBS for w in doc.words[lo:colon]):
        return None
    verbs = [doc.words[lo].lower(), *doc.words[lo + 1 : colon]]  # "Gesucht wird …"
    if any(w.islower() and cached_lemma(w) in _SEEKING for w in verbs):
        return None  # "Gesucht wird ein Nachfolger: A (45) hatte …": a role A does not hold
    role = for_person(role, gender)
    return RoleFind(qualified(doc, h, role), role.gender, None, _role_party(role))


#: Verbs whose indefinite object is somebody wanted, not somebody there ("Die Stadt sucht
#: einen Kämmerer", "Gesucht wird ein Nachfolger").
_SEEKING = lex.words("suchen brauchen benötigen")


#: "eine Frau"/"einen Mann" standing for the person a colon then names, with their gender.
_PLACEHOLDERS = {("eine", "Frau"): "f", ("einen", "Mann"): "m"}


def _placeholder_appointment(
    doc: TokenView, colon: int, m: Mention, gender: str | None
) -> RoleFind | None:
    """ "Die Isro hat erstmals eine Frau zur Leiterin einer Mondmission ernannt: Die
    Ingenieurin Dr. A, 51, führt ..." gives A "Leiterin einer Mondmission": an appointment
    participle right before the colon, "zum/zur <role> <complement>" before it, "eine Frau"
    or "einen Mann" before that; the person's noun phrase opens the part after the colon,
    and their known gender is the placeholder's."""
    participle = colon - 1
    if doc.words[participle] not in lex.APPOINTMENT_VERBS or np_start(doc, m.first) != colon + 1:
        return None
    if not doc.same_sentence(participle, colon):
        return None
    for z in range(participle - 1, max(participle - 10, 2), -1):
        if not doc.same_sentence(z, colon):
            return None
        if doc.words[z] not in {"zum", "zur"}:
            continue
        wanted = _PLACEHOLDERS.get((doc.words[z - 2], doc.words[z - 1]))
        if wanted is None or gender != wanted:
            return None
        h = z + 1
        while h < participle and adjective_stem(doc.words[h]) is not None:
            h += 1
        role = role_at(doc, h, "der" if doc.words[z] == "zur" else "dem")
        if (
            role is None
            or role.kind == "demonym"
            or complement_end(doc, h, participle) != participle
        ):
            return None
        if (role.gender or wanted) != wanted or _pronoun_object_after(doc, m.stop):
            return None  # "Parteichefin A gratulierte ihr": somebody else
        return RoleFind(role_phrase(doc, h, role, participle), wanted, None, _role_party(role))
    return None


def _pronoun_object_after(doc: TokenView, j: int) -> bool:
    """Does a personal pronoun (not a possessive before a noun) follow token ``j`` in its
    sentence ("gratulierte ihr", "stellte sie vor")?"""
    while j < doc.n and doc.same_sentence(j - 1, j):
        if doc.words[j] in {"ihr", "ihm", "ihn", "sie", "er"} and not doc.word(j + 1)[:1].isupper():
            return True
        j += 1
    return False


#: A number and its unit in an adverbial of a vote: "mit 56 Prozent", "mit 61,4 %".
_SHARE = re.compile(r"[0-9]{1,3}(?:,[0-9]+)?")
_SHARE_UNITS = lex.words("Prozent % Stimmen")


def _adverbials_to_end(doc: TokenView, j: int) -> bool:
    """Do only adverbials follow from token ``j`` to the end of the sentence ("einstimmig",
    "mit großer Mehrheit", "am Samstag an die Spitze", "mit 56 Prozent der Stimmen"): no
    comma, no "und", no further name, role or "zum"/"als" phrase?"""
    while j < doc.n and doc.same_sentence(j - 1, j) and doc.words[j] not in {".", "!"}:
        w = doc.words[j]
        if _SHARE.fullmatch(w) and doc.word(j + 1) in _SHARE_UNITS:
            j += 2  # "mit 56 Prozent", "mit 61,4 %": a share of the vote
            continue
        if w in {"und", "sowie", "zum", "zur", "als"} or not w.isalpha():
            return False
        if w[:1].isupper() and (
            not (lex.is_common_noun(w) or _noun_after_article(doc, j))
            or analyze_role(w) is not None
        ):
            return False
        j += 1
    return True


def _noun_after_article(doc: TokenView, j: int) -> bool:
    """Is token ``j`` a noun the dictionary lacks after a definite article ("an die Spitze
    der Landesgeschäftsstelle"), no first name?"""
    return doc.word(j - 1) in lex.DEFINITE and not lex.is_given_name(doc.words[j])


#: Participles that may close an announcing clause before its colon besides the
#: appointment verbs: "hat einen neuen Generalmusikdirektor gefunden:".
_FOUND_PARTICIPLES = _ANNOUNCE_PARTICIPLES | lex.words("gefunden bekommen")


def _announce_end(doc: TokenView, mark: int) -> int:
    """Where the announced role phrase before ``mark`` (a colon or full stop) ends: before
    a closing participle ("hat einen neuen Intendanten gefunden:"), else at ``mark``."""
    if mark >= 2 and doc.word(mark - 1) in _FOUND_PARTICIPLES and doc.same_sentence(mark - 1, mark):
        return mark - 1
    return mark


def _announced_singular(doc: TokenView, colon: int) -> tuple[int, RoleNoun] | None:
    """ "hat einen neuen Weihbischof:" right before ``colon``, also with a closing
    participle ("hat einen neuen Weihbischof gefunden:"): (role token, role)."""
    stop = _announce_end(doc, colon)
    for h in range(stop - 1, max(stop - 9, 2), -1):
        if not doc.same_sentence(h, colon):
            return None
        article = h - 2
        if doc.words[h - 1] not in _NEW:
            # "Die Kommission hat eine Sonderbeauftragte für …: Die Juristin A tritt das Amt
            # an": without "neue" only right before a colon
            article = h - 1
            if doc.words[colon] != ":" or not doc.words[h][:1].isupper():
                continue
        if doc.words[article] not in {"einen", "eine", "ein"}:
            continue
        if doc.words[article - 1] not in _ANNOUNCE_HAVE and not (
            doc.words[article - 1] == "sich" and doc.word(article - 2) in _FETCH_ONESELF
        ):  # "hat einen neuen …", "holt sich einen neuen …"
            continue
        role = role_at(doc, h, doc.words[article])
        if role is None or role.kind == "demonym" or complement_end(doc, h, stop) != stop:
            return None
        return h, role
    return None


def _chosen_singular(doc: TokenView, colon: int) -> tuple[int, RoleNoun] | None:
    """ "eine neue Bezirksbürgermeisterin gewählt:" right before ``colon`` (an indefinite
    article, "neue", the role and an appointment participle): (role token, role)."""
    h = colon - 2
    if h < 2 or doc.word(colon - 1) not in _ANNOUNCE_PARTICIPLES:
        return None
    if doc.words[h - 1] not in _NEW or doc.words[h - 2] not in {"einen", "eine", "ein"}:
        return None
    role = role_at(doc, h, doc.words[h - 2])
    if role is None or role.kind == "demonym" or not doc.same_sentence(h - 2, colon):
        return None
    return h, role


def _verbless_object(doc: TokenView, colon: int, m: Mention, end: int) -> bool:
    """After ``colon`` only the noun phrase of the name: an article or the name first, no
    verb, no "und", the name at the end of the sentence ("...: die 31 Jahre alte
    Sozialarbeiterin A (Linke).")."""
    first = doc.word(colon + 1)
    if first.lower() not in lex.DEFINITE and colon + 1 != m.first:
        return False
    for w in doc.words[colon + 1 : m.first]:
        if w in {"und", "sowie", ",", ":"} or w in lex.APPOINTMENT_VERBS or w in lex.COPULAS:
            return False
        if w.islower() and w.isalpha() and adjective_stem(w) is None and w not in lex.DEFINITE:
            return False  # a verb or another word that is no attribute
    return doc.word(end) in {".", "!"} and doc.same_sentence(m.first, end)


def _announced_plural(doc: TokenView, colon: int) -> tuple[RoleNoun, int] | None:
    """ "hat zwei neue Astronauten [für einen Langzeitflug] ausgewählt:" before ``colon``:
    (the singular role, how many)."""
    if doc.word(colon - 1) not in _ANNOUNCE_PARTICIPLES:
        return None
    for h in range(colon - 2, max(colon - 10, 2), -1):
        if not doc.same_sentence(h, colon):
            return None
        if doc.words[h - 1] != "neue" or doc.words[h - 2].lower() not in _COUNTS:
            continue
        if doc.words[h - 3] not in _ANNOUNCE_HAVE:
            return None
        role = analyze_plural_role(doc.words[h])
        if role is None or role.kind == "demonym":
            return None
        return role, _COUNTS[doc.words[h - 2].lower()]
    return None


def _inner_pairs(c: Cluster) -> set[tuple[str, str]]:
    """Every pair of adjacent words inside the names of ``c``'s mentions."""
    return {(m.parts[i - 1], m.parts[i]) for m in c.mentions for i in range(1, len(m.parts))}


def _name_word_before(doc: TokenView, m: Mention, pairs: set[tuple[str, str]]) -> bool:
    """Is the word before ``m`` the word before the same surname in another mention of
    the person (``pairs``: :func:`_inner_pairs`)? "Bernhard Schulze Frielinghaus ...
    Schulze Frielinghaus, 63,": "Schulze" is a part of the name there, no role."""
    if m.first < 1 or not doc.same_sentence(m.first - 1, m.first) or not m.parts:
        return False
    return (doc.words[m.first - 1], m.parts[0]) in pairs


def read_attributes(doc: TokenView, c: Cluster) -> None:
    role_slots: list[int] = []  # how many roles were known before each mention
    pairs = _inner_pairs(c)
    # the gender by a first name of any mention, for a surname alone ("Weber, der …")
    named_gender = c.gender or next(
        (g for mm in c.mentions if (g := lex.given_name_gender(doc.words[mm.first]))), None
    )
    for m in c.mentions:
        role_slots.append(len(c.roles))
        finds: list[RoleFind] = []  # in text order
        comma = _role_before_comma(doc, m) or _plural_role_before_comma(doc, m)
        chained = _chained_role_before_comma(doc, m) if comma is not None else None
        if chained is not None:
            finds.append(chained)
        if comma is not None:
            finds.append(comma)
        before = None if _name_word_before(doc, m, pairs) else _role_before(doc, m)
        if before is not None:
            first_conjunct = _first_conjunct_role(doc, m, before) or _stacked_role(doc, m, before)
            if first_conjunct is not None:
                finds.append(first_conjunct)
        if before is not None and _kin_after_coordinator(doc, m.first - 1):
            # "Die Berufsfischer A und sein Neffe B": the plural role first, then the kin
            shared = _coordinated_role(doc, m)
            if shared is not None:
                finds.append(shared)
        before = before or _coordinated_role(doc, m)
        if before is not None:
            finds.append(before)
        in_parens = _role_in_parens(doc, m)
        if in_parens is not None:
            finds.append(in_parens)
        finds.extend(_apposition_after(doc, m))
        finds.extend(_predicative_roles(doc, m, named_gender))
        known = c.gender or next((f.gender for f in finds if f.gender), None)
        as_role = _as_role(doc, m, known)
        if as_role is not None:
            finds.append(as_role)
        appointed = _appointed_role(doc, m)
        if appointed is not None:
            finds.append(appointed)
        succession = _succession_role(doc, m, _person_gender(doc, m, known))
        if succession is not None:
            finds.append(succession)
        gender = c.gender or lex.given_name_gender(doc.words[m.first]) or _demonym_gender(doc, m)
        for f in finds:
            gender = gender or f.gender
        announced = (
            _announced_role(doc, m, gender)
            or _introduced_before_colon(doc, m, gender)
            or _announced_subject(doc, m, gender)
            or _lede_role(doc, m, gender)
            or _forward_role(doc, m)
            or _announced_inverted_subject(doc, m, gender)
        )
        if announced is not None:
            finds.insert(0, announced)  # the office is named before the sentence of the name
        in_function = _function_as_role(doc, m, gender)
        if in_function is not None:
            finds.append(in_function)
        if appointed is None:
            plural = _plural_appointment(doc, m, gender)
            if plural is not None:
                finds.append(plural)
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
        if c.gender is None:
            c.gender = _demonym_gender(doc, m)  # "den US-Amerikaner D. J. A": no role, a man
        age, party = paren_info(doc, m.stop - 1)
        if age is not None:
            c.ages.append((0, doc.starts[m.first], age))
        if party is None:
            party = shared_party(doc, m)
        if party is not None and c.party is None:
            c.party = party
        comma_age = age_between_commas(doc, m)
        origin_end = skip_origin(doc, m.stop)
        if comma_age is None and origin_end > m.stop:  # "Nele A aus Kusel, 34, betreut"
            comma_age = age_between_commas(doc, dataclasses.replace(m, stop=origin_end))
        if comma_age is not None:
            c.ages.append((0, doc.starts[m.first], comma_age))
    first_name = c.mentions[0].parts[0]
    if (
        c.gender is not None
        and lex.is_given_name(first_name)
        and lex.given_name_gender(first_name) is None
    ):
        # "Die Abgeordneten Merle A und ...": a plural adjectival role takes the gender
        # that another mention gave ("A ist Sozialarbeiterin") when the first name has none
        added = 0
        for m, slot in zip(c.mentions, role_slots, strict=True):
            late = _plural_role_before_comma(doc, m, c.gender) or _coordinated_role(
                doc, m, c.gender
            )
            if late is None or late.role in c.roles:
                continue
            early = _plural_role_before_comma(doc, m) or _coordinated_role(doc, m)
            if early is not None and early.role in c.roles:  # "Stadtrat" -> "Stadträtin"
                c.roles[c.roles.index(early.role)] = late.role
                continue
            c.roles.insert(slot + added, late.role)  # in text order
            added += 1
