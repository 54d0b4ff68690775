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
from app.document import load_document
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
    # Load the model and its lazy data before recording, so only document work is seen.
    nlp, info = load_pipeline_with_info()
    analyze("Die Bürgermeisterin Anna Beispiel (52) eröffnete am Samstag die Brücke.", nlp, info)


def test_hostile_html_runs_and_fetches_nothing(tmp_path: Path, warm_pipeline: None) -> None:
    doc_path = tmp_path / "artikel.html"
    doc_path.write_text(HOSTILE_HTML, encoding="utf-8")
    with recording() as rec:
        doc = load_document(doc_path)
        result = analyze(doc.text)
    assert rec.connects == []
    outside = [p for p in rec.opened if Path(p).resolve() != doc_path.resolve()]
    # Python may open its own module files while importing; nothing else may be opened.
    assert all(p.endswith((".py", ".pyc", ".so")) for p in outside), outside
    assert "Bürgermeisterin eröffnet neue Brücke" in doc.text
    assert "Mehr lesen" in doc.text
    for junk in ("alert(1)", "fetch(", "evil.example", "/etc/passwd", "document.write"):
        assert junk not in doc.text
    assert "<script>alert(5)</script> steht hier nur als Text." in doc.text
    assert result.text == doc.text


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
