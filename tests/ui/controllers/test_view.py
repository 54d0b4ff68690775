"""Theme, text size, name colours, the Settings dialog (app.ui.controllers.view)."""

from __future__ import annotations

from app.ui import settings as keys
from app.ui import theme as themes


def test_theme_font_and_colours(make_window, qtbot) -> None:
    window = make_window()
    view = window.view
    seen: list[str] = []
    view.theme_changed.connect(lambda theme: seen.append(theme.name))
    view.set_theme_setting("dark")
    assert seen == ["dark"] and window.reader.theme is themes.DARK
    assert window.settings.get(keys.THEME) == "dark" and window.commands.themes["dark"].isChecked()
    sizes: list[int] = []
    view.font_size_changed.connect(sizes.append)
    view.set_font_size(100)
    assert sizes == [28] and window.reader.font_size == 28
    view.change_font_size(-3)
    assert window.settings.get(keys.FONT_SIZE) == 25
    window.commands.legend["LOC"].setChecked(False)
    assert view.enabled_labels() == {"PER", "ORG", "MISC"}
    assert window.reader.enabled_labels == {"PER", "ORG", "MISC"}
    assert window.settings.get(keys.SHOW_ENTITY["LOC"]) is False


def test_settings_dialog_opens_once_and_applies(make_window, qtbot) -> None:
    window = make_window()
    view = window.view
    saved: list[bool] = []
    view.settings_saved.connect(saved.append)
    dialog = view.open_settings()
    assert view.open_settings() is dialog  # raised, not opened twice
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setCurrentIndex(dialog.font_size.findData(20))
    dialog.accept()
    assert saved == [False]
    assert window.theme.name == "dark" and window.reader.font_size == 20
