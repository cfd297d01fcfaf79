"""Benchmark the fetcher's concurrency: many slow hosts, concurrently and one by one.

Starts one listener on each of 127.0.0.1 ... 127.0.0.N (N = 50, or 16 with
--quick), each answering every request after a fixed delay, then fetches one page
from each host twice with the same fetcher settings: once with the default
concurrency and once with concurrency 1. Prints both wall times, their ratio and
the ideal ratio for the concurrency limit. Only loopback addresses are used.

    python bench/fetch_bench.py [--quick] [--json] [--delay 0.2] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from factcheck.sources.fetch import FetchOptions, fetch_all

PAGE = b"<!doctype html><html><head><title>bench</title></head><body>ok</body></html>"


class SlowServers:
    """One listener per loopback address, each replying after ``delay`` seconds.

    Every host answers every path with a small page, or, given ``pages`` (path ->
    content type and body), with the page at the request's path (or at its path
    without the query, which serves one answer to every search) and 404 for any other
    path, robots.txt included. ``requests`` counts the requests answered, on all hosts
    together."""

    def __init__(
        self, count: int, delay: float, pages: Mapping[str, tuple[str, bytes]] | None = None
    ) -> None:
        self.count = count
        self.delay = delay
        self.pages = pages
        self.urls: list[str] = []
        self.requests = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._ready = threading.Event()

    def __enter__(self) -> SlowServers:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("benchmark servers did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _answer(self, head: bytes) -> tuple[str, str, bytes]:
        if self.pages is None:
            return "200 OK", "text/html; charset=utf-8", PAGE
        parts = head.split(b" ", 2)
        path = parts[1].decode("ascii", "replace") if len(parts) > 1 else "/"
        for candidate in (path, path.split("?", 1)[0]):
            if candidate in self.pages:
                return ("200 OK", *self.pages[candidate])
        return "404 Not Found", "text/plain; charset=utf-8", b"not found"

    async def _reply(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            self.requests += 1  # only the loop's thread touches it
            await asyncio.sleep(self.delay)
            status, content_type, body = self._answer(head)
            writer.write(
                (
                    f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
                ).encode()
                + body
            )
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        servers = []
        for index in range(1, self.count + 1):
            host = f"127.0.0.{index}"
            server = self._loop.run_until_complete(asyncio.start_server(self._reply, host, 0))
            servers.append(server)
            self.urls.append(f"http://{host}:{server.sockets[0].getsockname()[1]}/")
        # Stop by ourselves whatever happens to the caller.
        self._loop.call_later(3600, self._loop.stop)
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            for server in servers:
                server.close()
            self._loop.close()


def timed(urls: list[str], options: FetchOptions) -> tuple[float, int]:
    started = time.perf_counter()
    results = fetch_all(urls, options)
    return time.perf_counter() - started, sum(1 for r in results if r.ok)


def measure(
    count: int, delay: float, concurrency: int = FetchOptions.concurrency
) -> dict[str, Any]:
    """Fetch one page from each of ``count`` hosts replying after ``delay`` seconds, with
    ``concurrency`` requests in flight and then one by one; the wall times and ideals."""
    options = FetchOptions(
        allow_private=True,  # the hosts are loopback addresses
        host_delay=0.0,
        obey_robots=False,
        use_cache=False,
        retries=0,
        concurrency=concurrency,
    )
    with SlowServers(count, delay) as servers:
        urls = servers.urls
        timed(urls[:1], options)  # warm-up: imports, TLS context, first event loop
        concurrent, ok_concurrent = timed(urls, options)
        serial, ok_serial = timed(urls, replace(options, concurrency=1))

    waves = math.ceil(count / max(1, concurrency))
    return {
        "sources": count,
        "hosts": count,
        "server_delay_s": delay,
        "concurrency": concurrency,
        "concurrent_s": round(concurrent, 3),
        "serial_s": round(serial, 3),
        "speedup": round(serial / concurrent, 2),
        "ideal_concurrent_s": round(waves * delay, 3),
        "ideal_serial_s": round(count * delay, 3),
        "ideal_speedup": round(count / waves, 2),
        "ok_concurrent": ok_concurrent,
        "ok_serial": ok_serial,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="16 hosts instead of 50")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--delay", type=float, default=0.2, help="server reply delay (s)")
    parser.add_argument("--concurrency", type=int, default=FetchOptions.concurrency)
    args = parser.parse_args(argv)

    count = 16 if args.quick else 50
    numbers = measure(count, args.delay, args.concurrency)
    concurrent, serial = numbers["concurrent_s"], numbers["serial_s"]
    ok_concurrent, ok_serial = numbers["ok_concurrent"], numbers["ok_serial"]
    if args.json:
        print(json.dumps(numbers, indent=2))
    else:
        rows = [
            ("run", "wall time", "ideal"),
            (
                f"concurrent (limit {args.concurrency})",
                f"{concurrent:.2f} s",
                f"{numbers['ideal_concurrent_s']:.2f} s",
            ),
            ("serial (limit 1)", f"{serial:.2f} s", f"{numbers['ideal_serial_s']:.2f} s"),
            ("speed-up", f"{numbers['speedup']:.2f}x", f"{numbers['ideal_speedup']:.2f}x"),
        ]
        print(f"{count} sources on {count} loopback hosts, each replying after {args.delay:g} s")
        for name, measured, ideal in rows:
            print(f"  {name:<26} {measured:>10} {ideal:>10}")
        if ok_concurrent != count or ok_serial != count:
            print(f"  warning: only {ok_concurrent}/{ok_serial} of {count} fetched")
    return 0 if ok_concurrent == ok_serial == count else 1


if __name__ == "__main__":
    sys.exit(main())
