"""Person spans that news conventions make clear, used by ``leselupe_org_place_rules``.

- ``aged_names``: a name with lowercase particles before an age in parentheses is one
  person: "Ursula von der Leyen (66)", "Rafael van der Vaart (41)";
- ``split_org_heads``: a person entity that runs on into an institution is cut there:
  "Isabella Weber von der University of Massachusetts" -> PER "Isabella Weber" and ORG
  "University of Massachusetts";
- ``first_names``: a first name the model left out before a person entity is joined to
  it ("Wolfram" + "Weimer"), also when the first name is a common noun ("Rose") -- not
  after an article or adjective ("die Rose", "rote Rose");
- ``regnal_names``: a first name (or its genitive) with a Roman ordinal is a ruler or
  pope, a person with the ordinal's full stop: "Ludwig XIV.", "Karl V.", "Ottos II."
  (GermEval's convention: "Bernhard IV.", "Elisabeth II." are persons with the stop; an
  epithet "der Gute" is no part of it). GermEval also takes a "von" + place after the
  ordinal into the name ("Ottos II. von Neumarkt"); not done, because the app's people
  extractor cuts such a name at the ordinal and would show "von Neumarkt" as a person;
- ``repeated_surnames``: a heading's surname glued to the full name after it is cut off:
  "Greenberg Joseph Greenberg" -> "Greenberg" and "Joseph Greenberg";
- ``particle_names``: an organisation of a first name, a name particle and name words
  and no head of an organisation's name is a person: "Giacomo della Porta", "Hendrik van
  Dalen" (not "Otto von Guericke Universität", not "Maria de Fátima Hospital").
- ``genitive_cut``: a name in the genitive ends the person; nouns after it are cut off
  ("Erdogans Kurs" -> "Erdogans"), a role and a name after it are a second person
  ("Obamas Sprecherin Kori Schulman"); not after a first name in -s ("Klaus Koch").
- ``initial_names``: a first name, one or more initials ("T.", "R.") and a surname are one
  person: "Harlan T. Whitfield-Ames", "John F. Kennedy"; a person the model found after
  initials takes them in ("J. R. R. Tolkien"); not over a sentence break ("Anna K. Die
  Polizei ...") nor onto a function word, role or common noun;
- ``full_names``: a listed first name and a surname after a role or title, with a party
  in parentheses or beside a person, which the model missed, cut after the first name or
  took with the role for a place ("Bischof Heribert Löckenhoff-Tetteh" LOC -> PER
  "Heribert Löckenhoff-Tetteh");
- ``said_surnames``: one name word after a verb of saying that ends the clause or after
  "Herr"/"Frau" is a surname ("..., erklärt Tarlo.", "von Herrn Comey");
- ``named_after_persons``: a person right after a noun of a vessel, a storm or a building
  names that thing and is dropped ("das Forschungsschiff Walther Herwig");
- ``double_surnames``: a first name and a hyphenated double surname taken for an
  organisation are a person ("Malin Sjöberg-Ek"); not an adjective or common noun before
  a compound with an institution's head or a place ("Deutschen Presse-Agentur",
  "Weingärtnergenossenschaft Metzingen-Neuhausen").

Entities are ``(start, end, label)`` token triples; no Qt here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from spacy.tokens import Doc

from app.lexicon import words as lex_words
from app.lexicon.lemmas import is_known
from app.lexicon.roles import is_role_word
from app.lexicon.words import is_given_name
from app.nlp.components.lexclass import (
    LEX_COMMON,
    LEX_FIRST,
    LEX_GAZ_LOC,
    LEX_GAZ_ORG,
    LEX_OTHER,
    LEX_PROPER,
    lex_flags,
)
from app.nlp.components.org_place_words import (
    ACADEMIC_TITLES,
    BODY_KIND_ENDINGS,
    COMPANY_KIND_ENDINGS,
    COMPOUND_HEADS,
    ENGLISH_HEADS,
    FUER_HEADS,
    HONORIFICS,
    LEGAL_FORMS,
    LIFE_NOUNS,
    PLACE_HEADS,
    PLACE_ROLE_ENDINGS,
    ROMANCE_HEADS,
    ROMANCE_PARTICLES,
    SAINTS,
)

Ent = tuple[int, int, str]

#: The name particles these rules step over and cut at: not the German article "das" nor
#: the Spanish "y" (and), which would join a name to the words before it ("... das Kind Lea
#: (4)"); "dei" and "do" were never in this list (adding them is a change to measure).
#: The Filipino/Italian "dela", "delos", "delas", "delle", "degli" came in with the one
#: list (session 23).
PARTICLES = lex_words.PARTICLES - {"das", "y", "dei", "do"}
_BEFORE_NOUN = frozenset({"DET", "ADJ", "PRON", "NUM"})
_QUOTES = frozenset({'"', "''", "'", "„", "“", "”", "‚", "‘", "’", "«", "»", "‹", "›", "``"})


def _is_name_word(text: str) -> bool:
    """A capitalised word of letters, hyphens and apostrophes inside it ("Ndung'u",
    "O'Neill"; not a genitive "Andreas'")."""
    inner = text.replace("-", "").replace("'", "").replace("’", "")
    return (
        len(text) > 1
        and text[0].isupper()
        and inner.isalpha()
        and text[-1] not in "'’"
        and (inner == text.replace("-", "") or len(inner) >= 3)
    )


def age_in_parens(doc: Doc, i: int) -> bool:
    """Does an age in parentheses, "(<1..119>)", open at token ``i`` ("Max Huber (61)")?"""
    return (
        i + 2 < len(doc)
        and doc[i].text == "("
        and doc[i + 2].text == ")"
        and doc[i + 1].is_digit
        and 0 < int(doc[i + 1].text) < 120
    )


def aged_names(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Ursula von der Leyen (66)': name words and particles before '(<age>)'."""
    out = list(ents)
    n = len(doc)
    for i in range(2, n - 2):
        if not age_in_parens(doc, i) or not _is_name_word(doc[i - 1].text):
            continue
        j = i - 1
        particles = 0
        while j > 0 and i - j < 7 and not doc[j].is_sent_start:
            prev = doc[j - 1].text
            if _is_name_word(prev) and not is_role_word(prev):
                j -= 1
            elif prev in PARTICLES:
                k = j - 1  # "von der": step over the particles to the name before them
                while k > 0 and doc[k - 1].text in PARTICLES:
                    k -= 1
                if k == 0 or not _is_name_word(doc[k - 1].text) or doc[k].is_sent_start:
                    break
                particles += j - k
                j = k
            else:
                break
        if not particles or not _is_name_word(doc[j].text):
            continue
        inside = [e for e in out if e[0] < i and e[1] > j]
        if any(e[0] < j or e[1] > i for e in inside):
            continue  # the run is part of a longer name
        out = [e for e in out if e not in inside] + [(j, i, "PER")]
    return out


def _is_org_head(text: str) -> bool:
    return (
        text in ENGLISH_HEADS
        or text in PLACE_HEADS
        or text in FUER_HEADS
        or text.rpartition("-")[2] in COMPOUND_HEADS
    )


def split_org_heads(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Isabella Weber von der University of ...': cut the person before the particle."""
    out: list[Ent] = []
    for start, end, label in ents:
        if label != "PER" or end - start < 3:
            out.append((start, end, label))
            continue
        cut = -1
        for k in range(start + 1, end):
            if doc[k].text in PARTICLES and any(_is_org_head(t.text) for t in doc[k + 1 : end]):
                cut = k
                break
        if cut < 0:
            out.append((start, end, label))
            continue
        out.append((start, cut, "PER"))
        rest = cut
        while rest < end and doc[rest].text in PARTICLES:
            rest += 1
        if rest < end:
            out.append((rest, end, "ORG"))
    return out


def _council_member(word: str) -> bool:
    """'Bundesrat', 'Ständerat', 'Nationalrat': a council whose name also names a member,
    as its feminine form shows ("Bundesrätin" is a role noun, "Bundesrat" a body)."""
    return (
        len(word) > 5
        and word.endswith("rat")
        and word[:1].isupper()
        and is_role_word(word[:-3] + "rätin")
    )


def council_members(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Der Schweizer [Bundesrat Ignazio Cassis]' taken for an organisation: a council noun
    that also names its members, then a listed first name and name words, is a member of
    the council before a person."""
    out: list[Ent] = []
    for start, end, label in ents:
        if (
            label == "ORG"
            and end - start >= 3
            and _council_member(doc[start].text)
            and is_given_name(doc[start + 1].text)
            and all(
                _is_name_word(t.text) and not _is_org_head(t.text) for t in doc[start + 1 : end]
            )
        ):
            out.append((start + 1, end, "PER"))
            continue
        out.append((start, end, label))
    return out


def initials_name(doc: Doc, ents: list[Ent], is_unknown: Callable[[object], bool]) -> list[Ent]:
    """'JD Vance' taken for an organisation: two capitals that nothing knows,
    then a capitalised word that nothing knows, are initials and a surname."""
    out: list[Ent] = []
    for start, end, label in ents:
        if label != "PER" and end - start == 2:
            first, last = doc[start], doc[start + 1]
            if (
                len(first.text) == 2
                and first.text.isupper()
                and first.text.isalpha()
                and is_unknown(first)
                and is_unknown(last)
            ):
                out.append((start, end, "PER"))
                continue
        out.append((start, end, label))
    return out


def first_names(doc: Doc, ents: list[Ent], flags: Callable[[object], int] = lex_flags) -> list[Ent]:
    """'Wolfram Weimer', 'Rose Ayling-Ellis': a known first name right before a person."""
    taken = {i for s, e, _l in ents for i in range(s, e)}
    out: list[Ent] = []
    for start, end, label in ents:
        k = start - 1
        if label != "PER" or k < 0 or k in taken:
            out.append((start, end, label))
            continue
        token = doc[k]
        if not (_is_name_word(token.text) and flags(token) & LEX_FIRST) or is_role_word(token.text):
            out.append((start, end, label))
            continue
        if k > 0 and doc[k - 1].pos_ in _BEFORE_NOUN and not doc[k - 1].is_punct:
            out.append((start, end, label))  # "die Rose", "rote Rose Schmidts"?
            continue
        out.append((k, end, label))
    return out


#: Ordinals of rulers and popes: "I" to "XXX" (not "M", "C", "D", "L": initials in
#: "Roy M. Cohn").
_ORDINAL = re.compile(r"^[IVX]+$")


def _is_ruler_name(token: object, flags: Callable[[object], int]) -> bool:
    """'Ludwig', 'Ottos', 'Benedikt': a first name or its genitive, no common noun."""
    text = str(getattr(token, "text", ""))
    if not _is_name_word(text):
        return False
    if is_given_name(text) or (text.endswith("s") and is_given_name(text[:-1])):
        return True
    code = flags(token)
    return bool(code & LEX_FIRST) and not code & LEX_COMMON


def regnal_names(
    doc: Doc, ents: list[Ent], flags: Callable[[object], int] = lex_flags
) -> list[Ent]:
    """'Ludwig XIV.', 'Friedrich Wilhelm IV.', 'Ottos II.': a person with the ordinal's
    stop; entities overlapping it ("Tumba Ottos II.") give way."""
    out = dict.fromkeys(ents)  # in order; a removal and an addition take constant time
    n = len(doc)
    cover = _cover(ents)  # the entities over each token, so that no token scans them all
    for i in range(1, n):
        numeral = doc[i].text
        if not _ORDINAL.match(numeral.removesuffix(".")):
            continue
        end = i + 1
        if not numeral.endswith("."):
            if end >= n or doc[end].text != "." or doc[i].whitespace_:
                continue  # "Teil II", "Ludwig XIV" without the ordinal's stop
            end += 1
        here = cover.get(i, [])
        person = next((e for e in here if e[2] == "PER" and e[0] < i and e[1] == i + 1), None)
        if person is None and not _is_ruler_name(doc[i - 1], flags):
            continue  # "Benedikt XVI" that the model found: its stop is added below
        if any(e[1] > end for e in here):
            continue  # "Joseph V. McKee", "García II. Sanchez": a longer name found
        start = i - 1 if person is None else person[0]
        while start > 0 and not doc[start].is_sent_start and _is_ruler_name(doc[start - 1], flags):
            start -= 1
        if (start, end, "PER") in out:
            continue
        gone = {e for t in range(start, end) for e in cover.get(t, [])}
        _put_person(out, cover, gone, start, end)  # the entities over the ruler give way
    return list(out)


def _put_person(
    out: dict[Ent, None], cover: dict[int, list[Ent]], gone: set[Ent], start: int, end: int
) -> None:
    """Replace the entities ``gone`` by the person ``start``-``end`` in ``out`` and in the
    entities over each token (``cover``)."""
    for e in gone:
        del out[e]
        for t in range(e[0], e[1]):
            cover[t] = [f for f in cover[t] if f != e]
    out[(start, end, "PER")] = None
    for t in range(start, end):
        cover.setdefault(t, []).append((start, end, "PER"))


def _cover(ents: list[Ent]) -> dict[int, list[Ent]]:
    """The entities that cover each token, in the order of ``ents``."""
    cover: dict[int, list[Ent]] = {}
    for e in ents:
        for t in range(e[0], e[1]):
            cover.setdefault(t, []).append(e)
    return cover


def _is_surname_word(token: object, flags: Callable[[object], int]) -> bool:
    """A capitalised word that is no head of an organisation, role or plain common noun."""
    text = str(getattr(token, "text", ""))
    if not _is_name_word(text) or _is_org_head(text) or text in ROMANCE_HEADS:
        return False
    code = flags(token)
    if is_known(text) and code & LEX_COMMON and not code & (LEX_PROPER | LEX_FIRST):
        return False  # "Hospital", "Museum" (a dictionary noun; not "Camporeale")
    return not is_role_word(text)


def particle_names(
    doc: Doc, ents: list[Ent], flags: Callable[[object], int] = lex_flags
) -> list[Ent]:
    """'Giacomo della Porta' taken for an organisation: a first name, particles and
    capitalised name words with no organisation head (see the module docstring)."""
    out: list[Ent] = []
    for start, end, label in ents:
        tokens = doc[start:end]
        if (
            label == "ORG"
            and end - start >= 3
            and _is_ruler_name(tokens[0], flags)
            and tokens[1].text in PARTICLES
            and _is_name_word(tokens[-1].text)
            and all(t.text in PARTICLES or _is_surname_word(t, flags) for t in tokens[1:])
        ):
            out.append((start, end, "PER"))
            continue
        out.append((start, end, label))
    return out


def lone_first_names(
    doc: Doc, ents: list[Ent], flags: Callable[[object], int] = lex_flags
) -> list[Ent]:
    """'brachte Mathilde ihren Sohn zur Welt': a first name on its own, inside a sentence,
    that no dictionary, place or organisation list knows otherwise, is a person."""
    taken = {i for s, e, _l in ents for i in range(s, e)}
    out = list(ents)
    for i, token in enumerate(doc):
        if i in taken or token.is_sent_start or not is_given_name(token.text):
            continue
        if not _is_name_word(token.text) or is_known(token.text) or is_role_word(token.text):
            continue
        code = flags(token)
        if code & (LEX_COMMON | LEX_OTHER | LEX_GAZ_LOC | LEX_GAZ_ORG):
            continue
        if len(token.text) < 3:
            continue  # "Ka 430"
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and (
            _is_name_word(after.text) or after.like_num or after.text in PARTICLES
        ):
            continue  # "Mathilde Krause", "Swantje ter Haar", "Saif bin Hamdan": longer names
        before = doc[i - 1]
        if before.pos_ in _BEFORE_NOUN or before.text in PARTICLES or before.lower_ == "of":
            continue  # "Earl of Moray", "The Legend of Zelda"
        if _QUOTES & {before.text, after.text if after is not None else ""}:
            continue  # "„Darby“", "''Dexter''": a quoted name is a role, a title or a horse
        if _is_name_word(before.text) and not is_role_word(before.text):
            continue  # "Orkan Kyrill", "Tief Mathilde": a kind noun names a thing
        out.append((i, i + 1, "PER"))
    return out


def coordinated_first_names(
    doc: Doc, ents: list[Ent], flags: Callable[[object], int] = lex_flags
) -> list[Ent]:
    """'Lea und Jonas Hartwig', 'die Kinder Mia und Ben Albrecht': a listed first name
    right before "und" and a person that opens with a first name is a person too (the
    couple or siblings share the surname; the sidebar lists the first name alone, as
    written). Not a word that the gazetteers know as a place or an organisation, and not
    a first name that opens the sentence ("Frank und frei ...")."""
    taken = {i for s, e, _l in ents for i in range(s, e)}
    out = list(ents)
    for start, end, label in ents:
        k = start - 2
        if label != "PER" or end - start < 2 or k < 0 or doc[start - 1].lower_ != "und":
            continue
        token = doc[k]
        if (
            k in taken
            or token.is_sent_start
            or not is_given_name(doc[start].text)
            or not is_given_name(token.text)
            or not _is_name_word(token.text)
            or is_role_word(token.text)
            or flags(token) & (LEX_GAZ_LOC | LEX_GAZ_ORG)
        ):
            continue
        if doc[k - 1].text in PARTICLES or doc[k - 1].lower_ == "of":
            continue  # "Earl of Mia und ...": part of another name
        out.append((k, k + 1, "PER"))
    return out


def repeated_surnames(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Greenberg Joseph Greenberg': surname, first name, the same surname -> two persons."""
    out: list[Ent] = []
    for start, end, label in ents:
        if (
            label == "PER"
            and end - start >= 3
            and doc[start].text == doc[end - 1].text
            and _is_name_word(doc[start].text)
            and is_given_name(doc[start + 1].text)
        ):
            out.extend([(start, start + 1, "PER"), (start + 1, end, "PER")])
            continue
        out.append((start, end, label))
    return out


def genitive_cut(
    doc: Doc,
    ents: list[Ent],
    is_plain_noun: Callable[[object], bool],
    flags: Callable[[object], int] = lex_flags,
) -> list[Ent]:
    """'Erdogans Kurs', 'Donald Trumps Pläne': a person's name in the genitive ends the
    name; common nouns the model took in after it are cut off. 'Obamas Sonderberaterin
    Kori Schulman': a role and a name after the genitive are a second person. Not a first
    name that ends in -s ("Klaus Koch", "Andreas Vogel": the surname is a noun too), and
    not before one word the name lists know as a name too ("Lisa Fuchs Weber", "Ines
    Jakobs Wolf": a double surname, no "Weber" of Lisa Fuchs)."""
    out: list[Ent] = []
    for start, end, label in ents:
        if label != "PER" or end - start < 2:
            out.append((start, end, label))
            continue
        cut = None
        for k in range(start, end - 1):
            token = doc[k]
            text = token.text
            if not (text.endswith(("s", "'", "’")) and _is_name_word(text.rstrip("'’"))):
                continue
            if text.endswith("ss"):
                continue  # "Constantin Boss Eichinger", "Ross": no genitive
            if is_given_name(text) or (
                flags(token) & LEX_FIRST and not is_role_word(doc[k + 1].text)
            ):
                continue  # "Klaus Koch"; but "Obamas Sprecherin" (the lexicon's guess)
            cut = k + 1
            break
        if cut is None:
            out.append((start, end, label))
            continue
        rest = list(doc[cut:end])
        if len(rest) == 1 and flags(rest[0]) & LEX_FIRST:
            out.append((start, end, label))  # "Lisa Fuchs Weber": a surname that is a noun
        elif all(_known_noun(t, is_plain_noun, flags) for t in rest):
            out.append((start, cut, "PER"))  # "Erdogans Kurs", "Kleins Anwalt"
        elif (
            len(rest) >= 2
            and is_role_word(rest[0].text)
            and all(_is_name_word(t.text) and not is_plain_noun(t) for t in rest[1:])
        ):
            out.extend([(start, cut, "PER"), (cut + 1, end, "PER")])  # "Obamas Beraterin X"
        else:
            out.append((start, end, label))
    return out


def _known_noun(
    token: object, is_plain_noun: Callable[[object], bool], flags: Callable[[object], int]
) -> bool:
    """A role noun, or a noun the lexicon lists as a common noun and not as a name (not
    only by its guess for compounds, which takes "Eichinger" for a noun)."""
    text = token.text  # type: ignore[attr-defined]
    if is_role_word(text):
        return True
    return bool(flags(token) & LEX_COMMON) and is_plain_noun(token)


#: An initial with its stop, one token in spaCy's German tokenizer ("T.", "Ö.").
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
#: Words that open a sentence and never are a surname: articles, pronouns, prepositions
#: and conjunctions ("Thomas M. Er soll ...", "Karl V. Die Reformation ..."); not
#: adjectives or nouns that are surnames too ("Kurz", "Lange", "Weil").
_CLOSED_WORDS = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "dies", "diese", "dieser", "dieses", "er", "sie", "es", "wir", "ihr", "ich", "man", "sein",
        "seine", "ihre", "laut", "nach", "vor", "in", "im", "am", "an", "auf", "aus", "bei", "mit",
        "seit", "von", "zu", "zum", "zur", "für", "gegen", "ohne", "um", "über", "trotz", "wegen",
        "während", "und", "oder", "aber", "doch", "denn", "als", "wenn", "dass", "ob", "nachdem",
        "bevor", "obwohl", "dann", "danach", "damals", "zudem", "auch", "so", "nun", "jetzt",
        "heute", "gestern", "bereits",
    }
)  # fmt: skip


def _is_first_name_word(token: object, flags: Callable[[object], int]) -> bool:
    """'Harlan', 'John': a capitalised word the name lists know as a first name."""
    text = str(getattr(token, "text", ""))
    if not _is_name_word(text) or is_role_word(text) or is_role_word(text.rpartition("-")[2]):
        return False  # "US-Präsident George W. Bush"
    return is_given_name(text) or bool(flags(token) & LEX_FIRST)


def _is_initial_surname(token: object, flags: Callable[[object], int]) -> bool:
    """The word after a name's initials: a surname word (no organisation head, role or
    plain noun), no closed-class word ("Die", "Er"), and no sentence opening ("Anna K.
    Zeugen sahen ...": an abbreviated surname at a sentence's end)."""
    if getattr(token, "is_sent_start", False) or getattr(token, "lower_", "") in _CLOSED_WORDS:
        return False
    return _is_surname_word(token, flags)


def _initial_end(doc: Doc, ent: Ent) -> Ent:
    start, end, label = ent
    if label != "PER":
        return ent
    for k in range(start + 1, end - 1):
        after = doc[k + 1]
        # a capitalised closed-class word opens a sentence; not "Wilhelm I. von Oranien"
        if (
            _INITIAL.match(doc[k].text)
            and after.text[:1].isupper()
            and after.lower_ in _CLOSED_WORDS
        ):
            return (start, k + 1, label)
    return ent


def initial_names(
    doc: Doc, ents: list[Ent], flags: Callable[[object], int] = lex_flags
) -> list[Ent]:
    """'Harlan T. Whitfield-Ames', 'Rosalyn D. Okafor-Haines', 'J. R. R. Tolkien': first
    names (or a person the model found), initials and a surname are one person. A person
    the model ran on past an initial into a function word ends at the initial ("Karl V.
    Er regierte")."""
    ents = [_initial_end(doc, e) for e in ents]
    out = dict.fromkeys(ents)
    cover = _cover(ents)
    n = len(doc)
    i = 0
    while i < n:
        if not _INITIAL.match(doc[i].text):
            i += 1
            continue
        first = last = i
        while last + 1 < n and _INITIAL.match(doc[last + 1].text):
            last += 1
        i = last + 1
        end = last + 1
        if end >= n:
            break
        surname = doc[end]
        found = [e for e in cover.get(end, []) if e[2] == "PER" and e[0] == end]
        if not found and not _is_initial_surname(surname, flags):
            continue
        end = max([end + 1] + [e[1] for e in found])
        # the person before the initials: one the model found ("Rosalyn D."), or first names
        before = [e for e in cover.get(first - 1, []) if e[2] == "PER" and first <= e[1] <= end]
        start = min([first] + [e[0] for e in before])
        while (
            start > 0
            and start - first > -4
            and not doc[start].is_sent_start
            and _is_first_name_word(doc[start - 1], flags)
        ):
            start -= 1
        if start == first:  # initials first: only before a person the model found
            prev = doc[first - 1] if first > 0 else None
            if not found or (
                prev is not None
                and not doc[first].is_sent_start
                and (prev.text[:1].isupper() or prev.like_num)
            ):
                continue  # "Vitamin D. Müller", "Gruppe C. Deutschland"
        gone = {e for t in range(start, end) for e in cover.get(t, [])}
        if any(e[0] < start or e[1] > end for e in gone):
            continue  # part of a longer name ("George W. Bush Foundation")
        if (start, end, "PER") not in gone:
            _put_person(out, cover, gone, start, end)
    return list(out)


def abbreviated_names(
    doc: Doc, ents: list[Ent], flags: Callable[[object], int] = lex_flags
) -> list[Ent]:
    """'Eren Y. soll den Kiosk überfallen haben': a first name and the initial of a surname
    (the way German police and court news anonymise a suspect), before a lowercase word,
    a comma or a bracket, is a person; the first name may be one the lexicon lacks if no
    dictionary, gazetteer or role list knows the word ("Vitamin D. ist", "Gruppe C.,"
    stay)."""
    taken = {i for s, e, _l in ents for i in range(s, e)}
    out = list(ents)
    for i in range(1, len(doc) - 1):
        g, after = doc[i - 1], doc[i + 1]
        if not _INITIAL.match(doc[i].text) or i in taken or i - 1 in taken:
            continue
        if doc[i].is_sent_start or after.is_sent_start:
            continue
        if not (after.text in {",", "("} or (after.text.isalpha() and after.text.islower())):
            continue
        name = g.text
        if not _is_name_word(name) or is_role_word(name) or name.lower() in _CLOSED_WORDS:
            continue
        code = flags(g)
        if not is_given_name(name) and (
            is_known(name) or code & (LEX_COMMON | LEX_OTHER | LEX_GAZ_LOC | LEX_GAZ_ORG)
        ):
            continue
        if i >= 2 and not g.is_sent_start and _is_name_word(doc[i - 2].text):
            continue  # "Gruppe Anna C.", "Tief Eren B.": a capitalised word before it
        out.append((i - 1, i + 1, "PER"))
    return out


def _is_surname_part(part: str) -> bool:
    return len(part) > 1 and part[0].isupper() and part[1:].islower() and part.isalpha()


def double_surnames(
    doc: Doc,
    ents: list[Ent],
    is_place_word: Callable[[str], bool],
    flags: Callable[[object], int] = lex_flags,
) -> list[Ent]:
    """'Malin Sjöberg-Ek', 'Adaora Nnamdi-Welte' taken for an organisation or a place: a
    first name (or a word nothing knows) and a hyphenated double surname are a person.
    Not an adjective or noun before it ("Deutschen Presse-Agentur",
    "Weingärtnergenossenschaft Metzingen-Neuhausen"), not two places, an institution's
    head or two plain words ("Rheinland-Pfalz", "Presse-Agentur", "Fußball-Union")."""
    out: list[Ent] = []
    for start, end, label in ents:
        if (
            label in {"ORG", "LOC"}
            and end - start == 2
            and _is_double_surname(doc[start], doc[start + 1], label, is_place_word, flags)
        ):
            out.append((start, end, "PER"))
            continue
        out.append((start, end, label))
    return out


def _is_double_surname(
    first: object,
    last: object,
    label: str,
    is_place_word: Callable[[str], bool],
    flags: Callable[[object], int],
) -> bool:
    name = str(getattr(first, "text", ""))
    parts = str(getattr(last, "text", "")).split("-")
    if len(parts) != 2 or not all(_is_surname_part(p) for p in parts):
        return False
    if not _is_surname_part(name) or is_role_word(name) or _is_org_head(name):
        return False
    if name.lower() in ROMANCE_PARTICLES or name.lower() in PARTICLES:
        return False  # "La Roque-Alric", "Le Puy-en-Velay"
    code = flags(first)
    first_name = is_given_name(name) or bool(code & LEX_FIRST)
    if label == "LOC" and not first_name:
        return False  # a place to the model: only after a listed first name
    listed = first_name or code & LEX_PROPER
    if not listed and (
        is_known(name) or code & (LEX_COMMON | LEX_OTHER | LEX_GAZ_LOC | LEX_GAZ_ORG)
    ):
        return False  # "Deutschen", "Weingärtnergenossenschaft"
    if flags(last) & (LEX_GAZ_LOC | LEX_GAZ_ORG) or is_place_word(name):
        return False
    if any(_is_org_head(p) or p in ROMANCE_HEADS for p in parts):
        return False
    if all(is_place_word(p) for p in parts):
        return False  # "Metzingen-Neuhausen"; but "Holmqvist-Lund"
    return not all(is_known(p) and not is_given_name(p) for p in parts)


def _opens_sentence(doc: Doc, i: int) -> bool:
    """The first word of a sentence (the senter's start, or after ".", "!", "?", ":")."""
    return i == 0 or doc[i].is_sent_start or doc[i - 1].text in {".", "!", "?", ":"}


def opening_particle_names(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Van den Bosch sagt ...' after 'Fenna van den Bosch': a name with particles that the
    text names as a person, repeated at a sentence's start with its first particle
    capitalised, is that person (the model took "Van" for a name of its own)."""
    people = {tuple(t.text for t in doc[s:e]) for s, e, lab in ents if lab == "PER" and e - s >= 3}
    if not people:
        return ents
    out = list(ents)
    for i in range(len(doc) - 2):
        token = doc[i]
        if not (token.text[:1].isupper() and token.lower_ in PARTICLES):
            continue
        if not _opens_sentence(doc, i):
            continue
        j = i + 1
        while j < len(doc) and doc[j].text in PARTICLES:
            j += 1
        if j >= len(doc) or not _is_name_word(doc[j].text):
            continue
        words = (token.lower_, *(t.text for t in doc[i + 1 : j + 1]))
        n = len(words)
        if not any(p[k : k + n] == words for p in people for k in range(1, len(p) - n + 1)):
            continue
        if any(s < i or e > j + 1 for s, e, _l in out if s <= j and e > i):
            continue  # an entity runs on past the name: unclear
        out = [e for e in out if not (e[0] <= j and e[1] > i)] + [(i, j + 1, "PER")]
    return out


#: Lowercase words inside one Arabic name: "bin"/"bint"/"binti" (son/daughter of), "ibn",
#: "abu" (father of), "umm" (mother of); the father's name after them may be any word.
_CONNECTORS = lex_words.PATRONYMIC_PARTICLES - {"ben"}


def _patronym_chain(doc: Doc, ent: Ent) -> bool:
    """'Saeed al-Falasi' after 'Khalid bin', taken for an organisation or a place: name
    words ending in one with an Arabic article ("al-", "el-"), the father's and the family
    name of the person before the connector."""
    start, end, _label = ent
    words = [t.text for t in doc[start:end]]
    last = words[-1]
    return (
        1 <= len(words) <= 3
        and last[:3].lower() in {"al-", "el-"}
        and _is_name_word(last[3:])
        and all(_is_name_word(w) for w in words[:-1])
    )


def connector_names(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Noura bint Faisal al-Amiri' split into 'Noura' and 'Faisal al-Amiri': a person, a
    lowercase Arabic connector and the person or name words right after it are one person
    ("bin", "bint", "ibn", "abu", "umm"); not over a sentence break, not onto a place or
    organisation ("in Abu Dhabi" stays a place)."""
    starts = {s: (s, e, lab) for s, e, lab in ents}
    out = list(ents)
    for start, end, label in sorted(ents):
        if label != "PER" or end + 1 >= len(doc) or doc[end].text not in _CONNECTORS:
            continue
        if (start, end, label) not in out:
            continue  # already joined to a name before it
        j = end + 1
        nxt = starts.get(j)
        if nxt is not None and nxt[2] != "PER" and not _patronym_chain(doc, nxt):
            continue
        if doc[j].is_sent_start or not _is_name_word(doc[j].text):
            continue
        stop = nxt[1] if nxt is not None else j + 1
        out = [e for e in out if e not in {(start, end, label), nxt}] + [(start, stop, "PER")]
    covered = {i for s, e, _lab in out for i in range(s, e)}
    for ent in list(out):
        start, end, label = ent
        if label == "PER" or start < 2 or doc[start - 1].text not in _CONNECTORS:
            continue
        first = doc[start - 2]
        if first.i in covered or not is_given_name(first.text):
            continue
        if _patronym_chain(doc, ent):  # "Khalid bin" + "Nasser al-Suwaidi" (ORG)
            out = [e for e in out if e != ent] + [(start - 2, end, "PER")]
    return sorted(out)


#: Portuguese, Spanish and Italian particles before a (second) surname: "dos Santos",
#: "da Silva", "de la Cruz", "del Castillo", "di Matteo".
_ROMANCE_RUNS = frozenset(
    tuple(run.split())
    for run in (
        "da", "das", "do", "dos", "de", "di", "del", "della", "de la", "de las", "de los",
    )
)  # fmt: skip


def romance_particle_names(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Maria das Graças' + 'dos' + 'Santos Pereira' (taken for an organisation or a place):
    a person, a Romance particle run and an entity of one to three name words right after
    it are one person. Not over a sentence break, not onto an entity with an
    organisation's head ("Ana Lima do Banco Itaú" stays)."""
    starts = {s: (s, e, lab) for s, e, lab in ents}
    out = list(ents)
    for start, end, label in sorted(ents):
        if label != "PER" or (start, end, label) not in out:
            continue
        q = end
        while q < len(doc) and q - end < 2 and doc[q].text in _ROMANCE_WORDS:
            q += 1
        if q == end or tuple(t.text for t in doc[end:q]) not in _ROMANCE_RUNS:
            continue
        nxt = starts.get(q)
        if nxt is None or nxt[2] == "PER" or nxt[1] - q > 3:
            continue
        if any(t.is_sent_start for t in doc[end : nxt[1]]):
            continue
        words = [t.text for t in doc[q : nxt[1]]]
        if not all(
            _is_name_word(w) and not _is_org_head(w) and w not in ROMANCE_HEADS for w in words
        ):
            continue
        out = [e for e in out if e not in {(start, end, label), nxt}] + [(start, nxt[1], "PER")]
    return sorted(out)


_ROMANCE_WORDS = frozenset(w for run in _ROMANCE_RUNS for w in run)


#: Last words of a firm's or an institute's name in English and German news that a first
#: name may stand before ("Kaveri Infotech", "Isarland Rück", "Sophia Institute").
_FIRM_LAST = frozenset(
    _w.lower()
    for _w in (
        *(ENGLISH_HEADS - {"Steel", "Post", "Bank", "Press", "Times"}),
        "Infotech",
        "Infosystems",
        "Telecom",
        "Telekom",
        "Rück",
        "Versicherung",
        "Versicherungen",
    )
)


def firm_heads(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Kaveri Infotech' taken for a person: a person of two or more words ending in the
    head of a firm's or institute's name is that organisation; not a one-word person, and
    not for the heads that are surnames too ("Danielle Steel", "Emily Post")."""
    out: list[Ent] = []
    for start, end, label in ents:
        if label == "PER" and end - start >= 2 and doc[end - 1].lower_ in _FIRM_LAST:
            out.append((start, end, "ORG"))
            continue
        out.append((start, end, label))
    return out


def third_names(doc: Doc, ents: list[Ent], flags: Callable[[object], int] = lex_flags) -> list[Ent]:
    """'Tiago Brandão Rocha' cut to 'Tiago Brandão': a person of a first name and one name
    word after a role or title, right before a name word that no dictionary, place or
    organisation list knows, takes it in (Portuguese and Spanish names have two surnames);
    not a known word, nor a given name (a second person), nor a run of more name words, nor
    without the role ("Am Montag traf Olaf Scholz Macron": an object after the subject)."""
    taken = {i for s, e, _l in ents for i in range(s, e)}
    out: list[Ent] = []
    for start, end, label in ents:
        if (
            label == "PER"
            and end - start == 2
            and end + 1 < len(doc)
            and start > 0
            and (is_role_word(doc[start - 1].text) or doc[start - 1].text in _NAME_TITLES)
            and end not in taken
            and not doc[end].is_sent_start
            and is_given_name(doc[start].text)
            and _is_name_word(doc[start + 1].text)
            and _is_name_word(doc[end].text)
            and "-" not in doc[end].text
            and not is_known(doc[end].text)
            and not is_given_name(doc[end].text)
            and not flags(doc[end]) & (LEX_COMMON | LEX_GAZ_LOC | LEX_GAZ_ORG | LEX_FIRST)
            and _is_surname_word(doc[end], flags)
            and not _is_name_word(doc[end + 1].text)
            and doc[end + 1].text not in PARTICLES
        ):
            out.append((start, end + 1, label))
            continue
        out.append((start, end, label))
    return out


#: Offices of a town, district or state, which a place's genitive comes before
#: ("Schweinfurts Oberbürgermeister", "Hessens Ministerpräsident"): the town and state
#: roles of :data:`PLACE_ROLE_ENDINGS` without the bishop's, and a few more.
_PLACE_OFFICES = (
    *(e for e in PLACE_ROLE_ENDINGS if not e.startswith("bisch")),
    "stadtkämmerer",
    "stadtkämmerin",
    "rathauschef",
    "rathauschefin",
    "ministerpräsident",
    "ministerpräsidentin",
    "polizeipräsident",
    "polizeipräsidentin",
)


def place_genitives(
    doc: Doc, ents: list[Ent], is_known_place: Callable[[object], bool]
) -> list[Ent]:
    """'Schweinfurts Oberbürgermeister Heiko Brandl': a one-word person in "-s" whose stem
    is a listed place, right before an office of a town or state, is that place; not a
    person's genitive before other roles ("Obamas Sprecherin")."""
    out: list[Ent] = []
    for start, end, label in ents:
        text = doc[start].text
        if (
            label == "PER"
            and end - start == 1
            and end < len(doc)
            and len(text) > 3
            and text.endswith("s")
            and doc[end].lower_.endswith(_PLACE_OFFICES)
            and not is_given_name(text[:-1])
            and is_known_place(doc[start])
        ):
            out.append((start, end, "LOC"))
            continue
        out.append((start, end, label))
    return out


def family_first_names(
    doc: Doc, ents: list[Ent], flags: Callable[[object], int] = lex_flags
) -> list[Ent]:
    """'der Botschafter in Tokio, Arakawa Haruto.' taken for a place: in an apposition after
    a role, a name word that nothing knows and then a listed given name ending the phrase
    are one person, family name first (Japanese, Chinese, Korean and Hungarian order);
    not when either word is a listed place or organisation or a dictionary word."""
    out: list[Ent] = []
    gaz = LEX_COMMON | LEX_GAZ_LOC | LEX_GAZ_ORG
    for start, end, label in ents:
        family, given = doc[start], doc[end - 1]
        if (
            label in {"LOC", "ORG"}
            and end - start == 2
            and start >= 2
            and end < len(doc)
            and doc[start - 1].text == ","
            and doc[end].text in {".", ",", ";", "("}
            and any(is_role_word(t.text) for t in doc[max(0, start - 6) : start - 1])
            and _is_name_word(family.text)
            and "-" not in family.text
            and not is_known(family.text)
            and not is_given_name(family.text)
            and not flags(family) & gaz
            and is_given_name(given.text)
            and not is_known(given.text)
            and not flags(given) & gaz
        ):
            out.append((start, end, "PER"))
            continue
        out.append((start, end, label))
    return out


#: The particles of Dutch and Afrikaans surnames, as the runs they form before the
#: surname ("van der Berg", "van 't Hof", "op den Akker", "in 't Veld", "te Riele").
_DUTCH_RUNS = frozenset(
    tuple(run.split())
    for run in (
        "van",
        "van der",
        "van den",
        "van de",
        "van 't",
        "van ’t",
        "van het",
        "ter",
        "ten",
        "te",
        "op den",
        "op de",
        "op 't",
        "in 't",
        "in ’t",
        "in de",
        "uit den",
        "uit de",
        "de",
        "du",
        "le",
    )
)


def dutch_particle_names(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Femke van den Berg' cut to 'Femke van': a person that ends in, or is followed by, a
    run of Dutch or Afrikaans name particles (not the German "in den") runs on to the name
    word after them; a place or organisation the model made of that surname alone is taken
    in ("Femke van 't Zand" + "Zand" ORG). Not over a sentence break, not when the
    particles are German ("Anna von der Leine" is left to the other rules). A listed first
    name alone that the model took for a place or organisation counts as such a person
    ("Fotografien von [Anne-Sophie] ter Borg")."""
    out = list(ents)
    for start, end, label in sorted(ents):
        if (start, end, label) not in out:
            continue
        if label != "PER" and not (
            end - start == 1
            and is_given_name(doc[start].text)
            and not lex_flags(doc[start]) & (LEX_GAZ_LOC | LEX_GAZ_ORG)
        ):
            continue
        p = end
        while p > start + 1 and doc[p - 1].text in _DUTCH_WORDS:
            p -= 1
        q = p
        while q < len(doc) and q - p < 3 and doc[q].text in _DUTCH_WORDS:
            q += 1
        if q == p or tuple(t.text for t in doc[p:q]) not in _DUTCH_RUNS:
            continue
        if q >= len(doc) or doc[q].is_sent_start or not _is_name_word(doc[q].text):
            continue
        if any(doc[k].is_sent_start for k in range(p, q)):
            continue
        after = [e for e in out if e[0] < q + 1 and e[1] > end and e != (start, end, label)]
        if any(e[0] < q or e[1] > q + 1 for e in after):
            continue  # an entity runs on past the surname: unclear
        out = [e for e in out if e not in after and e != (start, end, label)]
        out.append((start, q + 1, "PER"))
    return sorted(out)


_DUTCH_WORDS = frozenset(w for run in _DUTCH_RUNS for w in run)


def titled_names(
    doc: Doc, ents: list[Ent], flags: Callable[[object], int] = lex_flags
) -> list[Ent]:
    """'die Virologin Dr. Amaka Obi-Lindqvist, ...' missed: after an academic title, two
    name words that no dictionary, place or organisation list knows, before punctuation
    or a lowercase word, are a person (first names from outside the lists); not a firm of a
    title ("Dr. Oetker": listed), not words already in an entity."""
    taken = {i for s, e, _l in ents for i in range(s, e)}
    out = list(ents)
    gaz = LEX_GAZ_LOC | LEX_GAZ_ORG | LEX_OTHER
    for i in range(len(doc) - 3):
        if doc[i].text not in ACADEMIC_TITLES or doc[i + 1].text in ACADEMIC_TITLES:
            continue
        a, b = i + 1, i + 3
        if any(k in taken for k in range(a, b)) or doc[b].text[:1].isupper():
            continue
        words = doc[a:b]
        if any(t.is_sent_start for t in words) or doc[b].like_num:
            continue
        if all(
            _is_name_word(t.text)
            and (not is_known(t.text) or is_given_name(t.text))
            and not flags(t) & (gaz if "-" in t.text else gaz | LEX_COMMON)
            and _is_surname_word(t, flags)
            for t in words
        ):
            out.append((a, b, "PER"))
            taken.update(range(a, b))
    return sorted(out)


def leading_titles(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Mag.a Doris Berger', 'DI Karl Huber': academic titles (the Austrian ones with their
    feminine forms too) at the start of a person are no part of the name."""
    out: list[Ent] = []
    for start, end, label in ents:
        while label == "PER" and end - start >= 2 and doc[start].text in ACADEMIC_TITLES:
            start += 1
        out.append((start, end, label))
    return out


def sentence_adverbs(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Kommissarisch übernimmt ...': a word of one "-isch" adjective or adverb, capitalised
    only because it opens the sentence, is no name; but a surname the text gives a person
    elsewhere is ("Max Frisch ... Frisch schrieb", "Peter Fisch ... Fisch kocht"). A first
    name that is also a word ("Rosa blühen ...") likewise, see
    :func:`_word_first_name_opening`."""
    named = {t.text for s, e, lab in ents if lab == "PER" and e - s > 1 for t in doc[s + 1 : e]}
    out: list[Ent] = []
    for start, end, label in ents:
        token = doc[start]
        low = token.lower_
        if (
            end - start == 1
            and token.text not in named
            and low.endswith("isch")
            and token.text[1:].islower()
            and _opens_sentence(doc, start)
            and is_known(low)
            and not lex_flags(token) & (LEX_FIRST | LEX_GAZ_LOC | LEX_GAZ_ORG | LEX_PROPER)
        ):
            continue
        if label == "PER" and end - start == 1 and _word_first_name_opening(doc, start):
            continue
        out.append((start, end, label))
    return out


def _word_first_name_opening(doc: Doc, i: int) -> bool:
    """'Rosa blühen die Heidefelder': a first name that is also a lowercase word ("rosa",
    "ernst"), alone, opening the sentence before a lowercase word, and written nowhere else
    in the text, is that word capitalised by its place, not a person introduced by the
    first name alone ("Rosa (5) spielt", "Rosa lacht", "Rosa, die ..." and "Rosa Berg ...
    Rosa" stay: an age, a singular verb, a comma, a full name)."""
    token = doc[i]
    flags = lex_flags(token)
    if not (flags & LEX_FIRST and flags & LEX_OTHER) or not _opens_sentence(doc, i):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None or not after.text.isalpha() or not after.text.islower():
        return False
    if after.pos_ in {"VERB", "AUX"} and "Sing" in after.morph.get("Number", []):
        return False  # "Ernst sagte, ...": a verb that agrees with one person
    return not any(t.text == token.text for t in doc if t.i != i)


def life_genitives(
    doc: Doc,
    ents: list[Ent],
    is_known_place: Callable[[object], bool],
    is_unknown: Callable[[object], bool],
) -> list[Ent]:
    """'Über Stanleys Geburtsdatum', 'Seit Ravens Tod': a name in the genitive right before
    a noun of a person's life or kin is a person; a word the model took for a place
    becomes one (not a listed place: "Roms Tod" stays), an unknown word the model left
    out is added."""
    label_at = {s: (e, lab) for s, e, lab in ents}
    taken = {i for s, e, _l in ents for i in range(s, e)}
    out = list(ents)
    for i in range(len(doc) - 1):
        token, noun = doc[i], doc[i + 1]
        if noun.text not in LIFE_NOUNS or not token.text.endswith("s"):
            continue
        if not _is_name_word(token.text) or token.text.isupper():
            continue
        if i in label_at:
            end, label = label_at[i]
            if end == i + 1 and label == "LOC" and not is_known_place(token):
                out = [(i, i + 1, "PER") if e == (i, i + 1, "LOC") else e for e in out]
        elif i not in taken and not _opens_sentence(doc, i) and is_unknown(token):
            stem = token.lower_[:-1]
            if is_known(stem) or (stem.endswith("e") and is_known(stem[:-1])):
                continue  # "des Königs Tod", "des Kindes Vater": a common noun's genitive
            out.append((i, i + 1, "PER"))
    return out


def first_names_then_surnames(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Ximena Guadalupe' + 'Cervantes Altamirano' -> one person: a person of first names
    only, right before another person of name words, is that person's first part (a
    name of first names alone is rare; two people side by side need a comma or "und"). Not
    when the second opens with a first name: a pope, a monarch or a player known by a first
    name before a person's full name ("passte Marta Lena Oberdorf den Ball")."""
    people = sorted(e for e in ents if e[2] == "PER")
    out = list(ents)
    for (s1, e1, _l1), (s2, e2, _l2) in itertools.pairwise(people):
        if s2 != e1 or (s1, e1, "PER") not in out or (s2, e2, "PER") not in out:
            continue
        if not all(is_given_name(t.text) and _is_name_word(t.text) for t in doc[s1:e1]):
            continue
        if not all(_is_name_word(t.text) for t in doc[s2:e2]):
            continue
        if is_given_name(doc[s2].text):
            continue  # "empfing Papst Franziskus Angela Merkel": a full name of its own
        out = [e for e in out if e not in {(s1, e1, "PER"), (s2, e2, "PER")}]
        out.append((s1, e2, "PER"))
    return out


_HEAD_ENDINGS = tuple(h.lower() for h in (*COMPOUND_HEADS, *PLACE_HEADS, *FUER_HEADS))


def _ends_in_head(low: str) -> bool:
    """'gedächtnisstiftung', 'landesamt': a word ending in an institution's head."""
    return low.endswith(_HEAD_ENDINGS)


def roles_before_a_name(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'Polizeisprecherin Kriminalhauptkommissarin Chantal Ostermeier-Dreps' taken for an
    organisation: role nouns, a first name and name words are a person after the roles."""
    out: list[Ent] = []
    for start, end, label in ents:
        k = start
        while k < end and is_role_word(doc[k].text):
            k += 1
        if (
            label == "ORG"
            and start < k < end - 1
            and is_given_name(doc[k].text)
            and all(_is_name_word(t.text) and not _ends_in_head(t.lower_) for t in doc[k:end])
        ):
            out.append((k, end, "PER"))
            continue
        out.append((start, end, label))
    return out


#: Words before a first name that are no part of the person ("Bischof", "Dr.", "Sir",
#: "die indische", "Deutschen"): roles, titles, forms of address, lowercase words and
#: adjectives; the model often takes them into a place or an organisation with the name.
_NAME_TITLES = ACADEMIC_TITLES | HONORIFICS | lex_words.TITLES
#: Word classes of no surname ("Auf", "Demnach", "Hier" opening a sentence without a stop).
_NOT_NAME_POS = frozenset(
    {"ADP", "ADV", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ", "VERB", "NUM"}
)
#: Words of a credit line before a name ("Foto: IMAGO / Marvin Tschentscher").
_CREDIT_WORDS = frozenset({"Foto", "Fotos", "Text", "Interview", "Grafik", "Bild", "Von"})
#: Kinds of firms and bodies before a name that names them after a person.
_FIRM_KINDS = (*COMPANY_KIND_ENDINGS, *BODY_KIND_ENDINGS, "firma", "label", "kette", "gruppe")
#: Name particles that are German prepositions and articles too ("Jesus zu Herodes").
_GERMAN_PARTICLES = frozenset({"von", "vom", "zu", "zur", "der", "den", "dem", "das"})


def _is_title_or_role(text: str) -> bool:
    return text in _NAME_TITLES or is_role_word(text) or is_role_word(text.rpartition("-")[2])


def _role_start(doc: Doc, i: int) -> int:
    """The start of the roles and titles right before a name, with the adjectives before
    them ("der indische Großmeister", "Personalvorständin Dr."); ``i`` when there are none."""
    k = i
    while k > 0 and not doc[k].is_sent_start and i - k < 3 and _is_title_or_role(doc[k - 1].text):
        k -= 1
    if k == i:
        return i
    while k > 0 and not doc[k].is_sent_start and i - k < 5 and doc[k - 1].pos_ == "ADJ":
        k -= 1
    return k


def _person_context(
    doc: Doc, i: int, end: int, cover: dict[int, list[Ent]], named: bool = False
) -> bool:
    """Signs of a person around a name that has no role before it: a party or an age in
    parentheses after it ("Yusuf Ekinciler (Grüne)"), a person the model found before or
    after it in a list ("Jana Ruckdäschel und Pauline Oberwelland"), a credit line ("Foto:
    IMAGO / Wiebke Hollesen", "Von Malte Hinzpeter"). ``named``: the model took the name
    for a place or an organisation; then a place in parentheses is no sign ("die Victoria
    Falls (Simbabwe)": a place or a firm with its country or seat)."""
    if end < len(doc) and doc[end].text == "(":
        close = next((t.i for t in doc[end : end + 8] if t.text == ")"), None)
        after = doc[close + 1].text if close is not None and close + 1 < len(doc) else ""
        inside = range(end + 1, close) if close is not None else range(0)
        if named and inside and all(any(e[2] == "LOC" for e in cover.get(t, [])) for t in inside):
            return False
        return after not in {"-", "–", "—"}  # not a dateline: "Abu Simbel (AFP) - ..."
    links = {"und", "oder", "sowie", ","}
    if (
        i >= 2
        and doc[i - 1].text in links
        and any(e[2] == "PER" and e[1] == i - 1 for e in cover.get(i - 2, []))
    ):
        return True
    if (
        end + 1 < len(doc)
        and doc[end].text in links
        and any(e[2] == "PER" and e[0] == end + 1 for e in cover.get(end + 1, []))
    ):
        return True
    before = [t.text for t in doc[max(0, i - 4) : i]]
    if before and before[-1] == "Von" and doc[i - 1].is_sent_start:
        return True
    return bool(before) and before[-1] in {":", "/"} and bool(_CREDIT_WORDS & set(before))


def _is_full_name_first(
    token: object, is_plain_noun: Callable[[object], bool], flags: Callable[[object], int]
) -> bool:
    """'Valeska', 'Mehmet', 'Jan-Hendrik': a listed first name that is no common noun,
    role, place or organisation word ("August", "Linde", "Santa", "Georgia" are not)."""
    text = str(getattr(token, "text", ""))
    if len(text) < 3 or not _is_name_word(text) or not is_given_name(text):
        return False  # "My" ("Over My Head")
    if is_role_word(text):
        return False
    return not flags(token) & (LEX_GAZ_LOC | LEX_GAZ_ORG) and not is_plain_noun(token)


def _is_full_name_last(
    token: object,
    modelled: bool,
    is_plain_noun: Callable[[object], bool],
    is_unknown: Callable[[object], bool],
    flags: Callable[[object], int],
) -> bool:
    """A surname word after first names: a name word that is no role, organisation head or
    organisation word; a common noun ("Feiertag", "Kanal") only where the model already
    found a person there (``modelled``). A hyphenated surname of two name parts
    ("Ortmeier-Lauf", which the lexicon guesses to be a compound of "Lauf") counts as a
    name."""
    text = str(getattr(token, "text", ""))
    if not _is_name_word(text) or getattr(token, "is_sent_start", False):
        return False
    if text.isupper() or getattr(token, "pos_", "") in _NOT_NAME_POS:
        return False  # "Mio CHF", "Patrick von Brunn Auf der CeBIT" (a headline run on)
    if is_role_word(text) or _is_org_head(text) or text in ROMANCE_HEADS or text in LEGAL_FORMS:
        return False
    if flags(token) & LEX_GAZ_ORG:
        return False
    parts = text.split("-")
    if len(parts) == 2 and all(_is_surname_part(p) for p in parts):
        return not any(_is_org_head(p) or is_role_word(p) for p in parts)
    if not is_plain_noun(token):
        return True
    return modelled or is_unknown(token)


def full_names(
    doc: Doc,
    ents: list[Ent],
    is_plain_noun: Callable[[object], bool],
    is_unknown: Callable[[object], bool],
    listed: Callable[[tuple[str, ...]], bool],
    flags: Callable[[object], int] = lex_flags,
) -> list[Ent]:
    """'Turnierdirektorin Jutta Heimbüchel-Rost', 'Bischof Heribert Löckenhoff-Tetteh',
    'der Psychiater Dr. Torsten Ruhwedel': listed first names, name particles and one or
    two surname words are a person. The model misses such names with surnames it has
    never seen, cuts them after the first name ("Valeska" of "Valeska Ortmeier-Lauf") or
    takes them with the role before them for a place or an organisation. Entities inside
    the name, or inside it and the roles, titles and adjectives before it, give way.
    Only with a sign of a person: a role or title before it, a person the model found in
    it, a party or age in parentheses after it, a person beside it in a list, a credit
    line. Not when another name word, an organisation head or a legal form follows ("Max
    Planck Institut", "August Hillebrecht KG": a longer name), not after a saint's "St."
    or a firm's kind ("der Küchenhersteller Ferdinand Oelgarth"), not a name the gazetteer
    lists ("Santa Maria") or a place to both the model and the gazetteer ("Beverly
    Hills"), not in quotation marks (a title), not an entity that runs on past the name."""
    out = dict.fromkeys(ents)
    cover = _cover(ents)
    n = len(doc)
    i = 0
    while i < n:
        if not _is_full_name_first(doc[i], is_plain_noun, flags):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 3 and _is_full_name_first(doc[j], is_plain_noun, flags):
            j += 1  # "Mehmet Ali", "María Fernanda"
        k = j
        while k < n and doc[k].text in PARTICLES and k - j < 3:
            if doc[k].text in _GERMAN_PARTICLES and not cover.get(k):
                break  # "Jesus zu Herodes": a preposition unless the model took it in
            k += 1  # "ter", "van der", "bin"
        end = k
        while end < n and end - k < 2:
            if end > k and not set(cover.get(end, [])) & set(cover.get(k, [])):
                break  # a second surname word only inside the model's name ("Cárdenas Toledo")
            modelled = end == k and any(e[2] == "PER" for e in cover.get(end, []))
            if not _is_full_name_last(doc[end], modelled, is_plain_noun, is_unknown, flags):
                break
            end += 1
        if end == k:
            i = j
            continue  # no surname ("Mehmet Ali" alone is left to the model)
        nxt = doc[end] if end < n else None
        if nxt is not None and (
            (_is_name_word(nxt.text) and not nxt.is_sent_start and not is_role_word(nxt.text))
            or nxt.text in LEGAL_FORMS
            or nxt.text.rpartition("-")[2] in COMPOUND_HEADS
        ):
            i = end
            continue  # "Max Planck Institut", "August Hillebrecht KG"
        before = doc[i - 1].text if i > 0 else ""
        if before in _QUOTES and nxt is not None and nxt.text in _QUOTES:
            i = end
            continue  # "„Maria Stuart“": a title
        if before in SAINTS:
            i = end
            continue  # "Schützenbruderschaft St. Hubertus Elsen": a saint's name
        if before.lower().endswith(_FIRM_KINDS):
            i = end
            continue  # "der Küchenhersteller Ferdinand Oelgarth": a firm named by a person
        if listed(tuple(t.text for t in doc[i:end])):
            i = end
            continue
        if any(
            e[2] == "LOC" and flags(doc[t]) & LEX_GAZ_LOC
            for t in range(k, end)
            for e in cover.get(t, [])
        ):
            i = end
            continue  # "Beverly Hills": a place to the model and the gazetteer
        start = _role_start(doc, i)
        gone = {e for t in range(start, end) for e in cover.get(t, [])}
        if (i, end, "PER") in gone:
            i = end
            continue
        if any(e[1] > end or e[0] < start for e in gone):
            i = end
            continue  # an entity runs on past the name
        if any(e[0] < i and not e[1] > i for e in gone):
            i = end
            continue  # an entity over the words before the name alone
        if any(e[2] == "PER" and i < e[0] < j for e in gone):
            i = end
            continue  # "Papst Franziskus" + "Angela Merkel": maybe two persons
        if any(e[2] == "PER" and e[0] <= i and (e[1] > k or e[1] - i > 1) for e in gone):
            i = end
            continue  # the model's person has a surname ("Peter Jackson" + a noun after it)
        person = any(e[2] == "PER" for e in gone)
        named = any(e[2] != "PER" for e in gone)
        if not (person or start < i or _person_context(doc, i, end, cover, named)):
            i = end
            continue  # "das Magazin Charlie Hebdo", "Sun Microsystems": no sign of a person
        _put_person(out, cover, gone, i, end)
        i = end
    return list(out)


#: Forms of address before a surname alone ("Herrn Comey", "Frau Kowalczyk").
_ADDRESS = frozenset({"Herr", "Herrn", "Frau"})
_SAID_AFTER = frozenset({".", ",", ";", ":", "!", "?", "(", "–", "—"})


def _said_or_addressed(doc: Doc, i: int) -> bool:
    """'..., sagte Tarlo.', '„...“, so Zimmer.', 'der Brief von Herrn Comey': a word right
    after a verb of saying that ends the clause, or after a form of address."""
    prev = doc[i - 1]
    if prev.text in _ADDRESS:
        return True
    if prev.lower_ not in lex_words.SPEECH_VERBS or i + 1 >= len(doc):
        return False
    if doc[i + 1].text not in _SAID_AFTER:
        return False
    if prev.lower_ == "so":  # "„...“, so Zimmer." but not "so Berlin"
        return i >= 2 and (doc[i - 2].text == "," or doc[i - 2].text in _QUOTES)
    return True


def said_surnames(
    doc: Doc,
    ents: list[Ent],
    is_plain_noun: Callable[[object], bool],
    is_unknown: Callable[[object], bool],
    is_known_place: Callable[[object], bool],
    flags: Callable[[object], int] = lex_flags,
) -> list[Ent]:
    """'..., erklärt Tarlo.', '„...“, so Vahlenkamp.', 'von Herrn Comey': one name word
    right after a verb of saying that ends the clause, or after "Herr"/"Frau", is a
    person's surname. The model misses unknown ones or takes them for places; a word it
    took for a place becomes a person unless the gazetteer lists it as a place, a word it
    took for an organisation only after "Herr"/"Frau" ("erklärte Zalando", "sagte
    Greenpeace": organisations speak too), and an unknown word it left out is added.
    Not a role ("Herr Bürgermeister"), a common noun, or the first of several name words
    (a full name is the model's and the other rules' task)."""
    cover = _cover(ents)
    out = list(ents)
    for i in range(1, len(doc) - 1):
        token = doc[i]
        text = token.text
        if not _is_name_word(text) or text.isupper() or is_role_word(text):
            continue
        if text in lex_words.TEMPORAL_WORDS or text in lex_words.MONTHS:
            continue  # "„Es bleibt kalt“, sagte Sonntag …" cut off: a day, no surname
        if not _said_or_addressed(doc, i):
            continue
        nxt = doc[i + 1]
        if _is_name_word(nxt.text) or nxt.text in PARTICLES:
            continue  # "Frau Linde Hövelmann", "Herr van Dyke": a longer name
        parts = text.split("-")
        double = len(parts) == 2 and all(_is_surname_part(p) for p in parts)
        if flags(token) & LEX_GAZ_ORG or (is_plain_noun(token) and not double):
            continue  # "sagt Zimmer"; but "Frau Okonkwo-Reising" (guessed a compound noun)
        here = cover.get(i, [])
        if not here:
            if double or is_unknown(token) or flags(token) & (LEX_PROPER | LEX_FIRST):
                out.append((i, i + 1, "PER"))
            continue
        if len(here) != 1 or here[0][:2] != (i, i + 1) or here[0][2] == "PER":
            continue
        if is_known_place(token):
            continue
        if here[0][2] == "ORG" and doc[i - 1].text not in _ADDRESS:
            continue  # "..., erklärte Zalando.": firms, unions and agencies speak too
        out = [(i, i + 1, "PER") if e == here[0] else e for e in out]
    return out


def named_after_persons(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """'das Forschungsschiff Walther Herwig', 'Sturmtief Friederike', 'Das Gymnasium
    Theodor Heuss feiert ...': a person's name right after a noun of a vessel, a storm, a
    building or an institution names that thing; it is no person of the text and is
    dropped (the thing has no label of its own here). After a building's noun only
    before a finite verb, "in" or punctuation ("im Krankenhaus Anna Berg besuchen": the
    person may be an object); see :func:`app.lexicon.words.named_thing_before`."""
    out: list[Ent] = []
    for start, end, label in ents:
        if label == "PER" and start > 0 and not doc[start].is_sent_start:
            after = doc[end] if end < len(doc) else None
            text = after.text if after is not None else "."
            before = doc[start - 2].text if start > 1 else ""
            finite = after is not None and lex_words.is_finite_morph(after.pos_, str(after.morph))
            if lex_words.named_thing_before(before, doc[start - 1].text, end - start, text, finite):
                continue
        out.append((start, end, label))
    return out
