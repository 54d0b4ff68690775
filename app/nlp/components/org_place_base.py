"""Shared state and word tests of ``leselupe_org_place_rules``: the switches, the name lists,
the word-class lookups (see :mod:`app.nlp.components.org_place_rules`).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from app.lexicon.lemmas import is_known
from app.lexicon.words import TOWN_PREFIXES
from app.nlp.components._stateless import Stateless
from app.nlp.components.lexclass import (
    LEX_COMMON,
    LEX_FIRST,
    LEX_GAZ_LOC,
    LEX_GAZ_ORG,
    LEX_OTHER,
    LEX_PROPER,
    LexClass,
    lex_flags,
)
from app.nlp.components.org_place_words import LEGAL_FORMS
from app.nlp.gazetteer import Gazetteer, load_gazetteer

Ent = tuple[int, int, str]
"""An entity as (start, end, label) token offsets."""

NAME_KNOWN = LEX_PROPER | LEX_FIRST
LEGAL_STEMS = frozenset(form.rstrip(".") for form in LEGAL_FORMS)


# Kinds of gazetteer places that are well known ("IG Metall Sachsen", "Roms Tod").
MAJOR_PLACE_KINDS = frozenset({"city", "region", "country"})


def is_capitalised_word(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and text.replace("-", "").isalpha()


def replace_within(ents: list[Ent], new: Ent) -> list[Ent]:
    """``new`` in place of the entities it overlaps (none may reach beyond it; else
    ``ents`` unchanged)."""
    start, end, _label = new
    overlapping = [e for e in ents if e[0] < end and e[1] > start]
    if any(e[0] < start or e[1] > end for e in overlapping):
        return ents
    return [e for e in ents if e not in overlapping] + [new]


class OrgPlaceBase(Stateless):
    """The component's switches and name lists and the word tests its rules share."""

    def __init__(
        self,
        *,
        gazetteer: bool = True,
        heads: bool = True,
        demonyms: bool = True,
        acronyms: bool = True,
        add_places: bool = True,
        relabel_places: bool = True,
        loc_to_per: bool = False,
        subject_per: bool = True,
        persons: bool = True,
        shapes: bool = True,
        place_compounds: bool = True,
        surname_not_place: bool = True,
        org_kinds: bool = True,
        news: bool = True,
        names: Gazetteer | None = None,
        nlp: Language | None = None,
    ) -> None:
        self.persons = persons
        self.shapes = shapes
        self.place_compounds = place_compounds
        self.surname_not_place = surname_not_place
        self.org_kinds = org_kinds
        self.news = news
        self.subject_per = subject_per
        self.loc_to_per = loc_to_per
        self._nlp = nlp
        self._lexclass: LexClass | None = None
        self.use_gazetteer = gazetteer
        self.heads = heads
        self.demonyms = demonyms
        self.acronyms = acronyms
        self.add_places = add_places
        self.relabel_places = relabel_places
        # read the name lists now (about 0.05 CPU s), as part of loading the pipeline
        self._names = names if names is not None else load_gazetteer()

    @property
    def names(self) -> Gazetteer:
        if self._names is None:
            self._names = load_gazetteer()
        return self._names

    def _lex(self) -> LexClass | None:
        """The pipeline's word-class component (None in a pipeline without one)."""
        if self._lexclass is None and self._nlp is not None:
            for _name, pipe in self._nlp.pipeline:
                if isinstance(pipe, LexClass):
                    self._lexclass = pipe
                    break
        return self._lexclass

    def _is_plain_noun(self, token: Any) -> bool:
        """A capitalised word known as a common noun and not as a name ("Konzerns",
        "Oberbürgermeisterin"); inflected forms the lexicon lacks are looked up by stem."""
        flags = lex_flags(token)
        if flags & (NAME_KNOWN | LEX_GAZ_LOC | LEX_GAZ_ORG):
            return False
        if flags & LEX_COMMON:
            return True
        lex = self._lex()
        return bool(
            lex is not None and not flags & LEX_OTHER and lex.guess(token.lower_) & LEX_COMMON
        )

    def _is_common_noun(self, token: Any) -> bool:
        """A plain noun, or a common noun that the word-class lexicon also lists as a word
        of organisation names ("Parlament", "Liga"), but no name of its own."""
        if self._is_plain_noun(token):
            return True
        flags = lex_flags(token)
        text = token.text
        return bool(flags & LEX_COMMON and not flags & NAME_KNOWN and text[1:].islower())

    @staticmethod
    def _is_adjective_form(token: Any) -> bool:
        """An inflected adjective ("Großen", "italienischen", "Schnellste"): the tagger's
        POS is unreliable on capitalised adjectives, the ending and the lexicon are not."""
        text = token.text
        if not text.isalpha() or not text.endswith(("e", "en", "er", "es", "em")):
            return False
        if len(text) < 4 or token.pos_ in {"DET", "PRON", "ADP"}:
            return False  # "den", "eine", "seinem"
        return token.pos_ == "ADJ" or (
            is_known(token.lower_) and not lex_flags(token) & (NAME_KNOWN | LEX_COMMON)
        )

    def _is_ordinary(self, token: Any, label: str) -> bool:
        """A word too common to be taken as a name without the model ("Essen", "Post")."""
        flags = lex_flags(token)
        if label == "ORG" and flags & LEX_GAZ_ORG:
            return bool(flags & LEX_OTHER)
        return bool(flags & (LEX_COMMON | LEX_OTHER | LEX_FIRST))

    def _is_place_word(self, text: str) -> bool:
        """'Pfalz', 'Neuhausen', 'Bayerns': one word of the text the gazetteer lists as a
        place, as listed or in a derived form (:meth:`Gazetteer.place`)."""
        return self.names.place(text, derived=True) is not None

    def _is_listed_place(self, text: str) -> bool:
        """A place as the lists give it ("Bodensee", "Rhein"; no derived form, no name
        that is also an ordinary word), for a stem or part of a word (:meth:`Gazetteer.place`)."""
        return self.names.place(text, derived=False) is not None

    def _is_country(self, text: str) -> bool:
        """A country of the name list ("Schweiz", "Polen")."""
        entry = self.names.get((text,))
        return entry is not None and entry.label == "LOC" and entry.kind == "country"

    def _is_known_place(self, token: Any) -> bool:
        text = token.text
        if lex_flags(token) & LEX_GAZ_LOC:
            return True
        return any(
            self._is_place_word(key) for key in (text, text[:-1] if text.endswith("s") else text)
        )

    def _place_span_end(self, doc: Any, k: int, ents: list[Ent]) -> int | None:
        """The end of a place of several words the model found at ``k`` ("Bad Kreuznach"
        LOC), also one it took for an organisation when the words are a listed place or a
        town prefix and a name ("St. Gallen", "Bad Ischl": the model's ORG after a police
        or court head); None otherwise."""
        for s, e, lab in ents:
            if s != k or e <= s + 1:
                continue
            if lab == "LOC":
                return e
            if lab != "ORG" or e - s != 2:
                return None
            first, name = doc[s].text, doc[s + 1].text
            if not is_capitalised_word(name):
                return None
            key = ("Sankt" if first == "St." else first, name)
            entry = self.names.get(key)
            if (entry is not None and entry.label == "LOC") or first in TOWN_PREFIXES:
                return e
            return None
        return None

    def _is_major_place(self, token: Any) -> bool:
        """A listed city, region or country, also in the genitive ("Roms", "Bayerns"); not
        the long lists of small places ("Stanley")."""
        text = token.text
        for key in (text, text[:-1] if text.endswith("s") else text):
            entry = self.names.place(key, derived=True)
            if entry is not None and entry.kind in MAJOR_PLACE_KINDS:
                return True
        return False

    def _is_demonym(self, text: str) -> bool:
        """'Düsseldorfer', 'Münchner', 'Kieler', 'Münsteraner': -er adjective of a known
        place."""
        if len(text) < 5 or not text.endswith("er") or not text[:1].isupper():
            return False
        if not text.isalpha():
            return False
        stem = text[:-2]
        candidates = [stem, stem + "en", stem + "n", stem + "e"]
        if stem.endswith("n"):
            candidates.append(stem[:-1] + "en")  # "Münchner" -> "München"
        if stem.endswith("i"):
            candidates.append(stem[:-1])  # "Hawaiianer"? rare: harmless
        if stem.endswith("an"):
            candidates.append(stem[:-2])  # "Münsteraner" -> "Münster"
        return any(self._is_listed_place(c) for c in candidates)

    def _is_unknown_word(self, token: Any, dictionary: bool = True) -> bool:
        """Capitalised, and neither the lexicon nor the gazetteer knows it or its stem.

        A word the lexicon only guesses to be a compound noun ("Pinkwart", "Schönlein")
        counts as unknown when the tagger calls it a proper noun."""
        text = token.text
        if not (len(text) > 2 and text[0].isupper() and text[1:].islower() and text.isalpha()):
            return False
        lex = self._lex()
        if lex is None:
            return False
        code = lex.codes.get(token.lower_)
        if code is not None and code & (15 | LEX_GAZ_LOC | LEX_GAZ_ORG):
            return False
        if lex.guess(token.lower_) & (LEX_COMMON | LEX_PROPER) and token.pos_ != "PROPN":
            return False
        base = text[:-1] if text.endswith("s") else text
        if self.names.get((text,)) is not None or self.names.get((base,)) is not None:
            return False
        return not (dictionary and is_known(token.lower_))  # "Vieles", "Manches"

    def _is_unknown_token(self, token: Any) -> bool:
        """Unknown to the lexicon and the gazetteer ("Vance"; "JD": all capitals)."""
        text = token.text
        if text.isupper():
            lex = self._lex()
            known = lex is not None and token.lower_ in lex.codes
            return not known and self.names.get((text,)) is None
        return self._is_unknown_word(token, dictionary=False)
