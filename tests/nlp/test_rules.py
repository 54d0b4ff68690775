"""The built-in rules pipeline (app/nlp/rules.py)."""

from __future__ import annotations

from app.nlp.rules import build_rules_pipeline


def test_rules_pipeline_has_sentences_lemmas_and_names() -> None:
    nlp = build_rules_pipeline()
    assert nlp.pipe_names == ["sentencizer", "leselupe_lemmatizer", "leselupe_names"]
    assert nlp.meta["name"] == "leselupe_rules"
    doc = nlp("Gestern traf Hinnerk Quastenberg den Rat. Sie spielten.")
    assert len(list(doc.sents)) == 2
    assert [(e.text, e.label_) for e in doc.ents] == [("Hinnerk Quastenberg", "PER")]
    assert {t.text: t.lemma_ for t in doc}["spielten"] == "spielen"
