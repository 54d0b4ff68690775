"""A local HTTP server of web pages and misbehaving endpoints (tests and benches only).

Serves the saved pages of ``tests/fixtures/web`` under ``/page/NAME`` and
endpoints that fail the ways real sites do: slow, huge, binary, 404, 500,
redirect loops and chains, a redirect to ``file:``. Every request is recorded
(:attr:`WebServer.requests`). Listens on 127.0.0.1 only; nothing here reaches the
internet.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB_FIXTURES = Path(__file__).parent / "fixtures" / "web"
#: Bytes of the huge endpoints (above the 5 MB cap).
HUGE_BYTES = 6 * 1024 * 1024
#: Seconds the slow endpoints wait.
SLOW_S = 3.0

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8

_LATIN1_PAGE = (
    "<html><head><title>Grüße aus Köln</title></head><body><article><h1>Grüße aus Köln</h1>"
    + "<p>Die Straßenbahn fährt über die Brücke, während die Bürger am Ufer spazieren. "
    "Der Oberbürgermeister äußerte sich zufrieden über die Maßnahmen.</p>"
    * 4
    + "</article></body></html>"
).encode("latin-1")


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        path = self.path.split("?", 1)[0]
        with suppress(BrokenPipeError, ConnectionResetError):
            self._route(path)

    def _send(self, code: int, body: bytes, ctype: str | None, length: bool = True) -> None:
        self.send_response(code)
        if ctype is not None:
            self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _route(self, path: str) -> None:
        if path.startswith("/page/"):
            name = path[len("/page/") :]
            file = WEB_FIXTURES / name
            if "/" in name or not file.is_file():
                self._send(404, b"not found", "text/plain")
                return
            self._send(200, file.read_bytes(), "text/html")
        elif path == "/latin1":
            self._send(200, _LATIN1_PAGE, "text/html; charset=ISO-8859-1")
        elif path == "/text":
            body = b"Der Bundestag hat am Donnerstag die Reform beschlossen.\n"
            self._send(200, body * 5, "text/plain; charset=utf-8")
        elif path == "/slow":
            time.sleep(SLOW_S)
            self._send(200, b"<html><body><p>late</p></body></html>", "text/html")
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(int(SLOW_S * 10)):
                self.wfile.write(b"<p>Tropfen</p>\n")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/huge":
            self._send(200, b"<p>" + b"x" * HUGE_BYTES + b"</p>", "text/html")
        elif path == "/huge-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            block = b"<p>" + b"y" * 65_000 + b"</p>\n"
            for _ in range(HUGE_BYTES // len(block) + 2):
                self.wfile.write(block)
        elif path in ("/gzip", "/gzip-bomb"):
            if path == "/gzip":
                body = (WEB_FIXTURES / "national_news.html").read_bytes()
            else:
                body = b"<p>" + b"z" * HUGE_BYTES + b"</p>"
            packed = gzip.compress(body)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(packed)))
            self.end_headers()
            self.wfile.write(packed)
        elif path == "/binary":
            self._send(200, PNG, "image/png")
        elif path == "/binary-unlabelled":
            self._send(200, PNG, None)
        elif path == "/404":
            self._send(404, b"<html><body>Nicht gefunden</body></html>", "text/html")
        elif path == "/500":
            self._send(500, b"oops", "text/plain")
        elif path == "/loop":
            self._redirect("/loop2")
        elif path == "/loop2":
            self._redirect("/loop")
        elif path.startswith("/chain/"):
            left = int(path.rsplit("/", 1)[1])
            self._redirect(f"/chain/{left - 1}" if left > 0 else "/page/national_news.html")
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        else:
            self._send(404, b"no such endpoint", "text/plain")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    requests: list[str]


class WebServer:
    """The running server: its base URL and the paths it was asked for."""

    def __init__(self, server: _Server) -> None:
        self._server = server
        self.base = f"http://127.0.0.1:{server.server_address[1]}"

    @property
    def requests(self) -> list[str]:
        return self._server.requests

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def web_server() -> Iterator[WebServer]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, name="test-web-server", daemon=True)
    thread.start()
    try:
        yield WebServer(server)
    finally:
        server.shutdown()
        server.server_close()


def closed_port_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"
