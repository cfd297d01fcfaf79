"""The one exception the fetcher's modules raise to each other: a source problem.

It never leaves :func:`factcheck.fetch.fetch_all`; the orchestrator turns it into a
:class:`~factcheck.fetch.types.Fetched` with ``error`` and ``detail`` set.
"""

from __future__ import annotations


class FetchFailure(Exception):
    """A source could not be fetched; ``code`` is one of ``ERROR_CODES`` or ``http_<n>``."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
