"""What every SQLite file Leselupe writes has in common: WAL connections, error
classes, and moving a damaged or foreign file aside.

Used by the translation cache (which may drop a damaged file: it only holds
copies) and the vocabulary (which must keep it: it holds the learner's work).
Imports nothing of the app and no Qt.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

# SQLite primary result codes (``exc.sqlite_errorcode & 0xFF``).
BUSY, LOCKED, READONLY, CORRUPT, NOTADB = 5, 6, 8, 11, 26

#: The files SQLite keeps next to a database in WAL or rollback-journal mode.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def error_code(exc: BaseException) -> int:
    """The primary SQLite result code of ``exc`` (-1 when it has none)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()
    if "not a database" in text:
        return NOTADB
    if "malformed" in text:
        return CORRUPT
    if "locked" in text:
        return BUSY
    if "readonly" in text or "read-only" in text:
        return READONLY
    return -1


def is_damage(exc: BaseException) -> bool:
    """True when ``exc`` says the file is not (or no longer) a usable database."""
    return error_code(exc) in (CORRUPT, NOTADB)


def connect_wal(path: Path, *, timeout: float, synchronous: str = "NORMAL") -> sqlite3.Connection:
    """An autocommit connection in WAL mode, usable from any thread (callers lock).

    In WAL mode with ``synchronous=NORMAL`` a committed transaction survives a
    crash or SIGKILL of the process (not necessarily a power cut); ``FULL`` also
    survives a power cut. Raises :class:`sqlite3.Error` for a file that is not a
    database (the journal-mode switch is the first statement that reads it).
    """
    conn = sqlite3.connect(path, timeout=timeout, check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL").fetchone()
        conn.execute(f"PRAGMA synchronous={synchronous}")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        raise
    return conn


def move_aside(path: Path, why: str) -> Path:
    """Rename ``path`` (and its WAL and journal files) to a free timestamped name.

    ``why`` becomes part of the name ("corrupt", "foreign"). Nothing is ever
    overwritten or deleted: an existing name gets a counter. Returns the new
    path of the database file; raises :class:`OSError` when it cannot be renamed.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        tail = f".{why}-{stamp}" + (f"-{n}" if n else "")
        target = path.with_name(path.name + tail)
        if not any(Path(str(target) + s).exists() for s in ("", *SIDE_SUFFIXES)):
            break
    else:  # pragma: no cover - a thousand damaged files in one second
        raise OSError(f"no free name to move {path.name} aside")
    path.rename(target)  # first: when this fails, nothing has moved
    for suffix in SIDE_SUFFIXES:
        side = Path(str(path) + suffix)
        if side.exists():  # a stale WAL must never be replayed into the fresh file
            side.rename(str(target) + suffix)
    return target
