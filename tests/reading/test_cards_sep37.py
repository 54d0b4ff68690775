"""Session 37 (sep37): verbs and the words around them on made-up sentences (whole pipeline).

1. A separated particle far from its verb: a particle the tagger read as a verb ("kämen …
   voran", "tut … leid", "hielt … zugute"), the first parts written together with their
   verb since 2006 ("leid", "zugute"), a bracket after the particle ("ließ … nicht zu
   (Az.: …)"), an insertion after the main clause's verb ("wies, wie schon im Mai, …
   hin"), and "auf" with an article before "hin" (the object of hinweisen, not the
   circumposition "auf Anfrage hin"); the circumposition "aus … heraus" before a verb
   written apart is no particle of it ("aus dem Ausland heraus operieren": operieren).
2. The participle of a verb that forms no state passive after a copula or as an adverb is
   the adjective ("blieb gelassen": calm); a participle heads with the verb it is a
   participle of, not with Ding's synonym ("gebündelt": bündeln, not zusammenfassen).
3. "sich" beside an accusative object the grammar shows is a dative: "hat sich hohe
   Ziele gesetzt" is setzen, not "sich setzen" (to sit down).
Near misses keep theirs.
"""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card

_WIES = "Die Sprecherin wies, wie schon in der vergangenen Woche, auf die Gefahren hin."
_LEID = "Es tut uns sehr leid."
_VORAN = "Doch die Planungen kämen nur schleppend voran, bemängelte der Bürgermeister."
_ZUGUTE = "Das Gericht hielt dem Mann sein Geständnis zugute, das ihm geholfen habe."
_ZU = "Die Kammer ließ die Berufung gegen das Urteil nicht zu (Az.: 4 U 12/26)."


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        # 1. separated particles
        (_WIES, "wies", "hinweisen"),
        (_WIES, "hin", "hinweisen"),
        (_LEID, "tut", "leidtun"),
        (_LEID, "leid", "leidtun"),
        (_VORAN, "kämen", "vorankommen"),
        (_ZUGUTE, "hielt", "zugutehalten"),
        (_ZU, "ließ", "zulassen"),
        (_ZU, "zu", "zulassen"),
        ("Der Vorstand wies auf eine Lücke im Haushalt hin.", "wies", "hinweisen"),
        # near misses: the circumposition; a sentence opening with a subordinate clause
        ("Der Konzern reagierte auf Anfrage hin nicht.", "reagierte", "reagieren"),
        ("Die Polizei kam auf Bitten der Anwohner hin.", "kam", "kommen"),
        ("Als der Zug hielt, stiegen alle Fahrgäste aus.", "stiegen", "aussteigen"),
        ("Als der Zug hielt, stiegen alle Fahrgäste aus.", "hielt", "halten"),
        ("Das Leid der Familien ist groß.", "Leid", "Leid"),
        # a circumposition's second half before a verb is no particle written apart
        ("Die Täter, die aus dem Ausland heraus operieren, sind fern.", "operieren", "operieren"),
        ("Der Chirurg hat den Tumor heraus operiert.", "operiert", "herausoperieren"),
        # 2. participles
        ("Der Trainer blieb nach der Niederlage gelassen.", "gelassen", "gelassen"),
        ("Die Anwohner nahmen die Nachricht gelassen hin.", "gelassen", "gelassen"),
        ("Er hat seinen Hund im Auto gelassen.", "gelassen", "lassen"),
        ("Man hat ihn lange in Ruhe gelassen.", "gelassen", "lassen"),
        ("Eingriffe sollen künftig in weniger Kliniken gebündelt werden.", "gebündelt", "bündeln"),
        ("Im vergangenen Jahr seien große Mengen verloren gegangen.", "gegangen", "verlorengehen"),
        # 3. the dative "sich"
        ("Sie hat sich hohe Ziele gesetzt.", "gesetzt", "setzen"),
        ("Der Verein kann sich einen neuen Trainer nicht leisten.", "leisten", "sich leisten"),
        # near misses: the tagger's case of a noun phrase is no evidence of an accusative
        ("Am Telefon gibt sich ein Anrufer als Polizist aus.", "gibt", "sich ausgeben"),
        ("Doch es habe sich keine einzige Bewerberin gemeldet.", "gemeldet", "sich melden"),
        ("Die Proben, auf die sich die Ermittler stützten, fehlen.", "stützten", "sich stützen"),
        ("Die Reform zieht hohe Kosten nach sich.", "zieht", "nach sich ziehen"),
        ("Der Minister hat sich dem Druck gebeugt.", "gebeugt", "sich beugen"),
        ("Bund und Länder einigten sich am Montag.", "einigten", "sich einigen"),
        ("Die Kommission hat sich vorgenommen, Regeln zu ändern.", "vorgenommen", "sich vornehmen"),
    ],
)  # fmt: skip
def test_the_lemma(text: str, word: str, lemma: str) -> None:
    assert card(text, word).lemma == lemma


def test_gelassen_is_an_adjective_without_verb_grammar() -> None:
    found = card("Der Trainer blieb nach der Niederlage gelassen.", "gelassen")
    assert "VerbForm" not in found.features
    assert found.glosses[0] in ("cool", "calm", "composed", "laid-back")


def test_a_dative_sich_loses_to_sit_down() -> None:
    found = card("Sie hat sich hohe Ziele gesetzt.", "gesetzt")
    assert "to sit down" not in found.glosses[:3]


def test_leidtun_glosses() -> None:
    assert card(_LEID, "tut").glosses[0] == "to be sorry"
