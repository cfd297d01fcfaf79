"""The one exception the fetcher's modules raise to each other: a source problem.

It never leaves :func:`factcheck.sources.fetch.fetch_all`; the orchestrator turns it into a
:class:`~factcheck.sources.fetch.types.Fetched` with ``error`` and ``detail`` set.
"""

from __future__ import annotations

import re

MAX_DETAIL = 300
# Details can quote what a server sent (a Location header, an error message) and end
# up in terminals and CI logs: no control characters, and short.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_detail(text: str) -> str:
    """``text`` without control characters, cut to :data:`MAX_DETAIL` characters."""
    text = _CONTROL.sub(" ", text)
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


class FetchFailure(Exception):
    """A source could not be fetched; ``code`` is one of ``ERROR_CODES`` or ``http_<n>``."""

    def __init__(self, code: str, detail: str) -> None:
        detail = clean_detail(detail)
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
