"""Session 29 review (rev_gloss29): the phrase votes read "X/Y of …" heads, "zu" before
a bare noun is no person (pure functions, made-up rows and sentences)."""

from __future__ import annotations

from app.dictionary.model import Gloss, WordInfo
from app.dictionary.objects import thing_phrases
from app.dictionary.phrase_votes import phrase_sense_first, phrase_words


def test_phrase_heads_before_of_with_alternatives() -> None:
    rows = [
        ("Laufzeit eines Vertrags", "term/duration of a contract"),
        ("Laufzeit eines Darlehens", "term/maturity of a loan"),
        ("Laufzeit eines Wechsels", "term / currency of a bill"),
        ("Laufzeit im Bereitschaftszustand", "standby time"),
        ("begrenzte Laufzeit", "limited period of time"),
        ("Laufzeit einer Hypothek", "mortgage time"),
    ]
    words = phrase_words("Laufzeit", rows)
    assert {"term", "duration"} <= words[0] and "contract" in words[0]
    assert {"term", "maturity"} <= words[1]
    assert {"term", "currency"} <= words[2]
    assert words[4] == {"time"}  # an adjective before the head: the last word only
    glosses = ("term", "duration", "door-to-door time")
    info = WordInfo(
        word="Laufzeit",
        lemma="Laufzeit",
        glosses=glosses,
        senses=tuple(Gloss(g) for g in glosses),
    )
    # three phrases say "time", but three say "term", the first gloss: it stays
    assert phrase_sense_first(info, words) is info
    # the plain "HEAD of" and "a HEAD of" still count
    assert "principle" in phrase_words("Grundsatz", [("Grundsatz der X", "principle of x")])[0]
    assert (
        "mainstay"
        in phrase_words("Mannschaft", [("Säule der Mannschaft", "a mainstay of the team")])[0]
    )


def _sentence(words: str) -> list[tuple[str, str, bool]]:
    # (form, lemma, noun) as the lookup key carries them: lower case, lemma = form here
    return [(w.lower(), w.lower(), w[:1].isupper() and i > 0) for i, w in enumerate(words.split())]


def test_zu_before_a_bare_singular_noun_is_no_person() -> None:
    assert thing_phrases(_sentence("Sie kamen zu Fuß ."), 1) == ["zu"]
    assert thing_phrases(_sentence("Er kam zu Besuch ."), 1) == ["zu"]
    # a person: an article, a plural's -n, a first name
    assert thing_phrases(_sentence("Er kam zu seiner Mutter ."), 1) == []
    assert thing_phrases(_sentence("Sie kamen zu Freunden ."), 1) == []
    assert thing_phrases(_sentence("Er ging zu Anna ."), 1) == []
    # not "zu": "mit Fuß" says nothing here
    assert thing_phrases(_sentence("Er kam mit Gepäck ."), 1) == []
