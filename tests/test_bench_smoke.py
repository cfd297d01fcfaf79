"""bench/run.py on tiny loads: every benchmark runs, every figure comes out, and the
ones that hold whatever the machine (a warm cache makes no request) hold."""

from __future__ import annotations

import importlib
import json
import math
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import LOOPBACK

BENCH = Path(__file__).resolve().parents[1] / "bench"
# The benchmarks listen on 127.0.0.1 ... 127.0.0.50 (pytest-recording matches regexes);
# the test blocks every other host, so it also shows that nothing else is reached.
ALL_LOOPBACK = [*LOOPBACK, r"127\.0\.0\.\d+$"]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        return importlib.import_module("run")
    finally:
        sys.path.remove(str(BENCH))


TINY = {
    "seed_runs": 1,
    "match_copies": 1,
    "match_pages": 4,
    "fetch_hosts": 4,
    "scales": (1, 2),
    "memory_sources": 8,
    "extraction_size": 20_000,
    "large_size": 150_000,
    "startup_runs": 1,
}


# Every benchmark runs, some in subprocesses: about half a minute on an idle two-core
# machine, but over the suite's 120 s default when the machine is shared.
# The test's cache holds what a first run derives from the rules (warm_rules), as a
# user's does after one run: the benchmarks' CLI runs start from a copy of it instead of a
# cold first run of their own (about 14 s of CPU).
@pytest.mark.timeout(600)
@pytest.mark.block_network(allowed_hosts=ALL_LOOPBACK)
@pytest.mark.usefixtures("warm_rules")
def test_a_tiny_run_measures_every_figure(bench: ModuleType) -> None:
    results: dict[str, Any] = bench.run(replace(bench.QUICK, **TINY), bench.BENCHMARKS)
    for key in bench.TARGETS:
        assert isinstance(results[key], int | float), key
        assert math.isfinite(results[key]), key
    details = results["details"]
    assert set(details) == set(bench.BENCHMARKS)
    # The seed check ran and found the seed's claims; it exits 1 (one contradiction).
    assert details["seed"]["claims"] >= 5 and details["seed"]["exit_code"] == 1
    assert 0.1 < results["seed_check_seconds"] < 60
    # Ranking: the same pairs for all three; vectorised beats a Python loop.
    assert details["match"]["pairs"] == details["match"]["queries"] * details["match"]["sentences"]
    assert results["match_speedup_vs_difflib"] > 1
    assert results["match_overhead_vs_cdist"] > 0
    # Fetching: every host answered, and at once beats one by one.
    assert details["fetch"]["ok_concurrent"] == details["fetch"]["ok_serial"] == 4
    assert results["fetch_speedup_vs_serial"] > 1.5
    assert results["fetch_overhead_vs_ideal"] >= 1
    # The first run fetched pages, robots.txt and searches; the second, nothing.
    assert details["cache"]["cold_requests"] > details["cache"]["sources"] > 16
    assert results["warm_cache_requests"] == 0
    assert len(details["scaling"]["article_s"]) == len(details["scaling"]["sources_s"]) == 2
    assert details["memory"]["sources"] == 8
    assert 10 < results["peak_rss_mib_100_sources"] < 2000
    # Start-up: the bare interpreter and both commands were timed.
    assert details["startup"]["python_pass_s"] > 0
    assert 0 < results["startup_version_seconds"] < 60 and 0 < results["startup_help_seconds"] < 60
    assert details["startup"]["version_heavy_modules"] == []

    lines = bench.table(results).splitlines()
    assert lines[0].split()[:3] == ["figure", "measured", "target"]
    row = next(line for line in lines if line.startswith("warm_cache_requests"))
    assert row.split()[1:5] == ["0", "<=", "0", "ok"]
    assert "first run:" in row
    json.dumps(results)  # what --output writes


def test_an_unknown_benchmark_is_a_usage_error(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        bench.main(["--only", "seed,speed"])
    assert exit_info.value.code == 2
    assert "unknown benchmark(s): speed" in capsys.readouterr().err


def test_an_exponent_is_the_slope_of_the_log_log_fit(bench: ModuleType) -> None:
    assert bench._exponent([1, 10, 100], [0.5, 5.0, 50.0]) == pytest.approx(1.0)
    assert bench._exponent([1, 10, 100], [1.0, 100.0, 10000.0]) == pytest.approx(2.0)
