"""The address policy at connect time, with an injected resolver and dialer.

The dialer stands in for the network: it records which address the fetcher
asked for and connects every "public" address to the loopback fault server, so
no test contacts anything but 127.0.0.1.
"""

from __future__ import annotations

import typing
from dataclasses import replace

import httpcore
import pytest
from faultserver import LOOPBACK, FaultServer

from factcheck.sources.fetch import FetchOptions, fetch_all
from factcheck.sources.fetch.fetcher import Fetcher

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)

PUBLIC = "93.184.216.34"


class LoopbackDialer(httpcore.AnyIOBackend):
    """Records each address dialled and connects it to the fault server instead."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.dialled: list[str] = []

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.dialled.append(host)
        return await super().connect_tcp("127.0.0.1", self.port, timeout=timeout)


class FakeDNS:
    """A resolver answering from a table; a list of answers is served one per lookup."""

    def __init__(self, table: dict[str, list[list[str]]]) -> None:
        self.table = table
        self.asked: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        answers = self.table[host]
        return answers.pop(0) if len(answers) > 1 else answers[0]


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
