"""The address policy at connect time, with an injected resolver and dialer.

The dialer stands in for the network: it records which address the fetcher
asked for and connects every "public" address to the loopback fault server, so
no test contacts anything but 127.0.0.1.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from fakenet import FakeDNS, LoopbackDialer
from faultserver import LOOPBACK, FaultServer

from factcheck.sources.fetch import FetchOptions, fetch_all
from factcheck.sources.fetch.fetcher import Fetcher

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)

PUBLIC = "93.184.216.34"


@pytest.fixture
def public_options(options: FetchOptions) -> FetchOptions:
    return replace(options, allow_private=False, retries=0)


def test_public_name_is_connected_by_its_checked_address(
    server: FaultServer, public_options: FetchOptions
) -> None:
    dialer = LoopbackDialer(server.port)
    dns = FakeDNS({"news.example": [[PUBLIC]]})
    [result] = Fetcher(public_options, resolver=dns, dialer=dialer).fetch_all(
        ["http://news.example/ok"]
    )
    assert result.ok
    assert set(dialer.dialled) == {PUBLIC}
    # The Host header (and TLS SNI) stay the name, not the pinned address.
    assert {seen.headers["host"] for seen in server.seen} == {"news.example"}


def test_redirect_to_a_private_address_is_refused_before_connecting(
    server: FaultServer, public_options: FetchOptions
) -> None:
    dialer = LoopbackDialer(server.port)
    dns = FakeDNS({"news.example": [[PUBLIC]], "intranet.example": [["10.0.0.5"]]})
    fetcher = Fetcher(public_options, resolver=dns, dialer=dialer)
    [result] = fetcher.fetch_all(["http://news.example/redirect?to=http://intranet.example/admin"])
    assert result.error == "blocked_address"
    assert "10.0.0.5" in (result.detail or "")
    assert "10.0.0.5" not in dialer.dialled
    assert [path.split("?")[0] for path in server.paths()] == ["/robots.txt", "/redirect"]


def test_redirect_to_a_metadata_literal_is_refused_without_a_lookup(
    server: FaultServer, public_options: FetchOptions
) -> None:
    dialer = LoopbackDialer(server.port)
    dns = FakeDNS({"news.example": [[PUBLIC]]})
    fetcher = Fetcher(public_options, resolver=dns, dialer=dialer)
    target = "http://169.254.169.254/latest/meta-data/"
    [result] = fetcher.fetch_all([f"http://news.example/redirect?to={target}"])
    assert result.error == "blocked_address"
    assert dialer.dialled == [PUBLIC, PUBLIC]  # robots.txt and the redirect, nothing else
    assert "169.254.169.254" not in dns.asked


def test_any_private_address_in_an_answer_is_refused(
    server: FaultServer, public_options: FetchOptions
) -> None:
    dialer = LoopbackDialer(server.port)
    dns = FakeDNS({"mixed.example": [[PUBLIC, "10.0.0.5"]]})
    fetcher = Fetcher(replace(public_options, obey_robots=False), resolver=dns, dialer=dialer)
    [result] = fetcher.fetch_all(["http://mixed.example/ok"])
    assert result.error == "blocked_address"
    assert dialer.dialled == []
    assert server.seen == []


def test_dns_rebinding_cannot_reach_the_second_answer(
    server: FaultServer, public_options: FetchOptions
) -> None:
    dialer = LoopbackDialer(server.port)
    # First lookup public, every later one loopback (a TTL-0 rebinding server).
    dns = FakeDNS({"rebind.example": [[PUBLIC], ["127.0.0.1"]]})
    fetcher = Fetcher(replace(public_options, obey_robots=False), resolver=dns, dialer=dialer)
    [result] = fetcher.fetch_all(["http://rebind.example/chain/1"])
    assert result.error == "blocked_address"
    assert dialer.dialled == [PUBLIC]
    assert server.paths() == ["/chain/1"]


def test_unresolvable_name(public_options: FetchOptions) -> None:
    async def nxdomain(host: str, port: int) -> list[str]:
        return []

    [result] = Fetcher(replace(public_options, obey_robots=False), resolver=nxdomain).fetch_all(
        ["http://nowhere.example/"]
    )
    assert result.error == "dns_error"


@pytest.mark.parametrize(
    "host",
    [
        "2130706433",
        "0x7f000001",
        "0x7f.1",
        "127.1",
        "127.0.0.1",
        "0",
        "0177.0.0.1",
        "[::ffff:127.0.0.1]",
        "[::1]",
        "localhost",
        "LOCALHOST",
        "localhost.",
    ],
)
def test_odd_spellings_of_loopback_never_reach_the_server(
    server: FaultServer, public_options: FetchOptions, host: str
) -> None:
    [result] = fetch_all([f"http://{host}:{server.port}/ok"], public_options)
    assert result.error in {"blocked_address", "invalid_url"}, result
    assert server.seen == []


# Link-local and metadata targets, in several spellings; never contacted, only checked.
METADATA_TARGETS = [
    "http://169.254.169.254/latest/meta-data/",
    "http://2852039166/latest/meta-data/",  # 169.254.169.254 as one number
    "http://[::ffff:169.254.169.254]/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://[fe80::1]/",
]


@pytest.mark.parametrize("target", METADATA_TARGETS)
def test_allow_private_still_refuses_a_redirect_to_metadata(
    server: FaultServer, options: FetchOptions, target: str
) -> None:
    assert options.allow_private
    dialer = LoopbackDialer(server.port)
    dns = FakeDNS({"127.0.0.1": [["127.0.0.1"]]})
    fetcher = Fetcher(replace(options, retries=0), resolver=dns, dialer=dialer)
    [result] = fetcher.fetch_all([server.url(f"/redirect?to={target}")])
    assert result.error == "blocked_address"
    assert dialer.dialled == ["127.0.0.1", "127.0.0.1"]  # robots.txt and the redirect
    assert dns.asked == ["127.0.0.1", "127.0.0.1"]
    assert [path.split("?")[0] for path in server.paths()] == ["/robots.txt", "/redirect"]


@pytest.mark.parametrize("address", ["169.254.169.254", "fd00:ec2::254", "100.100.100.200"])
def test_allow_private_refuses_a_name_that_resolves_to_metadata(
    server: FaultServer, options: FetchOptions, address: str
) -> None:
    dialer = LoopbackDialer(server.port)
    dns = FakeDNS({"intranet.example": [[address]]})
    fetcher = Fetcher(replace(options, retries=0, obey_robots=False), resolver=dns, dialer=dialer)
    [result] = fetcher.fetch_all(["http://intranet.example/ok"])
    assert result.error == "blocked_address"
    assert dialer.dialled == []
    assert server.seen == []


def test_allow_private_opens_private_ranges(server: FaultServer, options: FetchOptions) -> None:
    dialer = LoopbackDialer(server.port)
    dns = FakeDNS({"127.0.0.1": [["127.0.0.1"]], "intranet.example": [["10.0.0.5"]]})
    fetcher = Fetcher(replace(options, retries=0), resolver=dns, dialer=dialer)
    [result] = fetcher.fetch_all([server.url("/redirect?to=http://intranet.example/ok")])
    assert result.ok
    assert dialer.dialled[-1] == "10.0.0.5"  # dialled as checked, served by the loopback
