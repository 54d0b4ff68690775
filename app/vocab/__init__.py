"""The learner's vocabulary (issue 15): word status per lemma, frequency bands,
the deck of mined sentences with Anki/CSV export, known-word import and read-aloud.

Modules (none imports Qt; each is imported where it is needed):

- :mod:`app.vocab.status`: the statuses (new, learning 1–4, known, ignored).
- :mod:`app.vocab.store`: :class:`~app.vocab.store.Vocabulary`, the SQLite file in
  the user data directory with an in-memory front (:func:`~app.vocab.store.open_vocabulary`).
- :mod:`app.vocab.marks`: which lemma a token's status belongs to; statuses and bands
  of a text's tokens (names, punctuation and numbers get none).
- :mod:`app.vocab.freq`: frequency bands from wordfreq's German list.
- :mod:`app.vocab.deck`, :mod:`app.vocab.anki`: cards, CSV/TSV and ``.apkg`` export.
- :mod:`app.vocab.importing`: known words from a word list or an Anki text export.
- :mod:`app.vocab.speech`: read aloud with espeak-ng, cancellable.
- :mod:`app.vocab.cli`: ``leselupe vocab …``.
"""
