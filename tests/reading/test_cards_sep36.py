"""Session 36 (sep36): verbs get their base form on made-up sentences (whole pipeline).

1. A separable verb's particle far from its finite verb, after objects, adverbials, a
   subordinate clause or a parenthesis: the cards of the verb and of the particle both
   head with the separable verb, also where Ding lacks it but the lexicon has it
   ("rechnete … vor": vorrechnen); a participle never takes a separated particle
   ("nahm … gelassen hin": hinnehmen, not "hinlassen"); a copula's predicative
   adjective is no particle where Ding lacks the verb ("bleibt frei").
2. A weak participle is its own verb's, not a strong verb's the form is only a 2nd
   person or finite form of ("gelangt" of gelangen, not gelingen; "vermisst" of
   vermissen, not vermessen).
3. Zu-infinitives and participles of separable verbs keep theirs.
Near misses keep theirs.
"""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card

_WIRT = "Der Wirt rechnete den Gästen die Kosten für das Essen am Abend genau vor."
_HIN = "Sie nahm die Verzögerung, die niemand erwartet hatte, gelassen hin."
_KELLER = "Die Keller liefen bei dem Regen voll, die Bäche traten über die Ufer."


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        # 1. the particle far away
        (_WIRT, "rechnete", "vorrechnen"),
        (_WIRT, "vor", "vorrechnen"),
        (_HIN, "nahm", "hinnehmen"),
        (_HIN, "hin", "hinnehmen"),
        ("Die Stadt nahm den Streik (wie erwartet) ruhig hin.", "nahm", "hinnehmen"),
        ("Das Ministerium legt die Höhe des Beitrags im Herbst fest.", "fest", "festlegen"),
        ("Das Ministerium legt die Höhe des Beitrags im Herbst fest.", "legt", "festlegen"),
        ("Nach dem Unfall riss die Serie schlagartig ab.", "riss", "abreißen"),
        ("Nach dem Unfall riss die Serie schlagartig ab.", "ab", "abreißen"),
        (_KELLER, "liefen", "volllaufen"),
        ("Er kam am Morgen und ging am Abend wieder ab.", "ging", "abgehen"),
        # near misses: a copula with a predicative adjective; no particle at all
        ("Der Eintritt bleibt selbstverständlich frei.", "bleibt", "bleiben"),
        ("Der Eintritt bleibt selbstverständlich frei.", "frei", "frei"),
        ("Der Wirt rechnete lange.", "rechnete", "rechnen"),
        ("Sie nahm das Buch vom Tisch.", "nahm", "nehmen"),
        # 2. weak participles of their own verb
        ("Wie die Handschrift in die Bestände gelangt war, ist unklar.", "gelangt", "gelangen"),
        ("Die Familie hat ihren Hund lange vermisst.", "vermisst", "vermissen"),
        ("Die Firma hat ihren Sitz nach Berlin verlegt.", "verlegt", "verlegen"),
        # near misses: the strong verb's own forms
        ("Dem Team ist der Sieg gelungen.", "gelungen", "gelingen"),
        ("Der Landvermesser hat das Grundstück vermessen.", "vermessen", "vermessen"),
        # 3. zu-infinitives and participles of separable verbs
        ("Er plant, seinen Rücktritt anzukündigen.", "anzukündigen", "ankündigen"),
        ("Sie hat ihren Rücktritt angekündigt.", "angekündigt", "ankündigen"),
    ],
)  # fmt: skip
def test_the_lemma_of_a_verb(text: str, word: str, lemma: str) -> None:
    assert card(text, word).lemma == lemma


def test_a_particle_shows_no_degree() -> None:
    found = card("Das Ministerium legt die Höhe des Beitrags im Herbst fest.", "fest")
    assert found.morph == ""
    assert found.features == ""


def test_hinnehmen_glosses() -> None:
    found = card(_HIN, "nahm")
    assert "to accept sth." in found.glosses[:3]


def test_gelangen_glosses() -> None:
    found = card("Wie die Handschrift in die Bestände gelangt war, ist unklar.", "gelangt")
    assert any("reach" in gloss for gloss in found.glosses[:3])
