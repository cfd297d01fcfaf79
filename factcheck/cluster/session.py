"""One batch on a cluster from start to end: connect, say where the dashboard is, run the
batch with progress on stderr, close."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from factcheck.check import CheckOptions
from factcheck.cluster.connect import connect, dashboard
from factcheck.cluster.progress import RateProgress
from factcheck.cluster.runner import Emit, run_batch


def run_on_cluster(
    address: str,
    paths: Sequence[str],
    options: CheckOptions,
    *,
    emit: Emit,
    store: str | None = None,
    done: frozenset[str] = frozenset(),
    quiet: bool = False,
) -> tuple[int, int]:
    """Check ``paths`` on the cluster at ``address`` (or ``local:N``); return (checked,
    skipped). Progress and the dashboard's address go to stderr unless ``quiet``."""
    with connect(address) as client:
        link = dashboard(client)
        if link and not quiet:
            print(f"factcheck: Dask dashboard at {link}", file=sys.stderr, flush=True)
        progress = None if quiet else RateProgress(len(paths))
        counts = run_batch(
            client, paths, options, emit=emit, store=store, done=done, progress=progress
        )
        if progress is not None:
            progress.finish()
        return counts
