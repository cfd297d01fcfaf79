"""The address and URL policy on its own: no sockets, no DNS."""

from __future__ import annotations

import asyncio
import ipaddress
import socket

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.sources.fetch import policy
from factcheck.sources.fetch.failure import FetchFailure

PRIVATE_V4 = [
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "100.64.0.0/10",
        "0.0.0.0/8",
    )
]


def code_of(url: str, **kwargs: tuple[str, ...]) -> str | None:
    try:
        parsed = policy.parse_url(url)
        policy.check_url(parsed, allow_private=False, **kwargs)
    except FetchFailure as failure:
        return failure.code
    return None


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0x7F.0.0.1/",
        "http://127.1/",
        "http://127.0.1/",
        "http://0/",
        "http://0.0.0.0/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[::127.0.0.1]/",
        "http://[::1]/",
        "http://[::]/",
        "http://[fe80::1]/",
        "http://[fd00:ec2::254]/",
        "http://localhost/",
        "http://LOCALHOST/",
        "http://localhost./",
        "http://app.localhost/",
        "http://metadata.google.internal/",
        "http://metadata/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.100.100.200/",
        "http://10.0.0.5/",
        "http://192.168.1.1/",
        "http://printer.local/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:7f00:1::]/",
        "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",
    ],
)
def test_private_and_odd_spellings_refused(url: str) -> None:
    assert code_of(url) == "blocked_address"


@pytest.mark.parametrize(
    "url", ["http://0177.0.0.1/", "http://1.2.3.4.5/", "http://256.1.1.1/", "http://1.2.3.09/"]
)
def test_malformed_numeric_hosts_are_invalid(url: str) -> None:
    assert code_of(url) in {"invalid_url", "blocked_address"}


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("10.1", "10.0.0.1"),
        ("0", "0.0.0.0"),
        ("134744072", "8.8.8.8"),
        ("example.com", None),
        ("1.example", None),
    ],
)
def test_numeric_hosts_read_like_inet_aton(host: str, address: str | None) -> None:
    parsed = policy.parse_numeric_host(host)
    assert (str(parsed) if parsed else None) == address


def test_public_urls_pass() -> None:
    assert code_of("https://example.com/a?b=1") is None
    assert code_of("http://93.184.216.34/") is None
    assert code_of("http://[2606:2800:220:1:248:1893:25c8:1946]/") is None
    assert code_of("http://[64:ff9b::808:808]/") is None  # NAT64 of a public address


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("ftp://example.com/", "blocked_scheme"),
        ("file:///etc/passwd", "blocked_scheme"),
        ("javascript:alert(1)", "blocked_scheme"),
        ("http://user:pass@example.com/", "invalid_url"),
        ("http://example.com:6379/", "blocked_port"),
        ("http://example.com/" + "a" * 3000, "invalid_url"),
        ("http://exa mple.com/", "invalid_url"),
        ("http:///nohost", "invalid_url"),
    ],
)
def test_url_hygiene(url: str, code: str) -> None:
    assert code_of(url) == code


def test_domain_lists_match_suffixes() -> None:
    assert code_of("https://news.example.com/", deny_domains=("example.com",)) == "blocked_domain"
    assert code_of("https://badexample.com/", deny_domains=("example.com",)) is None
    assert code_of("https://other.org/", allow_domains=("example.com",)) == "blocked_domain"
    assert code_of("https://www.example.com/", allow_domains=("example.com",)) is None


def test_allow_private_lifts_the_address_policy_only() -> None:
    url = policy.parse_url("http://127.0.0.1:8765/")
    policy.check_url(url, allow_private=True)
    with pytest.raises(FetchFailure) as info:
        policy.check_url(url, allow_private=True, deny_domains=("127.0.0.1",))
    assert info.value.code == "blocked_domain"


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://169.254.1.1:8080/",
        "http://0xa9fea9fe/",  # 169.254.169.254 in hex
        "http://[::ffff:a9fe:a9fe]/",
        "http://[fe80::1]/",
        "http://[fd00:ec2::254]/",
        "http://100.100.100.200/",
        "http://metadata.google.internal/",
        "http://METADATA.GOOGLE.INTERNAL./",
        "http://metadata/",
    ],
)
def test_allow_private_keeps_link_local_and_metadata_refused(url: str) -> None:
    with pytest.raises(FetchFailure) as info:
        policy.check_url(policy.parse_url(url), allow_private=True)
    assert info.value.code == "blocked_address"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8765/",
        "http://localhost:3000/",
        "http://10.1.2.3/",
        "http://192.168.0.10/",
        "http://172.16.5.4/",
        "http://100.64.0.1/",  # shared address space, other than Alibaba's metadata
        "http://[fd12:3456::1]/",
        "http://wiki.corp.internal/",
    ],
)
def test_allow_private_opens_loopback_and_private_ranges(url: str) -> None:
    policy.check_url(policy.parse_url(url), allow_private=True)
    with pytest.raises(FetchFailure):
        policy.check_url(policy.parse_url(url), allow_private=False)


def test_parse_url_normalises() -> None:
    assert str(policy.parse_url("HTTP://Example.COM:80/a#frag")) == "http://example.com/a"
    assert str(policy.parse_url("https://example.com:443")) == "https://example.com/"


def _wrappings(v4: ipaddress.IPv4Address) -> list[ipaddress.IPv6Address]:
    n = int(v4)
    return [
        ipaddress.IPv6Address((0xFFFF << 32) | n),  # v4-mapped
        ipaddress.IPv6Address(n),  # v4-compatible
        ipaddress.IPv6Address((0x0064FF9B << 96) | n),  # NAT64 well-known prefix
        ipaddress.IPv6Address((0x0064FF9B0001 << 80) | n),  # local-use NAT64
        ipaddress.IPv6Address((0x2002 << 112) | (n << 80)),  # 6to4
        # Teredo: server 65.54.227.120, client address stored inverted.
        ipaddress.IPv6Address((0x20010000 << 96) | (0x4136E378 << 64) | (n ^ 0xFFFFFFFF)),
    ]


@given(
    st.sampled_from(PRIVATE_V4).flatmap(
        lambda net: st.integers(0, net.num_addresses - 1).map(lambda i: net[i])
    )
)
def test_ipv6_wrappers_of_private_ipv4_are_blocked(v4: ipaddress.IPv4Address) -> None:
    assert policy.blocked_reason(v4) is not None
    for wrapped in _wrappings(v4):
        assert policy.blocked_reason(wrapped) is not None, wrapped
        assert code_of(f"http://[{wrapped}]/") == "blocked_address"


def test_check_address_refuses_non_ip_text() -> None:
    with pytest.raises(FetchFailure):
        policy.check_address("example.com")


def test_system_resolver_reports_dns_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    async def failing_getaddrinfo(*args: object, **kwargs: object) -> list[object]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    async def resolve() -> list[str]:
        loop = asyncio.get_running_loop()
        monkeypatch.setattr(loop, "getaddrinfo", failing_getaddrinfo)
        return await policy.system_resolve("no-such-host.invalid", 80)

    with pytest.raises(FetchFailure) as info:
        asyncio.run(resolve())
    assert info.value.code == "dns_error"


def test_system_resolver_returns_every_address_once() -> None:
    addresses = asyncio.run(policy.system_resolve("127.0.0.1", 80))
    assert addresses == ["127.0.0.1"]


def test_httpx_url_keeps_odd_hosts_for_the_policy() -> None:
    # The policy depends on httpx handing odd numeric hosts through unchanged.
    assert httpx.URL("http://0x7f000001/").host == "0x7f000001"


def test_domain_lists_accept_both_spellings_of_idn() -> None:
    assert (
        code_of("https://www.münchen.de/", deny_domains=("xn--mnchen-3ya.de",)) == "blocked_domain"
    )
    assert (
        code_of("https://www.xn--mnchen-3ya.de/", deny_domains=("münchen.de",)) == "blocked_domain"
    )


def test_every_error_code_the_package_raises_is_declared() -> None:
    import re
    from pathlib import Path

    from factcheck.sources.fetch import ERROR_CODES

    source = "".join(p.read_text() for p in Path(policy.__file__).parent.glob("*.py"))
    raised = set(re.findall(r'FetchFailure\(\s*"([a-z_]+)"', source))
    raised |= set(re.findall(r'error="([a-z_]+)"', source))
    assert raised
    assert raised <= ERROR_CODES, raised - ERROR_CODES
