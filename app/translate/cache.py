"""Persistent translation cache: SQLite in the user cache directory, thread-safe, size-capped.

Keys are opaque strings built by the service (provider, languages, kind and the
normalised text); values are translations. The database runs in WAL mode with
``synchronous=NORMAL``: every ``put`` is its own committed transaction, which
survives a crash or SIGKILL of the process (not necessarily a power cut).
The least recently used rows go first when the data exceeds ``max_bytes``.

Nothing here ever raises to the caller: a corrupt or truncated file is deleted
and recreated, a locked, read-only or unopenable file is bypassed (results are
then kept in memory only and :attr:`TranslationCache.notice` says why). Reads of
hot entries are served from memory, so :meth:`TranslationCache.get` is safe on
the UI thread. Must not: talk to the network, import Qt, log stored texts.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from pathlib import Path

from app.core.paths import user_cache_dir
from app.core.sqlite import BUSY as _BUSY
from app.core.sqlite import CORRUPT as _CORRUPT
from app.core.sqlite import LOCKED as _LOCKED
from app.core.sqlite import NOTADB as _NOTADB
from app.core.sqlite import READONLY as _READONLY
from app.core.sqlite import error_code as _code

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
ROW_OVERHEAD_BYTES = 64
"""Estimated per-row cost in the file beyond the key and value bytes (id, used, index, pages)."""
MEMORY_ENTRIES = 4096
BUSY_TIMEOUT_S = 0.25
"""How long a write waits for another process's lock before the cache bypasses the disk."""
BYPASS_AFTER_BUSY_S = 10.0
EVICT_TO_FRACTION = 0.9
MAX_RECREATIONS = 3
WAL_CHECKPOINT_PAGES = 256
WAL_SIZE_LIMIT_BYTES = 1024 * 1024
TOUCH_FLUSH_ENTRIES = 512
_SQL_CHUNK = 400
_READ_ONLY_NOTICE = (
    "The translation cache file is read-only; new translations are kept in memory only."
)


def default_cache_path() -> Path:
    """Where the translation cache lives: ``translations.sqlite3`` in the user cache dir."""
    return user_cache_dir() / "translations.sqlite3"


def _key_id(key: str) -> int:
    """The row id of a key: a 64-bit hash, so no second copy of the key text is indexed."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _row_bytes(key: str, value: str) -> int:
    return len(key.encode("utf-8")) + len(value.encode("utf-8")) + ROW_OVERHEAD_BYTES


class TranslationCache:
    """A thread-safe key → translation store on disk with an in-memory front.

    ``path=None`` uses :func:`default_cache_path`. One instance should serve the
    whole application (pass it to every :class:`~app.translate.TranslationService`).
    """

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        memory_entries: int = MEMORY_ENTRIES,
    ) -> None:
        self._path = Path(path) if path is not None else default_cache_path()
        self._max_bytes = max(4096, int(max_bytes))
        self._memory_entries = max(16, int(memory_entries))
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._writable = False
        self._mem: OrderedDict[str, str] = OrderedDict()
        self._touched: dict[str, float] = {}
        self._data_bytes: int | None = None
        self._bypass_until = 0.0
        self._notice: str | None = None
        self._recreated = 0
        self._last_stamp = 0.0
        with self._lock:
            self._open()

    # ------------------------------------------------------------------ public API

    @property
    def path(self) -> Path:
        return self._path

    @property
    def notice(self) -> str | None:
        """Why the cache is not fully persistent right now (one sentence), or None."""
        with self._lock:
            return self._notice

    @property
    def persistent(self) -> bool:
        """True when new entries are written to disk."""
        with self._lock:
            return self._conn is not None and self._writable

    def get(self, key: str) -> str | None:
        """The cached translation for ``key`` or None; never raises, never blocks long."""
        with self._lock:
            value = self._mem.get(key)
            if value is None:
                value = self._select([key]).get(key)
                if value is None:
                    return None
                self._remember(key, value)
            else:
                self._mem.move_to_end(key)
            self._touch(key)
            return value

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        """All cached entries among ``keys`` (missing keys are absent from the result)."""
        wanted = list(dict.fromkeys(keys))
        result: dict[str, str] = {}
        with self._lock:
            missing: list[str] = []
            for key in wanted:
                value = self._mem.get(key)
                if value is None:
                    missing.append(key)
                else:
                    self._mem.move_to_end(key)
                    result[key] = value
                    self._touch(key)
            if missing:
                for key, value in self._select(missing).items():
                    self._remember(key, value)
                    result[key] = value
                    self._touch(key)
        return result

    def put(self, key: str, value: str) -> None:
        """Store one translation (committed before this returns, when the disk is usable)."""
        self.put_many({key: value})

    def put_many(self, items: Mapping[str, str]) -> None:
        """Store several translations in one committed transaction."""
        if not items:
            return
        with self._lock:
            for key, value in items.items():
                self._remember(key, value)
            self._write(items)

    def size_bytes(self) -> int:
        """Bytes the cache occupies on disk (database and journal), or in memory if bypassed.

        0 while it holds no translation (an empty database still takes a few pages,
        which a fresh install should not show as a cache).
        """
        with self._lock:
            if self._conn is None:
                return sum(_row_bytes(k, v) for k, v in self._mem.items())
            with contextlib.suppress(sqlite3.Error):
                if self._conn.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is None:
                    return 0
            total = 0
            for suffix in ("", "-wal"):
                with contextlib.suppress(OSError):
                    total += Path(str(self._path) + suffix).stat().st_size
            return total

    def clear(self) -> None:
        """Forget every entry, on disk and in memory, and shrink the file.

        Rows are deleted inside the database (never by removing the file, which
        another Leselupe process may have open). If the disk cannot be cleared
        (read-only, locked), the disk is no longer read for this session.
        """
        with self._lock:
            self._mem.clear()
            self._touched.clear()
            if self._conn is None:
                return
            if not self._writable or not self._disk_usable():
                self._close_conn()
                self._set_memory_only("the translation cache on disk could not be cleared")
                return
            conn = self._conn
            try:
                conn.execute("DELETE FROM entries")
                self._data_bytes = 0
            except sqlite3.Error as exc:
                self._close_conn()
                self._set_memory_only(
                    f"the translation cache on disk could not be cleared ({type(exc).__name__})"
                )
                return
            try:
                conn.execute("VACUUM")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error as exc:  # still empty, just not smaller
                log.info("translation cache not compacted: %s", type(exc).__name__)

    def close(self) -> None:
        """Write pending recency updates and close the database.

        Afterwards the object still answers from memory but writes nothing to disk.
        """
        with self._lock:
            if self._conn is not None and self._writable:
                self._flush_touched()
            self._close_conn()

    def __repr__(self) -> str:
        return f"TranslationCache({str(self._path)!r}, persistent={self.persistent})"

    # ------------------------------------------------------------------ internals

    def _stamp(self) -> float:
        """A strictly increasing wall-clock time for the ``used`` column (LRU order)."""
        self._last_stamp = max(time.time(), self._last_stamp + 1e-6)
        return self._last_stamp

    def _touch(self, key: str) -> None:
        """Note a read for the LRU order; written to disk with the next write, in bulk."""
        self._touched[key] = self._stamp()
        if len(self._touched) >= TOUCH_FLUSH_ENTRIES and self._disk_usable() and self._writable:
            self._flush_touched()

    def _remember(self, key: str, value: str) -> None:
        self._mem[key] = value
        self._mem.move_to_end(key)
        while len(self._mem) > self._memory_entries:
            self._mem.popitem(last=False)

    def _open(self) -> None:
        """Open (creating if needed) the database; on failure fall back to memory only."""
        for attempt in range(2):
            try:
                self._path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(
                    self._path,
                    timeout=BUSY_TIMEOUT_S,
                    check_same_thread=False,
                    isolation_level=None,
                )
            except (sqlite3.Error, OSError) as exc:
                self._set_memory_only(f"cannot open the translation cache ({type(exc).__name__})")
                return
            try:
                self._prepare(conn)
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
                code = _code(exc)
                if code in (_CORRUPT, _NOTADB) and attempt == 0:
                    log.warning("translation cache is damaged; recreating it")
                    self._recreated += 1
                    if self._delete_files():
                        continue
                if code in (_BUSY, _LOCKED):
                    reason = "the translation cache is locked by another program"
                elif code == _READONLY:
                    reason = "the translation cache file is read-only"
                else:
                    reason = f"the translation cache cannot be used ({exc.__class__.__name__})"
                self._set_memory_only(reason)
                return
            self._conn = conn
            return

    def _prepare(self, conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode=WAL").fetchone()
        conn.execute("PRAGMA synchronous=NORMAL")
        # Keep the WAL small: checkpoint every ~1 MiB and truncate it back to that size.
        conn.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
        conn.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT_BYTES}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("DROP TABLE IF EXISTS entries")
                # id is _key_id(key): the table's own b-tree finds a key, no extra index.
                conn.execute(
                    "CREATE TABLE entries ("
                    " id INTEGER PRIMARY KEY,"
                    " key TEXT NOT NULL,"
                    " value TEXT NOT NULL,"
                    " bytes INTEGER NOT NULL,"
                    " used REAL NOT NULL)"
                )
                conn.execute("CREATE INDEX entries_used ON entries(used)")
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                conn.execute("COMMIT")
            except sqlite3.Error:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
        # Reading one row and the schema checks that the file is really a database.
        conn.execute("SELECT id FROM entries LIMIT 1").fetchall()
        self._writable = not conn.execute("PRAGMA query_only").fetchone()[0]
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            if _code(exc) == _READONLY:
                self._writable = False
                self._notice = _READ_ONLY_NOTICE
            elif _code(exc) in (_BUSY, _LOCKED):
                self._writable = True  # transient: writes retry later
            else:
                raise

    def _set_memory_only(self, reason: str) -> None:
        log.warning("%s; keeping translations in memory only", reason)
        self._conn = None
        self._writable = False
        self._notice = f"{reason[0].upper()}{reason[1:]}; translations are kept in memory only."

    def _close_conn(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
        self._conn = None

    def _delete_files(self) -> bool:
        ok = True
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                Path(str(self._path) + suffix).unlink(missing_ok=True)
            except OSError:
                ok = False
        return ok

    def _disk_usable(self) -> bool:
        return self._conn is not None and time.monotonic() >= self._bypass_until

    def _disk_failed(self, exc: sqlite3.Error, during: str) -> None:
        """React to an error from the open database: recreate, bypass for a while, or give up."""
        code = _code(exc)
        log.warning("translation cache %s failed: %s", during, exc.__class__.__name__)
        if code in (_CORRUPT, _NOTADB):
            self._close_conn()
            self._recreated += 1
            if self._recreated <= MAX_RECREATIONS and self._delete_files():
                self._open()
                self._data_bytes = None
                # Rewrite what memory still holds, so recent work is not lost.
                if self._conn is not None and self._writable and self._mem:
                    self._write(dict(self._mem))
            else:
                self._set_memory_only("the translation cache is damaged and cannot be replaced")
        elif code in (_BUSY, _LOCKED):
            self._bypass_until = time.monotonic() + BYPASS_AFTER_BUSY_S
        elif code == _READONLY:
            self._writable = False
            self._notice = _READ_ONLY_NOTICE
        else:
            self._close_conn()
            self._set_memory_only(f"the translation cache failed ({exc.__class__.__name__})")

    def _select(self, keys: list[str]) -> dict[str, str]:
        if not keys or not self._disk_usable():
            return {}
        assert self._conn is not None
        found: dict[str, str] = {}
        try:
            for start in range(0, len(keys), _SQL_CHUNK):
                chunk = keys[start : start + _SQL_CHUNK]
                wanted = set(chunk)
                marks = ",".join("?" * len(chunk))
                rows = self._conn.execute(
                    f"SELECT key, value FROM entries WHERE id IN ({marks})",
                    [_key_id(k) for k in chunk],
                ).fetchall()
                # Comparing the stored key makes a (very unlikely) hash collision a miss.
                found.update((str(k), str(v)) for k, v in rows if k in wanted)
        except sqlite3.Error as exc:
            self._disk_failed(exc, "read")
            return {}
        return found

    def _write(self, items: Mapping[str, str]) -> None:
        if not self._disk_usable() or not self._writable:
            return
        assert self._conn is not None
        conn = self._conn
        try:
            if self._data_bytes is None:
                total = conn.execute("SELECT COALESCE(SUM(bytes), 0) FROM entries").fetchone()[0]
                self._data_bytes = int(total)
            conn.execute("BEGIN IMMEDIATE")
            try:
                added = 0
                for key, value in items.items():
                    row_id = _key_id(key)
                    old = conn.execute("SELECT bytes FROM entries WHERE id=?", (row_id,)).fetchone()
                    size = _row_bytes(key, value)
                    conn.execute(
                        "INSERT OR REPLACE INTO entries(id, key, value, bytes, used)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (row_id, key, value, size, self._stamp()),
                    )
                    added += size - (int(old[0]) if old else 0)
                self._flush_touched(in_transaction=True)
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
            self._data_bytes += added
            if self._data_bytes > self._max_bytes:
                self._evict()
        except sqlite3.Error as exc:
            self._disk_failed(exc, "write")

    def _flush_touched(self, *, in_transaction: bool = False) -> None:
        if not self._touched or self._conn is None:
            return
        touched = list(self._touched.items())
        self._touched.clear()
        sql = "UPDATE entries SET used=? WHERE id=? AND used<?"
        params = [(when, _key_id(key), when) for key, when in touched]
        if in_transaction:
            self._conn.executemany(sql, params)
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.executemany(sql, params)
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            self._disk_failed(exc, "recency update")

    def _evict(self) -> None:
        """Delete least recently used rows until the data fits in 90 % of the cap."""
        assert self._conn is not None and self._data_bytes is not None
        conn = self._conn
        target = int(self._max_bytes * EVICT_TO_FRACTION)
        conn.execute("BEGIN IMMEDIATE")
        try:
            while self._data_bytes > target:
                rows = conn.execute(
                    "SELECT id, key, bytes FROM entries ORDER BY used LIMIT 256"
                ).fetchall()
                if not rows:
                    self._data_bytes = 0
                    break
                freed = 0
                doomed: list[tuple[int]] = []
                for row_id, key, size in rows:
                    doomed.append((int(row_id),))
                    self._mem.pop(str(key), None)
                    freed += int(size)
                    if self._data_bytes - freed <= target:
                        break
                conn.executemany("DELETE FROM entries WHERE id=?", doomed)
                self._data_bytes -= freed
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            self._data_bytes = None
            raise
