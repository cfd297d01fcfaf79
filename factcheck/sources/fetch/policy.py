"""Which URLs and addresses the fetcher may contact (the SSRF policy).

Two layers use this module: :func:`check_url` runs on every URL before it is
requested (the input URL and every redirect hop), and the network backend in
:mod:`factcheck.sources.fetch.transport` runs :func:`check_address` on every address a
host name resolves to, right before connecting to that very address.

Checks on the URL string alone are not enough (a name can resolve anywhere), and
checks on the resolved address alone would let odd spellings reach the OS
resolver, so both are done.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable

import httpx

from factcheck.sources.fetch.failure import FetchFailure

MAX_URL_LENGTH = 2048
ALLOWED_SCHEMES = frozenset({"http", "https"})
# Ports that web pages are served on; anything else (SMTP, Redis, ...) is an SSRF smell.
ALLOWED_PORTS = frozenset({80, 443, 8080, 8443})
_DEFAULT_PORTS = {"http": 80, "https": 443}

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]

_BLOCKED_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        # IPv4: this network, private, shared (CGNAT, includes Alibaba's metadata
        # 100.100.100.200), loopback, link-local (AWS/GCP/Azure metadata 169.254.169.254),
        # IETF protocol assignments, documentation, 6to4 relay anycast, AS112,
        # benchmarking, multicast, reserved and broadcast.
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.0.2.0/24",
        "192.88.99.0/24",
        "192.168.0.0/16",
        "192.175.48.0/24",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",
        "240.0.0.0/4",
        # IPv6: unspecified, loopback, IPv4-compatible (deprecated), discard, IETF
        # protocol assignments (includes Teredo 2001::/32), documentation, local-use
        # NAT64, unique local (includes AWS metadata fd00:ec2::254), link-local,
        # site-local and multicast.
        "::/96",
        "100::/64",
        "64:ff9b:1::/48",
        "2001::/23",
        "2001:db8::/32",
        "fc00::/7",
        "fe80::/10",
        "fec0::/10",
        "ff00::/8",
    )
)

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")

# Refused even with ``allow_private``, which opens loopback and private ranges (an
# intranet, a test server) but never these: link-local neighbours and the cloud's
# instance metadata services (AWS, GCP, Azure and OpenStack at 169.254.169.254, AWS
# over IPv6 at fd00:ec2::254, Alibaba at 100.100.100.200), which hand out credentials.
_ALWAYS_BLOCKED_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in ("169.254.0.0/16", "100.100.100.200/32", "fe80::/10", "fd00:ec2::254/128")
)
_METADATA_NAMES = frozenset(
    {
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "metadata.amazonaws.com",
        "instance-data",
        "instance-data.ec2.internal",
    }
)

# Names that point inside the machine or the cloud account whatever DNS says.
_BLOCKED_NAMES = frozenset(
    {
        "localhost",
        "localhost.localdomain",
        "ip6-localhost",
        "ip6-loopback",
        "host.docker.internal",
        "gateway.docker.internal",
        "kubernetes.default",
        *_METADATA_NAMES,
    }
)
_BLOCKED_SUFFIXES = (".localhost", ".local", ".internal", ".localdomain", ".home.arpa")


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4, Teredo)."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if int(address) >> 32 == 0 and int(address) > 1:
        return ipaddress.IPv4Address(int(address))
    return None


def blocked_reason(address: IPAddress, *, allow_private: bool = False) -> str | None:
    """Why ``address`` must not be contacted, or None when it may be: a public address,
    or with ``allow_private`` anything but link-local and metadata addresses."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            reason = blocked_reason(inner, allow_private=allow_private)
            if reason is not None:
                return f"{address} wraps {inner}, {reason}"
        if address.scope_id:
            return f"{address} has a scope id (link-local)"
    for network in _ALWAYS_BLOCKED_NETWORKS:
        if network.version == address.version and address in network:
            return f"{address} is a link-local or cloud metadata address ({network})"
    if allow_private:
        return None
    for network in _BLOCKED_NETWORKS:
        if network.version == address.version and address in network:
            return f"{address} is in the non-public range {network}"
    # The explicit list above is the policy; ipaddress's own tables catch what a
    # future registry update adds.
    if not address.is_global or address.is_multicast:
        return f"{address} is not a global unicast address"
    return None


def check_address(text: str, *, allow_private: bool = False) -> None:
    """Raise ``blocked_address`` unless the IP address ``text`` may be contacted (see
    :func:`blocked_reason`)."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError as exc:
        raise FetchFailure("blocked_address", f"not an IP address: {text!r}") from exc
    reason = blocked_reason(address, allow_private=allow_private)
    if reason is not None:
        raise FetchFailure("blocked_address", reason)


def parse_numeric_host(host: str) -> ipaddress.IPv4Address | None:
    """Read a host the way URL parsers and ``inet_aton`` read numbers.

    ``2130706433``, ``0x7f000001``, ``0177.0.0.1`` and ``127.1`` all mean 127.0.0.1
    to the OS resolver. Returns None for a host that is a name; raises
    ``invalid_url`` for one that ends in a number but is no valid address.
    """
    labels = host.split(".")
    if labels and labels[-1] == "" and len(labels) > 1:
        labels = labels[:-1]
    if not _looks_numeric(labels[-1]):
        return None
    try:
        numbers = [_parse_ipv4_number(label) for label in labels]
    except ValueError as exc:
        raise FetchFailure("invalid_url", f"malformed numeric host {host!r}") from exc
    if len(numbers) > 4 or any(n > 255 for n in numbers[:-1]):
        raise FetchFailure("invalid_url", f"malformed numeric host {host!r}")
    if numbers[-1] >= 256 ** (5 - len(numbers)):
        raise FetchFailure("invalid_url", f"malformed numeric host {host!r}")
    value = numbers[-1]
    for index, number in enumerate(numbers[:-1]):
        value += number << (8 * (3 - index))
    return ipaddress.IPv4Address(value)


def _looks_numeric(label: str) -> bool:
    if label.isdigit():
        return True
    return label[:2].lower() == "0x" and all(c in "0123456789abcdefABCDEF" for c in label[2:])


def _parse_ipv4_number(label: str) -> int:
    if label == "":
        raise ValueError("empty label")
    if label[:2].lower() == "0x":
        return int(label[2:] or "0", 16)
    if len(label) > 1 and label.startswith("0"):
        return int(label[1:], 8)
    return int(label, 10)


def check_host(host: str, *, allow_private: bool = False) -> None:
    """Refuse hosts that are private by name or by (possibly odd) literal address; with
    ``allow_private``, only metadata names and link-local or metadata addresses."""
    name = host.lower().rstrip(".")
    if name in _METADATA_NAMES:
        raise FetchFailure("blocked_address", f"{host!r} names a cloud metadata service")
    if not allow_private and (name in _BLOCKED_NAMES or name.endswith(_BLOCKED_SUFFIXES)):
        raise FetchFailure("blocked_address", f"{host!r} names a local or metadata host")
    try:
        literal: IPAddress | None = ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        literal = parse_numeric_host(name)
    if literal is not None:
        check_address(str(literal), allow_private=allow_private)


def names_local_host(host: str) -> bool:
    """True when ``host`` by itself names this machine or a private network: a local
    name (``localhost``, ``*.internal``...) or a loopback, private or link-local address.

    What such a host serves is no stable public page: a preview server changes it
    at will, and the next server to bind a loopback port serves something else at
    the same URL.
    """
    try:
        check_host(host)
    except FetchFailure:
        return True
    return False


def _spellings(name: str) -> set[str]:
    """``name`` in lower case, both in Unicode and in its ASCII (xn--) form."""
    name = name.lower().strip(".")
    forms = {name}
    with contextlib.suppress(UnicodeError):
        forms.add(name.encode("idna").decode("ascii"))
    with contextlib.suppress(UnicodeError):
        forms.add(name.encode("ascii").decode("idna"))
    return forms


def domain_matches(host: str, domains: Iterable[str]) -> bool:
    """True when ``host`` is one of ``domains`` or a subdomain of one (IDN-aware)."""
    names = _spellings(host)
    for domain in domains:
        for suffix in _spellings(domain):
            if suffix and any(n == suffix or n.endswith("." + suffix) for n in names):
                return True
    return False


def parse_url(url: str) -> httpx.URL:
    """Parse and normalise ``url``, checking length, characters, scheme and userinfo."""
    if len(url) > MAX_URL_LENGTH:
        raise FetchFailure("invalid_url", f"URL longer than {MAX_URL_LENGTH} characters")
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in url):
        raise FetchFailure("invalid_url", "URL contains spaces or control characters")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchFailure("invalid_url", f"unparsable URL: {exc}") from exc
    if parsed.scheme not in ALLOWED_SCHEMES:
        raise FetchFailure("blocked_scheme", f"scheme {parsed.scheme or '(none)'!r} is not http(s)")
    if not parsed.host:
        raise FetchFailure("invalid_url", "URL has no host")
    if parsed.userinfo:
        raise FetchFailure("invalid_url", "credentials in URLs are refused")
    # Normalised so that spellings of one URL share a cache entry and a single fetch.
    parsed = parsed.copy_with(fragment=None, path=parsed.path or "/")
    if parsed.port == _DEFAULT_PORTS[parsed.scheme]:
        parsed = parsed.copy_with(port=None)
    return parsed


def check_url(
    url: httpx.URL,
    *,
    allow_private: bool,
    allow_domains: tuple[str, ...] = (),
    deny_domains: tuple[str, ...] = (),
) -> None:
    """Apply the domain lists, the host rules (with ``allow_private``, only those for
    link-local and metadata hosts) and, unless ``allow_private``, the port rule."""
    host = url.host
    if deny_domains and domain_matches(host, deny_domains):
        raise FetchFailure("blocked_domain", f"{host} is on the deny list")
    if allow_domains and not domain_matches(host, allow_domains):
        raise FetchFailure("blocked_domain", f"{host} is not on the allow list")
    check_host(host, allow_private=allow_private)
    if allow_private:
        return
    port = url.port or _DEFAULT_PORTS[url.scheme]
    if port not in ALLOWED_PORTS:
        raise FetchFailure("blocked_port", f"port {port} is not a web port")


async def system_resolve(host: str, port: int) -> list[str]:
    """Resolve ``host`` with the OS resolver; every address, first preference first."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
        )
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchFailure("dns_error", f"cannot resolve {host}: {exc}") from exc
    addresses: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        address = str(sockaddr[0])
        if address not in addresses:
            addresses.append(address)
    return addresses
