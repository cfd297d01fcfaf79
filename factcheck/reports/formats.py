"""The registry of report formats: name -> renderer."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.model import Report
from factcheck.reports import jsonreport, text

Renderer = Callable[..., str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": lambda report, **_: jsonreport.dumps(report),
}


def render(report: Report, fmt: str, *, colour: bool = False) -> str:
    """Render ``report`` in format ``fmt``."""
    renderer = FORMATS[fmt]
    return renderer(report, colour=colour) if fmt == "text" else renderer(report)
