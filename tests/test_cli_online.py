"""Web pages and several documents on the command line: ``analyze URL --online``, ``--jsonl``.

URLs are fetched only from a local test server; without ``--online`` nothing is sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_cli import assert_one_error_line, run_cli
from tests.web_server import WebServer, web_server

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
