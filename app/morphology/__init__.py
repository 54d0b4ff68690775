"""The grammar of word forms for word cards and the JSON: right, or not shown.

Entry point: :func:`features` (``tokens``, token index, the token's dictionary
entry) -> :class:`FormAnalysis` with the features to show (``.shown``, UD
notation via ``.ud()``), a one-line explanation for learners, the corrected
lemma, and for nouns the article and plural of the lemma.

How it decides, module by module: :mod:`.lexicon` (the bundled tables),
:mod:`.nouns`, :mod:`.verbs`, :mod:`.adjectives` (a form by itself),
:mod:`.agreement` and :mod:`.phrase` (the noun phrase), :mod:`.clause`
(subject and verb), :mod:`.tagging` (parts of speech the forms correct),
:mod:`.engine` (the token in its sentence), :mod:`.explain` (lines for
learners). See docs/morphology.md. No Qt, no spaCy.
"""

from __future__ import annotations

from app.morphology.engine import features
from app.morphology.lexicon import adjective_comparison, participles, tables
from app.morphology.model import DictionaryEntry, FormAnalysis
from app.morphology.noun_form import set_gender_lookup
from app.morphology.nouns import rare_plural
from app.morphology.tagging import set_adverb_lookup

__all__ = [
    "DictionaryEntry",
    "FormAnalysis",
    "features",
    "preload",
    "set_adverb_lookup",
    "set_gender_lookup",
]


def preload() -> None:
    """Load the bundled tables now (a worker thread's job: about 0.1–0.3 s once), so
    that the first word card does not wait for them."""
    tables()
    participles()
    adjective_comparison("gut")  # the irregular comparisons
    rare_plural("Wasser", "Wässer")  # the frequency list the plural check reads
