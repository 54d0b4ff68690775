"""Web pages and several documents on the command line: ``analyze URL --online``, ``--jsonl``.

URLs are fetched only from a local test server; without ``--online`` nothing is sent.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_cli import assert_one_error_line, run_cli
from tests.web_server import WebServer, closed_port_url, web_server

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    with web_server() as server:
        yield server


def test_a_url_without_online_is_one_error_and_nothing_is_sent(web: WebServer) -> None:
    url = web.url("/page/national_news.html")
    proc = run_cli("analyze", url, "--json")
    assert_one_error_line(proc, url, "--online", "nothing was sent")
    assert proc.stdout == ""
    assert web.requests == []


def test_a_url_among_files_without_online_stops_before_anything(web: WebServer) -> None:
    proc = run_cli("analyze", str(FIXTURES / "news_de.txt"), web.url("/text"), "--jsonl")
    assert_one_error_line(proc, "--online")
    assert proc.stdout == ""
    assert web.requests == []


def test_analyze_url_online_sets_meta_url(web: WebServer) -> None:
    url = web.url("/chain/1")
    proc = run_cli("analyze", url, "--online", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["source"] == url
    assert data["meta"]["title"] == "Bundestag beschließt Reform der Pflegeversicherung"
    assert data["meta"]["url"].startswith("https://www.tagesbote.example/")  # the canonical link
    assert any(p["name"] for p in data["people"])


def test_a_failing_url_is_one_error_line(web: WebServer) -> None:
    proc = run_cli("analyze", web.url("/404"), "--online")
    assert_one_error_line(proc, "HTTP 404")


def test_jsonl_keeps_input_order_and_reports_bad_documents(tmp_path: Path, web: WebServer) -> None:
    png = tmp_path / "bild.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    paths = [
        str(FIXTURES / "news_holdout3_de.txt"),
        str(tmp_path / "missing.txt"),
        web.url("/page/magazine.html"),
        str(png),
        str(FIXTURES / "news_de.txt"),
        web.url("/binary"),
    ]
    proc = run_cli("analyze", *paths, "--online", "--jsonl", "--workers", "2")
    assert proc.returncode == 1, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line["source"] for line in lines] == paths
    assert [("error" in line) for line in lines] == [False, True, False, True, False, True]
    assert "no such file" in lines[1]["error"]
    assert "binary" in lines[3]["error"]
    assert "image/png" in lines[5]["error"]
    assert lines[2]["meta"]["title"] == "Die letzten Uhrmacher vom Schwarzwald"
    assert lines[0]["text"] == (FIXTURES / "news_holdout3_de.txt").read_text(encoding="utf-8")
    assert set(lines[4]) >= {"source", "meta", "model", "text", "entities", "people", "quotes"}
    assert "Traceback" not in proc.stderr


def test_jsonl_of_one_good_file_exits_0() -> None:
    proc = run_cli("analyze", str(FIXTURES / "news_de.txt"), "--jsonl")
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 1
    assert proc.stderr == ""  # no progress bar when stderr is not a terminal


def test_several_files_as_summaries() -> None:
    first, second = FIXTURES / "news_de.txt", FIXTURES / "news_holdout4_de.txt"
    proc = run_cli("analyze", str(first), str(second), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.index(str(first)) < proc.stdout.index(str(second))


def test_several_files_with_json_asks_for_jsonl() -> None:
    proc = run_cli("analyze", str(FIXTURES / "news_de.txt"), "-", "--json")
    assert_one_error_line(proc)


# -------------------------------------------------------------------------- brief

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "article.txt"


def _cache_translation(text: str, translation: str) -> None:
    """Put a translation into the user's translation cache (the test's XDG cache)."""
    from app.translate import (
        TranslationCache,
        TranslationService,
        TranslationSettings,
        default_cache_path,
        normalize_text,
    )
    from app.translate.service import SENTENCE_KIND

    cache = TranslationCache(default_cache_path())
    service = TranslationService(TranslationSettings(online=False), cache)
    cache.put(service._key(SENTENCE_KIND, normalize_text(text)), translation)
    service.close()
    cache.close()


def test_brief_formats_and_cached_translations(tmp_path: Path) -> None:
    proc = run_cli("brief", str(SAMPLE), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["source"] == str(SAMPLE)
    assert any(p["name"] == "Wladimir Putin" and p["age"] == 71 for p in data["people"])
    assert data["quotes"] and all(q["translation"] is None for q in data["quotes"])
    assert any(e["name"] == "Nordkorea" and e["count"] >= 2 for e in data["places"])
    assert data["organisations"]
    assert "no translation" in data["notes"][0] and "--online" in data["notes"][0]
    quote = next(q for q in data["quotes"] if q["speaker"])
    _cache_translation(quote["text"], "ENGLISH QUOTE FROM THE CACHE")
    out = tmp_path / "brief.md"
    proc = run_cli("brief", str(SAMPLE), "--format", "md", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# Briefing:") and "## Who said what" in md
    assert "ENGLISH QUOTE FROM THE CACHE" in md
    proc = run_cli("brief", str(SAMPLE), "--format", "html", "--translation")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("<!DOCTYPE html>")
    assert "Translation, sentence by sentence" in proc.stdout
    assert "ENGLISH QUOTE FROM THE CACHE" in proc.stdout


def test_brief_of_a_url_needs_online(web: WebServer) -> None:
    url = web.url("/page/broadcaster.html")
    web.requests.clear()
    proc = run_cli("brief", url)
    assert_one_error_line(proc, "--online")
    assert web.requests == []


def test_brief_of_a_url_online(web: WebServer) -> None:
    url = web.url("/page/broadcaster.html")
    # Online translation goes through a proxy on a closed local port (nothing leaves the
    # machine) and fails at once; the local page is fetched directly (NO_PROXY).
    proxy = closed_port_url()
    env = {"HTTPS_PROXY": proxy, "HTTP_PROXY": proxy, "https_proxy": proxy, "http_proxy": proxy,
           "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}  # fmt: skip
    proc = run_cli("brief", url, "--online", "--format", "json", env=env)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["quotes"] and all(q["translation"] is None for q in data["quotes"])
    assert "did not answer" in data["notes"][0]
    assert data["title"] == "Hochwasser an der Saale: Pegel sinken langsam"
    assert data["date"] == "2024-03-12" and data["site"] == "Rundfunk Mitte"


def test_a_progress_bar_on_a_terminal() -> None:
    import pty  # deferred: POSIX only

    leader, follower = pty.openpty()
    files = [str(FIXTURES / "news_de.txt"), str(FIXTURES / "news_holdout5_de.txt")]
    proc = subprocess.run(
        [sys.executable, "-m", "app", "analyze", *files, "--jsonl", "-w", "2"],
        cwd=Path(__file__).resolve().parents[1],
        stdout=subprocess.PIPE,
        stderr=follower,
        timeout=300,
        check=False,
    )
    os.close(follower)
    seen = b""
    with contextlib.suppress(OSError):
        while chunk := os.read(leader, 65536):
            seen += chunk
    os.close(leader)
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 2
    assert b"2/2" in seen and b"docs/s" in seen


def test_negative_workers_is_a_usage_error() -> None:
    proc = run_cli("analyze", str(FIXTURES / "news_de.txt"), "--jsonl", "-w", "-1")
    assert_one_error_line(proc, "--workers")


def test_any_failure_of_one_document_becomes_its_error_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import app.analysis
    from app.cli import batch_job

    def broken(text: str, **kwargs: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(app.analysis, "analyze", broken)
    path = str(FIXTURES / "news_de.txt")
    source, output, error, notes = batch_job((path, False, True, False))
    assert source == path and notes == []
    assert error == f"{path}: IndexError: list index out of range"
    assert json.loads(output) == {"source": path, "error": error}
    _, output, error, _ = batch_job((path, False, False, False))
    assert output == "" and error is not None  # summaries: the error goes to stderr


def test_a_worker_that_dies_fails_its_documents_not_the_batch(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import app.analysis
    from app.cli import _batch_outcomes

    real = app.analysis.analyze

    def dies_on_crash(text: str, **kwargs: object) -> object:
        if "ABSTURZ" in text:
            os._exit(1)  # as if the kernel killed the worker
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(app.analysis, "analyze", dies_on_crash)  # inherited by the forks
    crash = tmp_path / "crash.txt"
    crash.write_text("ABSTURZ des Programms.\n", encoding="utf-8")
    paths = [str(FIXTURES / name) for name in ("news_de.txt", "news_holdout3_de.txt")]
    paths[1:1] = [str(crash)]
    paths += [str(FIXTURES / "news_holdout4_de.txt"), str(crash)]
    outcomes = list(_batch_outcomes([(path, False, True, False) for path in paths], 2))
    assert [source for source, *_ in outcomes] == paths
    errors = [error for _source, _output, error, _notes in outcomes]
    stopped = f"{crash}: the process analysing it stopped"
    assert errors == [None, stopped, None, None, stopped]  # the others were analysed
    assert json.loads(outcomes[1][1])["error"] == stopped
