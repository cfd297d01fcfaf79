"""Search: candidate sources for claims, and earlier professional fact-checks.

    search_sources(articles, claims, known, SearchOptions(), fetch_options) -> Findings

The package, one job per module:

- ``options``: SearchOptions, which backends run and how much they may do.
- ``base``: the backend interface (Query, Hit, Answer, Backend, SearchFailure).
- ``queries``: search queries built from claims and their typed fields.
- ``urls``: URL keys for de-duplication (AMP, mobile, tracking parameters).
- ``ranking``: fusing, ranking and de-duplicating results; domain lists.
- ``wikipedia``, ``factchecktools``, ``searxng``: the three backends.
- ``priorchecks``: which earlier fact-checks are about which claim.
- ``run``: one search pass over a run's articles (searches, results, prior checks, caps).
"""

from factcheck.sources.search.base import Answer, Backend, Hit, Query, SearchFailure
from factcheck.sources.search.options import BACKEND_NAMES, GOOGLE_KEY_ENV, SearchOptions
from factcheck.sources.search.run import Findings, make_backends, search_sources

__all__ = [
    "BACKEND_NAMES",
    "GOOGLE_KEY_ENV",
    "Answer",
    "Backend",
    "Findings",
    "Hit",
    "Query",
    "SearchFailure",
    "SearchOptions",
    "make_backends",
    "search_sources",
]
