"""Benchmark what hostile sources cost, each against a well-behaved baseline in the same run.

With the default fetch settings (read timeout 10 s, attempt deadline 20 s, two retries),
on 127.0.0.1 only:

- stall: eleven links to one stalled host (headers after 100 s, a byte a second,
  headers then silence, a reset, a short body), against one link to that host;
- reset and short body from Python's http.server (keep-alive), against a page it serves;
- links: an article of 5,000 links to one host, against one of 50 (the source cap);
- page: peak memory of reading a page of 100,000 links, against a page of one paragraph.

    python bench/faults.py [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from faultserver import FaultServer  # noqa: E402

from factcheck.check import CheckOptions, check_articles, load_rules  # noqa: E402
from factcheck.reading import parse_article  # noqa: E402
from factcheck.sources.fetch import FetchOptions, fetch_all  # noqa: E402

DEFAULTS = FetchOptions(allow_private=True, use_cache=False)
STALLS = ["/slow?ms=100000", "/trickle?every=1", "/stall", "/reset", "/truncated"]


def _timed(urls: list[str], options: FetchOptions) -> tuple[float, Counter[str | None]]:
    started = time.monotonic()
    results = fetch_all(urls, options)
    return time.monotonic() - started, Counter(r.error for r in results)


def stall() -> dict[str, Any]:
    """Eleven links to one stalled host against a single stalled link."""
    with FaultServer(lifetime=600) as server:
        one, _ = _timed([server.url("/slow?ms=100000&n=one")], DEFAULTS)
    with FaultServer(lifetime=600) as server:
        urls = [
            server.url(f"{STALLS[n % 5]}&n={n}")
            if "?" in STALLS[n % 5]
            else server.url(f"{STALLS[n % 5]}?n={n}")
            for n in range(11)
        ]
        eleven, errors = _timed(urls, DEFAULTS)
    return {
        "eleven_s": round(eleven, 2),
        "one_s": round(one, 2),
        "ratio": round(eleven / one, 2),
        "errors": dict(errors),
    }


class _KeepAlive(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        if self.path == "/reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            return
        body = b"<html><p>A short page served whole.</p></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000" if self.path == "/short" else str(len(body)))
        self.end_headers()
        self.wfile.write(body[:25] if self.path == "/short" else body)
        self.wfile.flush()
        if self.path == "/short":
            self.connection.close()


def connection_faults() -> dict[str, Any]:
    """A reset and a short body from http.server, against a whole page from it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _KeepAlive)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    options = replace(DEFAULTS, obey_robots=False)
    try:
        out: dict[str, Any] = {}
        for name, path in (("page", "/page"), ("reset", "/reset"), ("short", "/short")):
            seconds, errors = _timed([f"{base}{path}"], options)
            out[f"{name}_s"] = round(seconds, 3)
            out[f"{name}_error"] = next(iter(errors))
        return out
    finally:
        server.shutdown()
        server.server_close()


def links() -> dict[str, Any]:
    """An article of 5,000 links to one host against one of 50 (the default cap)."""
    rules = load_rules()
    out: dict[str, Any] = {}
    for count in (50, 5000):
        with FaultServer(lifetime=600) as server:
            text = "\n\n".join(
                f"Another [harbour log]({server.url(f'/ok?n={n}')}) is kept here."
                for n in range(count)
            )
            article = parse_article(text, "links.md", "markdown")
            started = time.monotonic()
            report = check_articles([article], CheckOptions(fetch=DEFAULTS), ruleset=rules)
            out[f"links_{count}_s"] = round(time.monotonic() - started, 2)
            out[f"links_{count}_requests"] = len(server.paths())
            out[f"links_{count}_errors"] = dict(Counter(s.error for s in report.sources))
    out["ratio"] = round(out["links_5000_s"] / out["links_50_s"], 2)
    return out


_READ_PAGE = """
import resource, sys, time
from factcheck.sources.gather import page_from_text
text = open(sys.argv[1], encoding="utf-8").read()
started = time.process_time()
page_from_text("https://records.example/", text)
print(time.process_time() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def page(tmp: Path) -> dict[str, Any]:
    """Peak memory of reading a page of 100,000 links, against a one-paragraph page."""
    lead = "<p>The ferry carried 412 passengers across the bay on Sunday.</p>"
    items = "".join(f'<li><a href="/r/{n}">{n}</a></li>' for n in range(100_000))
    out: dict[str, Any] = {}
    for name, body in (("plain", lead), ("links", f"{lead}<ul>{items}</ul>")):
        path = tmp / f"{name}.html"
        path.write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")
        run = subprocess.run(
            [sys.executable, "-c", _READ_PAGE, str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        cpu, rss = run.stdout.split()
        out[f"{name}_cpu_s"] = round(float(cpu), 2)
        out[f"{name}_peak_mib"] = round(int(rss) / 1024)
    out["ratio"] = round(out["links_peak_mib"] / out["plain_peak_mib"], 2)
    return out


def main() -> None:
    """Run every figure and print it (or the JSON of all)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        figures = {
            "connection_faults": connection_faults(),
            "stall": stall(),
            "links": links(),
            "page": page(Path(tmp)),
            "own_peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for name, values in figures.items():
        print(f"{name}: {values}")


if __name__ == "__main__":
    main()
