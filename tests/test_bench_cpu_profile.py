"""bench/cpu_profile.py's sampler: what it counts for a stack, with and without --under."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def cpu_profile() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        return importlib.import_module("cpu_profile")
    finally:
        sys.path.remove(str(BENCH))


def _outer_for_sampling(sampler: object) -> None:
    _inner_for_sampling(sampler)


def _inner_for_sampling(sampler: object) -> None:
    sampler.take(0, sys._getframe())  # type: ignore[attr-defined]


def test_a_sample_counts_the_top_alone_and_every_caller_inclusively(
    cpu_profile: ModuleType,
) -> None:
    sampler = cpu_profile.Sampler()
    _outer_for_sampling(sampler)
    _outer_for_sampling(sampler)
    here = Path(__file__).name
    assert sampler.samples == 2
    assert sampler.exclusive == {(here, "_inner_for_sampling"): 2}
    assert sampler.inclusive[(here, "_outer_for_sampling")] == 2
    assert sampler.inclusive[(here, "_inner_for_sampling")] == 2
    assert sum(sampler.lines.values()) == 2
    assert "_inner_for_sampling" in sampler.report(5)


def test_under_counts_only_samples_inside_that_function(cpu_profile: ModuleType) -> None:
    inside = cpu_profile.Sampler(under="_outer_for_sampling")
    _outer_for_sampling(inside)
    # The stack is cut at the function asked for: its callers are not counted.
    assert inside.inclusive == {
        (Path(__file__).name, "_outer_for_sampling"): 1,
        (Path(__file__).name, "_inner_for_sampling"): 1,
    }
    outside = cpu_profile.Sampler(under="no_such_function")
    _outer_for_sampling(outside)
    assert outside.samples == 1  # taken, but not counted
    assert not outside.inclusive and not outside.exclusive
