"""German word knowledge shared by the spaCy components and the people rules.

- :mod:`.lemmas`: simplemma's German lemmas, cached (which words are known words).
- :mod:`.numbers`: the German number words ("zwei" … "neunzehn", the tens) and their values.
- :mod:`.roles`: role nouns ("Bundeskanzlerin", "Kreml-Sprecher") and their base forms.
- :mod:`.words`: the word lists and lexicon files (given names, places, agencies, credit
  labels, determiners...), loaded once.

A leaf above :mod:`app.core`: both :mod:`app.nlp` (entity rules after the NER) and
:mod:`app.people` use it, so neither has to import the other. No Qt here.
"""
