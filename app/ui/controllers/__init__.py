"""What the window does, one concern per controller; the window wires them together.

- :mod:`~app.ui.controllers.document`: open, load, recent files, drag and drop, clipboard.
- :mod:`~app.ui.controllers.analysis`: the analysis and the dictionary off the UI thread,
  progress, the prefetch of dictionary answers, readiness.
- :mod:`~app.ui.controllers.word`: the hover card, the Word panel, what they ask to translate.
- :mod:`~app.ui.controllers.people`: the People panel, mention highlights, the export.
- :mod:`~app.ui.controllers.panels`: the Quotes, Places and Organisations panels.
- :mod:`~app.ui.controllers.find`: Find in the article (Ctrl+F).
- :mod:`~app.ui.controllers.translation`: the online switch, the translation column.
- :mod:`~app.ui.controllers.view`: theme, text size, name colours, the Settings dialog.
"""
