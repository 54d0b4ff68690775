"""Declared HTML charsets are honoured as browsers honour them; contradictions are caught."""

from __future__ import annotations

import codecs

import pytest

from app.document import declared_charset, decode_html_bytes, document_from_bytes
from app.document.model import DocumentError
from tests.helpers import tiny_png

TEXT = "Größere Änderungen – „überall“ … für 12 €"


def page(charset_tag: str, body: str = TEXT, encoding: str = "utf-8") -> bytes:
    return f"<html><head>{charset_tag}</head><body><p>{body}</p></body></html>".encode(encoding)


@pytest.mark.parametrize(
    ("tag", "codec"),
    [
        ('<meta charset="utf-8">', "utf-8"),
        ("<meta charset=UTF-8>", "utf-8"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "cp1252"),
        ("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=ISO-8859-1'>", "cp1252"),
        ('<meta charset="latin1">', "cp1252"),
        ('<meta charset="us-ascii">', "cp1252"),
        ('<meta charset="iso-8859-15">', "iso8859-15"),
        ('<meta charset="utf-16">', "utf-8"),  # a meta tag cannot declare UTF-16
        ('<meta charset="klingon-1">', None),
        ("", None),
    ],
)
def test_declared_charset(tag: str, codec: str | None) -> None:
    assert declared_charset(page(tag, "x", "ascii")) == codec


def test_xml_declaration() -> None:
    data = b'<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>x</p></body></html>'
    assert declared_charset(data) == "cp1252"


def test_windows_1252_declared() -> None:
    data = page('<meta charset="windows-1252">', encoding="cp1252")
    text, codec, notices = decode_html_bytes(data)
    assert TEXT in text and codec == "cp1252" and notices == ()


def test_latin1_declared_is_read_as_windows_1252() -> None:
    """Typographic quotes are bytes 0x84 and 0x93: C1 controls in Latin-1, quotes in cp1252."""
    data = page('<meta charset="iso-8859-1">', encoding="cp1252")
    assert b"\x84" in data and b"\x93" in data
    text, codec, _ = decode_html_bytes(data)
    assert "„überall“" in text and codec == "cp1252"


def test_utf8_with_meta_and_without_declaration() -> None:
    for tag in ('<meta charset="utf-8">', ""):
        text, codec, notices = decode_html_bytes(page(tag))
        assert TEXT in text and codec == "utf-8" and notices == ()


def test_declared_utf8_that_is_not_is_guessed_with_a_notice() -> None:
    data = page('<meta charset="utf-8">', encoding="cp1252")
    text, codec, notices = decode_html_bytes(data)
    assert TEXT in text and codec == "cp1252"
    assert notices and "declares UTF-8" in notices[-1]


def test_declared_legacy_charset_on_utf8_bytes_is_read_as_utf8_with_a_notice() -> None:
    data = page('<meta charset="windows-1252">')  # re-saved as UTF-8, meta tag left alone
    text, codec, notices = decode_html_bytes(data)
    assert TEXT in text and codec == "utf-8"
    assert notices and "is UTF-8" in notices[0]


def test_bom_wins_over_the_declaration() -> None:
    data = codecs.BOM_UTF8 + page('<meta charset="windows-1252">')
    text, codec, _ = decode_html_bytes(data)
    assert TEXT in text and codec == "utf-8-sig"


def test_binary_with_a_declaration_is_refused() -> None:
    with pytest.raises(DocumentError, match="binary"):
        decode_html_bytes(tiny_png() + b'<meta charset="utf-8">' + bytes(range(32)) * 50)


def test_html_is_recognised_from_the_bytes_without_a_file_name() -> None:
    body = "<p>Die Gemeinde Talbach baut eine neue Straße für 28 Millionen €.</p>" * 3
    data = page('<meta charset="windows-1252">', body=body, encoding="cp1252")
    doc = document_from_bytes(data)
    assert doc.kind == "html" and doc.encoding == "cp1252"
    assert "28 Millionen €" in doc.text


def test_plain_text_mentioning_a_charset_is_not_html() -> None:
    line = 'Im Quelltext der Seite steht <meta charset="utf-8"> – für Bürger völlig unwichtig.'
    doc = document_from_bytes(line.encode("cp1252"), kind="text")
    assert doc.kind == "text" and doc.text == line  # the legacy guess, not the tag
