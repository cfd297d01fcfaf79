"""robots.txt per RFC 9309, parsed with Protego, fetched once per origin per run.

Fetch outcomes (RFC 9309 section 2.3.1): 2xx is parsed (the first 512 KiB); 4xx
other than 429 means no rules; 429, 5xx and network errors mean "disallow
everything" for this run, reported as ``robots_unreachable``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx
from protego import Protego

from factcheck.sources.fetch.cache import CacheEntry, EntryStore
from factcheck.sources.fetch.failure import FetchFailure

MAX_ROBOTS_BYTES = 512 * 1024
ROBOTS_TTL = 24 * 3600.0
# Matched against robots.txt User-agent lines (the product token of our User-Agent).
PRODUCT_TOKEN = "factcheck"
_CACHE_NAMESPACE = "robots"
# RFC 9309 2.3.1.2: a robots.txt not reached within five redirects is "unavailable",
# which means no rules, like a 4xx.
_NO_FILE = frozenset({"too_many_redirects", "redirect_loop"})
# Addresses and names the policy refused stay refused: they are not "unreachable".
_PASS_THROUGH = frozenset(
    {"blocked_address", "blocked_port", "blocked_domain", "blocked_scheme", "invalid_url"}
)


@dataclass(frozen=True)
class RobotsResponse:
    """What fetching /robots.txt returned: the final status and (for 2xx) the body."""

    status: int
    body: bytes
    final_url: str


RobotsFetcher = Callable[[httpx.URL], Awaitable[RobotsResponse]]


@dataclass(frozen=True)
class _Rules:
    parser: Protego | None  # None: no rules, everything allowed
    unreachable: str | None = None  # set: everything disallowed, with this reason


class RobotsChecker:
    """Answers "may this URL be fetched?" for the run, one robots.txt fetch per origin."""

    def __init__(
        self, fetch: RobotsFetcher, cache: EntryStore | None, *, use_cached: bool = True
    ) -> None:
        self._fetch = fetch
        self._cache = cache
        self._use_cached = use_cached
        self._rules: dict[str, asyncio.Task[_Rules]] = {}

    async def check(self, url: httpx.URL) -> float | None:
        """Raise ``robots_disallowed``/``robots_unreachable`` or return the Crawl-delay."""
        origin = str(url.copy_with(path="/robots.txt", query=None, fragment=None))
        task = self._rules.get(origin)
        if task is None:
            task = asyncio.ensure_future(self._load(httpx.URL(origin)))
            self._rules[origin] = task
        # shield: a caller hitting its own deadline must not cancel the shared fetch.
        rules = await asyncio.shield(task)
        if rules.unreachable is not None:
            raise FetchFailure("robots_unreachable", rules.unreachable)
        if rules.parser is None:
            return None
        if not rules.parser.can_fetch(str(url), PRODUCT_TOKEN):
            raise FetchFailure(
                "robots_disallowed", f"{origin} disallows {url.raw_path.decode('ascii', 'replace')}"
            )
        return rules.parser.crawl_delay(PRODUCT_TOKEN)

    async def aclose(self) -> None:
        """Cancel robots.txt fetches nobody waits for any more (after a deadline)."""
        pending = [task for task in self._rules.values() if not task.done()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def _load(self, robots_url: httpx.URL) -> _Rules:
        key = str(robots_url)
        if self._cache is not None and self._use_cached:
            entry = self._cache.get(_CACHE_NAMESPACE, key, ttl=ROBOTS_TTL)
            if entry is not None:
                return _parse(entry.body)
        try:
            response = await self._fetch(robots_url)
        except FetchFailure as failure:
            if failure.code in _PASS_THROUGH:
                raise
            if failure.code in _NO_FILE:
                return _Rules(None)
            return _Rules(
                None, f"robots.txt could not be fetched ({failure.code}: {failure.detail})"
            )
        if 200 <= response.status < 300:
            if self._cache is not None:
                now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                self._cache.put(
                    _CACHE_NAMESPACE,
                    CacheEntry(
                        url=key,
                        final_url=response.final_url,
                        status=response.status,
                        fetched_at=now,
                        body=response.body,
                    ),
                )
            return _parse(response.body)
        if response.status == 429 or response.status >= 500:
            return _Rules(None, f"robots.txt answered HTTP {response.status}")
        # 4xx, or redirects that never ended: the site has no usable rules.
        return _Rules(None)


def _parse(body: bytes) -> _Rules:
    text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
    return _Rules(Protego.parse(text))
