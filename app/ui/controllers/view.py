"""How the window looks: theme, text size, which names are coloured, the Settings dialog.

Every change is remembered in the settings and announced
(:attr:`ViewController.theme_changed`, :attr:`ViewController.font_size_changed`)
to the widgets and controllers that draw with it; the window connects them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.reading import numbers
from app.ui import settings as keys
from app.ui import theme as themes
from app.ui.chrome import Actions
from app.ui.settings import Settings
from app.ui.translator import Translator
from app.ui.widgets.reader import ReaderView

if TYPE_CHECKING:
    from app.ui.widgets.settings_dialog import SettingsDialog

#: The text size of View ▸ Actual Size.
DEFAULT_FONT_SIZE = keys.FONT_SIZE.default


def use_qt_locale(locale: QLocale | None = None) -> numbers.NumberFormat:
    """Every count the window shows is written the reader's way (Qt's default locale)."""
    locale = locale or QLocale()
    number_format = numbers.NumberFormat(locale.groupSeparator(), locale.decimalPoint())
    numbers.use_locale(number_format)
    return number_format


class ViewController(QObject):
    """Theme, text size and name colours of the window; the Settings dialog."""

    theme_changed = Signal(object)  # the Theme now in use
    font_size_changed = Signal(int)
    #: The Settings dialog was accepted; the argument says whether translation was online.
    settings_saved = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        reader: ReaderView,
        settings: Settings,
        actions: Actions,
        translator: Translator,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.reader = reader
        self.settings = settings
        self.actions = actions
        self.translator = translator
        self.theme = themes.resolve(settings.get(keys.THEME))
        use_qt_locale()
        self.settings_dialog: SettingsDialog | None = None  # while it is open
        actions.themes[settings.get(keys.THEME)].setChecked(True)
        for key, act in actions.themes.items():
            act.triggered.connect(lambda _=False, k=key: self.set_theme_setting(k))
        actions.zoom_in.triggered.connect(lambda: self.change_font_size(1))
        actions.zoom_out.triggered.connect(lambda: self.change_font_size(-1))
        actions.zoom_reset.triggered.connect(lambda: self.set_font_size(DEFAULT_FONT_SIZE))
        actions.settings.triggered.connect(self.open_settings)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def connect_legend(self) -> None:
        """The name-colour switches (once the legend toolbar made them)."""
        for key, act in self.actions.legend.items():
            act.toggled.connect(lambda on, k=key: self._on_label_toggled(k, on))
        self.reader.set_enabled_labels(self.enabled_labels())

    # ----------------------------------------------------------------- theme

    def apply_theme(self, theme: themes.Theme) -> None:
        self.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(themes.palette(theme))
            app.setStyleSheet(themes.style_sheet(theme))
        self.theme_changed.emit(theme)

    def _on_system_scheme(self, *_args: object) -> None:
        if self.settings.get(keys.THEME) == "system":
            self.apply_theme(themes.resolve("system"))

    def set_theme_setting(self, value: str) -> None:
        self.settings.set(keys.THEME, value)
        self.actions.themes[value].setChecked(True)
        self.apply_theme(themes.resolve(value))

    # ------------------------------------------------------------ text size

    def change_font_size(self, step: int) -> None:
        self.set_font_size(self.reader.font_size + step)

    def set_font_size(self, size: int) -> None:
        size = keys.FONT_SIZE.clamp(size)
        self.reader.set_font_size(size)
        self.settings.set(keys.FONT_SIZE, size)
        self.font_size_changed.emit(size)

    # ---------------------------------------------------------- name colours

    def enabled_labels(self) -> set[str]:
        return {k for k, act in self.actions.legend.items() if act.isChecked()}

    def _on_label_toggled(self, key: str, on: bool) -> None:
        self.settings.set(keys.SHOW_ENTITY[key], on)
        self.reader.set_enabled_labels(self.enabled_labels())

    # -------------------------------------------------------------- settings

    def open_settings(self) -> SettingsDialog:
        """Tools > Settings: opens the SettingsDialog (window-modal, not blocking)."""
        # Imported when first opened: it imports the translation services.
        from app.ui.widgets.settings_dialog import SettingsDialog

        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            return self.settings_dialog
        translator = self.translator
        dialog = SettingsDialog(
            self.settings,
            cache_size=lambda: translator.cache.size_bytes(),
            clear_cache=translator.clear_cache,
            cache_location=str(translator.cache.path),
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self.apply_settings_dialog(dialog))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def apply_settings_dialog(self, dialog: SettingsDialog) -> None:
        was_online = self.translator.online
        dialog.save()
        theme = self.settings.get(keys.THEME)
        self.actions.themes[theme].setChecked(True)
        self.apply_theme(themes.resolve(theme))
        self.set_font_size(self.settings.get(keys.FONT_SIZE))
        self.settings_saved.emit(was_online)
