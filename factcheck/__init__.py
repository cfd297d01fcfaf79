"""factcheck: check the facts in an article before it is published.

    import factcheck

    report = factcheck.check(["draft.md"], factcheck.CheckOptions())
    for checked in report.checked_claims():
        print(checked.claim.type, checked.verdict.label, checked.verdict.rationale)

The names below are the public API; each is imported on first use, so that
``import factcheck`` stays cheap for the command line.
"""

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_PUBLIC = {
    "check": "factcheck.check",
    "check_articles": "factcheck.check",
    "check_against": "factcheck.check",
    "load_rules": "factcheck.check",
    "read_articles": "factcheck.check",
    "CheckOptions": "factcheck.check",
    "FetchOptions": "factcheck.sources.fetch",
    "SearchOptions": "factcheck.sources.search",
    "extract_claims": "factcheck.claims.extract",
    "read_article": "factcheck.reading",
    "parse_article": "factcheck.reading",
    "page_from_text": "factcheck.sources.gather",
    "render": "factcheck.reports.formats",
    "Article": "factcheck.model",
    "Claim": "factcheck.model",
    "Evidence": "factcheck.model",
    "Verdict": "factcheck.model",
    "CheckedClaim": "factcheck.model",
    "Page": "factcheck.model",
    "Report": "factcheck.model",
    "SourceRecord": "factcheck.model",
    "FactcheckError": "factcheck.errors",
    "InputError": "factcheck.errors",
    "UsageError": "factcheck.errors",
    "RuleError": "factcheck.errors",
    "ConfigError": "factcheck.errors",
}

__all__ = ["__version__", *sorted(_PUBLIC)]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    return getattr(import_module(module), name)
