"""Role noun phrases around a token: determiner, role noun, adjectives, complement.

"die frühere SPD-Chefin", "der Kieler Landespolitiker", "Direktor der
Friedrich-Naumann-Stiftung in Südkorea": where the phrase starts and ends and its
role in base form with meaning-changing adjectives ("frühere SPD-Chefin").
"""

from __future__ import annotations

import dataclasses
import re

from app.lexicon import numbers
from app.lexicon import words as lex
from app.lexicon.lemmas import cached_lemma
from app.lexicon.roles import (
    RoleNoun,
    adjective_stem,
    analyze_role,
    council_title,
    inflect_qualifier,
    qualifier_stem,
)
from app.nlp.gazetteer import load_gazetteer
from app.people import names as nm
from app.people.view import TokenView

#: "60-jährige", "34-jährigen": an age adjective, one token.
AGE_ADJECTIVE = re.compile(r"\d{1,3}-jährige[nrms]?")


def place_adjective(word: str) -> bool:
    """ "Kieler", "Leverkusener" before a role noun: the adjective of a place.

    Known places, and capitalised words in "-er" that are no noun, role or first name
    (a place the lexicon lacks: "die Leverkusener Oberbürgermeisterin")."""
    if not (word[:1].isupper() and word.endswith("er") and word[1:].islower()):
        return False
    # "Kieler", "Dresdner"; "Ulmer" from a city of the entity gazetteer; "Hannoveraner",
    # "Münsteraner": "-aner" after the place's whole name. A gazetteer town in "-en" is
    # not taken to drop it: its adjective mostly keeps it ("Siegener", "Bergener"), and
    # "Sieger" or the name "Berger" is no adjective of Siegen or Bergen (the lexicon's
    # places, "Münchner", "Bremer", are read so). Each stem is looked up as it is: not
    # again as a genitive or as an adjective of its own (lex.is_place of a stem).
    stems = lex.place_adjective_stems(word, aner=True)
    known = lex.places()
    if word in known or any(s in known for s in stems):
        return True
    dropped = {word[:-2] + "en", word[:-3] + "en"}
    gazetteer = load_gazetteer()
    if any(gazetteer.place(s, derived=False) is not None for s in stems if s not in dropped):
        return True
    return (
        len(word) >= 7
        and not lex.is_common_noun(word)
        and not lex.is_given_name(word)
        and _no_person_noun(word)
    )


def _no_person_noun(word: str) -> bool:
    role = analyze_role(word)
    return role is None or role.kind == "demonym"  # "Leverkusener" is listed as a demonym


#: Prepositions merged with "dem" (masculine or neuter dative singular) before a person
#: noun ("vom Bundestagsabgeordneten A"); "im" and "am" were never in this list (adding
#: them is a change to measure).
_DATIVE_CONTRACTIONS = frozenset(
    word
    for word, (preposition, article) in lex.CONTRACTIONS.items()
    if article == "dem" and preposition not in ("in", "an")
)


def determiner_before(doc: TokenView, k: int) -> tuple[str | None, int]:
    """The determiner of the noun phrase whose noun is token ``k`` (skipping adjectives)."""
    j = k - 1
    steps = 0
    while j >= 0 and doc.same_sentence(j, k) and steps < 4:
        w = doc.words[j]
        lw = w.lower()
        if lw in lex.DETERMINERS:
            return lw, j
        if lw in _DATIVE_CONTRACTIONS:
            return "dem", j  # "vom Bundestagsabgeordneten A": "von dem", masculine
        if (
            w.islower()
            and w.replace("-", "").isalpha()
            and w.endswith(("e", "en", "er", "es", "em"))
        ):
            j -= 1  # also "den baden-württembergischen Abgeordneten": a hyphenated adjective
            steps += 1
            continue
        if (
            w[:1].isupper()
            and j != doc.sentence_start(j)
            and adjective_stem(lw) in lex.TITLE_ADJECTIVES
        ):
            j -= 1  # "der Erste Kreisbeigeordnete", "der Ständige Vertreter"
            steps += 1
            continue
        if AGE_ADJECTIVE.fullmatch(w):  # "Der 60-jährige Senatsvorsitzende"
            j -= 1
            steps += 1
            continue
        if place_adjective(w):  # "der Kieler ..."
            j -= 1
            steps += 1
            continue
        if w.isdigit() or w in {"Jahre", "-"}:  # "die 34 Jahre alte Lehrerin"
            j -= 1
            steps += 1
            continue
        break
    return None, j


#: An ordinal used as a noun: "Zwölfter", "Dritte", "Zwanzigsten".
ORDINAL_NOUN = re.compile(
    r"(erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft|\w+zehnt"
    r"|\w*zigst|\w*ßigst|hundertst)e[rnms]?"
)


def ordinal_noun(word: str) -> bool:
    """Is ``word`` a bare ordinal noun ("Zwölfte", "Dritter"), not a ranking compound
    ("Weltranglistenzehnte", a role: a standing of a player)?"""
    low = word.lower()
    return ORDINAL_NOUN.fullmatch(low) is not None and not low.startswith(("welt", "rang"))


def role_at(doc: TokenView, k: int, article: str | None = None) -> RoleNoun | None:
    w = doc.word(k)
    if not w or doc.blocked[k]:
        return None
    if article is None:
        article, _ = determiner_before(doc, k)
    if ordinal_noun(w):
        return None  # "als Zwölfte A", "Dritter wurde B": a place in one race, no role
    role = analyze_role(w, article) or council_title(w, doc.word(k + 1))
    if role is not None and role.kind != "demonym" and lex.is_place(w):
        return dataclasses.replace(role, kind="demonym")  # "der Hamburger": a demonym
    if role is not None and role.kind == "noun" and w.endswith("erin") and lex.is_place(w[:-2]):
        return dataclasses.replace(role, kind="demonym")  # "die Kölnerin", as "der Kölner"
    return role


def qualified(doc: TokenView, k: int, role: RoleNoun) -> str:
    """The role at token ``k`` with meaning-changing adjectives before it."""
    quals: list[str] = []
    j = k - 1
    while j >= 0 and doc.same_sentence(j, k):
        w = doc.words[j]
        if place_adjective(w):
            quals.insert(0, w)  # "der Kieler Landespolitiker"
        elif w[:1].isupper():
            stem = adjective_stem(w.lower())
            if stem is not None and stem not in lex.TITLE_ADJECTIVES:
                stem = qualifier_stem(w.lower())  # "zur Badischen Weinkönigin"
                if stem is not None and j == doc.sentence_start(j):
                    quals.insert(0, inflect_qualifier(stem, role.gender))  # "Französische"
                    j -= 1
                    continue
            if stem is None:
                break
            quals.insert(0, inflect_qualifier(stem, role.gender).capitalize())
        else:
            stem = qualifier_stem(w)
            if stem is None or (stem in _BIRTH_ORDER and role.kind != "family"):
                break  # "ältester Sohn", but "die älteste Trainerin der Liga": a record
            quals.insert(0, inflect_qualifier(stem, role.gender))
        j -= 1
    return " ".join([*quals, role.base])


#: Superlatives kept only before a kin noun, where they tell which one ("ältester Sohn").
_BIRTH_ORDER = frozenset({"ältest"})


def _is_temporal(doc: TokenView, j: int) -> bool:
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


#: A Roman numeral ("VIII") before the stop of an ordinal.
_ROMAN = re.compile(r"[IVX]{1,6}")


def roman_ordinal_stop(doc: TokenView, j: int) -> bool:
    """Is token ``j`` the full stop of a Roman ordinal inside a phrase ("des VIII. Senats")
    after an article, before a capitalised word of the same sentence?"""
    return (
        doc.words[j] == "."
        and j >= 2
        and _ROMAN.fullmatch(doc.words[j - 1]) is not None
        and doc.words[j - 2].lower() in lex.DETERMINERS
        and doc.word(j + 1)[:1].isupper()
        and doc.same_sentence(j, j + 1)
    )


def _count_word(word: str) -> bool:
    """A count that opens a quantity ("4", "2,5", "vier", "zwölf")."""
    return word[:1].isdigit() or word.lower() in numbers.VALUES


#: Lowercase words inside a multi-word organisation name ("Bank of England").
_NAME_LINKS = frozenset({"of", "for", "and", "de", "du", "des", "di", "del", "della"})


def complement_end(doc: TokenView, h: int, limit: int) -> int:
    """End (exclusive) of the genitive/prepositional complement of the role at ``h``."""
    j = h + 1
    end = h + 1
    stretch_end = end  # the end before the last preposition or article
    prev_kind = "head"
    while j < min(limit, doc.n) and doc.same_sentence(h, j) and j - h <= 12:
        w = doc.words[j]
        lw = w.lower()
        title_end = quoted_title_end(doc, j) if prev_kind == "noun" else None
        if title_end is not None and title_end <= limit:
            j = end = title_end  # "Chefredakteur der Zeitung „Yeni Ufuk“"
            prev_kind = "noun"
            continue
        if roman_ordinal_stop(doc, j):
            j += 1  # "Richter des VIII. Senats": the stop of a Roman ordinal
            continue
        if w in lex.BOUNDARIES or _is_temporal(doc, j) or w == "aus":
            break  # "Sozialarbeiterin aus Oldenburg": where she comes from, not the office
        if w in {"mit", "ohne"} and j == h + 1:
            break  # "eine Patientin mit schwerem Lupus": what she has, not the office
        if w == "zu" and _count_word(doc.word(j + 1)):
            break  # "einen Investmentbanker zu vier Jahren Haft": a sentence, no complement
        if w == "für" and for_no_remit(doc, j):
            break  # "Senatorin für die nächsten vier Jahre": how long, not the remit
        if _person_name_at(doc, j):
            if _genitive_role_before(doc, h, j):
                return j  # "Urenkelin des Gründers August B": "Urenkelin des Gründers"
            return stretch_end  # "Sohn von Firmengründer Götz Werner": the role is "Sohn"
        if (
            lw in lex.DETERMINERS - lex.POSSESSIVE_M - lex.POSSESSIVE_F or lw in lex.PREPOSITIONS
        ) and (w.islower() or j == doc.sentence_start(j)):
            kind = "function"  # not "des Konzerns Vạn An": a capital inside a sentence is a name
        elif w in _NAME_LINKS and prev_kind == "noun" and doc.word(j + 1)[:1].isupper():
            kind = "function"  # "der Bank of England", "des Institute for Fiscal Studies"
        elif w == "und" and prev_kind == "noun" and coordinated_noun(doc, j + 1):
            kind = "function"  # "Bundesministerin für Bildung und Forschung"
        elif w == "und" and prev_kind == "noun" and _coordinated_place(doc, j + 1):
            kind = "function"  # "Weihbischof im Erzbistum München und Freising"
        elif (
            w in {"und", "oder"}
            and prev_kind == "noun"
            and doc.word(j - 1).endswith("-")
            and doc.word(j + 1)[:1].isupper()
            and doc.same_sentence(j, j + 1)
        ):
            kind = "function"  # "der Eisenbahn- und Verkehrsgewerkschaft": a shared head
        elif w.islower() and w.isalpha() and w.endswith(("e", "en", "er", "es", "em")):
            if prev_kind not in {"function", "adj"} and not articleless_genitive(doc, j):
                break
            kind = "adj"
        elif w in lex.LOWERCASE_LEGAL_FORMS and prev_kind == "noun":
            kind = "noun"  # "Geschäftsführer der Documenta gGmbH"
        elif w[:1].isupper() or w[:1].isdigit() or w == "&":
            if prev_kind == "head" and not w[:1].isdigit():
                break  # "Chef Siemens" is no complement
            kind = "noun"
        else:
            break
        if (
            kind == "function"
            and prev_kind == "head"
            and lw not in (lex.PREPOSITIONS | lex.GENITIVE_ARTICLES)
        ):
            break  # "Dritte die Französin ...": no genitive, no complement
        if kind == "function" and prev_kind != "function":
            stretch_end = end
        prev_kind = kind
        j += 1
        if kind == "noun":
            end = j
    return end


#: Nouns of a stretch of time: "für zwei Jahre", "für kurze Zeit", "für die Dauer des
#: Verfahrens" say how long somebody holds an office, not its remit (also compounds in
#: "-zeit": "für eine Übergangszeit").
DURATION_NOUNS = lex.words(
    """Zeit Weile Dauer Jahr Jahre Jahren Monat Monate Monaten Woche Wochen Tag Tage Tagen
    Stunde Stunden Saison Semester Zeitraum Periode Legislaturperiode Amtsperiode Moment
    Wahlperiode Amtszeit Spielzeit"""
)
#: Quantifiers after "für": "sprach als Sprecherin für alle Anwohner" (on their behalf).
_FOR_QUANTIFIERS = lex.words("alle allen viele vielen einige mehrere sämtliche beide jeden jede")
#: Verbs whose object a "für" phrase right before them is: "der als Referent für Furore
#: sorgte", "die als Ministerin für die Kürzungen stimmte", "für mehr Geld warb".
_FOR_VERBS = lex.words(
    "sorgen stimmen votieren werben kämpfen eintreten plädieren streiten demonstrieren einsetzen"
)
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "–", ")", "!", "?"})


def for_no_remit(doc: TokenView, k: int) -> bool:
    """Is the "für" at ``k`` after a role noun no remit of the office: a stretch of time
    ("Senator für kurze Zeit", "für die Dauer des Verfahrens"), a quantifier ("für alle
    Anwohner") or the object of the verb right after its noun ("für Aufsehen sorgte")?"""
    j = k + 1
    while j < doc.n and j - k <= 4 and doc.same_sentence(k, j):
        w = doc.words[j]
        if w.lower() in _FOR_QUANTIFIERS:
            return True
        if not (w.islower() or w.isdigit()) or not w.replace(".", "").isalnum():
            break
        j += 1
    noun = doc.word(j)
    if not noun[:1].isupper() or not doc.same_sentence(k, j):
        return False
    if noun in DURATION_NOUNS or (j > k + 1 and noun.lower().endswith("zeit")):
        return True
    after = doc.word(j + 1)
    if doc.word(k - 2) == "als" and doc.word(k - 3) in lex.COPULAS and after in _CLAUSE_ENDS:
        return True  # "A war als Minister für die Reform, doch …": "war für" (in favour of)
    if not (after.isalpha() and after.islower() and cached_lemma(after) in _FOR_VERBS):
        return False
    # the verb closes a clause ("…, der als Referent für Furore sorgte,", "… gestimmt
    # hatte."); "Der Senator für Inneres stimmte zu" has its verb second, after the phrase
    close = j + 2 if doc.word(j + 2) in _CLAUSE_ENDS else j + 3
    return doc.word(close) in _CLAUSE_ENDS and doc.word(close - 1) not in {"zu", "für", "mit"}


#: Adverbs and comparatives in "-er" that are no genitive adjective ("Lehrer früher Jahre"?
#: no: "war Lehrer, früher Koch"; "als Trainer später Meister").
_ADVERBS_IN_ER = lex.PREDICATE_ADVERBS | lex.words(
    "früher später weiter länger immer wieder aber oder unter hinter über sicher lieber"
)


def articleless_genitive(doc: TokenView, j: int) -> bool:
    """Does a genitive plural without article start at ``j`` ("Tochter vietnamesischer
    Vertragsarbeiter", "Sohn türkischer Einwanderer"): a strong adjective in "-er" before a
    capitalised common noun that is no name?"""
    nxt = doc.word(j + 1)
    return (
        doc.words[j].endswith("er")
        and doc.words[j] not in _ADVERBS_IN_ER
        and adjective_stem(doc.words[j]) is not None
        and nxt[:1].isupper()
        and lex.is_common_noun(nxt)
        and not lex.is_given_name(nxt)
        and doc.same_sentence(j, j + 1)
    )


#: Quotation marks that open and close a title ("„Yeni Ufuk“", "»Nature«").
OPEN_QUOTES = frozenset({"„", "»", '"'})
CLOSE_QUOTES = frozenset({"“", "«", '"', "”"})


def quoted_title_end(doc: TokenView, j: int) -> int | None:
    """The end (after the closing mark) of a title in quotation marks at token ``j``
    ("der Zeitung „Yeni Ufuk“", "in „Nature“"): one to five capitalised words, no
    speech (a lowercase word or punctuation ends it), in one sentence."""
    if doc.word(j) not in OPEN_QUOTES:
        return None
    k = j + 1
    while k < doc.n and k - j <= 5 and doc.same_sentence(j, k) and doc.words[k][:1].isupper():
        k += 1
    if k == j + 1 or doc.word(k) not in CLOSE_QUOTES or not doc.same_sentence(j, k):
        return None
    return k + 1


def coordinated_noun(doc: TokenView, j: int) -> bool:
    """Is token ``j`` (after "und" in a complement) a plain noun, neither a role nor a
    name, so that the complement goes on ("für Bildung und Forschung")?"""
    w = doc.word(j)
    return (
        w[:1].isupper()
        and lex.is_common_noun(w)
        and analyze_role(w) is None
        and not lex.is_given_name(w)
        and doc.same_sentence(j - 1, j)
    )


def _coordinated_place(doc: TokenView, j: int) -> bool:
    """Is token ``j`` (after "und" in a complement) a place or a word of a place's or an
    organisation's name ("von Bonn und Köln", "im Erzbistum München und Freising"), not
    the start of a person's name?"""
    w = doc.word(j)
    return (
        w[:1].isupper()
        and doc.same_sentence(j - 1, j)
        and (lex.is_place(w) or doc.other_entity[j])
        and not lex.is_given_name(w)
        and not _person_name_at(doc, j)
    )


def _genitive_role_before(doc: TokenView, h: int, j: int) -> bool:
    """Is [h + 1, j) a genitive article and a role noun ("des Gründers", "der Gründerin")
    right after the role at ``h``, before a name at ``j``? The genitive says whose
    relative or deputy the person is; the name is that other person's. Not "der" before
    a masculine noun in the singular form, a nominative then (a genitive "der" before a
    man's noun would be a plural, which one name cannot follow)."""
    if j != h + 3 or doc.word(h + 1) not in {"des", "der"}:
        return False
    role = analyze_role(doc.word(h + 2), doc.word(h + 1))
    if role is not None and doc.word(h + 1) == "der" and role.gender == "m":
        return False  # "Bauer der Brauereimitarbeiter B": a nominative, B's own title
    return role is not None and role.kind in {"noun", "adj"}


def _person_name_at(doc: TokenView, j: int) -> bool:
    """Does a person's name start at token ``j`` (a known first name and a surname that
    ends the name; not "Robert Koch-Institut" or "Hans Böckler Stiftung")?"""
    nxt = doc.word(j + 1)
    return (
        lex.is_given_name(doc.words[j])
        and nm.is_name_core(nxt)
        and not nm.is_organisation_word(nxt)
        and not nm.is_organisation_word(doc.word(j + 2))
        and doc.same_sentence(j, j + 1)
    )


def role_phrase(doc: TokenView, k: int, role: RoleNoun, end: int) -> str:
    base = qualified(doc, k, role)
    if end > k + 1:
        text = doc.span_text(k + 1, end)
        last = doc.words[end - 1]
        if len(last) > 1 and last.endswith(".") and doc.sentence_stop(end - 1) == end:
            text = text[:-1]  # "Chefin der Förderbank KfW.": the sentence's full stop
        return base + " " + text
    return base


def before_titles(doc: TokenView, first: int) -> int:
    """The token before the titles right before the name at ``first`` ("die Kinderärztin
    Prof. Dr. A": "Kinderärztin"); ``first - 1`` when there are none, -1 at the start."""
    k = first - 1
    while k >= 0 and doc.words[k] in lex.TITLES and doc.same_sentence(k, first):
        k -= 1
    return k


#: "Deutsche(r)" declined as an adjective: the one German demonym that is no noun.
_GERMAN_DEMONYMS = frozenset({"Deutsche", "Deutscher", "Deutschen"})


def np_start(doc: TokenView, first: int) -> int:
    """Where the noun phrase of a name begins: "der Kieler Landespolitiker Felix ...",
    "Dr. Yara ..."."""
    k = before_titles(doc, first)
    titled = k + 1  # "..., Dr. Yara El-Mahdi": the titles belong to the phrase
    if k < 0 or not doc.same_sentence(k, first) or not doc.words[k][:1].isupper():
        return titled
    article, det_pos = determiner_before(doc, k)
    if doc.words[k] in _GERMAN_DEMONYMS and article is not None and det_pos == k - 1:
        return det_pos  # "…, der Deutsche A,": the one demonym declined as an adjective
    if role_at(doc, k, article) is None:
        return titled
    j = k - 1
    while j > det_pos and (qualifier_stem(doc.words[j]) or place_adjective(doc.words[j])):
        j -= 1
    return det_pos if article is not None else j + 1
