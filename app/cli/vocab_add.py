"""The card of ``leselupe vocab add WORD --sentence S``: S analysed as the window
analyses a text, WORD's card built by the window's core (:mod:`app.reading.deck_cards`).

It lives here, above both, because :mod:`app.vocab.cli` is a layer below the reading
layer; :func:`app.vocab.cli.add_subcommand` receives it. No Qt here.
"""

from __future__ import annotations

import sys

from app.vocab.deck import Card


def sentence_card(word: str, sentence: str) -> Card | None:
    """WORD's deck card as it stands in ``sentence``; None when it is not in it."""
    # deferred: the pipeline, the dictionary and the reading layer are for this command only
    from app.analysis import analyze
    from app.core.gcpolicy import collection_paused
    from app.dictionary import WordInfo, open_dictionary
    from app.reading.deck_cards import sentence_card as card_in_sentence

    dictionary = open_dictionary()
    if dictionary.error:
        print(f"leselupe: note: {dictionary.error}", file=sys.stderr)

    def lookup(text: str, lemma: str, pos: str, morph: str, frame: str) -> WordInfo:
        return dictionary.lookup(text, lemma=lemma, pos=pos, morph=morph, frame=frame)

    with collection_paused():  # as the window and ``analyze`` do
        return card_in_sentence(word, sentence, lookup, analyze)
