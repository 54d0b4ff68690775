"""Help ▸ Keyboard Shortcuts: a sheet written from the window's own actions.

Every action of the window that has a shortcut is shown under the menu that
offers it (actions in no menu under "More"), with the keys Qt would react to, so
that part cannot drift from the window. Only the keys that are no action (the
word cursor, Tab between panels, a list's Enter) are written by hand, first.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: The section of actions that no menu offers.
MORE = "More"

#: Keys that are no action: the text's word cursor (``ReaderView.keyPressEvent`` and
#: ``focusNextPrevChild``), Tab between the panels (``MainWindow.focusNextPrevChild``)
#: and the lists' steps (``record_rows.step_key``). Written here by hand, so
#: ``tests/ui/test_window_keys.py`` presses each of them.
MOVING = "Moving around"
MOVING_KEYS = (
    ("Next / previous word", "→ ← or Tab / Shift+Tab"),
    ("Word on the line above / below", "↑ ↓"),
    ("Page down / up", "Space / Shift+Space"),
    ("From the text to the panels", "Ctrl+Tab"),
    ("Next control in the panels", "Tab / Shift+Tab"),
    ("Next / previous mention of a list's row", "Enter / Shift+Enter"),
)


def action_label(action: QAction) -> str:
    """The action's text as a menu shows it, without mnemonics and ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def key_label(action: QAction) -> str:
    """Every key of the action, as the platform writes them: ``Ctrl++ or Ctrl+=``."""
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    return " or ".join(k for k in keys if k)


def _menu_actions(menu: QMenu) -> list[QAction]:
    out: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            out += _menu_actions(sub)
        elif not action.isSeparator():
            out.append(action)
    return out


def shortcut_sections(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """``(section, [(what, keys)])`` for every action of ``window`` that has a shortcut."""
    sections: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        rows = []
        for action in _menu_actions(menu):
            if key_label(action) and id(action) not in seen:
                seen.add(id(action))
                rows.append((action_label(action), key_label(action)))
        if rows:
            sections.append((action_label(top), rows))
    more = [
        (action_label(a), key_label(a))
        for a in window.findChildren(QAction)
        if key_label(a) and id(a) not in seen and action_label(a)
    ]
    if more:
        sections.append((MORE, more))
    return sections


def sheet_html(sections: list[tuple[str, list[tuple[str, str]]]], muted: str) -> str:
    """The sheet as a two-column table per section."""
    parts = []
    for title, rows in sections:
        parts.append(
            f"<p style='color:{muted}; font-weight:600; margin-top:10px; margin-bottom:2px'>"
            f"{escape(title.upper())}</p><table cellspacing='0' cellpadding='3' width='100%'>"
        )
        for what, keys in rows:
            parts.append(
                f"<tr><td>{escape(what)}</td>"
                f"<td align='right' style='white-space:pre'><b>{escape(keys)}</b></td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)


class ShortcutSheet(QDialog):
    """The keyboard shortcuts of a window, by menu."""

    def __init__(self, window: QMainWindow, muted: str) -> None:
        super().__init__(window)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle("Keyboard Shortcuts")
        self.sections = [(MOVING, list(MOVING_KEYS)), *shortcut_sections(window)]
        body = QLabel(sheet_html(self.sections, muted))
        body.setObjectName("shortcutTable")
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        body.setContentsMargins(16, 6, 16, 12)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(body)
        scroll.setWidget(holder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.body = body
        self.resize(440, 560)
