"""A generated batch for the cluster tests and the throughput benchmark: articles about
made-up companies, citing pages served on loopback by servers that count requests.

Page ``p`` is about one company: its pay for one job, its headcount, a strike. Article
``i`` cites page ``i % pages`` for a pay figure (right for even ``i``, wrong for odd) and
one of the first five pages for a headcount, so those five are cited by many articles.
Every article's text differs (it carries its number), so every sha256 differs.
"""

from __future__ import annotations

import functools
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_FIRST = ("Borealis", "Cobalt", "Juniper", "Marlow", "Quillon", "Saffron", "Tessel", "Vantor")
_SECOND = ("Freight", "Mills", "Dynamics", "Textiles", "Robotics", "Foods", "Optics")
_JOBS = ("Senior Data Engineer", "Product Designer", "Site Reliability Engineer")
POPULAR = 5


def company(p: int) -> str:
    """The made-up company of page ``p``."""
    return f"{_FIRST[p % len(_FIRST)]} {_SECOND[p // len(_FIRST) % len(_SECOND)]} {p}"


def _pay(p: int) -> int:
    return 90_000 + 1_000 * p


def _staff(p: int) -> int:
    return 1_200 + 37 * p


def write_site(folder: Path, pages: int) -> list[str]:
    """Write ``pages`` HTML pages into ``folder``; return their paths (``/p0.html`` ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for p in range(pages):
        name = company(p)
        job = _JOBS[p % len(_JOBS)]
        (folder / f"p{p}.html").write_text(
            f"<!DOCTYPE html><html><head><title>{name} in brief</title></head><body>"
            f"<article><p>{name} is hiring a {job} at a salary of ${_pay(p):,} a year.</p>"
            f"<p>{name} employs {_staff(p):,} people in its depots.</p>"
            f"<p>{name} workers went on strike against the company in March.</p>"
            "</article></body></html>",
            encoding="utf-8",
        )
        paths.append(f"/p{p}.html")
    (folder / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    return paths


def page_url(bases: list[str], p: int) -> str:
    """The URL of page ``p``: the pages are spread over the servers in ``bases``."""
    return f"{bases[p % len(bases)]}/p{p}.html"


def write_articles(folder: Path, bases: list[str], count: int, pages: int) -> list[Path]:
    """Write ``count`` Markdown articles citing the pages; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        p, q = i % pages, (i * 7) % POPULAR
        pay = _pay(p) if i % 2 == 0 else _pay(p) + 45_000
        job = _JOBS[p % len(_JOBS)]
        text = (
            f"# Dispatch {i}\n\n"
            f"{company(p)} pays a {job} ${pay:,} a year ([listing]({page_url(bases, p)})).\n\n"
            f"{company(q)} employs {_staff(q):,} people, according to "
            f"[its profile]({page_url(bases, q)}).\n"
        )
        path = folder / f"a{i:05d}.md"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


@dataclass
class Traffic:
    """What a server saw: requests per path, and the most requests it had at once."""

    hits: Counter[str] = field(default_factory=Counter)
    active: int = 0
    most: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        """Forget what was seen so far."""
        with self.lock:
            self.hits.clear()
            self.most = self.active


@contextmanager
def serving(
    folder: Path, host: str = "127.0.0.1", delay: float = 0.0
) -> Iterator[tuple[str, Traffic]]:
    """Serve ``folder`` on ``host``, each response after ``delay`` seconds; yields the base
    URL and the traffic seen."""
    traffic = Traffic()

    class Handler(SimpleHTTPRequestHandler):
        def do_GET(self) -> None:
            with traffic.lock:
                traffic.hits[self.path] += 1
                traffic.active += 1
                traffic.most = max(traffic.most, traffic.active)
            try:
                if delay:
                    time.sleep(delay)
                super().do_GET()
            finally:
                with traffic.lock:
                    traffic.active -= 1

        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

    server = ThreadingHTTPServer((host, 0), functools.partial(Handler, directory=str(folder)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}", traffic
    finally:
        server.shutdown()
        server.server_close()
