"""The window's settings, declared once with type, default and meaning, stored in QSettings.

Only the UI reads and writes these. The store is the platform's usual
QSettings location (organisation and application "Leselupe"), or the INI file
named by the environment variable ``LESELUPE_SETTINGS_FILE`` (tests use that so
they never touch the real user configuration). Values that do not parse fall
back to their defaults; a broken settings file never stops the app.
``app.translate`` is imported only when translation settings are read (it costs
tens of milliseconds that the first paint should not wait for).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

from app.core import env
from app.core.paths import APP_AUTHOR, APP_NAME

if TYPE_CHECKING:
    from app.translate import TranslationSettings

SETTINGS_FILE_ENV = env.SETTINGS_FILE.name

THEMES = ("system", "light", "dark")
SORT_ORDERS = ("appearance", "mentions")
FONT_SIZE_MIN = 9
FONT_SIZE_MAX = 28
RECENT_MAX = 10
#: Languages offered as translation targets (code, name). A service that cannot translate
#: into one says so once in the status bar (deep-translator's LibreTranslate list lacks nl, uk).
TARGET_LANGUAGES = (
    ("en", "English"),
    ("fr", "French"),
    ("es", "Spanish"),
    ("it", "Italian"),
    ("nl", "Dutch"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ru", "Russian"),
    ("uk", "Ukrainian"),
    ("tr", "Turkish"),
)
#: Which setting holds the API key of a provider.
KEY_SETTINGS = {
    "deepl": "translation/deepl_key",
    "libre": "translation/libre_key",
    "microsoft": "translation/microsoft_key",
}


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str


SETTINGS: tuple[Setting, ...] = (
    Setting("view/theme", str, "system", "Colour theme: system, light or dark."),
    Setting("view/font_size", int, 13, "Point size of the article text."),
    Setting("entities/PER", bool, True, "Colour people."),
    Setting("entities/LOC", bool, True, "Colour places."),
    Setting("entities/ORG", bool, True, "Colour organisations."),
    Setting("entities/MISC", bool, True, "Colour other names."),
    Setting("people/sort", str, "appearance", "People list order: appearance or mentions."),
    Setting("people/credits_open", bool, False, "Photo credits expanded in the people panel."),
    Setting("files/recent", list, [], "Recently opened files, newest first."),
    Setting("files/last_dir", str, "", "Folder of the last File ▸ Open."),
    Setting("window/geometry", QByteArray, QByteArray(), "Window position and size."),
    Setting("window/state", QByteArray, QByteArray(), "Dock and toolbar layout."),
    Setting(
        "translation/online",
        bool,
        False,
        "Online translation on: sentences are sent to the chosen service (off: no network).",
    ),
    Setting("translation/provider", str, "google", "Translation service (see PROVIDERS)."),
    Setting("translation/target", str, "en", "Language to translate into."),
    Setting("translation/deepl_key", str, "", "DeepL API key (never logged or shown)."),
    Setting("translation/libre_url", str, "", "LibreTranslate server address."),
    Setting("translation/libre_key", str, "", "LibreTranslate API key, optional (never logged)."),
    Setting("translation/microsoft_key", str, "", "Microsoft Translator key (never logged)."),
    Setting("translation/microsoft_region", str, "", "Microsoft Translator resource region."),
    Setting("translation/pane_sizes", list, [], "Widths of the article and translation columns."),
)
_BY_KEY = {s.key: s for s in SETTINGS}


def open_store() -> QSettings:
    """The QSettings to use (see the module docstring)."""
    path = env.value(env.SETTINGS_FILE)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else open_store()

    def get(self, key: str) -> Any:
        setting = _BY_KEY[key]
        raw = self.store.value(key, None)
        if raw is None:
            return _copy(setting.default)
        try:
            return _convert(raw, setting)
        except (TypeError, ValueError):
            return _copy(setting.default)

    def set(self, key: str, value: Any) -> None:
        setting = _BY_KEY[key]
        if setting.type is list:
            # QSettings would store a one-element list as a plain string.
            self.store.setValue(key, list(value) if value else [])
        else:
            self.store.setValue(key, value)

    def sync(self) -> None:
        self.store.sync()

    # Convenience accessors with validation.
    def theme(self) -> str:
        value = str(self.get("view/theme"))
        return value if value in THEMES else "system"

    def font_size(self) -> int:
        return max(FONT_SIZE_MIN, min(FONT_SIZE_MAX, int(self.get("view/font_size"))))

    def online_translation(self) -> bool:
        return bool(self.get("translation/online"))

    def translation_provider(self) -> str:
        from app.translate import PROVIDERS  # not before it is needed (start-up time)

        value = str(self.get("translation/provider"))
        return value if value in PROVIDERS else "google"

    def translation_target(self) -> str:
        value = str(self.get("translation/target")).strip()
        return value if value in dict(TARGET_LANGUAGES) else "en"

    def translation_settings(self, **overrides: Any) -> TranslationSettings:
        """The translation service settings as stored (``overrides`` replace fields)."""
        from app.translate import TranslationSettings

        provider = self.translation_provider()
        key_setting = KEY_SETTINGS.get(provider)
        values: dict[str, Any] = {
            "provider": provider,
            "target": self.translation_target(),
            "api_key": str(self.get(key_setting)).strip() if key_setting else "",
            "server_url": str(self.get("translation/libre_url")).strip(),
            "region": str(self.get("translation/microsoft_region")).strip(),
            "online": self.online_translation(),
        }
        values.update(overrides)
        return TranslationSettings(**values)

    def recent_files(self) -> list[str]:
        return [str(p) for p in self.get("files/recent") if p][:RECENT_MAX]

    def add_recent_file(self, path: str) -> list[str]:
        recent = [p for p in self.recent_files() if p != path]
        recent.insert(0, path)
        recent = recent[:RECENT_MAX]
        self.set("files/recent", recent)
        return recent


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _convert(raw: Any, setting: Setting) -> Any:
    kind = setting.type
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        return bool(raw)
    if kind is int:
        return int(raw)
    if kind is str:
        return str(raw)
    if kind is list:
        if isinstance(raw, str):
            return [raw] if raw else []
        return [str(x) for x in raw]
    if kind is QByteArray:
        if isinstance(raw, QByteArray):
            return raw
        if isinstance(raw, bytes | bytearray):
            return QByteArray(bytes(raw))
        raise TypeError("not a byte array")
    return raw
