"""What stands right after a name: "(71)", "(SPD)", "(SPD, 54)", ", 42,".

Ages and parties in parentheses or between commas; a number that is a goal count
("Kane (2)") or out of range is no age.
"""

from __future__ import annotations

import re

from app.lexicon import words as lex
from app.lexicon.roles import analyze_role
from app.people.phrases import role_at
from app.people.view import Mention, TokenView

_PAREN = re.compile(r"\s*\(\s*([^()\n]{1,40}?)\s*\)")
#: "Anna Berg, 42, sagte", "A, 58; seine Stellvertreterin ...": also before a semicolon.
_COMMA_AGE = re.compile(r"\s*,\s*(\d{1,3})\s*(?:[,;](?=\s)|\.(?=\s|$))")
#: "Lämmerhirt, inzwischen 81 Jahre alt, wurde ...": an age apposition.
_COMMA_AGE_PHRASE = re.compile(
    r"\s*,\s*(?:(?:inzwischen|mittlerweile|heute|jetzt|nun|erst|gerade|schon|"
    r"bereits)\s+)?(\d{1,3})\s+Jahre\s+alt\s*,(?=\s)"
)
#: "Nachfolger wird A, 67 Jahre alt.": the same apposition at the sentence's end.
_COMMA_AGE_PHRASE_END = re.compile(
    r"\s*,\s*(?:(?:inzwischen|mittlerweile|heute|jetzt|nun|erst|gerade|schon|"
    r"bereits)\s+)?(\d{1,3})\s+Jahre\s+alt\s*\.(?=\s|$)"
)
#: "Eva Roth, 34 Jahre alt und Lehrerin in Kiel": an age apposition joined to a role.
_COMMA_AGE_AND = re.compile(r"\s*,\s*(\d{1,3})\s+Jahre\s+alt\s+und\s+(?=[A-ZÄÖÜ])")
#: "Frank Ohm, ein 52-jähriger Landwirt, hat ...", "..., eine 46-jährige Juristin aus
#: Kiel.": an apposition of one noun (and where from) with an age
#: (not ", damals 30 Jahre alt,": an age at some time gone by).
_COMMA_AGE_NOUN = re.compile(
    r"\s*,\s*(?:ein|eine|einen|einem|einer)\s+(\d{1,3})(?:-jährige|\s+Jahre\s+alte)[nmr]?"
    r"\s+[A-ZÄÖÜ][\w-]*(?:\s+aus\s+[A-ZÄÖÜ][\w-]*)?\s*(?:,(?=\s)|\.(?=\s|$))"
)
#: "Rainer A, der 64-jährige Vorsitzende des Vereins, sagte", "Monika A, 41-jährige Chefin
#: des Jobcenters, warnte": a nominative apposition of one noun, its genitive and where
#: from, with an age (not "A, der 64-jährige B und C": a list; not "die 20-jährigen": plural).
#: The noun must be a person's (not "A, der 20 Jahre alte Verein,") of the name's gender
#: (not "Anke A, der 64-jährige Kämmerer,": in a list, another person).
_COMMA_AGE_ROLE = re.compile(
    r"\s*,\s*(?:(?P<article>der|die|den|dem)\s+)?(?P<age>\d{1,3})(?:-jährige|\s+Jahre\s+alte)[nr]?"
    r"\s+(?P<noun>[A-ZÄÖÜ][\w-]*)(?:\s+(?:des|der)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][\w-]*)?"
    r"(?:\s+aus\s+[A-ZÄÖÜ][\w-]*)?\s*(?:,(?=\s)|\.(?=\s|$))"
)
#: "Annika Vollmer, 38-jährig und seit drei Jahren im Amt,": the uninflected adjective in
#: apposition (not ", damals 38-jährig,": no adverb before the number).
_COMMA_JAEHRIG = re.compile(r"\s*,\s*(\d{1,3})-jährig\s*(?:,(?=\s)|und\s)")
_SHARED = re.compile(r"^(?:beide|alle)\s+(?=\S)")
_NUMBER = re.compile(r"\d{1,3}")
_SCORE_CONTEXT = re.compile(
    r"\d+\s*:\s*\d+|\bTore?\b|Treffer|Torschütz|Punkte|Minute|\bdoppelt\b|Doppelpack|Hattrick|"
    r"\bTorjäger|\bAssists?\b|\btrafen?\s+(?:für|zum|zur|per|ins|einmal|zweimal|dreimal)\b"
)


def read_age(text: str) -> int | None:
    if not _NUMBER.fullmatch(text):
        return None
    value = int(text)
    return value if 1 <= value <= 119 else None


def skip_tags(doc: TokenView, j: int) -> int:
    """Skip "(71)" / "(SPD)" right after a name."""
    if doc.word(j) == "(":
        k = j + 1
        while k < doc.n and doc.words[k] != ")" and k - j < 8:
            k += 1
        if doc.word(k) == ")":
            return k + 1
    return j


def tag_after(doc: TokenView, stop: int) -> bool:
    """Is token ``stop`` the start of "(71)", "(SPD)" or "(SPD, 54)"?"""
    if doc.word(stop) != "(" or stop == 0:
        return False
    age, party = paren_info(doc, stop - 1)
    return age is not None or party is not None


def paren_info(doc: TokenView, last: int) -> tuple[int | None, str | None]:
    """Age and party from "(71)", "(SPD)", "(SPD, 54)" right after token ``last``."""
    end = doc.ends[last]
    match = _PAREN.match(doc.text, end)
    if match is None:
        return None, None
    content = _SHARED.sub("", match.group(1))  # "(beide FDP)" after the last of two names
    party = lex.party_of(content)
    if party is not None:
        return None, party
    age = read_age(content.removeprefix("†").strip())  # "(†84)": the age at death
    if age is not None:
        if _score_context(doc, last) and age < 16:
            return None, None  # "Kane (2)" in a list of goal scorers
        return age, None
    items = [x.strip() for x in re.split(r"[,;/]", content)]  # "(CDU, 61)", "(61/CDU)"
    if len(items) == 2:
        for a, b in (items, items[::-1]):
            if lex.party_of(a) is not None and read_age(b) is not None:
                return read_age(b), lex.party_of(a)
            if (a in _STATUS_WORDS or a in _CAPTION_WORDS) and read_age(b) is not None:
                return read_age(b), None  # "(verwitwet, 79)", "(Foto, 33)", "(links, 41)"
    return None, None


#: Words of a person's state that a tag may give beside the age: "(verwitwet, 79)".
_STATUS_WORDS = lex.words("verwitwet verheiratet ledig geschieden pensioniert parteilos")
#: Words of a caption that point at the person in the picture beside the age: "(Foto, 33)".
_CAPTION_WORDS = lex.words("Foto Bild links rechts Mitte oben unten")


def shared_party(doc: TokenView, m: Mention) -> str | None:
    """ "A und B (beide FDP)", "A, B und C (alle SPD)": the party tag after the last name
    of a list, read for an earlier name of the list."""
    j = m.stop
    if doc.word(j) not in {",", "und"}:
        return None
    while j < doc.n and doc.same_sentence(m.first, j) and j - m.stop < 16:
        w = doc.words[j]
        if w == "(":
            match = _PAREN.match(doc.text, doc.ends[j - 1])
            if match is None or not _SHARED.match(match.group(1)) or doc.word(j - 1) == ",":
                return None
            return lex.party_of(_SHARED.sub("", match.group(1)))
        if not (w in {",", "und"} or w[:1].isupper() or w in lex.PARTICLES or w.endswith(".")):
            return None  # a verb or another word: the list has ended
        j += 1
    return None


def _score_context(doc: TokenView, i: int) -> bool:
    sent = doc.sent[i]
    lo = doc.sentence_start(i)
    hi = i
    while hi + 1 < doc.n and doc.sent[hi + 1] == sent:
        hi += 1
    return bool(_SCORE_CONTEXT.search(doc.text[doc.starts[lo] : doc.ends[hi]]))


def age_between_commas(doc: TokenView, m: Mention) -> int | None:
    """ "Anna Berg, 42, sagte", "A, inzwischen 81 Jahre alt, wurde": the age between
    commas right after a name."""
    j = skip_tags(doc, m.stop)
    end = doc.ends[j - 1]
    match = (
        _COMMA_AGE.match(doc.text, end)
        or _COMMA_AGE_PHRASE.match(doc.text, end)
        or _COMMA_AGE_PHRASE_END.match(doc.text, end)
        or _COMMA_AGE_NOUN.match(doc.text, end)
        or _COMMA_AGE_AND.match(doc.text, end)
        or _COMMA_JAEHRIG.match(doc.text, end)
    )
    if match is None:
        match = _COMMA_AGE_ROLE.match(doc.text, end)
        if match is None or _after_preposition(doc, m.first):
            return None  # "Der Sohn von A, der 19-jährige Student,": maybe the son's age
        gender = _person_noun_gender(doc, match)
        name_gender = lex.given_name_gender(m.parts[0])
        if gender is None or (gender and name_gender and gender != name_gender):
            return None  # "A, der 20 Jahre alte Verein,", "Anke A, der 64-jährige Kämmerer,"
        return read_age(match.group("age"))
    return read_age(match.group(1))


def _person_noun_gender(doc: TokenView, match: re.Match[str]) -> str | None:
    """The gender of the person noun of a :data:`_COMMA_AGE_ROLE` apposition ("m", "f",
    "" when either), None when the noun names no person; a weak noun after "den"/"dem"
    is read without its ending ("den 52-jährigen Nachbarn": Nachbar)."""
    k = doc.token_at(match.start("noun"))
    role = role_at(doc, k)
    word = doc.word(k)
    if role is None and match.group("article") in {"den", "dem"} and word.endswith("n"):
        stems = (word[:-1], word[:-2]) if word.endswith("en") else (word[:-1],)
        role = next(filter(None, (analyze_role(w, "der") for w in stems)), None)
    if role is None:
        return "" if word in lex.GENERIC_PERSONS else None
    return role.gender or ""


def _after_preposition(doc: TokenView, first: int) -> bool:
    """Is the name at ``first`` inside a phrase of a preposition or a genitive ("von A",
    "des Unternehmers A", "laut Sprecherin A"), up to three words before it?"""
    lo = max(doc.sentence_start(first), first - 3)
    return any(w.lower() in _BEFORE_AN_OWNED_NAME for w in doc.words[lo:first])


#: Words that put a name inside another phrase: prepositions, "des", "laut" (one set, not
#: a union built for every word).
_BEFORE_AN_OWNED_NAME = lex.PREPOSITIONS | {"des", "laut"}


def skip_age_apposition(doc: TokenView, j: int) -> int:
    """Skip ", 42," or ", inzwischen 81 Jahre alt," at token ``j`` (after a name)."""
    if doc.word(j) != "," or j == 0:
        return j
    end = doc.ends[j - 1]
    if not (_COMMA_AGE.match(doc.text, end) or _COMMA_AGE_PHRASE.match(doc.text, end)):
        return j
    k = j + 1
    while k < doc.n and doc.words[k] != "," and k - j < 8:
        k += 1
    return k + 1 if doc.word(k) == "," else j
