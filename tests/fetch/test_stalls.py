"""A stalled host costs one deadline, not one per link; connection faults are reported as
what they are, at once, even by a server that only closes its socket when its handler
ends (Python's http.server)."""

from __future__ import annotations

import socket
import struct
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler

import pytest
from conftest import serve
from faultserver import LOOPBACK, FaultServer

from factcheck.sources.fetch import FetchOptions, fetch_all
from factcheck.sources.fetch.fetcher import HOST_STRIKES

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)


class _Faulty(BaseHTTPRequestHandler):
    """Keep-alive HTTP/1.1, as most servers speak it; /reset and /short misbehave."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        if self.path == "/reset":
            # Linger 0: closing sends RST. The socket is really closed only once the
            # handler's reader lets go of it, i.e. when this connection's handling ends.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        elif self.path == "/short":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html><p>twenty-five by")
            self.wfile.flush()
            self.connection.close()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


@pytest.fixture
def faulty() -> Iterator[str]:
    with serve(_Faulty) as url:
        yield url


def _timed(url: str, options: FetchOptions) -> tuple[str | None, float]:
    started = time.monotonic()
    [result] = fetch_all([url], options)
    return result.error, time.monotonic() - started


def test_reset_is_reported_at_once(faulty: str, options: FetchOptions) -> None:
    # The default read timeout: waiting it out (as a kept-alive request did) takes 10 s.
    opts = replace(options, read_timeout=10.0, attempt_deadline=20.0, url_deadline=45.0)
    error, elapsed = _timed(f"{faulty}/reset", opts)
    assert error == "connection_reset"
    assert elapsed < 1.0


def test_short_body_is_reported_at_once(faulty: str, options: FetchOptions) -> None:
    opts = replace(options, read_timeout=10.0, attempt_deadline=20.0, url_deadline=45.0)
    error, elapsed = _timed(f"{faulty}/short", opts)
    assert error == "truncated"
    assert elapsed < 1.0


def test_every_request_asks_for_its_own_connection(
    server: FaultServer, options: FetchOptions
) -> None:
    fetch_all([server.url("/ok")], options)
    assert all(seen.headers.get("connection") == "close" for seen in server.seen)


def test_eleven_links_to_a_stalled_host_cost_two_timeouts(
    server: FaultServer, options: FetchOptions
) -> None:
    # Scaled down 20x from the defaults (read timeout 10 s, attempt 20 s): one by one,
    # with retries, these eleven would take over 30 s.
    opts = replace(options, read_timeout=0.5, attempt_deadline=1.0, url_deadline=2.5, retries=2)
    stalls = [
        "/slow?ms=100000",  # headers only after 100 s
        "/trickle?every=1",  # one byte a second
        "/stall",  # headers, then silence
    ]
    urls = [
        server.url(f"{path}&n={n}" if "?" in path else f"{path}?n={n}")
        for n in range(4)
        for path in stalls
    ][:11]
    started = time.monotonic()
    results = fetch_all(urls, opts)
    elapsed = time.monotonic() - started
    errors = [r.error for r in results]
    assert elapsed < 5.0, errors
    assert errors.count("timeout") == HOST_STRIKES
    assert errors.count("host_unresponsive") == len(urls) - HOST_STRIKES
    given_up = next(r for r in results if r.error == "host_unresponsive")
    assert "127.0.0.1" in (given_up.detail or "")
    # The host was asked HOST_STRIKES times for pages (robots.txt aside), not 33.
    assert len([p for p in server.paths() if p != "/robots.txt"]) == HOST_STRIKES


def test_other_hosts_go_on_after_one_is_given_up(
    server: FaultServer, options: FetchOptions
) -> None:
    opts = replace(options, read_timeout=0.3, attempt_deadline=0.5, retries=0)
    with FaultServer(host="127.0.0.2") as healthy:
        urls = [server.url(f"/stall?n={n}") for n in range(4)] + [healthy.url("/ok")]
        results = fetch_all(urls, opts)
    assert [r.error for r in results] == [
        "timeout",
        "timeout",
        "host_unresponsive",
        "host_unresponsive",
        None,
    ]


def test_one_timeout_is_not_enough_to_give_up(server: FaultServer, options: FetchOptions) -> None:
    opts = replace(options, read_timeout=0.3, attempt_deadline=0.5, retries=0, concurrency=1)
    results = fetch_all([server.url("/stall"), server.url("/ok")], opts)
    assert [r.error for r in results] == ["timeout", None]
