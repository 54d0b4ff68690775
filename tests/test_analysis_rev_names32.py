"""Sentences of :func:`app.analysis.analyze`: a closing quote right after a word ends no
sentence, whatever the statistical splitter says (session 32, rev_names32)."""

from __future__ import annotations

import spacy
from spacy.language import Language

from app.analysis import analyze
from app.nlp import describe

_QUOTES = frozenset({"“", "»", '"'})


def _split_after_quotes() -> Language:
    nlp = spacy.blank("de")

    @Language.component("leselupe_test_quote_splitter")
    def quote_splitter(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
        for i, tok in enumerate(doc):
            prev = doc[i - 1].text if i else ""
            tok.is_sent_start = (
                i == 0 or prev in _QUOTES or (prev == "." and tok.text not in _QUOTES)
            )
        return doc

    nlp.add_pipe("leselupe_test_quote_splitter")
    return nlp


def test_a_nickname_or_quoted_word_ends_no_sentence() -> None:
    nlp = _split_after_quotes()
    text = "Der Stürmer Gerd „Bomber“ Wendtland traf. Das Wort „Wende“ prägte ihn."
    result = analyze(text, nlp, describe(nlp, "test", None))
    assert [text[s.start : s.end] for s in result.sentences] == [
        "Der Stürmer Gerd „Bomber“ Wendtland traf.",
        "Das Wort „Wende“ prägte ihn.",
    ]


def test_a_quote_closed_after_final_punctuation_still_ends_a_sentence() -> None:
    nlp = _split_after_quotes()
    text = "Er rief „Wir kommen.“ Dann ging er."
    result = analyze(text, nlp, describe(nlp, "test", None))
    assert [text[s.start : s.end] for s in result.sentences] == [
        "Er rief „Wir kommen.“",
        "Dann ging er.",
    ]
