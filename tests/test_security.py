"""Hostile documents: nothing runs, nothing is fetched, nothing else is read.

An audit hook records every file the process opens and every socket it
connects while a hostile HTML document is loaded and analysed.
"""

from __future__ import annotations

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
