"""The fetcher's inputs and outputs: options, requests and results.

Every network access factcheck makes goes through :func:`factcheck.sources.fetch.fetch_all`,
which takes :class:`FetchRequest` values and returns one :class:`Fetched` per request,
in the same order. A failure is a ``Fetched`` with ``error`` set, never an exception.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

MiB = 1024 * 1024
# Seconds for all fetching in a run (--deadline): after it nothing new is fetched, and
# the sources not reached are reported with the error ``deadline``.
DEFAULT_DEADLINE = 60.0

# Short machine-readable codes for Fetched.error; http_<status> is used for HTTP errors.
ERROR_CODES = frozenset(
    {
        "invalid_url",
        "blocked_scheme",
        "blocked_address",
        "blocked_port",
        "blocked_domain",
        "dns_error",
        "connection_refused",
        "connection_reset",
        "tls_error",
        "timeout",
        "deadline",
        "host_unresponsive",
        "source_cap",
        "truncated",
        "protocol_error",
        "too_large",
        "redirect_loop",
        "too_many_redirects",
        "robots_disallowed",
        "robots_unreachable",
        "rate_limited",
        "not_html",
        "empty",
        "not_in_cassette",
        "offline_miss",
    }
)


@dataclass(frozen=True)
class FetchOptions:
    """How to fetch: limits, politeness, safety, cache and cassettes."""

    allow_private: bool = False
    obey_robots: bool = True
    user_agent: str | None = None  # None: "factcheck/<version> (+<project URL>)"
    concurrency: int = 8
    per_host: int = 1
    host_delay: float = 1.0  # seconds between requests to one host, randomised 0.5-1.5x
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    attempt_deadline: float = 20.0  # total for one attempt, body included
    url_deadline: float = 45.0  # total for one URL, retries included
    deadline: float | None = DEFAULT_DEADLINE  # total for the whole run
    retries: int = 2
    retry_backoff: float = 1.0  # first backoff in seconds, doubled per retry, randomised 0.5-1.5x
    retry_after_cap: float = 30.0
    max_redirects: int = 5
    max_wire_bytes: int = 5 * MiB
    max_decoded_bytes: int = 10 * MiB
    cache_dir: Path | None = None  # None: $XDG_CACHE_HOME/factcheck
    use_cache: bool = True
    refresh: bool = False
    offline: bool = False
    cache_ttl: float = 7 * 24 * 3600.0
    replay: Path | None = None
    record: Path | None = None
    progress: bool = False
    allow_domains: tuple[str, ...] = ()
    deny_domains: tuple[str, ...] = ()
    # When the run began (wall clock). With ``recheck_local``, a page from this machine
    # or a private network cached before it is fetched again (policy.names_local_host);
    # off, for a local mirror of pages that do not change.
    started: float = field(default_factory=time.time)
    recheck_local: bool = True


@dataclass(frozen=True)
class FetchRequest:
    """One URL to fetch. ``kind="api"`` accepts JSON and skips robots.txt (API clients
    are not crawlers); ``kind="page"`` accepts HTML, XHTML and plain text."""

    url: str
    kind: Literal["page", "api"] = "page"


@dataclass(frozen=True)
class Fetched:
    """The outcome of one request."""

    url: str
    final_url: str | None = None
    status: int | None = None
    fetched_at: str | None = None  # ISO 8601 UTC, e.g. "2023-07-27T10:00:00Z"
    sha256: str | None = None  # of the content-decoded body
    content_type: str | None = None  # media type, lower case, without parameters
    charset: str | None = None  # the charset ``text`` was decoded with
    body: bytes | None = None  # content-decoded bytes
    text: str | None = None  # body decoded to str, for textual content types
    error: str | None = None  # one of ERROR_CODES or "http_<status>"
    detail: str | None = None  # a short human-readable explanation of the error
    from_cache: bool = False
    redirects: tuple[str, ...] = ()  # every URL visited before final_url

    @property
    def ok(self) -> bool:
        """True when the body was fetched and can be read."""
        return self.error is None and self.text is not None
