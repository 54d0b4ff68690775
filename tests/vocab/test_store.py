"""The vocabulary file: statuses and cards persist, survive SIGKILL, bad files are moved aside."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.dictionary import Dictionary
from app.vocab.deck import Card
from app.vocab.status import IGNORED, KNOWN, NEW, WordStatus, learning
from app.vocab.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    Vocabulary,
    VocabularyError,
    default_path,
)
from tests.helpers import REPO
from tests.vocab.conftest import child_env


def test_default_path_is_in_xdg_data_home(data_home: Path) -> None:
    path = default_path()
    assert path.is_relative_to(data_home)
    assert path.name == "vocabulary.sqlite3"


def test_reading_creates_no_file_and_the_first_change_does(data_home: Path) -> None:
    vocabulary = Vocabulary()
    assert vocabulary.status("gehen") is NEW and len(vocabulary) == 0
    assert vocabulary.cards() == [] and vocabulary.card_count() == 0
    assert not default_path().exists()
    vocabulary.set_status("gehen", KNOWN)
    assert default_path().exists()
    conn = sqlite3.connect(default_path())
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_statuses_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite3"
    first = Vocabulary(path)
    assert first.set_status("gehen", learning(2)) is NEW
    first.set_status("Haus", KNOWN)
    first.set_status("der", IGNORED)
    assert first.set_status("gehen", learning(3)) == learning(2)
    second = Vocabulary(path)  # while the first is still open
    assert second.status("gehen") == learning(3)
    assert second.status("Haus") is KNOWN and second.status("der") is IGNORED
    assert second.status("haus") is NEW  # case is part of the lemma
    assert second.counts() == {"learning 3": 1, "known": 1, "ignored": 1}
    first.set_status("Haus", NEW)  # back to new: the row goes
    assert Vocabulary(path).statuses() == {"gehen": learning(3), "der": IGNORED}


def test_lemmas_are_normalised(tmp_path: Path) -> None:
    vocabulary = Vocabulary(tmp_path / "v.sqlite3")
    decomposed = "Ha\u0308user"  # "Häuser" with a combining diaeresis
    vocabulary.set_status(f"  {decomposed} ", KNOWN)
    assert vocabulary.status("Häuser") is KNOWN
    assert vocabulary.status(decomposed) is KNOWN
    assert list(Vocabulary(tmp_path / "v.sqlite3").statuses()) == ["Häuser"]


def test_set_many_returns_what_undo_needs(tmp_path: Path) -> None:
    vocabulary = Vocabulary(tmp_path / "v.sqlite3")
    vocabulary.set_status("gehen", learning(1))
    previous = vocabulary.set_many({"gehen": KNOWN, "Haus": KNOWN, "Baum": KNOWN})
    assert previous == {"gehen": learning(1), "Haus": NEW, "Baum": NEW}
    vocabulary.set_many(previous)  # undo
    assert Vocabulary(tmp_path / "v.sqlite3").statuses() == {"gehen": learning(1)}


def test_a_change_that_cannot_be_saved_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    vocabulary = Vocabulary(blocker / "sub" / "v.sqlite3")
    with pytest.raises(VocabularyError, match="not changed"):
        vocabulary.set_status("gehen", KNOWN)
    assert vocabulary.status("gehen") is NEW
    with pytest.raises(VocabularyError):
        vocabulary.add_card(Card("ging", "gehen", "Er ging."))


def test_cards_are_stored_and_updated_not_duplicated(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite3"
    vocabulary = Vocabulary(path)
    first, new, total = vocabulary.add_card(
        Card("Häuser", "Haus", "Die  Häuser\nsind alt.", article="das", glosses=("house",))
    )
    assert new and total == 1 and first.id is not None and first.added > 0
    assert first.sentence == "Die Häuser sind alt."  # whitespace collapsed
    again, new, total = vocabulary.add_card(
        Card("Häuser", "Haus", "Die Häuser sind alt.", translation="The houses are old.")
    )
    assert not new and total == 1 and again.id == first.id and again.added == first.added
    assert again.glosses == ("house",) and again.article == "das"  # empty fields keep
    assert again.translation == "The houses are old."
    assert vocabulary.add_card(Card("ging", "gehen", "Er ging nach Hause.")).total == 2
    cards = Vocabulary(path).cards()
    assert [c.lemma for c in cards] == ["Haus", "gehen"]
    assert cards[0] == again
    assert vocabulary.remove_card(cards[1].id or 0)
    assert not vocabulary.remove_card(cards[1].id or 0)
    assert Vocabulary(path).card_count() == 1
    with pytest.raises(VocabularyError):
        vocabulary.add_card(Card("x", "x", "   "))


# ----------------------------------------------------------------- damaged and foreign files


def _moved(path: Path, why: str) -> list[Path]:
    found = path.parent.glob(f"{path.name}.{why}-*")
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm", "-journal")))


def test_garbage_file_is_moved_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.sqlite3"
    garbage = b"this is not a database at all\n" * 200
    path.write_bytes(garbage)
    vocabulary = Vocabulary(path)
    moved = _moved(path, "corrupt")
    assert len(moved) == 1 and moved[0] == vocabulary.moved_to
    assert moved[0].read_bytes() == garbage  # kept byte for byte
    assert vocabulary.notice and str(moved[0]) in vocabulary.notice
    # the news comes before the long path, which a status line may cut off
    assert vocabulary.notice.index("a new, empty one was started") < vocabulary.notice.index(
        str(moved[0])
    )
    vocabulary.set_status("gehen", KNOWN)
    assert Vocabulary(path).status("gehen") is KNOWN
    # A second bad file in the same second gets its own name: nothing is overwritten.
    vocabulary.close()
    path.write_bytes(b"more garbage" * 500)
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    Vocabulary(path)
    assert len(_moved(path, "corrupt")) == 2
    assert moved[0].read_bytes() == garbage


def test_damaged_pages_are_found_and_the_file_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.sqlite3"
    vocabulary = Vocabulary(path)
    vocabulary.set_many({f"Wort{i:05d}": KNOWN for i in range(3000)})
    vocabulary.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    assert size > 8 * 4096
    with path.open("r+b") as handle:  # the header is fine, pages in the middle are garbage
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(b"\xff" * 2 * 4096)
    damaged = path.read_bytes()
    fresh = Vocabulary(path)
    assert fresh.moved_to is not None and fresh.moved_to.read_bytes() == damaged
    assert len(fresh) == 0 and fresh.notice and "damaged" in fresh.notice
    fresh.set_status("Haus", KNOWN)
    assert Vocabulary(path).statuses() == {"Haus": KNOWN}


def test_foreign_sqlite_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos(name) VALUES ('holiday')")
    conn.commit()
    conn.close()
    vocabulary = Vocabulary(path)
    moved = _moved(path, "foreign")
    assert len(moved) == 1 and vocabulary.notice and "not a Leselupe" in vocabulary.notice
    check = sqlite3.connect(moved[0])
    assert check.execute("SELECT name FROM photos").fetchall() == [("holiday",)]
    check.close()
    vocabulary.set_status("gehen", KNOWN)
    assert Vocabulary(path).status("gehen") is KNOWN


def test_other_application_id_is_foreign(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id=1234")
    conn.execute("CREATE TABLE words (lemma TEXT)")
    conn.commit()
    conn.close()
    assert Vocabulary(path).moved_to is not None


def test_empty_file_is_used_in_place(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.sqlite3"
    path.write_bytes(b"")
    vocabulary = Vocabulary(path)
    assert vocabulary.moved_to is None and vocabulary.notice is None
    vocabulary.set_status("gehen", KNOWN)
    assert Vocabulary(path).status("gehen") is KNOWN


def test_newer_schema_is_read_but_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.sqlite3"
    Vocabulary(path).set_status("gehen", KNOWN)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    newer = Vocabulary(path)
    assert newer.status("gehen") is KNOWN
    assert not newer.writable and newer.notice and "newer" in newer.notice
    with pytest.raises(VocabularyError):
        newer.set_status("Haus", KNOWN)
    assert newer.status("Haus") is NEW
    newer.close()
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.corrupt-*")) and not list(tmp_path.glob("*.foreign-*"))


def test_migration_from_an_empty_schema(tmp_path: Path) -> None:
    """A file of ours at version 0 (made, not yet filled) is migrated to the current one."""
    path = tmp_path / "vocabulary.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.commit()
    conn.close()
    vocabulary = Vocabulary(path)
    assert vocabulary.moved_to is None
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    vocabulary.set_status("gehen", KNOWN)


# ------------------------------------------------------------------------- kill and threads

KILL_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from app.vocab.deck import Card
    from app.vocab.status import KNOWN, learning
    from app.vocab.store import Vocabulary
    vocabulary = Vocabulary(sys.argv[1])
    for i in range(200):
        vocabulary.set_status(f"Wort{i}", learning(1 + i % 4))
    vocabulary.set_many({f"bulk{i}": KNOWN for i in range(300)})
    for i in range(20):
        vocabulary.add_card(Card(f"Wort{i}", f"Wort{i}", f"Satz mit Wort{i}."))
    print("committed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_committed_changes_survive_sigkill(tmp_path: Path, dictionary: Dictionary) -> None:
    path = tmp_path / "vocabulary.sqlite3"
    result = subprocess.run(
        [sys.executable, "-c", KILL_CHILD, str(path)],
        cwd=REPO,
        env=child_env(tmp_path / "home", dictionary),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert "committed" in result.stdout
    assert Path(str(path) + "-wal").stat().st_size > 0  # rows were (at least) in the WAL
    vocabulary = Vocabulary(path)
    assert vocabulary.moved_to is None
    statuses = vocabulary.statuses()
    assert len(statuses) == 500
    assert all(statuses[f"Wort{i}"] == learning(1 + i % 4) for i in range(200))
    assert all(statuses[f"bulk{i}"] is KNOWN for i in range(300))
    assert vocabulary.card_count() == 20


KILL_MID_WRITE_CHILD = textwrap.dedent(
    """
    import sys
    from app.vocab.status import KNOWN
    from app.vocab.store import Vocabulary
    vocabulary = Vocabulary(sys.argv[1])
    i = 0
    while True:
        vocabulary.set_many({f"w{i}-{k}": KNOWN for k in range(50)})
        print(i, flush=True)
        i += 1
    """
)


def test_kill_during_writes_loses_no_committed_batch(
    tmp_path: Path, dictionary: Dictionary
) -> None:
    """Killed at a random moment while writing: every batch reported committed is
    there in full, a batch cut off is absent in full (never half of one)."""
    path = tmp_path / "vocabulary.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_MID_WRITE_CHILD, str(path)],
        cwd=REPO,
        env=child_env(tmp_path / "home", dictionary),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    reported = -1
    for line in proc.stdout:
        reported = int(line)
        if reported >= 40:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    statuses = Vocabulary(path).statuses()
    batches = {}
    for lemma in statuses:
        batch = int(lemma[1:].split("-")[0])
        batches[batch] = batches.get(batch, 0) + 1
    assert all(i in batches for i in range(reported + 1))
    assert set(batches.values()) == {50}  # whole batches only


def test_threads_writing_and_reading(tmp_path: Path) -> None:
    vocabulary = Vocabulary(tmp_path / "v.sqlite3")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(60):
                vocabulary.set_status(f"t{n}-{i}", learning(1 + i % 4))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def reader() -> None:
        try:
            for _ in range(2000):
                vocabulary.status("t0-1")
                vocabulary.counts()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    threads += [threading.Thread(target=reader) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(Vocabulary(tmp_path / "v.sqlite3").statuses()) == 240


_STATUSES = st.sampled_from([NEW, KNOWN, IGNORED, *(learning(n) for n in range(1, 5))])
_LEMMAS = st.sampled_from(["gehen", "Haus", "Häuser", "ankündigen", "der", "Straße", "ß"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_LEMMAS, _STATUSES), max_size=25))
def test_reopened_store_equals_a_dict_model(changes: list[tuple[str, WordStatus]]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "v.sqlite3"
        vocabulary = Vocabulary(path)
        model: dict[str, WordStatus] = {}
        for lemma, status in changes:
            vocabulary.set_status(lemma, status)
            if status is NEW:
                model.pop(lemma, None)
            else:
                model[lemma] = status
        assert vocabulary.statuses() == model
        vocabulary.close()
        assert Vocabulary(path).statuses() == model
