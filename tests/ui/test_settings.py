"""The settings: declared once, typed, validated; broken stored values fall back to defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from app.translate import PROVIDERS
from app.ui import settings as keys
from app.ui.settings import SETTINGS, IntKey, Settings, open_store


@pytest.fixture
def store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_each_setting_is_declared_once_with_a_valid_default_and_a_doc() -> None:
    names = [key.name for key in SETTINGS]
    assert len(names) == len(set(names))
    assert {key.name for key in keys.SHOW_ENTITY.values()} == {
        "entities/PER",
        "entities/LOC",
        "entities/ORG",
        "entities/MISC",
    }
    for key in SETTINGS:
        assert key.doc.strip(), key.name
        assert key.valid(key.default), key.name  # type: ignore[arg-type]
    assert set(keys.KEY_SETTINGS.values()) <= set(SETTINGS)
    assert keys.THEME.allowed() == ("system", "light", "dark")
    assert set(keys.PROVIDER.allowed()) == set(PROVIDERS)
    assert keys.TARGET.allowed()[0] == "en"
    assert keys.RECENT_FILES.allowed() == ()  # any list


def test_defaults_when_nothing_is_stored(store: QSettings) -> None:
    settings = Settings(store)
    assert settings.get(keys.THEME) == "system"
    assert settings.get(keys.FONT_SIZE) == 13
    assert settings.get(keys.ONLINE) is False
    assert settings.get(keys.SHOW_ENTITY["PER"]) is True
    assert settings.get(keys.RECENT_FILES) == ()
    assert settings.get(keys.PANE_SIZES) == ()
    assert settings.get(keys.GEOMETRY).isEmpty()


def test_values_round_trip_through_the_ini_file(store: QSettings, tmp_path: Path) -> None:
    settings = Settings(store)
    settings.set(keys.THEME, "dark")
    settings.set(keys.FONT_SIZE, 17)
    settings.set(keys.ONLINE, True)
    settings.set(keys.RECENT_FILES, ("/a.txt",))  # one element: not read back as a string
    settings.set(keys.PANE_SIZES, (600, 480))
    settings.set(keys.GEOMETRY, QByteArray(b"\x01\x02"))
    settings.sync()
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.get(keys.THEME) == "dark"
    assert again.get(keys.FONT_SIZE) == 17
    assert again.get(keys.ONLINE) is True
    assert again.get(keys.RECENT_FILES) == ("/a.txt",)
    assert again.get(keys.PANE_SIZES) == (600, 480)
    assert bytes(again.get(keys.GEOMETRY).data()) == b"\x01\x02"


@pytest.mark.parametrize(
    ("key", "stored"),
    [
        (keys.THEME, "purple"),
        (keys.FONT_SIZE, "huge"),
        (keys.FONT_SIZE, "40"),  # out of range: the default, not the nearest size
        (keys.FONT_SIZE, "3"),
        (keys.PEOPLE_SORT, "alphabetical"),
        (keys.PROVIDER, "babelfish"),
        (keys.TARGET, "xx"),
        (keys.PANE_SIZES, ["wide", "narrow"]),
        (keys.GEOMETRY, "not bytes"),
    ],
)
def test_invalid_stored_values_fall_back_to_the_default(
    store: QSettings, key: keys.AnyKey, stored: object
) -> None:
    store.setValue(key.name, stored)
    assert Settings(store).get(key) == key.default


def test_stored_text_is_read_leniently(store: QSettings) -> None:
    store.setValue(keys.ONLINE.name, "yes")
    store.setValue(keys.SHOW_ENTITY["ORG"].name, "false")
    store.setValue(keys.TARGET.name, " fr ")
    store.setValue(keys.FONT_SIZE.name, "15")
    settings = Settings(store)
    assert settings.get(keys.ONLINE) is True
    assert settings.get(keys.SHOW_ENTITY["ORG"]) is False
    assert settings.get(keys.TARGET) == "fr"
    assert settings.get(keys.FONT_SIZE) == 15


def test_font_size_range_clamps_requests() -> None:
    assert isinstance(keys.FONT_SIZE, IntKey)
    assert (keys.FONT_SIZE.low, keys.FONT_SIZE.high) == (9, 28)
    assert keys.FONT_SIZE.clamp(50) == 28
    assert keys.FONT_SIZE.clamp(1) == 9
    assert keys.FONT_SIZE.clamp(14) == 14


def test_recent_files_newest_first_without_repeats(store: QSettings) -> None:
    settings = Settings(store)
    for n in range(12):
        settings.add_recent_file(f"/f{n}.txt")
    settings.add_recent_file("/f5.txt")
    recent = settings.recent_files()
    assert recent[0] == "/f5.txt" and recent.count("/f5.txt") == 1
    assert len(recent) == keys.RECENT_MAX


def test_translation_settings_take_the_provider_key_and_overrides(store: QSettings) -> None:
    settings = Settings(store)
    settings.set(keys.PROVIDER, "deepl")
    settings.set(keys.DEEPL_KEY, " secret ")
    settings.set(keys.LIBRE_KEY, "other")
    settings.set(keys.TARGET, "fr")
    wanted = settings.translation_settings({"timeout_s": 2.0, "endpoint": "http://127.0.0.1:9/"})
    assert (wanted.provider, wanted.api_key, wanted.target) == ("deepl", "secret", "fr")
    assert wanted.timeout_s == 2.0 and wanted.endpoint == "http://127.0.0.1:9/"
    assert wanted.online is False
    settings.set(keys.PROVIDER, "google")
    assert settings.translation_settings().api_key == ""


def test_store_follows_the_environment(private_settings: Path) -> None:
    store = open_store()
    assert Path(store.fileName()) == private_settings
