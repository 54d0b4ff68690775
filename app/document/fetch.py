"""A web page by its address: :func:`fetch_document` (the only module here that goes online).

One GET through requests, with limits a reader expects: a timeout (for each wait
on the server and for the whole download), a size cap (the body is streamed and
reading stops past it), at most :data:`MAX_REDIRECTS` redirects followed by hand
(so loops and redirects to other schemes are caught), and a content-type check
(HTML, XHTML and plain text; images, PDFs and other binaries are refused before
their body is read). The charset of the ``Content-Type`` header wins over the
page's own declaration, as in browsers; then the page goes through the same
article extraction as a saved page (:func:`app.document.loading.html_article`),
and ``meta.url`` is the page's canonical address or, without one, the address
it was finally served from.

Everything that can go wrong is one :class:`FetchError` with a sentence for the
reader. Callers decide whether the network may be used at all (online access);
nothing here is called unless they do. No cookies are kept between fetches; the
environment's proxy settings (``HTTPS_PROXY``, ``NO_PROXY``) are honoured, as by the
translation service.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from app import __version__
from app.document.decoding import charset_codec, decode_bytes, decode_html_bytes
from app.document.loading import document_from_text
from app.document.model import Document, DocumentError

if TYPE_CHECKING:
    import requests

#: Seconds to wait for the server (connecting, each read) and for the whole download.
TIMEOUT_S = 15.0
#: Pages larger than this are refused (streamed: reading stops past it).
MAX_FETCH_BYTES = 5 * 1024 * 1024
#: Redirects followed before giving up.
MAX_REDIRECTS = 5
#: Content types read as documents (anything else is refused).
TEXT_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
_CHUNK = 64 * 1024
USER_AGENT = f"Leselupe/{__version__} (reading assistant; one page on request)"

#: (bytes received, bytes expected or None) while the body arrives.
Progress = Callable[[int, int | None], None]


class FetchError(DocumentError):
    """A web page that could not be fetched; the message is one sentence for the reader."""


class FetchCancelled(FetchError):
    """The caller stopped the download."""


def warm_up() -> None:
    """Load the article extractor ahead of a fetch (so it is not loaded after the response)."""
    from app.document.webpage import warm_up as warm_up_extractor  # deferred: ~1 s of imports

    warm_up_extractor()


def is_web_url(text: str) -> bool:
    """Whether ``text`` (stripped) is one http(s) address and nothing else."""
    text = text.strip()
    if not text or any(ch.isspace() for ch in text):
        return False
    parts = urlsplit(text)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


_BARE_HOST = re.compile(
    r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$", re.I
)


def typed_url(text: str) -> str:
    """An address as typed into an address bar: "www.example.org" or
    "example.org/x" (a host name with a top-level domain, no scheme, and "www." or
    a path, so "artikel.txt" stays a name) gets "https://"; anything else is
    returned stripped, for :func:`check_url` to judge."""
    text = text.strip()
    looks_like_host = text.lower().startswith("www.") or any(c in text for c in "/?#")
    if "://" not in text and looks_like_host and _BARE_HOST.match(text):
        return f"https://{text}"
    return text


def check_url(url: str) -> str:
    """The stripped address, or :class:`FetchError` when it is not an http(s) URL."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        raise FetchError(f"{url}: not a valid web address ({exc})") from exc
    scheme = parts.scheme.lower()
    if not scheme:
        raise FetchError(f"{url}: not a web address (it should start with https://)")
    if scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https addresses can be opened, not {scheme}:")
    if not host or any(ch.isspace() for ch in url):
        raise FetchError(f"{url}: not a valid web address")
    return url


@dataclass(frozen=True, slots=True)
class Limits:
    """How long, how much and how many redirects a fetch allows."""

    timeout_s: float = TIMEOUT_S
    max_bytes: int = MAX_FETCH_BYTES
    max_redirects: int = MAX_REDIRECTS


def fetch_document(
    url: str,
    limits: Limits = Limits(),  # frozen: one shared default is fine
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Document:
    """Fetch ``url`` and extract its article; raise :class:`FetchError` when that fails.

    ``progress`` hears of the bytes received; when ``cancelled`` returns True the
    download stops with :class:`FetchCancelled`.
    """
    url = check_url(url)
    data, final_url, kind, charset = fetch_bytes(url, limits, progress, cancelled)
    try:
        if kind == "html":
            text, encoding, notices = decode_html_bytes(data, url, declared=charset)
        elif charset is not None:
            text, encoding, notices = data.decode(charset, errors="replace"), charset, ()
        else:
            text, encoding, notices = decode_bytes(data, url)
        doc = document_from_text(text, source=url, kind=kind, encoding=encoding, notices=notices)
    except DocumentError as exc:  # binary, empty: one kind of error for every fetch
        raise FetchError(str(exc)) from exc
    if doc.meta.url is None:
        doc = replace(doc, meta=replace(doc.meta, url=final_url))
    return doc


def fetch_bytes(
    url: str,
    limits: Limits = Limits(),  # frozen: one shared default is fine
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[bytes, str, str, str | None]:
    """The body of ``url``: ``(bytes, final url, kind "html"|"text", header charset or None)``."""
    import requests  # deferred: the network stack is loaded only when a page is fetched

    timeout_s, max_redirects = limits.timeout_s, limits.max_redirects
    deadline = time.monotonic() + timeout_s
    seen = {url}
    current = url
    with requests.Session() as session:
        session.headers["User-Agent"] = USER_AGENT
        session.headers["Accept"] = "text/html,application/xhtml+xml,text/plain;q=0.9"
        for _hop in range(max_redirects + 1):
            response = _get(session, current, url, timeout_s)
            with response:
                if response.is_redirect:
                    target = response.headers.get("Location", "")
                    current = check_url(urljoin(current, target))
                    if current in seen:
                        raise FetchError(f"{url}: the site redirects in a loop")
                    seen.add(current)
                    continue
                _check_status(response, url)
                kind, charset = _content_type(response, url)
                data = _read_body(response, url, limits, deadline, progress, cancelled)
                return data, current, kind, charset
    raise FetchError(f"{url}: more than {max_redirects} redirects; the page was not opened")


def _get(session: requests.Session, current: str, url: str, timeout_s: float) -> requests.Response:
    import requests  # deferred (already loaded by fetch_bytes)

    try:
        return session.get(current, stream=True, allow_redirects=False, timeout=timeout_s)
    except requests.exceptions.SSLError as exc:
        raise FetchError(
            f"{url}: the secure connection failed (TLS: no agreement with the site, "
            "or its certificate could not be verified); the page was not opened"
        ) from exc
    except requests.exceptions.Timeout as exc:
        raise FetchError(f"{url}: the site did not answer within {timeout_s:g} s") from exc
    except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema) as exc:
        raise FetchError(f"{url}: not a valid web address") from exc
    except requests.exceptions.ConnectionError as exc:
        raise FetchError(
            f"{url}: cannot connect to {urlsplit(current).hostname} "
            "(no network, the site is down, or the name is wrong)"
        ) from exc
    except requests.exceptions.RequestException as exc:
        raise FetchError(f"{url}: the page could not be fetched ({type(exc).__name__})") from exc


def _check_status(response: requests.Response, url: str) -> None:
    code = response.status_code
    if code < 400:
        return
    reason = response.reason or ""
    if code == 404:
        message = "the page was not found (HTTP 404)"
    elif code in (401, 403):
        message = f"the site refuses access (HTTP {code}; a paywall or login?)"
    elif code == 429:
        message = "the site asks to wait before fetching again (HTTP 429)"
    elif code >= 500:
        message = f"the site has an error (HTTP {code}); try again later"
    else:
        message = f"the site answered HTTP {code} {reason}".rstrip()
    raise FetchError(f"{url}: {message}")


def _content_type(response: requests.Response, url: str) -> tuple[str, str | None]:
    """The kind of document and the header's charset; binaries are refused."""
    header = response.headers.get("Content-Type", "")
    mime, _, params = header.partition(";")
    mime = mime.strip().lower()
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = charset_codec(value)
    if not mime:
        return "html", charset  # unlabelled: the decoder refuses binary bytes
    kind = TEXT_TYPES.get(mime)
    if kind is None:
        raise FetchError(
            f"{url}: this is not a web page or text ({mime}); only HTML and plain text can be read"
        )
    return kind, charset


def _arriving(response: requests.Response) -> Iterator[bytes]:
    """The body's bytes as they arrive (decompressed), so limits are checked on each read.

    ``iter_content`` waits for a full chunk: a server sending a byte now and then
    would hold it past the deadline.
    """
    read1 = getattr(response.raw, "read1", None)  # urllib3 >= 2
    if read1 is None:
        yield from response.iter_content(4096)
        return
    while data := read1(_CHUNK, decode_content=True):
        yield data


def _read_body(
    response: requests.Response,
    url: str,
    limits: Limits,
    deadline: float,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> bytes:
    import requests  # deferred (already loaded by fetch_bytes)
    import urllib3  # deferred with requests

    timeout_s, max_bytes = limits.timeout_s, limits.max_bytes
    too_large = (
        f"{url}: the page is too large (more than {max_bytes / 1_048_576:g} MB); it was not opened"
    )
    length = response.headers.get("Content-Length", "")
    expected = int(length) if length.isdigit() else None
    if expected is not None and expected > max_bytes:
        raise FetchError(too_large)
    chunks: list[bytes] = []
    received = 0
    try:
        for chunk in _arriving(response):
            if cancelled is not None and cancelled():
                raise FetchCancelled(f"{url}: the download was cancelled")
            received += len(chunk)
            if received > max_bytes:
                raise FetchError(too_large)
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: the page did not arrive within {timeout_s:g} s")
            chunks.append(chunk)
            if progress is not None:
                progress(received, expected)
    except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError) as exc:
        if "timed out" in str(exc) or "Timeout" in type(exc).__name__:
            raise FetchError(f"{url}: the site stopped answering (timeout)") from exc
        raise FetchError(f"{url}: the download broke off ({type(exc).__name__})") from exc
    return b"".join(chunks)
