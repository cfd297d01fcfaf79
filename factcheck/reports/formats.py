"""The registry of report formats: name -> renderer, and the file suffix each writes."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.model import Report
from factcheck.reports import claimreview, github, html, jsonreport, junit, markdown, sarif, text
from factcheck.reports.options import RenderOptions

Renderer = Callable[[Report, RenderOptions], str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": lambda report, options: jsonreport.dumps(report),
    "markdown": markdown.render,
    "html": html.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "claimreview": claimreview.render,
}

SUFFIXES: dict[str, str] = {
    "text": ".txt",
    "json": ".json",
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
