"""``leselupe URL`` as a real process: fetched only with online access on (local server)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.test_ui_cli import run_app
from tests.web_server import WebServer, web_server


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    with web_server() as server:
        yield server


def test_url_with_online_access_off_sends_nothing(tmp_path: Path, web: WebServer) -> None:
    web.requests.clear()
    url = web.url("/page/national_news.html")
    result = run_app(["--quit-when-ready", url], tmp_path)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"leselupe: error: {url}: online access is off; nothing was sent"]
    assert web.requests == []


def test_url_with_online_access_on_is_fetched_and_analysed(tmp_path: Path, web: WebServer) -> None:
    (tmp_path / "settings.ini").write_text("[translation]\nonline=true\n", encoding="utf-8")
    web.requests.clear()
    result = run_app(["--quit-when-ready", web.url("/page/magazine.html")], tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["people"] >= 2  # Georg and Martin Faller
    assert web.requests == ["/page/magazine.html"]


def test_a_failing_url_is_one_error_line(tmp_path: Path, web: WebServer) -> None:
    (tmp_path / "settings.ini").write_text("[translation]\nonline=true\n", encoding="utf-8")
    result = run_app(["--quit-when-ready", web.url("/404")], tmp_path)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "HTTP 404" in lines[0]
