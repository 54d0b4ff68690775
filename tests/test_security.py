"""Hostile documents and file names: nothing runs, nothing is fetched, nothing else is read.

An audit hook records every file the process opens and every socket it
connects while a hostile HTML document is loaded and analysed. File names with
spaces, umlauts, emoji, quotes, leading dashes, markup, newlines and bytes that
are not UTF-8 go through the ``leselupe`` command line, with stdout as strict
as under a UTF-8 desktop locale. The same through the window:
``tests/ui/test_ui_security.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.analysis import analyze
from app.document import html_article, load_document
from app.nlp import load_pipeline_with_info
from tests.helpers import REPO

HOSTILE_HTML = """<!DOCTYPE html>
<html><head>
<meta http-equiv="refresh" content="0; url=https://evil.example/">
<base href="https://evil.example/">
<link rel="stylesheet" href="https://evil.example/style.css">
<link rel="import" href="file:///etc/passwd">
<script src="https://evil.example/x.js"></script>
<script>document.write('<img src=https://evil.example/track>'); fetch('/steal')</script>
<style>@import url("https://evil.example/font.css"); body{background:url(file:///etc/shadow)}</style>
</head>
<body onload="alert('x')">
<iframe src="file:///etc/passwd"></iframe>
<iframe srcdoc="<script>alert(1)</script>"></iframe>
<object data="https://evil.example/flash.swf"></object>
<embed src="file:///etc/hosts">
<svg><script>alert(2)</script><image href="https://evil.example/i.svg"/></svg>
<h1>Bürgermeisterin eröffnet neue Brücke</h1>
<p>Die Bürgermeisterin Anna Beispiel (52) eröffnete am Samstag die Brücke.
<img src="https://evil.example/photo.jpg" onerror="alert(3)">
<a href="file:///etc/passwd">Mehr lesen</a> <a href="javascript:alert(4)">Teilen</a></p>
<p>&lt;script&gt;alert(5)&lt;/script&gt; steht hier nur als Text.</p>
</body></html>
"""


class _Recorder:
    def __init__(self) -> None:
        self.active = False
        self.opened: list[str] = []
        self.connects: list[Any] = []
        self.lock = threading.Lock()

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active:
            return
        if event == "open" and args and isinstance(args[0], str | bytes | Path):
            with self.lock:
                self.opened.append(str(args[0]))
        elif event in {"socket.connect", "socket.getaddrinfo", "urllib.Request"}:
            with self.lock:
                self.connects.append((event, args[1:] if event == "socket.connect" else args))


_RECORDER = _Recorder()
sys.addaudithook(_RECORDER)


#: Where the program's own files live: the interpreter, its packages, this checkout.
PROGRAM_DIRS = {
    d
    for d in (Path(p).resolve() for p in (sys.prefix, sys.base_prefix, *sys.path) if p)
    if d.is_dir() and not REPO.resolve().is_relative_to(d)  # never the checkout (fixtures)
} | {(REPO / "app").resolve()}


def not_program_files(opened: list[str], any_suffix: bool = False) -> list[Path]:
    """The opened files that are not Python modules of the program (any file there if asked)."""
    out = []
    for name in opened:
        path = Path(name).resolve()
        is_code = any_suffix or path.suffix in {".py", ".pyc", ".so"}
        if not (is_code and any(path.is_relative_to(d) for d in PROGRAM_DIRS)):
            out.append(path)
    return out


@contextmanager
def recording() -> Iterator[_Recorder]:
    _RECORDER.opened.clear()
    _RECORDER.connects.clear()
    _RECORDER.active = True
    try:
        yield _RECORDER
    finally:
        _RECORDER.active = False


@pytest.fixture(scope="module")
def warm_pipeline() -> None:
    # Load the model, its lazy data and the web-page extractor (lxml, trafilatura) before
    # recording, so only the work on the document itself is seen.
    nlp, info = load_pipeline_with_info()
    analyze("Die Bürgermeisterin Anna Beispiel (52) eröffnete am Samstag die Brücke.", nlp, info)
    html_article("<html><body><h1>Titel</h1><p>" + "Ein Satz. " * 40 + "</p></body></html>")


def test_hostile_html_runs_and_fetches_nothing(tmp_path: Path, warm_pipeline: None) -> None:
    doc_path = tmp_path / "artikel.html"
    doc_path.write_text(HOSTILE_HTML, encoding="utf-8")
    with recording() as rec:
        doc = load_document(doc_path)
        result = analyze(doc.text)
    assert rec.connects == []
    assert not_program_files(rec.opened) == [doc_path.resolve()]
    assert "Bürgermeisterin eröffnet neue Brücke" in doc.text
    assert "Mehr lesen" in doc.text
    for junk in ("alert(1)", "fetch(", "evil.example", "/etc/passwd", "document.write"):
        assert junk not in doc.text
    assert "<script>alert(5)</script> steht hier nur als Text." in doc.text
    assert result.text == doc.text


XXE_HTML = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html [
  <!ENTITY geheim SYSTEM "file:///etc/passwd">
  <!ENTITY fern SYSTEM "https://evil.example/entity">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<?xml-stylesheet href="https://evil.example/style.xsl"?>
<link rel="canonical" href="file:///etc/passwd">
<meta property="og:image" content="https://evil.example/og.jpg">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Stadtrat tagt",
 "image":"file:///etc/shadow","author":{"@type":"Person","name":"Eva Roth",
 "url":"https://evil.example/eva"}}</script>
</head><body><article><h1>Stadtrat tagt</h1>
<p>&geheim; &fern; Der Stadtrat hat am Dienstag über den Haushalt beraten und ihn beschlossen.</p>
<p><img srcset="https://evil.example/a.jpg 1x, file:///etc/hosts 2x"> Die Sitzung dauerte
vier Stunden, am Ende stimmte eine große Mehrheit für den Entwurf der Verwaltung.</p>
<p>Die Opposition kritisierte vor allem die geplanten Kürzungen bei den Bibliotheken.</p>
</article></body></html>
"""


def test_external_entities_and_links_of_a_page_are_never_resolved(
    tmp_path: Path, warm_pipeline: None
) -> None:
    doc_path = tmp_path / "seite.xhtml"
    doc_path.write_text(XXE_HTML, encoding="utf-8")
    with recording() as rec:
        doc = load_document(doc_path)
    assert rec.connects == []
    assert not_program_files(rec.opened) == [doc_path.resolve()]
    assert "root:" not in doc.text and "evil" not in doc.text
    assert "Der Stadtrat hat am Dienstag" in doc.text
    assert doc.meta.title == "Stadtrat tagt" and doc.meta.authors == ("Eva Roth",)
    assert doc.meta.url is None  # a file: address is not the page's address


def test_every_web_fixture_opens_only_itself(warm_pipeline: None) -> None:
    for path in sorted((REPO / "tests" / "fixtures" / "web").glob("*.html")):
        with recording() as rec:
            doc = load_document(path)
        assert rec.connects == [], path.name
        assert not_program_files(rec.opened) == [path.resolve()], path.name
        assert doc.text


def test_first_web_page_of_a_process_reads_only_program_files(tmp_path: Path) -> None:
    """Cold start: importing lxml and trafilatura reads their own installed files, nothing else."""
    doc_path = tmp_path / "artikel.html"
    doc_path.write_text(HOSTILE_HTML, encoding="utf-8")
    script = f"""
import json, socket, sys
opened, connects = [], []
def hook(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes)):
        opened.append(str(args[0]))
    elif event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
        connects.append(event)
sys.addaudithook(hook)
from app.document import load_document
doc = load_document({str(doc_path)!r})
print(json.dumps({{"opened": opened, "connects": connects, "ok": "Brücke" in doc.text}}))
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.splitlines()[-1])
    assert data["ok"] and data["connects"] == []
    # Importing reads the packages' own files (modules, settings.cfg, METADATA) and nothing else.
    assert not_program_files(data["opened"], any_suffix=True) == [doc_path.resolve()]


def test_deeply_nested_html_file(tmp_path: Path) -> None:
    path = tmp_path / "tief.html"
    path.write_text("<html><body>" + "<div><span>" * 100_000 + "Tief." + "</span></div>" * 100_000)
    assert load_document(path).text == "Tief."


GERMAN = "Der Kanzler Olaf Scholz (66) besucht am Montag Berlin.\n\nEr spricht dort lange.\n"

UNUSUAL_NAMES = [
    "mit Leerzeichen.txt",
    "Größenänderung ßÄÖÜ.txt",
    "Präsident – „Rede“ 😀🇩🇪.txt",
    'it\'s "quoted" `x` $HOME;.txt',
    "-leading-dash.txt",
    "--quit-when-ready.txt",
    "<img src=bait.png> <b>fett.txt",
    "a&amp;b &lt;i&gt;.txt",
    "trailing space .txt",
    "new\nline.txt",
]
NON_UTF8_NAME = b"caf\xe9 \xff.txt"  # Latin-1 bytes: not valid UTF-8


def named_file(folder: Path, name: str | bytes) -> Path:
    """A file with that name (str, or raw bytes for names that are not UTF-8) in folder."""
    raw = name if isinstance(name, bytes) else os.fsencode(name)
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw)))
    path.write_text(GERMAN, encoding="utf-8")
    return path


def run_cli(args: list[str], cwd: Path, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    """``python -m app ARGS`` in cwd; stdio strict UTF-8 like a UTF-8 desktop locale."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LESELUPE_SETTINGS_FILE=str(tmp_path / "settings.ini"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(REPO),
        LESELUPE_MODEL="leselupe_rules",  # the names are under test, not the model
        PYTHONIOENCODING="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )


def test_unusual_file_names_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    for path in [named_file(docs, name) for name in UNUSUAL_NAMES]:
        # ``--`` ends the options, so names with leading dashes are files too.
        assert main(["analyze", "--json", "--", str(path)]) == 0, path
        data = json.loads(capsys.readouterr().out)
        assert data["text"] == GERMAN and data["source"] == str(path)
    monkeypatch.chdir(docs)
    for args in (["analyze", "./-leading-dash.txt"], ["analyze", "--", "-leading-dash.txt"]):
        assert main(args) == 0, args
        assert "-leading-dash.txt" in capsys.readouterr().out
    # Without ``--`` a leading dash is an option: one usage error, exit code 2.
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", "-leading-dash.txt"])
    assert exit_info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_file_name_that_is_not_utf8_on_the_command_line(tmp_path: Path) -> None:
    """Linux file names are bytes; the JSON stays valid UTF-8 even with strict stdout."""
    path = named_file(tmp_path, NON_UTF8_NAME)
    result = run_cli(["analyze", "--json", str(path)], tmp_path, tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    assert data["text"] == GERMAN and data["source"].endswith(".txt")
    result = run_cli(["analyze", path.name], tmp_path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").startswith("caf")


def test_words_and_text_that_are_not_utf8_on_the_command_line(tmp_path: Path) -> None:
    words = b"Haus\ncaf\xe9\n\xff\xfe\n"
    result = subprocess.run(
        [sys.executable, "-m", "app", "lookup", "--stdin", "--json"],
        input=words,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert lines[0]["word"] == "Haus" and len(lines) == 3
    result = run_cli(["lookup", "--json", os.fsdecode(b"caf\xe9")], tmp_path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.decode("utf-8"))["word"].startswith("caf")
