"""cards33: a comma inside a short quoted title does not end a clause."""

from __future__ import annotations

import pytest

from app.core.tokens import title_comma


def _comma(sentence: str, tags: str) -> bool:
    texts, tag_list = sentence.split(), tags.split()
    assert len(texts) == len(tag_list)
    return title_comma(texts, tag_list, [0] * len(texts), texts.index(","))


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # a title: no verb, capitalised on both sides of the comma
        ("hat das Stück „ Nach Amerika , Johanna “ entwickelt",
         "AUX DET NOUN PUNCT ADP PROPN PUNCT PROPN PUNCT VERB", True),
        # a quoted phrase going on in small letters: a relative clause
        ("von einer „ bitteren Entscheidung , die niemand trifft “",
         "ADP DET PUNCT ADJ NOUN PUNCT PRON PRON VERB PUNCT", False),
        # speech with a verb
        ("sagte er „ Wir kommen , Johanna “",
         "VERB PRON PUNCT PRON VERB PUNCT PROPN PUNCT", False),
        # a quotation opening the sentence is speech
        ("„ Nach Amerika , Johanna “ sagte er",
         "PUNCT ADP PROPN PUNCT PROPN PUNCT VERB PRON", False),
        # no quotation at all
        ("Anna , Johanna und Lea", "PROPN PUNCT PROPN CCONJ PROPN", False),
    ],
)  # fmt: skip
def test_title_comma(sentence: str, tags: str, expected: bool) -> None:
    assert _comma(sentence, tags) is expected
