"""What Help ▸ About says: version, language model, dictionary and licences.

The facts are gathered cheaply (a ``meta.json`` and the dictionary's ``meta``
table, read-only); nothing is loaded or unpacked to write them. No Qt here.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from html import escape
from pathlib import Path

from app import __version__
from app.core import env
from app.core.paths import resources_dir
from app.dictionary.store import DATABASE_NAME, compressed_path, installed_path
from app.nlp import PipelineInfo, bundled_model_path, read_meta
from app.reading.numbers import count

LICENSE = "GPL-3.0-or-later"
DICTIONARY_NAME = "Ding, TU Chemnitz"
DICTIONARY_LICENSE = "GPL-2.0-or-later"
FONTS = "Charis SIL, Inter (SIL Open Font License 1.1)"


@dataclass(frozen=True, slots=True)
class AboutFacts:
    version: str
    model: str  # "de_leselupe 0.4.0 (bundled)"
    dictionary: str  # "Ding 1.9, 380,000 entries"


def model_line(info: PipelineInfo | None) -> str:
    """The model in use, or the bundled one that the first article will load."""
    if info is not None:
        return f"{info.name} {info.version} ({info.origin})"
    meta = read_meta(bundled_model_path())
    name, version = meta.get("name"), meta.get("version")
    if not name:
        return "not loaded yet"
    lang = meta.get("lang")
    full = f"{lang}_{name}" if lang and not str(name).startswith(f"{lang}_") else str(name)
    return f"{full} {version} (bundled; loaded with the first article)"


def dictionary_database() -> Path | None:
    """The dictionary database the window opens, if it is there already (never unpacks)."""
    configured = env.value(env.DICTIONARY)
    if configured:
        path = Path(configured).expanduser()
        return path if path.is_file() else None
    plain = resources_dir() / "dictionary" / DATABASE_NAME
    if plain.is_file():
        return plain
    source = compressed_path()
    if not source.is_file():
        return None
    target = installed_path(source)
    return target if target.is_file() else None


def dictionary_line(path: Path | None = None) -> str:
    """``Ding 1.9, 380,000 entries`` from the database's ``meta`` table."""
    path = path if path is not None else dictionary_database()
    if path is None:
        return "Ding (not unpacked yet; the first article unpacks it)"
    meta: dict[str, str] = {}
    with contextlib.suppress(sqlite3.Error):
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        finally:
            db.close()
    text = " ".join(filter(None, ("Ding", meta.get("source_version", ""))))
    entries = meta.get("entries", "")
    if entries.isdigit():
        text += f", {count(int(entries))} entries"
    return text


def about_facts(model: PipelineInfo | None) -> AboutFacts:
    return AboutFacts(__version__, model_line(model), dictionary_line())


def about_html(facts: AboutFacts) -> str:
    """The About box's rich text: one fact per row (every fact escaped)."""
    rows = (
        ("Version", facts.version),
        ("Language model", facts.model),
        ("Dictionary", facts.dictionary),
        ("Licence", f"{LICENSE} (free software)"),
        ("Dictionary licence", f"{DICTIONARY_LICENSE} ({DICTIONARY_NAME})"),
        ("Fonts", FONTS),
    )
    cells = "".join(
        f"<tr><td style='padding-right:12px'>{escape(name)}</td>"
        f"<td style='white-space:nowrap'>{escape(value)}</td></tr>"
        for name, value in rows
    )
    return (
        "<p><b>Leselupe</b> — a reading assistant for German articles.</p>"
        f"<table cellspacing='0' cellpadding='2'>{cells}</table>"
    )
