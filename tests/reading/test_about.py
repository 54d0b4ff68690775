"""What Help ▸ About says (app.reading.about)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.reading.about import AboutFacts, about_html, dictionary_line, model_line
from tests.reading.helpers import TEST_MODEL


def test_model_line_names_the_loaded_or_the_bundled_model() -> None:
    assert model_line(TEST_MODEL) == "de_test 1.0 (test)"
    bundled = model_line(None)
    assert bundled.startswith("de_leselupe ") and "bundled" in bundled


def test_dictionary_line_reads_the_meta_table(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)", [("source_version", "1.9"), ("entries", "188455")]
    )
    db.commit()
    db.close()
    assert dictionary_line(path) == "Ding 1.9, 188,455 entries"
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database")
    assert dictionary_line(broken) == "Ding"


def test_about_html_escapes_and_names_the_licences() -> None:
    html = about_html(AboutFacts("0.1.0", "<model>", "Ding 1.9"))
    assert "&lt;model&gt;" in html and "<model>" not in html
    assert "GPL-3.0-or-later" in html and "GPL-2.0-or-later" in html and "0.1.0" in html
