"""The window's settings, each declared once with type, default, valid values and meaning.

Every setting is a typed key constant (:class:`Key`), e.g. :data:`THEME` is a
``Key[str]``, and :meth:`Settings.get` returns that type: ``settings.get(THEME)``
is a ``str``. A key says how a stored value is read (``parse``) and written
(``dump``), and which values are valid (``choices`` or, for numbers, a range);
a stored value that does not parse or is not valid falls back to the key's
default, so a broken settings file never stops the app. All keys are listed in
:data:`SETTINGS`.

Only the UI reads and writes these. The store is the platform's usual QSettings
location (organisation and application "Leselupe"), or the INI file named by the
environment variable ``LESELUPE_SETTINGS_FILE`` (declared in :mod:`app.core.env`;
tests use it so they never touch the real user configuration). ``app.translate``
is imported only when the translation service's choices are checked (it costs
tens of milliseconds that the first paint should not wait for).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypedDict, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from app.core import env
from app.core.paths import APP_AUTHOR, APP_NAME
from app.core.results import ENTITY_LABELS
from app.reading.translations import TARGET_LANGUAGES

if TYPE_CHECKING:
    from app.translate import TranslationSettings

T = TypeVar("T")

SETTINGS_FILE_ENV = env.SETTINGS_FILE.name
RECENT_MAX = 10


@dataclass(frozen=True, slots=True, eq=False)
class Key(Generic[T]):
    """One setting: where it is stored, its type (``parse``/``dump``), default and valid values."""

    name: str
    default: T
    doc: str
    parse: Callable[[object], T]
    """Stored value → value; raises TypeError or ValueError for what cannot be read."""
    dump: Callable[[T], object]
    """Value → what QSettings stores."""
    choices: Callable[[], Collection[T]] | None = None
    """The valid values (a function: some are known only when first needed)."""

    def allowed(self) -> tuple[T, ...]:
        """The valid values in their declared order (empty: any value of the type)."""
        return tuple(self.choices()) if self.choices is not None else ()

    def valid(self, value: T) -> bool:
        return self.choices is None or value in self.choices()


@dataclass(frozen=True, slots=True, eq=False)
class IntKey(Key[int]):
    """A whole number within ``low``..``high``."""

    low: int = 0
    high: int = 0

    def valid(self, value: int) -> bool:
        return self.low <= value <= self.high

    def clamp(self, value: int) -> int:
        """The nearest valid value (zooming past the largest size stays there)."""
        return max(self.low, min(self.high, value))


# --------------------------------------------------------------- stored forms


def _parse_bool(raw: object) -> bool:
    if isinstance(raw, str):  # INI files store booleans as text
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    return bool(raw)


def _parse_int(raw: object) -> int:
    if isinstance(raw, int | str | float):
        return int(raw)
    raise TypeError(f"not a number: {type(raw).__name__}")


def _parse_texts(raw: object) -> tuple[str, ...]:
    if isinstance(raw, str):  # QSettings reads a one-element list back as a plain string
        return (raw,) if raw else ()
    if isinstance(raw, list | tuple):
        return tuple(str(x) for x in raw)
    raise TypeError(f"not a list: {type(raw).__name__}")


def _parse_numbers(raw: object) -> tuple[int, ...]:
    return tuple(int(x) for x in _parse_texts(raw))


def _parse_bytes(raw: object) -> QByteArray:
    if isinstance(raw, QByteArray):
        return raw
    if isinstance(raw, bytes | bytearray):
        return QByteArray(bytes(raw))
    raise TypeError("not a byte array")


def _same(value: object) -> object:
    return value


def _dump_texts(value: tuple[str, ...]) -> object:
    return list(value)  # QSettings stores a list; an empty one as an empty list


def _dump_numbers(value: tuple[int, ...]) -> object:
    return [str(v) for v in value]


def _parse_stripped(raw: object) -> str:
    return str(raw).strip()


def text(
    name: str,
    default: str,
    doc: str,
    choices: Callable[[], Collection[str]] | None = None,
    *,
    strip: bool = False,
) -> Key[str]:
    return Key(name, default, doc, _parse_stripped if strip else str, _same, choices)


def flag(name: str, default: bool, doc: str) -> Key[bool]:
    return Key(name, default, doc, _parse_bool, _same)


def number(name: str, default: int, low: int, high: int, doc: str) -> IntKey:
    return IntKey(name, default, doc, _parse_int, _same, None, low, high)


def texts(name: str, doc: str) -> Key[tuple[str, ...]]:
    return Key(name, (), doc, _parse_texts, _dump_texts)


def numbers(name: str, doc: str) -> Key[tuple[int, ...]]:
    return Key(name, (), doc, _parse_numbers, _dump_numbers)


def raw_bytes(name: str, doc: str) -> Key[QByteArray]:
    return Key(name, QByteArray(), doc, _parse_bytes, _same)


def _providers() -> Collection[str]:
    from app.translate import PROVIDERS  # not before it is needed (start-up time)

    return PROVIDERS.keys()


# ------------------------------------------------------------------ the keys

THEMES = ("system", "light", "dark")
SORT_ORDERS = ("appearance", "mentions")

THEME = text("view/theme", "system", "Colour theme: system, light or dark.", lambda: THEMES)
FONT_SIZE = number("view/font_size", 13, 9, 28, "Point size of the article text.")
SHOW_ENTITY: Mapping[str, Key[bool]] = {
    label: flag(f"entities/{label}", True, f"Colour the {label} names.") for label in ENTITY_LABELS
}
PEOPLE_SORT = text(
    "people/sort", "appearance", "People list order: appearance or mentions.", lambda: SORT_ORDERS
)
CREDITS_OPEN = flag(
    "people/credits_open", False, "Credits (authors, photos) expanded in the people panel."
)
SHOW_REPORTED = flag(
    "quotes/show_reported", False, "Reported speech marked in the article (the Quotes panel)."
)
RECENT_FILES = texts("files/recent", "Recently opened files, newest first.")
LAST_DIR = text("files/last_dir", "", "Folder of the last File ▸ Open.")
GEOMETRY = raw_bytes("window/geometry", "Window position and size.")
WINDOW_STATE = raw_bytes("window/state", "Dock and toolbar layout.")
ONLINE = flag(
    "translation/online",
    False,
    "Online translation on: sentences are sent to the chosen service (off: no network).",
)
PROVIDER = text(
    "translation/provider", "google", "Translation service (see PROVIDERS).", _providers
)
TARGET = text(
    "translation/target",
    "en",
    "Language to translate into.",
    lambda: tuple(code for code, _name in TARGET_LANGUAGES),
    strip=True,
)
DEEPL_KEY = text("translation/deepl_key", "", "DeepL API key (never logged or shown).")
LIBRE_URL = text("translation/libre_url", "", "LibreTranslate server address.")
LIBRE_KEY = text("translation/libre_key", "", "LibreTranslate API key, optional (never logged).")
MICROSOFT_KEY = text("translation/microsoft_key", "", "Microsoft Translator key (never logged).")
MICROSOFT_REGION = text("translation/microsoft_region", "", "Microsoft Translator resource region.")
MARK_NEW_WORDS = flag(
    "vocab/mark_new_words",
    False,
    "Mark the words whose lemma is still new with a dotted line (View ▸ Mark New Words).",
)
PANE_SIZES = numbers("translation/pane_sizes", "Widths of the article and translation columns.")

#: Which setting holds the API key of a provider.
KEY_SETTINGS: Mapping[str, Key[str]] = {
    "deepl": DEEPL_KEY,
    "libre": LIBRE_KEY,
    "microsoft": MICROSOFT_KEY,
}

AnyKey = (
    Key[str] | Key[bool] | Key[int] | Key[tuple[str, ...]] | Key[tuple[int, ...]] | Key[QByteArray]
)
#: Every setting, once.
SETTINGS: tuple[AnyKey, ...] = (
    THEME,
    FONT_SIZE,
    *SHOW_ENTITY.values(),
    PEOPLE_SORT,
    CREDITS_OPEN,
    SHOW_REPORTED,
    RECENT_FILES,
    LAST_DIR,
    GEOMETRY,
    WINDOW_STATE,
    ONLINE,
    PROVIDER,
    TARGET,
    DEEPL_KEY,
    LIBRE_URL,
    LIBRE_KEY,
    MICROSOFT_KEY,
    MICROSOFT_REGION,
    PANE_SIZES,
    MARK_NEW_WORDS,
)


class TranslationOverrides(TypedDict, total=False):
    """Fields of the translation settings that replace the stored ones (tests, a proxy)."""

    endpoint: str
    timeout_s: float


def open_store() -> QSettings:
    """The QSettings to use (see the module docstring)."""
    path = env.value(env.SETTINGS_FILE)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)


class Settings:
    """Typed, validated access to the declared settings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else open_store()

    def get(self, key: Key[T]) -> T:
        """The stored value, or the key's default when it is missing, unreadable or invalid."""
        raw: object = self.store.value(key.name, None)
        if raw is None:
            return key.default
        try:
            value = key.parse(raw)
        except (TypeError, ValueError):
            return key.default
        return value if key.valid(value) else key.default

    def set(self, key: Key[T], value: T) -> None:
        self.store.setValue(key.name, key.dump(value))

    def sync(self) -> None:
        self.store.sync()

    def translation_settings(
        self, overrides: TranslationOverrides | None = None
    ) -> TranslationSettings:
        """The translation service settings as stored (``overrides`` replace fields)."""
        from app.translate import TranslationSettings  # deferred: start-up time

        provider = self.get(PROVIDER)
        key = KEY_SETTINGS.get(provider)
        stored = TranslationSettings(
            provider=provider,
            target=self.get(TARGET),
            api_key=self.get(key).strip() if key else "",
            server_url=self.get(LIBRE_URL).strip(),
            region=self.get(MICROSOFT_REGION).strip(),
            online=self.get(ONLINE),
        )
        return dataclasses.replace(stored, **(overrides or {}))

    def recent_files(self) -> list[str]:
        return [p for p in self.get(RECENT_FILES) if p][:RECENT_MAX]

    def add_recent_file(self, path: str) -> list[str]:
        recent = [p for p in self.recent_files() if p != path]
        recent.insert(0, path)
        recent = recent[:RECENT_MAX]
        self.set(RECENT_FILES, tuple(recent))
        return recent
