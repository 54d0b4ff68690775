"""Writing and compressing the database, and the ``python -m app.dictionary.build`` command."""

from __future__ import annotations

import gzip
import lzma
import sqlite3
from pathlib import Path

from app.dictionary.build.__main__ import main
from app.dictionary.build.database import build_database, compress, read_lines
from app.dictionary.schema import OPTIONAL_TABLES, REQUIRED_TABLES, SCHEMA_VERSION
from app.dictionary.store import COMPRESSED_NAME, DATABASE_NAME
from tests.dictionary.support import FIXTURE, LEMMA_PAIRS


def test_tables_counts_and_provenance(tmp_path: Path) -> None:
    output = tmp_path / "d.sqlite"
    messages: list[str] = []
    stats = build_database(FIXTURE, output, progress=messages.append, lemma_pairs=LEMMA_PAIRS)
    assert output.is_file() and not output.with_suffix(".sqlite.tmp").exists()
    assert messages and messages[0].startswith("read ")
    db = sqlite3.connect(output)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == REQUIRED_TABLES | OPTIONAL_TABLES
    meta = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["schema"] == str(SCHEMA_VERSION) and meta["license"] == "GPL-2.0-or-later"
    assert (
        int(meta["entries"])
        == stats["entries"]
        == db.execute("SELECT count(*) FROM entry").fetchone()[0]
    )
    assert stats["forms"] == db.execute("SELECT count(*) FROM form").fetchone()[0]
    assert stats["lines"] > stats["entries"] > 40
    assert stats["lemmas"] == db.execute("SELECT count(*) FROM lemma").fetchone()[0]
    assert stats["phrases"] == db.execute("SELECT count(*) FROM phrase").fetchone()[0] > 0
    db.close()


def test_compress_round_trips_and_reads_gzip(tmp_path: Path) -> None:
    plain = tmp_path / "d.sqlite"
    plain.write_bytes(b"database bytes " * 1000)
    size = compress(plain, tmp_path / "d.sqlite.xz")
    assert size == (tmp_path / "d.sqlite.xz").stat().st_size
    assert lzma.decompress((tmp_path / "d.sqlite.xz").read_bytes()) == plain.read_bytes()
    gz = tmp_path / "lines.txt.gz"
    gz.write_bytes(gzip.compress(b"a :: b\nc :: d\n"))
    assert list(read_lines(gz)) == ["a :: b\n", "c :: d\n"]


def test_command_writes_the_compressed_database(tmp_path: Path) -> None:
    assert main(["--source", str(FIXTURE), "--output-dir", str(tmp_path), "--no-lemma-table"]) == 0
    assert (tmp_path / COMPRESSED_NAME).is_file() and not (tmp_path / DATABASE_NAME).exists()
    assert main(["--source", str(FIXTURE), "--output-dir", str(tmp_path), "--no-compress",
                 "--no-lemma-table"]) == 0  # fmt: skip
    db = sqlite3.connect(tmp_path / DATABASE_NAME)
    assert db.execute("SELECT count(*) FROM lemma").fetchone()[0] == 0
    db.close()
