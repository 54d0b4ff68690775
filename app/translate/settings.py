"""Translation settings and the table of supported providers.

Plain data only: this module opens no files and no network connections and
imports neither Qt nor deep-translator. API keys never appear in ``repr()`` or
``str()`` of a settings object, so settings can be logged safely.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from urllib.parse import urlsplit

MAX_TIMEOUT_S = 10.0
"""No request waits longer than this for the network."""

DEFAULT_TIMEOUT_S = 8.0


@dataclass(frozen=True, slots=True)
class ProviderInfo:
    """What the Settings dialog and the batching code need to know about a provider."""

    name: str
    label: str
    needs_key: bool
    """The provider refuses to work without an API key."""
    accepts_key: bool
    """The Settings dialog should offer a key field."""
    needs_server: bool
    """The provider needs a server URL (LibreTranslate)."""
    max_chars: int
    """Characters of joined text per request (our batching limit, below the provider's)."""
    max_sentences: int
    """Sentences per request at most (limits the cost of a mismatched answer)."""
    sends_to: str
    """Where the text goes, for the Settings dialog and the README."""


PROVIDERS: Mapping[str, ProviderInfo] = MappingProxyType(
    {
        "google": ProviderInfo(
            name="google",
            label="Google Translate",
            needs_key=False,
            accepts_key=False,
            needs_server=False,
            max_chars=2000,
            max_sentences=30,
            sends_to="translate.google.com (Google)",
        ),
        "deepl": ProviderInfo(
            name="deepl",
            label="DeepL",
            needs_key=True,
            accepts_key=True,
            needs_server=False,
            max_chars=5000,
            max_sentences=50,
            sends_to="api-free.deepl.com or api.deepl.com (DeepL SE)",
        ),
        "mymemory": ProviderInfo(
            name="mymemory",
            label="MyMemory",
            needs_key=False,
            accepts_key=False,
            needs_server=False,
            max_chars=480,
            max_sentences=10,
            sends_to="api.mymemory.translated.net (Translated srl)",
        ),
        "libre": ProviderInfo(
            name="libre",
            label="LibreTranslate",
            needs_key=False,
            accepts_key=True,
            needs_server=True,
            max_chars=2000,
            max_sentences=30,
            sends_to="the LibreTranslate server you enter",
        ),
        "microsoft": ProviderInfo(
            name="microsoft",
            label="Microsoft Translator",
            needs_key=True,
            accepts_key=True,
            needs_server=False,
            max_chars=5000,
            max_sentences=50,
            sends_to="api.cognitive.microsofttranslator.com (Microsoft Azure)",
        ),
    }
)

DEFAULT_PROVIDER = "google"


@dataclass(frozen=True, slots=True)
class TranslationSettings:
    """Everything the translation service needs; immutable, so a change means a new service.

    ``online`` is off by default: nothing leaves the machine until the reader
    switches online translation on. ``endpoint`` replaces the provider's URL as
    deep-translator uses it (tests point it at a local server; it can also name a
    proxy that speaks the provider's API). For LibreTranslate the URL is
    ``server_url`` unless ``endpoint`` is set.
    """

    provider: str = DEFAULT_PROVIDER
    source: str = "de"
    target: str = "en"
    api_key: str = field(default="", repr=False)
    server_url: str = ""
    region: str = ""
    online: bool = False
    timeout_s: float = DEFAULT_TIMEOUT_S
    endpoint: str = ""

    @property
    def info(self) -> ProviderInfo | None:
        """The provider's table entry, None for an unknown provider name."""
        return PROVIDERS.get(self.provider)

    def effective_timeout(self) -> float:
        """The timeout actually used: ``timeout_s`` clamped to (0.05 s, 10 s]."""
        try:
            value = float(self.timeout_s)
        except (TypeError, ValueError):
            return DEFAULT_TIMEOUT_S
        if value != value:  # NaN
            return DEFAULT_TIMEOUT_S
        return min(max(value, 0.05), MAX_TIMEOUT_S)

    def problem(self) -> str | None:
        """Why these settings cannot translate (one sentence for the user), or None."""
        info = self.info
        if info is None:
            return f"Unknown translation service {self.provider!r}."
        if not self.source or not self.target:
            return "Choose a source and a target language."
        if info.needs_key and not self.api_key.strip():
            return f"{info.label} needs an API key (Settings)."
        if info.needs_server and not self.endpoint and not self.server_url.strip():
            return f"{info.label} needs a server address (Settings)."
        for url in (self.endpoint, self.server_url if info.needs_server else ""):
            if url and not _is_http_url(url):
                return "The server address must start with http:// or https://."
        return None


def _is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)
