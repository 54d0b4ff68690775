"""What the window shows, worked out without Qt: the presentation layer under ``app.ui``.

- :mod:`app.reading.textmodel`: offsets → word, entity, person, paragraph, sentence
  (:class:`~app.reading.textmodel.ReaderIndex`), UTF-16 positions
  (:class:`~app.reading.textmodel.Utf16Map`), paragraph styles, the translation
  column's layout.
- :mod:`app.reading.lookups`: dictionary keys of the words and the cache of answers.
- :mod:`app.reading.cards`: the word card (what the hover card and the Word panel say).
- :mod:`app.reading.card_html`, :mod:`app.reading.card_text`: a card as HTML and as
  plain text.
- :mod:`app.reading.people`: one-line descriptions of a person.
- :mod:`app.reading.quotes`, :mod:`app.reading.entities`: the rows of the Quotes,
  Places and Organisations panels.
- :mod:`app.reading.find`: Find in the article, by letters and by lemma.
- :mod:`app.reading.numbers`: counts, sizes and waits in words.

Nothing here imports Qt; everything is computed on any thread and tested without
a window.
"""
