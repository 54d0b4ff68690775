"""A fast spaCy pipeline without a model: tokens, sentences and a few names by rule."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from app.nlp import PipelineInfo, describe


@cache
def rules_pipeline() -> tuple[Language, PipelineInfo]:
    """spaCy's German tokenizer, a sentencizer, and Olaf Scholz and Berlin as names."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": "PER", "pattern": "Olaf Scholz"},
            {"label": "PER", "pattern": "Scholz"},
            {"label": "LOC", "pattern": "Berlin"},
        ]
    )
    return nlp, describe(nlp, "de_test", None)
