"""Gazetteer rules of ``leselupe_org_place_rules``: known organisations and places,
also inflected, get their label (see :mod:`app.nlp.components.org_place_rules`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from app.lexicon.roles import is_role_word
from app.lexicon.words import FOREIGN_PARTICLES, PATRONYMIC_PARTICLES, is_given_name
from app.nlp.components.lexclass import (
    LEX_FIRST,
    LEX_GAZ_LOC,
    LEX_PROPER,
    lex_flags,
)
from app.nlp.components.org_place_base import (
    Ent,
    OrgPlaceBase,
    is_capitalised_word,
)
from app.nlp.components.org_place_words import (
    DETERMINERS,
    PLACE_PREPOSITIONS_STRICT,
    STRONG_PLACE_KINDS,
    TOWN_PREPOSITIONS,
)
from app.nlp.gazetteer import AMBIGUOUS, DERIVED, RELABEL_ONLY, Entry

PATRONYMIC_OR_FOREIGN = PATRONYMIC_PARTICLES | FOREIGN_PARTICLES | {"von", "al", "el"}

# Town lists weaker than the handwritten one: a town counts alone after "in", "nach", "aus".
TOWN_LIST_KINDS = frozenset({"geonames", "ding"})

# Prepositions with the article inside ("in dem" -> "im").
_ARTICLE_CONTRACTIONS = frozenset({"im", "ins", "am", "vom", "zum", "zur", "beim"})


class GazetteerRules(OrgPlaceBase):
    """Known names of the gazetteer: label, complete or add them."""

    def _gazetteer(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
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
        self, doc: Doc, ents: list[Ent], start: int, end: int, entry: Entry
    ) -> list[Ent]:
        label = entry.label
        if entry.flag == AMBIGUOUS and not self._determined(doc, start, end, entry.kind):
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
                and (inside[2] != "PER" or is_role_word(doc[end].text))
                and end - start == 1
                and doc[start].text.endswith("s")
                and entry.flag == DERIVED
                and not lex_flags(doc[start]) & LEX_FIRST
            ):
                # "Pjöngjangs Pläne", "Vietnams Parlament": a place in the genitive and
                # common nouns after it; "Saudi-Arabiens Investitionsminister Turki": and
                # a role with a name after it (the name stays a person); also where the
                # model took the place and the role for a person ("Malaysias
                # Handelsminister Hafizuddin", "Kameruns Botschafter")
                k = end
                while k < inside[1] and (is_role_word(doc[k].text) or self._is_common_noun(doc[k])):
                    k += 1
                rest = [e for e in ents if e != inside]
                if k == inside[1]:
                    return [*rest, (start, end, "LOC")]
                if (
                    k > end
                    and is_role_word(doc[k - 1].text)
                    and (
                        self._only_names(doc, k, inside[1])
                        or self._role_then_name(doc, end, inside[1])
                    )
                ):
                    return [*rest, (start, end, "LOC"), (k, inside[1], "PER")]
        if label == "LOC" and not (self.add_places or self.relabel_places):
            return ents
        strong_place = entry.kind in STRONG_PLACE_KINDS
        after_preposition = label == "LOC" and self._after_place_preposition(doc, start, end, entry)
        if not overlapping:
            if after_preposition and self.add_places and entry.flag != RELABEL_ONLY:
                return [*ents, (start, end, label)]  # "aus Sachsen", "nach Polen"
            if ordinary or (label == "LOC" and not (self.add_places and strong_place)):
                return ents
            if (
                single_word
                and doc[start].is_sent_start
                and label == "LOC"
                and not self._genitive_before_noun(doc, start, entry)
            ):
                return ents  # "Polen wählen": the people (but "Portugals Ministerin")
            if label == "LOC" and start > 0 and doc[start - 1].lower_ == "die":
                return ents  # "die Schweden sehen ...": the people, not the country
            return [*ents, (start, end, label)]
        if label == "ORG" and self._role_of_body(doc, start, end, overlapping):
            # "Vizepräsidentin der Bundesbank" (a person to the model): a role and the
            # body's genitive name no person; the body is the organisation
            return [*(e for e in ents if e not in overlapping), (start, end, label)]
        if label == "ORG" and self._body_then_person(doc, start, end, overlapping):
            # "der Chef der Deutschen Bank Christian Sewing" as one organisation: the
            # listed body, then the person who holds the role
            inside = overlapping[0]
            rest = [e for e in ents if e != inside]
            return [*rest, (start, end, "ORG"), (end, inside[1], "PER")]
        if any(e[0] < start or e[1] > end for e in overlapping):
            return ents  # the match lies inside a longer name, or crosses one: leave it
        if entry.flag == RELABEL_ONLY and any(e[2] == "PER" for e in overlapping):
            return ents  # "Stern", "Porsche", "Ford" are surnames too
        exact = len(overlapping) == 1 and overlapping[0][:2] == (start, end)
        if label == "LOC":
            if exact and not single_word and after_preposition and self.relabel_places:
                # "aus Novi Sad", "von Viña del Mar": a listed town of several words
                return [*(e for e in ents if e not in overlapping), (start, end, label)]
            if not self.relabel_places or not strong_place:
                return ents
            old = overlapping[0][2] if exact else ""
            if exact and (old == "LOC" or lex_flags(doc[start]) & LEX_FIRST):
                return ents
        rest = [e for e in ents if e not in overlapping]
        return [*rest, (start, end, label)]

    def _after_place_preposition(self, doc: Doc, start: int, end: int, entry: Entry) -> bool:
        """A listed place right after "in", "nach", "aus" or "von" and before no capitalised
        noun. One word needs a strong kind (country, region, city), and after "aus" a
        region must end in "-en", a people's name ("aus Sachsen"; "aus Harz" is resin,
        "aus Kaschmir" wool); several words may be any listed town ("aus Novi Sad")."""
        if start == 0 or doc[start - 1].lower_ not in PLACE_PREPOSITIONS_STRICT:
            return False
        if end < len(doc) and is_capitalised_word(doc[end].text):
            return False  # "in Sachsen Anhalt", "aus Polen Importe"
        if end - start > 1:
            return entry.flag != RELABEL_ONLY
        if entry.flag == RELABEL_ONLY or lex_flags(doc[start]) & LEX_FIRST:
            return False
        if entry.kind not in STRONG_PLACE_KINDS:
            return self._town_after_preposition(doc, start, entry)
        if self._is_common_noun(doc[start]) and end < len(doc):
            nxt = doc[end]
            if nxt.text[:1].isdigit():
                return False  # "in Halle 5 der Messe": a hall
            if (
                nxt.lower_ in {"und", "oder", "sowie"}
                and end + 1 < len(doc)
                and self._is_common_noun(doc[end + 1])
                and not self._is_known_place(doc[end + 1])
            ):
                return False  # "nach Essen und Trinken": a noun among nouns
        if doc[start - 1].lower_ == "aus" and entry.kind == "region":
            return doc[start].text.endswith("en")
        return True

    def _town_after_preposition(self, doc: Doc, start: int, entry: Entry) -> bool:
        """'aus Regensburg', 'nach Hameln', 'in Kempten': a town of the GeoNames list or of
        the Ding dictionary's place names (weaker than the handwritten one) right after
        "in", "nach" or "aus", when the word is no plain noun ("in Ordnung") and no
        surname the lexicon knows."""
        if entry.kind not in TOWN_LIST_KINDS or doc[start - 1].lower_ not in TOWN_PREPOSITIONS:
            return False
        token = doc[start]
        flags = lex_flags(token)
        if self._is_plain_noun(token) or (flags & LEX_PROPER and not flags & LEX_GAZ_LOC):
            return False
        # a common noun counts only where the lexicon knows it as a place ("in Regensburg");
        # not a word that only a list of organisations names ("in Orange" auflaufen, "nach
        # Delta", "in Rugby" investieren)
        return not (self._is_common_noun(token) and not flags & LEX_GAZ_LOC)

    def _genitive_before_noun(self, doc: Doc, start: int, entry: Entry) -> bool:
        """'Portugals Kulturministerin ...', 'Vietnams Parlament': a derived genitive of a
        listed place before a capitalised noun or role."""
        if entry.flag != DERIVED or not doc[start].text.endswith("s") or start + 1 >= len(doc):
            return False
        nxt = doc[start + 1]
        if not is_capitalised_word(nxt.text) or lex_flags(doc[start]) & LEX_FIRST:
            return False
        return is_role_word(nxt.text) or self._is_common_noun(nxt)

    def _role_then_name(self, doc: Doc, start: int, end: int) -> bool:
        """'Handelsminister Hafizuddin bin Othman', 'Sozialministerin Doreen Meier-Roth':
        one role noun, then a first name the lists know or a word no list knows, and name
        words (capitalised words that are no plain nouns, hyphenated ones too, and name
        particles)."""
        if end - start < 2 or not is_role_word(doc[start].text):
            return False
        first = doc[start + 1]
        if not (
            is_capitalised_word(first.text)
            and (
                lex_flags(first) & LEX_FIRST
                or is_given_name(first.text)
                or self._is_unknown_token(first)
            )
        ):
            return False
        return all(
            t.text in PATRONYMIC_OR_FOREIGN
            or (
                t.text[:1].isupper()
                and t.text.replace("-", "").isalpha()
                and not self._is_plain_noun(t)
            )
            for t in doc[start + 2 : end]
        )

    def _only_names(self, doc: Doc, start: int, end: int) -> bool:
        """Capitalised words that are first names or unknown words ("Turki", "Olaf Scholz")."""
        return all(
            is_capitalised_word(t.text) and (lex_flags(t) & LEX_FIRST or self._is_unknown_token(t))
            for t in doc[start:end]
        )

    @staticmethod
    def _role_of_body(doc: Doc, start: int, end: int, overlapping: list[Ent]) -> bool:
        """The model's one person entity is role nouns + "der"/"des" + this listed
        organisation, ending with it ("Vizepräsidentin der Bundesbank")."""
        if len(overlapping) != 1:
            return False
        first, last, label = overlapping[0]
        if label != "PER" or last != end or first >= start - 1:
            return False
        if doc[start - 1].lower_ not in {"der", "des"}:
            return False
        return all(is_role_word(t.text) for t in doc[first : start - 1])

    def _body_then_person(self, doc: Doc, start: int, end: int, overlapping: list[Ent]) -> bool:
        """The model's one organisation is this listed one after a role noun and "der"/
        "des", then a first name and one or two name words ("Chef der [Deutschen Bank
        Christian Sewing]"): the role's holder follows the body's genitive name."""
        if len(overlapping) != 1 or start < 2:
            return False
        first, last, label = overlapping[0]
        if label != "ORG" or first != start or not 2 <= last - end <= 3:
            return False
        if doc[start - 1].lower_ not in {"der", "des"} or not is_role_word(doc[start - 2].text):
            return False
        given = doc[end]
        if not (lex_flags(given) & LEX_FIRST or is_given_name(given.text)):
            return False
        return all(
            is_capitalised_word(t.text) and not self._is_plain_noun(t) for t in doc[end:last]
        )

    def _place_genitive(self, token: Any) -> bool:
        """The genitive of a listed place ("Sachsens", "Österreichs"), which determines
        the noun after it as an article does ("Sachsens Landtag")."""
        entry = self.names.get((token.text,))
        return (
            entry is not None
            and entry.label == "LOC"
            and entry.flag == DERIVED
            and token.text.endswith("s")
        )

    def _determined(self, doc: Doc, start: int, end: int, kind: str = "") -> bool:
        """'die Grünen', 'der Linken', 'die Union': an article before, no noun after; or
        a party tag in parentheses after a name: "(Linke)", "(Grüne, 54)". An authority
        may follow a preposition with the article in it too ("im Landtag", "beim
        Nationalrat"; no name after it; not a party: "im Grünen" is the countryside), or
        a listed place's genitive ("Sachsens Landtag", "Österreichs Nationalrat"), or the
        neuter article, which only a court or an office takes among them ("das BVerfG"; not
        "das Grüne")."""
        if start == 0:
            return False
        if (
            doc[start - 1].text == "("
            and end < len(doc)
            and doc[end].text in {")", ","}
            and doc[start:end].text[:1].isupper()
        ):
            return True
        prev = doc[start - 1].lower_
        if prev not in DETERMINERS:
            if kind != "authority" or not (
                prev in _ARTICLE_CONTRACTIONS
                or prev == "das"  # "vor das BVerfG", "das BVerwG (Urteil ...)"
                or self._place_genitive(doc[start - 1])
            ):
                return False
            # "im Landtag Sachsen-Anhalts" is left to the model
            return end >= len(doc) or not is_capitalised_word(doc[end].text)
        if end < len(doc):
            nxt = doc[end].text
            if is_capitalised_word(nxt) and self._is_plain_noun(doc[end]):
                return False
        return True
