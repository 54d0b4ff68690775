"""The Settings dialog: reading (theme, text size) and online translation (service, keys, cache).

The dialog edits a copy of the values and writes them to :class:`~app.ui.settings.Settings`
only when accepted (:meth:`SettingsDialog.save`); the window then applies them
(a new translation service, the old one closed). API keys are edited in fields
that show their text only while being edited and are never put into a label,
a tooltip or the status bar. The cache's size and its Clear button act at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reading.numbers import human_size
from app.reading.translations import TARGET_LANGUAGES
from app.translate import PROVIDERS
from app.ui import settings as keys
from app.ui.settings import KEY_SETTINGS, Settings
from app.ui.widgets.controls import CheckBox, ChoiceBox

THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}


class SettingsDialog(QDialog):
    """Edit the reading and translation settings; :meth:`save` writes them."""

    def __init__(
        self,
        settings: Settings,
        *,
        cache_size: Callable[[], int],
        clear_cache: Callable[[], None],
        cache_location: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.settings = settings
        self._cache_size = cache_size
        self._clear_cache = clear_cache
        self._keys = {name: settings.get(key) for name, key in KEY_SETTINGS.items()}
        self._provider = settings.get(keys.PROVIDER)
        self._build_reading(settings)
        self._build_translation(settings)
        cache_box = self._build_cache(cache_location)
        self._build_form(cache_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(0)
        layout.addLayout(self.form)
        layout.addSpacing(18)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.online.toggled.connect(self._update_rows)
        self._load_key()
        self._update_rows()
        self.refresh_cache_size()
        self.setMinimumWidth(500)

    def _build_reading(self, settings: Settings) -> None:
        self.theme = ChoiceBox(self)
        for value in keys.THEME.allowed():
            self.theme.addItem(THEME_LABELS[value], value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get(keys.THEME))))
        self.font_size = ChoiceBox(self)
        for size in range(keys.FONT_SIZE.low, keys.FONT_SIZE.high + 1):
            self.font_size.addItem(f"{size} pt", size)
        self.font_size.setCurrentIndex(
            max(0, self.font_size.findData(settings.get(keys.FONT_SIZE)))
        )
        self.font_size.setMaximumWidth(120)

    def _build_translation(self, settings: Settings) -> None:
        # The toolbar's switch: one online access for translation and web pages.
        self.online = CheckBox("Online translation and web pages", self)
        self.online.setChecked(settings.get(keys.ONLINE))
        self.provider = ChoiceBox(self)
        for name, info in PROVIDERS.items():
            self.provider.addItem(info.label, name)
        self.provider.setCurrentIndex(max(0, self.provider.findData(self._provider)))
        self.api_key = QLineEdit(self)
        self.api_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.server_url = QLineEdit(settings.get(keys.LIBRE_URL), self)
        self.server_url.setPlaceholderText("http://127.0.0.1:5000")
        self.region = QLineEdit(settings.get(keys.MICROSOFT_REGION), self)
        self.region.setPlaceholderText("e.g. westeurope (optional)")
        self.target = ChoiceBox(self)
        for code, name in TARGET_LANGUAGES:
            self.target.addItem(name, code)
        self.target.setCurrentIndex(max(0, self.target.findData(settings.get(keys.TARGET))))
        self.privacy = QLabel(self)
        self.privacy.setObjectName("muted")
        self.privacy.setWordWrap(True)

    def _build_cache(self, cache_location: str) -> QWidget:
        self.cache_label = QLabel(self)
        if cache_location:
            self.cache_label.setToolTip(cache_location)
        self.clear_button = QPushButton("Clear", self)
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_cache)
        cache_box = QWidget(self)
        cache_row = QHBoxLayout(cache_box)
        cache_row.setContentsMargins(0, 0, 0, 0)
        cache_row.setSpacing(12)
        cache_row.addWidget(self.cache_label)
        cache_row.addWidget(self.clear_button)
        cache_row.addStretch(1)
        return cache_box

    def _build_form(self, cache_box: QWidget) -> None:
        """One form, so that the labels of all sections line up."""
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(9)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self._section("Reading", first=True)
        form.addRow("Theme", self.theme)
        form.addRow("Text size", self.font_size)
        self._section("Online translation")
        form.addRow("", self.online)
        form.addRow("Service", self.provider)
        form.addRow("Server address", self.server_url)
        form.addRow("API key", self.api_key)
        form.addRow("Region", self.region)
        form.addRow("Translate into", self.target)
        form.addRow("", self.privacy)
        self._section("Cache")
        form.addRow("Saved translations", cache_box)
        self.translation_form = form

    def _section(self, title: str, first: bool = False) -> None:
        heading = QLabel(title.upper(), self)
        heading.setObjectName("sectionTitle")
        if not first:
            heading.setContentsMargins(0, 14, 0, 0)
        self.form.addRow(heading)

    # ------------------------------------------------------------- behaviour

    def provider_name(self) -> str:
        return str(self.provider.currentData())

    def _provider_changed(self) -> None:
        self._keys[self._provider] = self.api_key.text().strip()
        self._provider = self.provider_name()
        self._load_key()
        self._update_rows()

    def _load_key(self) -> None:
        self.api_key.setText(self._keys.get(self._provider, ""))

    def _update_rows(self) -> None:
        info = PROVIDERS[self.provider_name()]
        form = self.translation_form
        form.setRowVisible(self.server_url, info.needs_server)
        form.setRowVisible(self.api_key, info.accepts_key)
        form.setRowVisible(self.region, info.name == "microsoft")
        if info.accepts_key:
            self.api_key.setPlaceholderText("required" if info.needs_key else "optional")
        where = info.sends_to
        if self.online.isChecked():
            text = (
                f"The text of the article's sentences, and of words the dictionary does not "
                f"know, is sent to {where}; web pages you open are fetched from their sites."
            )
        else:
            text = (
                f"Off: Leselupe opens no network connection. When on, the text of the "
                f"article's sentences is sent to {where}, and web pages you open are "
                f"fetched from their sites."
            )
        self.privacy.setText(text)

    def refresh_cache_size(self) -> None:
        self.cache_label.setText(human_size(self._cache_size()))

    def clear_cache(self) -> None:
        self._clear_cache()
        self.refresh_cache_size()

    def save(self) -> None:
        """Write the edited values to the settings."""
        self._keys[self._provider] = self.api_key.text().strip()
        s = self.settings
        s.set(keys.THEME, str(self.theme.currentData()))
        s.set(keys.FONT_SIZE, int(self.font_size.currentData()))
        s.set(keys.ONLINE, self.online.isChecked())
        s.set(keys.PROVIDER, self.provider_name())
        s.set(keys.TARGET, str(self.target.currentData()))
        s.set(keys.LIBRE_URL, self.server_url.text().strip())
        s.set(keys.MICROSOFT_REGION, self.region.text().strip())
        for name, key in KEY_SETTINGS.items():
            s.set(key, self._keys.get(name, ""))
        s.sync()
