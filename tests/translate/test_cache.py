"""The translation cache: persistence, LRU cap, and damaged, locked or read-only files."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from app.translate.cache import TranslationCache, _row_bytes, default_cache_path
from tests.helpers import drop_file_permission_override

REPO = Path(__file__).resolve().parents[2]


def _fill(cache: TranslationCache, count: int, prefix: str = "k") -> dict[str, str]:
    items = {f"{prefix}{i:04d}": f"translation number {i} " + "x" * 40 for i in range(count)}
    for key, value in items.items():
        cache.put(key, value)
    return items


def test_default_path_is_in_user_cache_dir() -> None:
    from app.core.paths import user_cache_dir

    assert default_cache_path().parent == user_cache_dir()


def test_put_get_and_miss(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3")
    assert cache.get("nothing") is None
    cache.put("a", "Alpha")
    cache.put_many({"b": "Beta", "c": "Gamma"})
    assert cache.get("a") == "Alpha"
    assert cache.get_many(["a", "b", "x", "c", "a"]) == {"a": "Alpha", "b": "Beta", "c": "Gamma"}
    cache.put("a", "Alpha 2")
    assert cache.get("a") == "Alpha 2"
    assert cache.persistent and cache.notice is None
    cache.close()


def test_entries_survive_a_new_instance(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    first = TranslationCache(path)
    items = _fill(first, 50)
    second = TranslationCache(path)  # another instance while the first is still open
    assert second.get_many(items) == items
    first.close()
    second.close()
    third = TranslationCache(path, memory_entries=16)
    assert third.get_many(items) == items
    assert third.get("k0001") == items["k0001"]
    third.close()


def test_lru_cap_evicts_least_recently_used(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3", max_bytes=4096, memory_entries=16)
    value = "v" * 100  # ~160 bytes a row with key and overhead: about 25 rows fit
    for i in range(20):
        cache.put(f"k{i:03d}", value)
    assert cache.get("k000") == value  # read: now more recent than k001..k019
    for i in range(20, 60):
        cache.put(f"k{i:03d}", value)
    cache.close()
    reopened = TranslationCache(tmp_path / "c.sqlite3", max_bytes=4096)
    present = reopened.get_many(f"k{i:03d}" for i in range(60))
    assert "k059" in present and "k058" in present
    assert "k001" not in present and "k019" not in present
    stored = sum(_row_bytes(k, v) for k, v in present.items())
    assert stored <= 4096
    assert 15 <= len(present) <= 26


def test_size_is_capped_and_clear_shrinks(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3", max_bytes=64 * 1024)
    for start in range(0, 2000, 100):
        cache.put_many({f"key {i}": "Übersetzung " * 10 for i in range(start, start + 100)})
    grown = cache.size_bytes()
    assert 0 < grown < 4 * 64 * 1024 + 1024 * 1024 + 256 * 4096  # file + WAL (see cache.py)
    conn = sqlite3.connect(tmp_path / "c.sqlite3")
    (data,) = conn.execute("SELECT SUM(bytes) FROM entries").fetchone()
    conn.close()
    assert data <= 64 * 1024
    cache.close()
    assert (tmp_path / "c.sqlite3").stat().st_size < 4 * 64 * 1024
    cache = TranslationCache(tmp_path / "c.sqlite3", max_bytes=64 * 1024)
    cache.clear()
    assert cache.get("key 1999") is None
    assert cache.size_bytes() < grown
    cache.put("after", "clear")
    assert cache.get("after") == "clear"
    cache.close()


def test_garbage_file_is_recreated(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database at all\n" * 200)
    cache = TranslationCache(path)
    assert cache.get("a") is None
    cache.put("a", "Alpha")
    assert cache.persistent
    cache.close()
    assert TranslationCache(path).get("a") == "Alpha"


def test_truncated_file_is_recreated_or_bypassed(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = TranslationCache(path)
    items = _fill(cache, 600)
    cache.close()
    size = path.stat().st_size
    assert size > 20_000
    with path.open("r+b") as handle:
        handle.truncate(size // 3)
    damaged = TranslationCache(path, memory_entries=16)
    found = damaged.get_many(items)  # must not raise, whatever survived
    assert set(found) <= set(items)
    for key in list(items)[:50]:
        damaged.get(key)
    damaged.put("new", "Neu")
    assert damaged.get("new") == "Neu"
    assert damaged.persistent
    damaged.close()
    assert TranslationCache(path).get("new") == "Neu"


def test_damage_found_while_reading_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = TranslationCache(path)
    items = _fill(cache, 600)
    cache.close()
    size = path.stat().st_size
    with path.open("r+b") as handle:  # the header is fine, pages in the middle are garbage
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(b"\xff" * 3 * 4096)
    damaged = TranslationCache(path, memory_entries=16)
    assert damaged.persistent  # opening does not notice
    damaged.get_many(items)  # reading does: the file is recreated, no exception
    for key in items:
        damaged.get(key)
    damaged.put("new", "Neu")
    assert damaged.get("new") == "Neu" and damaged.persistent
    damaged.close()
    assert TranslationCache(path).get("new") == "Neu"


def test_header_only_file_is_recreated(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = TranslationCache(path)
    _fill(cache, 10)
    cache.close()
    with path.open("r+b") as handle:
        handle.truncate(60)
    again = TranslationCache(path)
    assert again.get("k0001") is None
    again.put("x", "y")
    assert again.get("x") == "y" and again.persistent


def test_unusable_directory_keeps_memory_only(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = TranslationCache(blocker / "sub" / "c.sqlite3")
    assert not cache.persistent
    assert cache.notice and "memory" in cache.notice
    cache.put("a", "Alpha")
    assert cache.get("a") == "Alpha"
    assert cache.size_bytes() > 0
    cache.clear()
    assert cache.get("a") is None


def test_write_locked_database_is_bypassed(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = TranslationCache(path)
    cache.put("before", "Vorher")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    other.execute("UPDATE entries SET value='x' WHERE key='nothing'")
    try:
        cache.put("during", "Waehrend")  # busy: kept in memory, no exception
        assert cache.get("during") == "Waehrend"
        assert cache.get("unknown") is None
        late = TranslationCache(path)  # opening while another program writes
        assert late.get("before") == "Vorher"
        late.put("late", "Spaet")
        assert late.get("late") == "Spaet"
        late.close()
    finally:
        other.execute("COMMIT")
        other.close()
    cache.close()


def test_exclusively_locked_database_is_bypassed(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = TranslationCache(path)
    cache.put("before", "Vorher")
    cache.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE entries SET value='x' WHERE key='nothing'")
    other.execute("COMMIT")  # exclusive locking mode keeps the lock until closed
    try:
        locked = TranslationCache(path)
        assert locked.get("before") is None
        locked.put("late", "Spaet")
        assert locked.get("late") == "Spaet"
        assert not locked.persistent and locked.notice
        locked.clear()
        assert locked.get("late") is None
        locked.close()
    finally:
        other.close()
    assert TranslationCache(path).get("before") == "Vorher"


READ_ONLY_CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    path = Path(sys.argv[1])
    try:
        path.open("r+b").close()
        writable = True
    except PermissionError:
        writable = False
    from app.translate.cache import TranslationCache
    cache = TranslationCache(path)
    old = cache.get("old")
    cache.put("new", "Neu")
    cache.put_many({"more": "Mehr"})
    report = {
        "writable": writable,
        "old": old,
        "new": cache.get("new"),
        "more": cache.get_many(["more"]),
        "persistent": cache.persistent,
        "notice": cache.notice,
        "size": cache.size_bytes(),
    }
    cache.clear()
    report["after_clear"] = cache.get("new")
    cache.close()
    print(json.dumps(report))
    """
)


def _run_read_only_child(path: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", READ_ONLY_CHILD, str(path)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        preexec_fn=drop_file_permission_override,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_read_only_file_is_bypassed(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = TranslationCache(path)
    cache.put("old", "Alt")
    cache.close()
    path.chmod(0o444)
    try:
        report = _run_read_only_child(path)
    finally:
        path.chmod(0o644)
    assert report["writable"] is False, "the test could not make the file read-only"
    assert report["new"] == "Neu" and report["more"] == {"more": "Mehr"}
    assert report["old"] in ("Alt", None)
    assert report["persistent"] is False and report["notice"]
    assert report["after_clear"] is None


def test_read_only_directory_and_file_are_bypassed(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "c.sqlite3"
    cache = TranslationCache(path)
    cache.put("old", "Alt")
    cache.close()
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        report = _run_read_only_child(path)
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    assert report["writable"] is False
    assert report["new"] == "Neu" and report["persistent"] is False and report["notice"]
    assert TranslationCache(path).get("old") == "Alt"  # untouched


KILL_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from app.translate.cache import TranslationCache
    cache = TranslationCache(sys.argv[1])
    for i in range(200):
        cache.put(f"key{i}", f"value{i}")
    cache.put_many({f"bulk{i}": f"b{i}" for i in range(100)})
    print("committed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_committed_rows_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    result = subprocess.run(
        [sys.executable, "-c", KILL_CHILD, str(path)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert "committed" in result.stdout
    assert Path(str(path) + "-wal").stat().st_size > 0  # rows were only in the WAL
    cache = TranslationCache(path)
    found = cache.get_many([f"key{i}" for i in range(200)] + [f"bulk{i}" for i in range(100)])
    assert len(found) == 300
    assert found["key199"] == "value199" and found["bulk99"] == "b99"


def test_concurrent_readers_and_writers(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3", memory_entries=64)
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def work(worker: int) -> None:
        try:
            barrier.wait()
            for i in range(150):
                cache.put(f"w{worker}-{i}", f"value {worker} {i}")
                assert cache.get(f"w{worker}-{i}") == f"value {worker} {i}"
                cache.get(f"w{(worker + 1) % 8}-{i}")
                if i % 50 == 0:
                    cache.size_bytes()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    keys = [f"w{w}-{i}" for w in range(8) for i in range(150)]
    assert len(cache.get_many(keys)) == len(keys)
    cache.close()


def test_an_empty_cache_is_no_size(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "fresh.sqlite3")
    assert (tmp_path / "fresh.sqlite3").is_file()  # the empty database has its pages
    assert cache.size_bytes() == 0  # but holds nothing (a fresh install shows 0)
    cache.put("Hallo", "Hello")
    assert cache.size_bytes() > 0
    cache.clear()
    assert cache.size_bytes() == 0
    cache.close()
