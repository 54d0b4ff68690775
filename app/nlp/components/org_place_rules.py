"""``leselupe_org_place_rules``: organisations and places after the statistical NER.

Runs after ``leselupe_entity_rules`` and uses German news conventions and the name
lists of :mod:`app.nlp.gazetteer`:

- **gazetteer**: known organisations and places, also inflected ("des Bundestages",
  "der Europäischen Union", "Russlands"), get their label; a known name the model cut
  ("Europäischen" + "Union") or missed is completed or added. Names that are also
  ordinary words ("Grünen", "Linke", "Union") count only after an article or preposition.
  A single word that the word-class lexicon knows as a common noun or first name ("Bild",
  "Essen", "Florenz") is only relabelled where the model already found an entity;
- **heads**: a name with a legal form ("… AG", "… GmbH", "… Inc."), a compound with an
  institution head ("Friedrich-Naumann-Stiftung", "Robert-Koch-Institut"), an authority or
  institute with "für"/"der" ("Bundesamt für Migration und Flüchtlinge", "Institut für
  Weltwirtschaft"), a school, court or university with a place ("Realschule Spaichingen",
  "Amtsgericht München"), an English media or institution head ("NBC News", "Matthew
  Humberstone School"), a sports club prefix ("VfL Osnabrück"), a place adjective before
  a newspaper head ("Stuttgarter Zeitung") is an organisation;
- **demonyms**: a place adjective with common nouns after it ("Düsseldorfer
  Oberbürgermeisterin", "des Düsseldorfer Konzerns") is no name: it is dropped, or cut off
  a name that follows it ("Wuppertaler Lokal-Matadoren Sundealers" -> "Sundealers");
- **shapes**: a span ending in a function word ("Repräsentantenhaus von"), an
  organisation or place opening with an English function word ("of Business
  Administration"), a letter-digit code ("U12", "S600") and a lone role noun after an
  article ("der Bürgermeister", "Der Earl") are no names;
- **place compounds**: a compound the lexicon does not know with a street, square,
  bridge, hut, fountain or monument head ("Stösserstraße", "Salmhütte",
  "Konrad-Adenauer-Platz") is a place;
- **organisations by form** (``org_kinds``): an organisation ending in a building or
  landscape head is a place ("Westminster Hall"), a role before unknown name words a
  person ("Oberst Ollendorf" -> "Ollendorf");
- **surnames taken for places** (``surname_not_place``): one unknown word the model took
  for a place, with no place-name shape and no place context around it, is a surname
  ("vergab aber Börner per Kopf"); one word taken for a person right after "in"/"im" is
  a place ("im sicheren Argentan");
- **acronyms**: an all-caps word of 2-6 letters that no entity covers is an organisation
  ("KCNA", "BND"), unless it is a known place, a common-noun abbreviation ("DVD"), a
  Roman numeral, a unit after a number, in an all-caps line, or a photo credit code ("STR").

Each rule can be switched off in the component's config (for measuring). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from app.lexicon.lemmas import is_known
from app.lexicon.roles import is_role_word
from app.nlp.components import person_spans
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
from app.nlp.components.org_place_words import (
    ARTICLES,
    BUILDING_HEADS,
    CLUB_PREFIXES,
    CODE_WORD,
    COMPASS,
    COMPOUND_HEADS,
    DER_HEADS,
    DETERMINERS,
    ENGLISH_HEADS,
    FUER_HEADS,
    GENERIC_AFTER_DEMONYM,
    LEADING_ENGLISH_WORDS,
    LEAGUE_ENDING,
    LEGAL_FORMS,
    LIST_LINKS,
    LOCATIVE,
    NAME_PARTICLES,
    NOT_ORG_ACRONYMS,
    ORG_NOUNS,
    PAPER_HEADS,
    PLACE_COMPOUND_HEADS,
    PLACE_HEADS,
    PLACE_KIND_ENDINGS,
    PLACE_KIND_NOUNS,
    PLACE_NAME_LINKS,
    PLACE_PREFIX,
    PLACE_PREPOSITIONS,
    PLACE_SHAPE,
    PLACE_VERBS,
    ROMAN,
    STRONG_PLACE_KINDS,
    TRAILING_FUNCTION_WORDS,
)
from app.nlp.gazetteer import AMBIGUOUS, DERIVED, RELABEL_ONLY, Entry, Gazetteer, load_gazetteer

_Ent = tuple[int, int, str]

_NAME_KNOWN = LEX_PROPER | LEX_FIRST
_LEGAL_STEMS = frozenset(form.rstrip(".") for form in LEGAL_FORMS)


@Language.factory(
    "leselupe_org_place_rules",
    default_config={
        "gazetteer": True,
        "heads": True,
        "demonyms": True,
        "acronyms": True,
        "add_places": True,
        "relabel_places": True,
        "loc_to_per": False,
        "subject_per": True,
        "persons": True,
        "shapes": True,
        "place_compounds": True,
        "surname_not_place": True,
        "org_kinds": True,
    },
)
def make_org_place_rules(
    nlp: Language,
    name: str,
    gazetteer: bool,
    heads: bool,
    demonyms: bool,
    acronyms: bool,
    add_places: bool,
    relabel_places: bool,
    loc_to_per: bool,
    subject_per: bool,
    persons: bool,
    shapes: bool,
    place_compounds: bool,
    surname_not_place: bool,
    org_kinds: bool,
) -> OrgPlaceRules:
    return OrgPlaceRules(
        nlp=nlp,
        gazetteer=gazetteer,
        heads=heads,
        demonyms=demonyms,
        acronyms=acronyms,
        add_places=add_places,
        relabel_places=relabel_places,
        loc_to_per=loc_to_per,
        subject_per=subject_per,
        persons=persons,
        shapes=shapes,
        place_compounds=place_compounds,
        surname_not_place=surname_not_place,
        org_kinds=org_kinds,
    )


def _flags(token: Any) -> int:
    return lex_flags(token)


def _is_capitalised_word(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and text.replace("-", "").isalpha()


class OrgPlaceRules(Stateless):
    """See the module docstring."""

    labels = ("PER", "LOC", "ORG")

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
        names: Gazetteer | None = None,
        nlp: Language | None = None,
    ) -> None:
        self.persons = persons
        self.shapes = shapes
        self.place_compounds = place_compounds
        self.surname_not_place = surname_not_place
        self.org_kinds = org_kinds
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
        flags = _flags(token)
        if flags & (_NAME_KNOWN | LEX_GAZ_LOC | LEX_GAZ_ORG):
            return False
        if flags & LEX_COMMON:
            return True
        lex = self._lex()
        return bool(
            lex is not None and not flags & LEX_OTHER and lex.guess(token.lower_) & LEX_COMMON
        )

    @staticmethod
    def _code_not_name(doc: Doc, ent: _Ent) -> bool:
        """'DVD', 'STR/' (a photographer code in 'Foto: STR/AFP'): no organisation."""
        start, end, label = ent
        if label != "ORG" or end - start > 2 or (end - start == 2 and doc[end - 1].text != "/"):
            return False
        return doc[start].text.rstrip("/") in NOT_ORG_ACRONYMS

    def _is_ordinary(self, token: Any, label: str) -> bool:
        """A word too common to be taken as a name without the model ("Essen", "Post")."""
        flags = _flags(token)
        if label == "ORG" and flags & LEX_GAZ_ORG:
            return bool(flags & LEX_OTHER)
        return bool(flags & (LEX_COMMON | LEX_OTHER | LEX_FIRST))

    def __call__(self, doc: Doc) -> Doc:
        ents: list[_Ent] = [(e.start, e.end, e.label_) for e in doc.ents]
        ents = [e for e in ents if not self._code_not_name(doc, e)]
        if self.shapes:
            ents = [e for e in ents if not self._shape_not_name(doc, e)]
            ents = [c for c in (self._compound_cut(doc, e) for e in ents) if c is not None]
        if self.use_gazetteer:
            ents = self._gazetteer(doc, ents)
        if self.heads:
            ents = self._heads(doc, ents)
        if self.place_compounds:
            ents = self._place_compounds(doc, ents)
            ents = self._roads(doc, ents)
        if self.org_kinds:
            ents = [self._org_kind(doc, e) for e in ents]
        if self.demonyms:
            ents = self._demonyms(doc, ents)
        if self.acronyms:
            ents = self._acronyms(doc, ents)
        if self.loc_to_per:
            ents = [self._person_not_place(doc, e) for e in ents]
        if self.surname_not_place:
            places = {i for s, e, lab in ents if lab == "LOC" for i in range(s, e)}
            ents = [self._surname_not_place(doc, e, places) for e in ents]
            ents = [self._place_not_person(doc, e) for e in ents]
        if self.subject_per:
            ents = self._subject_persons(doc, ents)
        if self.persons:
            ents = person_spans.first_names(doc, person_spans.split_org_heads(doc, ents))
            ents = person_spans.aged_names(doc, ents)
            ents = person_spans.initials_name(doc, ents, self._is_unknown_token)
        spans = [Span(doc, s, e, label=lab) for s, e, lab in sorted(set(ents))]
        doc.set_ents(spacy.util.filter_spans(spans))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    # ------------------------------------------------------------ gazetteer

    def _gazetteer(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        words = [t.text for t in doc]
        names = self.names
        i = 0
        while i < len(words):
            if not names.starts(words[i]):
                i += 1
                continue
            match = names.match_at(words, i)
            if match is None:
                i += 1
                continue
            ents = self._apply_match(doc, ents, match.start, match.end, match.entry)
            i = match.end
        return ents

    def _apply_match(
        self, doc: Doc, ents: list[_Ent], start: int, end: int, entry: Entry
    ) -> list[_Ent]:
        label = entry.label
        if entry.flag == AMBIGUOUS and not self._determined(doc, start, end):
            return ents
        overlapping = [e for e in ents if e[0] < end and e[1] > start]
        single_word = end - start == 1
        # listed organisations are vetted names; a single-word place can be a common
        # word ("Essen", "Halle"): those, and "!" names, only relabel the model's entities
        ordinary = entry.flag == RELABEL_ONLY or (
            label == "LOC" and single_word and self._is_ordinary(doc[start], label)
        )
        if label == "LOC" and len(overlapping) == 1:
            inside = overlapping[0]
            if (
                inside[0] == start
                and inside[1] > end
                and inside[2] != "PER"
                and end - start == 1
                and doc[start].text.endswith("s")
                and entry.flag == DERIVED
                and not _flags(doc[start]) & LEX_FIRST
                and self._only_nouns(doc, end, inside[1])
            ):
                # "Pjöngjangs Pläne": a place in the genitive and common nouns after it
                rest = [e for e in ents if e != inside]
                return [*rest, (start, end, "LOC")]
        if label == "LOC" and not (self.add_places or self.relabel_places):
            return ents
        strong_place = entry.kind in STRONG_PLACE_KINDS
        if not overlapping:
            if ordinary or (label == "LOC" and not (self.add_places and strong_place)):
                return ents
            if single_word and doc[start].is_sent_start and label == "LOC":
                return ents
            if label == "LOC" and start > 0 and doc[start - 1].lower_ == "die":
                return ents  # "die Schweden sehen ...": the people, not the country
            return [*ents, (start, end, label)]
        if any(e[0] < start or e[1] > end for e in overlapping):
            return ents  # the match lies inside a longer name, or crosses one: leave it
        if entry.flag == RELABEL_ONLY and any(e[2] == "PER" for e in overlapping):
            return ents  # "Stern", "Porsche", "Ford" are surnames too
        exact = len(overlapping) == 1 and overlapping[0][:2] == (start, end)
        if label == "LOC":
            if not self.relabel_places or not strong_place:
                return ents
            old = overlapping[0][2] if exact else ""
            if exact and (old == "LOC" or _flags(doc[start]) & LEX_FIRST):
                return ents
        rest = [e for e in ents if e not in overlapping]
        return [*rest, (start, end, label)]

    def _only_nouns(self, doc: Doc, start: int, end: int) -> bool:
        return all(self._is_plain_noun(t) or is_role_word(t.text) for t in doc[start:end])

    def _determined(self, doc: Doc, start: int, end: int) -> bool:
        """'die Grünen', 'der Linken', 'die Union': an article before, no noun after."""
        if start == 0 or doc[start - 1].lower_ not in DETERMINERS:
            return False
        if end < len(doc):
            nxt = doc[end].text
            if _is_capitalised_word(nxt) and self._is_plain_noun(doc[end]):
                return False
        return True

    # ------------------------------------------------------------ heads

    def _heads(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        found: list[_Ent] = []
        n = len(doc)
        for i, token in enumerate(doc):
            text = token.text
            span = (
                self._legal_form(doc, i)
                or self._compound_head(doc, i)
                or self._fuer_head(doc, i)
                or self._place_head(doc, i)
                or self._english_head(doc, i)
                or self._club(doc, i)
                or self._paper(doc, i)
                or self._alliance(doc, i)
            )
            if span is not None and span[1] <= n and span[1] - span[0] >= 1:
                found.append((span[0], span[1], "ORG"))
            del text
        for start, end, label in found:
            overlapping = [e for e in ents if e[0] < end and e[1] > start]
            if any(e[0] < start or e[1] > end for e in overlapping):
                continue
            ents = [e for e in ents if e not in overlapping] + [(start, end, label)]
        return ents

    def _name_run_before(self, doc: Doc, end: int, limit: int = 4) -> int:
        """Start of the run of capitalised name words (and '&') ending before ``end``;
        a place name with lowercase links counts as name words ("Witten a. d. Ruhr")."""
        j = end
        words = 0
        while j > 0 and words < limit:
            prev = doc[j - 1]
            text = prev.text
            if prev.is_sent_start and (
                not (_is_capitalised_word(text) or text.isupper()) or prev.lower_ in ARTICLES
            ):
                break  # "Die Stadtwerke X GmbH": the article opening the sentence is no part
            if text == "&" or (text[:1].isupper() and (text.replace("-", "").isalnum())):
                if text in LEGAL_FORMS and j != end:
                    break
                j -= 1
                words += 1
                continue
            link = self._place_link_before(doc, j)
            if link and j < end and j - link > 0 and _is_capitalised_word(doc[j - link - 1].text):
                j -= link
                continue
            break
        return j

    @staticmethod
    def _place_link_before(doc: Doc, j: int) -> int:
        """Length of a lowercase place-name link ending before ``j`` ("a. d.", "an der")."""
        for link in PLACE_NAME_LINKS:
            n = len(link)
            if j - n >= 1 and tuple(t.text for t in doc[j - n : j]) == link:
                return n
        return 0

    def _legal_form(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Siemens AG', 'Google Inc.', 'Roburit GmbH', 'Müller & Co. KG'."""
        text = doc[i].text
        if text not in LEGAL_FORMS or i == 0:
            return None
        end = i + 1
        while end < len(doc) and (doc[end].text in LEGAL_FORMS or doc[end].text == "&"):
            if doc[end].text == "&" and (end + 1 >= len(doc) or doc[end + 1].text != "Co."):
                break
            end += 1
        start = self._name_run_before(doc, i)
        if start == i:
            return None
        if all(self._is_plain_noun(t) for t in doc[start:i]) and i - start == 1:
            return None  # "die Holding AG" -> "Holding" alone is no name
        return start, end

    def _compound_head(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Friedrich-Naumann-Stiftung', 'Robert-Koch-Institut' (name parts + a head)."""
        text = doc[i].text
        if "-" not in text or not text[:1].isupper():
            return None
        first, _, head = text.rpartition("-")
        if head not in COMPOUND_HEADS or not first:
            return None
        parts = first.split("-")
        if not all(p[:1].isupper() and p.isalpha() for p in parts):
            return None
        return i, i + 1

    def _fuer_head(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Bundesamt für Migration und Flüchtlinge', 'Bundesministerium der Finanzen'."""
        text = doc[i].text
        if i + 2 >= len(doc):
            return None
        link = doc[i + 1].text
        if not (
            (link == "für" and text in FUER_HEADS) or (link in {"der", "des"} and text in DER_HEADS)
        ):
            return None
        j = i + 2
        last = -1
        while j < len(doc):
            t = doc[j].text
            if _is_capitalised_word(t) or (t[:1].isupper() and t.isupper()):
                last = j
                j += 1
            elif t in {"und", ","} and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                j += 1
            elif t in {"der", "des", "für", "in", "im"} and j + 1 < len(doc) and last == j - 1:
                # "Bundesamt für Sicherheit in der Informationstechnik"
                nxt = doc[j + 1].text
                if nxt[:1].isupper() or (nxt in {"der", "den"} and j + 2 < len(doc)):
                    j += 1
                    continue
                break
            elif t in {"den"} and last == j - 2:
                j += 1
            else:
                break
            if j - i > 10:
                break
        if last < 0:
            return None
        return i, last + 1

    def _place_head(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Realschule Spaichingen', 'Amtsgericht München', 'Universität Hamburg'."""
        if doc[i].text not in PLACE_HEADS or i + 1 >= len(doc):
            return None
        nxt = doc[i + 1]
        if not _is_capitalised_word(nxt.text) or self._is_plain_noun(nxt):
            return None
        end = i + 2
        if (
            end + 1 < len(doc)
            and doc[end].text in {"am", "an", "im"}
            and _is_capitalised_word(doc[end + 1].text)
        ):
            end += 2  # "Universität Frankfurt am Main"
        return i, end

    def _english_head(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'NBC News', 'Fox News', 'Harvard University', 'Matthew Humberstone School'."""
        if doc[i].text not in ENGLISH_HEADS or i == 0:
            return None
        j = i
        while j > 0 and i - j < 4:
            prev = doc[j - 1].text
            if prev[:1].isupper() and prev.replace("-", "").replace(".", "").isalnum():
                if (self._is_plain_noun(doc[j - 1]) and not prev.isupper()) or self._is_demonym(
                    prev
                ):
                    break  # "die Schweizer SAM Group": the place adjective is no part
                j -= 1
                continue
            if prev in {"of", "for", "and", "&"} and j - 1 > 0 and j != i:
                j -= 1
                continue
            break
        while j < i and doc[j].text in {"of", "for", "and", "&"}:
            j += 1
        if j == i:
            # "University of Oxford", "Bank of England": the head first
            k = i + 1
            if k + 1 < len(doc) and doc[k].text == "of" and doc[k + 1].text[:1].isupper():
                return i, k + 2
            return None
        return j, i + 1

    def _club(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'VfL Osnabrück', '1. FC Köln', 'Borussia Dortmund', 'Schalke 04'."""
        text = doc[i].text
        if text not in CLUB_PREFIXES or i + 1 >= len(doc):
            return None
        if text in {"Stuttgarter", "Holstein", "Preußen", "Energie", "Hansa"} and doc[
            i + 1
        ].text not in {"Kickers", "Kiel", "Münster", "Cottbus", "Rostock"}:
            return None
        j = i + 1
        while j < len(doc) and j - i <= 3:
            t = doc[j].text
            if _is_capitalised_word(t) and not (self._is_plain_noun(doc[j]) and j > i + 1):
                j += 1
            elif t.isdigit() and len(t) in (2, 4) and j > i + 1:
                j += 1
                break
            else:
                break
        if j == i + 1:
            return None
        start = i
        if i >= 2 and doc[i - 1].text == "." and doc[i - 2].text.isdigit():
            start = i - 2
        elif i >= 1 and re.fullmatch(r"\d\.", doc[i - 1].text):
            start = i - 1
        return start, j

    def _paper(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Stuttgarter Zeitung', 'Kölner Stadt-Anzeiger': place adjective + paper head."""
        text = doc[i].text
        if i + 1 >= len(doc) or not self._is_demonym(text):
            return None
        head = doc[i + 1].text
        if head.rpartition("-")[2] in PAPER_HEADS:
            return i, i + 2
        return None

    # ------------------------------------------------------------ shapes

    @staticmethod
    def _shape_not_name(doc: Doc, ent: _Ent) -> bool:
        """A span whose shape no name has (see the module docstring)."""
        start, end, label = ent
        last = doc[end - 1].text
        if end - start > 1 and last in TRAILING_FUNCTION_WORDS:
            return True  # "Repräsentantenhaus von"
        if label != "PER" and doc[start].text in LEADING_ENGLISH_WORDS:
            return True  # "of Business Administration"
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
        return start > 0 and doc[start - 1].lower_ in ARTICLES and is_role_word(last)

    # ------------------------------------------------------------ organisations that are not

    def _org_kind(self, doc: Doc, ent: _Ent) -> _Ent:
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
        if last in BUILDING_HEADS and all(_is_capitalised_word(t.text) for t in tokens):
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
            3 <= end - start <= 4
            and tokens[1].text in NAME_PARTICLES
            and self._plain_name_word(tokens[0])
            and all(self._plain_name_word(t) or t.text in NAME_PARTICLES for t in rest)
            and self._plain_name_word(tokens[-1])
        ):
            return (start, end, "PER")
        return ent

    def _plain_name_word(self, token: Any) -> bool:
        """A capitalised word that is no common noun, role, head of an organisation name
        or known name of the gazetteer ("Ollendorf", "Porta"; not "Motors", "Chile")."""
        text = token.text
        if not _is_capitalised_word(text) or text.isupper():
            return False
        if self._is_plain_noun(token) or is_role_word(text):
            return False
        if text in ENGLISH_HEADS or text in LEGAL_FORMS or text in PLACE_HEADS:
            return False
        if text.rpartition("-")[2] in COMPOUND_HEADS:
            return False
        if _flags(token) & (LEX_GAZ_LOC | LEX_GAZ_ORG):
            return False
        return self.names.get((text,)) is None

    def _compound_cut(self, doc: Doc, ent: _Ent) -> _Ent | None:
        """A compound of a name and a common noun is no name in GermEval ("Le Mans-Serie",
        "EU-Kommission"; 157 such words unannotated in its training part, 4 at the end of
        a longer name): an organisation or place ending in one is dropped, one with it
        inside keeps the name after it ("Open Source-Produkt Wine" -> "Wine")."""
        start, end, label = ent
        if label == "PER" or end - start < 2:
            return ent
        if any(t.text.rstrip(".") in _LEGAL_STEMS for t in doc[start:end]):
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
        if _flags(token) & (LEX_GAZ_LOC | LEX_GAZ_ORG) or self.names.get((text,)) is not None:
            return False  # "Baden-Baden", "Mercedes-Benz"
        head = text.rpartition("-")[2]
        if not _is_capitalised_word(head) or head in COMPOUND_HEADS or head in ENGLISH_HEADS:
            return False
        if head.lower().endswith(PLACE_COMPOUND_HEADS) or head in BUILDING_HEADS:
            return False
        if head.lower().endswith(ORG_NOUNS) or head in {"Union", "Bund", "Rat", "Liga"}:
            return False  # "Deutsche Presse-Agentur", "Europäische Fußball-Union"
        lex = self._lex()
        code = lex.codes.get(head.lower()) if lex is not None else None
        return code is not None and bool(code & LEX_COMMON) and not code & _NAME_KNOWN

    # ------------------------------------------------------------ place compounds

    def _place_compounds(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        """'Stösserstraße', 'Salmhütte', 'Konrad-Adenauer-Platz': a compound with a place
        head that the lexicon does not know is a place (a one-word entity of another
        label is relabelled)."""
        out = list(ents)
        for token in doc:
            if not self._is_place_compound(token):
                continue
            i = token.i
            overlapping = [e for e in out if e[0] <= i < e[1]]
            if not overlapping:
                out.append((i, i + 1, "LOC"))
            elif overlapping[0][:2] == (i, i + 1) and overlapping[0][2] != "LOC":
                out = [e for e in out if e != overlapping[0]] + [(i, i + 1, "LOC")]
        return out

    def _roads(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        """'auf der A 7', 'der A1', 'Autobahnen A 2 und A 7': a motorway or federal road
        number after "der", "auf", "über", a road noun, or another road and a list link
        is a place ("die A4" is as often a model name)."""
        out = list(ents)
        n = len(doc)
        roads: set[tuple[int, str]] = set()
        for i in range(1, n):
            text = doc[i].text
            if text in {"A", "B"} and i + 1 < n and re.fullmatch(r"\d{1,3}\.?", doc[i + 1].text):
                end = i + 2
            elif re.fullmatch(r"[AB]\d{1,3}", text):
                end = i + 1
            else:
                continue
            prev = doc[i - 1]
            road_before = prev.lower_ in LIST_LINKS and (i - 1, "LOC") in roads
            if not (
                road_before
                or prev.lower_ in {"der", "auf", "über"}
                or prev.text.startswith(("Autobahn", "Bundesstraße"))
            ):
                continue  # "die A4 brachte es auf 236 GB": a model name
            overlapping = [e for e in out if e[0] < end and e[1] > i]
            if any(e[0] < i or e[1] > end for e in overlapping):
                continue
            out = [e for e in out if e not in overlapping] + [(i, end, "LOC")]
            roads.add((end, "LOC"))
        return out

    def _is_place_compound(self, token: Any) -> bool:
        text = token.text
        if not _is_capitalised_word(text):
            return False
        low = token.lower_
        head = next((h for h in PLACE_COMPOUND_HEADS if low.endswith(h)), None)
        if head is None:
            return False
        first = text[: -len(head)]
        if "-" in text:
            # "Konrad-Adenauer-Platz": name parts, a hyphen and the head
            parts = first.rstrip("-").split("-")
            return first.endswith("-") and all(p[:1].isupper() and len(p) > 1 for p in parts)
        if len(first) < 3:
            return False
        lex = self._lex()
        if lex is None or low in lex.codes:
            return False
        return not is_known(low)

    def _alliance(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Bündnis Zukunft Österreich': "Bündnis" and capitalised words of which the last
        is a name (a place, a first name or a word the lexicon does not know)."""
        if doc[i].text != "Bündnis":
            return None
        j = i + 1
        while j < len(doc) and j - i <= 3 and _is_capitalised_word(doc[j].text):
            j += 1
        if j - i < 2:
            return None
        last = doc[j - 1]
        flags = _flags(last)
        if flags & (LEX_GAZ_LOC | LEX_FIRST) or self._is_known_place(last):
            return i, j
        return (i, j) if self._is_unknown_token(last) else None

    # ------------------------------------------------------------ demonyms

    def _is_demonym(self, text: str) -> bool:
        """'Düsseldorfer', 'Münchner', 'Kieler': -er adjective of a known place."""
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
        for c in candidates:
            entry = self.names.get((c,))
            if entry is not None and entry.label == "LOC" and entry.flag != "~":
                return True
        return False

    def _demonyms(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        """'Düsseldorfer Oberbürgermeisterin', 'des Düsseldorfer Konzerns': a place adjective
        and role or generic nouns make no name; a name after them is kept
        ("Wuppertaler Lokal-Matadoren Sundealers" -> "Sundealers")."""
        out: list[_Ent] = []
        for start, end, label in ents:
            if (
                end - start < 2
                or _flags(doc[start]) & LEX_FIRST
                or not self._is_demonym(doc[start].text)
                or self.names.get([t.text for t in doc[start:end]])
            ):
                out.append((start, end, label))
                continue
            k = start + 1
            while k < end and (is_role_word(doc[k].text) or doc[k].text in GENERIC_AFTER_DEMONYM):
                k += 1
            if k == end:
                continue  # only a place adjective and role or generic nouns
            j = k
            while j < end and self._is_plain_noun(doc[j]):
                j += 1
            if start + 1 < j < end:
                out.append((j, end, label))  # a name after the nouns
            else:
                out.append((start, end, label))  # "Hamburger SV", "Schwabacher Straße"
        return out

    # ------------------------------------------------------------ places that are people

    def _is_known_place(self, token: Any) -> bool:
        text = token.text
        if _flags(token) & LEX_GAZ_LOC:
            return True
        for key in (text, text[:-1] if text.endswith("s") else text):
            entry = self.names.get((key,))
            if entry is not None and entry.label == "LOC":
                return True
        return False

    def _person_not_place(self, doc: Doc, ent: _Ent) -> _Ent:
        """A single unknown word taken for a place is a person when it is a known first
        name or stands before an auxiliary ("Merlau ist ...", "Börner hatte ...") and not
        after a locative preposition. In GermEval's training part, such gold entities are
        persons 47 of 48 times (first names) and 14 of 18 times (before an auxiliary)."""
        start, end, label = ent
        if label != "LOC" or end - start != 1:
            return ent
        token = doc[start]
        if not _is_capitalised_word(token.text) or self._is_known_place(token):
            return ent
        if start > 0 and doc[start - 1].lower_ in LOCATIVE:
            return ent
        nxt = doc[end] if end < len(doc) else None
        if _flags(token) & LEX_FIRST or (nxt is not None and nxt.pos_ == "AUX"):
            return (start, end, "PER")
        return ent

    def _surname_not_place(self, doc: Doc, ent: _Ent, places: set[int]) -> _Ent:
        """A single word the model took for a place is a surname when neither the
        gazetteer nor the lexicon knows it, it has no place-name shape ("-ingen", "-burg",
        "Nord-"), and no locative preposition or place noun ("Gemeinde") stands before it:
        "vergab aber Börner per Kopf", "beendete Dickinson seine Karriere", "Rooneys erstes
        Tor". In GermEval's training part, such gold entities are persons 152 times,
        places 45 times and organisations 34 times."""
        start, end, label = ent
        if label != "LOC" or end - start != 1:
            return ent
        token = doc[start]
        text = token.text
        if not (len(text) > 2 and text[0].isupper() and text[1:].islower() and text.isalpha()):
            return ent
        if PLACE_SHAPE.search(text) or PLACE_PREFIX.match(text) or self._is_known_place(token):
            return ent
        if self._place_context(doc, ent, places):
            return ent
        if not self._is_unknown_word(token, dictionary=True):
            return ent
        return (start, end, "PER")

    @staticmethod
    def _place_not_person(doc: Doc, ent: _Ent) -> _Ent:
        """'im sicheren Argentan', 'in Quendlo': one word the model took for a person
        right after "in"/"im"/"ins" (or after it and an adjective) is a place. In
        GermEval's training part, persons stand there only as genitives before a noun
        ("in Papens Vizekanzlei") or after a relative pronoun ("in dem Brown ...")."""
        start, end, label = ent
        if label != "PER" or end - start != 1 or start == 0:
            return ent
        token = doc[start]
        if not _is_capitalised_word(token.text) or _flags(token) & LEX_FIRST:
            return ent
        if token.text.endswith("s") and end < len(doc) and doc[end].text[:1].isupper():
            return ent  # "in Papens Vizekanzlei"
        prev = doc[start - 1]
        if prev.lower_ not in {"in", "im", "ins"} and not (
            prev.pos_ == "ADJ"
            and prev.text.islower()
            and start > 1
            and doc[start - 2].lower_ in {"im", "ins"}
        ):
            return ent
        return (start, end, "LOC")

    def _place_context(self, doc: Doc, ent: _Ent, places: set[int]) -> bool:
        """Context that makes a word a place: a locative preposition, maybe with an
        article ("auf Vorovoro", "in der Haard"); a noun of kind before it ("Gemeinde X",
        "Kloster X", "Atomkraftwerk X"; a role noun makes a person instead); another place
        in a list ("Homburg und X", "X, Swisttal und ..."); a parenthesis after a place
        ("Tarragonas (X)"); "X liegt ...", "X grenzt ..."."""
        start, end, _label = ent
        prev = doc[start - 1] if start > 0 else None
        if prev is not None:
            if prev.lower_ in LOCATIVE or prev.lower_ in PLACE_PREPOSITIONS:
                return True
            # "in der Haard", "im benachbarten Schwelm": a preposition, lowercase words
            k = start - 1
            while k > 0 and start - k <= 2 and doc[k].text.islower():
                k -= 1
                if doc[k].lower_ in LOCATIVE or doc[k].lower_ in PLACE_PREPOSITIONS:
                    return True
            if self._is_kind_noun(prev) or (
                _is_capitalised_word(prev.text)
                and self._is_plain_noun(prev)
                and not is_role_word(prev.text)
            ):
                return True
            # "Flussgebiet des X", "Höhenzug des X": a noun of kind in the genitive
            if prev.lower_ in {"des", "der"} and start > 1 and self._is_kind_noun(doc[start - 2]):
                return True
        # "Homburg und X", "zwischen dem Schlossberg und dem X", "X, Swisttal und ..."
        before = start - 1
        if prev is not None and prev.lower_ in ARTICLES:
            before -= 1
        if before >= 1 and doc[before].lower_ in LIST_LINKS and before - 1 in places:
            return True
        after = end
        if after < len(doc) and doc[after].lower_ in LIST_LINKS:
            after += 1
            if after < len(doc) and doc[after].lower_ in ARTICLES:
                after += 1
            if after in places:
                return True
        if prev is not None and prev.text == "(" and start >= 2 and start - 2 in places:
            return True
        if end + 1 < len(doc) and doc[end].lower_ in {"im", "in"}:
            # "Banning im Osten", "X in der Nähe von ..."
            nxt = (
                doc[end + 1].text
                if doc[end].lower_ == "im"
                else doc[min(end + 2, len(doc) - 1)].text
            )
            if nxt.startswith(COMPASS) or nxt == "Nähe":
                return True
        return end < len(doc) and doc[end].lower_ in PLACE_VERBS

    @staticmethod
    def _is_kind_noun(token: Any) -> bool:
        """'Gemeinde', 'Fischerort', 'Inselhauptstadt', 'Komitates': a noun (or compound,
        also in the genitive) that names a kind of place."""
        text = token.text
        if text in PLACE_KIND_NOUNS:
            return True
        if not _is_capitalised_word(text):
            return False
        low = text.lower()
        for ending in ("es", "s", ""):
            if ending and not low.endswith(ending):
                continue
            stem = low[: len(low) - len(ending)] if ending else low
            if stem.endswith(PLACE_KIND_ENDINGS):
                return True
        return False

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

    def _subject_persons(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
        """'Schönlein erkannte ...', 'Sadeh war ...': a word that opens the sentence, is
        unknown to the lexicon and the gazetteer and stands before a finite verb is a
        person's surname (GermEval training part: 13 of 16 such words are persons)."""
        if not doc.has_annotation("POS"):
            return ents
        taken = {i for s, e, _l in ents for i in range(s, e)}
        out = list(ents)
        for token in doc:
            i = token.i
            if i in taken or i + 1 >= len(doc) or not token.is_sent_start:
                continue
            if token.pos_ not in {"PROPN", "NOUN", "X"} or doc[i + 1].pos_ not in {"VERB", "AUX"}:
                continue
            morph = str(doc[i + 1].morph)
            if "Number=Sing" not in morph or "Person=3" not in morph:
                continue
            if not self._is_unknown_word(token):
                continue
            out.append((i, i + 1, "PER"))
        return out

    # ------------------------------------------------------------ acronyms

    def _acronyms(self, doc: Doc, ents: list[_Ent]) -> list[_Ent]:
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
        if _flags(token) & (LEX_COMMON | LEX_GAZ_LOC | LEX_OTHER):
            return False
        entry = self.names.get((text,))
        if entry is not None and entry.label == "LOC":
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
            and _is_capitalised_word(nxt.text)
            and not self._is_plain_noun(nxt)
            and not nxt.text.isupper()
        )
