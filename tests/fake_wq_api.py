"""A fake of the Written Questions API on 127.0.0.1, serving the replies in
tests/data/written-questions-api/ by UIN, with scripted failures.

`plan[uin]` is a list of steps used up one per request before the fixture is served: an HTTP
status to answer with (503, 429, 404, ...) or "stall" to wait longer than any client timeout.
Every request is recorded (path, query, headers).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).resolve().parent / "data" / "written-questions-api"
QUESTIONS_PATH = "/api/writtenquestions/questions"
STALL_SECONDS = 4.0  # longer than any timeout the tests set


@dataclass
class Request:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


@dataclass
class FakeApi:
    url: str
    plan: dict[str, list[int | str]] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)


def _handler(api: FakeApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = parse_qs(url.query)
            api.requests.append(Request(url.path, query, dict(self.headers.items())))
            uin = (query.get("uIN") or [""])[0].upper()
            if url.path != QUESTIONS_PATH:
                return self._send(404, {"title": "Not Found"})
            steps = api.plan.get(uin) or []
            step = steps.pop(0) if steps else None
            if step == "stall":
                time.sleep(STALL_SECONDS)
                return self._send(200, {"totalResults": 0, "results": []})
            if isinstance(step, int):
                return self._send(step, {"title": f"status {step}"})
            fixture = FIXTURES / f"{uin}.json"
            if uin and fixture.is_file():
                return self._send(200, json.loads(fixture.read_text(encoding="utf-8")))
            return self._send(200, {"totalResults": 0, "results": []})

        def _send(self, status: int, body: object) -> None:
            data = json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                if status == 429:
                    self.send_header("Retry-After", "0")
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the timeout case)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def fake_api() -> Iterator[FakeApi]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    api = FakeApi(url=f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(api)
    server.daemon_threads = True
    server.block_on_close = False
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()
