"""The registry of report formats: name -> renderer, and the file suffix each writes."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from factcheck.model import Report
from factcheck.reports import jsonreport
from factcheck.reports.options import RenderOptions

Renderer = Callable[[Report, RenderOptions], str]


def _on_demand(module: str) -> Renderer:
    """The ``render`` of ``factcheck.reports.<module>``, imported on first use: a run
    writes one format, and importing them all (Jinja2 for HTML, XML for JUnit) cost
    every run about a twentieth of a second."""

    def render(report: Report, options: RenderOptions) -> str:
        renderer: Renderer = importlib.import_module(f"factcheck.reports.{module}").render
        return renderer(report, options)

    return render


FORMATS: dict[str, Renderer] = {
    "text": _on_demand("text"),
    "json": lambda report, options: jsonreport.dumps(report),
    "jsonl": _on_demand("jsonl"),
    "markdown": _on_demand("markdown"),
    "html": _on_demand("html"),
    "sarif": _on_demand("sarif"),
    "junit": _on_demand("junit"),
    "github": _on_demand("github"),
    "claimreview": _on_demand("claimreview"),
}

SUFFIXES: dict[str, str] = {
    "text": ".txt",
    "json": ".json",
    "jsonl": ".jsonl",
    "markdown": ".md",
    "html": ".html",
    "sarif": ".sarif",
    "junit": ".xml",
    "github": ".log",
    "claimreview": ".jsonld",
}


def render(report: Report, fmt: str, options: RenderOptions | None = None) -> str:
    """Render ``report`` in format ``fmt``."""
    return FORMATS[fmt](report, options or RenderOptions())
