"""Reaching a Dask cluster: a scheduler's address, or ``local:N`` for a LocalCluster."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from factcheck.errors import UsageError

INSTALL_HINT = "--scheduler needs Dask: pip install 'factcheck[dask]'"
_LOCAL = re.compile(r"local:(\d+)")


def require_dask() -> None:
    """Raise :class:`UsageError` saying how to install Dask when it is missing."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise UsageError(INSTALL_HINT) from None


@contextmanager
def connect(address: str, *, timeout: float = 30.0) -> Iterator[Any]:
    """A ``distributed.Client`` for ``address`` (``tcp://host:8786``, or ``local:N`` for
    a LocalCluster of N single-threaded worker processes), closed on exit."""
    require_dask()
    from distributed import Client, LocalCluster

    # Dask's own log lines (a task's traceback, worker restarts, retries) would drown the
    # report's stderr; a failure reaches the user as factcheck's one-line message.
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    local = _LOCAL.fullmatch(address.strip())
    with ExitStack() as stack:
        if local:
            workers = int(local.group(1))
            if not 1 <= workers <= 1024:
                raise UsageError(f"--scheduler {address}: N must be between 1 and 1024")
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    # This machine only: no probe for an outside address, no open port.
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",
                    silence_logs=logging.CRITICAL,
                )
            )
            client = stack.enter_context(Client(cluster))
        elif address.startswith("local:"):
            raise UsageError(f"--scheduler {address}: expected local:N with N a number")
        else:
            try:
                client = stack.enter_context(Client(address, timeout=timeout))
            except (OSError, TimeoutError, ValueError) as exc:
                message = f"--scheduler {address}: cannot reach the scheduler: {exc}"
                raise UsageError(message) from None
        yield client


def dashboard(client: Any) -> str | None:
    """The address of the cluster's dashboard, when one is up (it needs bokeh)."""
    services = client.scheduler_info().get("services", {})
    return client.dashboard_link if "dashboard" in services else None
