"""``leselupe_ner_stash`` / ``leselupe_ner_vote``: two NER models voting on one document.

A second NER model (another seed, its own tok2vec) runs on the same document; the first
model's organisations are kept only where both agree.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from app.nlp.components._stateless import StatelessPipe

_STASH_KEY = "leselupe_ner_a"


@Language.factory("leselupe_ner_stash", default_config={"key": _STASH_KEY})
def make_ner_stash(nlp: Language, name: str, key: str) -> NerStash:
    return NerStash(key)


@Language.factory("leselupe_ner_vote", default_config={"key": _STASH_KEY, "agree": ["ORG"]})
def make_ner_vote(nlp: Language, name: str, key: str, agree: list[str]) -> NerVote:
    return NerVote(key, agree)


class NerStash(StatelessPipe):
    """Moves the first NER model's entities into ``doc.spans[key]`` so that a second,
    independently trained NER model sees an empty document."""

    def __init__(self, key: str = _STASH_KEY) -> None:
        self.key = key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.key] = list(doc.ents)
        doc.set_ents([], default="missing")
        return doc


class NerVote(StatelessPipe):
    """Combines two NER models: the first model's entities are kept, except that an
    entity whose label is in ``agree`` (the weak label ORG) is kept only if the
    second model found the same span with the same label."""

    def __init__(self, key: str = _STASH_KEY, agree: Iterable[str] = ("ORG",)) -> None:
        self.key = key
        self.agree = frozenset(agree)

    def __call__(self, doc: Doc) -> Doc:
        if self.key not in doc.spans:
            return doc
        second = {(e.start, e.end, e.label_) for e in doc.ents}
        first = doc.spans[self.key]
        kept = [
            Span(doc, e.start, e.end, label=e.label_)
            for e in first
            if e.label_ not in self.agree or (e.start, e.end, e.label_) in second
        ]
        del doc.spans[self.key]
        doc.ents = kept
        return doc
