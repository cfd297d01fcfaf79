"""A misbehaving HTTP/1.1 server on 127.0.0.1 for the fetcher's tests.

It runs a raw asyncio server in a thread so it can do what well-behaved test
servers cannot: trickle bytes, stall, cut a body short, reset the connection,
and serve decompression bombs (generated at run time, never committed). Every
response closes the connection. The server stops by itself after ``lifetime``.

Routes (query parameters in brackets):

    /ok                      a small HTML page
    /gzip-bomb               a gzip body that inflates to BOMB_BYTES
    /br-bomb                 the same in Brotli (needs the brotli package)
    /redirect-bomb           302 to /ok whose own body is the gzip bomb
    /trickle[?every=0.1]     Content-Length 1000, one byte every ``every`` seconds
    /stall                   headers, then silence
    /truncated               Content-Length 1000, 7 bytes, then FIN
    /reset                   TCP RST after reading the request
    /huge-header             a 200 KB response header
    /broken-chunked          a chunked body cut inside a chunk
    /loop                    302 to itself
    /chain/N                 302 to /chain/N-1; /chain/0 is a page
    /redirect?to=URL         302 to URL
    /status/CODE[?retry_after=S]
    /flaky/KEY[?fail=N&code=503]  ``code`` for the first N hits of KEY, then a page
    /slow[?ms=200]           a page after a delay
    /binary-as-html          a PNG with Content-Type text/html
    /robots.txt              ``server.robots`` = (status, body); 404 when None

Anything in ``server.static[path] = (status, headers, body)`` wins over the above, and
``server.alias[path] = other`` serves ``other`` at ``path`` (e.g. a robots.txt that resets).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import socket
import ssl
import struct
import threading
import time
import zlib
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

# For pytest-recording's --block-network: the regexes of hosts tests may connect to.
LOOPBACK = [r"^127\.0\.0\.\d{1,3}$"]

BOMB_BYTES = 256 * 1024 * 1024
PAGE = b"<!doctype html><html><head><title>ok</title></head><body><p>Hello.</p></body></html>"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)

_bomb_cache: dict[tuple[str, int], bytes] = {}
_bomb_lock = threading.Lock()


def gzip_bomb(size: int = BOMB_BYTES) -> bytes:
    """``size`` zero bytes, gzip-compressed (about 1/1000 of ``size``), made once."""
    with _bomb_lock:
        if ("gzip", size) not in _bomb_cache:
            compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
            block = bytes(1024 * 1024)
            parts = [compressor.compress(block) for _ in range(size // len(block))]
            parts.append(compressor.flush())
            _bomb_cache["gzip", size] = b"".join(parts)
        return _bomb_cache["gzip", size]


def brotli_bomb(size: int = BOMB_BYTES) -> bytes:
    """``size`` zero bytes, Brotli-compressed (a few hundred bytes); needs ``brotli``."""
    import brotli

    with _bomb_lock:
        if ("br", size) not in _bomb_cache:
            compressor = brotli.Compressor(quality=5)
            block = bytes(1024 * 1024)
            parts = [compressor.process(block) for _ in range(size // len(block))]
            parts.append(compressor.finish())
            _bomb_cache["br", size] = b"".join(parts)
        return _bomb_cache["br", size]


@dataclass(frozen=True)
class Seen:
    """A request the server received."""

    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() when the request arrived


class FaultServer:
    """The server; use as a context manager or call start()/stop()."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        lifetime: float = 120.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.host = host
        self.ssl_context = ssl_context
        self.port = 0
        self.lifetime = lifetime
        self.robots: tuple[int, bytes] | None = None
        self.static: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.alias: dict[str, str] = {}
        self.seen: list[Seen] = []
        self.max_active: dict[str, int] = collections.defaultdict(int)
        self._active: dict[str, int] = collections.defaultdict(int)
        self._hits: dict[str, int] = collections.defaultdict(int)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        scheme = "https" if self.ssl_context else "http"
        return f"{scheme}://{self.host}:{self.port}{path}"

    def paths(self) -> list[str]:
        """The paths requested so far, in order."""
        with self._lock:
            return [s.path for s in self.seen]

    def __enter__(self) -> FaultServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        """Listen on a free port and serve from a daemon thread."""
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fault server did not start")

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        if self._loop is not None and self._thread is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def _serve(self, ready: threading.Event) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        # Failed TLS handshakes are what some tests want; keep asyncio from logging them.
        loop.set_exception_handler(lambda loop, context: None)
        server = loop.run_until_complete(
            asyncio.start_server(self._handle, self.host, self.port, ssl=self.ssl_context)
        )
        self.port = server.sockets[0].getsockname()[1]
        loop.call_later(self.lifetime, loop.stop)
        ready.set()
        try:
            loop.run_forever()
        finally:
            server.close()
            tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in tasks:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            loop.run_until_complete(server.wait_closed())
            loop.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        host_header = ""
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            _method, target, _version = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                if ":" in line:
                    name, value = line.split(":", 1)
                    headers[name.strip().lower()] = value.strip()
            host_header = headers.get("host", "")
            with self._lock:
                self.seen.append(Seen(target, headers, time.monotonic()))
                active = self._active[host_header] = self._active[host_header] + 1
                self.max_active[host_header] = max(self.max_active[host_header], active)
            await self._route(target, writer)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            # The server is shutting down; ending quietly keeps asyncio from logging it.
            pass
        finally:
            with self._lock:
                if host_header in self._active:
                    self._active[host_header] -= 1
            with contextlib.suppress(Exception):
                writer.close()
                await writer.wait_closed()

    async def _route(self, target: str, writer: asyncio.StreamWriter) -> None:
        split = urlsplit(self.alias.get(target, target))
        path = split.path
        query = {k: v[0] for k, v in parse_qs(split.query).items()}
        if path in self.static:
            status, headers, body = self.static[path]
            await _respond(writer, status, headers, body)
        elif path == "/ok":
            await _respond(writer, 200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
        elif path == "/gzip-bomb":
            headers = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
            await _respond(writer, 200, headers, gzip_bomb())
        elif path == "/br-bomb":
            headers = {"Content-Type": "text/html", "Content-Encoding": "br"}
            await _respond(writer, 200, headers, brotli_bomb())
        elif path == "/redirect-bomb":
            headers = {"Location": "/ok", "Content-Type": "text/html", "Content-Encoding": "gzip"}
            await _respond(writer, 302, headers, gzip_bomb())
        elif path == "/trickle":
            every = float(query.get("every", "0.1"))
            await _head(writer, 200, {"Content-Type": "text/html", "Content-Length": "1000"})
            for _ in range(1000):
                writer.write(b"x")
                await writer.drain()
                await asyncio.sleep(every)
        elif path == "/stall":
            await _head(writer, 200, {"Content-Type": "text/html", "Content-Length": "100"})
            await asyncio.sleep(self.lifetime)
        elif path == "/truncated":
            await _head(writer, 200, {"Content-Type": "text/html", "Content-Length": "1000"})
            writer.write(b"<html>\n")
            await writer.drain()
        elif path == "/reset":
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
        elif path == "/huge-header":
            headers = {"Content-Type": "text/html", "X-Filler": "x" * 200_000}
            await _respond(writer, 200, headers, PAGE)
        elif path == "/broken-chunked":
            await _head(writer, 200, {"Content-Type": "text/html", "Transfer-Encoding": "chunked"})
            writer.write(b"10\r\n<html>0123456789\r\n40\r\nonly a few bytes")
            await writer.drain()
        elif path == "/loop":
            await _respond(writer, 302, {"Location": "/loop"}, b"")
        elif path.startswith("/chain/"):
            left = int(path.rsplit("/", 1)[1])
            if left == 0:
                await _respond(writer, 200, {"Content-Type": "text/html"}, PAGE)
            else:
                await _respond(writer, 302, {"Location": f"/chain/{left - 1}"}, b"")
        elif path == "/redirect":
            await _respond(writer, 302, {"Location": query["to"]}, b"")
        elif path.startswith("/status/"):
            headers = {"Content-Type": "text/plain"}
            if "retry_after" in query:
                headers["Retry-After"] = query["retry_after"]
            await _respond(writer, int(path.rsplit("/", 1)[1]), headers, b"status")
        elif path.startswith("/flaky/"):
            with self._lock:
                self._hits[path] += 1
                hit = self._hits[path]
            if hit <= int(query.get("fail", "1")):
                await _respond(writer, int(query.get("code", "503")), {"Retry-After": "0"}, b"")
            else:
                await _respond(writer, 200, {"Content-Type": "text/html"}, PAGE)
        elif path == "/slow":
            await asyncio.sleep(int(query.get("ms", "200")) / 1000)
            await _respond(writer, 200, {"Content-Type": "text/html"}, PAGE)
        elif path == "/binary-as-html":
            await _respond(writer, 200, {"Content-Type": "text/html"}, PNG)
        elif path == "/robots.txt" and self.robots is not None:
            status, body = self.robots
            await _respond(writer, status, {"Content-Type": "text/plain"}, body)
        else:
            await _respond(writer, 404, {"Content-Type": "text/plain"}, b"not found")


async def _head(writer: asyncio.StreamWriter, status: int, headers: dict[str, str]) -> None:
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()]
    lines.append("Connection: close")
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    await writer.drain()


async def _respond(
    writer: asyncio.StreamWriter, status: int, headers: dict[str, str], body: bytes
) -> None:
    headers = {**headers, "Content-Length": str(len(body))}
    await _head(writer, status, headers)
    # Large bodies go out in pieces so a client that stops reading is not waited on forever.
    for start in range(0, len(body), 64 * 1024):
        writer.write(body[start : start + 64 * 1024])
        await writer.drain()
