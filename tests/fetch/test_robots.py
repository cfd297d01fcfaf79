"""robots.txt: obeyed for pages, failure semantics per RFC 9309, fetched once per host."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from faultserver import LOOPBACK, FaultServer

from factcheck.sources.fetch import FetchOptions, FetchRequest, fetch_all

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)


def test_disallow_is_obeyed(server: FaultServer, options: FetchOptions) -> None:
    server.robots = (200, b"User-agent: *\nDisallow: /chain/\n")
    blocked, allowed = fetch_all([server.url("/chain/0"), server.url("/ok")], options)
    assert blocked.error == "robots_disallowed"
    assert allowed.ok
    assert server.paths() == ["/robots.txt", "/ok"]


def test_our_product_token_and_longest_match(server: FaultServer, options: FetchOptions) -> None:
    server.robots = (
        200,
        b"User-agent: *\nAllow: /\n\n"
        b"User-agent: factcheck\nDisallow: /\nAllow: /ok$\nAllow: /chain/*\n",
    )
    ok, chain, slow = fetch_all(
        [server.url("/ok"), server.url("/chain/0"), server.url("/slow")], options
    )
    assert ok.ok and chain.ok
    assert slow.error == "robots_disallowed"


def test_robots_is_fetched_once_per_host(server: FaultServer, options: FetchOptions) -> None:
    server.robots = (200, b"User-agent: *\nAllow: /\n")
    urls = [server.url(f"/chain/{n}") for n in range(3)] + [server.url("/ok")]
    results = fetch_all(urls, options)
    assert all(r.ok for r in results)
    assert server.paths().count("/robots.txt") == 1


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_4xx_allows_everything(server: FaultServer, options: FetchOptions, status: int) -> None:
    server.robots = (status, b"User-agent: *\nDisallow: /\n")
    [result] = fetch_all([server.url("/ok")], options)
    assert result.ok


@pytest.mark.parametrize("status", [429, 500, 503])
def test_429_and_5xx_disallow_everything(
    server: FaultServer, options: FetchOptions, status: int
) -> None:
    server.robots = (status, b"")
    [result] = fetch_all([server.url("/ok")], replace(options, retries=0))
    assert result.error == "robots_unreachable"
    assert str(status) in (result.detail or "")
    assert "/ok" not in server.paths()


@pytest.mark.parametrize("fault", ["/reset", "/stall", "/truncated"])
def test_network_errors_disallow(server: FaultServer, options: FetchOptions, fault: str) -> None:
    server.alias["/robots.txt"] = fault
    [result] = fetch_all([server.url("/ok")], replace(options, read_timeout=0.3, retries=0))
    assert result.error == "robots_unreachable"
    assert "/ok" not in server.paths()


def test_robots_redirects_are_followed(server: FaultServer, options: FetchOptions) -> None:
    server.static["/robots.txt"] = (301, {"Location": "/real-robots.txt"}, b"")
    server.static["/real-robots.txt"] = (
        200,
        {"Content-Type": "text/plain"},
        b"User-agent: *\nDisallow: /ok\n",
    )
    [result] = fetch_all([server.url("/ok")], options)
    assert result.error == "robots_disallowed"


def test_robots_redirect_loop_means_no_rules(server: FaultServer, options: FetchOptions) -> None:
    server.static["/robots.txt"] = (301, {"Location": "/robots.txt"}, b"")
    [result] = fetch_all([server.url("/ok")], options)
    assert result.ok


def test_oversized_robots_is_cut_at_512_kib(server: FaultServer, options: FetchOptions) -> None:
    filler = b"# " + b"x" * 1000 + b"\n"
    body = b"User-agent: *\nDisallow: /chain/\n" + filler * 600 + b"Disallow: /ok\n"
    assert len(body) > 512 * 1024
    server.robots = (200, body)
    ok, chain = fetch_all([server.url("/ok"), server.url("/chain/0")], options)
    assert ok.ok  # the rule past 512 KiB is not read
    assert chain.error == "robots_disallowed"


def test_api_requests_and_obey_robots_false_skip_robots(
    server: FaultServer, options: FetchOptions
) -> None:
    server.robots = (200, b"User-agent: *\nDisallow: /\n")
    server.static["/data"] = (200, {"Content-Type": "application/json"}, b"{}")
    [api] = fetch_all([FetchRequest(server.url("/data"), kind="api")], options)
    [page] = fetch_all([server.url("/ok")], replace(options, obey_robots=False))
    assert api.ok and page.ok
    assert "/robots.txt" not in server.paths()


def test_robots_is_cached_on_disk(server: FaultServer, options: FetchOptions) -> None:
    server.robots = (200, b"User-agent: *\nAllow: /\n")
    fetch_all([server.url("/ok")], options)
    fetch_all([server.url("/chain/0")], options)
    assert server.paths().count("/robots.txt") == 1


def test_crawl_delay_slows_the_host_down(server: FaultServer, options: FetchOptions) -> None:
    server.robots = (200, b"User-agent: *\nCrawl-delay: 0.4\n")
    started = time.monotonic()
    fetch_all([server.url("/ok"), server.url("/chain/0")], options)
    # robots.txt, then two pages each at least 0.5 * 0.4 s after the previous request.
    assert time.monotonic() - started >= 0.4


def test_run_deadline_while_robots_txt_stalls(server: FaultServer, options: FetchOptions) -> None:
    server.alias["/robots.txt"] = "/stall"
    started = time.monotonic()
    results = fetch_all([server.url("/ok"), server.url("/chain/0")], replace(options, deadline=0.5))
    assert time.monotonic() - started < 1.5
    assert [r.error for r in results] == ["deadline", "deadline"]
