"""Surnames taken for places and back, in ``leselupe_org_place_rules``: one unknown word
without place context is a surname, a word after "in"/"im" a place, an unknown word
opening a sentence before a verb a person (see :mod:`app.nlp.components.org_place_rules`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from app.lexicon.roles import is_role_word
from app.nlp.components.lexclass import (
    LEX_FIRST,
    LEX_GAZ_ORG,
    lex_flags,
)
from app.nlp.components.org_place_base import (
    Ent,
    OrgPlaceBase,
    is_capitalised_word,
)
from app.nlp.components.org_place_words import (
    ARTICLES,
    COMPASS,
    COMPOUND_HEADS,
    DATELINE_DASHES,
    ENGLISH_HEADS,
    LEGAL_FORMS,
    LIST_LINKS,
    LOCATIVE,
    NO_PLACE_ORG_ENDINGS,
    ORG_NOUNS,
    PLACE_KIND_ENDINGS,
    PLACE_KIND_NOUNS,
    PLACE_PREFIX,
    PLACE_PREPOSITIONS,
    PLACE_SHAPE,
    PLACE_VERBS,
)


class SurnamePlaceRules(OrgPlaceBase):
    """Persons and places told apart by context."""

    def _person_not_place(self, doc: Doc, ent: Ent) -> Ent:
        """A single unknown word taken for a place is a person when it is a known first
        name or stands before an auxiliary ("Merlau ist ...", "Börner hatte ...") and not
        after a locative preposition. In GermEval's training part, such gold entities are
        persons 47 of 48 times (first names) and 14 of 18 times (before an auxiliary)."""
        start, end, label = ent
        if label != "LOC" or end - start != 1:
            return ent
        token = doc[start]
        if not is_capitalised_word(token.text) or self._is_known_place(token):
            return ent
        if start > 0 and doc[start - 1].lower_ in LOCATIVE:
            return ent
        nxt = doc[end] if end < len(doc) else None
        if lex_flags(token) & LEX_FIRST or (nxt is not None and nxt.pos_ == "AUX"):
            return (start, end, "PER")
        return ent

    def _surname_not_place(self, doc: Doc, ent: Ent, places: set[int]) -> Ent:
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
        if token.lower_.endswith(NO_PLACE_ORG_ENDINGS):
            return ent  # "des Imkerverbandes": an association (made ORG by the body rules)
        if self._place_context(doc, ent, places):
            return ent
        if not self._is_unknown_word(token, dictionary=True):
            return ent
        return (start, end, "PER")

    def _place_not_org(self, doc: Doc, ent: Ent) -> Ent:
        """'Polizei in British Columbia', 'Reisen nach Yucatán': name words the model took
        for an organisation right after a bare "in" or "nach" (no article) are a place. In
        GermEval's dev part outside the held-out sentences, entities after a bare "in",
        "nach" or "aus" are places 179 times and organisations twice; "aus" is left out
        ("Aus Conrad Caine wird Possible", "bestehen aus Joy Division" in SmartData and
        WikiANN). Not a name with an organisation's head, legal form, league or
        all-capitals word ("in Siemens-Werken", "nach Deutsche Bank AG"), not after an
        article ("in Der Landarzt"), not a listed organisation, not one word the lexicon
        knows as a common noun or first name, and not a span with a word the gazetteer
        knows from organisations' names and not as a place: clubs, firms and bands after
        "wechselte nach", "investierte in", "spielte in" ("nach Sparta Rotterdam", "in
        Ferrari", "in Tokio Hotel"), nor several words with a common noun that is no
        place's kind ("in Energie Cottbus"; but "nach Fort Leavenworth")."""
        start, end, label = ent
        if label != "ORG" or start == 0 or doc[start - 1].lower_ not in {"in", "nach"}:
            return ent
        tokens = list(doc[start:end])
        if not all(is_capitalised_word(t.text) and t.text[1:].islower() for t in tokens):
            return ent
        if tokens[0].text == "The" or tokens[0].lower_ in ARTICLES:
            return ent  # "in The Scotsman", "in Der Landarzt": a paper, a series
        for t in tokens:
            low = t.lower_
            if t.text in LEGAL_FORMS or t.text in ENGLISH_HEADS or low.endswith(ORG_NOUNS):
                return ent
            if t.text.endswith(COMPOUND_HEADS) or "-" in t.text or low.endswith("liga"):
                return ent  # "in Oberliga Nordost umbenannt"
            if self._is_known_place(t):
                continue
            if lex_flags(t) & LEX_GAZ_ORG:
                return ent  # "nach Olympique Lyon", "in Hapag Lloyd": an org's name word
            if len(tokens) > 1 and t.text not in PLACE_KIND_NOUNS and self._is_common_noun(t):
                return ent  # "in Energie Cottbus": a common noun and a town, a club
        entry = self.names.get([t.text for t in tokens])
        if entry is not None and entry.label == "ORG":
            return ent
        if (
            len(tokens) == 1
            and not self._is_known_place(tokens[0])
            and (lex_flags(tokens[0]) & LEX_FIRST or self._is_common_noun(tokens[0]))
        ):
            return ent  # "in Anna", "nach Essen"? the model's reading stays
        return (start, end, "LOC")

    @staticmethod
    def _place_not_person(doc: Doc, ent: Ent) -> Ent:
        """'im sicheren Argentan', 'in Quendlo': one word the model took for a person
        right after "in"/"im"/"ins" (or after it and an adjective) is a place. In
        GermEval's training part, persons stand there only as genitives before a noun
        ("in Papens Vizekanzlei") or after a relative pronoun ("in dem Brown ...")."""
        start, end, label = ent
        if label != "PER" or end - start != 1 or start == 0:
            return ent
        token = doc[start]
        if not is_capitalised_word(token.text) or lex_flags(token) & LEX_FIRST:
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

    def _place_context(self, doc: Doc, ent: Ent, places: set[int]) -> bool:
        """Context that makes a word a place: a locative preposition, maybe with an
        article ("auf Vorovoro", "in der Haard"); a noun of kind before it ("Gemeinde X",
        "Kloster X", "Atomkraftwerk X"; a role noun makes a person instead); another place
        in a list ("Homburg und X", "X, Swisttal und ..."); a parenthesis after a place
        ("Tarragonas (X)"); "X liegt ...", "X grenzt ..."; a dash after it at the start of
        a line (a dateline: "Bleckede - Die Fähre ...")."""
        start, end, _label = ent
        prev = doc[start - 1] if start > 0 else None
        line_start = prev is None or "\n" in prev.text or "\n" in prev.whitespace_
        if line_start and end < len(doc) and doc[end].text in DATELINE_DASHES:
            return True  # "Bleckede - Die Elbfähre ...": a dateline's place
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
                is_capitalised_word(prev.text)
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
        """'Gemeinde', 'Fischerort', 'Inselhauptstadt', 'Komitates', 'Departements': a noun
        (or compound, also in the genitive) that names a kind of place."""
        text = token.text
        if text in PLACE_KIND_NOUNS:
            return True
        if not is_capitalised_word(text):
            return False
        low = text.lower()
        for ending in ("es", "s", ""):
            if ending and not low.endswith(ending):
                continue
            stem = low[: len(low) - len(ending)] if ending else low
            if stem.endswith(PLACE_KIND_ENDINGS) or text[: len(stem)] in PLACE_KIND_NOUNS:
                return True  # "Departements", "Staates": a kind noun's genitive
        return False

    def _subject_persons(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
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
