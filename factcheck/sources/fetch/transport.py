"""The httpx transport: safe connects and a cap on the bytes read from the wire.

The address policy runs inside httpcore's network backend, at connect time: the
host is resolved once, every address is checked, and the socket is opened to a
checked address. There is no second lookup that a rebinding DNS server could
answer differently, and TLS still uses the host name for SNI and certificate
checks because httpcore passes the origin's name to ``start_tls``.

:class:`SafeTransport` subclasses ``httpx.AsyncHTTPTransport`` without
overriding ``handle_async_request``, so VCR.py's class-level patch answers from
a cassette before any of this runs.
"""

from __future__ import annotations

import asyncio
import functools
import ssl
import typing
from collections.abc import AsyncIterable, AsyncIterator

import httpcore
import httpx

from factcheck.sources.fetch import policy
from factcheck.sources.fetch.failure import FetchFailure


class SafeBackend(httpcore.AsyncNetworkBackend):
    """Resolves, applies the address policy, then connects to a checked address."""

    def __init__(
        self,
        *,
        allow_private: bool,
        resolver: policy.Resolver,
        dns_timeout: float,
        dialer: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self._allow_private = allow_private
        self._resolver = resolver
        self._dns_timeout = dns_timeout
        self._dialer = dialer or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Connect to ``host`` only through addresses the policy accepts."""
        policy.check_host(host, allow_private=self._allow_private)
        try:
            addresses = await asyncio.wait_for(self._resolver(host, port), self._dns_timeout)
        except TimeoutError as exc:
            raise FetchFailure(
                "dns_error", f"resolving {host} took over {self._dns_timeout:g} s"
            ) from exc
        if not addresses:
            raise FetchFailure("dns_error", f"{host} has no address")
        # Refuse if any answer is refused: a mixed answer is a rebinding attempt. With
        # allow_private, link-local and metadata addresses are still refused.
        for address in addresses:
            policy.check_address(address, allow_private=self._allow_private)
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self._dialer.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        assert last_error is not None
        raise last_error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Never used: sources are reached over TCP only."""
        raise FetchFailure("blocked_address", "unix sockets are not sources")

    async def sleep(self, seconds: float) -> None:
        """Sleep on the running event loop."""
        await asyncio.sleep(seconds)


class _CappedStream:
    """A response body stream that fails once more than ``limit`` bytes arrive."""

    def __init__(self, stream: AsyncIterable[bytes], limit: int) -> None:
        self._stream = stream
        self._limit = limit

    async def __aiter__(self) -> AsyncIterator[bytes]:
        seen = 0
        async for chunk in self._stream:
            seen += len(chunk)
            if seen > self._limit:
                raise FetchFailure("too_large", f"more than {self._limit} bytes on the wire")
            yield chunk

    async def aclose(self) -> None:
        closer = getattr(self._stream, "aclose", None)
        if closer is not None:
            await closer()


class _CappedPool(httpcore.AsyncConnectionPool):
    """A connection pool whose response streams stop at the wire cap.

    The cap lives here rather than in the reader so it also bounds memory when
    VCR.py records, since the recorder reads the whole body before the fetcher does.
    """

    def __init__(self, *, max_wire_bytes: int, **kwargs: typing.Any) -> None:
        super().__init__(**kwargs)
        self._max_wire_bytes = max_wire_bytes

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        response = await super().handle_async_request(request)
        # An async pool's responses stream asynchronously; httpcore types both kinds alike.
        assert isinstance(response.stream, AsyncIterable)
        response.stream = _CappedStream(response.stream, self._max_wire_bytes)
        return response


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One TLS context for the process: loading the CA bundle takes about 30 ms, and a
    run makes a transport for each phase that fetches (sources, then search results)."""
    # trust_env=False: SSL_CERT_FILE and friends from a CI environment are never used.
    return httpx.create_ssl_context(verify=True, trust_env=False)


def trusting_nobody() -> ssl.SSLContext:
    """A TLS context with no certificate authority at all, so no handshake can succeed:
    for replaying a cassette, which answers every request before a connection is made.
    It costs nothing to make, where loading the CA bundle takes about 30 ms."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class SafeTransport(httpx.AsyncHTTPTransport):
    """``httpx.AsyncHTTPTransport`` over :class:`SafeBackend`, HTTP/1.1 only, no retries."""

    def __init__(
        self,
        *,
        allow_private: bool,
        resolver: policy.Resolver,
        dns_timeout: float,
        max_connections: int,
        max_wire_bytes: int,
        dialer: httpcore.AsyncNetworkBackend | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if ssl_context is None:
            ssl_context = _ssl_context()
        super().__init__(verify=ssl_context, trust_env=False, http1=True, http2=False)
        self._pool = _CappedPool(
            max_wire_bytes=max_wire_bytes,
            ssl_context=ssl_context,
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=5.0,
            http1=True,
            http2=False,
            retries=0,
            network_backend=SafeBackend(
                allow_private=allow_private,
                resolver=resolver,
                dns_timeout=dns_timeout,
                dialer=dialer,
            ),
        )
