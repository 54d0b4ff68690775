"""deep-translator objects for each provider, and how their requests are sent.

Imports deep-translator (and, through the transport, requests): only the
online path of the service loads this module (see :mod:`app.translate.online`).

:func:`make_translator` builds a fresh translator per call (deep-translator's
objects keep per-request state and are not thread-safe; building one costs
microseconds and opens no connection). :func:`request_rewrite` moves API keys
out of URLs into headers or form bodies, so no key ends up in a URL, a proxy log
or an exception message. Must not: send requests itself, log keys or texts.
"""

from __future__ import annotations

from typing import Any

from deep_translator import (
    DeeplTranslator,
    GoogleTranslator,
    LibreTranslator,
    MicrosoftTranslator,
    MyMemoryTranslator,
)
from deep_translator.constants import MY_MEMORY_LANGUAGES_TO_CODES
from deep_translator.exceptions import InvalidSourceOrTargetLanguage, LanguageNotSupportedException

from app.translate.settings import TranslationSettings
from app.translate.transport import Rewrite, install

_Request = tuple[str, str, dict[str, Any]]


class ProviderConfigError(Exception):
    """The settings cannot produce a translator (message is safe to show, never holds a key)."""


_PLACEHOLDER_KEY = "-"


def make_translator(settings: TranslationSettings) -> Any:
    """A deep-translator translator for ``settings``; raises :class:`ProviderConfigError`."""
    problem = settings.problem()
    if problem is not None:
        raise ProviderConfigError(problem)
    install()
    try:
        translator = _build(settings)
    except (LanguageNotSupportedException, InvalidSourceOrTargetLanguage):
        info = settings.info
        label = info.label if info else settings.provider
        raise ProviderConfigError(
            f"{label} cannot translate from {settings.source!r} to {settings.target!r}."
        ) from None
    endpoint = base_url(settings)
    if endpoint:
        translator._base_url = endpoint
    return translator


def base_url(settings: TranslationSettings) -> str:
    """The URL to use instead of deep-translator's built-in one ("" keeps the built-in)."""
    url = settings.endpoint.strip()
    if not url and settings.provider == "libre":
        url = settings.server_url.strip()
    if url and settings.provider in ("deepl", "libre") and not url.endswith("/"):
        url += "/"  # deep-translator appends "translate"
    return url


def _build(settings: TranslationSettings) -> Any:
    provider = settings.provider
    source, target = settings.source, settings.target
    if provider == "google":
        return GoogleTranslator(source=source, target=target)
    if provider == "mymemory":
        codes = tuple(MY_MEMORY_LANGUAGES_TO_CODES.values())
        return MyMemoryTranslator(
            source=_mymemory_code(source, codes), target=_mymemory_code(target, codes)
        )
    if provider == "deepl":
        key = settings.api_key.strip()
        # DeepL's free keys end in ":fx" and use the api-free host.
        return DeeplTranslator(
            source=source, target=target, api_key=key, use_free_api=key.endswith(":fx")
        )
    if provider == "libre":
        key = settings.api_key.strip()
        translator = LibreTranslator(
            source=source,
            target=target,
            api_key=key or _PLACEHOLDER_KEY,
            custom_url=base_url(settings),
        )
        if not key:
            translator.api_key = None  # a self-hosted server needs no key: send none
        return translator
    if provider == "microsoft":
        return _Microsoft(
            source=source,
            target=target,
            api_key=settings.api_key.strip(),
            region=settings.region.strip() or None,
        )
    raise ProviderConfigError(f"Unknown translation service {provider!r}.")


def _mymemory_code(code: str, known: tuple[str, ...]) -> str:
    """MyMemory wants locale codes ("de-DE"); map a bare language code to the first match."""
    if code in known:
        return code
    same = f"{code.lower()}-{code.upper()}"  # "de-DE" rather than "de-AT"
    if same in known:
        return same
    prefix = code.lower() + "-"
    for candidate in known:
        if candidate.lower().startswith(prefix):
            return candidate
    return code


class _Microsoft(MicrosoftTranslator):  # type: ignore[misc]
    """MicrosoftTranslator without its language-list download at construction.

    deep-translator's constructor fetches the language list from a fixed
    Microsoft URL on every construction (outside our control of endpoint and
    timeout); the codes we pass are already Microsoft's codes, so the list is
    built from them instead.
    """

    def __init__(self, source: str, target: str, **kwargs: Any) -> None:
        self._leselupe_codes = (source, target)
        super().__init__(source=source, target=target, **kwargs)

    def _get_supported_languages(self) -> dict[str, str]:
        return {code: code for code in self._leselupe_codes}


def request_rewrite(settings: TranslationSettings) -> Rewrite | None:
    """How to change deep-translator's request for this provider before sending it."""
    if settings.provider == "deepl":
        return _deepl_rewrite
    if settings.provider == "libre":
        return _libre_rewrite
    return None


def _deepl_rewrite(method: str, url: str, kwargs: dict[str, Any]) -> _Request:
    # deep-translator sends GET ?auth_key=KEY&text=...; DeepL takes the key in a header
    # and the text in a POST form body (query-string keys are deprecated by DeepL).
    params = dict(kwargs.pop("params", None) or {})
    key = params.pop("auth_key", "")
    headers = dict(kwargs.pop("headers", None) or {})
    headers["Authorization"] = f"DeepL-Auth-Key {key}"
    kwargs["headers"] = headers
    kwargs["data"] = params
    return "POST", url, kwargs


def _libre_rewrite(method: str, url: str, kwargs: dict[str, Any]) -> _Request:
    # deep-translator POSTs with everything (text, api_key) in the query string;
    # LibreTranslate reads the same fields from a form body.
    params = dict(kwargs.pop("params", None) or {})
    kwargs["data"] = params
    return "POST", url, kwargs
