"""Loading files and bytes: decoding, refusing what is not text, HTML and Markdown basics."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.document import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    decode_bytes,
    document_from_bytes,
    html_to_text,
    load_document,
    markdown_to_text,
)
from tests.helpers import tiny_png

GERMAN = "Der Präsident grüßt die Bürger. Größere Änderungen – „überall“ – sind möglich."


def test_utf8() -> None:
    text, enc, notices = decode_bytes(GERMAN.encode("utf-8"))
    assert (text, enc, notices) == (GERMAN, "utf-8", ())


def test_utf8_bom() -> None:
    text, enc, _ = decode_bytes(codecs.BOM_UTF8 + GERMAN.encode("utf-8"))
    assert text == GERMAN and enc == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    data = bom[codec] + GERMAN.encode(codec)
    text, _, _ = decode_bytes(data)
    assert text == GERMAN


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_legacy_german_encodings(codec: str) -> None:
    text, enc, _ = decode_bytes(
        (GERMAN.replace("„", '"').replace("“", '"').replace("–", "-")).encode(codec)
    )
    assert "Präsident" in text and "grüßt" in text and "Änderungen" in text
    assert "Ã" not in text
    assert enc in {"cp1252", "latin-1"}


def test_cp1252_typographic_quotes() -> None:
    text, _, _ = decode_bytes(GERMAN.encode("cp1252"))
    assert text == GERMAN


def test_mostly_utf8_with_a_broken_byte_keeps_utf8() -> None:
    data = GERMAN.encode("utf-8") + b" kaputt: \xff\xfe! " + GERMAN.encode("utf-8")
    text, enc, notices = decode_bytes(data)
    assert enc == "utf-8"
    assert text.startswith(GERMAN)
    assert "\ufffd" in text
    assert notices and "replaced" in notices[0]


def test_png_is_rejected() -> None:
    with pytest.raises(DocumentError, match="binary"):
        decode_bytes(tiny_png())


def test_random_binary_is_rejected() -> None:
    data = bytes(range(256)) * 40
    with pytest.raises(DocumentError, match="binary"):
        decode_bytes(data)


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  ", b"\n\n"])
def test_empty_and_whitespace(data: bytes) -> None:
    with pytest.raises(DocumentError, match="empty"):
        decode_bytes(data)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_document(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="directory"):
        load_document(tmp_path)


def test_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(DocumentError, match="too large"):
        load_document(big)


def test_unusual_file_names(tmp_path: Path) -> None:
    path = tmp_path / "Präsident – „Rede“ #1 (Entwurf) 😀.txt"
    path.write_text(GERMAN, encoding="utf-8")
    assert load_document(path).text == GERMAN


def test_crlf_is_normalised() -> None:
    doc = document_from_bytes(b"Erste Zeile.\r\nZweite Zeile.\r\n")
    assert doc.text == "Erste Zeile.\nZweite Zeile.\n"


HTML = """<!DOCTYPE html>
<html><head><title>Titel</title>
<script>alert("böse"); fetch("https://example.com/x")</script>
<style>p { color: red }</style>
<link rel="stylesheet" href="https://example.com/s.css"></head>
<body>
<nav>Startseite | Politik</nav>
<article>
<h1>Kanzler trifft Präsidentin</h1>
<p>Der Kanzler traf am Montag die Präsidentin.<br>Sie sprachen &uuml;ber Handel &amp; Zölle.</p>
<iframe src="https://example.com/ad"></iframe>
<p>Ein <a href="file:///etc/passwd">Link</a> und ein Bild
<img src="https://example.com/i.png" alt="x">.</p>
</article>
<footer>Impressum</footer>
</body></html>"""


def test_html_main_text() -> None:
    text = html_to_text(HTML)
    assert "Kanzler trifft Präsidentin" in text
    assert "Sie sprachen über Handel & Zölle." in text
    assert "Ein Link und ein Bild ." in text
    for junk in ("alert", "fetch", "color", "Startseite", "Impressum", "example.com", "Titel"):
        assert junk not in text
    assert text.count("\n\n") >= 2  # paragraphs kept


def test_html_file_by_suffix(tmp_path: Path) -> None:
    path = tmp_path / "artikel.htm"
    path.write_text(HTML, encoding="utf-8")
    doc = load_document(path)
    assert doc.kind == "html"
    assert "Präsidentin" in doc.text


def test_deeply_nested_html() -> None:
    markup = "<div>" * 50_000 + "Tief verschachtelt." + "</div>" * 50_000
    assert html_to_text(markup) == "Tief verschachtelt."


def test_unclosed_and_broken_html() -> None:
    assert "Hallo Welt" in html_to_text("<p>Hallo <b>Welt<p>zweiter <script>x")


def test_markdown() -> None:
    md = "# Überschrift\n\nEin **fetter** und *kursiver* [Link](http://x.de).\n\n- Punkt eins\n"
    text = markdown_to_text(md)
    assert text == "Überschrift\n\nEin fetter und kursiver Link.\n\nPunkt eins"


def test_html_only_whitespace_is_empty() -> None:
    with pytest.raises(DocumentError, match="no text"):
        document_from_bytes(b"<html><body><script>x()</script></body></html>", kind="html")


def test_empty_input_is_called_a_file_only_when_it_is_one() -> None:
    """`echo | leselupe analyze -` said "<stdin>: the file is empty"."""
    with pytest.raises(DocumentError, match=r"^<stdin>: the input is empty$"):
        decode_bytes(b"  \n", source="<stdin>")
    with pytest.raises(DocumentError, match=r"^artikel\.txt: the file is empty$"):
        decode_bytes(b"", source="artikel.txt")
