"""``leselupe_entity_rules``: news conventions applied after the trained NER.

A person's name followed by an age "(71)", photo credits "Foto: Name/Agentur", role
nouns that slipped into a person entity ("Ministerpräsidentin Malu Dreyer" -> "Malu
Dreyer"; "Wirtschaftsforscher Deutschlands" -> "Deutschlands"), parentheticals inside
entities; units after numbers ("128 KB") and demonyms ("die Bremer") are no entities;
a surname of a full name is a person elsewhere in the text too.
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from app.lexicon.roles import analyze_role, is_company_role, is_role_word
from app.lexicon.words import CREDIT_LABELS, CREDIT_SIGN
from app.nlp.components._stateless import StatelessPipe
from app.nlp.components.lexclass import (
    LEX_COMMON,
    LEX_FIRST,
    LEX_GAZ_LOC,
    LEX_GAZ_ORG,
    LEX_GAZ_PER,
    LEX_OTHER,
    LEX_PROPER,
    LexClass,
    lex_flags,
)
from app.nlp.components.person_spans import age_in_parens


def _is_common_noun(token: Any) -> bool:
    flags = lex_flags(token)
    return bool(flags & LEX_COMMON) and not flags & (
        LEX_PROPER | LEX_FIRST | LEX_GAZ_LOC | LEX_GAZ_ORG
    )


def _is_name_word(token: Any) -> bool:
    """Capitalised, alphabetic (hyphens allowed), not a known common noun."""
    text = token.text
    if len(text) < 2 or not text[0].isupper() or not text.replace("-", "").isalpha():
        return False
    if text.isupper():
        return False
    return not _is_common_noun(token)


def _is_unit(ent: Span) -> bool:
    """A short all-caps word right after a number is a unit ("128 KB", "300 PS")."""
    if len(ent) != 1 or ent.start == 0:
        return False
    text = ent.text
    return len(text) <= 3 and text.isupper() and text.isalpha() and ent.doc[ent.start - 1].is_digit


def _is_place_genitive(text: str, codes: dict[str, int]) -> bool:
    """'Deutschlands', 'Böhmens': a known place (gazetteer) with the genitive -s."""
    low = text.lower()
    if not text[:1].isupper() or not low.endswith("s") or len(low) < 4 or not low.isalpha():
        return False
    return bool((codes.get(low[:-1], 0) | codes.get(low, 0)) & LEX_GAZ_LOC)


def _is_demonym(text: str, codes: dict[str, int]) -> bool:
    """'Bremer', 'Brünner', 'Galler', 'Münchner': -er from a place the lexicon knows.

    The place must be known only as a place (not also a common noun or another word:
    "Fischer" is no demonym of "fischen"), and the word not as a name of its own
    ("Hannover") or a person's name ("Werner", "Becker")."""
    low = text.lower()
    if not text[:1].isupper() or not low.endswith("er") or len(low) < 6 or not low.isalpha():
        return False
    if codes.get(low, 0) & (LEX_PROPER | LEX_GAZ_PER):
        return False
    stem = low[:-2]
    candidates = [stem, stem + "en", stem + "n", stem + "e"]
    if stem.endswith("n"):  # "Münchner" -> "München"
        candidates.append(stem[:-1] + "en")
    return any(
        len(c) > 3 and codes.get(c, 0) & LEX_GAZ_LOC and not codes.get(c, 0) & _NOT_PLACE
        for c in candidates
    )


_NOT_PLACE = LEX_COMMON | LEX_OTHER


@Language.factory("leselupe_entity_rules", default_config={"age": True, "credit": True})
def make_entity_rules(nlp: Language, name: str, age: bool, credit: bool) -> EntityRules:
    return EntityRules(age=age, credit=credit, nlp=nlp)


class EntityRules(StatelessPipe):
    """News conventions applied after the statistical NER (see module docstring)."""

    labels = ("PER", "LOC", "ORG")

    def __init__(self, age: bool = True, credit: bool = True, nlp: Language | None = None) -> None:
        self.age = age
        self.credit = credit
        self._nlp = nlp
        self._lexclass: LexClass | None = None

    def _codes(self) -> dict[str, int]:
        """The word-class lexicon of the pipeline's ``leselupe_lexclass`` (empty if none)."""
        if self._lexclass is None and self._nlp is not None:
            for _name, pipe in self._nlp.pipeline:
                if isinstance(pipe, LexClass):
                    self._lexclass = pipe
                    break
        return self._lexclass.codes if self._lexclass is not None else {}

    def __call__(self, doc: Doc) -> Doc:
        codes = self._codes()
        ents = [self._after_role(t) for e in doc.ents for t in self._trim(e, codes)]
        ents = [e for e in ents if not _is_unit(e) and not self._is_demonym(e, codes)]
        if self.age:
            ents = self._ages(doc, ents)
        if self.credit:
            ents = self._credits(doc, ents)
        ents = self._propagate_persons(doc, spacy.util.filter_spans(ents))
        doc.set_ents(spacy.util.filter_spans(ents))
        return doc

    @staticmethod
    def _propagate_persons(doc: Doc, ents: list[Span]) -> list[Span]:
        """A surname of a full person name in the same text is a person elsewhere too
        ("Frederic Spohr ... glaube Spohr nicht"), also in the genitive ("Putins")."""
        full = [e for e in ents if e.label_ == "PER" and len(e) >= 2]
        surnames = {e[-1].text for e in full if len(e[-1]) > 2}
        # the first part only fills gaps ("Kim Jong-un" ... "Kims"), it never relabels
        first_parts = {e[0].text for e in full if len(e[0]) > 2 and e[0].text[0].isupper()}
        if not surnames and not first_parts:
            return ents
        by_start = {e.start: e for e in ents}
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = list(ents)
        for token in doc:
            text = token.text
            base = text[:-1] if text.endswith("s") and len(text) > 3 else text
            if text in surnames or base in surnames:
                ent = by_start.get(token.i)
                if ent is not None and len(ent) == 1 and ent.label_ != "PER":
                    out.remove(ent)
                    out.append(Span(doc, token.i, token.i + 1, label="PER"))
                    continue
            if (text in first_parts or base in first_parts) and token.i not in taken:
                nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if nxt is None or nxt.i not in taken:
                    out.append(Span(doc, token.i, token.i + 1, label="PER"))
            elif (text in surnames or base in surnames) and token.i not in taken:
                out.append(Span(doc, token.i, token.i + 1, label="PER"))
        return out

    @staticmethod
    def _trim(ent: Span, codes: dict[str, int]) -> list[Span]:
        """Cut parentheticals and leading role nouns out of entities.

        An abbreviation in the cut parenthesis ("Front ... (FLCS)") keeps the label.
        A role noun before a place in the genitive is cut from any entity.
        """
        doc = ent.doc
        start, end = ent.start, ent.end
        out: list[Span] = []
        for k in range(start + 1, end):
            if doc[k].text == "(":
                inner = doc[k + 1] if k + 2 < len(doc) and doc[k + 2].text == ")" else None
                if inner is not None and inner.is_upper and inner.is_alpha and len(inner) > 1:
                    out.append(Span(doc, k + 1, k + 2, label=ent.label_))
                end = k
                break
        if ent.label_ == "PER":
            while (
                end - start > 1
                and is_role_word(doc[start].text, doc[start + 1].text)
                and _is_name_word(doc[start + 1])
            ):
                start += 1
        elif (
            end - start == 2
            and is_role_word(doc[start].text)
            and _is_place_genitive(doc[start + 1].text, codes)
        ):
            start += 1  # "Wirtschaftsforscher Deutschlands": only the place is a name
        if end > start:
            same = (start, end) == (ent.start, ent.end)
            out.append(ent if same else Span(doc, start, end, label=ent.label_))
        return out

    @staticmethod
    def _is_demonym(ent: Span, codes: dict[str, int]) -> bool:
        """A place's inhabitant noun or adjective alone is no place ("die Bremer", "St. Galler")."""
        return ent.label_ == "LOC" and _is_demonym(ent[-1].text, codes)

    @staticmethod
    def _after_role(ent: Span) -> Span:
        """'Die Ökonomin Wiebke Quastenberg': unknown name words after a role noun are a person."""
        doc = ent.doc
        if ent.label_ == "PER" or ent.start == 0 or len(ent) > 3:
            return ent
        before = doc[ent.start - 1].text
        role = analyze_role(before) if is_role_word(before) else None
        if role is None or is_company_role(role):
            return ent  # "der Spielzeughersteller Mattel" names a company
        known = LEX_PROPER | LEX_GAZ_LOC | LEX_GAZ_ORG
        if all(_is_name_word(t) and not lex_flags(t) & known for t in ent):
            return Span(doc, ent.start, ent.end, label="PER")
        return ent

    @staticmethod
    def _ages(doc: Doc, ents: list[Span]) -> list[Span]:
        """'Vorname Name (71)': a run of name words before an age in parentheses is a person."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = list(ents)
        for i in range(2, len(doc) - 2):
            if not age_in_parens(doc, i):
                continue
            j = i
            while (
                j > 0 and _is_name_word(doc[j - 1]) and i - j < 4 and not doc[j - 1].is_sent_start
            ):
                j -= 1
            if i - j < 2 or any(k in taken for k in range(j, i)):
                continue
            out.append(Span(doc, j, i, label="PER"))
        return out

    @staticmethod
    def _credits(doc: Doc, ents: list[Span]) -> list[Span]:
        """'Foto: Vorname Name/Agentur': the name is a person, the agency an organisation."""
        out = list(ents)
        for i in range(len(doc) - 2):
            j = _credit_start(doc, i)
            if j is None:
                continue
            k = j
            while k < len(doc) and k - j < 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            slash = k < len(doc) and doc[k].text == "/"
            if slash and k - j >= 2 and all(_is_name_word(t) for t in doc[j:k]):
                out = [e for e in out if e.end <= j or e.start >= k]
                out.append(Span(doc, j, k, label="PER"))
            if k < len(doc) and doc[k].text == "/" and k + 1 < len(doc):
                agency = doc[k + 1]
                if agency.text[:1].isupper() and agency.is_alpha and not _is_common_noun(agency):
                    out = [e for e in out if e.end <= k + 1 or e.start >= k + 2]
                    out.append(Span(doc, k + 1, k + 2, label="ORG"))
        return out


def _credit_start(doc: Doc, i: int) -> int | None:
    """Where the credit after a label at token ``i`` starts: "Foto: ...", "© ..."; else None."""
    if doc[i].text in CREDIT_LABELS and doc[i + 1].text == ":":
        return i + 2
    if doc[i].text == CREDIT_SIGN:
        return i + 1
    return None
