"""Writing the SQLite dictionary from Ding's lines, and compressing it for shipping.

:func:`build_database` reads the Ding file (and the supplement of
``resources/dictionary/supplement.txt``), turns every line into an entry
(:mod:`app.dictionary.build.entries`), adds the lemma table
(:mod:`app.dictionary.build.lemmas`) and the provenance, and renames the
finished file into place. :func:`compress` writes the ``.xz`` the app ships.
See :mod:`app.dictionary.schema` for the tables.
"""

from __future__ import annotations

import gzip
import hashlib
import lzma
import os
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from app.dictionary.build.ding import Line, parse_line
from app.dictionary.build.entries import Entry, line_to_entry
from app.dictionary.build.lemmas import lemma_rows, simplemma_pairs
from app.dictionary.build.phrases import index_words, line_phrases
from app.dictionary.build.scores import english_counts
from app.dictionary.schema import RS, SCHEMA, SCHEMA_VERSION, case_code

SUPPLEMENT_NAME = "supplement.txt"


def read_lines(path: Path) -> Iterator[str]:
    """The lines of a Ding file, gzip-compressed or plain."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as handle:
        yield from handle


class _Tables:
    """The rows of the entry, sub and form tables, gathered line by line."""

    def __init__(self) -> None:
        self.stats = Counter[str]()
        self.entries: list[tuple[object, ...]] = []
        self.subs: list[tuple[object, ...]] = []
        self.forms: dict[tuple[str, int, int, int], tuple[Any, ...]] = {}
        self.known: set[str] = set()  # lower-cased words that lead to an entry
        self.phrases: dict[tuple[str, str], tuple[Any, ...]] = {}  # (text, gloss) -> row
        self.phrase_keys: set[tuple[str, int]] = set()
        self.exact: set[str] = set()  # the same words as written

    def add(self, raw: str, supplement: bool, counts: Counter[str]) -> bool:
        """Add one Ding line; False for comments, malformed and phrase-only lines."""
        line = parse_line(raw)
        if line is None:
            return False
        self.stats["lines"] += 1
        self._add_phrases(line, counts)
        entry = line_to_entry(line, counts, supplement=supplement)
        if entry is None:
            self.stats["phrase lines skipped"] += 1
            return False
        self._add_entry(entry, supplement)
        return True

    def _add_phrases(self, line: Line, counts: Counter[str]) -> None:
        for phrase in line_phrases(line, counts):
            if (phrase.text, phrase.gloss) in self.phrases:
                continue
            phrase_id = len(self.phrases) + 1
            self.phrases[(phrase.text, phrase.gloss)] = (
                phrase_id, phrase.text, phrase.words, int(phrase.verb), phrase.gloss,
                round(phrase.rank, 2),
            )  # fmt: skip
            self.phrase_keys.update((key, phrase_id) for key in index_words(phrase))

    def _add_entry(self, entry: Entry, supplement: bool) -> None:
        entry_id = len(self.entries) + 1
        self.entries.append(
            (entry_id, RS.join(h.pack() for h in entry.heads), entry.glosses, entry.classes,
             entry.domains, entry.weight, 1 if supplement else 0)
        )  # fmt: skip
        for sub_index, (heads, glosses) in entry.subs.items():
            self.subs.append((entry_id, sub_index, RS.join(h.pack() for h in heads), glosses))
        for form in entry.forms:
            lkey = form.key.lower()
            pk = (lkey, entry_id, form.sub, form.alt)
            cased, exact_text = case_code(form.key)
            if pk not in self.forms:
                self.forms[pk] = (
                    lkey, entry_id, form.sub, form.alt, form.kind, cased, exact_text,
                    form.score, form.classes, form.flags, form.lemma,
                )  # fmt: skip
            self.known.add(lkey)
            self.exact.add(form.key)


def build_database(
    source: Path,
    output: Path,
    supplement: Path | None = None,
    progress: Callable[[str], None] | None = None,
    lemma_pairs: Iterable[tuple[str, str]] | None = None,
) -> dict[str, int]:
    """Convert ``source`` (and the supplement) into a SQLite file at ``output``.

    ``lemma_pairs`` are German (form, lemma) pairs; default: simplemma's data.
    """
    say = progress or (lambda _message: None)
    started = time.perf_counter()
    raw_lines = list(read_lines(source))
    extra_lines = list(read_lines(supplement)) if supplement and supplement.is_file() else []
    say(f"read {len(raw_lines):,} Ding lines and {len(extra_lines)} supplement lines")
    counts = english_counts(raw_lines)
    tables = _Tables()
    sources = [(raw, False) for raw in raw_lines] + [(raw, True) for raw in extra_lines]
    for number, (raw, is_supplement) in enumerate(sources):
        if tables.add(raw, is_supplement, counts) and number % 20000 == 0:
            say(f"parsed {number:,} lines")
    stats = tables.stats
    stats["entries"] = len(tables.entries)
    stats["forms"] = len(tables.forms)
    stats["sub-entries"] = len(tables.subs)
    stats["phrases"] = len(tables.phrases)
    say(f"{len(tables.entries):,} entries, {len(tables.forms):,} forms; adding simplemma lemmas")
    pairs = simplemma_pairs() if lemma_pairs is None else lemma_pairs
    lemmas = sorted(set(lemma_rows(tables.known, tables.exact, pairs)))
    stats["lemmas"] = len(lemmas)
    _write(output, tables, lemmas, _meta(raw_lines, extra_lines, tables))
    stats["seconds"] = round(time.perf_counter() - started)
    return dict(stats)


def _meta(raw_lines: list[str], extra_lines: list[str], tables: _Tables) -> dict[str, str]:
    """Provenance: source, version, license, checksum, date and size."""
    digest = hashlib.sha256()
    for raw in raw_lines + extra_lines:
        digest.update(raw.encode("utf-8"))
    version = next(
        (r.split("::", 1)[1].strip() for r in raw_lines[:5] if r.startswith("# Version")), ""
    )
    return {
        "schema": str(SCHEMA_VERSION),
        "source": "Ding German-English dictionary, TU Chemnitz (Frank Richter)",
        "source_version": version,
        "license": "GPL-2.0-or-later",
        "source_sha256": digest.hexdigest(),
        "built": time.strftime("%Y-%m-%d"),
        "entries": str(len(tables.entries)),
        "forms": str(len(tables.forms)),
    }


def _write(
    output: Path, tables: _Tables, lemmas: list[tuple[str, str]], meta: dict[str, str]
) -> None:
    """Write all tables into a temporary file, then rename it to ``output``."""
    tmp = output.with_suffix(output.suffix + ".tmp")
    if tmp.exists():
        tmp.unlink()
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO entry VALUES (?,?,?,?,?,?,?)", tables.entries)
    db.executemany("INSERT INTO sub VALUES (?,?,?,?)", tables.subs)
    form_rows = [tables.forms[pk] for pk in sorted(tables.forms)]
    db.executemany("INSERT INTO form VALUES (?,?,?,?,?,?,?,?,?,?,?)", form_rows)
    db.executemany("INSERT INTO lemma VALUES (?,?)", lemmas)
    db.executemany("INSERT INTO phrase VALUES (?,?,?,?,?,?)", tables.phrases.values())
    db.executemany("INSERT INTO phrase_key VALUES (?,?)", sorted(tables.phrase_keys))
    db.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    db.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(tmp, output)


def compress(database: Path, target: Path) -> int:
    """xz-compress the database for shipping; returns the compressed size."""
    with (
        tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp,
        database.open("rb") as src,
        lzma.open(tmp, "wb", preset=9 | lzma.PRESET_EXTREME) as out,
    ):
        while chunk := src.read(1 << 20):
            out.write(chunk)
    os.replace(tmp.name, target)
    target.chmod(0o644)  # a resource, readable by everyone (the temporary file was 0600)
    return target.stat().st_size
