"""The Settings dialog: shows the stored values, writes them on save (settings_dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.ui import settings as keys
from app.ui.settings import Settings
from app.ui.widgets.settings_dialog import SettingsDialog


def test_values_keys_per_service_and_cache(app, qtbot, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set(keys.THEME, "dark")
    settings.set(keys.FONT_SIZE, 15)
    settings.set(keys.PROVIDER, "deepl")
    settings.set(keys.DEEPL_KEY, "secret-1")
    cleared: list[bool] = []
    dialog = SettingsDialog(
        settings,
        cache_size=lambda: 0 if cleared else 2048,
        clear_cache=lambda: cleared.append(True),
        cache_location="/somewhere/cache.sqlite",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.theme.currentData() == "dark" and dialog.font_size.currentData() == 15
    assert dialog.provider_name() == "deepl" and dialog.api_key.text() == "secret-1"
    assert dialog.cache_label.text() == "2.0 KB"
    assert "Off: Leselupe opens no network connection" in dialog.privacy.text()
    # the same switch as the toolbar's: it lets web pages be fetched too, and says so
    assert "web pages you open are fetched" in dialog.privacy.text()
    assert dialog.online.text() == "Online translation and web pages"
    dialog.online.setChecked(True)
    assert "is sent to" in dialog.privacy.text()
    dialog.provider.setCurrentIndex(dialog.provider.findData("libre"))
    assert dialog.api_key.text() == ""  # each service keeps its own key
    assert dialog.server_url.isVisible()
    dialog.api_key.setText("libre-key ")
    dialog.provider.setCurrentIndex(dialog.provider.findData("deepl"))
    assert dialog.api_key.text() == "secret-1"
    dialog.clear_button.click()
    assert cleared == [True] and dialog.cache_label.text() == "0 bytes"
    dialog.target.setCurrentIndex(dialog.target.findData("fr"))
    dialog.save()
    assert settings.get(keys.ONLINE) is True
    assert settings.get(keys.TARGET) == "fr"
    assert settings.get(keys.LIBRE_KEY) == "libre-key"
    assert settings.get(keys.DEEPL_KEY) == "secret-1"
