"""Converter: Ding's ``de-en.txt(.gz)`` -> Leselupe's compact SQLite dictionary.

Run ``python -m app.dictionary.build --source PATH/de-en.txt.gz`` to rebuild
``resources/dictionary/ding-de-en.sqlite.xz`` (the file the app installs into
the user data directory on first run). Development tool: the app itself only
reads the result, and no runtime module imports this package. No Qt here;
nothing is written outside the given output directory.

- :mod:`~app.dictionary.build.ding` parses Ding's lines;
- :mod:`~app.dictionary.build.entries` turns a line into an entry and the
  forms (single words) that lead to it;
- :mod:`~app.dictionary.build.scores` gives the static scores of forms, lines
  and glosses;
- :mod:`~app.dictionary.build.lemmas` picks simplemma's form -> lemma pairs
  the lookup needs;
- :mod:`~app.dictionary.build.database` writes and compresses the database;
- :mod:`~app.dictionary.build.__main__` is the command line.
"""
