"""Export the deck to Anki as an ``.apkg`` package (genanki, MIT).

The note type "Leselupe sentence" has one card: the front is the sentence with
the word highlighted, the back adds the lemma with its article and plural, the
grammar line, the glosses, the sentence's translation and the source. The model
and deck ids are fixed and every note's GUID is ``genanki.guid_for(lemma,
sentence)``: importing a second export into Anki updates the notes of the first
instead of adding duplicates (Anki matches notes by GUID and note type).

The package is written to a temporary file beside the target and renamed over
it, so a failed export leaves no half file. No Qt here.
"""

from __future__ import annotations

import html
import itertools
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.vocab.deck import Card, sentence_html

#: Fixed ids: never change them, or Anki sees a new note type and a new deck.
MODEL_ID = 1_733_915_207
DECK_ID = 1_733_915_251
MODEL_NAME = "Leselupe sentence"
DEFAULT_DECK_NAME = "Leselupe"
TAG = "leselupe"

FIELDS = ("Sentence", "Word", "Headword", "Plural", "Grammar", "Glosses", "Translation", "Source")

FRONT = '<div class="sentence">{{Sentence}}</div>'
BACK = """{{FrontSide}}
<hr id="answer">
<div class="headword">{{Headword}}</div>
{{#Plural}}<div class="plural">Plural: {{Plural}}</div>{{/Plural}}
{{#Grammar}}<div class="grammar">{{Grammar}}</div>{{/Grammar}}
{{#Glosses}}<div class="glosses">{{Glosses}}</div>{{/Glosses}}
{{#Translation}}<div class="translation">{{Translation}}</div>{{/Translation}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}"""

CSS = """.card {
  font-family: "Charis SIL", Charter, Georgia, serif;
  font-size: 21px; line-height: 1.55;
  color: #2e2a24; background: #faf8f3;
  text-align: left; max-width: 34em; margin: 1.4em auto; padding: 0 1em;
}
.sentence .target {
  background: #f3e6bf; border-radius: 3px; padding: 0 0.12em; font-weight: 600;
}
hr#answer { border: none; border-top: 1px solid #ddd6c8; margin: 1.1em 0; }
.headword { font-size: 1.2em; font-weight: 600; }
.plural, .grammar, .source { color: #74695a; font-size: 0.8em; }
.glosses { margin-top: 0.45em; }
.translation { margin-top: 0.7em; font-style: italic; color: #4a4439; }
.source { margin-top: 0.9em; }
.card.nightMode, .nightMode .card { color: #e6e0d4; background: #262421; }
.nightMode .sentence .target { background: #5b4c24; }
.nightMode hr#answer { border-top-color: #4a453d; }
.nightMode .plural, .nightMode .grammar, .nightMode .source { color: #ada493; }
.nightMode .translation { color: #d3ccbd; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def note_fields(card: Card) -> list[str]:
    """The note's fields (HTML) in :data:`FIELDS` order."""
    source = " · ".join(x for x in (card.source, card.date) if x)
    return [
        sentence_html(card.sentence, card.word),
        _e(card.word),
        _e(card.headword),
        _e(card.plural),
        _e(card.grammar),
        _e("; ".join(card.glosses)),
        _e(card.translation),
        _e(source),
    ]


def note_guid(card: Card) -> str:
    """The stable GUID of a card's note: from its lemma and sentence only."""
    import genanki  # deferred: only an export needs it

    return str(genanki.guid_for(card.lemma, card.sentence))


def _model() -> Any:
    import genanki  # deferred: only an export needs it

    return genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Sentence → meaning", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
        sort_field_index=FIELDS.index("Headword"),
    )


def build_deck(cards: Iterable[Card], deck_name: str = DEFAULT_DECK_NAME) -> Any:
    """A genanki Deck holding one note per card (one per GUID: the last one wins)."""
    import genanki  # deferred: only an export needs it

    model = _model()
    deck = genanki.Deck(DECK_ID, deck_name)
    notes: dict[str, Any] = {}
    for card in cards:
        normal = card.normalized()
        guid = note_guid(normal)
        notes[guid] = genanki.Note(model=model, fields=note_fields(normal), guid=guid, tags=[TAG])
    for note in notes.values():
        deck.add_note(note)
    return deck


def export_apkg(
    cards: Iterable[Card],
    path: Path,
    *,
    deck_name: str = DEFAULT_DECK_NAME,
    timestamp: float | None = None,
) -> int:
    """Write ``cards`` as an Anki package to ``path``; returns the number of notes.

    Raises OSError (the target's directory missing or not writable) and leaves
    ``path`` untouched then.
    """
    import genanki  # deferred: only an export needs it

    deck = build_deck(cards, deck_name)
    stamp = time.time() if timestamp is None else timestamp
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tempfile.TemporaryDirectory(prefix="leselupe-apkg-") as work:
        # genanki's own write_to_file leaves its temporary database behind: build
        # the collection here and zip it the way it does.
        collection = Path(work) / "collection.anki2"
        conn = sqlite3.connect(collection)
        try:
            package = genanki.Package(deck)
            package.write_to_db(conn.cursor(), stamp, itertools.count(int(stamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        try:
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as out:
                out.write(collection, "collection.anki2")
                out.writestr("media", "{}")
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
    return len(deck.notes)
