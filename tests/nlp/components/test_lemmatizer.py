"""``leselupe_lemmatizer`` (app/nlp/components/lemmatizer.py)."""

from __future__ import annotations

import spacy

from app.nlp.components.lemmatizer import SimplemmaLemmatizer
from app.nlp.lemmas import lemmatize


def test_lemmas_for_words_and_the_text_for_the_rest() -> None:
    nlp = spacy.blank("de")
    doc = SimplemmaLemmatizer()(nlp("Die Kinder spielten 2024 !"))
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Kinder"] == lemmatize("Kinder") == "Kind"
    assert lemmas["spielten"] == "spielen"
    assert lemmas["2024"] == "2024" and lemmas["!"] == "!"


def test_existing_lemmas_are_kept_unless_overwrite() -> None:
    nlp = spacy.blank("de")
    doc = nlp("Kinder")
    doc[0].lemma_ = "Kinderlein"
    assert SimplemmaLemmatizer()(doc)[0].lemma_ == "Kinderlein"
    assert SimplemmaLemmatizer(overwrite=True)(doc)[0].lemma_ == "Kind"


def test_registered_factory() -> None:
    import app.nlp.components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("de")
    nlp.add_pipe("leselupe_lemmatizer")
    assert nlp("Häuser")[0].lemma_ == "Haus"
