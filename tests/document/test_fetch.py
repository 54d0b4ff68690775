"""Fetching web pages: limits, errors and article extraction, against a local server only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.document import DocumentError
from app.document.fetch import (
    FetchCancelled,
    FetchError,
    Limits,
    check_url,
    fetch_document,
    is_web_url,
    typed_url,
)
from tests.web_server import WEB_FIXTURES, WebServer, closed_port_url, web_server

EXPECTED = json.loads((WEB_FIXTURES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    with web_server() as server:
        yield server


def test_a_page_is_extracted_like_a_saved_page(web: WebServer) -> None:
    doc = fetch_document(web.url("/page/national_news.html"))
    want = EXPECTED["national_news.html"]
    assert doc.kind == "html"
    assert doc.source == web.url("/page/national_news.html")
    for key in ("title", "author", "date", "site", "url"):
        assert doc.meta.as_json()[key] == want["meta"][key]
    pos = [doc.text.find(snippet) for snippet in want["present"]]
    assert all(p >= 0 for p in pos) and pos == sorted(pos)
    for junk in want["absent"]:
        assert junk not in doc.text


def test_the_page_declared_charset_is_honoured(web: WebServer) -> None:
    doc = fetch_document(web.url("/page/regional_paper.html"))
    assert doc.encoding == "cp1252"
    assert "„Darauf haben wir eine halbe Ewigkeit gewartet“" in doc.text


def test_the_header_charset_wins(web: WebServer) -> None:
    doc = fetch_document(web.url("/latin1"))
    assert doc.encoding == "cp1252"
    assert "Straßenbahn fährt über die Brücke" in doc.text
    assert doc.meta.title == "Grüße aus Köln"


def test_without_a_canonical_link_meta_url_is_the_address_served_from(web: WebServer) -> None:
    doc = fetch_document(web.url("/latin1"))
    assert doc.meta.url == web.url("/latin1")


def test_plain_text(web: WebServer) -> None:
    doc = fetch_document(web.url("/text"))
    assert doc.kind == "text"
    assert doc.text.startswith("Der Bundestag hat am Donnerstag")


def test_a_compressed_page(web: WebServer) -> None:
    doc = fetch_document(web.url("/gzip"))
    assert doc.meta.title == EXPECTED["national_news.html"]["meta"]["title"]


def test_a_chain_of_three_redirects_is_followed(web: WebServer) -> None:
    doc = fetch_document(web.url("/chain/2"))  # /chain/2 -> 1 -> 0 -> the page
    assert doc.meta.title == EXPECTED["national_news.html"]["meta"]["title"]
    assert doc.source == web.url("/chain/2")


def test_more_than_five_redirects_are_refused(web: WebServer) -> None:
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_document(web.url("/chain/5"))


def test_a_redirect_loop(web: WebServer) -> None:
    with pytest.raises(FetchError, match="redirects in a loop"):
        fetch_document(web.url("/loop"))


def test_a_redirect_to_a_file_is_refused(web: WebServer) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        fetch_document(web.url("/to-file"))


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/404", "not found \\(HTTP 404\\)"),
        ("/500", "HTTP 500"),
        ("/binary", "not a web page or text \\(image/png\\)"),
        ("/binary-unlabelled", "binary"),
        ("/huge", "too large"),
        ("/huge-unannounced", "too large"),
        ("/gzip-bomb", "too large"),  # small on the wire, over the cap unpacked
    ],
)
def test_failures_are_one_clear_error(web: WebServer, path: str, message: str) -> None:
    with pytest.raises(FetchError, match=message) as caught:
        fetch_document(web.url(path))
    assert isinstance(caught.value, DocumentError)  # callers that handle files handle this
    assert "\n" not in str(caught.value)


def test_a_slow_server_times_out(web: WebServer) -> None:
    with pytest.raises(FetchError, match=r"did not answer within 0\.5 s"):
        fetch_document(web.url("/slow"), Limits(timeout_s=0.5))


def test_a_trickling_download_stops_at_the_deadline(web: WebServer) -> None:
    seen: list[int] = []
    with pytest.raises(FetchError, match="did not arrive within 1 s"):
        fetch_document(
            web.url("/trickle"), Limits(timeout_s=1.0), progress=lambda g, _t: seen.append(g)
        )
    assert len(seen) > 1  # the bytes are counted as they arrive, not in large chunks


def test_connection_refused() -> None:
    with pytest.raises(FetchError, match="cannot connect"):
        fetch_document(closed_port_url())


def test_a_tls_error(web: WebServer) -> None:
    # https to a plain-http server: the TLS handshake fails
    with pytest.raises(FetchError, match="secure connection failed"):
        fetch_document(web.url("/text").replace("http://", "https://"))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("ftp://example.org/x", "only http and https"),
        ("www.example.org/x", "should start with https://"),
        ("http://", "not a valid web address"),
        ("http://exa mple.org/", "not a valid web address"),
        ("http://example.org:99999/", "not a valid web address"),
    ],
)
def test_invalid_addresses_are_refused_without_a_request(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        check_url(url)
    with pytest.raises(FetchError, match=message):
        fetch_document(url)


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("www.example.org/politik/a-1.html", "https://www.example.org/politik/a-1.html"),
        ("  www.zeit.de  ", "https://www.zeit.de"),
        ("zeit.de", "zeit.de"),  # could be a file name: check_url asks for https://
        ("example.org:8080/x?y=1", "https://example.org:8080/x?y=1"),
        ("https://example.org/x", "https://example.org/x"),
        ("http://example.org/x", "http://example.org/x"),
        ("ftp://example.org/x", "ftp://example.org/x"),  # check_url refuses it
        ("artikel.txt", "artikel.txt"),
        ("/home/leser/a.html", "/home/leser/a.html"),
        ("Bundestag beschließt", "Bundestag beschließt"),
        ("localhost/x", "localhost/x"),
    ],
)
def test_an_address_typed_without_https_gets_it(typed: str, url: str) -> None:
    """The Open URL box takes what a browser's address bar shows ("www.…/…")."""
    assert typed_url(typed) == url


def test_progress_and_cancelling(web: WebServer) -> None:
    seen: list[int] = []
    fetch_document(web.url("/page/magazine.html"), progress=lambda got, _total: seen.append(got))
    assert seen and seen[-1] == (WEB_FIXTURES / "magazine.html").stat().st_size
    with pytest.raises(FetchCancelled):
        fetch_document(web.url("/page/magazine.html"), cancelled=lambda: True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.org/a?b=c", True),
        ("  http://example.org  ", True),
        ("example.org", False),
        ("https://example.org/a b", False),
        ("Heute sagte https://example.org", False),
        ("mailto:a@example.org", False),
    ],
)
def test_is_web_url(text: str, expected: bool) -> None:
    assert is_web_url(text) is expected


def test_the_network_stack_is_loaded_only_for_a_fetch() -> None:
    code = (
        "import sys, app.cli, app.document.fetch, app.ui.controllers.url; "
        "print(sorted(m for m in ('requests', 'urllib3', 'http.client') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert out.stdout.strip() == "[]"
