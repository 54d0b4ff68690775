"""Keyboard focus across the window's docks.

Qt keeps the panels of a dock's hidden tabs (Quotes, Places, … behind People)
"visible", only clipped away, so Tab walked into them: the focus vanished into a
panel nobody could see, and a list that took it chose its first row (a quote got
selected behind the People tab). :func:`next_tab_stop` passes over every widget
of a dock that is not on screen, and goes from the text to the docks' tab bar,
then into the panel just chosen there, then the Word panel, and back. :func:`focus_dock`
raises a dock and puts the keyboard in it (Go ▸ Panels: Ctrl+1 … Ctrl+6).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget


def dock_on_screen(dock: QDockWidget) -> bool:
    """Whether the dock can be seen: shown, and its tab (if tabbed) the chosen one."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def _in_hidden_dock(widget: QWidget, window: QMainWindow) -> bool:
    return any(
        dock.isAncestorOf(widget) and not dock_on_screen(dock)
        for dock in window.findChildren(QDockWidget)
    )


def is_tab_stop(widget: QWidget, window: QMainWindow) -> bool:
    """A widget Tab may give the focus to: Qt's own test, plus "not in a hidden tab"."""
    policy = Qt.FocusPolicy.TabFocus
    return (
        widget.window() is window
        and (widget.focusPolicy() & policy) == policy
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
        and not _in_hidden_dock(widget, window)
    )


def first_tab_stop(dock: QDockWidget, window: QMainWindow) -> QWidget | None:
    """The first widget of ``dock`` that Tab may focus."""
    return next((w for w in tab_stops(window) if dock.isAncestorOf(w)), None)


def _region(widget: QWidget, window: QMainWindow) -> int:
    """The text (0), the docks' tab bars (1), tabbed docks (2), other docks (3), the rest."""
    central = window.centralWidget()
    if central is not None and (central is widget or central.isAncestorOf(widget)):
        return 0
    if isinstance(widget, QTabBar):
        return 1
    for dock in window.findChildren(QDockWidget):
        if dock.isAncestorOf(widget):
            return 2 if window.tabifiedDockWidgets(dock) else 3
    return 4


def tab_stops(window: QMainWindow) -> list[QWidget]:
    """Every widget Tab may focus, in the order Tab visits them: the text, the tab bar
    that picks a panel, the panel chosen there, the other docks (the Word panel)."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _ in range(10_000):  # the chain is a ring; the bound only guards a broken one
        if widget is None or widget is window:
            break
        if is_tab_stop(widget, window):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return sorted(stops, key=lambda w: _region(w, window))  # stable: chain order within


def next_tab_stop(start: QWidget, forward: bool, window: QMainWindow) -> QWidget | None:
    """Where Tab (or Shift+Tab) from ``start`` goes; None: let Qt decide."""
    stops = tab_stops(window)
    if start not in stops:
        return None
    step = 1 if forward else -1
    return stops[(stops.index(start) + step) % len(stops)]


def focus_dock(dock: QDockWidget, window: QMainWindow) -> bool:
    """Show and raise ``dock`` and put the focus on its first control; False if none."""
    dock.show()
    dock.raise_()
    target = first_tab_stop(dock, window)
    if target is None:
        return False
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return True
