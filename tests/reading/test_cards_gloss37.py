"""Session 37 (gloss37): in a text about a court case the legal sense of a word comes
first ("Verfahren": legal proceedings, "Verurteilung": conviction); the same word in a
text of another field keeps its everyday sense. Made-up sentences, whole pipeline."""

from __future__ import annotations

from tests.reading.test_cards_gloss26 import card

_COURT = (
    "Das Landgericht hat den Angeklagten zu drei Jahren Haft verurteilt. "
    "Die Staatsanwaltschaft hatte vier Jahre gefordert. "
    "Die Verfahren gegen zwei Mittäter laufen noch."
)
_FACTORY = (
    "Die Firma baut eine neue Halle. Das Verfahren spart Strom und Wasser. "
    "Die Maschinen laufen seit Montag."
)


def test_a_court_text_reads_the_legal_sense() -> None:
    assert card(_COURT, "Verfahren").glosses[0] == "legal proceedings"


def test_another_text_keeps_the_everyday_sense() -> None:
    assert card(_FACTORY, "Verfahren").glosses[0] != "legal proceedings"
