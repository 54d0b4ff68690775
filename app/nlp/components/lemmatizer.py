"""``leselupe_lemmatizer``: lemmas from simplemma's German data for tokens that have none.

The bundled pipeline has no trained lemmatizer; this component fills ``token.lemma_``
by a dictionary lookup (no model).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from app.nlp.components._stateless import Stateless
from app.nlp.lemmas import lemmatize

_KEEP_AS_IS_POS = frozenset({"PUNCT", "SPACE", "NUM", "SYM", "X", "PROPN"})


@Language.factory("leselupe_lemmatizer", default_config={"overwrite": False})
def make_lemmatizer(nlp: Language, name: str, overwrite: bool) -> SimplemmaLemmatizer:
    return SimplemmaLemmatizer(overwrite=overwrite)


class SimplemmaLemmatizer(Stateless):
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
                lemma = lemmatize(text)
                if len(cache) < 200_000:
                    cache[text] = lemma
            token.lemma_ = lemma
        return doc
