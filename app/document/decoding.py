"""Bytes to text: BOMs, declared HTML charsets, UTF-8, legacy Windows-1252.

:func:`decode_bytes` decides the encoding of plain bytes; :func:`decode_html_bytes`
first honours the charset an HTML page declares (``<meta charset>``, the
``http-equiv`` content type, an XML declaration), mapped as browsers map them
(ISO-8859-1 and ASCII mean Windows-1252). What is not text (binary files) is
refused with one clear :class:`DocumentError`. Nothing here reads files.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from app.document.model import DocumentError

_BINARY_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",  # JPEG
    b"%PDF",
    b"PK\x03\x04",  # zip, docx, odt
    b"\x7fELF",
    b"MZ",
    b"\x1f\x8b",  # gzip
    b"BZh",
    b"\xfd7zXZ",
    b"SQLite format 3",
    b"OggS",
    b"RIFF",
    b"ID3",
    b"\x00\x00\x01\x00",  # ico
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes to text: returns ``(text, encoding, notices)``."""
    if not data.strip():
        what = "the input" if source.startswith("<") else "the file"  # "<stdin>" is no file
        raise DocumentError(f"{source}: {what} is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, ()
            except UnicodeDecodeError as exc:
                raise DocumentError(f"{source}: broken {encoding} text") from exc
    if looks_binary(data):
        raise DocumentError(f"{source}: this is a binary file, not a text document")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes: keep UTF-8 and replace the broken bytes.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    multibyte = sum(1 for ch in replaced if "\u0080" <= ch != "\ufffd")
    if multibyte > bad:
        return replaced, "utf-8", (f"{bad} invalid UTF-8 byte(s) were replaced",)
    guess = _guess_legacy_encoding(data)
    text = data.decode(guess, errors="replace")
    if _control_ratio(text) > 0.05:
        raise DocumentError(f"{source}: this is a binary file, not a text document")
    return text, guess, ()


def _guess_legacy_encoding(data: bytes) -> str:
    """German text that is not UTF-8 is almost always Windows-1252 or Latin-1."""
    sample = data[:200_000]
    try:
        sample.decode("cp1252")
        cp1252_ok = True
    except UnicodeDecodeError:
        cp1252_ok = False
    best = charset_normalizer.from_bytes(sample).best()
    # Trust charset-normalizer only when it is clearly something else (e.g. Cyrillic).
    if (
        best is not None
        and best.encoding not in {"cp1252", "latin_1", "iso8859_15", "ascii"}
        and (not cp1252_ok or (best.coherence > 0.5 and best.language not in {"German", "English"}))
    ):
        return str(best.encoding)
    return "cp1252" if cp1252_ok else "latin-1"


#: Bytes below 32 that text files do not contain (tab, newlines, form feed are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


def looks_binary(data: bytes) -> bool:
    head = data[:16]
    if any(head.startswith(magic) for magic in _BINARY_MAGIC):
        return True
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C
    return controls > len(sample) * 0.05


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / len(sample)


# ------------------------------------------------------------------ HTML charsets

#: How far into a page a charset declaration is looked for (browsers look at 1 KB
#: first; saved pages often have long heads).
_DECLARATION_WINDOW = 8192
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([-\w.:]+)""", re.IGNORECASE)
#: Codec names that browsers decode as Windows-1252 (the WHATWG Encoding Standard).
_AS_WINDOWS_1252 = frozenset({"cp1252", "iso8859-1", "ascii"})


def declared_charset(data: bytes) -> str | None:
    """The Python codec name of the charset an HTML page declares, or None.

    Mapped as browsers do: ISO-8859-1, Latin-1 and ASCII mean Windows-1252
    ("cp1252"); a UTF-16 declaration in a page without a BOM means UTF-8.
    Unknown labels count as no declaration.
    """
    head = data[:_DECLARATION_WINDOW]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    return charset_codec(match.group(1).decode("ascii", "replace"))


def charset_codec(label: str) -> str | None:
    """The Python codec for a charset label as browsers read it (None when unknown).

    ISO-8859-1, Latin-1 and ASCII mean Windows-1252; UTF-16 and UTF-32 labels
    on a page without a BOM mean UTF-8.
    """
    label = label.strip().strip("\"'").lower()
    if label == "x-user-defined":
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in _AS_WINDOWS_1252:
        return "cp1252"
    if name.startswith(("utf-16", "utf-32", "utf-8")):
        return "utf-8"
    return name


def decode_html_bytes(
    data: bytes, source: str = "<bytes>", declared: str | None = None
) -> tuple[str, str, tuple[str, ...]]:
    """Decode an HTML page: a BOM first, then the declared charset, else as :func:`decode_bytes`.

    ``declared`` is a charset given from outside the page (an HTTP ``Content-Type``
    header, as a codec name from :func:`charset_codec`); it overrides the page's own
    declaration, as in browsers.

    A declaration that the bytes contradict is not followed blindly: a page that
    declares UTF-8 but is not valid UTF-8 is decoded by guessing, and one that
    declares a legacy charset but is valid UTF-8 with non-ASCII letters is read as
    UTF-8 (a re-saved page whose meta tag was not updated). Both add a notice.
    """
    if not data.strip() or data.startswith(tuple(bom for bom, _ in _BOMS)):
        return decode_bytes(data, source)
    declared = declared or declared_charset(data)
    if declared is None:
        return decode_bytes(data, source)
    if looks_binary(data):
        raise DocumentError(f"{source}: this is a binary file, not a text document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    if declared == "utf-8":
        if text:
            return text, "utf-8", ()
        text, guess, notices = decode_bytes(data, source)
        return text, guess, (*notices, f"the page declares UTF-8 but is not; read as {guess}")
    if text and not text.isascii():
        return text, "utf-8", (f"the page declares {declared} but is UTF-8; read as UTF-8",)
    return data.decode(declared, errors="replace"), declared, ()
