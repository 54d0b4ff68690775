"""Place compounds and roads of ``leselupe_org_place_rules``: "Stösserstraße",
"Konrad-Adenauer-Platz", "auf der A 7", and capitalised adjectives before a place that
opens with one ("im Hinteren Bayerischen Wald") (see
:mod:`app.nlp.components.org_place_rules`).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from app.lexicon.lemmas import is_known
from app.lexicon.roles import adjective_stem
from app.lexicon.words import PARTICLES, is_common_noun, is_given_name
from app.nlp.components.lexclass import LEX_COMMON, LEX_FIRST, LEX_GAZ_LOC
from app.nlp.components.org_place_base import (
    Ent,
    OrgPlaceBase,
    is_capitalised_word,
)
from app.nlp.components.org_place_words import (
    BAND_KAPELLE_ENDINGS,
    CHURCH_BUILDING_ENDINGS,
    HYPHEN_PLACE_HEADS,
    LIST_LINKS,
    PLACE_COMPOUND_HEADS,
    ROAD_NOUNS,
)

# Place heads and their genitives ("Platz", "Platzes", "Denkmals"), the plain head first.
_PLACE_TAILS = (
    *PLACE_COMPOUND_HEADS,
    *(h + "es" for h in PLACE_COMPOUND_HEADS),
    *(h + "s" for h in PLACE_COMPOUND_HEADS),
)
# Lowercase name particles inside a street named for a person ("Otto-von-Guericke-Straße",
# "Walther-von-der-Vogelweide-Platz", "Hänsel-und-Gretel-Weg"): the lexicon's particles.
_STREET_PARTICLES = PARTICLES | {"zum", "und"}
# Heads of a church named for its saint in one word ("Paulskirche", "Kiliansdom"): the
# church buildings' endings of ``org_place_words`` and their genitives.
_SAINT_CHURCH_HEADS = (*CHURCH_BUILDING_ENDINGS, "doms", "domes", "münsters")
_NOT_ADJECTIVE = frozenset({"DET", "PRON", "ADP", "AUX", "VERB", "CCONJ", "SCONJ", "ADV"})


def _is_saint_church(text: str) -> bool:
    """'Paulskirche', 'Kiliansdom', 'Johanniskirche', 'Marienkirche': a saint's given
    name in the genitive ("Pauls", Latin "Johannis", "Marien") and a church head, written
    as one word (not "Stadtkirche", "Landeskirche", "Nordkirche")."""
    if "-" in text or not text[:1].isupper():
        return False
    low = text.lower()
    head = next((h for h in _SAINT_CHURCH_HEADS if low.endswith(h)), None)
    if head is None:
        return False
    first = text[: -len(head)]
    if len(first) < 4 or not first.isalpha():
        return False
    if head == "kapelle" and (is_common_noun(first) or low.endswith(BAND_KAPELLE_ENDINGS)):
        return False  # a band ("Rosenkapelle", "Blaskapelle"): "Kapelle" is one too
    names = []
    if first.endswith(("s", "n")):
        names.append(first[:-1])  # "Pauls" -> "Paul", "Marien" -> "Marie"
    if first.endswith("is"):
        names.append(first[:-2] + "es")  # "Johannis" -> "Johannes"
    return any(len(n) > 3 and is_given_name(n) for n in names)  # not "Haus" -> "Hau"


def _is_named_city(text: str) -> bool:
    """'Ho-Chi-Minh-Stadt', 'Karl-Marx-Stadt' (ents36): two or more name parts, a hyphen
    and "Stadt" name a city after a person; one part is left to the model and the lists
    ("Mexiko-Stadt", but "Hanse-Stadt", "Messe-Stadt" are no names); the first and the
    last part are no common nouns."""
    first, sep, last = text.rpartition("-")
    if not sep or last not in {"Stadt", "Stadts"}:
        return False
    parts = first.split("-")
    if len(parts) < 2 or is_common_noun(parts[0]) or is_common_noun(parts[-1]):
        return False  # "Messe-Kongress-Stadt": nouns, no person's name
    return all(len(p) > 1 and p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts)


def _is_capitalised_adjective(token: Any) -> bool:
    """'Hinteren', 'Bayerischen': a capitalised word that is an inflected form of an
    adjective (or adverb) the dictionary knows; no article, pronoun or noun ("Die",
    "Züge")."""
    text = token.text
    if not is_capitalised_word(text) or "-" in text or len(text) < 5 or text.isupper():
        return False
    if token.pos_ in _NOT_ADJECTIVE:
        return False
    stem = adjective_stem(text.lower())
    return stem is not None and is_known(stem)


class PlaceCompoundRules(OrgPlaceBase):
    """Places recognised by a compound head or a road number."""

    @staticmethod
    def _place_adjectives(doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'im Hinteren Bayerischen Wald': inside a sentence a capitalised adjective is part
        of a name (German spelling), so one right before a place that itself opens with a
        capitalised adjective belongs to it."""
        taken = {i for s, e, _l in ents for i in range(s, e)}
        out: list[Ent] = []
        for start, end, label in ents:
            k = start
            if label == "LOC" and end - start >= 2 and _is_capitalised_adjective(doc[start]):
                while (
                    k > 0
                    and k - 1 not in taken
                    and not doc[k - 1].is_sent_start
                    and _is_capitalised_adjective(doc[k - 1])
                ):
                    k -= 1
            out.append((k, end, label))
        return out

    def _place_compounds(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
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

    def _roads(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
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
        if self._is_named_building(text):
            return True
        if not is_capitalised_word(text):
            return False
        low = token.lower_
        if self._is_area_of_place(text) or _is_saint_church(text) or _is_named_city(text):
            return True
        if not low.endswith(_PLACE_TAILS):
            return False
        # "Konrad-Adenauer-Platz", genitive "des Willy-Brandt-Platzes"
        tail = next(t for t in _PLACE_TAILS if low.endswith(t))
        first = text[: -len(tail)]
        if "-" in text:
            # "Konrad-Adenauer-Platz": name parts, a hyphen and the head; particles
            # inside ("Otto-von-Guericke-Straße"), not first or last
            parts = first.rstrip("-").split("-")
            return first.endswith("-") and all(
                (p[:1].isupper() and len(p) > 1)
                or (0 < k < len(parts) - 1 and p in _STREET_PARTICLES)
                for k, p in enumerate(parts)
            )
        if len(first) < 3:
            return False
        lex = self._lex()
        if lex is None:
            return False
        if low in lex.codes or is_known(low):
            # a known compound names a street when its first part is a person's name, not
            # a noun: "Goethestraße", "Schillerplatz" (not "Hauptstraße", "Marktplatz")
            # "Rheinbrücke", "Elbufer": named for a place, a compound and no name
            code = lex.codes.get(first.lower(), 0)
            return bool(code & LEX_FIRST) and not code & (LEX_COMMON | LEX_GAZ_LOC)
        return True

    def _street_names(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'an der Breiten Straße', 'in der Hammer Straße': inside a sentence a capitalised
        word right before a singular road noun is the street's name (an adjective, a
        place's "-er" form or an unknown word; not a noun: "mit Fahrrad Straße")."""
        out = list(ents)
        for i in range(2, len(doc)):
            if doc[i].text not in ROAD_NOUNS:
                continue
            prev = doc[i - 1]
            text = prev.text
            if prev.is_sent_start or not is_capitalised_word(text) or text.isupper():
                continue
            if prev.pos_ in {"DET", "PRON", "ADP", "NUM"} or "-" in text:
                continue
            if self._is_plain_noun(prev) and not text.endswith(("er", "en", "e")):
                continue
            overlapping = [e for e in out if e[0] <= i and e[1] > i - 1]
            if any(e[0] < i - 1 or e[1] > i + 1 for e in overlapping):
                continue  # inside a longer name
            out = [e for e in out if e not in overlapping] + [(i - 1, i + 1, "LOC")]
        return out

    def _is_area_of_place(self, text: str) -> bool:
        """'Amazonasgebiet', 'Alpengebiets': a listed place and "-gebiet" (an area named
        for it; "Krisengebiet", "Stadtgebiet" name no place)."""
        stem = re.sub(r"gebiet(e?s)?$", "", text)
        if stem == text or len(stem) < 3 or not stem[:1].isupper() or not stem.isalpha():
            return False
        return self._is_listed_place(stem)

    @staticmethod
    def _is_named_building(text: str) -> bool:
        """'St.-Paulus-Dom', 'Kaiser-Wilhelm-Gedächtniskirche', 'Marien-Kirche': name parts
        (no all-caps word: "CDU-Kirche" is no building) and a church or cathedral head."""
        first, sep, last = text.rpartition("-")
        if not sep or not last.lower().endswith(HYPHEN_PLACE_HEADS) or not last[:1].isupper():
            return False
        parts = first.split("-")
        return all(
            len(p) > 1 and p[:1].isupper() and not p.isupper() and p.rstrip(".").isalpha()
            for p in parts
        )
