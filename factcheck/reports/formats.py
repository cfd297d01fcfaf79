"""The registry of report formats: name -> renderer, and the file suffix each writes."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from factcheck.model import Report
from factcheck.reports import jsonreport
from factcheck.reports.names import FORMAT_NAMES, SUFFIXES
from factcheck.reports.options import RenderOptions

__all__ = ["FORMATS", "SUFFIXES", "Renderer", "render"]

Renderer = Callable[[Report, RenderOptions], str]


def _on_demand(module: str) -> Renderer:
    """The ``render`` of ``factcheck.reports.<module>``, imported on first use: a run
    writes one format, and importing them all (Jinja2 for HTML, XML for JUnit) cost
    every run about a twentieth of a second."""

    def render(report: Report, options: RenderOptions) -> str:
        renderer: Renderer = importlib.import_module(f"factcheck.reports.{module}").render
        return renderer(report, options)

    return render


# JSON is the report's own form; the other renderers are loaded when first used.
FORMATS: dict[str, Renderer] = {
    name: _on_demand(name) if name != "json" else lambda report, options: jsonreport.dumps(report)
    for name in FORMAT_NAMES
}


def render(report: Report, fmt: str, options: RenderOptions | None = None) -> str:
    """Render ``report`` in format ``fmt``."""
    return FORMATS[fmt](report, options or RenderOptions())
