"""Actions, menus and the legend toolbar (app.ui.chrome)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow

from app.ui import chrome
from app.ui import theme as themes


def test_actions_menus_and_legend(app, qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = chrome.Actions(window)
    assert actions.open.shortcut().toString() == "Ctrl+O"
    assert actions.translate_article.isCheckable() and actions.online.isCheckable()
    assert not actions.export.isEnabled()
    assert list(actions.themes) == ["system", "light", "dark"]
    assert actions.theme_group.isExclusive()
    assert len(window.actions()) >= 17  # every action is on the window (shortcuts work)
    recent, colours = chrome.build_menus(window, actions, ())
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Go", "&Tools", "&Help"]
    assert recent.title() == "Open &Recent" and colours.title() == "Name &Colours"
    shown = {"PER": True, "LOC": False, "ORG": True, "MISC": True}
    bar = chrome.build_legend_bar(window, actions, colours, shown)
    assert list(actions.legend) == list(themes.ENTITY_ORDER)
    assert not actions.legend["LOC"].isChecked() and actions.legend["PER"].isChecked()
    assert [a.text() for a in colours.actions()] == [themes.ENTITY_LEGEND[k] for k in shown]
    assert bar.widgetForAction(actions.online).objectName() == "onlineChip"
    chrome.paint_icons(actions, themes.DARK)
    assert not actions.legend["PER"].icon().isNull()


def test_dot_icon_has_an_on_and_an_off_state(app) -> None:
    icon = chrome.dot_icon("#D55E00", "#999999")
    on = icon.pixmap(20, 20, QIcon.Mode.Normal, QIcon.State.On).toImage()
    off = icon.pixmap(20, 20, QIcon.Mode.Normal, QIcon.State.Off).toImage()
    assert on.pixelColor(10, 10).name() == "#d55e00"  # filled
    assert off.pixelColor(10, 10).alpha() == 0  # a ring: empty in the middle
