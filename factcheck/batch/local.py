"""One machine's worker processes for a batch: ``parallel_map`` over forked processes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


# The work of the current parallel_map, inherited by the forked workers.
_TASK: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def _run(index: int) -> Any:
    assert _TASK is not None
    fn, items = _TASK
    return fn(items[index])


def parallel_map(fn: Callable[[T], R], items: Sequence[T], jobs: int) -> list[R]:
    """``[fn(x) for x in items]``, spread over ``jobs`` worker processes when there is
    more than one item. The workers are forked so that they inherit the loaded rules and
    fetched pages instead of having them pickled (loading the rules alone takes seconds);
    only the results travel back. Where fork is unavailable the work runs in-process."""
    global _TASK
    if jobs <= 1 or len(items) < 2:
        return [fn(x) for x in items]
    # Imported only for a batch that forks: they take a fiftieth of a second to load.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in multiprocessing.get_all_start_methods():
        return [fn(x) for x in items]
    _TASK = (fn, items)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(min(jobs, len(items)), mp_context=context) as pool:
            return list(pool.map(_run, range(len(items))))
    finally:
        _TASK = None
