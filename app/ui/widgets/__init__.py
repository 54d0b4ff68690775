"""The window's widgets: each draws one part and reports what the reader does, nothing more.

- :mod:`~app.ui.widgets.text_view`: the calm text column (paragraph styles, slices, geometry).
- :mod:`~app.ui.widgets.reader`: the article (entity colours, mentions, word cursor, hover).
- :mod:`~app.ui.widgets.tooltip`: the hover card and when it shows.
- :mod:`~app.ui.widgets.word_panel`, :mod:`~app.ui.widgets.people_panel`: the docks;
  :mod:`~app.ui.widgets.record_panel` under :mod:`~app.ui.widgets.quotes_panel` and
  :mod:`~app.ui.widgets.entity_panel`: the Quotes, Places and Organisations docks.
- :mod:`~app.ui.widgets.find_bar`: the find bar above the article.
- :mod:`~app.ui.widgets.translation_text`, :mod:`~app.ui.widgets.translation_pane`:
  the translation column and its scroll sync.
- :mod:`~app.ui.widgets.settings_dialog`, :mod:`~app.ui.widgets.controls`: Settings.

Behaviour (what happens when) lives in :mod:`app.ui.controllers`.
"""
