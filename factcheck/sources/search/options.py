"""Search settings: which backends run, where they are, and how much they may do."""

from __future__ import annotations

import os
from dataclasses import dataclass

from factcheck.errors import UsageError

BACKEND_NAMES = ("wikipedia", "factchecktools", "searxng")
GOOGLE_KEY_ENV = "FACTCHECK_GOOGLE_API_KEY"


@dataclass(frozen=True)
class SearchOptions:
    """How search proposes sources and finds earlier fact-checks.

    ``backends`` names the backends to run. ``None`` (the default) means Wikipedia,
    plus Google Fact Check Tools when an API key is set and SearXNG when
    ``searxng_url`` is set; ``()`` runs none. A backend named explicitly but not
    configured (no key, no URL) is reported as failed, not silently skipped.

    ``max_queries`` caps the queries of a whole run (each backend runs each query);
    ``max_results`` caps the search results fetched as sources in a run;
    ``per_query`` is how many results each search asks for.
    """

    backends: tuple[str, ...] | None = None
    searxng_url: str | None = None
    max_queries: int = 8
    max_results: int = 10
    per_query: int = 5
    language: str = "en"
    # None: https://<language>.wikipedia.org/w/api.php
    wikipedia_api: str | None = None
    factchecktools_api: str = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
    # None: read FACTCHECK_GOOGLE_API_KEY from the environment when the run starts.
    google_api_key: str | None = None

    def __post_init__(self) -> None:
        for name in self.backends or ():
            if name not in BACKEND_NAMES:
                raise UsageError(
                    f"unknown search backend {name!r} (choose from {', '.join(BACKEND_NAMES)})"
                )
        for label, value, low in (
            ("max_queries", self.max_queries, 0),
            ("max_results", self.max_results, 0),
            ("per_query", self.per_query, 1),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise UsageError(f"search {label} must be a whole number of at least {low}")
        if not self.language.replace("-", "").isalnum():
            raise UsageError(f"search language {self.language!r} is not a language code")

    def api_key(self) -> str | None:
        """The Google API key: the option, else the environment variable."""
        return self.google_api_key or os.environ.get(GOOGLE_KEY_ENV) or None

    def selected(self) -> tuple[str, ...]:
        """The backends this run uses, in order."""
        if self.backends is not None:
            return tuple(dict.fromkeys(self.backends))
        chosen = ["wikipedia"]
        if self.api_key():
            chosen.append("factchecktools")
        if self.searxng_url:
            chosen.append("searxng")
        return tuple(chosen)
