"""The window's small things: zoom keys, Esc, the status line after errors, counts in the
reader's locale, Help ▸ Keyboard Shortcuts and Help ▸ About (app.ui.chrome, app.ui.window)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction

from app.reading import numbers
from app.ui import chrome
from app.ui.controllers.view import DEFAULT_FONT_SIZE, use_qt_locale
from app.ui.widgets.shortcuts import (
    MORE,
    MOVING,
    MOVING_KEYS,
    action_label,
    key_label,
    shortcut_sections,
)
from tests.ui.ui_helpers import STORY, open_and_wait

CTRL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


def _press(qtbot, window, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the reader types it (window shortcuts need the window active)."""
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, key, modifiers)


def test_every_zoom_key_works(make_window, qtbot) -> None:
    """Ctrl+Plus, Ctrl+= and keypad plus zoom in; Ctrl+Minus out; Ctrl+0 resets.

    The window's tests fail on any Qt warning, so an "Ambiguous shortcut overload"
    (the same key twice on one action) fails this test, too.
    """
    window = make_window()
    reader = window.reader
    size = reader.font_size
    for key, modifiers in (
        (Qt.Key.Key_Plus, CTRL),
        (Qt.Key.Key_Equal, CTRL),
        (Qt.Key.Key_Plus, CTRL | KEYPAD),
    ):
        _press(qtbot, window, key, modifiers)
        assert reader.font_size == size + 1, (key, modifiers)
        size += 1
    _press(qtbot, window, Qt.Key.Key_Minus, CTRL)
    assert reader.font_size == size - 1
    _press(qtbot, window, Qt.Key.Key_0, CTRL)
    assert reader.font_size == DEFAULT_FONT_SIZE


def test_shortcuts_are_never_listed_twice(app) -> None:
    keys = chrome.unique_shortcuts(
        chrome.QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+=", "Ctrl+="
    )
    texts = [k.toString() for k in keys]
    assert len(texts) == len(set(texts)) and "Ctrl++" in texts and "Ctrl+=" in texts


def test_escape_clears_the_highlights(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    window.people_panel.select_person(0)
    assert window.reader.mentions and window.people_panel.selected_person() == 0
    window.reader.set_word_cursor(3)
    assert "mention 1 of" in window.statusBar().currentMessage()
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert window.reader.mentions == () and window.statusBar().currentMessage() == ""
    assert window.reader.word_cursor is None
    assert window.people_panel.selected_person() == -1
    window.people_panel.select_person(0)  # selecting again highlights again
    assert window.reader.mentions


def test_status_line_is_back_at_rest_after_an_error(
    make_window, qtbot, tmp_path: Path, message_boxes
) -> None:
    window = make_window()
    missing = tmp_path / "weg.txt"
    with qtbot.waitSignal(window.load_failed, timeout=10_000):
        window.open_path(missing)
    assert message_boxes and "Opening" not in window.status.label.text()
    assert not window.status.progress.isVisible()
    open_and_wait(qtbot, window, text=STORY)
    summary = window.status.label.text()
    assert summary.endswith("names")
    with qtbot.waitSignal(window.load_failed, timeout=10_000):
        window.open_path(missing)
    assert window.status.label.text() == summary  # the article stays, so does its summary


def test_a_new_document_takes_away_the_old_ones_messages(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    window.people_panel.select_person(0)
    assert window.statusBar().currentMessage().startswith("Olaf Scholz: mention")
    open_and_wait(qtbot, window, text="Ein ganz anderer Text ohne Leute.")
    assert "Olaf Scholz" not in window.statusBar().currentMessage()


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)
    numbers.use_locale(numbers.DEFAULT_FORMAT)


@pytest.mark.usefixtures("german")
def test_counts_follow_the_readers_locale(make_window, qtbot) -> None:
    assert use_qt_locale() == numbers.NumberFormat(".", ",")
    window = make_window()
    long_story = "\n\n".join([STORY] * 60)
    open_and_wait(qtbot, window, text=long_story)
    summary = window.status.label.text()
    words = summary.split(" words")[0]
    assert "." in words and "," not in words, summary  # "3.660 words · …"


def test_shortcut_sheet_lists_every_action_with_a_shortcut(make_window, qtbot) -> None:
    window = make_window()
    sheet = window.show_shortcuts()
    listed = {(what, keys) for _title, rows in sheet.sections for what, keys in rows}
    with_keys = [a for a in window.findChildren(QAction) if a.shortcuts() and action_label(a)]
    assert len(with_keys) >= 12
    for action in with_keys:
        assert (action_label(action), key_label(action)) in listed, action.text()
    titles = [title for title, _rows in sheet.sections]
    assert titles[:4] == [MOVING, "File", "View", "Go"] and "Help" in titles
    text = sheet.body.text()
    assert "Zoom In" in text and "Ctrl++ or Ctrl+=" in text and "Clear Highlights" in text
    assert MORE not in titles or all(rows for title, rows in sheet.sections)
    sheet.close()
    # The sheet is generated: a new action with a shortcut shows up by itself.
    extra = QAction("Read Aloud", window)
    extra.setShortcut("Ctrl+Shift+R")
    window.addAction(extra)
    more = dict(shortcut_sections(window))[MORE]
    assert ("Read Aloud", "Ctrl+Shift+R") in more


def test_the_hand_written_moving_keys_do_what_the_sheet_says(make_window, qtbot) -> None:
    """The sheet's first section is written by hand: press each key it names."""
    from PySide6.QtWidgets import QApplication

    assert len(MOVING_KEYS) == 6
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    reader = window.reader
    _press(qtbot, window, Qt.Key.Key_Right)
    first = reader.word_cursor
    assert first is not None
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    second = reader.word_cursor
    assert second is not None and second > first
    qtbot.keyClick(reader, Qt.Key.Key_Left)
    assert reader.word_cursor == first
    qtbot.keyClick(reader, Qt.Key.Key_Down)
    assert reader.word_cursor is not None and reader.word_cursor > first
    qtbot.keyClick(reader, Qt.Key.Key_Tab, CTRL)  # from the text to the panels
    assert QApplication.focusWidget() is not reader
    people = window.people_panel.list
    people.setFocus()
    qtbot.keyClick(people, Qt.Key.Key_Return)  # Enter: the row's next mention in the text
    assert people.currentRow() == 0
    assert "mention 2 of" in window.statusBar().currentMessage()  # choosing showed the 1st
    qtbot.keyClick(people, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert "mention 1 of" in window.statusBar().currentMessage()


def test_space_pages_the_text_as_the_sheet_says(make_window, qtbot) -> None:
    window = make_window()
    window.resize(800, 300)
    open_and_wait(qtbot, window, text=STORY * 40)
    reader = window.reader
    reader.setFocus()
    bar = reader.verticalScrollBar()
    assert bar.maximum() > bar.pageStep()
    qtbot.keyClick(reader, Qt.Key.Key_Space)
    assert bar.value() > 0
    qtbot.keyClick(reader, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == 0


def test_help_about_names_version_model_dictionary_and_licences(
    make_window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window.dialogs, "about", lambda title, html: shown.append((title, html)))
    window.commands.about.trigger()
    ((title, html),) = shown
    assert title == "About Leselupe"
    assert "0.1.0" in html and "GPL-3.0-or-later" in html and "GPL-2.0-or-later" in html
    assert "leselupe" in html.lower() and "Ding" in html


def test_no_menu_gives_one_mnemonic_to_two_entries(make_window) -> None:
    """Alt+G, P only cycled between Find Person, Previous Mention and Panels."""
    import re

    from PySide6.QtWidgets import QMenu

    window = make_window()
    for menu in [window.menuBar(), *window.menuBar().findChildren(QMenu)]:
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            found = re.search(r"&([^&])", action.text().replace("&&", ""))
            if found and not action.isSeparator():
                letters.setdefault(found.group(1).lower(), []).append(action.text())
        assert all(len(texts) == 1 for texts in letters.values()), (menu.title(), letters)
