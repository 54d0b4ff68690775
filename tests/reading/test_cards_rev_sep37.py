"""Session 37 review of sep37 (rev_sep37): near misses of sep37's verb lemmas on made-up
sentences (whole pipeline): "gelassen" beside a joinable adverb or with its auxiliary
across an insertion is the verb; "auf" with an article before "hin" joins only a "hin"
verb with an "auf" object; "den" + a noun in "-n" may be a dative plural, so "sich" stays
the accusative; a particle that is a form of its own verb ("kennen") never joins."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Sie fühlten sich allein gelassen.", "gelassen", "lassen"),
        ("Sie haben, so der Sprecher, den Hund gelassen.", "gelassen", "lassen"),
        ("Man hat gesagt, er reagiere gelassen.", "gelassen", "gelassen"),
        ("Die Anleger, die viel verloren haben, reagierten gelassen.", "gelassen", "gelassen"),
        ("Die Fans nahmen es gelassen.", "gelassen", "gelassen"),
        ("Er kam auf die Einladung hin.", "kam", "kommen"),
        ("Die Ergebnisse deuten auf einen Trend hin.", "deuten", "hindeuten"),
        ("Er wies auf den Fehler hin.", "wies", "hinweisen"),
        ("Sie stellte sich den Journalisten.", "stellte", "sich stellen"),
        ("Wir kennen ihn gut.", "kennen", "kennen"),
        ("Die Wahl stand kurz bevor.", "stand", "bevorstehen"),
        ("Es tut mir leid, sagte sie.", "tut", "leidtun"),
        ("Er wusste nicht, wo sein Auto stand.", "stand", "stehen"),
    ],
)  # fmt: skip
def test_the_lemma(text: str, word: str, lemma: str) -> None:
    assert card(text, word).lemma == lemma
