"""Where the dictionary database lives, installing it on first run, and reading rows.

The repository ships ``resources/dictionary/ding-de-en.sqlite.xz``; the first
run unpacks it into the user data directory (``<user data>/dictionary/``) under
a name that carries a fingerprint of the compressed file, so an updated
resource is installed again and an old copy is never used by mistake. Writing
goes to a temporary file that is renamed at the end: two processes starting at
once cannot see a half-written database.

Lookup order: ``$LESELUPE_DICTIONARY`` (a ``.sqlite`` path), an uncompressed
``resources/dictionary/ding-de-en.sqlite``, the installed copy, installing now.
Failures raise :class:`DictionaryUnavailable` with one user-facing sentence.
No Qt here; nothing is written outside the user data directory.
"""

from __future__ import annotations

import contextlib
import hashlib
import lzma
import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from app.core import env
from app.core.paths import resources_dir, user_data_dir
from app.dictionary.schema import KIND_HEAD, OPTIONAL_TABLES, REQUIRED_TABLES, SCHEMA_VERSION

ENV_VAR = env.DICTIONARY.name
DATABASE_NAME = "ding-de-en.sqlite"
COMPRESSED_NAME = DATABASE_NAME + ".xz"

#: progress(fraction 0..1, message)
Progress = Callable[[float, str], None]

#: lkey, cased, exact, kind, sub, alt, entry, score, classes, flags, lemma
Row = tuple[str, int, str | None, int, int, int, int, int, int, int, str | None]
#: id, heads, glosses, domains, classes
EntryRow = tuple[int, str, str, str, str]
#: entry, sub, heads, glosses
SubRow = tuple[int, int, str, str]
#: id, text, words, verb, gloss, rank
PhraseRow = tuple[int, str, str, int, str, float]

_ROW_SQL = (
    "SELECT lkey, cased, exact, kind, sub, alt, entry, score, classes, flags, lemma"
    " FROM form WHERE lkey {condition}"
)


class DictionaryUnavailable(Exception):
    """The database is missing or unreadable; the message is one sentence for users."""


def compressed_path() -> Path:
    return resources_dir() / "dictionary" / COMPRESSED_NAME


def fingerprint(path: Path) -> str:
    """A cheap identity of the compressed file: size plus its first and last 64 KiB
    (the xz footer holds the checksum of the whole content)."""
    size = path.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with path.open("rb") as handle:
        digest.update(handle.read(1 << 16))
        handle.seek(max(0, size - (1 << 16)))
        digest.update(handle.read())
    return digest.hexdigest()[:12]


def installed_path(source: Path) -> Path:
    return user_data_dir() / "dictionary" / f"ding-de-en-{fingerprint(source)}.sqlite"


def install(source: Path, target: Path, progress: Progress | None = None) -> Path:
    """Unpack the compressed database to ``target`` (atomically)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(target.parent)
    total = source.stat().st_size or 1
    report = progress or (lambda _f, _m: None)
    report(0.0, "Unpacking the offline dictionary (first run)…")
    fd, tmp_name = tempfile.mkstemp(prefix=".ding-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as raw:
            decompressor = lzma.LZMADecompressor()
            while chunk := raw.read(1 << 20):
                out.write(decompressor.decompress(chunk))
                report(min(raw.tell() / total, 1.0) * 0.99, "Unpacking the offline dictionary…")
            if not decompressor.eof:
                raise lzma.LZMAError("the compressed dictionary is truncated")
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    for old in target.parent.glob("ding-de-en-*.sqlite"):  # earlier versions' copies
        if old != target:
            with contextlib.suppress(OSError):  # still open in another running window
                old.unlink(missing_ok=True)
    report(1.0, "Offline dictionary ready.")
    return target


#: A temporary file untouched this long was left by a killed or crashed install.
STALE_TEMPORARY_S = 600.0


def _remove_stale_temporaries(folder: Path) -> None:
    """Delete partial unpackings of processes that were killed (never a running one's:
    those are written to continuously)."""
    now = time.time()
    for tmp in folder.glob(".ding-*.tmp"):
        with contextlib.suppress(OSError):
            if now - tmp.stat().st_mtime > STALE_TEMPORARY_S:
                tmp.unlink()


def locate(progress: Progress | None = None) -> Path:
    """The database file to open, installing it first if needed."""
    configured = env.value(env.DICTIONARY)
    if configured:
        path = Path(configured).expanduser()
        if not path.is_file():
            raise DictionaryUnavailable(
                f"The offline dictionary {path} (set by {ENV_VAR}) does not exist."
            )
        return path
    plain = resources_dir() / "dictionary" / DATABASE_NAME
    if plain.is_file():
        return plain
    source = compressed_path()
    if not source.is_file():
        raise DictionaryUnavailable(
            f"The offline dictionary is missing ({source} not found); "
            "reinstall Leselupe or rebuild it with `python -m app.dictionary.build`."
        )
    target = installed_path(source)
    if target.is_file():
        return target
    try:
        return install(source, target, progress)
    except (OSError, lzma.LZMAError, EOFError) as exc:
        raise DictionaryUnavailable(
            f"The offline dictionary could not be unpacked into {target.parent} ({exc})."
        ) from exc


def reinstallable(path: Path) -> bool:
    """True for a database inside the user data directory (an installed copy that
    can be deleted and unpacked again when it is damaged)."""
    try:
        return path.resolve().is_relative_to(user_data_dir().resolve())
    except OSError:
        return False


class Store:
    """Read-only access to the dictionary database (thread-safe)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            # read-only and immutable: no locking, no journal checks on each query
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._db.execute("PRAGMA mmap_size = 268435456")
            self._db.execute("PRAGMA cache_size = -32000")
            tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
            missing = REQUIRED_TABLES - tables
            if missing:
                names = ", ".join(sorted(missing))
                raise DictionaryUnavailable(
                    f"The offline dictionary {path} is incomplete (missing {names})."
                )
            self.meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
            if self.meta.get("schema") != str(SCHEMA_VERSION):
                raise DictionaryUnavailable(
                    f"The offline dictionary {path} has an unknown format"
                    f" (version {self.meta.get('schema')!r}, expected {SCHEMA_VERSION})."
                )
            self._db.execute("SELECT lkey FROM form LIMIT 1").fetchall()
            self.has_phrases = tables >= OPTIONAL_TABLES  # older databases have none
        except sqlite3.DatabaseError as exc:
            raise DictionaryUnavailable(
                f"The offline dictionary {path} is unreadable ({exc})."
            ) from exc

    def rows(self, keys: Sequence[str]) -> list[Row]:
        """All form rows for lower-cased keys (enough to rank, no glosses)."""
        if not keys:
            return []
        if len(keys) == 1:
            sql = _ROW_SQL.format(condition="= ?")
        else:
            sql = _ROW_SQL.format(condition=f"IN ({','.join('?' * len(keys))})")
        with self._lock:
            return self._db.execute(sql, tuple(keys)).fetchall()

    def details(
        self, ids: Sequence[int], pairs: Sequence[tuple[int, int]]
    ) -> tuple[list[EntryRow], list[SubRow]]:
        """Headwords and glosses of entries and of later sub-entries (one query)."""
        parts: list[str] = []
        params: list[int] = []
        if ids:
            parts.append(
                "SELECT 0, id, 0, heads, glosses, domains, classes FROM entry"
                f" WHERE id IN ({','.join('?' * len(ids))})"
            )
            params += ids
        if pairs:
            condition = " OR ".join("(entry = ? AND sub = ?)" for _ in pairs)  # uses the key
            parts.append(f"SELECT 1, entry, sub, heads, glosses, '', '' FROM sub WHERE {condition}")
            params += [x for pair in pairs for x in pair]
        if not parts:
            return [], []
        with self._lock:
            rows = self._db.execute(" UNION ALL ".join(parts), params).fetchall()
        entries = [(r[1], r[3], r[4], r[5], r[6]) for r in rows if r[0] == 0]
        subs = [(r[1], r[2], r[3], r[4]) for r in rows if r[0] == 1]
        return entries, subs

    def entries_with_head_word(self, word: str) -> list[tuple[int, str, str]]:
        """id, heads and glosses of every entry one of whose headwords has the word
        ``word`` (a scan of the entry table: for an index built once)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, heads, glosses FROM entry WHERE heads LIKE ?", (f"% {word}%",)
            ).fetchall()
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    def heads_starting(self, prefix: str, longer: int, limit: int) -> list[tuple[str, str]]:
        """(lower-cased headword, packed glosses) of at most ``limit`` one-word main
        headwords that begin with ``prefix`` and are at least ``longer`` letters longer
        (a range of the form key: no scan)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT f.lkey, e.glosses FROM form f JOIN entry e ON e.id = f.entry"
                " WHERE f.lkey >= ? AND f.lkey < ? AND f.kind = ? AND f.sub = 0"
                " AND length(f.lkey) >= ? LIMIT ?",
                (prefix, prefix + "\uffff", KIND_HEAD, len(prefix) + longer, limit),
            ).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]

    def known(self, keys: Sequence[str]) -> set[str]:
        """Which of the lower-cased keys have at least one entry."""
        if not keys:
            return set()
        sql = f"SELECT DISTINCT lkey FROM form WHERE lkey IN ({','.join('?' * len(keys))})"
        with self._lock:
            return {r[0] for r in self._db.execute(sql, tuple(keys))}

    def phrases(self, keys: Sequence[str]) -> list[tuple[str, PhraseRow]]:
        """(key, phrase row) of the fixed phrases found by lower-cased keys."""
        if not keys or not self.has_phrases:
            return []
        sql = (
            "SELECT k.lkey, p.id, p.text, p.words, p.verb, p.gloss, p.rank FROM phrase_key k"
            f" JOIN phrase p ON p.id = k.phrase WHERE k.lkey IN ({','.join('?' * len(keys))})"
        )
        with self._lock:
            rows = self._db.execute(sql, tuple(keys)).fetchall()
        return [(r[0], (r[1], r[2], r[3], r[4], r[5], r[6])) for r in rows]

    def lemma(self, form: str) -> str | None:
        """simplemma's lemma for ``form`` when Ding does not list the form itself."""
        with self._lock:
            row = self._db.execute("SELECT lemma FROM lemma WHERE form = ?", (form,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        with self._lock:
            self._db.close()
