"""A quote as found, before its speaker is resolved. No spaCy, no Qt."""

from __future__ import annotations

from dataclasses import dataclass

from app.quotes.phrases import Phrase


@dataclass(slots=True)
class Candidate:
    """Quoted or reported words and how the text attributes them."""

    first: int  # first token of the words
    stop: int  # token after the last
    kind: str  # "direct" or "indirect"
    #: The phrase naming the speaker ("sagte *der Minister*"), or None.
    subject: Phrase | None = None
    #: No attribution of its own: the speaker of the quote before goes on.
    continues: bool = False
    #: How it was found ("after", "colon", "embedded", "source", "konjunktiv", ...).
    frame: str = ""
    #: A token range whose organisation or title is the source ("laut *Polizei*").
    source: tuple[int, int] | None = None
    #: Strength when two candidates overlap: the higher one stays.
    rank: int = 0
    #: A quotation left open at its paragraph's end: the quote goes on in the next one.
    open_ended: bool = False
