"""Fault injection: every fault of the reliability issue has a test, here or elsewhere.

Where each listed fault is tested (``docs/bench.md`` keeps the same list):

- translation provider down: ``translate/test_service.py::test_connection_refused``,
  ``::test_connection_reset``, ``::test_persistent_500_gives_server_error_and_cooldown``,
  ``translate/test_providers.py::test_500``; in the window
  ``ui/test_ui_translate.py::test_network_trouble_one_status_message_no_dialog``.
- provider slow: ``translate/test_providers.py::test_slow_answer_times_out``,
  ``translate/test_service.py::test_timeout_then_cooldown_then_retry``,
  ``::test_long_retry_after_is_not_waited_for_in_the_call``, ``::test_429_is_retried``.
- provider returns garbage: ``translate/test_providers.py::test_malformed``,
  ``translate/test_service.py::test_malformed_answer``, ``::test_mismatched_line_count_is_split``,
  ``::test_answer_with_extra_lines_falls_back_to_single``.
- translation cache truncated / corrupted / locked / read-only:
  ``translate/test_cache.py::test_truncated_file_is_recreated_or_bypassed``,
  ``::test_garbage_file_is_recreated``, ``::test_damage_found_while_reading_is_repaired``,
  ``::test_header_only_file_is_recreated``, ``::test_write_locked_database_is_bypassed``,
  ``::test_exclusively_locked_database_is_bypassed``, ``::test_read_only_file_is_bypassed``,
  ``::test_read_only_directory_and_file_are_bypassed``,
  ``::test_unusable_directory_keeps_memory_only``.
- SIGKILL during cache writes: ``translate/test_cache.py::test_committed_rows_survive_sigkill``
  (killed after its writes) and, here, killed from outside at an arbitrary moment of a
  stream of writes and of evictions.
- model directory missing or corrupt: ``test_nlp.py::test_broken_candidates_fall_through_…``,
  ``::test_corrupt_model_weights_fall_through``; here, the shipped model damaged in
  each of its files; in the window ``ui/test_ui_faults.py``.
- dictionary database missing or corrupt:
  ``dictionary/test_service.py::test_missing_database_file``, ``::test_corrupt_database_file``,
  ``::test_database_of_another_format``,
  ``dictionary/test_store.py::test_missing_bundled_resource``,
  ``::test_truncated_compressed_resource``, ``::test_first_run_install_progress_and_repair``;
  here, the real database truncated or overwritten in places (lookups never raise),
  unreadable, through the command line, and the first-run unpacking killed half-way; in
  the window ``ui/test_ui_faults.py``.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import app.nlp as nlp_module
from app.analysis import analyze
from app.dictionary import Dictionary, WordInfo, open_dictionary, store
from app.translate.cache import TranslationCache
from tests.helpers import REPO, drop_file_permission_override

CHILD_ENV = {**os.environ, "PYTHONPATH": str(REPO)}

# --------------------------------------------------------------- SIGKILL, cache

WRITER = textwrap.dedent(
    """
    import sys
    from app.translate.cache import TranslationCache
    cache = TranslationCache(sys.argv[1], max_bytes=int(sys.argv[2]))
    i = 0
    while True:  # until killed
        if i % 5 == 0:
            batch = {f"b{i}-{j}": f"bulk {i} {j} " + "y" * 60 for j in range(20)}
            cache.put_many(batch)
            print("\\n".join(batch), flush=True)  # only after the call returned
        else:
            cache.put(f"k{i}", f"value {i} " + "x" * 90)
            print(f"k{i}", flush=True)
        i += 1
    """
)


def _value_ok(key: str, value: str) -> bool:
    if key.startswith("b"):
        i, j = key[1:].split("-")
        return value == f"bulk {i} {j} " + "y" * 60
    return value == f"value {key[1:]} " + "x" * 90


def _kill_writer(path: Path, after: int, max_bytes: int) -> list[str]:
    """Start the writer, SIGKILL it once it has reported ``after`` committed keys."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(max_bytes)],
        cwd=REPO,
        env=CHILD_ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    committed: list[str] = []
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            committed.append(line.strip())
            if len(committed) >= after:
                proc.send_signal(signal.SIGKILL)  # the writer is in the middle of more writes
                break
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err
    assert len(committed) >= after, err
    return committed


@pytest.mark.parametrize("after", [1, 400, 3000])
def test_sigkill_at_any_moment_of_cache_writes(tmp_path: Path, after: int) -> None:
    path = tmp_path / "c.sqlite3"
    committed = _kill_writer(path, after, 64 * 1024 * 1024)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    cache = TranslationCache(path)
    assert cache.persistent and cache.notice is None
    found = cache.get_many(committed)
    assert set(found) == set(committed)  # every row reported committed survived
    assert all(_value_ok(k, v) for k, v in found.items())
    cache.put("after", "danach")
    cache.close()
    assert TranslationCache(path).get("after") == "danach"


def test_sigkill_while_the_cache_evicts(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    committed = _kill_writer(path, 2500, 64 * 1024)  # far over the cap: evicting all along
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    cache = TranslationCache(path, max_bytes=64 * 1024)
    assert cache.persistent
    found = cache.get_many(committed)
    assert found and all(_value_ok(k, v) for k, v in found.items())
    cache.put("after", "danach")
    assert cache.get("after") == "danach"
    cache.close()


# ------------------------------------------------------------------ model damage


def _damage_tok2vec(model: Path) -> None:
    weights = model / "tok2vec" / "model"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])


def _damage_lexicon(model: Path) -> None:
    lexicon = model / "leselupe_lexclass" / "lexicon.txt.gz"
    lexicon.write_bytes(lexicon.read_bytes()[:1000])


MODEL_DAMAGE: dict[str, Callable[[Path], None]] = {
    "directory missing": lambda m: shutil.rmtree(m),
    "directory is a file": lambda m: (shutil.rmtree(m), m.write_text("not a model")),
    "config.cfg missing": lambda m: (m / "config.cfg").unlink(),
    "config.cfg not text": lambda m: (m / "config.cfg").write_bytes(b"\x00\xff[[[garbage"),
    "meta.json broken": lambda m: (m / "meta.json").write_text("{nope"),
    "tok2vec weights truncated": _damage_tok2vec,
    "ner weights zeroed": lambda m: (m / "ner" / "model").write_bytes(b"\0" * 4096),
    "ner directory missing": lambda m: shutil.rmtree(m / "ner"),
    "vocabulary broken": lambda m: (m / "vocab" / "strings.json").write_text("[1, 2"),
    "lexicon truncated": _damage_lexicon,
}


@pytest.mark.parametrize("state", ["garbage", "missing"])
def test_bundled_model_never_reads_its_tokenizer_file(
    state: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_pipelines: None
) -> None:
    """The bundled pipeline's tokenizer is spaCy's German default, built from its config
    (``load_directory``): a damaged or missing copy of it on disk changes nothing."""
    model = tmp_path / "de_leselupe"
    shutil.copytree(nlp_module.bundled_model_path(), model)
    if state == "garbage":
        (model / "tokenizer").write_bytes(b"\x93garbage")
    else:
        (model / "tokenizer").unlink()
    monkeypatch.setattr(nlp_module, "bundled_model_path", lambda: model)
    result = analyze("Bundeskanzler Olaf Scholz (66) besuchte am Montag Berlin.")
    assert result.model.origin == "bundled"
    assert [(p.name, p.age) for p in result.people] == [("Olaf Scholz", 66)]


@pytest.mark.parametrize("damage", sorted(MODEL_DAMAGE))
def test_damaged_bundled_model_falls_back_to_rules(
    damage: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fresh_pipelines: None,
) -> None:
    model = tmp_path / "de_leselupe"
    shutil.copytree(nlp_module.bundled_model_path(), model)
    MODEL_DAMAGE[damage](model)
    monkeypatch.setattr(nlp_module, "bundled_model_path", lambda: model)
    result = analyze("Bundeskanzler Olaf Scholz (66) besuchte am Montag Berlin.")
    assert result.model.origin == "built-in rules"
    assert [p.name for p in result.people] == ["Olaf Scholz"]
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("leselupe: could not load"), err
    assert "Traceback" not in err[0]


def test_damaged_model_named_in_the_environment_on_the_command_line(tmp_path: Path) -> None:
    model = tmp_path / "broken_model"
    shutil.copytree(nlp_module.bundled_model_path(), model)
    _damage_tok2vec(model)
    result = subprocess.run(
        [sys.executable, "-m", "app", "analyze", "-", "--json"],
        input=b"Bundeskanzler Olaf Scholz (66) besuchte am Montag Berlin.\n",
        cwd=REPO,
        env={**CHILD_ENV, nlp_module.ENV_VAR: str(model)},
        capture_output=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    err = result.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "could not load" in err[0] and "broken_model" in err[0]
    data = json.loads(result.stdout)
    assert data["model"]["name"] == "de_leselupe"  # the next candidate: the bundled model
    assert [p["name"] for p in data["people"]] == ["Olaf Scholz"]


# ------------------------------------------------------------- dictionary damage

WORDS = [
    "Haus", "Häuser", "Bundeskanzler", "ging", "Stahlimporte", "Raketen-Tests", "der", "die",
    "das", "sagte", "Montag", "Berlin", "Waffenlieferungen", "zusammen", "aufgehört",
    "Präsidentin", "61-Jährige", "Ärztinnen", "ẞ", "x",
]  # fmt: skip


@pytest.fixture(scope="module")
def real_database() -> Path:
    dictionary = open_dictionary()
    assert dictionary.path is not None, dictionary.error
    return dictionary.path


def _truncate(data: bytearray, rng: random.Random) -> bytearray:
    return data[: len(data) // 2]


def _zero_middle(data: bytearray, rng: random.Random) -> bytearray:
    start = len(data) // 3
    data[start : start + 4_000_000] = bytes(4_000_000)
    return data


def _random_pages(count: int) -> Callable[[bytearray, random.Random], bytearray]:
    def damage(data: bytearray, rng: random.Random) -> bytearray:
        for _ in range(count):
            pos = rng.randrange(4096, len(data) - 4096) // 4096 * 4096
            data[pos : pos + 4096] = rng.randbytes(4096)
        return data

    return damage


def _random_bytes(data: bytearray, rng: random.Random) -> bytearray:
    for _ in range(20_000):
        data[rng.randrange(100, len(data))] = rng.randrange(256)
    return data


def _header(data: bytearray, rng: random.Random) -> bytearray:
    data[16:100] = rng.randbytes(84)
    return data


DB_DAMAGE: dict[str, Callable[[bytearray, random.Random], bytearray]] = {
    "truncated to half": _truncate,
    "truncated to the header": lambda data, rng: data[:100],
    "4 MB of zeros in the middle": _zero_middle,
    "5 random pages": _random_pages(5),
    "200 random pages": _random_pages(200),
    "20,000 random bytes": _random_bytes,
    "header overwritten": _header,
}


def _assert_lookups_work(dictionary: Dictionary) -> None:
    for word in WORDS:
        info = dictionary.lookup(word, lemma=word, pos="NOUN")
        assert isinstance(info, WordInfo) and info.word == word
        assert len(info.glosses) <= 5


@pytest.mark.parametrize("damage", sorted(DB_DAMAGE))
def test_damaged_dictionary_database(damage: str, real_database: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "ding.sqlite"
    data = DB_DAMAGE[damage](bytearray(real_database.read_bytes()), random.Random(7))
    damaged.write_bytes(bytes(data))
    dictionary = Dictionary(damaged)  # never raises
    if dictionary.error is not None:
        assert "\n" not in dictionary.error
        assert dictionary.error.endswith("Showing lemma and part of speech only.")
    _assert_lookups_work(dictionary)
    dictionary.close()


def test_dictionary_path_is_a_directory(tmp_path: Path) -> None:
    dictionary = Dictionary(tmp_path)
    assert dictionary.error and "Showing lemma" in dictionary.error
    _assert_lookups_work(dictionary)


UNREADABLE_CHILD = textwrap.dedent(
    """
    import json, sys
    from app.dictionary import Dictionary
    d = Dictionary(sys.argv[1])
    print(json.dumps({"error": d.error, "lemma": d.lookup("Häuser", lemma="Haus").lemma}))
    """
)


def test_unreadable_dictionary_database(real_database: Path, tmp_path: Path) -> None:
    copy = tmp_path / "ding.sqlite"
    shutil.copyfile(real_database, copy)
    copy.chmod(0)
    try:
        result = subprocess.run(
            [sys.executable, "-c", UNREADABLE_CHILD, str(copy)],
            cwd=REPO,
            env=CHILD_ENV,
            preexec_fn=drop_file_permission_override,  # root reads anything otherwise
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        copy.chmod(0o644)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["error"] and "unreadable" in report["error"]
    assert report["lemma"] == "Haus"


def test_corrupt_dictionary_on_the_command_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    result = subprocess.run(
        [sys.executable, "-m", "app", "lookup", "--json", "Häuser", "Haus"],
        cwd=REPO,
        env={**CHILD_ENV, store.ENV_VAR: str(bad)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("leselupe: note: The offline dictionary")
    assert "Traceback" not in result.stderr
    words = [json.loads(line)["word"] for line in result.stdout.splitlines()]
    assert words == ["Häuser", "Haus"]


INSTALL_CHILD = textwrap.dedent(
    """
    import sys
    from app.dictionary import store
    source = store.compressed_path()
    def progress(fraction, message):
        if fraction > 0:
            print(f"{fraction:.3f}", flush=True)
    store.install(source, store.installed_path(source), progress)
    print("done", flush=True)
    """
)


def test_first_run_unpacking_killed_half_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_home = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-c", INSTALL_CHILD],
        cwd=REPO,
        env={**CHILD_ENV, "XDG_DATA_HOME": str(data_home)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert first.strip() and first.strip() != "done"
    folder = next(data_home.rglob("dictionary"))
    assert not list(folder.glob("ding-de-en-*.sqlite"))  # no half-written database
    leftovers = list(folder.glob(".ding-*.tmp"))
    assert leftovers  # the partial temporary file of the killed process
    old = time.time() - 3600
    for leftover in leftovers:
        os.utime(leftover, (old, old))

    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    monkeypatch.delenv(store.ENV_VAR, raising=False)
    dictionary = Dictionary()  # the next start unpacks again
    assert dictionary.error is None, dictionary.error
    assert dictionary.lookup("Haus").glosses
    assert not list(folder.glob(".ding-*.tmp"))  # and clears what the killed run left
    dictionary.close()
