"""Leselupe's own spaCy components, one module each; importing this package registers them.

- ``leselupe_lemmatizer`` (:mod:`.lemmatizer`): simplemma lemmas for tokens without one.
- ``leselupe_names`` (:mod:`.name_rules`): rule-based persons for the rules pipeline.
- ``leselupe_lexclass`` (:mod:`.lexclass`): a word class per token for the tok2vec.
- ``leselupe_entity_rules`` (:mod:`.entity_rules`): news conventions after the NER.
- ``leselupe_org_place_rules`` (:mod:`.org_place_rules`): gazetteers and organisation/place
  patterns after the entity rules.
- ``leselupe_ner_stash`` / ``leselupe_ner_vote`` (:mod:`.ner_vote`): two NER models voting.

Pipelines saved with these components (the bundled ``resources/models/de_leselupe``)
name them only by their factory names, so this package must be imported before
``spacy.load``; :mod:`app.nlp` does that. No Qt here.
"""

from app.nlp.components import entity_rules, lemmatizer, name_rules, ner_vote, org_place_rules
from app.nlp.components.lexclass import LEX_COMMON, LEX_FIRST, LEX_PROPER, LexClass

# The lexclass names are re-exported for the training scripts (training/convert.py,
# training/lexicon.py), which import them from here.
__all__ = [
    "LEX_COMMON",
    "LEX_FIRST",
    "LEX_PROPER",
    "LexClass",
    "entity_rules",
    "lemmatizer",
    "name_rules",
    "ner_vote",
    "org_place_rules",
]
