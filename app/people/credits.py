"""Photo credits: "Foto: Vladimir Smirnov/AP", "Bild: picture alliance/dpa".

Found before anything else and kept apart: the photographers' names are returned,
agencies ("STR/AFP", "picture alliance/dpa") and institutions ("Stadt Köln") are not
people, and every credit token is marked so that the story never uses it.
"""

from __future__ import annotations

import re

from app.lexicon import words as lex
from app.lexicon.roles import is_role_word
from app.people import names as nm
from app.people.scan import finditer
from app.people.view import TokenView

#: A credit label and the spaces after it: "Foto: ", "Fotografin : ", "© ".
CREDIT_LABEL = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted(lex.CREDIT_LABELS, key=lambda w: (-len(w), w)))
    + r")\s*:\s*|"
    + re.escape(lex.CREDIT_SIGN)
    + r"\s*"
)
_CREDIT_ITEM = re.compile(r"[^/|,;\n]+")

#: A byline on a line of its own: "Von A und B", "Von A, Brüssel", "Ein Kommentar von A",
#: "Von unserer Korrespondentin A".
BYLINE = re.compile(
    r"^[ \t]*(?:(?:Ein|Eine)[ \t]+(?:Kommentar|Analyse|Gastbeitrag|Essay|Bericht|Reportage"
    r"|Glosse|Kolumne|Leitartikel|Interview)[ \t]+von|(?:Text|Kommentar|Recherche)[ \t]+von"
    # "Von unserer Korrespondentin A", "Von unserem Redakteur A"
    r"|Von(?:[ \t]+unser(?:er|em)[ \t]+(?:Korrespondent(?:in|en)?|Redakteur(?:in)?"
    r"|Mitarbeiter(?:in)?|Reporter(?:in)?))?"
    r"|Text:|Autor:|Autorin:|Interview:)[ \t]+([^\n!?:;„“\"»«]{3,80}?)[ \t]*"
    # the line may go on with a photo credit: "Text: Jana Ott, Fotos: Tim Brandt"
    r"(?:$|(?=[,;|/][ \t]*(?:"
    + "|".join(sorted(lex.CREDIT_LABELS, key=lambda w: (-len(w), w)))
    + r")[ \t]*:))",
    re.MULTILINE,
)
_BYLINE_ITEM = re.compile(r"[^,&\n]+?(?=\s*(?:,|&|\bund\b|$))")


def credit_people(text: str, doc: TokenView) -> list[tuple[str, int, int]]:
    """Photo-credit names; marks every credit token as blocked for the story."""
    found = byline_people(text, doc)
    for label in finditer(CREDIT_LABEL, text):
        seg_start = label.end()
        line_end = text.find("\n", seg_start)
        line_end = len(text) if line_end < 0 else line_end
        close = text.find(")", seg_start, line_end)
        if close >= 0 and text[: label.start()].rstrip(" ").endswith("("):
            line_end = close  # "(Foto: Theresia Daxenberger)": the bracket ends the credit
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
            first_is_agency = words[0].lower() in lex.AGENCY_WORDS or (
                words[0].isupper() and not _capitals_name(words)
            )
            if first_is_agency and len(words) > 1 and words[1][:1].isupper():
                rest = " ".join(words[1:]).lower()
                if rest not in lex.AGENCY_WORDS and " ".join(words).lower() not in lex.AGENCIES:
                    # "dpa Bundeskanzler Olaf Scholz sagte": the credit ends after "dpa"
                    seg_end = item.start() + item.group().index(words[0]) + len(words[0])
                    break
            if len(words) > 5:
                break
            lead = len(item.group()) - len(item.group().lstrip())
            person = credit_name(item.group().strip())
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


def byline_people(text: str, doc: TokenView) -> list[tuple[str, int, int]]:
    """Authors of a byline line; the line is blocked for the story.

    The line holds only names joined by "und", "," or "&", perhaps with a place
    ("Von Lea Berg, Brüssel"); "Von Bredow beschreibt ..." is a sentence, no byline.
    """
    found: list[tuple[str, int, int]] = []
    for line in finditer(BYLINE, text):
        names: list[tuple[str, int, int]] = []
        ok = True
        for item in _BYLINE_ITEM.finditer(text, line.start(1), line.end(1)):
            words = item.group().split()
            if not words or words == ["und"]:
                continue
            if words[0] == "und":
                words = words[1:]
            while len(words) > 2 and words[0] in lex.TITLES:
                words = words[1:]  # "Prof. Dr. Helmut Tiedtke"
            value = " ".join(words)
            person = credit_name(value) or _byline_name(words)
            if person:
                start = text.index(value, item.start())
                names.append((person, start, start + len(person)))
            elif not (len(words) == 1 and nm.is_capitalised_word(words[0])):
                ok = False  # not a list of names and places: a sentence
                break
        if not ok or not names:
            continue
        if line.group().lstrip().startswith("Interview:") and any(
            _named_elsewhere(text, person, line.start(), line.end()) for person, _, _ in names
        ):
            continue  # "Interview: A" over an interview with A, who speaks in the text
        found.extend(names)
        for i in doc.token_range(line.start(), line.end()):
            doc.blocked[i] = True
    return found


def _named_elsewhere(text: str, person: str, start: int, end: int) -> bool:
    """Is the last word of ``person`` in ``text`` outside ``start:end``, as a word of its
    own or its genitive ("Rieder", "Rieders"; not inside "Rothenburg" for "Roth")?"""
    word = re.compile(rf"(?<!\w){re.escape(person.split()[-1])}(?:s|'|’)?(?!\w)")
    return word.search(text, 0, start) is not None or word.search(text, end) is not None


def _byline_name(words: list[str]) -> str | None:
    """ "Till Jaspers" in a byline: a first name that is also a word ("Till") counts here,
    and so does a first name the lexicon lacks before a surname ("Jorin Hallbeck"): a
    byline line holds nothing but names and places. Initials before a surname ("J. P.
    Ellwanger", "A. Berg") are a name as well."""
    if (
        2 <= len(words) <= 4
        and all(nm.is_initial(w) for w in words[:-1])
        and nm.is_capitalised_word(words[-1])
        and nm.is_name_core(words[-1])
        and not lex.is_place(words[-1])
    ):
        return " ".join(words)
    if len(words) != 2 or not all(nm.is_capitalised_word(w) for w in words):
        return None
    first, last = words
    if lex.is_word_given_name(first):
        return " ".join(words)
    if (
        nm.is_name_core(last)
        and not lex.is_place(last)
        and not lex.is_place(first)
        and not is_role_word(first)
        and first.lower() not in lex.AGENCY_WORDS
        and not nm.is_never_name(first)
    ):
        return " ".join(words)
    return None


def _capitals_name(words: list[str]) -> bool:
    """ "WERNER KASTLHOFER" (Austrian agencies write names in capitals): two to four
    words in capitals, the first a known first name."""
    return (
        2 <= len(words) <= 4
        and all(w.isupper() and w.replace("-", "").isalpha() and len(w) > 1 for w in words)
        and lex.is_given_name(words[0].capitalize())
    )


def _surname_like(word: str) -> bool:
    """A last word that only a name has: no dictionary noun, no word with a lowercase
    lemma, no role. After a credit label, "Lasse Wiechmann" (a first name that is also a
    verb form) is a photographer."""
    return not (lex.is_common_noun(word) or nm.lemma_is_lowercase(word) or is_role_word(word))


def credit_name(item: str) -> str | None:
    """A photographer's name in one credit item, or None for agencies and words."""
    if item.lower() in lex.AGENCIES:
        return None
    words = item.split()
    if _capitals_name(words):
        return item
    if not 2 <= len(words) <= 4:
        return None
    name_words = [w for w in words if w not in lex.PARTICLES]
    if len(name_words) < 2 or words[0] in lex.PARTICLES:
        return None
    for k, w in enumerate(name_words):
        if 0 < k < len(name_words) - 1 and nm.is_initial(w):
            continue  # "Wolfram T. Ahlgrimm": a middle initial
        if w.lower() in lex.AGENCY_WORDS or not nm.is_capitalised_word(w) or nm.is_never_name(w):
            return None
    first, last = name_words[0], name_words[-1]
    # "Foto: IMAGO / Benedikt Sauerwald": a first name that is also a word ("Benedikt",
    # "Till") before a surname that only a name has, as in a byline
    given = lex.is_given_name(first) or (
        lex.is_word_given_name(first) and _surname_like(last) and not lex.is_place(last)
    )
    if not given and (
        lex.is_common_noun(first)
        or (nm.lemma_is_lowercase(first) and not _surname_like(last))
        or is_role_word(first)
        or lex.is_place(last)
    ):
        return None  # "Stadt Köln", "Polizei Berlin", "Archiv Müller"
    return item
