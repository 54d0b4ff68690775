"""The built-in rules pipeline: the last resort when no trained model loads.

spaCy's blank German plus sentence splitting, lemmas (``leselupe_lemmatizer``) and
name rules (``leselupe_names``).
"""

from __future__ import annotations

import spacy
from spacy.language import Language

import app.nlp.components  # noqa: F401  (registers Leselupe's spaCy factories)


def build_rules_pipeline() -> Language:
    """spaCy's blank German plus sentence splitting, lemmas and name rules."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("leselupe_lemmatizer")
    nlp.add_pipe("leselupe_names")
    nlp.meta["name"] = "leselupe_rules"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "Rule-based fallback: no trained model was available."
    return nlp
