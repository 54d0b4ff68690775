"""Leselupe's own spaCy components, registered as factories on import.

- ``leselupe_lemmatizer``: lemmas from simplemma's German data for tokens that
  have none yet (the bundled pipeline has no trained lemmatizer).
- ``leselupe_names``: a small rule-based person recogniser used only by the
  built-in rules pipeline, the last resort when no trained model loads.

Pipelines saved with these components need this module imported before
``spacy.load``; :mod:`app.nlp` does that. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable

import simplemma
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

_LANG = "de"
_KEEP_AS_IS_POS = frozenset({"PUNCT", "SPACE", "NUM", "SYM", "X", "PROPN"})


@Language.factory("leselupe_lemmatizer", default_config={"overwrite": False})
def make_lemmatizer(nlp: Language, name: str, overwrite: bool) -> SimplemmaLemmatizer:
    return SimplemmaLemmatizer(overwrite=overwrite)


class SimplemmaLemmatizer:
    """Fills ``token.lemma_`` from simplemma (fast dictionary lookup, no model)."""

    def __init__(self, overwrite: bool = False) -> None:
        self.overwrite = overwrite
        self._cache: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        cache = self._cache
        for token in doc:
            if token.lemma != 0 and not self.overwrite:
                continue
            text = token.text
            if not text[:1].isalpha() or token.pos_ in _KEEP_AS_IS_POS:
                token.lemma_ = text
                continue
            lemma = cache.get(text)
            if lemma is None:
                try:
                    lemma = simplemma.lemmatize(text, lang=_LANG)
                except (ValueError, TypeError):
                    lemma = text
                if len(cache) < 200_000:
                    cache[text] = lemma
            token.lemma_ = lemma
        return doc

    # spaCy serialisation hooks: the component has no state worth saving.
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> SimplemmaLemmatizer:
        return self

    def to_disk(self, path: object, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path: object, *, exclude: Iterable[str] = ()) -> SimplemmaLemmatizer:
        return self


@Language.factory("leselupe_names")
def make_name_rules(nlp: Language, name: str) -> NameRules:
    return NameRules()


class NameRules:
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

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> NameRules:
        return self

    def to_disk(self, path: object, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path: object, *, exclude: Iterable[str] = ()) -> NameRules:
        return self


def build_rules_pipeline() -> Language:
    """spaCy's blank German plus sentence splitting, lemmas and name rules."""
    nlp = spacy.blank(_LANG)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("leselupe_lemmatizer")
    nlp.add_pipe("leselupe_names")
    nlp.meta["name"] = "leselupe_rules"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "Rule-based fallback: no trained model was available."
    return nlp
