"""Shapes and forms of ``leselupe_org_place_rules``: spans whose shape no name has,
name-noun compounds, organisations that are persons or places by their form, place
adjectives before common nouns and acronyms (see :mod:`app.nlp.components.org_place_rules`).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from app.lexicon.lemmas import is_known
from app.lexicon.roles import analyze_role, is_role_word
from app.lexicon.words import INDEFINITE, is_given_name
from app.nlp.components.lexclass import (
    LEX_COMMON,
    LEX_FIRST,
    LEX_GAZ_LOC,
    LEX_GAZ_ORG,
    LEX_OTHER,
    LEX_PROPER,
    lex_flags,
)
from app.nlp.components.org_place_base import (
    LEGAL_STEMS,
    NAME_KNOWN,
    Ent,
    OrgPlaceBase,
    is_capitalised_word,
)
from app.nlp.components.org_place_words import (
    ACADEMIC_TITLES,
    ARTICLES,
    BAND_KAPELLE_ENDINGS,
    BUILDING_HEADS,
    CHURCH_BUILDING_ENDINGS,
    CODE_WORD,
    COMPOUND_HEADS,
    ENGLISH_HEADS,
    ENGLISH_ROAD_NOUNS,
    ENGLISH_TITLES,
    FIRM_KIND_NOUNS,
    FIRM_OR_PERSON_KIND_NOUNS,
    FIRM_PLACE_ENDINGS,
    GENERIC_AFTER_DEMONYM,
    HONORIFICS,
    INSTITUTION_BUILDING_HEADS,
    LANGUAGE_HEADS,
    LEADING_ENGLISH_WORDS,
    LEAGUE_ENDING,
    LEGAL_FORMS,
    LICENCE_HEADS,
    NAME_PARTICLES,
    NOT_ORG_ACRONYMS,
    ORG_APPOSITION_KINDS,
    ORG_NAME_HEADS,
    ORG_NOUNS,
    PLACE_COMPOUND_HEADS,
    PLACE_HEADS,
    ROAD_ENDINGS,
    ROAD_NOUNS,
    ROMAN,
    ROMANCE_HEADS,
    ROMANCE_PARTICLES,
    ROMANCE_PLACE_HEADS,
    SAINTS,
    STATE_HEADS,
    TRAILING_FUNCTION_WORDS,
    WORK_NOUN_ENDINGS,
    WORK_NOUNS,
    firm_only_kind,
)
from app.nlp.components.person_spans import age_in_parens

# Abbreviated honorifics are used for persons; the spelled-out ones name brands too
# ("Mister Spex", "Miss Germany", "Madame Tussauds") unless a name list knows the word.
_SHORT_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms."})
# A year after a name ("Russland 2014", "Olympischen Spielen 2004"); no name of a person,
# place or body ends in one (clubs end in two digits: "Hannover 96", "Mainz 05").
_YEAR = re.compile(r"(19|20)\d\d\.?")
# Nouns followed by a number of four digits that is no year: roads, lines, flights.
_NUMBERED_ENDINGS = (
    *ROAD_ENDINGS,
    *(w.lower() for w in ENGLISH_ROAD_NOUNS),
    "autobahn",
    "route",
    "highway",
    "interstate",
    "linie",
    "gleis",
    "terminal",
    "flug",
)
# Nouns of a kind before a band, firm or hotel named after a road or building ("die Band
# Sunrise Avenue", "das Hotel Villa Kennedy"): the name stays an organisation.
_KIND_BEFORE_PLACE_NAMED = (*ORG_NOUNS, "band", "bands", "hotel", "hotels", "restaurant")
# A word before an English road noun: a name, a letter or an ordinal ("H Street", "42nd
# Street", "Fifth Avenue").
_ROAD_NAME_WORD = re.compile(r"[A-Z]|\d+(st|nd|rd|th)|[A-Z][a-z]+(-[A-Z][a-z]+)?")
_OPENING_QUOTES = frozenset({'"', "„", "“", "‚", "»", "«", "''", "``"})
_CLOSING_QUOTES = frozenset({'"', "“", "”", "‘", "«", "»", "''"})
# A Korean given name ("Seo-hyun", "Hyun-woo") and the suffixes of administrative
# units written the same way ("Gangnam-gu", "Jeju-do", "Suwon-si").
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-([a-z]{1,5})")
_KOREAN_PLACE_SUFFIXES = frozenset({"gu", "do", "si", "dong", "gun", "ri", "eup", "myeon"})
# A romanised Korean syllable (Revised and McCune-Reischauer spellings, "moon", "hyun",
# "woo"): consonants, vowels, one final; not an English or German word part of a firm's
# name ("Won-tech", "Sun-shop": "ch", "sh" and "ft" end no Korean syllable).
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?(?:[wy]?[aeiou]{1,2}|[wy][aeiou]?)(?:ng|[kntlmpgbd])?"
)
# Endings of organisation words, lowercased ("Gedächtnisstiftung", "Landesbank").
_ORG_WORD_ENDINGS = tuple(h.lower() for h in COMPOUND_HEADS) + ORG_NOUNS


def _quoted_work_title(doc: Doc, start: int, end: int) -> bool:
    """The span fills a quotation right after a noun of a work ("Film", "Talkshow",
    "Musicals", "Debütalbum"): the work's title."""
    if end - start > 1 and doc[end - 1].text in _CLOSING_QUOTES:
        end -= 1  # the model's span took the closing quotation mark in
    if start < 2 or end >= len(doc):
        return False
    if doc[start - 1].text not in _OPENING_QUOTES or doc[end].text not in _CLOSING_QUOTES:
        return False
    return is_work_noun(doc[start - 2].text)


def is_work_noun(noun: str) -> bool:
    """A noun of a work, also inflected ("Film", "Talkshow", "Musicals", "Debütalbum")."""
    if noun in WORK_NOUNS:
        return True
    if not is_capitalised_word(noun):
        return False
    low = noun.lower()
    for ending in ("s", "es", "n", "en"):
        if low.endswith(ending) and low[: -len(ending)].endswith(WORK_NOUN_ENDINGS):
            return True
    return low.endswith(WORK_NOUN_ENDINGS)


def _role_and_title(doc: Doc, start: int, end: int) -> bool:
    """'Personalvorständin Dr.', 'Dr.', 'Vorständin' (+ 'Dr. X'): a span of role nouns and
    academic titles with a title in it or right after it is no organisation or place."""
    tokens = doc[start:end]
    if not all(t.text in ACADEMIC_TITLES or is_role_word(t.text) for t in tokens):
        return False
    after = doc[end].text if end < len(doc) else ""
    return after in ACADEMIC_TITLES or any(t.text in ACADEMIC_TITLES for t in tokens)


class ShapeRules(OrgPlaceBase):
    """Rules on the form of a span: shapes, organisation kinds, demonyms, acronyms."""

    @staticmethod
    def _code_not_name(doc: Doc, ent: Ent) -> bool:
        """'DVD', 'STR/' (a photographer code in 'Foto: STR/AFP'): no organisation."""
        start, end, label = ent
        if label != "ORG" or end - start > 2 or (end - start == 2 and doc[end - 1].text != "/"):
            return False
        return doc[start].text.rstrip("/") in NOT_ORG_ACRONYMS

    def _year_cut(self, doc: Doc, ent: Ent) -> Ent:
        """'Russland 2014', 'Olympischen Spielen 2004' -> the name without the year: a
        year of four digits after it is a date ("die Russland 2014 annektierte"), no part
        of a name; a listed name and a firm with a legal form keep it."""
        start, end, label = ent
        if end - start < 2 or not _YEAR.fullmatch(doc[end - 1].text):
            return ent
        words = [t.text for t in doc[start:end]]
        if self.names.get(words) is not None or any(w in LEGAL_FORMS for w in words):
            return ent
        before = doc[end - 2].text
        if not is_capitalised_word(before) or before.lower().endswith(_NUMBERED_ENDINGS):
            return ent  # "Staatsstraße 2082", "Linie 2010": a number, no year
        return (start, end - 1, label)

    @staticmethod
    def _code_stop_cut(doc: Doc, ent: Ent) -> Ent | None:
        """'A2. Polizeisprecherin ... Ostermeier-Dreps' -> the words after 'A2.': a road's
        or a model's code with a full stop ends a sentence (the tokenizer keeps the stop
        with the code), so a name does not run on over it."""
        start, end, label = ent
        for k in range(start, end - 1):
            text = doc[k].text
            if text.endswith(".") and CODE_WORD.match(text[:-1]) and doc[k + 1].text[:1].isupper():
                return (k + 1, end, label)
        return ent

    def _inflected_compound(self, doc: Doc, ent: Ent) -> bool:
        """'Laubbläsern', 'Subventionsbetrugs': one word the model took for a place or an
        organisation that simplemma knows as a German word form and that is an inflected
        form ("-n", "-s", "-es") of a compound the word-class lexicon guesses to be a
        common noun; the lexicon knows neither the word nor a name of that form."""
        start, end, label = ent
        if label == "PER" or end - start != 1:
            return False
        token = doc[start]
        text = token.text
        if not (len(text) > 8 and text[0].isupper() and text[1:].islower() and text.isalpha()):
            return False
        lex = self._lex()
        if lex is None or lex_flags(token) or token.lower_ in lex.codes:
            return False
        if lex.guess(token.lower_) or self._is_known_place(token) or not is_known(text):
            return False
        low = token.lower_
        return any(
            low.endswith(ending) and lex.guess(low[: -len(ending)]) == LEX_COMMON
            for ending in ("n", "s", "es")
        )

    @staticmethod
    def _shape_not_name(doc: Doc, ent: Ent) -> bool:
        """A span whose shape no name has (see the module docstring)."""
        start, end, label = ent
        last = doc[end - 1].text
        if end - start > 1 and last in TRAILING_FUNCTION_WORDS:
            return True  # "Repräsentantenhaus von"
        if label != "PER" and doc[start].text in LEADING_ENGLISH_WORDS:
            return True  # "of Business Administration"
        if (
            label != "LOC"
            and end - start <= 2
            and last.lower().endswith(LANGUAGE_HEADS)
            and doc[start].text[:1].isupper()
        ):
            return True  # "Westsudanesischen Sprachen" (not "Gesellschaft für deutsche Sprache")
        if label == "ORG" and (
            last.lower().endswith(LICENCE_HEADS)
            or (
                start > 1
                and doc[start - 1].text == "("
                and doc[start - 2].lower_.endswith(LICENCE_HEADS)
            )
        ):
            return True  # "GNU General Public License (GPL)": a document
        if label != "PER" and _role_and_title(doc, start, end):
            return True  # "Personalvorständin Dr." before a person: a role and a title
        if label != "PER" and _quoted_work_title(doc, start, end):
            return True  # "die Talkshow „The Talking Dead“": a title (a person stays)
        if last.lower().endswith(LEAGUE_ENDING) and all(
            t.like_num or re.fullmatch(r"\d+\.", t.text) for t in doc[start : end - 1]
        ):
            return True  # "3. Liga", "Bundesliga"
        if end - start != 1:
            return False
        if CODE_WORD.match(last) and label != "LOC":
            return True  # "U12", "S600" (but "der A1", a motorway, is a place)
        # "der Bürgermeister", "Der Earl": a role noun after an article; in GermEval's
        # training part 205 such words are no entity and none a one-word name
        return (
            start > 0
            and doc[start - 1].lower_ in ARTICLES
            and (is_role_word(last) or last in ENGLISH_TITLES)
        )

    def _compound_cut(self, doc: Doc, ent: Ent) -> Ent | None:
        """A compound of a name and a common noun is no name in GermEval ("Le Mans-Serie",
        "EU-Kommission"; 157 such words unannotated in its training part, 4 at the end of
        a longer name): an organisation or place ending in one is dropped, one with it
        inside keeps the name after it ("Open Source-Produkt Wine" -> "Wine")."""
        start, end, label = ent
        if label == "PER" or end - start < 2:
            return ent
        if any(t.text.rstrip(".") in LEGAL_STEMS for t in doc[start:end]):
            return ent  # "Koninklijke Scholten-Honig N.V."
        for k in range(end - 1, start - 1, -1):
            if self._name_noun_compound(doc[k]):
                if k == end - 1:
                    return None
                return (k + 1, end, label)
        return ent

    def _name_noun_compound(self, token: Any) -> bool:
        text = token.text
        if "-" not in text or not text[:1].isupper():
            return False
        if lex_flags(token) & (LEX_GAZ_LOC | LEX_GAZ_ORG) or self.names.get((text,)) is not None:
            return False  # "Baden-Baden", "Mercedes-Benz"
        head = text.rpartition("-")[2]
        if not is_capitalised_word(head) or head in COMPOUND_HEADS or head in ENGLISH_HEADS:
            return False
        if head.lower().endswith(PLACE_COMPOUND_HEADS) or head in BUILDING_HEADS:
            return False
        if head.lower().endswith(ORG_NOUNS) or head in {"Union", "Bund", "Rat", "Liga"}:
            return False  # "Deutsche Presse-Agentur", "Europäische Fußball-Union"
        lex = self._lex()
        code = lex.codes.get(head.lower()) if lex is not None else None
        return code is not None and bool(code & LEX_COMMON) and not code & NAME_KNOWN

    def _org_kind(self, doc: Doc, ent: Ent) -> Ent:
        """An organisation the model found that is a person or a place by its form:
        a role noun before unknown name words ("Oberst Ollendorf" -> PER "Ollendorf"),
        name words around a name particle ("Giacomo della Porta"), or a building or
        landscape head at the end ("Westminster Hall", "Olde Burg" -> LOC)."""
        start, end, label = ent
        if label != "ORG" or end - start < 2:
            return ent
        tokens = list(doc[start:end])
        if self.names.get([t.text for t in tokens]) is not None:
            return ent
        last = tokens[-1].text
        if last in INSTITUTION_BUILDING_HEADS and all(
            self._is_adjective_form(t) for t in tokens[:-1]
        ):
            return ent  # "der Katholischen Kirche": a denomination, not a building
        if last in BUILDING_HEADS and all(is_capitalised_word(t.text) for t in tokens):
            return (start, end, "LOC")
        if last in STATE_HEADS and all(self._state_word(t, last) for t in tokens[:-1]):
            return (start, end, "LOC")
        rest = tokens[1:]
        inflected_adjective = tokens[0].pos_ == "ADJ" and tokens[0].text.endswith(
            ("e", "en", "er", "es", "em")
        )  # "des Evangelischen Presseverbandes"
        if (
            not inflected_adjective
            and is_role_word(tokens[0].text)
            and all(self._plain_name_word(t) and self._is_unknown_token(t) for t in rest)
        ):
            return (start + 1, end, "PER")
        if (
            not inflected_adjective
            and len(rest) >= 2
            and (is_role_word(tokens[0].text) or tokens[0].text in HONORIFICS)
            and is_given_name(rest[0].text)
            and all(self._plain_name_word(t) and self._is_unknown_token(t) for t in rest[1:])
        ):
            return (start + 1, end, "PER")  # "General John Burgoyne", "Ms Ada Pugh"
        if (
            tokens[0].text in HONORIFICS
            and len(rest) == 1
            and self._plain_name_word(rest[0])
            and (tokens[0].text in _SHORT_HONORIFICS or lex_flags(rest[0]) & LEX_FIRST)
        ):
            return (start + 1, end, "PER")  # "Ms Pugh", "Miss Kelly"; not "Mister Spex"
        if (
            3 <= end - start <= 4
            and tokens[1].text in NAME_PARTICLES
            and tokens[0].text not in ROMANCE_HEADS  # "Museo del Prado"
            and self._plain_name_word(tokens[0])
            and all(self._plain_name_word(t) or t.text in NAME_PARTICLES for t in rest)
            and self._plain_name_word(tokens[-1])
        ):
            return (start, end, "PER")
        return ent

    def _place_by_form(self, doc: Doc, ent: Ent) -> Ent:
        """An organisation or person that is a place by its form: a church building and a
        saint ("Dom St. Salvator", "Hauptkirche St. Michaelis"; the parish "Gemeinde St.
        Peter" and the band "Blaskapelle St. Georg" stay), a road at the end of several
        words ("Ben Jehudastraße", "Karl Marx Allee"; not "Gymnasium Wilhelmstraße", a
        school named after its road), a one-word road taken for a person ("Mühlgasse"), an
        English road after name words ("H Street", "Fifth Avenue"; not "Wall Street
        Journal") or a Romance square or building noun before names ("Plaza de Mayo",
        "Palazzo Chigi"; not "Plaza Club", "Villa Hotels GmbH")."""
        start, end, label = ent
        if label == "LOC":
            return ent
        last = doc[end - 1].text
        low = last.lower()
        road_compound = last[:1].isupper() and any(
            low.endswith(e) and len(low) > len(e) for e in ROAD_ENDINGS
        )
        if end - start < 2:
            return (start, end, "LOC") if label == "PER" and road_compound else ent
        first, second = doc[start].text, doc[start + 1].text
        kind_before = start > 0 and doc[start - 1].lower_.endswith(_KIND_BEFORE_PLACE_NAMED)
        if kind_before and (last in ENGLISH_ROAD_NOUNS or first in ROMANCE_PLACE_HEADS):
            return ent  # "die Band Sunrise Avenue", "das Hotel Villa Kennedy"
        if last in ENGLISH_ROAD_NOUNS and all(
            _ROAD_NAME_WORD.fullmatch(t.text) for t in doc[start : end - 1]
        ):
            return (start, end, "LOC")  # "H Street", "Fifth Avenue", "Sunset Boulevard"
        rest = [t.text for t in doc[start + 1 : end]]
        if (
            first in ROMANCE_PLACE_HEADS
            and all(is_capitalised_word(w) or w in ROMANCE_PARTICLES for w in rest)
            and not any(w in ENGLISH_HEADS or w in LEGAL_FORMS for w in rest)
            and not rest[-1].lower().endswith(ORG_NOUNS)
        ):
            return (start, end, "LOC")  # "Piazza Navona", "Plaza de Mayo", "Villa Borghese"
        if (
            first[:1].isupper()
            and first.lower().endswith(CHURCH_BUILDING_ENDINGS)
            and not first.lower().endswith(BAND_KAPELLE_ENDINGS)
            and second in SAINTS
        ):
            return (start, end, "LOC")
        road = road_compound or (last in ROAD_NOUNS and is_capitalised_word(doc[end - 2].text))
        institution = self._is_plain_noun(doc[start]) and not self._is_adjective_form(doc[start])
        if road and not institution:  # "Alten Hafengasse": an adjective, no institution
            return (start, end, "LOC")
        return ent

    def _role_then_person(self, doc: Doc, ent: Ent) -> Ent:
        """An organisation that is a role and a person ("Technikchefin Dr. Lakshmi
        Narayanaswamy-Iyer", "sächsischen Landtagsabgeordneten Ute Kanzler", "Zürcher
        SVP-Nationalrat Beat Wälchli-Aebersold"): adjectives, one role noun and titles,
        then a listed first name and name words -> the person from the first name on."""
        start, end, label = ent
        if label != "ORG" or end - start < 3:
            return ent
        k = start
        while (
            k < end - 2
            and not is_role_word(doc[k].text)
            and (self._is_adjective_form(doc[k]) or self._is_demonym(doc[k].text))
        ):
            k += 1
        if not is_role_word(doc[k].text):
            return ent
        k += 1
        while k < end and doc[k].text in ACADEMIC_TITLES:
            k += 1
        if k >= end - 1 or not is_given_name(doc[k].text):
            return ent  # a first name and at least one more word ("White Star Line")
        rest = [t.text for t in doc[k:end]]
        if not all(is_capitalised_word(w) or w in NAME_PARTICLES for w in rest):
            return ent
        if any(w.lower().endswith(_ORG_WORD_ENDINGS) for w in rest[1:]):
            return ent  # "Präsident Hans Gedächtnisstiftung" (a noun "Kanzler" may be a name)
        if any(
            w in LEGAL_FORMS or w in ENGLISH_HEADS or w.rpartition("-")[2] in COMPOUND_HEADS
            for w in rest
        ):
            return ent  # "Chef Peter Müller GmbH": a firm named after its owner
        return (k, end, "PER")

    @staticmethod
    def _korean_name(doc: Doc, ent: Ent) -> Ent:
        """'Gil Seo-hyun', 'Do Hyun-woo' taken for an organisation or a place: a short
        family name and a given name of two syllables joined by a hyphen with a lowercase
        second part (German compounds keep the capital: "Baden-Württemberg"); not a
        district or province ("Gangnam-gu", "Jeju-do")."""
        start, end, label = ent
        if label == "PER" or end - start != 2:
            return ent
        family, given = doc[start].text, doc[start + 1].text
        match = _KOREAN_GIVEN.fullmatch(given)
        if not (2 <= len(family) <= 4 and family.isalpha() and family.istitle() and match):
            return ent
        if match.group(1) in _KOREAN_PLACE_SUFFIXES:
            return ent
        if not _KOREAN_SYLLABLE.fullmatch(match.group(1)):
            return ent  # "Dae Won-tech": a firm's English word
        return (start, end, "PER")

    def _role_not_name(self, doc: Doc, ent: Ent) -> bool:
        """'zum neuen Bischof', 'war zuvor Vizegouverneur', 'Analystin bei der DZ Bank':
        one word the model took for a place or an organisation that reads as a role noun
        (no demonym: "Bayern", "Polen") and that neither the gazetteer nor the dictionary
        knows as a name. A feminine role form is never a name; otherwise a place must be a
        dictionary noun ("Bischof"; not the town "Bargteheide") and an organisation a
        compound no list knows, after a lowercase word ("war zuvor Vizegouverneur"; not
        the firms "Töpfer", "Müller", not the band "Necrophagist" in a list)."""
        start, end, label = ent
        if label == "PER" or end - start != 1:
            return False
        token = doc[start]
        text = token.text
        if not is_capitalised_word(text) or "-" in text:
            return False  # "FDP-Chef": a name compound, GermEval's ORGpart
        role = analyze_role(text)
        if role is None or role.kind != "noun" or is_given_name(text):
            return False
        # the word-level gazetteer bits say only that the word occurs in some name
        # ("Bischof" in a place's, "Vizegouverneur" in an organisation's)
        flags = lex_flags(token)
        if flags & LEX_PROPER or self.names.get((text,)) is not None:
            return False
        if role.gender == "f" and text.endswith("in"):
            return True
        if label == "LOC":
            return bool(flags & LEX_COMMON)
        before = doc[start - 1].text if start > 0 else ""
        # after a lowercase word ("war zuvor Vizegouverneur", "beim Erstligisten"), not in
        # a list of band or firm names ("God Forbid, Necrophagist und ...")
        return before.isalpha() and before.islower() and not flags & (LEX_COMMON | LEX_FIRST)

    def _state_word(self, token: Any, head: str) -> bool:
        """A word before the head of a state's, sea's or river's name: an article, an
        adjective ("Osmanische Reich", "Atlantischen Ozean") or a known place ("Hudson
        River"), before "River" any unknown name word; not an organisation's word or a
        first name ("Stiftung Lebendiges Meer", "Boardwalk Empire", "Jens Reich")."""
        if token.lower_ in ARTICLES or self._is_adjective_form(token):
            return True
        if self._is_known_place(token):
            return True
        return (
            head == "River"
            and self._plain_name_word(token)
            and self._is_unknown_token(token)
            and not is_given_name(token.text)
        )

    def _plain_name_word(self, token: Any) -> bool:
        """A capitalised word that is no common noun, role, head of an organisation name
        or known name of the gazetteer ("Ollendorf", "Porta"; not "Motors", "Chile")."""
        text = token.text
        if not is_capitalised_word(text) or text.isupper():
            return False
        if self._is_plain_noun(token) or is_role_word(text):
            return False
        if text in ENGLISH_HEADS or text in LEGAL_FORMS or text in PLACE_HEADS:
            return False
        if text.rpartition("-")[2] in COMPOUND_HEADS:
            return False
        if lex_flags(token) & (LEX_GAZ_LOC | LEX_GAZ_ORG):
            return False
        return self.names.get((text,)) is None

    def _demonyms(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Düsseldorfer Oberbürgermeisterin', 'des Düsseldorfer Konzerns': a place adjective
        and role or generic nouns make no name; a name after them is kept
        ("Wuppertaler Lokal-Matadoren Sundealers" -> "Sundealers"); a place adjective alone
        is no name either ("der gebürtige Kiewer"), and a place's genitive before a role
        is the place alone ("Oberösterreichs Landeshauptfrau" -> LOC "Oberösterreichs")."""
        out: list[Ent] = []
        for start, end, label in ents:
            first = doc[start]
            if label != "PER" and not lex_flags(first) & LEX_FIRST:
                if (
                    end - start == 1
                    and self._is_demonym(first.text)
                    and self.names.get((first.text,)) is None
                ):
                    continue  # "der gebürtige Kiewer", "Istanbuler Bürgermeisterin"
                if (
                    end - start >= 2
                    and self._listed_place_genitive(first.text)
                    and all(is_role_word(t.text) for t in doc[start + 1 : end])
                ):
                    # "Oberösterreichs Landeshauptfrau": the place without its role
                    out.append((start, start + 1, "LOC"))
                    continue
            if (
                end - start < 2
                or lex_flags(doc[start]) & LEX_FIRST
                or not self._is_demonym(doc[start].text)
                or self.names.get([t.text for t in doc[start:end]])
            ):
                out.append((start, end, label))
                continue
            k = start + 1
            while k < end and (
                is_role_word(doc[k].text)
                or doc[k].text in GENERIC_AFTER_DEMONYM
                or doc[k].text in ACADEMIC_TITLES
                # "der [Düsseldorfer Discounter]" (rev_ents34); a group or holding can be
                # a name ("Hamburger Gruppe")
                or (
                    self._firm_kind_noun(doc[k])
                    and not doc[k].lower_.endswith(("gruppe", "gruppen", "holding"))
                )
            ):
                k += 1
            if k == end:
                continue  # only a place adjective, role or generic nouns ("... Kardinal Dr.")
            j = k
            while j < end and self._is_plain_noun(doc[j]):
                j += 1
            if start + 1 < j < end and doc[j].text[:1].isupper():
                out.append((j, end, label))  # a name after the nouns
            else:
                out.append((start, end, label))  # "Hamburger SV", "Schwabacher Straße"
        return out

    def _listed_place_genitive(self, text: str) -> bool:
        """'Oberösterreichs', 'Stuttgarts': the genitive of a listed place (not
        "Landkreis", a common noun ending in "s")."""
        if len(text) < 4 or not text.endswith("s") or not text[1:].islower():
            return False
        return self._is_listed_place(text[:-1]) or self._is_place_word(text)

    def _firm_after_kind(self, doc: Doc, ent: Ent) -> Ent:
        """'der Elektronikkonzern Shinwa Denki', 'den Zulieferer Veldhoven Precision': a
        person to the model right after a noun of a firm's kind is the firm, when no
        word of it is a first name (a firm's owner in the genitive, a person in the
        dative: "im Unternehmen Peter Müllers", "verkaufte das Unternehmen Hans Wagner").
        The kind noun may be a genitive ("des Elektronikkonzerns Sentec") or inside the
        model's span ("[Elektronikkonzerns Sentec]" -> "Sentec"), and a place to the model
        that no list knows is the firm too ("der Autobauer Veltra", "die Verlagsgruppe
        Lindenhaus": the model's LOC, which later rules took for a person). After a kind
        that never names a person (``firm_only_kind``, ents37) a first name and surname
        are the firm named after its founder ("Das Möbelhaus Wilhelm Brandt"), unless the
        name ends in a genitive -s ("in der Spedition Hans Maiers")."""
        start, end, label = ent
        if label not in {"PER", "LOC"}:
            return ent
        if label == "PER" and end - start >= 2 and self._firm_kind_noun(doc[start]):
            kind, name_start = doc[start], start + 1  # "[Elektronikkonzerns Sentec]"
        elif start == 0:
            return ent
        else:
            kind, name_start = doc[start - 1], start
        # not a place after a local firm's kind: "Klosterbrauerei Andechs" is _firm_of_town's
        only_firm = firm_only_kind(kind.text) and not (
            label == "LOC" and kind.lower_.endswith(FIRM_PLACE_ENDINGS)
        )
        if not (only_firm or self._firm_kind_noun(kind)):
            return ent
        tokens = list(doc[name_start:end])
        if not all(is_capitalised_word(t.text) for t in tokens):
            return ent
        founder = (
            only_firm
            and len(tokens) >= 2
            and not tokens[-1].text.endswith("s")
            and not age_in_parens(doc, end)  # "Der Geigenhersteller Max Huber (61)": a person
        )
        if not founder and any(lex_flags(t) & LEX_FIRST or is_given_name(t.text) for t in tokens):
            return ent  # "im Unternehmen Peter Müllers", "verkaufte das Unternehmen Hans Wagner"
        if label == "LOC" and not all(
            self._is_unknown_token(t) and not self._is_known_place(t) for t in tokens
        ):
            return ent  # "die Unternehmen Bayerns": a listed place is left
        return (name_start, end, "ORG")

    def _org_after_kind(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'zum dänischen Klub Aalborg Håndbold', 'sein Verlag Shinchōsha' (persons to the
        model): name words right after a noun of an organisation's kind that never names
        a person (``ORG_APPOSITION_KINDS``) are the organisation; 'die Stiftung Mercator',
        'vom Team Rhenania', 'das Museum Folkwang' (a person, an unlisted place or nothing
        to the model): one unknown name word after a head that opens such names
        (``ORG_NAME_HEADS``) is the organisation with its head (ents37). Not a first name
        ("die Stiftung Hans Müllers", "der Verein Anna Weber"), not a listed place ("das
        Team Deutschland"), not after "ein" ("ein Team Freiwilliger"), not a word of a
        person's name in the text ("Joe Biden" ... "das Team Biden")."""
        out = list(ents)
        # words of the text's persons ("Joe Biden" ... "das Team Biden": his team)
        person_words: dict[str, set[int]] = {}
        for s, e, lab in ents:
            if lab == "PER" and e - s > 1:
                for t in doc[s:e]:
                    person_words.setdefault(t.text, set()).add(s)
        for i, (start, end, label) in enumerate(ents):
            if start == 0:
                continue
            if label == "ORG" and self._name_head_before(doc, start, end):
                out[i] = (start - 1, end, "ORG")  # "der Stiftung [Denkmalschutz Berlin]"
                continue
            if label not in {"PER", "LOC"}:
                continue
            if any(person_words.get(t.text, {start}) != {start} for t in doc[start:end]):
                continue
            if age_in_parens(doc, end):
                continue  # "beim Verein Hufschmidt (45)": a person's age
            kind = doc[start - 1]
            tokens = list(doc[start:end])
            if not all(is_capitalised_word(t.text) or t.text.isupper() for t in tokens):
                continue
            if any(lex_flags(t) & LEX_FIRST or is_given_name(t.text) for t in tokens):
                continue
            if label == "LOC" and not all(
                self._is_unknown_token(t) and not self._is_known_place(t) for t in tokens
            ):
                continue
            if start >= 2 and doc[start - 2].lower_ in INDEFINITE:
                continue
            if label == "PER" and kind.lower_.endswith(ORG_APPOSITION_KINDS):
                out[i] = (start, end, "ORG")
            elif (
                kind.text in ORG_NAME_HEADS
                and end - start == 1
                and self._is_unknown_token(doc[start])
                and self.names.get((doc[start].text,)) is None
            ):
                out[i] = (start - 1, end, "ORG")
        taken = {k for s, e, _lab in out for k in range(s, e)}
        for k in range(1, len(doc) - 1):
            head, name = doc[k], doc[k + 1]
            if head.text not in ORG_NAME_HEADS or k in taken or k + 1 in taken:
                continue
            if doc[k - 1].lower_ in INDEFINITE or not is_capitalised_word(name.text):
                continue
            if lex_flags(name) & LEX_FIRST or is_given_name(name.text):
                continue
            if not self._is_unknown_token(name) or self._is_known_place(name):
                continue
            if self.names.get((name.text,)) is not None or name.text in person_words:
                continue  # a listed name or a person's ("Team Biden": a person's team)
            if k + 2 < len(doc) and is_capitalised_word(doc[k + 2].text):
                continue  # a longer name: left to the other rules
            out.append((k, k + 2, "ORG"))
        return out

    def _name_head_before(self, doc: Doc, start: int, end: int) -> bool:
        """'der Stiftung' + ORG 'Denkmalschutz Berlin': an organisation of capitalised
        words that opens with a common noun (no name of its own: "das Museum Madame
        Tussauds" is left) right after a head that opens such names, not after "ein", and
        not a listed organisation."""
        if doc[start - 1].text not in ORG_NAME_HEADS:
            return False
        if start >= 2 and doc[start - 2].lower_ in INDEFINITE:
            return False
        if not all(is_capitalised_word(t.text) or t.text.isupper() for t in doc[start:end]):
            return False
        if not self._is_common_noun(doc[start]):
            return False  # "das Museum Madame Tussauds": a name of its own after the kind
        return self.names.get([t.text for t in doc[start:end]]) is None

    def _kind_noun_cut(self, doc: Doc, ent: Ent) -> Ent:
        """'[Zulieferer Bartsch & Co.]', '[Firma Bernd Adler Bau GmbH]' -> the name after
        the noun of the firm's kind: "Firma", "Konzern", "Hersteller" and their compounds
        open no name (a group's or holding's noun can: "Mediengruppe RTL")."""
        start, end, label = ent
        if (
            label == "ORG"
            and end - start >= 3
            and self._is_demonym(doc[start].text)
            and self._firm_kind_noun(doc[start + 1])
            and not (end - start == 3 and self._is_plain_noun(doc[start + 2]))
        ):
            start += 1  # "[Berliner Investor Spreewerk Ventures]": place adjective, kind
            # (not "Düsseldorfer Versorger Strom": a common noun after the kind)
        if label != "ORG" or end - start < 2 or not is_capitalised_word(doc[start + 1].text):
            return ent
        kind = doc[start]
        if not self._firm_kind_noun(kind) or kind.lower_.endswith(("gruppe", "holding")):
            return ent
        if not self._is_plain_noun(kind):
            return ent
        return (start + 1, end, label)

    @staticmethod
    def _firm_kind_noun(token: Any) -> bool:
        """'Elektronikkonzern', 'Start-up', 'des Autobauers', 'des Unternehmens': a
        capitalised noun of a firm's kind, also in the genitive singular."""
        if not token.text[:1].isupper():
            return False
        low = token.lower_
        kinds = FIRM_KIND_NOUNS + FIRM_OR_PERSON_KIND_NOUNS
        if low.endswith(kinds):
            return True
        for ending in ("s", "es"):
            if low.endswith(ending) and low[: -len(ending)].endswith(kinds):
                return True
        return False

    def _firm_mentions(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Morimoto arbeitet seit 1995 für Shinwa' after 'der Elektronikkonzern Shinwa
        Denki': a one-word person that is an organisation of the text, or the first word
        of one that no list knows ("Trump" of "Trump Organization" is left), is that
        organisation; not a first name, and not a word of a longer person's name in the
        text ("Robert Bosch" and "Bosch Stiftung": "Bosch" is left)."""
        orgs: set[str] = set()
        person_words: set[str] = set()
        for start, end, label in ents:
            if label == "ORG":
                orgs.add(doc[start:end].text)
                first = doc[start]
                if (
                    end - start >= 2
                    and is_capitalised_word(first.text)
                    and self._is_unknown_token(first)
                ):
                    orgs.add(first.text)
            elif label == "PER" and end - start >= 2:
                person_words.update(t.text for t in doc[start:end])
        if not orgs:
            return ents
        out: list[Ent] = []
        for start, end, label in ents:
            text = doc[start].text
            if (
                label == "PER"
                and end - start == 1
                and text in orgs
                and text not in person_words
                and not lex_flags(doc[start]) & LEX_FIRST
                and not is_given_name(text)
            ):
                out.append((start, end, "ORG"))
            else:
                out.append((start, end, label))
        return out

    def _acronyms(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Nachrichtenagentur KCNA', 'des Softwarekonzerns SAP': an all-caps word after a
        noun that names an organisation's kind. (Any all-caps word as ORG: GermEval's
        training part has 33 such words unannotated for 1 organisation: "PLZ", "EBIT".)"""
        taken = {i for s, e, _l in ents for i in range(s, e)}
        out = list(ents)
        for token in doc:
            i = token.i
            if i in taken or i == 0 or not self._is_acronym(doc, i):
                continue
            before = doc[i - 1].text.lower()
            if doc[i - 1].text[:1].isupper() and before.endswith(ORG_NOUNS):
                out.append((i, i + 1, "ORG"))
        return out

    def _is_acronym(self, doc: Doc, i: int) -> bool:
        token = doc[i]
        text = token.text
        if not 2 <= len(text) <= 6 or not text[:1].isupper():
            return False
        upper = sum(1 for c in text if c.isupper())
        if upper < 2 or not text.isalpha() or upper < len(text) - 1:
            return False
        if text in NOT_ORG_ACRONYMS or text in LEGAL_FORMS or ROMAN.match(text):
            return False
        if lex_flags(token) & (LEX_COMMON | LEX_GAZ_LOC | LEX_OTHER):
            return False
        if self._is_place_word(text):
            return False
        if i > 0 and (doc[i - 1].like_num or doc[i - 1].text in {"/", "Nr.", "Nr"}):
            return False
        if i + 1 < len(doc) and doc[i + 1].text == "/" and i > 0 and doc[i - 1].text == ":":
            return False  # "Foto: STR/AFP"
        if i + 1 < len(doc) and (
            doc[i + 1].text in {":", ".:"}
            or (doc[i + 1].text == "." and i + 2 < len(doc) and doc[i + 2].text == ":")
        ):
            return False  # a speaker in an interview: "HS: ..."
        sent = token.sent if doc.has_annotation("SENT_START") else doc[:]
        letters = [c for c in sent.text if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
            return False  # a headline in capitals
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        # "JD Vance": two capitals before an unknown capitalised word are initials
        return not (
            nxt is not None
            and len(text) == 2
            and is_capitalised_word(nxt.text)
            and not self._is_plain_noun(nxt)
            and not nxt.text.isupper()
        )
