"""The actions and the Words menu of the learner's vocabulary controller (a mixin of
:class:`app.ui.controllers.vocab.VocabularyController`, which connects them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from app.ui import settings as keys
from app.ui.settings import Settings
from app.ui.widgets.reader import ReaderView
from app.vocab import speech

#: The status keys: (code, menu text, key).
MARK_KEYS = (
    ("1", "Learning &1", "1"),
    ("2", "Learning &2", "2"),
    ("3", "Learning &3", "3"),
    ("4", "Learning &4", "4"),
    ("known", "&Known", "K"),
    ("ignored", "&Ignored", "I"),
    ("new", "Back to &New", "U"),
)


class WordsMenu:
    """Builds the actions (with their shortcuts) and places them in the menus."""

    window: QMainWindow
    settings: Settings
    reader: ReaderView
    dock: QDockWidget
    mark_target: Callable[[str], None]

    # ------------------------------------------------------------- building

    def _action(self, text: str, shortcut: str | QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.window.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.mark_new_words = self._action("Mark &New Words")
        self.mark_new_words.setCheckable(True)
        self.mark_new_words.setChecked(self.settings.get(keys.MARK_NEW_WORDS))
        self.mark_new_words.setToolTip("Underline the words you have not marked yet")
        self.reader.set_show_new_words(self.mark_new_words.isChecked())
        self.marks: dict[str, QAction] = {}
        for code, text, key in MARK_KEYS:
            act = self._action(text, key)
            if key.isdigit():  # the number pad's digits too
                act.setShortcuts([QKeySequence(key), QKeySequence(f"Num+{key}")])
            act.triggered.connect(lambda _on=False, c=code: self.mark_target(c))
            self.marks[code] = act
        self.mark_remaining = self._action("Mark &Remaining New Words Known")
        self.mark_remaining.setToolTip("After reading: every word still new becomes known")
        self.undo = self._action("&Undo Mark", QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo.setEnabled(False)
        self.add_to_deck = self._action("&Add to Deck", "Ctrl+D")
        self.add_to_deck.setToolTip("Keep this word with its sentence as a flash card (Ctrl+D)")
        self.show_deck = self._action("Show D&eck…", "Ctrl+Shift+D")
        self.show_deck.setToolTip("The cards you kept: look them over, delete, export")
        self.speak_word = self._action("Read &Word Aloud", "P")
        self.speak_sentence = self._action("Read &Sentence Aloud", "Shift+P")
        # Esc (Go ▸ Clear Highlights, which the window connects to stop_reading) stops it too.
        self.stop_speech = self._action("S&top Reading Aloud")
        self.stop_speech.setEnabled(False)
        # Without espeak-ng the actions stay enabled and say how to install it (in the
        # status bar when pressed): a greyed-out P did nothing a keyboard user could see.
        reason = speech.unavailable_reason()
        for act, what in ((self.speak_word, "the word"), (self.speak_sentence, "its sentence")):
            act.setToolTip(reason or f"Read {what} aloud (espeak-ng, German voice)")
            act.setStatusTip(act.toolTip())
        self.export_deck = self._action("Export &Deck…")
        self.import_known = self._action("Import &Known Words…")
        self.show_list = self.dock.toggleViewAction()
        self.show_list.setText("New Words &List")

    def build_menus(self, before: QAction | None = None) -> QMenu:
        """The Words menu (before ``before`` in the menu bar) and the File and View entries."""
        bar = self.window.menuBar()
        menu = QMenu("&Words", self.window)
        menu.setToolTipsVisible(True)
        menu.addAction(self.mark_new_words)
        menu.addAction(self.show_list)
        menu.addSeparator()
        for act in self.marks.values():
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.mark_remaining)
        menu.addAction(self.undo)
        menu.addSeparator()
        menu.addAction(self.add_to_deck)
        menu.addAction(self.show_deck)
        menu.addAction(self.speak_word)
        menu.addAction(self.speak_sentence)
        menu.addAction(self.stop_speech)
        menu.addSeparator()
        menu.addAction(self.export_deck)
        menu.addAction(self.import_known)
        if before is not None:
            bar.insertMenu(before, menu)
        else:
            bar.addMenu(menu)
        for top in bar.actions():
            sub = top.menu()
            if not isinstance(sub, QMenu):
                continue
            name = top.text().replace("&", "")
            if name == "File":
                quit_action = next((a for a in sub.actions() if "Quit" in a.text()), None)
                if quit_action is not None:
                    sub.insertAction(quit_action, self.export_deck)
                    sub.insertAction(quit_action, self.import_known)
                    sub.insertSeparator(quit_action)
            elif name == "View":
                sub.addSeparator()
                sub.addAction(self.mark_new_words)
                sub.addAction(self.show_list)
            elif name == "Tools":
                sub.addSeparator()
                sub.addAction(self.mark_remaining)
        return menu

    def place_dock(self, beside: QDockWidget) -> None:
        """The pre-reading list as a tab beside ``beside`` (the People dock stays in front)."""
        self.window.tabifyDockWidget(beside, self.dock)
        beside.raise_()
