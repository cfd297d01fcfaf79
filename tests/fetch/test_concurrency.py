"""Concurrency, politeness, de-duplication, order and progress."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from faultserver import LOOPBACK, FaultServer

from factcheck.sources.fetch import FetchOptions, fetch_all

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)


@pytest.fixture
def second_server() -> Iterator[FaultServer]:
    with FaultServer(host="127.0.0.2") as other:
        yield other


def test_one_request_at_a_time_per_host(server: FaultServer, options: FetchOptions) -> None:
    urls = [server.url(f"/slow?ms=100&n={n}") for n in range(5)]
    results = fetch_all(urls, replace(options, obey_robots=False))
    assert all(r.ok for r in results)
    assert server.max_active[f"127.0.0.1:{server.port}"] == 1


def test_per_host_limit_is_a_limit_not_a_target(server: FaultServer, options: FetchOptions) -> None:
    urls = [server.url(f"/slow?ms=200&n={n}") for n in range(6)]
    fetch_all(urls, replace(options, obey_robots=False, per_host=3))
    assert server.max_active[f"127.0.0.1:{server.port}"] == 3


def test_hosts_run_in_parallel(
    server: FaultServer, second_server: FaultServer, options: FetchOptions
) -> None:
    urls = [s.url(f"/slow?ms=300&n={n}") for n in range(3) for s in (server, second_server)]
    started = time.monotonic()
    results = fetch_all(urls, replace(options, obey_robots=False))
    elapsed = time.monotonic() - started
    assert all(r.ok for r in results)
    # Each host serves its three one by one (0.9 s); the two hosts overlap.
    assert 0.9 <= elapsed < 1.6


def test_global_limit(
    server: FaultServer, second_server: FaultServer, options: FetchOptions
) -> None:
    urls = [s.url(f"/slow?ms=300&n={n}") for n in range(2) for s in (server, second_server)]
    started = time.monotonic()
    fetch_all(urls, replace(options, obey_robots=False, concurrency=1))
    assert time.monotonic() - started >= 1.2


def test_host_delay_between_requests(server: FaultServer, options: FetchOptions) -> None:
    urls = [server.url(f"/chain/0?n={n}") for n in range(3)]
    fetch_all(urls, replace(options, obey_robots=False, host_delay=0.2))
    arrivals = [seen.at for seen in server.seen]
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert len(gaps) == 2
    assert min(gaps) >= 0.1  # randomised 0.5-1.5 x 0.2 s


def test_duplicates_are_fetched_once_and_order_is_kept(
    server: FaultServer, options: FetchOptions
) -> None:
    url = server.url("/ok")
    spellings = [url, url + "#section", url.replace("http://", "HTTP://"), server.url("/chain/0")]
    results = fetch_all(spellings, replace(options, obey_robots=False))
    assert [r.url for r in results] == spellings
    assert all(r.ok for r in results)
    assert server.paths() == ["/ok", "/chain/0"] or server.paths() == ["/chain/0", "/ok"]


def test_progress_is_reported_per_unique_source(server: FaultServer, options: FetchOptions) -> None:
    calls: list[tuple[int, int, str]] = []
    urls = [server.url("/ok"), server.url("/ok"), server.url("/status/404"), "not a url"]
    fetch_all(urls, replace(options, obey_robots=False), progress=lambda *a: calls.append(a))
    assert [c[:2] for c in calls] == [(1, 3), (2, 3), (3, 3)]
    assert {c[2] for c in calls} == {server.url("/ok"), server.url("/status/404"), "not a url"}


def test_empty_input(options: FetchOptions) -> None:
    assert fetch_all([], options) == []


async def _inside_a_loop(url: str, options: FetchOptions) -> list[str | None]:
    return [r.error for r in fetch_all([url], options)]


def test_can_be_called_from_inside_an_event_loop(
    server: FaultServer, options: FetchOptions
) -> None:
    import asyncio

    assert asyncio.run(_inside_a_loop(server.url("/ok"), options)) == [None]
