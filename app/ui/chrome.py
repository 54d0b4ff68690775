"""The window's actions, menus and name-colour toolbar: what can be done and where it is offered.

:class:`Actions` creates every action with its text, shortcut and check state;
:func:`build_menus` and :func:`build_legend_bar` place them. Nothing here
decides what an action does: the window connects them to the controllers.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.ui import theme as themes

#: The theme choices of View ▸ Theme, in menu order.
THEME_MENU = (("system", "Follow &System"), ("light", "&Light"), ("dark", "&Dark"))

#: Go ▸ Panels: the keys that put the keyboard in a panel (its tab raised) or back in
#: the text, in menu order.
PANEL_MENU = (
    ("people", "&People Panel", "Ctrl+1"),
    ("quotes", "&Quotes Panel", "Ctrl+2"),
    ("places", "P&laces Panel", "Ctrl+3"),
    ("organisations", "&Organisations Panel", "Ctrl+4"),
    ("new_words", "&New Words Panel", "Ctrl+5"),
    ("word", "&Word Panel", "Ctrl+6"),
    ("text", "Article &Text", "F6"),
)

_Shortcut = QKeySequence | str | list[QKeySequence] | None


class Actions:
    """Every action of the window (added to it, so shortcuts work without the menus)."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        K = QKeySequence.StandardKey
        self.open = self._action("&Open…", QKeySequence(K.Open))
        self.open_url = self._action("Open &URL…", "Ctrl+L")
        self.paste = self._action("Open from &Clipboard", "Ctrl+Shift+V")
        self.sample = self._action("Open &Sample Article")
        self.export = self._action("&Export People…")
        self.export.setEnabled(False)
        self.export_brief = self._action("Export &Briefing…")
        self.export_brief.setEnabled(False)
        self.quit = self._action("&Quit", unique_shortcuts(K.Quit, "Ctrl+Q"))
        # Not the standard ZoomIn: it is "Ctrl++" on Linux, and the same key twice is
        # ambiguous to Qt (and dead). Keypad plus reaches "Ctrl++" as well.
        zoom_in = unique_shortcuts("Ctrl++", "Ctrl+=")
        self.zoom_in = self._action("Zoom &In", zoom_in)
        self.zoom_out = self._action("Zoom &Out", unique_shortcuts("Ctrl+-"))
        self.zoom_reset = self._action("&Actual Size", "Ctrl+0")
        self.next_mention = self._action("&Next Mention", QKeySequence(K.FindNext))
        self.prev_mention = self._action("Pre&vious Mention", QKeySequence(K.FindPrevious))
        self.find = self._action("&Find in Article…", QKeySequence(K.Find))
        self.find_person = self._action("Find &Person", "Ctrl+Shift+F")
        self.clear_highlights = self._action("&Clear Highlights", "Esc")
        #: Go ▸ Panels, by the keys of :data:`PANEL_MENU`.
        self.panels = {key: self._action(label, shortcut) for key, label, shortcut in PANEL_MENU}
        self.theme_group = QActionGroup(window)
        self.themes: dict[str, QAction] = {}
        for key, label in THEME_MENU:
            act = self._action(label, checkable=True)
            act.setData(key)
            self.theme_group.addAction(act)
            self.themes[key] = act
        self.online = self._action("Online translation", checkable=True)
        self.translate_article = self._action("Translate article", "Ctrl+T", checkable=True)
        self.translate_article.setToolTip(
            "Show the article's translation beside it, sentence by sentence (Ctrl+T)"
        )
        self.settings = self._action(
            "&Settings…", [QKeySequence("Ctrl+,"), QKeySequence(K.Preferences)]
        )
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.copy_word = self._action("Copy Word Entry")
        self.shortcuts = self._action("&Keyboard Shortcuts", "F1")
        self.about = self._action("&About Leselupe")
        #: The name-colour switches by entity label (made by :func:`build_legend_bar`).
        self.legend: dict[str, QAction] = {}

    def _action(self, text: str, shortcut: _Shortcut = None, checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        self.window.addAction(action)
        return action


def unique_shortcuts(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The key sequences of standard keys and strings, each once, in order.

    A standard key may stand for one of the strings on this platform (ZoomIn is
    "Ctrl++" on Linux); the same sequence twice on one action is an "ambiguous
    shortcut" to Qt, and the key does nothing.
    """
    out: list[QKeySequence] = []
    for key in keys:
        sequences = [QKeySequence(key)] if isinstance(key, str) else QKeySequence.keyBindings(key)
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in out:
                out.append(sequence)
    return out


def build_menus(
    window: QMainWindow, actions: Actions, docks: tuple[QDockWidget, ...]
) -> tuple[QMenu, QMenu]:
    """File, View, Go, Tools and Help; returns the Open Recent and Name Colours menus."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(actions.open)
    file_menu.addAction(actions.open_url)
    file_menu.addAction(actions.paste)
    recent_menu = file_menu.addMenu("Open &Recent")
    file_menu.addAction(actions.sample)
    file_menu.addSeparator()
    file_menu.addAction(actions.export)
    file_menu.addAction(actions.export_brief)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    view = bar.addMenu("&View")
    view.addAction(actions.zoom_in)
    view.addAction(actions.zoom_out)
    view.addAction(actions.zoom_reset)
    view.addSeparator()
    theme_menu = view.addMenu("&Theme")
    for act in actions.themes.values():
        theme_menu.addAction(act)
    colours_menu = view.addMenu("Name &Colours")
    view.addSeparator()
    for dock in docks:
        view.addAction(dock.toggleViewAction())
    go = bar.addMenu("&Go")
    go.addAction(actions.find)
    go.addAction(actions.find_person)
    go.addAction(actions.next_mention)
    go.addAction(actions.prev_mention)
    go.addAction(actions.clear_highlights)
    go.addSeparator()
    panels = go.addMenu("P&anels")
    for act in actions.panels.values():
        panels.addAction(act)
    tools = bar.addMenu("&Tools")
    tools.addAction(actions.online)
    tools.addAction(actions.translate_article)
    tools.addSeparator()
    tools.addAction(actions.settings)
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.about)
    return recent_menu, colours_menu


def build_legend_bar(
    window: QMainWindow, actions: Actions, colours_menu: QMenu, shown: dict[str, bool]
) -> QToolBar:
    """The toolbar that is the colour legend: one switch per name type, then the translation."""
    bar = QToolBar("Names", window)
    bar.setObjectName("legendBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setIconSize(QSize(10, 10))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.toggleViewAction().setText("Name Colour Legend")
    label = QLabel("Highlight", bar)
    label.setContentsMargins(2, 0, 6, 0)
    bar.addWidget(label)
    for key in themes.ENTITY_ORDER:
        act = QAction(themes.ENTITY_LEGEND[key], window)
        act.setCheckable(True)
        act.setChecked(shown[key])
        act.setToolTip(f"Show {themes.ENTITY_LEGEND[key].lower()} in colour ({key})")
        _add_chip(bar, act, "legendChip")
        colours_menu.addAction(act)
        actions.legend[key] = act
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    _add_chip(bar, actions.online, "onlineChip")
    _add_chip(bar, actions.translate_article, "paneChip")
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def _add_chip(bar: QToolBar, action: QAction, name: str) -> None:
    bar.addAction(action)
    button = bar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setObjectName(name)
        button.setCursor(Qt.CursorShape.PointingHandCursor)


def paint_icons(actions: Actions, theme: themes.Theme) -> None:
    """The legend dots in the theme's entity colours, the translation switch in its accent."""
    for key, act in actions.legend.items():
        act.setIcon(dot_icon(theme.entity[key], theme.muted))
    actions.online.setIcon(dot_icon(theme.accent, theme.muted))


def dot_icon(colour: str, off_colour: str) -> QIcon:
    """A filled dot in the entity colour (on) or a hollow grey ring (off)."""
    icon = QIcon()
    for state, fill in ((QIcon.State.On, True), (QIcon.State.Off, False)):
        size = 20
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if fill:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
        else:
            painter.setPen(QPen(QColor(off_colour), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(3, 3, size - 6, size - 6)
        painter.end()
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
        icon.addPixmap(pixmap, QIcon.Mode.Active, state)
    return icon
