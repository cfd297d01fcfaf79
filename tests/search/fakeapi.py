"""A fake search service on 127.0.0.1: JSON answers, errors and quotas on demand.

Routes map a path to a function of the request's query parameters that returns
``(status, headers, body)``; every request is logged so tests can check what was sent.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

Reply = tuple[int, dict[str, str], bytes]
Route = Callable[[dict[str, str]], Reply]


def json_reply(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    """A JSON answer."""
    body = json.dumps(data).encode("utf-8")
    return status, {"Content-Type": "application/json; charset=utf-8", **(headers or {})}, body


def status_reply(status: int, body: str = "", headers: dict[str, str] | None = None) -> Reply:
    """An error status with a short text body."""
    return status, {"Content-Type": "text/plain; charset=utf-8", **(headers or {})}, body.encode()


class FakeAPI:
    """Serves ``routes`` until the ``with`` block ends; ``url`` is its base URL."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                params = dict(parse_qsl(parts.query, keep_blank_values=True))
                with api._lock:
                    api.requests.append((parts.path, params))
                route = api.routes.get(parts.path)
                status, headers, body = route(params) if route else status_reply(404)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                """Keep test output clean."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeAPI:
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def hits(self, path: str) -> list[dict[str, str]]:
        """The query parameters of every request to ``path``, in order."""
        with self._lock:
            return [params for p, params in self.requests if p == path]
