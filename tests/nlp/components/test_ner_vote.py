"""``leselupe_ner_stash`` / ``leselupe_ner_vote`` (app/nlp/components/ner_vote.py)."""

from __future__ import annotations


def test_ner_vote_keeps_weak_label_only_if_both_models_agree() -> None:
    import spacy
    from spacy.tokens import Span

    from app.nlp.components.ner_vote import NerStash, NerVote

    nlp = spacy.blank("de")
    doc = nlp("Der Konzern Quastenberg Solar und Lene Wroblewski aus Bremen und die Linke")

    def spans(*pairs: tuple[int, int, str]) -> list[Span]:
        return [Span(doc, a, b, label=lab) for a, b, lab in pairs]

    doc.ents = spans((2, 4, "ORG"), (5, 7, "PER"), (8, 9, "LOC"), (11, 12, "ORG"))
    doc = NerStash()(doc)
    assert not doc.ents
    # the second model: agrees on "die Linke" only, and calls Bremen an ORG
    doc.ents = spans((8, 9, "ORG"), (11, 12, "ORG"))
    doc = NerVote(agree=["ORG"])(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Lene Wroblewski", "PER"),
        ("Bremen", "LOC"),
        ("Linke", "ORG"),
    ]
    assert not doc.spans


def test_vote_without_a_stash_changes_nothing() -> None:
    import spacy
    from spacy.tokens import Span

    from app.nlp.components.ner_vote import NerVote

    doc = spacy.blank("de")("Die Linke in Bremen")
    doc.ents = [Span(doc, 1, 2, label="ORG")]
    assert [(e.text, e.label_) for e in NerVote()(doc).ents] == [("Linke", "ORG")]
