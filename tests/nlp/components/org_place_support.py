"""Helpers for the tests of ``leselupe_org_place_rules`` on the bundled pipeline.

Each test gives the rules a fixed NER output (:func:`rules_on`), so it checks the rules
and not what the statistical model happens to predict; a few end-to-end cases run the
whole bundled pipeline (:func:`run_pipeline`) on sentences like those in the NER issue.
"""

from __future__ import annotations

from typing import Any

from tests.helpers import REPO

MODEL = REPO / "resources" / "models" / "de_leselupe"

Ents = set[tuple[str, str]]


def load_bundled() -> Any:
    import spacy

    from app.nlp import load_directory

    loaded = load_directory(MODEL)
    assert "leselupe_org_place_rules" in loaded.pipe_names
    assert isinstance(loaded, spacy.language.Language)
    return loaded


def rules_on(nlp: Any, text: str, ents: list[tuple[str, str]], **config: bool) -> Ents:
    """Tag ``text`` without the NER, set ``ents`` ("surface", label), run the rules."""
    from spacy.tokens import Span

    from app.nlp.components.org_place_rules import OrgPlaceRules

    with nlp.select_pipes(
        disable=["ner", "leselupe_entity_rules", "leselupe_org_place_rules", "leselupe_lemmatizer"]
    ):
        doc = nlp(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface))
        assert span is not None, surface
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.set_ents(spans)
    rules = OrgPlaceRules(nlp=nlp, **config) if config else nlp.get_pipe("leselupe_org_place_rules")
    return {(e.text, e.label_) for e in rules(doc).ents}


def run_pipeline(nlp: Any, text: str) -> Ents:
    return {(e.text, e.label_) for e in nlp(text).ents}
