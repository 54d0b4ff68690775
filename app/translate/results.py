"""What the translation service returns: results, error kinds, counters and status.

Plain values, safe to pass between threads and to show: no network, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ErrorKind(StrEnum):
    """Why a text has no translation."""

    OFFLINE = "offline"
    """Online translation is switched off (and the text is not cached)."""
    NETWORK = "network"
    """No connection to the service (refused, DNS, reset)."""
    TIMEOUT = "timeout"
    """The service did not answer in time."""
    RATE_LIMITED = "rate-limited"
    """HTTP 429, a quota message, or a provider refusing because of volume."""
    SERVER = "server"
    """HTTP 5xx after the retries."""
    BAD_RESPONSE = "bad-response"
    """An answer that cannot be read, or a refused request (4xx)."""
    AUTH = "auth"
    """The API key was rejected."""
    CONFIG = "config"
    """The settings cannot work (missing key, unsupported language, bad server address)."""
    CANCELLED = "cancelled"
    """The caller cancelled, or the service was closed."""


RETRYABLE = frozenset({ErrorKind.RATE_LIMITED, ErrorKind.SERVER})
COOLDOWN_KINDS = frozenset(
    {ErrorKind.NETWORK, ErrorKind.TIMEOUT, ErrorKind.RATE_LIMITED, ErrorKind.SERVER}
)


def error_message(kind: ErrorKind, label: str = "The translation service") -> str:
    """A short sentence for the status bar."""
    return {
        ErrorKind.OFFLINE: "Online translation is off.",
        ErrorKind.NETWORK: f"Cannot reach {label}; will try again later.",
        ErrorKind.TIMEOUT: f"{label} did not answer in time; will try again later.",
        ErrorKind.RATE_LIMITED: f"{label} asks us to slow down; will try again later.",
        ErrorKind.SERVER: f"{label} reported a server error; will try again later.",
        ErrorKind.BAD_RESPONSE: f"{label} sent an answer Leselupe cannot read.",
        ErrorKind.AUTH: f"{label} rejected the API key (Settings).",
        ErrorKind.CONFIG: "The translation settings are incomplete.",
        ErrorKind.CANCELLED: "Translation stopped.",
    }[kind]


@dataclass(frozen=True, slots=True)
class TranslationResult:
    """The translation of one text, or why there is none.

    ``text`` is the text as the caller passed it; ``provider`` names the
    service that produced (or would have produced) the translation, so the UI
    can mark online glosses ("online, Google Translate").
    """

    text: str
    translation: str | None = None
    error: ErrorKind | None = None
    message: str = ""
    provider: str = ""
    from_cache: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class ServiceStats:
    """Counters since the service was created (for the status bar, tests and benchmarks)."""

    requests: int = 0
    """HTTP requests sent, including retries."""
    batches: int = 0
    """Successful provider calls."""
    sentences_sent: int = 0
    """Texts contained in successful provider calls."""
    cache_hits: int = 0
    shared_waits: int = 0
    """Texts this service was already requesting for another caller, awaited instead."""
    retries: int = 0
    failures: int = 0
    split_batches: int = 0
    """Batched answers whose line count did not match, split and asked again."""


@dataclass(frozen=True, slots=True)
class ServiceStatus:
    """What the toolbar/status bar should say about online translation right now."""

    online: bool
    usable: bool
    error: ErrorKind | None = None
    message: str = ""
    retry_in_s: float = 0.0


@dataclass(frozen=True, slots=True)
class Failure:
    """Why one provider call gave no translation (inside the service)."""

    kind: ErrorKind
    message: str = ""
    retry_after_s: float | None = None


@dataclass(slots=True)
class Counters:
    """The mutable twin of :class:`ServiceStats` (the service updates it under its lock)."""

    requests: int = 0
    batches: int = 0
    sentences_sent: int = 0
    cache_hits: int = 0
    shared_waits: int = 0
    retries: int = 0
    failures: int = 0
    split_batches: int = 0

    def snapshot(self) -> ServiceStats:
        return ServiceStats(
            requests=self.requests,
            batches=self.batches,
            sentences_sent=self.sentences_sent,
            cache_hits=self.cache_hits,
            shared_waits=self.shared_waits,
            retries=self.retries,
            failures=self.failures,
            split_batches=self.split_batches,
        )
