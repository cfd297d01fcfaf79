"""Decompression bombs: peak memory stays under twice the decoded cap.

Each case runs the fetcher in a subprocess and compares its peak RSS (ru_maxrss)
after a warm-up fetch with its peak after the bomb; tracemalloc would miss the C
buffers that zlib and Brotli allocate.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from faultserver import LOOPBACK, FaultServer

from factcheck.sources.fetch.decode import HAS_BROTLI
from factcheck.sources.fetch.types import MiB

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)

CAP = 10 * MiB
REPO = Path(__file__).resolve().parents[2]

CHILD = """
import json, resource, sys
from factcheck.sources.fetch import FetchOptions, fetch_all

options = FetchOptions(
    allow_private=True, host_delay=0, use_cache=False, obey_robots=False, retries=0,
    max_decoded_bytes=int(sys.argv[3]),
)
fetch_all([sys.argv[1]], options)  # warm-up: imports, TLS context, event loop
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
[result] = fetch_all([sys.argv[2]], options)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"growth_kib": after - before, "error": result.error, "status": result.status}))
"""


def measure(server: FaultServer, path: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, server.url("/ok"), server.url(path), str(CAP)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    outcome: dict[str, Any] = json.loads(done.stdout)
    return outcome


def test_gzip_bomb_memory_is_bounded(server: FaultServer) -> None:
    outcome = measure(server, "/gzip-bomb")
    assert outcome["error"] == "too_large"
    assert outcome["growth_kib"] < 2 * CAP / 1024, outcome


@pytest.mark.skipif(not HAS_BROTLI, reason="brotli >= 1.2 is not installed")
def test_brotli_bomb_memory_is_bounded(server: FaultServer) -> None:
    outcome = measure(server, "/br-bomb")
    assert outcome["error"] == "too_large"
    assert outcome["growth_kib"] < 2 * CAP / 1024, outcome


def test_redirect_body_bomb_is_never_read(server: FaultServer) -> None:
    outcome = measure(server, "/redirect-bomb")
    assert outcome["error"] is None
    assert outcome["status"] == 200
    assert outcome["growth_kib"] < 2 * CAP / 1024, outcome
