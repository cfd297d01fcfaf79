"""The units of a batch as Dask tasks: read and extract an article, fetch a source, judge
an article. They run on the workers; each loads the rule packs once per process.

Fetching holds a lease of a cluster-wide semaphore named after the source's host, so that
no host has more than ``per_host`` requests in flight from the whole cluster, and keeps it
for the politeness delay after its request, so that the next one to that host waits.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from factcheck import __version__
from factcheck.batch.store import open_store
from factcheck.cachedir import default_cache_dir
from factcheck.check import CheckOptions, claims_of, judge_article, load_rules, read_articles
from factcheck.claims.extract import Extractor
from factcheck.model import Article, ArticleResult, Claim, Page, Report, SourceRecord
from factcheck.sources.fetch import Fetched, FetchOptions, FetchRequest, fetch_all
from factcheck.sources.fetch.cache import EntryStore
from factcheck.sources.fetch.failure import FetchFailure
from factcheck.sources.fetch.policy import parse_url
from factcheck.sources.gather import SourceRequest, build_page, gather, not_fetched, record
from factcheck.waivers import apply_waivers

_LOCK = threading.Lock()
_EXTRACTORS: dict[tuple[str, ...], Extractor] = {}


def _extractor(options: CheckOptions) -> Extractor:
    key = tuple(str(p) for p in options.rules)
    with _LOCK:
        if key not in _EXTRACTORS:
            # A worker process loads the rules as a local run does (factcheck.cli): what
            # loading derives from the rule patterns is kept in the cache folder (the
            # worker's own default one when the batch's store is a URL), signed with its
            # user's key, so that the next worker there, or one restarted after a
            # crash, skips a cold load (about 14 s of CPU).
            fetch = options.fetch
            cache_dir = (fetch.cache_dir or default_cache_dir()) if fetch.use_cache else None
            _EXTRACTORS[key] = Extractor(load_rules(options.rules, cache_dir=cache_dir))
        return _EXTRACTORS[key]


@dataclass(frozen=True)
class Extracted:
    """An article read, its claims, the sources it asks for, and a note where reading
    stopped at --max-claims."""

    article: Article
    claims: list[Claim]
    requests: list[SourceRequest]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    """A fetched source: its outcome (without the body) and its readable page."""

    fetched: Fetched
    page: Page | None


def read_extract(path: str, options: CheckOptions) -> Extracted:
    """Read one article and extract its claims and candidate sources."""
    extractor = _extractor(options)
    article = read_articles([path], options.fetch)[0]
    claims, notes = claims_of(article, extractor.ruleset, options, extractor)
    return Extracted(
        article, claims, gather(article, options.sources, max_sources=options.max_sources), notes
    )


def describe(extracted: Extracted) -> tuple[str, list[SourceRequest]]:
    """What the client needs to plan the rest: the article's sha256 and its sources."""
    return extracted.article.sha256, extracted.requests


def fetch_source(request: SourceRequest, fetch: FetchOptions, store_spec: str | None) -> Source:
    """Fetch one source (or take it from the shared store) and make its page."""
    if request.over_cap:
        return Source(not_fetched(request), None)
    store = open_store(store_spec, fetch)
    host = _live_host(request.url, fetch, store)
    if host is None:
        fetched = fetch_all([FetchRequest(request.url)], fetch, cache=store)[0]
    else:
        with _host_lease(host, fetch):
            fetched = fetch_all([FetchRequest(request.url)], fetch, cache=store)[0]
    page = build_page(request, fetched)
    return Source(replace(fetched, body=None, text=None), page)


def _live_host(url: str, fetch: FetchOptions, store: EntryStore | None) -> str | None:
    """The host a fetch of ``url`` would contact, or None when it needs no network."""
    if fetch.replay is not None or fetch.offline:
        return None
    try:
        parsed = parse_url(url)
    except FetchFailure:
        return None
    cached = (
        store is not None
        and not fetch.refresh
        and fetch.record is None
        and store.get("page", str(parsed)) is not None
    )
    return None if cached else parsed.host


@contextmanager
def _host_lease(host: str, fetch: FetchOptions) -> Iterator[None]:
    # Imported here: only a run on a cluster has them.
    from distributed import Semaphore, rejoin, secede

    # Waiting for a host is not work: leave the worker's thread pool meanwhile, so
    # that reading and judging go on beside the queue of a busy host.
    secede()
    try:
        with Semaphore(max_leases=max(1, fetch.per_host), name=f"factcheck-host-{host}"):
            yield
            if fetch.host_delay > 0:
                # Randomised 0.5-1.5x, as the fetcher's own gates do.
                time.sleep(fetch.host_delay * random.uniform(0.5, 1.5))
    finally:
        rejoin()


def judge(
    extracted: Extracted, options: CheckOptions, *sources: Source
) -> tuple[ArticleResult, list[SourceRecord]]:
    """Judge one article against its fetched sources (in the order of its requests)."""
    extractor = _extractor(options)
    pages = []
    records = []
    for request, source in zip(extracted.requests, sources, strict=True):
        page = source.page
        if page is not None and page.origin != request.origin:
            page = replace(page, origin=request.origin)
        if page is not None:
            pages.append((request.url, page))
        records.append(record(request, source.fetched, page))
    failures = Counter(r.error for r in records if r.error)
    result = judge_article(extracted.article, extracted.claims, pages, failures, extractor)
    result = replace(
        result, text="", sources=tuple(r.url for r in extracted.requests), notes=extracted.notes
    )
    waived = apply_waivers(Report(__version__, (result,), ()), options.waivers)
    return waived.articles[0], records
