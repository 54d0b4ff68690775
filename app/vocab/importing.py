"""Words a learner already knows, read from a plain word list or an Anki text export.

A plain list has one word per line; blank lines, lines starting with ``#`` and
the header line of Leselupe's own CSV/TSV deck export are skipped. An Anki "Notes
in Plain Text" export is tab-separated: the first field of each note is taken, its
HTML removed (Anki's ``#separator:``/``#html:`` header lines are comments). When
the first field holds a Leselupe sentence (``<span class="target">``), the
highlighted word is taken.

A field like "der Hund", "das Haus, -¨er" or "sich freuen" is reduced to its one
word (leading article, "sich", and anything after a comma or semicolon dropped);
what still has several words (a whole sentence) is skipped and counted. Each
word is then mapped to its lemma by :func:`app.vocab.marks.lemma_of_word`.
No Qt here.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024
_TAG = re.compile(r"<[^>]*>")
_TARGET = re.compile(r'<span class="target">(.*?)</span>', re.IGNORECASE | re.DOTALL)
_LEADING = frozenset({"der", "die", "das", "ein", "eine", "sich"})
#: The header line of Leselupe's own CSV/TSV deck export ("word,lemma,article,…").
_HEADER = re.compile(r"word[,\t]lemma[,\t]", re.IGNORECASE)
_EDGE_PUNCT = "\"'„“”‚‘’«»()[]{}.,;:!?¿¡…"


class ImportFileError(Exception):
    """The file cannot be read as a word list; the message is for the user."""


@dataclass(frozen=True, slots=True)
class WordList:
    words: tuple[str, ...]  # in file order, without duplicates
    skipped: tuple[str, ...]  # fields that are not one word


def read_text(path: Path) -> str:
    """The file's text (UTF-8, with or without BOM; else Windows-1252)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportFileError(f"{path} is larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except ImportFileError:
        raise
    except OSError as exc:
        raise ImportFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            f"{path} is a zip file (an Anki package?), not a word list: in Anki, export the "
            "deck with File ▸ Export… as Notes in Plain Text (.txt) and import that"
        )
    if b"\x00" in data[:4096]:
        raise ImportFileError(f"{path} is not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def first_field(line: str) -> str:
    """The first tab-separated field of an Anki export line, as plain text."""
    field = line.split("\t", 1)[0]
    if field.startswith('"') and field.endswith('"') and len(field) >= 2:
        field = field[1:-1].replace('""', '"')
    target = _TARGET.search(field)
    if target:
        field = target.group(1)
    field = _TAG.sub(" ", field.replace("&nbsp;", " "))
    return " ".join(html.unescape(field).split())


def one_word(field: str) -> str | None:
    """The one word of a list entry ("der Hund" → "Hund"), or None for a phrase."""
    head = re.split(r"[,;/|]", field, maxsplit=1)[0]
    words = [w.strip(_EDGE_PUNCT) for w in head.split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[0].lower() in _LEADING:
        words.pop(0)
    if len(words) != 1 or not any(c.isalpha() for c in words[0]):
        return None
    return words[0]


def parse_word_list(text: str) -> WordList:
    """The words of a plain list or an Anki text export (see the module doc)."""
    seen: dict[str, None] = {}
    skipped: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or _HEADER.match(line):
            continue
        field = first_field(line)
        if not field:
            continue
        word = one_word(field)
        if word is None:
            skipped.append(field)
        else:
            seen.setdefault(word, None)
    return WordList(tuple(seen), tuple(skipped))


def read_word_list(path: Path) -> WordList:
    """:func:`parse_word_list` of a file; raises :class:`ImportFileError`."""
    return parse_word_list(read_text(path))
