"""A local HTTP server that imitates the translation providers' endpoints (tests only).

It answers the requests deep-translator really sends (same paths, parameters and
answer formats as Google's mobile page, MyMemory, DeepL, LibreTranslate and
Microsoft), so the provider code's request building and parsing run for real.
Each request is recorded; a script of actions (errors, slow or malformed
answers) decides how the next requests are answered. Listens on 127.0.0.1 only.
"""

from __future__ import annotations

import html
import json
import socket
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from app.translate import TranslationSettings

GOOD_KEY = "good-key-0000"

ENDPOINTS = {
    "google": "/google/m",
    "mymemory": "/mymemory/get",
    "deepl": "/deepl/v2/",
    "libre": "/libre/",
    "microsoft": "/microsoft/translate?api-version=3.0",
}


def fake_translate(line: str) -> str:
    """The fake providers' 'translation': recognisable and reversible."""
    return f"EN<{line}>"


@dataclass
class Recorded:
    provider: str
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    headers: dict[str, str]
    raw_url: str
    texts: list[str] = field(default_factory=list)


@dataclass
class Action:
    """How to answer one request: ``kind`` is ok, status, malformed, slow, merge, reset or quota."""

    kind: str = "ok"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class FakeProviders:
    """Start with ``FakeProviders()``; stop with :meth:`close` (the fixtures do both)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)
        self.recorded: list[Recorded] = []
        self.script: deque[Action] = deque()
        self.default = Action("ok")
        self.translate_line: Callable[[str], str] = fake_translate
        self.release = threading.Event()
        """Set to let "slow" requests answer (close() sets it)."""
        self.gate: threading.Event | None = None
        """When set to an Event, every request waits for it before answering."""
        self.libre_key: str | None = None
        handler = _make_handler(self)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def endpoint(self, provider: str) -> str:
        return self.base + ENDPOINTS[provider]

    def settings(self, provider: str = "google", **overrides: Any) -> TranslationSettings:
        values: dict[str, Any] = {
            "provider": provider,
            "online": True,
            "timeout_s": 5.0,
            "endpoint": self.endpoint(provider),
        }
        if provider in ("deepl", "microsoft"):
            values["api_key"] = GOOD_KEY
        values.update(overrides)
        return TranslationSettings(**values)

    def then(self, *actions: Action) -> None:
        with self.lock:
            self.script.extend(actions)

    def next_action(self) -> Action:
        with self.lock:
            return self.script.popleft() if self.script else self.default

    def record(self, entry: Recorded) -> None:
        with self.changed:
            self.recorded.append(entry)
            self.changed.notify_all()

    def wait_for_requests(self, count: int, timeout: float = 10.0) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: len(self.recorded) >= count, timeout)

    @property
    def requests(self) -> list[Recorded]:
        with self.lock:
            return list(self.recorded)

    def sent_texts(self) -> list[str]:
        return [text for entry in self.requests for text in entry.texts]

    def close(self) -> None:
        self.release.set()
        if self.gate is not None:
            self.gate.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def refused_endpoint() -> tuple[socket.socket, str]:
    """A bound but not listening port: connecting to it is refused at once."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    host, port = sock.getsockname()[:2]
    return sock, f"http://{host}:{port}"


def _make_handler(fake: FakeProviders) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in two writes; without this, Nagle + delayed ACK add 40 ms.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self._handle()

        def do_POST(self) -> None:
            self._handle()

        def _handle(self) -> None:
            parts = urlsplit(self.path)
            query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            ctype = self.headers.get("Content-Type", "")
            form: dict[str, str] = {}
            json_body: Any = None
            if body and "json" in ctype:
                json_body = json.loads(body.decode("utf-8"))
            elif body:
                form = {
                    k: v[-1]
                    for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()
                }
            provider = parts.path.strip("/").split("/")[0]
            entry = Recorded(
                provider=provider,
                method=self.command,
                path=parts.path,
                query=query,
                form=form,
                headers={k.lower(): v for k, v in self.headers.items()},
                raw_url=self.path,
            )
            text = self._text(provider, query, form, json_body)
            entry.texts = text.split("\n") if text else []
            fake.record(entry)
            if fake.gate is not None:
                fake.gate.wait(30)
            action = fake.next_action()
            if action.kind == "slow":
                fake.release.wait(30)
                action = Action("ok")
            if action.kind == "reset":
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if action.kind == "status":
                self._send(action.status, b'{"error": "fake"}', "application/json", action.headers)
                return
            denied = self._auth_problem(provider, entry)
            if denied is not None:
                status, payload = denied
                self._send(status, payload, "application/json")
                return
            lines = [fake.translate_line(line) for line in entry.texts]
            if action.kind == "merge" and len(lines) > 1:
                lines = [" ".join(lines)]
            translated = "\n".join(lines)
            if action.kind == "quota":
                translated = "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY."
            self._answer(provider, translated, malformed=action.kind == "malformed")

        def _text(
            self, provider: str, query: dict[str, str], form: dict[str, str], json_body: Any
        ) -> str:
            if provider in ("google", "mymemory"):
                return query.get("q", "")
            if provider == "deepl":
                return form.get("text", query.get("text", ""))
            if provider == "libre":
                return form.get("q", query.get("q", ""))
            if provider == "microsoft" and isinstance(json_body, list) and json_body:
                return str(json_body[0].get("text", ""))
            return ""

        def _auth_problem(self, provider: str, entry: Recorded) -> tuple[int, bytes] | None:
            headers = entry.headers
            if provider == "deepl" and headers.get("authorization") != f"DeepL-Auth-Key {GOOD_KEY}":
                return 403, b'{"message": "Wrong key"}'
            if provider == "microsoft" and headers.get("ocp-apim-subscription-key") != GOOD_KEY:
                error = {"error": {"code": 401000, "message": "Access denied"}}
                return 401, json.dumps(error).encode()
            wanted = fake.libre_key
            if provider == "libre" and wanted is not None and entry.form.get("api_key") != wanted:
                return 403, b'{"error": "Invalid API key"}'
            return None

        def _answer(self, provider: str, translated: str, *, malformed: bool) -> None:
            if provider == "google":
                if malformed:
                    page = "<html><body><div class='other'>nothing here</div></body></html>"
                else:
                    page = (
                        "<html><body><div class='result-container'>"
                        f"{html.escape(translated)}</div></body></html>"
                    )
                self._send(200, page.encode(), "text/html; charset=utf-8")
                return
            if malformed:
                self._send(200, b'{"translations": [ broken', "application/json")
                return
            payload: Any
            if provider == "mymemory":
                payload = {
                    "responseData": {"translatedText": translated, "match": 1},
                    "responseStatus": 200,
                    "matches": [],
                }
            elif provider == "deepl":
                payload = {"translations": [{"detected_source_language": "DE", "text": translated}]}
            elif provider == "libre":
                payload = {"translatedText": translated}
            elif provider == "microsoft":
                payload = [{"translations": [{"text": translated, "to": "en"}]}]
            else:
                self._send(404, b"{}", "application/json")
                return
            self._send(200, json.dumps(payload).encode(), "application/json")

        def _send(
            self,
            status: int,
            body: bytes,
            ctype: str,
            headers: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler
