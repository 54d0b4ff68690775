"""The learner's vocabulary on disk: word status per lemma and the deck of cards.

One SQLite file, ``vocabulary.sqlite3`` in the user data directory (platformdirs;
``XDG_DATA_HOME`` on Linux), in WAL mode with ``synchronous=FULL``: every change is
its own committed transaction before the call returns, so neither a SIGKILL nor a
power cut loses a committed change. The file is made when the first change is
saved; reading never creates it.

Statuses are loaded once into a dict and written through: :meth:`Vocabulary.status`
is one dict lookup (safe from any thread, no lock, no disk), fit for every hover.
Changes are serialised by a lock (one writer at a time); the dict is updated only
after the disk has committed, so what is shown is what is saved.

A file that is not SQLite, is damaged, or is SQLite without this schema's
``application_id`` is never overwritten or deleted: it is renamed to
``vocabulary.sqlite3.corrupt-<time>`` (or ``.foreign-<time>``), :attr:`notice` says
so, and a fresh file is started. A file written by a newer Leselupe is read but
not changed. A change that cannot be saved raises :class:`VocabularyError` and
changes nothing. No Qt here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from app.core import sqlite as sq
from app.core.paths import user_data_dir
from app.vocab.deck import Card
from app.vocab.status import NEW, WordStatus, from_row, normalize_lemma

log = logging.getLogger(__name__)

FILE_NAME = "vocabulary.sqlite3"
#: PRAGMA application_id of a Leselupe vocabulary ("LLVK").
APPLICATION_ID = 0x4C4C564B
SCHEMA_VERSION = 1
_LOAD_SLICE = 2_000  # rows read at a time when the file is opened
BUSY_TIMEOUT_S = 5.0
"""How long a change waits for another Leselupe process (the CLI beside the window)."""


class Saved(NamedTuple):
    """What :meth:`Vocabulary.add_card` did: the card as stored, whether it is new (False:
    an existing card was updated) and the deck's size afterwards, all read in the one
    transaction that wrote it."""

    card: Card
    new: bool
    total: int


class VocabularyError(Exception):
    """A change could not be saved; nothing was changed. The message is for the user."""


class _Foreign(Exception):
    """The file is SQLite but not a Leselupe vocabulary."""


def default_path() -> Path:
    """Where the vocabulary lives: ``vocabulary.sqlite3`` in the user data directory."""
    return user_data_dir() / FILE_NAME


def _create_v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE words ("
        " lemma TEXT PRIMARY KEY,"
        " status TEXT NOT NULL CHECK (status IN ('learning', 'known', 'ignored')),"
        " level INTEGER NOT NULL DEFAULT 0,"
        " changed REAL NOT NULL"
        ") WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE cards ("
        " id INTEGER PRIMARY KEY,"
        " word TEXT NOT NULL, lemma TEXT NOT NULL, sentence TEXT NOT NULL,"
        " article TEXT NOT NULL DEFAULT '', plural TEXT NOT NULL DEFAULT '',"
        " grammar TEXT NOT NULL DEFAULT '', glosses TEXT NOT NULL DEFAULT '[]',"
        " translation TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '',"
        " date TEXT NOT NULL DEFAULT '', added REAL NOT NULL,"
        " UNIQUE (lemma, sentence))"
    )


#: MIGRATIONS[v] brings a file from schema version v to v + 1 (0 is an empty file).
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_create_v1,)
assert len(MIGRATIONS) == SCHEMA_VERSION

_CARD_COLUMNS = (
    "id, word, lemma, sentence, article, plural, grammar, glosses, translation, source, date, added"
)


# On adding a card again, what the new card has replaces the stored text; what it
# lacks (an empty field: no translation given this time) keeps the stored one.
_UPDATE_NON_EMPTY = ", ".join(
    f"{col}=COALESCE(NULLIF(excluded.{col}, {empty!r}), {col})"
    for col, empty in (
        ("word", ""), ("article", ""), ("plural", ""), ("grammar", ""), ("glosses", "[]"),
        ("translation", ""), ("source", ""), ("date", ""),
    )
)  # fmt: skip


def _card_of(row: tuple[Any, ...]) -> Card:
    (id_, word, lemma, sentence, article, plural, grammar, glosses) = row[:8]
    (translation, source, date, added) = row[8:]
    try:
        gloss_list = tuple(str(g) for g in json.loads(str(glosses)))
    except (ValueError, TypeError):
        gloss_list = ()
    return Card(
        word=str(word), lemma=str(lemma), sentence=str(sentence), article=str(article),
        plural=str(plural), grammar=str(grammar), glosses=gloss_list,
        translation=str(translation), source=str(source), date=str(date),
        added=float(added), id=int(id_),
    )  # fmt: skip


class Vocabulary:
    """Statuses and cards of one vocabulary file (``path=None``: :func:`default_path`)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self._path = Path(path) if path is not None else default_path()
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._mem: dict[str, WordStatus] = {}
        self._writable = True
        self._notice: str | None = None
        self._moved_to: Path | None = None
        with self._lock:
            self._open_existing()

    # ------------------------------------------------------------------ reading

    @property
    def path(self) -> Path:
        return self._path

    @property
    def notice(self) -> str | None:
        """One sentence about something the user should know (a file moved aside,
        a read-only or newer file), or None."""
        return self._notice

    @property
    def moved_to(self) -> Path | None:
        """Where a damaged or foreign file was moved on opening, if one was."""
        return self._moved_to

    @property
    def writable(self) -> bool:
        return self._writable

    def status(self, lemma: str) -> WordStatus:
        """The status of ``lemma`` (NEW when unknown): one dict lookup, any thread."""
        found = self._mem.get(lemma)
        if found is not None:
            return found
        if not unicodedata.is_normalized("NFC", lemma) or lemma != lemma.strip():
            return self._mem.get(normalize_lemma(lemma), NEW)
        return NEW

    def statuses(self) -> dict[str, WordStatus]:
        """Every lemma that is not new, with its status (a copy)."""
        with self._lock:
            return dict(self._mem)

    def __len__(self) -> int:
        return len(self._mem)

    def counts(self) -> Counter[str]:
        """How many lemmas have each status label ("known", "learning 2", …)."""
        with self._lock:
            return Counter(ws.label for ws in self._mem.values())

    def cards(self) -> list[Card]:
        """Every card of the deck, oldest first."""
        with self._lock:
            conn = self._conn
            if conn is None:
                return []
            try:
                rows = conn.execute(
                    f"SELECT {_CARD_COLUMNS} FROM cards ORDER BY added, id"
                ).fetchall()
            except sqlite3.Error as exc:
                raise VocabularyError(f"cannot read the deck: {exc}") from exc
            return [_card_of(row) for row in rows]

    def card_count(self) -> int:
        with self._lock:
            if self._conn is None:
                return 0
            try:
                return int(self._conn.execute("SELECT COUNT(*) FROM cards").fetchone()[0])
            except sqlite3.Error as exc:
                raise VocabularyError(f"cannot read the deck: {exc}") from exc

    # ------------------------------------------------------------------ changing

    def set_status(self, lemma: str, status: WordStatus) -> WordStatus:
        """Save ``status`` for ``lemma``; returns the previous status (for undo)."""
        return self.set_many({lemma: status})[normalize_lemma(lemma)]

    def set_many(self, changes: Mapping[str, WordStatus]) -> dict[str, WordStatus]:
        """Save several statuses in one transaction; returns the previous ones
        (by normalised lemma), which :meth:`set_many` takes back for an undo."""
        wanted = {normalize_lemma(k): v for k, v in changes.items() if normalize_lemma(k)}
        if not wanted:
            return {}
        with self._lock:
            previous = {lemma: self._mem.get(lemma, NEW) for lemma in wanted}
            now = time.time()
            gone = [(lemma,) for lemma, ws in wanted.items() if ws.is_new]
            kept = [
                (lemma, ws.status.value, ws.level, now)
                for lemma, ws in wanted.items()
                if not ws.is_new
            ]

            def write(conn: sqlite3.Connection) -> None:
                conn.executemany("DELETE FROM words WHERE lemma=?", gone)
                conn.executemany(
                    "INSERT INTO words(lemma, status, level, changed) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(lemma) DO UPDATE SET status=excluded.status,"
                    " level=excluded.level, changed=excluded.changed",
                    kept,
                )

            self._transaction(write)
            for lemma, ws in wanted.items():
                if ws.is_new:
                    self._mem.pop(lemma, None)
                else:
                    self._mem[lemma] = ws
            return previous

    def add_card(self, card: Card) -> Saved:
        """Save a card; the same (lemma, sentence) again updates the stored card
        (its first ``added`` time and id stay). Returns the card as stored, whether it is
        new and the deck's size, read in the same transaction: the caller needs no second
        query (the window calls this on the UI thread)."""
        card = card.normalized()
        if not card.lemma or not card.sentence:
            raise VocabularyError("a card needs a word and a sentence")
        values = (
            card.word, card.lemma, card.sentence, card.article, card.plural, card.grammar,
            json.dumps(list(card.glosses), ensure_ascii=False), card.translation,
            card.source, card.date, card.added,
        )  # fmt: skip
        stored: list[Saved] = []

        def write(conn: sqlite3.Connection) -> None:
            key = (card.lemma, card.sentence)
            old = conn.execute("SELECT 1 FROM cards WHERE lemma=? AND sentence=?", key)
            new = old.fetchone() is None
            conn.execute(
                "INSERT INTO cards(word, lemma, sentence, article, plural, grammar, glosses,"
                " translation, source, date, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(lemma, sentence) DO UPDATE SET " + _UPDATE_NON_EMPTY,
                values,
            )
            row = conn.execute(
                f"SELECT {_CARD_COLUMNS} FROM cards WHERE lemma=? AND sentence=?", key
            ).fetchone()
            total = int(conn.execute("SELECT COUNT(*) FROM cards").fetchone()[0])
            stored.append(Saved(_card_of(row), new, total))

        with self._lock:
            self._transaction(write)
        return stored[0]

    def remove_card(self, card_id: int) -> bool:
        """Delete one card; True when it existed."""
        removed: list[int] = []

        def write(conn: sqlite3.Connection) -> None:
            removed.append(conn.execute("DELETE FROM cards WHERE id=?", (card_id,)).rowcount)

        with self._lock:
            if self._conn is None:
                return False
            self._transaction(write)
        return bool(removed and removed[0])

    def reload(self) -> None:
        """Read the statuses from disk again (after another process changed them)."""
        with self._lock:
            if self._conn is None:
                self._open_existing()
                return
            try:
                self._mem = self._load(self._conn)
            except sqlite3.Error as exc:
                log.warning("vocabulary not reloaded: %s", exc)

    def close(self) -> None:
        """Close the file; statuses stay readable, changes open it again."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.close()
            self._conn = None

    def __repr__(self) -> str:
        return f"Vocabulary({str(self._path)!r}, {len(self._mem)} lemmas)"

    # ------------------------------------------------------------------ internals

    def _transaction(self, write: Callable[[sqlite3.Connection], None]) -> None:
        """Run ``write`` in one committed transaction, or raise VocabularyError."""
        conn = self._writable_conn() if self._writable else None
        if conn is None or not self._writable:  # (a newer file may have appeared meanwhile)
            raise VocabularyError(self._notice or f"{self._path} cannot be changed")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                write(conn)
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            code = sq.error_code(exc)
            if code in (sq.BUSY, sq.LOCKED):
                reason = "it is locked by another program; try again"
            elif code == sq.READONLY:
                reason = "the file is read-only"
            elif sq.is_damage(exc):
                reason = "the file is damaged (restart Leselupe to move it aside)"
            else:
                reason = f"{type(exc).__name__}: {exc}"
            raise VocabularyError(f"the vocabulary was not changed: {reason}") from exc

    def _writable_conn(self) -> sqlite3.Connection:
        if self._conn is not None:
            return self._conn
        try:  # the first change makes the file
            self._path.parent.mkdir(parents=True, exist_ok=True)
            conn = sq.connect_wal(self._path, timeout=BUSY_TIMEOUT_S, synchronous="FULL")
            self._prepare(conn)
        except (OSError, sqlite3.Error, _Foreign) as exc:
            raise VocabularyError(
                f"the vocabulary was not changed: cannot create {self._path} ({exc})"
            ) from exc
        self._conn = conn
        return conn

    def _open_existing(self) -> None:
        """Open the file if there is one, load the statuses; move a bad file aside."""
        if not self._path.exists():
            return
        conn: sqlite3.Connection | None = None
        try:
            conn = sq.connect_wal(self._path, timeout=BUSY_TIMEOUT_S, synchronous="FULL")
            self._prepare(conn)
            self._mem = self._load(conn)
            self._conn = conn
            return
        except _Foreign:
            why = "foreign"
        except sqlite3.Error as exc:
            code = sq.error_code(exc)
            if not sq.is_damage(exc):
                self._close_quietly(conn)
                self._open_fallback(exc, code)
                return
            why = "corrupt"
        self._close_quietly(conn)
        self._move_aside(why)

    def _open_fallback(self, exc: sqlite3.Error, code: int) -> None:
        """Locked or read-only: read what can be read, change nothing."""
        self._writable = False
        if code in (sq.BUSY, sq.LOCKED):
            self._notice = (
                f"The vocabulary {self._path} is locked by another program;"
                " word marks are shown but cannot be changed."
            )
        elif code == sq.READONLY:
            self._notice = f"The vocabulary {self._path} is read-only; it cannot be changed."
        else:
            self._notice = f"The vocabulary {self._path} cannot be opened ({exc})."
        log.info("%s", self._notice)
        with contextlib.suppress(sqlite3.Error, _Foreign):
            ro = sqlite3.connect(f"{self._path.as_uri()}?mode=ro", uri=True, timeout=0.5)
            try:
                if self._check(ro, migrate=False):
                    self._mem = self._load(ro)
            finally:
                ro.close()

    def _move_aside(self, why: str) -> None:
        kind = "damaged" if why == "corrupt" else "not a Leselupe vocabulary"
        try:
            self._moved_to = sq.move_aside(self._path, why)
        except OSError as exc:
            self._writable = False
            self._notice = (
                f"The vocabulary {self._path} is {kind} and could not be moved aside ({exc});"
                " changes cannot be saved."
            )
        else:
            # What happened first: a status line cuts off the end (the long path).
            self._notice = (
                f"The vocabulary file was {kind}; a new, empty one was started"
                f" (the old file was kept as {self._moved_to})."
            )
        log.info("%s", self._notice)

    def _prepare(self, conn: sqlite3.Connection) -> None:
        """Check the schema, create or migrate it; raises _Foreign or sqlite3.Error."""
        if not self._check(conn, migrate=True):
            self._writable = False
            self._notice = (
                f"The vocabulary {self._path} was written by a newer Leselupe;"
                " it is shown but not changed."
            )
        result = conn.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise sqlite3.DatabaseError("database disk image is malformed (quick_check)")

    def _check(self, conn: sqlite3.Connection, *, migrate: bool) -> bool:
        """True when the file has this schema (after migrating it, if asked);
        False for a newer schema; raises _Foreign for another file."""
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        if app_id == 0 and version == 0 and tables == 0:
            pass  # an empty file: ours to fill
        elif app_id != APPLICATION_ID:
            raise _Foreign(f"application_id {app_id:#x}")
        if version > SCHEMA_VERSION:
            return False
        if version < SCHEMA_VERSION and migrate:
            self._migrate(conn, version)
        return True

    def _migrate(self, conn: sqlite3.Connection, version: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again inside the write lock: another process may have migrated it.
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])
            for step in MIGRATIONS[current:]:
                step(conn)
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        if version:
            log.info("vocabulary migrated from schema %d to %d", version, SCHEMA_VERSION)

    @staticmethod
    def _load(conn: sqlite3.Connection) -> dict[str, WordStatus]:
        # In slices: one fetchall() of 50,000 rows holds the interpreter lock for tens
        # of milliseconds, which the window's UI thread would feel as a stall.
        cursor = conn.execute("SELECT lemma, status, level FROM words")
        loaded: dict[str, WordStatus] = {}
        while rows := cursor.fetchmany(_LOAD_SLICE):
            for lemma, status, level in rows:
                ws = from_row(status, level)
                if ws is not NEW:
                    loaded[lemma] = ws
        return loaded

    @staticmethod
    def _close_quietly(conn: sqlite3.Connection | None) -> None:
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()


_shared: Vocabulary | None = None
_shared_lock = threading.Lock()


def open_vocabulary() -> Vocabulary:
    """The process-wide vocabulary at :func:`default_path` (opened on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Vocabulary()
        return _shared
