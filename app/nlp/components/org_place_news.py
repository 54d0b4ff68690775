"""News conventions of ``leselupe_org_place_rules`` (``news``): datelines, place names with
a preposition link, place-kind nouns before a name and spans that are no names by their
grammar (see :mod:`app.nlp.components.org_place_rules`).

- **datelines**: the name words opening an article or a line before "(agency) -" or a dash
  are a place ("Lindau - Hannelore Freiberg ...", "Santiago de Chile (AFP) - ...");
- **place links**: a town, a link ("am", "an der", "ob der") and a listed lake, river or
  region are one place ("Wasserburg am Bodensee", "Halle an der Saale");
- **roles of a place**: "Bürgermeister von Zwolle", which the model takes for a person
  (as "Graf von Galen"), is a mayor's or governor's role and a place;
- **company appositions**: a compound noun of a company's kind before a name is no part
  of it, and the name is an organisation ("Elektronikkonzern Shirakawa Denki");
- **place kinds**: a place-kind noun opening a span is no part of the name ("Provinz Quảng
  Ninh" -> "Quảng Ninh", GermEval: "die Stadt Halle", "den Kanton Baselland");
- **no names**: a court chamber or a league given by an ordinal or a lowercase adjective
  ("2. Großen Strafkammer", "italienischen Liga") and an adjective with a nominalised
  "Deutsche" ("Schnellste Deutsche") are no organisations.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from app.lexicon.lemmas import is_known
from app.lexicon.roles import is_role_word
from app.lexicon.words import INDEFINITE, NOMINAL_DEMONYMS, is_given_name
from app.nlp.components.lexclass import LEX_COMMON, LEX_FIRST, LEX_GAZ_LOC, LEX_GAZ_ORG, lex_flags
from app.nlp.components.org_heads import company_kind_word, head_form
from app.nlp.components.org_place_base import (
    MAJOR_PLACE_KINDS,
    NAME_KNOWN,
    Ent,
    OrgPlaceBase,
    is_capitalised_word,
    replace_within,
)
from app.nlp.components.org_place_words import (
    BARE_COMPANY_KINDS,
    BODY_KIND_ENDINGS,
    BODY_PLACE_ENDINGS,
    BUILDING_HEADS,
    COMPANY_KIND_ENDINGS,
    DATELINE_DASHES,
    DATELINE_PARTICLES,
    FIRM_PLACE_ENDINGS,
    GOVERNMENT_ENDINGS,
    LEGAL_FORMS,
    LOCAL_BODY_HEADS,
    LONE_FIRM_HEADS,
    LONE_KIND_NOUNS,
    NAME_PLACE_KINDS,
    NON_BODY_BANKS,
    NOT_NAME_HEADS,
    PARTY_MEMBER_ENDINGS,
    PERSON_OR_FIRM_KIND_ENDINGS,
    PLACE_COMPOUND_HEADS,
    PLACE_HEADS,
    PLACE_KIND_NOUNS,
    PLACE_LINK_WORDS,
    PLACE_PREFIX,
    PLACE_ROLE_ENDINGS,
    PLACE_SHAPE,
    REGION_PARTS,
    SCORING_VERBS,
    SPAN_PLACE_KINDS,
    TEAM_ROLES,
    TOWN_BODY_ENDINGS,
    TOWN_KINDS,
    TOWN_PART_NOUNS,
    WEAK_PLACE_LINK_KINDS,
)
from app.nlp.gazetteer import LISTED

_ORDINAL = re.compile(r"^\d{1,2}\.$")
_SCORE = re.compile(r"^\d{1,3}:\d{1,3}$")


def _listed_noun(token: Any) -> bool:
    """A word the lexicon itself lists as a common noun and not as a name (no guess from
    its parts: "Hochfilzen", "Göppingen" look like compounds of nouns)."""
    flags = lex_flags(token)
    return bool(flags & LEX_COMMON) and not flags & (NAME_KNOWN | LEX_GAZ_LOC | LEX_GAZ_ORG)


def _double_name(text: str) -> bool:
    """'Vorpommern-Rügen', 'Vorpommern-Greifswald': a district's double name, two or more
    capitalised parts joined by hyphens."""
    parts = text.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and p[1:].islower() for p in parts)


class NewsRules(OrgPlaceBase):
    """Datelines, place links, place-kind nouns and no-name spans of news text."""

    def _news(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        ents = [e for e in ents if not self._grammar_not_name(doc, e)]
        ents = [self._place_kind_cut(doc, e) for e in ents]
        ents = [e for e in ents if not self._lone_kind_noun(doc, e)]
        ents = [self._role_of_place(doc, e) for e in ents]
        ents = self._kind_in_name(doc, ents)
        ents = self._unfound_place_after_von(doc, ents)
        ents = [self._place_then_noun_cut(doc, e) for e in ents]
        ents = self._genitive_place_not_org(doc, ents)
        ents = [self._company_apposition(doc, e) for e in ents]
        ents = self._kind_then_name(doc, ents)
        ents = self._club_towns(doc, ents)
        ents = self._datelines(doc, ents)
        return self._place_links(doc, ents)

    # -- datelines -------------------------------------------------------------------

    def _datelines(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Lindau - Hannelore Freiberg ist ...', 'Jena (dpa) - ...': the words before the
        agency and the dash at the start of a text or line are a place."""
        n = len(doc)
        for i in range(n):
            if not (i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_):
                continue
            found = self._dateline_span(doc, i)
            if found is None:
                continue
            if (i, found[1], "PER") in ents and doc[found[1]].text != "(":
                continue  # "Helon Habila – ''Öl auf Wasser''": a person before a title;
                # before an agency ("Abu Dhabi (AFP) -") the name is the dateline's place
            first, end = found
            ents = [e for e in ents if e[1] <= first or e[0] >= end]
            # an entity crossing the dash ("Lindau - Hannelore Freiberg") is dropped above;
            # the agency in brackets is left to the other rules
            ents.append((first, end, "LOC"))
        return ents

    def _dateline_span(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """Start and end of the place words of a dateline starting at ``i``, or None."""
        n = len(doc)
        j = i
        while j < n and j - i < 6:
            text = doc[j].text
            abbreviation = text.endswith(".") and 2 <= len(text) <= 4 and text[:1].isupper()
            particle = (
                j > i
                and text in DATELINE_PARTICLES
                and j + 1 < n
                and is_capitalised_word(doc[j + 1].text)
            )
            if is_capitalised_word(text) or abbreviation or particle:
                j += 1
            else:
                break
        if j == i or not is_capitalised_word(doc[j - 1].text):
            return None
        k = j
        agency = False
        if k < n and doc[k].text == "(":
            close = next((m for m in range(k + 1, min(n, k + 6)) if doc[m].text == ")"), None)
            if close is None or close == k + 1:
                return None
            if not all(len(t.text) <= 12 and not t.is_space for t in doc[k + 1 : close]):
                return None
            agency = True
            k = close + 1
        if k >= n or doc[k].text not in DATELINE_DASHES:
            return None
        words = list(doc[i:j])
        entry = self.names.get([t.text for t in words])
        if entry is not None and entry.label == "ORG":
            return None  # "AP - vor 37 Minuten": an agency line, no place
        if any(t.text.isupper() and not self._is_known_place(t) for t in words):
            return None
        known = all(self._is_known_place(t) or t.text in DATELINE_PARTICLES for t in words)
        if agency and not known:
            # "Twittern Bangalore (Reuters) - ...": a listed place at the end is the place
            for m in range(i + 1, j):
                tail = self.names.get([t.text for t in doc[m:j]])
                if tail is not None and tail.label == "LOC":
                    return (m, j)
        if not agency:
            # a dash alone: one word of a listed place or of a place name's shape
            # ("Wernigerode") or a listed name ("Frankfurt am Main"); no common noun
            # ("Fazit - ..."), first name or title ("New York Life - ..."), and no chain of
            # dashes ("Main - Tauber - Kreis: ...", a road "A7 Flensburg - Hamburg - ...")
            if any(t.text in DATELINE_DASHES for t in doc[k + 1 : k + 5]):
                return None
            m = k + 1
            while m < n and m - k < 5 and is_capitalised_word(doc[m].text):
                m += 1
            if m > k + 1 and m < n and _SCORE.match(doc[m].text):
                return None  # "Bayern - Dortmund 2:1": a result, two teams
            if j - i > 1 and not (entry is not None and entry.label == "LOC"):
                return None
            if any(
                (self._is_plain_noun(t) and not self._is_known_place(t))
                or _listed_noun(t)
                or lex_flags(t) & LEX_FIRST
                or not (
                    t.text in DATELINE_PARTICLES
                    or self._is_known_place(t)
                    or PLACE_SHAPE.search(t.text)
                    or PLACE_PREFIX.match(t.text)
                )
                for t in words
            ):
                return None
        elif all(self._is_plain_noun(t) and not self._is_known_place(t) for t in words):
            return None  # "Fazit (dpa) -"; a listed place counts ("Wittenberge (dpa) -")
        nxt = doc[k + 1] if k + 1 < n else None
        if nxt is None or not nxt.text[:1].isupper():
            return None  # the story's first sentence follows the dash
        return (i, j)

    # -- place links -----------------------------------------------------------------

    def _place_links(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Wasserburg am Bodensee', 'Halle an der Saale': a town, a link and a known lake,
        river or region (not a street, square or building) are one place."""
        out = list(ents)
        for ent in sorted(ents):
            start, end, label = ent
            if label != "LOC" or end - start > 2 or ent not in out:
                continue
            entry = self.names.get([t.text for t in doc[start:end]])
            if entry is not None and entry.kind in WEAK_PLACE_LINK_KINDS:
                continue  # "in Italien am Gardasee": a country, then where in it
            link = next(
                (
                    len(w)
                    for w in PLACE_LINK_WORDS
                    if tuple(t.text for t in doc[end : end + len(w)]) == w
                ),
                0,
            )
            k = end + link
            if not link or k >= len(doc) or not self._linked_place(doc[k]):
                continue
            overlapping = [e for e in out if e[0] < k + 1 and e[1] > end]
            if any(e[:2] != (k, k + 1) or e[2] != "LOC" for e in overlapping):
                continue
            out = [e for e in out if e != ent and e not in overlapping] + [(start, k + 1, "LOC")]
        return out

    def _linked_place(self, token: Any) -> bool:
        text = token.text
        if not is_capitalised_word(text) or text in BUILDING_HEADS:
            return False
        if token.lower_.endswith(PLACE_COMPOUND_HEADS) or self._is_common_noun(token):
            return False  # "in Berlin am Alexanderplatz", "in Bristol in der Saison"
        # the list, not the looser word-class flag
        return self._is_place_word(text)

    # -- place kinds and no-name spans -----------------------------------------------

    def _place_kind_cut(self, doc: Doc, ent: Ent) -> Ent:
        """'Provinz Quảng Ninh' -> LOC 'Quảng Ninh': the place-kind noun is no part. A
        place-kind noun alone taken for a place before a name ('des Landkreises' +
        'Vorpommern-Rügen') gives the place to the name after it."""
        start, end, label = ent
        if label == "PER" or doc[start].text not in SPAN_PLACE_KINDS:
            return ent
        if end - start == 1:
            return self._kind_before_name(doc, ent)
        rest = list(doc[start + 1 : end])
        if not all(is_capitalised_word(t.text) and not self._is_plain_noun(t) for t in rest):
            return ent
        if self.names.get([t.text for t in doc[start:end]]) is not None:
            return ent  # a listed name ("Region Hannover" if it were listed)
        return (start + 1, end, "LOC")

    def _lone_kind_noun(self, doc: Doc, ent: Ent) -> bool:
        """'des Kreises', 'durch die Hansestadt', 'des Bistums', 'von Feuerwehr, THW':
        a place-kind noun or the head of an institution named by a place, alone and with
        no name after it, is no name."""
        start, end, label = ent
        if end - start != 1 or label == "PER":
            return False
        text = doc[start].text
        if not (
            text in SPAN_PLACE_KINDS
            or text in LONE_KIND_NOUNS
            or head_form(text, PLACE_HEADS)
            or head_form(text, LOCAL_BODY_HEADS)
        ):
            return False
        if self.names.get((text,)) is not None or head_form(text, LONE_FIRM_HEADS):
            return False  # a listed name, "die Sparkasse"
        nxt = doc[end] if end < len(doc) else None
        return nxt is None or not (is_capitalised_word(nxt.text) and not self._is_plain_noun(nxt))

    def _kind_before_name(self, doc: Doc, ent: Ent) -> Ent:
        """'des Landkreises' (LOC) + 'Vorpommern-Rügen' -> LOC 'Vorpommern-Rügen': one
        capitalised word right after the kind noun that no entity covers, which is a listed
        place, a word no list knows or a double name, and ends the name."""
        _start, end, label = ent
        k = end
        if label != "LOC" or k >= len(doc) or doc[k].ent_type_ in {"PER", "ORG"}:
            return ent
        nxt = doc[k]
        double = _double_name(nxt.text)
        if not is_capitalised_word(nxt.text) or (self._is_common_noun(nxt) and not double):
            return ent  # "Vorpommern-Rügen": a double name, whatever its last part means
        if not (double or self._is_known_place(nxt) or self._is_unknown_token(nxt)):
            return ent  # "des Kreises Sport ...": a known word that is no place
        if k + 1 < len(doc) and is_capitalised_word(doc[k + 1].text):
            return ent  # "des Kreises Alte Mühle ...": unclear where the name ends
        return (k, k + 1, "LOC")

    def _role_of_place(self, doc: Doc, ent: Ent) -> Ent:
        """'Bürgermeister von Zwolle', 'Bischof von Fulda' (a person or an organisation to
        the model) -> LOC 'Zwolle': a mayor's, governor's or bishop's role, "von" or "aus"
        and a known place or unknown name words; also a town's administration or council
        before them ("Stadtverwaltung von Bursa")."""
        start, end, label = ent
        if (
            label == "PER"
            and start >= 2
            and doc[start - 1].text in {"von", "aus"}
            and doc[start - 2].lower_.endswith(TOWN_BODY_ENDINGS)
            and all(is_capitalised_word(t.text) for t in doc[start:end])
            and self._is_unknown_run(list(doc[start:end]))
        ):
            return (start, end, "LOC")  # "in der Stadtverwaltung von Bursa"
        if label == "ORG" and self._body_place_after_von(doc, ent):
            return (start, end, "LOC")  # "im Stadtrat von Jena", "Gouverneurin von Maine"
        if label == "LOC" or end - start < 3 or doc[start + 1].text not in {"von", "aus"}:
            return ent  # a person or an organisation: "Bischof von Fulda"
        role = doc[start].text
        if not is_role_word(role):
            return ent
        rest = list(doc[start + 2 : end])
        if not all(is_capitalised_word(t.text) for t in rest):
            return ent
        entry = self.names.get([t.text for t in rest])
        known = (entry is not None and entry.label == "LOC") or (
            len(rest) == 1 and self._is_known_place(rest[0])
        )
        # only a town's or state's role: "Herzog von Alba" is a person's designation
        if role.lower().endswith(PLACE_ROLE_ENDINGS) and (known or self._is_unknown_run(rest)):
            return (start + 2, end, "LOC")
        return ent

    def _body_place_after_von(self, doc: Doc, ent: Ent) -> bool:
        """'im Stadtrat von Jena', 'im Kreistag von Vorpommern-Greifswald', 'die
        Gouverneurin von Maine' (an organisation to the model): one word after a town's
        body or a place's role and "von" that is a listed city, region or country (or a
        double name of capitalised parts, listed or not) and no listed organisation is the place
        (ents36)."""
        start, end, _label = ent
        if end - start != 1 or start < 2 or doc[start - 1].text != "von":
            return False
        before = doc[start - 2].lower_
        if not before.endswith(TOWN_BODY_ENDINGS + PLACE_ROLE_ENDINGS + GOVERNMENT_ENDINGS):
            return False
        token = doc[start]
        if not is_capitalised_word(token.text):
            return False
        entry = self.names.get((token.text,))
        if entry is not None and entry.label != "LOC":
            return False  # a listed club or firm
        if "-" in token.text:  # a district's double name
            return _double_name(token.text)
        return self._is_plain_place(entry) and not self._is_plain_noun(token)

    @staticmethod
    def _is_plain_place(entry: Any) -> bool:
        """A listed place that is no ordinary word or surname (flag ``=``), or a listed
        city, region or country."""
        return (
            entry is not None
            and entry.label == "LOC"
            and (entry.flag == LISTED or entry.kind in MAJOR_PLACE_KINDS)
        )

    def _place_then_noun_cut(self, doc: Doc, ent: Ent) -> Ent:
        """'Nordfrieslands Landrätin' (one place to the model) -> LOC 'Nordfrieslands': a
        role noun is never the last word of a place's name; a place's genitive before it
        is the place (ents36). Only a place in the genitive (the model's LOC or a listed
        place): "Anna-Lena Koch" taken for an organisation or a place is a person with a
        surname that is also a role. Not a listed name of both words. (A plural after a
        listed place, "gegen die USA Gegenmaßnahmen", was cut too, but that lost a right
        place on a news set only measured, so it was dropped.)"""
        start, end, label = ent
        if label == "PER" or end - start != 2:
            return ent
        place, noun = doc[start], doc[start + 1]
        if not is_capitalised_word(noun.text) or not is_role_word(noun.text):
            return ent
        if lex_flags(noun) & (NAME_KNOWN | LEX_GAZ_ORG | LEX_GAZ_LOC):
            return ent
        if self.names.get((place.text, noun.text)) is not None:
            return ent
        if not is_capitalised_word(place.text) or self._is_plain_noun(place):
            return ent
        entry = self.names.get((place.text,))
        if entry is not None and entry.label != "LOC":
            return ent
        listed = self._is_plain_place(entry) or self._is_major_place(place)
        if not (listed or label == "LOC"):
            return ent  # "Till-Oliver Koch" (an ORG to the model): a person's name
        if not listed and place.text in PLACE_KIND_NOUNS:
            return ent  # "im Landkreis Nordsachsen" ("Sachsen" as a people's noun)
        if not place.text.endswith("s") or lex_flags(place) & LEX_FIRST:
            return ent  # "Anna Richter": a first name, a surname that is also a role
        return (start, start + 1, "LOC")

    def _unfound_place_after_von(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'das Rathaus von Almere', 'die Bürgermeisterin von Tating' with no entity on
        the name: one or two capitalised words after a town's body or a place's role and
        "von", that are listed places (no ordinary word or surname) or words no list and
        no dictionary knows, before no further capitalised word, are the place (ents36)."""
        taken = {i for s, e, _l in ents for i in range(s, e)}
        out = list(ents)
        ends = TOWN_BODY_ENDINGS + PLACE_ROLE_ENDINGS
        for i in range(2, len(doc)):
            if doc[i - 1].text != "von" or i in taken or not doc[i - 2].lower_.endswith(ends):
                continue
            end = i
            while end < len(doc) and end - i < 3 and is_capitalised_word(doc[end].text):
                end += 1
            if not i < end <= i + 2 or any(k in taken for k in range(i, end)):
                continue
            words = list(doc[i:end])
            if all(self._is_plain_place(self.names.get((t.text,))) for t in words) or (
                self._is_unknown_run(words)
            ):
                out.append((i, end, "LOC"))
        return out

    def _kind_in_name(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'im Kanton Neuenburg', 'der Landkreis Uelzen' with the place alone found: a
        district's kind noun (not in the genitive: "des Kantons Bern" -> "Bern") is part of
        its official name, as the news gold spans it (ents36)."""
        taken = {i for s, e, _l in ents for i in range(s, e)}
        out: list[Ent] = []
        for start, end, label in ents:
            if (
                label == "LOC"
                and start > 0
                and start - 1 not in taken
                and doc[start - 1].text in NAME_PLACE_KINDS
                and is_capitalised_word(doc[start].text)
            ):
                out.append((start - 1, end, label))
            else:
                out.append((start, end, label))
        return out

    def _genitive_place_not_org(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'der größte Kleingartenverein Zwickaus' (an organisation to the model) -> LOC:
        one word in "-s" after a common noun that no entity covers, whose stem is a listed
        city, region or country and that no capitalised word follows, is the place's
        genitive (GermEval's dev part outside the held-out sentences: 24 places, no
        organisation of a listed place, in this position; ents36). Not a listed
        organisation ("Aldis"), not before a team role ("Kölns Trainer": the club)."""
        ends = {e for _s, e, _l in ents}
        out: list[Ent] = []
        for start, end, label in ents:
            if label == "ORG" and self._postposed_place_genitive(doc, start, end, ends):
                out.append((start, end, "LOC"))
            else:
                out.append((start, end, label))
        return out

    def _postposed_place_genitive(self, doc: Doc, start: int, end: int, ends: set[int]) -> bool:
        if end - start != 1 or start == 0 or start in ends:
            return False
        token, before = doc[start], doc[start - 1]
        text = token.text
        if not (is_capitalised_word(text) and text.endswith("s") and len(text) > 4):
            return False
        if not (is_capitalised_word(before.text) and self._is_common_noun(before)):
            return False
        if end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text in TEAM_ROLES):
            return False
        if self.names.get((text,)) is not None:
            return False  # a listed name in "-s" ("Aldis", "Mercedes")
        return self._is_plain_place(self.names.get((text[:-1],))) and not self._is_plain_noun(token)

    def _company_apposition(self, doc: Doc, ent: Ent) -> Ent:
        """'der Elektronikkonzern Shirakawa Denki' (a person to the model) -> ORG; 'der
        Privatbank Hürlimann & Cie' -> ORG 'Hürlimann & Cie', 'die indische
        Raumfahrtbehörde Isro' -> ORG 'Isro': a compound noun of a company's or an
        authority's kind (and lowercase adjectives before it) is no part of the name after
        it, and the name is an organisation."""
        start, end, label = ent
        if label == "LOC":
            return ent
        # "die indische Raumfahrtbehörde Isro": lowercase adjectives before the kind
        k = start
        while k < end - 2 and (
            (doc[k].text.islower() and self._is_adjective_form(doc[k]))
            or self._is_demonym(doc[k].text)  # "des Münchner Start-ups Voltkraft"
        ):
            k += 1
        listed = self.names.get((doc[k].text,))
        if listed is not None and listed.label == "ORG":
            return ent  # "Commerzbank Hamburg": a listed bank's name, no kind, opens it
        if label == "ORG" and end - k >= 2 and self._company_kind(doc[k], bare=k > start):
            town = self._town_body(doc, k, end)
            if town is not None:
                return town
            nxt = doc[k + 1]
            # after a place adjective and the kind, a word the dictionary does not know
            # (only guessed to be a compound) is the name: "des Berliner Start-ups Kelpwerk"
            guessed = k > start and not is_known(nxt.lower_)
            if (
                is_capitalised_word(nxt.text)
                and nxt.text not in LEGAL_FORMS
                and (guessed or not self._is_plain_noun(nxt))
            ):
                return (k + 1, end, "ORG")
        if label == "PER" and start > 0 and self._company_kind(doc[start - 1]):
            if doc[start - 1].lower_.endswith(PERSON_OR_FIRM_KIND_ENDINGS) and (
                lex_flags(doc[start]) & LEX_FIRST or is_given_name(doc[start].text)
            ):
                return ent  # "der Projektierer Jan Möller": a person's kind too
            return (start, end, "ORG")
        return ent

    def _town_body(self, doc: Doc, k: int, end: int) -> Ent | None:
        """'Förderbank Berlin', 'Blutbank München', 'Hafenbetrieb Rotterdam' (the kind at
        ``k`` opens the span): a body named by its place keeps its head, the place is no
        organisation of its own (rev_ents34); a country's genitive ("die älteste
        Privatbank Deutschlands") and a bench ("Parkbank Berlin-Mitte") leave only the
        place. None when the words after the kind are no listed place."""
        kind = doc[k].lower_.replace("-", "")
        ending = next((e for e in BODY_PLACE_ENDINGS if kind.endswith(e)), None)
        if ending is None or len(kind) < len(ending) + 3:
            return None  # "Bank Austria": no compound kind
        rest = list(doc[k + 1 : end])
        if not self._is_known_place(rest[0]) or self._is_plain_noun(rest[0]):
            return None
        if not all(self._is_known_place(t) or t.text in REGION_PARTS for t in rest):
            return None
        first = rest[0].text
        stem = self.names.get((first[:-1],)) if first.endswith("s") else None
        genitive = len(rest) == 1 and stem is not None and stem.label == "LOC"
        if genitive or kind in NON_BODY_BANKS:
            return (k + 1, end, "LOC")
        return (k, end, "ORG")

    def _club_towns(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Stuttgarts Trainer', 'Freiburgs Kapitän', 'Lyons Trainerin': a town's genitive
        before a team role names the club (an organisation), not the town, when the text
        names a club of that town ("der VfB Stuttgart ... Stuttgarts Trainer"; GermEval
        tags "Erfurts Trainer" in a sentence of its own a place)."""
        clubs = {doc[e - 1].text for s, e, lab in ents if lab == "ORG" and e - s >= 2 and s < e - 1}
        # "Schalke 04", "Mainz 05": the name before the club's number
        clubs |= {
            doc[e - 2].text
            for s, e, lab in ents
            if lab == "ORG" and e - s >= 2 and doc[e - 1].text.isdigit()
        }
        out = list(ents)
        for i in range(len(doc) - 1):
            text = doc[i].text
            if not text.endswith("s") or doc[i + 1].text not in TEAM_ROLES:
                continue
            if text[:-1] not in clubs:
                continue
            if not is_capitalised_word(text) or "-" in text:
                continue
            entry = self.names.get((text[:-1],)) or self.names.get((text,))
            if entry is None:
                continue
            town = entry.label == "LOC" and entry.kind in TOWN_KINDS
            if not (town or entry.kind == "club"):  # "Schalkes": a listed club
                continue
            covering = [e for e in out if e[0] <= i + 1 and e[1] > i]
            if any(e[0] < i or e[1] > i + 2 for e in covering):
                continue  # inside a longer name
            # the town alone or with the role ("Freiburgs Kapitän" as a person)
            out = [e for e in out if e not in covering] + [(i, i + 1, "ORG")]
        out = self._scoring_clubs(doc, out, clubs)
        return self._player_clubs(doc, out)

    def _scoring_clubs(self, doc: Doc, ents: list[Ent], clubs: set[str]) -> list[Ent]:
        """'Für Nürnberg traf X', 'Die Tore für Paderborn erzielten X': "für", a town whose
        club the text names ("1. FC Nürnberg") and a verb of scoring: the town names the
        team, an organisation."""
        out = list(ents)
        for i in range(1, len(doc) - 1):
            text = doc[i].text
            if text not in clubs or doc[i - 1].lower_ != "für":
                continue
            if doc[i + 1].text not in SCORING_VERBS:
                continue
            covering = [e for e in out if e[0] <= i < e[1]]
            if covering and covering != [(i, i + 1, covering[0][2])]:
                continue  # inside a longer name
            out = [e for e in out if e not in covering] + [(i, i + 1, "ORG")]
        return out

    def _player_clubs(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Verteidiger Linus Achterberg (Freiburg)': a listed town in parentheses right
        after a person with a team role before the name is the player's club."""
        out = list(ents)
        for start, end, label in ents:
            if label != "PER" or start == 0 or doc[start - 1].text not in TEAM_ROLES:
                continue
            if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
                continue
            town = doc[end + 1]
            entry = self.names.get((town.text,))
            if entry is None or entry.label != "LOC" or entry.kind not in TOWN_KINDS:
                continue
            k = end + 1
            covering = [e for e in out if e[0] <= k < e[1]]
            if covering and covering != [(k, k + 1, "LOC")]:
                continue
            out = [e for e in out if e not in covering] + [(k, k + 1, "ORG")]
        return out

    @staticmethod
    def _firm_of_town(kind: Any, name: Any, model_place: bool = False) -> bool:
        """'Schlossbrauerei' + 'Büdingen': a compound of a local firm's kind before an
        unknown word of a town's shape, or one the model took for a place ("Klosterbrauerei
        Andechs", rev_ents34: else the town became a firm in all its mentions), is one
        name (not a brand: "Großbrauerei Radeberger", an -er word)."""
        low = kind.lower_
        ending = next((e for e in FIRM_PLACE_ENDINGS if low.endswith(e)), None)
        if ending is None or len(low) < len(ending) + 3 or "-" in kind.text:
            return False
        if name.text.endswith("er"):
            return False
        return model_place or bool(PLACE_SHAPE.search(name.text))

    def _kind_then_name(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'des Gemüsekonzerns Greenhaven' (a place to the model), 'das Berliner Start-up
        Lumigrid', 'des US-Konzerns Nexora' (nothing): one unknown capitalised word right
        after a compound noun of a company's kind is the company (not a listed place, a
        dictionary word or a first name: "der Konzern Siemens" is the gazetteer's,
        "des Herstellers Gründer", "der Versicherer Hamburg"); its other mentions in the
        text that are no entity or a place to the model are the company too."""
        out = list(ents)
        names: set[str] = set()
        for i in range(len(doc) - 1):
            token = doc[i]
            low = token.lower_
            if not (low in BARE_COMPANY_KINDS or low.endswith(COMPANY_KIND_ENDINGS)):
                if low.endswith(BODY_KIND_ENDINGS):
                    out = self._body_kind_name(doc, i, out, names)
                continue  # the cheap test first: most words are no kind
            # a bare kind after an adjective or a definite or possessive determiner ("das
            # Start-up Lumigrid", "ihr Start-up Quantiq"; not "ein Start-up X")
            prev = doc[i - 1] if i > 0 else None
            bare = prev is not None and (
                prev.pos_ == "ADJ"
                or (prev.pos_ in {"DET", "PRON"} and prev.lower_ not in INDEFINITE)
                or self._is_demonym(prev.text)
            )
            if "-" in token.text and low not in BARE_COMPANY_KINDS:
                # "US-Konzerns Nexora"; "Holsten-Brauerei" is a name of its own
                first, _sep, rest = token.text.partition("-")
                if not (first.isupper() and self._kind_word(rest)):
                    continue
            elif not self._company_kind(token, bare=bare):
                continue
            nxt = doc[i + 1]
            if not is_capitalised_word(nxt.text) or nxt.text in LEGAL_FORMS:
                continue
            if not self._is_unknown_token(nxt) or lex_flags(nxt) & LEX_FIRST:
                continue
            if i + 2 < len(doc) and is_capitalised_word(doc[i + 2].text):
                continue  # a longer name: left to the other rules
            covering = [e for e in out if e[0] <= i + 1 < e[1]]
            if covering and covering[0][:2] != (i + 1, i + 2):
                continue
            if covering and covering[0][2] == "PER":
                continue  # the people rules decide (and _company_apposition did)
            model_place = bool(covering) and covering[0][2] == "LOC"
            if self._firm_of_town(token, nxt, model_place):
                out = replace_within([e for e in out if e not in covering], (i, i + 2, "ORG"))
                continue  # "Schlossbrauerei Büdingen": the town is no name of its own
            out = [e for e in out if e not in covering] + [(i + 1, i + 2, "ORG")]
            names.add(nxt.text)
        # the other mentions of the name in the text ("Ein Sprecher von Nexora")
        mentions = [t.i for t in doc if t.text in names] if names else []
        for k in mentions:
            covering = [e for e in out if e[0] <= k < e[1]]
            if not covering or covering == [(k, k + 1, "LOC")]:
                out = [e for e in out if e not in covering] + [(k, k + 1, "ORG")]
        return out

    def _body_kind_name(self, doc: Doc, i: int, ents: list[Ent], names: set[str]) -> list[Ent]:
        """'des Sozialverbands VdK', 'vom Verbraucherverband Codacons', 'beim Bauernverband
        Copa-Cogeca': one name that no list or lexicon knows (a short acronym with small
        letters, hyphenated unknown parts too) after a compound noun of an association's
        kind is the association."""
        token = doc[i]
        ending = next(e for e in BODY_KIND_ENDINGS if token.lower_.endswith(e))
        if len(token.text) <= len(ending) + 2 or "-" in token.text:
            return ents  # "Verband" alone, "VdK-Verband"
        if not self._is_common_noun(token) or i + 1 >= len(doc):
            return ents
        nxt = doc[i + 1]
        if not self._unknown_name(nxt):
            return ents
        if i + 2 < len(doc) and is_capitalised_word(doc[i + 2].text):
            return ents  # a longer name: left to the other rules
        covering = [e for e in ents if e[0] <= i + 1 < e[1]]
        if covering and (covering[0][:2] != (i + 1, i + 2) or covering[0][2] == "PER"):
            return ents
        names.add(nxt.text)
        return [e for e in ents if e not in covering] + [(i + 1, i + 2, "ORG")]

    def _unknown_name(self, token: Any) -> bool:
        """'Codacons', 'VdK', 'Copa-Cogeca': a word no list knows (a short acronym with
        small letters inside; every part of a hyphenated name)."""
        text = token.text
        if text in LEGAL_FORMS or lex_flags(token) & LEX_FIRST:
            return False
        if re.fullmatch(r"[A-Z][a-z]?[A-Z][A-Za-z]{0,3}", text):
            lex = self._lex()
            known = lex is not None and lex.codes.get(token.lower_, 0) & (15 | LEX_GAZ_LOC)
            return not known and self.names.get((text,)) is None
        if "-" in text:
            parts = text.split("-")
            lex = self._lex()
            if lex is None or not all(len(p) > 2 and p.isalpha() and p[0].isupper() for p in parts):
                return False
            return all(
                not lex.codes.get(p.lower(), 0) & (15 | LEX_GAZ_LOC | LEX_GAZ_ORG)
                and self.names.get((p,)) is None
                and not is_known(p.lower())
                for p in parts
            )
        return is_capitalised_word(text) and self._is_unknown_token(token)

    @staticmethod
    def _kind_word(text: str) -> bool:
        """'Konzerns', 'Energiekonzern', 'Start-up' after "US-": a company's kind."""
        low = text.lower()
        return low in BARE_COMPANY_KINDS or low.endswith(COMPANY_KIND_ENDINGS)

    def _company_kind(self, token: Any, bare: bool = False) -> bool:
        """A compound noun of a company's kind ("Elektronikkonzern"); with ``bare`` (after
        an adjective: "der Düsseldorfer Versorger") also a kind word that never opens a
        name on its own ("Versorger", "Start-up")."""
        if bare and token.lower_ in BARE_COMPANY_KINDS:
            return True
        return company_kind_word(token.text) and self._is_common_noun(token)

    def _is_unknown_run(self, tokens: list[Any]) -> bool:
        return all(self._is_unknown_token(t) or self._is_known_place(t) for t in tokens)

    def _grammar_not_name(self, doc: Doc, ent: Ent) -> bool:
        """'2. Großen Strafkammer', 'italienischen Liga', 'Schnellste Deutsche', 'Deutschen
        Buchpreises', 'Bürgergelds', 'Europäischen Bürgerbeauftragten', 'Herforder Altstadt'."""
        start, end, label = ent
        if label == "PER":
            return False
        tokens = list(doc[start:end])
        last = tokens[-1]
        if self.names.get([t.text for t in tokens]) is not None:
            return False  # a listed name ("Freie Demokraten")
        if last.lower_.endswith(NOT_NAME_HEADS) and last.text[:1].isupper():
            return True  # a prize, a benefit, a tax or a law
        before_adjectives = all(self._is_adjective_form(t) for t in tokens[:-1])
        if (
            end - start >= 2
            and before_adjectives
            and is_role_word(last.text)
            and not last.lower_.endswith(PARTY_MEMBER_ENDINGS)
            and not any(self._is_demonym(t.text) for t in tokens[:-1])
        ):
            return label == "ORG"  # "zur neuen Europäischen Bürgerbeauftragten": a role
        if (
            label == "ORG"
            and end - start == 2
            and last.text in TOWN_PART_NOUNS
            and self._is_demonym(tokens[0].text)
        ):
            return True  # "in der Herforder Altstadt"
        if end - start < 2:
            return False
        if last.text in NOMINAL_DEMONYMS and before_adjectives:
            return True  # "Schnellste Deutsche": an adjective and a nominalised demonym
        if not self._is_common_noun(last):
            return False
        middle = tokens[1:-1]
        if not all(self._is_adjective_form(t) or self._is_common_noun(t) for t in middle):
            return False
        first = tokens[0]
        if _ORDINAL.match(first.text):
            return bool(middle)  # "2. Großen Strafkammer" (but "1. FC Köln": a name)
        # "italienischen Liga"
        return first.text.islower() and first.text.isalpha() and self._is_adjective_form(first)
