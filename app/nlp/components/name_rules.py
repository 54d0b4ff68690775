"""``leselupe_names``: a small rule-based person recogniser.

Used only by the built-in rules pipeline (:mod:`app.nlp.rules`), the last resort when
no trained model loads.
"""

from __future__ import annotations

import simplemma
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from app.nlp.components._stateless import Stateless

_LANG = "de"


@Language.factory("leselupe_names")
def make_name_rules(nlp: Language, name: str) -> NameRules:
    return NameRules()


class NameRules(Stateless):
    """Last-resort person recognition without a trained model.

    A run of two or more capitalised words inside a sentence, at least one of
    which simplemma does not know as a German word, is taken as a person name;
    so is a single unknown capitalised word directly followed by "(<age>)".
    """

    labels = ("PER",)

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            if not self._is_name_like(tok.text) or tok.is_sent_start:
                i += 1
                continue
            j = i
            while (
                j < n and self._is_name_like(doc[j].text) and (j == i or not doc[j].is_sent_start)
            ):
                j += 1
            words = [t.text for t in doc[i:j]]
            unknown = [w for w in words if not simplemma.is_known(w, lang=_LANG)]
            followed_by_age = (
                j + 2 < n and doc[j].text == "(" and doc[j + 1].like_num and doc[j + 2].text == ")"
            )
            if unknown and (len(words) >= 2 or followed_by_age):
                spans.append(Span(doc, i, j, label="PER"))
            i = j
        if spans:
            doc.set_ents(spacy.util.filter_spans(list(doc.ents) + spans))
        return doc

    @staticmethod
    def _is_name_like(text: str) -> bool:
        return len(text) > 1 and text[0].isupper() and text[1:2].islower()
