"""Orchestration: one :class:`~factcheck.sources.fetch.types.Fetched` per request.

For each unique URL: cache lookup, then (per hop of a hand-followed redirect
chain) URL policy, robots.txt, a politeness slot, one attempt with its own
deadline, retries with backoff, and finally content checks and decoding. Every
source problem becomes a ``Fetched`` with ``error`` set; nothing raises out.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import datetime as dt
import email.utils
import hashlib
import logging
import random
import ssl
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

import httpcore
import httpx
from vcr.errors import CannotOverwriteExistingCassetteException

from factcheck import __version__
from factcheck.cachedir import default_cache_dir
from factcheck.sources.fetch import content, policy
from factcheck.sources.fetch.cache import CacheEntry, DiskCache, EntryStore
from factcheck.sources.fetch.cassette import cassette_context
from factcheck.sources.fetch.decode import BoundedDecoder, accept_encoding
from factcheck.sources.fetch.failure import FetchFailure
from factcheck.sources.fetch.gates import Gates
from factcheck.sources.fetch.robots import MAX_ROBOTS_BYTES, RobotsChecker, RobotsResponse
from factcheck.sources.fetch.transport import SafeTransport, trusting_nobody
from factcheck.sources.fetch.types import Fetched, FetchOptions, FetchRequest

log = logging.getLogger(__name__)

PROJECT_URL = "https://github.com/factcheck-dev/factcheck"
DEFAULT_USER_AGENT = f"factcheck/{__version__} (+{PROJECT_URL})"

Kind = Literal["page", "api"]
Purpose = Literal["page", "api", "robots"]  # what a single request is for
Progress = Callable[[int, int, str], object]

_ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
    "api": "application/json,text/plain;q=0.5,*/*;q=0.1",
    "robots": "text/plain,*/*;q=0.1",
}
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 522, 524})
# A reset or a cut-short body is the server's own answer, reported at once: every request
# has a connection of its own (see _exchange), so a reset is never a stale keep-alive
# connection that a retry on a fresh one would cure.
_RETRY_CODES = frozenset({"timeout", "connection_refused"})
# A host that has timed out or refused a connection this many times in a run is given up:
# its remaining URLs fail at once as ``host_unresponsive``. One failure can be bad luck
# (and is retried); a second, on another request, means every further URL would cost a
# full timeout too, one after another, as requests to a host are taken in turn.
HOST_STRIKES = 2
_STRIKE_CODES = frozenset({"timeout", "connection_refused"})
_MAX_BACKOFF = 30.0
_MAX_CRAWL_DELAY = 10.0
_ROBOTS_REDIRECTS = 5


# Answers that say the address names no page.
_NOT_THERE = frozenset({"http_404", "http_410"})
# Punctuation that ends a sentence or clause, typed after an address by mistake.
_SENTENCE_ENDS = (".", ",", ";", ":", "!", "?")


@dataclass(frozen=True)
class _Response:
    """One HTTP exchange: status and headers, the decoded body for 2xx, the target for 3xx."""

    url: httpx.URL
    status: int
    headers: httpx.Headers
    body: bytes | None = None
    location: httpx.URL | None = None


@dataclass(frozen=True)
class _Chain:
    """The end of a redirect chain."""

    response: _Response
    visited: tuple[str, ...]


class _Budget:
    """A URL's time budget; its clock starts when its first request gets a slot."""

    def __init__(self, scope: asyncio.Timeout, seconds: float, run_end: float | None) -> None:
        self._scope = scope
        self._seconds = seconds
        self._run_end = run_end
        self._started = False

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._scope.reschedule(asyncio.get_running_loop().time() + self._seconds)

    def remaining(self) -> float | None:
        ends = [t for t in (self._scope.when(), self._run_end) if t is not None]
        return min(ends) - asyncio.get_running_loop().time() if ends else None


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_http_date(value: str) -> dt.datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _http_date_iso(value: str | None) -> str | None:
    when = _parse_http_date(value) if value else None
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if when else None


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = _parse_http_date(value)
    if when is None:
        return None
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def classify(exc: Exception) -> FetchFailure:
    """Map an httpx/httpcore/OS exception to an error code and a short detail."""
    chain = _causes(exc)
    text = str(exc) or type(exc).__name__
    if any(isinstance(e, ssl.SSLError | ssl.CertificateError) for e in chain):
        return FetchFailure("tls_error", text)
    if isinstance(exc, httpx.TimeoutException):
        what = {
            httpx.ConnectTimeout: "connecting",
            httpx.ReadTimeout: "waiting for data",
            httpx.WriteTimeout: "sending the request",
        }.get(type(exc), "waiting for a connection")
        return FetchFailure("timeout", f"timed out {what}")
    if any(isinstance(e, ConnectionRefusedError) for e in chain):
        return FetchFailure("connection_refused", "connection refused")
    if any(isinstance(e, ConnectionResetError | BrokenPipeError) for e in chain):
        return FetchFailure("connection_reset", "connection reset by the server")
    if isinstance(exc, httpx.RemoteProtocolError | httpcore.RemoteProtocolError):
        if "without sending complete message body" in text or "incomplete chunked read" in text:
            return FetchFailure("truncated", text)
        if "disconnected without sending a response" in text:
            return FetchFailure("connection_reset", text)
        return FetchFailure("protocol_error", text)
    if isinstance(exc, httpx.ConnectError):
        return FetchFailure("connection_refused", f"cannot connect: {text}")
    if isinstance(exc, httpx.ReadError | httpx.WriteError):
        return FetchFailure("connection_reset", text)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return FetchFailure("blocked_scheme", text)
    return FetchFailure("protocol_error", f"{type(exc).__name__}: {text}")


class Fetcher:
    """Fetches sources under one :class:`FetchOptions`.

    ``resolver`` and ``dialer`` replace DNS resolution and socket connection (the
    address policy still runs between them); tests use them to stand a public
    name in front of a loopback server. ``cache`` replaces the evidence cache folder of
    the options (the batch runner passes a store shared by its workers).
    """

    def __init__(
        self,
        options: FetchOptions,
        *,
        resolver: policy.Resolver | None = None,
        dialer: httpcore.AsyncNetworkBackend | None = None,
        cache: EntryStore | None = None,
    ) -> None:
        self.options = options
        self._resolver = resolver or policy.system_resolve
        self._dialer = dialer
        self._replaying = options.replay is not None
        self._user_agent = options.user_agent or DEFAULT_USER_AGENT
        self._cache: EntryStore | None = None
        if options.use_cache and cache is not None:
            self._cache = cache
        elif options.use_cache:
            self._cache = DiskCache(
                options.cache_dir or default_cache_dir(),
                options.cache_ttl,
                options.max_decoded_bytes,
            )

    def fetch_all(
        self, requests: Sequence[FetchRequest | str], progress: Progress | None = None
    ) -> list[Fetched]:
        """Fetch every request; one result per request, in order."""
        keyed: list[tuple[str, FetchRequest, httpx.URL | FetchFailure]] = []
        for item in requests:
            request = FetchRequest(item) if isinstance(item, str) else item
            try:
                parsed: httpx.URL | FetchFailure = policy.parse_url(request.url)
                key = f"{request.kind} {parsed}"
            except FetchFailure as failure:
                parsed = failure
                key = f"invalid {request.url}"
            keyed.append((key, request, parsed))
        unique: dict[str, tuple[FetchRequest, httpx.URL | FetchFailure]] = {}
        for key, request, parsed in keyed:
            unique.setdefault(key, (request, parsed))
        with cassette_context(self.options.replay, self.options.record):
            results = _run_sync(self._run(unique, progress))
        return [replace(results[key], url=request.url) for key, request, _ in keyed]

    async def _run(
        self,
        unique: dict[str, tuple[FetchRequest, httpx.URL | FetchFailure]],
        progress: Progress | None,
    ) -> dict[str, Fetched]:
        options = self.options
        loop = asyncio.get_running_loop()
        self._run_end = loop.time() + options.deadline if options.deadline is not None else None
        self._gates = Gates(
            options.concurrency, options.per_host, 0.0 if self._replaying else options.host_delay
        )
        self._strikes: dict[str, int] = {}
        transport = SafeTransport(
            allow_private=options.allow_private,
            resolver=self._resolver,
            dns_timeout=options.connect_timeout,
            max_connections=max(1, options.concurrency) + 2,
            max_wire_bytes=options.max_wire_bytes,
            dialer=self._dialer,
            ssl_context=trusting_nobody() if self._replaying else None,
        )
        self._timeouts = httpx.Timeout(
            connect=options.connect_timeout,
            read=options.read_timeout,
            write=options.read_timeout,
            pool=options.connect_timeout,
        ).as_dict()
        # The transport is used directly, without httpx.Client: the client would build
        # (and choke on) redirect requests, and keep cookies, neither of which we want.
        async with transport:
            self._transport = transport
            self._robots = RobotsChecker(
                self._fetch_robots, self._cache, use_cached=not options.refresh
            )

            async def one(
                key: str, request: FetchRequest, parsed: httpx.URL | FetchFailure
            ) -> tuple[str, Fetched]:
                return key, await self._fetch_source(request, parsed)

            tasks = [asyncio.create_task(one(key, *value)) for key, value in unique.items()]
            results: dict[str, Fetched] = {}
            try:
                for done, next_result in enumerate(asyncio.as_completed(tasks), start=1):
                    key, fetched = await next_result
                    results[key] = fetched
                    if progress is not None:
                        progress(done, len(tasks), fetched.url)
            finally:
                await self._robots.aclose()
        return results

    async def _fetch_source(
        self, request: FetchRequest, parsed: httpx.URL | FetchFailure
    ) -> Fetched:
        fetched = await self._fetch_parsed(request, parsed)
        if fetched.error not in _NOT_THERE or isinstance(parsed, FetchFailure):
            return fetched
        # A full stop or comma typed after an address inside a link's brackets ("(.../a.html.)",
        # "[1]: .../a.html.") is the sentence's, not the address's; an address may end in
        # a full stop, so the address as written is asked for first.
        path = parsed.path
        if parsed.query or parsed.fragment or not path.endswith(_SENTENCE_ENDS):
            return fetched
        shorter = await self._fetch_parsed(
            request, parsed.copy_with(path=path.rstrip("".join(_SENTENCE_ENDS)))
        )
        return shorter if shorter.error is None else fetched

    async def _fetch_parsed(
        self, request: FetchRequest, parsed: httpx.URL | FetchFailure
    ) -> Fetched:
        if isinstance(parsed, FetchFailure):
            return Fetched(url=request.url, error=parsed.code, detail=parsed.detail)
        url = str(parsed)
        options = self.options
        cached = self._from_cache(url, parsed.host, request.kind)
        if cached is not None:
            return cached
        if options.offline and not self._replaying:
            return Fetched(url=url, error="offline_miss", detail="not in the cache and offline")
        try:
            async with asyncio.timeout_at(self._run_end):
                return await self._fetch_live(url, parsed, request.kind)
        except TimeoutError:
            return Fetched(url=url, error="deadline", detail="the run's deadline passed first")
        except FetchFailure as failure:
            return Fetched(url=url, error=failure.code, detail=failure.detail)
        except CannotOverwriteExistingCassetteException:
            return Fetched(
                url=url, error="not_in_cassette", detail="the cassette has no response for it"
            )
        except Exception as exc:
            # Last resort so that one source's surprise never ends the run.
            log.debug("unexpected error fetching %s", url, exc_info=True)
            classified = classify(exc)
            return Fetched(url=url, error=classified.code, detail=classified.detail)

    def _from_cache(self, url: str, host: str, kind: Kind) -> Fetched | None:
        options = self.options
        if (
            self._cache is None
            or options.record is not None
            or (self._replaying and not options.offline)
        ):
            return None
        if options.refresh and not options.offline:
            return None
        entry = self._cache.get(kind, url, stale_ok=options.offline)
        if entry is None:
            return None
        # A local page cached by an earlier run is asked for again (and its entry
        # renewed): it may be another server's page at a reused port, or an old state
        # of a preview. Within one run, and offline, the entry stands.
        if (
            options.recheck_local
            and not options.offline
            and entry.stored_at < options.started
            and policy.names_local_host(host)
        ):
            return None
        try:
            decoded = content.decode_text(entry.body, entry.headers.get("content-type"), kind)
        except FetchFailure:
            return None
        return Fetched(
            url=url,
            final_url=entry.final_url,
            status=entry.status,
            fetched_at=entry.fetched_at,
            sha256=hashlib.sha256(entry.body).hexdigest(),
            content_type=decoded.media_type,
            charset=decoded.charset,
            body=entry.body,
            text=decoded.text,
            from_cache=True,
            redirects=entry.redirects,
        )

    async def _fetch_live(self, url: str, parsed: httpx.URL, kind: Kind) -> Fetched:
        options = self.options
        try:
            async with asyncio.timeout(None) as scope:
                budget = _Budget(scope, options.url_deadline, self._run_end)
                chain = await self._follow(parsed, kind, budget)
        except TimeoutError:
            raise FetchFailure(
                "deadline", f"no complete response within {options.url_deadline:g} s"
            ) from None
        response = chain.response
        final_url = str(response.url)
        base = Fetched(
            url=url, final_url=final_url, status=response.status, redirects=chain.visited
        )
        if response.status == 429:
            return replace(base, error="rate_limited", detail="HTTP 429 Too Many Requests")
        if not 200 <= response.status < 300:
            return replace(base, error=f"http_{response.status}", detail=f"HTTP {response.status}")
        body = response.body or b""
        mtype, _ = content.media_type(response.headers.get("content-type"))
        try:
            decoded = content.decode_text(body, response.headers.get("content-type"), kind)
        except FetchFailure as failure:
            return replace(base, content_type=mtype, error=failure.code, detail=failure.detail)
        fetched_at = (
            _http_date_iso(response.headers.get("date")) if self._replaying else None
        ) or _now_iso()
        if self._cache is not None and not self._replaying:
            self._cache.put(
                kind,
                CacheEntry(
                    url=url,
                    final_url=final_url,
                    status=response.status,
                    fetched_at=fetched_at,
                    body=body,
                    headers=dict(response.headers),
                    redirects=chain.visited,
                ),
            )
        return replace(
            base,
            fetched_at=fetched_at,
            sha256=hashlib.sha256(body).hexdigest(),
            content_type=decoded.media_type,
            charset=decoded.charset,
            body=body,
            text=decoded.text,
        )

    async def _follow(self, url: httpx.URL, kind: Purpose, budget: _Budget) -> _Chain:
        """Follow redirects by hand, checking every hop; 3xx bodies are never read."""
        options = self.options
        max_redirects = _ROBOTS_REDIRECTS if kind == "robots" else options.max_redirects
        visited: list[str] = []
        current = url
        while True:
            policy.check_url(
                current,
                allow_private=options.allow_private,
                allow_domains=options.allow_domains,
                deny_domains=options.deny_domains,
            )
            if kind == "page" and options.obey_robots and not self._replaying:
                crawl_delay = await self._robots.check(current)
                if crawl_delay:
                    self._gates.slow_down(current.host, min(float(crawl_delay), _MAX_CRAWL_DELAY))
            response = await self._with_retries(current, kind, budget)
            if response.location is None:
                return _Chain(response, tuple(visited))
            visited.append(str(current))
            target = response.location
            if str(target) in visited:
                raise FetchFailure("redirect_loop", f"{current} redirects back to {target}")
            if len(visited) > max_redirects:
                raise FetchFailure("too_many_redirects", f"more than {max_redirects} redirects")
            current = target

    async def _with_retries(self, url: httpx.URL, kind: Purpose, budget: _Budget) -> _Response:
        options = self.options
        attempt = 0
        previous: FetchFailure | None = None
        while True:
            last = attempt >= options.retries
            failure: FetchFailure | None = None
            try:
                response = await self._attempt(url, kind, budget)
            except FetchFailure as exc:
                if exc.code == "host_unresponsive" and previous is not None:
                    raise previous from None  # this URL's own failure says more
                if exc.code not in _RETRY_CODES or last:
                    raise
                failure = previous = exc
                wait = self._backoff(attempt)
            else:
                if response.status not in _RETRY_STATUSES:
                    return response
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                if retry_after is not None and retry_after > options.retry_after_cap:
                    raise FetchFailure(
                        "rate_limited",
                        f"HTTP {response.status} asks to retry after {retry_after:g} s"
                        f" (cap {options.retry_after_cap:g} s)",
                    )
                if last:
                    return response
                wait = max(retry_after or 0.0, self._backoff(attempt))
            remaining = budget.remaining()
            if remaining is not None and wait >= remaining:
                if failure is not None:
                    raise failure
                if response.status == 429:
                    raise FetchFailure("rate_limited", "HTTP 429; retrying would pass the deadline")
                return response
            if not self._replaying:
                await asyncio.sleep(wait)
            attempt += 1

    def _backoff(self, attempt: int) -> float:
        return min(_MAX_BACKOFF, self.options.retry_backoff * 2.0**attempt) * random.uniform(
            0.5, 1.5
        )

    async def _attempt(self, url: httpx.URL, kind: Purpose, budget: _Budget) -> _Response:
        deadline = self.options.attempt_deadline
        async with self._gates.slot(url.host):
            budget.start()
            try:
                async with asyncio.timeout(deadline):
                    return await self._exchange(url, kind)
            except TimeoutError:
                failure = FetchFailure("timeout", f"no complete response within {deadline:g} s")
                self._strike(url.host, failure)
                raise failure from None
            except FetchFailure as failure:
                self._strike(url.host, failure)
                raise

    def _strike(self, host: str, failure: FetchFailure) -> None:
        """Count a timeout or refusal against ``host``; at HOST_STRIKES, give it up."""
        if failure.code not in _STRIKE_CODES:
            return
        strikes = self._strikes[host] = self._strikes.get(host, 0) + 1
        if strikes >= HOST_STRIKES:
            self._gates.close(
                host,
                f"{host} failed {strikes} times this run ({failure.code}: {failure.detail})",
            )

    async def _exchange(self, url: httpx.URL, kind: Purpose) -> _Response:
        headers = {
            "User-Agent": self._user_agent,
            "Accept": _ACCEPT[kind],
            "Accept-Encoding": accept_encoding(),
            # One request per connection. On a kept-alive connection a server that has
            # given up on a response but not on the connection (Python's http.server
            # closing its socket while its reader still holds it, then waiting for the
            # next request) leaves us waiting out the read timeout on every retry; asked
            # to close, it closes when its handler ends, so a reset or a short body shows
            # at once. Requests to one host are a second apart anyway (host_delay).
            "Connection": "close",
        }
        request = httpx.Request("GET", url, headers=headers, extensions={"timeout": self._timeouts})
        try:
            response = await self._transport.handle_async_request(request)
        except httpx.HTTPError as exc:
            raise classify(exc) from exc
        response.request = request
        try:
            status = response.status_code
            location = response.headers.get("location")
            if status in _REDIRECT_STATUSES and location:
                try:
                    target = policy.parse_url(str(url.join(location)))
                except (httpx.InvalidURL, ValueError) as exc:
                    raise FetchFailure("invalid_url", f"bad redirect target {location!r}") from exc
                return _Response(url, status, response.headers, location=target)
            body = await self._read_body(response, kind) if 200 <= status < 300 else None
            return _Response(url, status, response.headers, body=body)
        except httpx.HTTPError as exc:
            raise classify(exc) from exc
        finally:
            with contextlib.suppress(httpx.HTTPError, OSError):
                await response.aclose()

    async def _read_body(self, response: httpx.Response, kind: Purpose) -> bytes:
        options = self.options
        robots = kind == "robots"
        length = response.headers.get("content-length", "")
        if not robots and length.isdigit() and int(length) > options.max_wire_bytes:
            raise FetchFailure(
                "too_large", f"Content-Length {length} is over {options.max_wire_bytes} bytes"
            )
        limit = MAX_ROBOTS_BYTES if robots else options.max_decoded_bytes
        decoder = BoundedDecoder(response.headers.get("content-encoding"), limit, truncate=robots)
        wire = 0
        async for chunk in response.aiter_raw():
            wire += len(chunk)
            if wire > options.max_wire_bytes:
                raise FetchFailure(
                    "too_large", f"more than {options.max_wire_bytes} bytes on the wire"
                )
            decoder.feed(chunk)
            if decoder.full:
                break
        return decoder.finish()

    async def _fetch_robots(self, url: httpx.URL) -> RobotsResponse:
        try:
            async with asyncio.timeout(None) as scope:
                budget = _Budget(scope, self.options.url_deadline, self._run_end)
                chain = await self._follow(url, "robots", budget)
        except TimeoutError:
            raise FetchFailure(
                "deadline", f"no robots.txt within {self.options.url_deadline:g} s"
            ) from None
        response = chain.response
        return RobotsResponse(
            status=response.status, body=response.body or b"", final_url=str(response.url)
        )


def _run_sync(coro: Coroutine[Any, Any, dict[str, Fetched]]) -> dict[str, Fetched]:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    # Called from inside an event loop (a notebook, an async app): run on a thread.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def fetch_all(
    requests: Sequence[FetchRequest | str],
    options: FetchOptions,
    *,
    progress: Progress | None = None,
    cache: EntryStore | None = None,
) -> list[Fetched]:
    """Fetch ``requests`` under ``options``; one :class:`Fetched` per request, in order.

    Duplicate URLs are fetched once. ``progress(done, total, url)`` is called as each
    unique source finishes. Source problems never raise: they are ``Fetched.error``.
    Raises :class:`factcheck.errors.UsageError` only for unusable options (both
    ``replay`` and ``record``, or a replay cassette that does not exist). ``cache``, if
    given, is used instead of the cache folder of ``options``.
    """
    return Fetcher(options, cache=cache).fetch_all(requests, progress)
