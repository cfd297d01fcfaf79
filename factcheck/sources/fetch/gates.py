"""Politeness and concurrency: a global limit and a per-host limit with a delay.

A request first takes a slot of its host (``per_host`` at a time, and not before
the host's randomised delay since its previous request has passed), then one of
the ``concurrency`` global slots. Waiting for a busy host therefore holds no
global slot, so other hosts keep going. A host given up on (:meth:`Gates.close`) fails
every request still waiting for it at once, without its delay.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from factcheck.sources.fetch.failure import FetchFailure


class _Host:
    def __init__(self, per_host: int, delay: float) -> None:
        self.slots = asyncio.Semaphore(per_host)
        self.delay = delay
        self.last_end: float | None = None
        self.jitter = 1.0
        self.closed: str | None = None  # why the host was given up on


class Gates:
    """Slots for requests: ``concurrency`` in all, ``per_host`` for each host."""

    def __init__(self, concurrency: int, per_host: int, delay: float) -> None:
        self._global = asyncio.Semaphore(max(1, concurrency))
        self._per_host = max(1, per_host)
        self._delay = max(0.0, delay)
        self._hosts: dict[str, _Host] = {}

    def _host(self, host: str) -> _Host:
        gate = self._hosts.get(host)
        if gate is None:
            gate = self._hosts[host] = _Host(self._per_host, self._delay)
        return gate

    def slow_down(self, host: str, delay: float) -> None:
        """Make the delay between requests to ``host`` at least ``delay`` seconds."""
        gate = self._host(host)
        gate.delay = max(gate.delay, delay)

    def close(self, host: str, reason: str) -> None:
        """Give up on ``host``: its waiting and later requests raise ``host_unresponsive``."""
        self._host(host).closed = reason

    @staticmethod
    def _check_open(gate: _Host) -> None:
        if gate.closed is not None:
            raise FetchFailure("host_unresponsive", gate.closed)

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        """Hold a slot of ``host`` and a global slot for one request; raise
        ``host_unresponsive`` instead once the host has been closed."""
        gate = self._host(host)
        loop = asyncio.get_running_loop()
        self._check_open(gate)
        async with gate.slots:
            self._check_open(gate)
            if gate.last_end is not None:
                # Read the delay now, not at release: a Crawl-delay learnt from
                # robots.txt in between applies to the very next request.
                wait = gate.last_end + gate.delay * gate.jitter - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                    self._check_open(gate)
            try:
                async with self._global:
                    yield
            finally:
                gate.last_end = loop.time()
                # Randomised 0.5-1.5x, as Scrapy does, so requests do not fall into lockstep.
                gate.jitter = random.uniform(0.5, 1.5)
