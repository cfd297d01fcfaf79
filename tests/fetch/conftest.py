"""Fixtures for the fetcher's tests: the fault server and options fit for loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

# tests/ is on sys.path (pytest inserts the folder above the "fetch" test package),
# and the fault server lives there so that other suites can use it too.
from faultserver import FaultServer

from factcheck.sources.fetch import FetchOptions


@pytest.fixture
def server() -> Iterator[FaultServer]:
    """A fresh fault server on 127.0.0.1 for one test."""
    with FaultServer() as fault_server:
        yield fault_server


@pytest.fixture
def options(tmp_path: Path) -> FetchOptions:
    """Options for talking to the loopback server quickly, with a private cache."""
    return FetchOptions(
        allow_private=True,
        host_delay=0,
        cache_dir=tmp_path / "cache",
        connect_timeout=2.0,
        read_timeout=2.0,
        attempt_deadline=5.0,
        url_deadline=10.0,
        retry_backoff=0.05,
    )
