"""Session 36 review (rev_gloss36): the gloss36, frames36 and compound36 rules on made-up
news sentences, through the whole card. A dative no longer drops a verb phrase that cites
no "jdm." (Ding's "die Genehmigung erteilen", "Platz machen", "etw. grünes Licht geben"
take one without citing it); it only ranks a line of the same words with "jdm." first."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card

FIRST = [
    # object hints: the hint noun, a lemma of it, a compound ending in it
    ("Der Minister trägt die Verantwortung für das Desaster.", "trägt", "bears"),
    ("Im Stadtwald wurden im Winter viele Bäume geschlagen.", "geschlagen", "harvested"),
    ("Die Gemeinde wählt im Herbst einen neuen Gemeinderat.", "wählt", "chooses"),
    # datives: a phrase without "jdm." stays where Ding gives no other line
    ("Die Behörde erteilte dem Betreiber die Genehmigung.", "erteilte", "to give authorization"),
    ("Die Stadt hat dem Investor Platz gemacht.", "gemacht", "to give way to sth."),
    # since idioms36's rebuilt phrase table Ding's "für etw. grünes Licht geben" line comes first
    ("Die Stadt hat ihm grünes Licht gegeben.", "gegeben", "to green-light sth."),
    ("Die Nachricht hat ihnen große Freude gemacht.", "gemacht", "to please"),
    # ... and gives way to a line of the same words that cites "jdm."
    ("Die Abgeordnete stellte dem Minister eine Frage.", "stellte", "to ask sb. a question"),
    # a later headword of a reflexive-only line, no reflexive in the clause
    ("Der Bürgermeister ging zu den Demonstranten vor dem Rathaus.", "ging", "went"),
    # the plainer line of one phrase
    ("Die Gewerkschaft setzt die Arbeitgeber unter Druck.", "setzt", "to pressure sb."),
]


@pytest.mark.parametrize(("text", "word", "first"), FIRST)
def test_first_gloss(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0].endswith(first)


IN_THREE = [
    ("Die Dirigentin leitet das Orchester seit zehn Jahren.", "leitet", "conducts"),
    ("Die Feuerwehr löschte den Brand in der Lagerhalle.", "löschte", "to put out"),
    ("Das Flugzeug startete mit einer Stunde Verspätung.", "startete", "took off"),
]


@pytest.mark.parametrize(("text", "word", "gloss"), IN_THREE)
def test_in_first_three(text: str, word: str, gloss: str) -> None:
    assert gloss in card(text, word).glosses[:3]


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        ("Die Reisenden saßen stundenlang in der Wartekabine.", "Wartekabine", "waiting + cabin"),
        ("Die Fanvereinigung protestierte.", "Fanvereinigung", "fan + association"),
        ("Die Lastwagenkolonne stand im Stau.", "Lastwagenkolonne", "truck + gang"),
    ],
)
def test_compound_parts(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first
