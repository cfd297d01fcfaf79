"""One search pass over a run's articles: queries, searches, ranking, fetching.

    claims -> queries -> searches (every backend) -> ranked results -> pages
                                                  -> prior fact-checks

Every request goes through :func:`factcheck.sources.fetch.fetch_all`. A backend that fails
(no network, quota, bad key, an answer that is not the API's) becomes one failed
:class:`SourceRecord` (origin ``search``, error ``search_failed``) saying why, and the
run goes on with whatever else it has.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from factcheck.claims.extract import Extractor
from factcheck.model import Article, Claim, Page, PriorCheck, SourceRecord
from factcheck.sources.fetch import Fetched, FetchOptions, FetchRequest, fetch_all
from factcheck.sources.gather import SourceRequest, record
from factcheck.sources.search.base import Answer, Backend, Hit, Query, SearchFailure
from factcheck.sources.search.factchecktools import FactCheckTools
from factcheck.sources.search.options import GOOGLE_KEY_ENV, SearchOptions
from factcheck.sources.search.priorchecks import match_prior_checks
from factcheck.sources.search.queries import build_queries
from factcheck.sources.search.ranking import Candidate, rank, same_story
from factcheck.sources.search.searxng import SearXNG
from factcheck.sources.search.wikipedia import Wikipedia

SEARCH_FAILED = "search_failed"
T = TypeVar("T")


@dataclass(frozen=True)
class Findings:
    """What search added to a run, per article in the order given."""

    queries: tuple[tuple[Query, ...], ...]
    pages: tuple[tuple[Page, ...], ...]
    prior_checks: tuple[Mapping[str, tuple[PriorCheck, ...]], ...]
    # Fetched results, then one record per backend that failed.
    records: tuple[SourceRecord, ...]


@dataclass(frozen=True)
class _Failure:
    query: str
    code: str
    detail: str
    status: int | None


def make_backends(options: SearchOptions) -> tuple[list[Backend], list[SourceRecord]]:
    """The backends the options select, and a failed record for each one named but not
    configured."""
    backends: list[Backend] = []
    problems: list[SourceRecord] = []
    for name in options.selected():
        if name == "wikipedia":
            api = options.wikipedia_api or f"https://{options.language}.wikipedia.org/w/api.php"
            backends.append(Wikipedia(api))
        elif name == "factchecktools":
            key = options.api_key()
            if key:
                backends.append(FactCheckTools(options.factchecktools_api, key, options.language))
            else:
                problems.append(
                    _failed(
                        options.factchecktools_api,
                        f"factchecktools: no API key ({GOOGLE_KEY_ENV} is not set)",
                    )
                )
        elif name == "searxng":
            if options.searxng_url:
                backends.append(SearXNG(options.searxng_url, options.language))
            else:
                problems.append(_failed("searxng", "searxng: no instance URL is set (searxng_url)"))
    return backends, problems


def _failed(url: str, detail: str, status: int | None = None) -> SourceRecord:
    return SourceRecord(url=url, origin="search", status=status, error=SEARCH_FAILED, detail=detail)


def _left(fetch: FetchOptions, started: float | None) -> FetchOptions:
    """``fetch`` with what is left of the run's deadline."""
    if fetch.deadline is None or started is None:
        return fetch
    return replace(fetch, deadline=max(0.0, fetch.deadline - (time.monotonic() - started)))


def _search_fetch(backend: Backend, fetch: FetchOptions) -> FetchOptions:
    # The allow list names acceptable *sources*; the search service itself is not one.
    # Results are held to both lists before anything about them is fetched.
    return replace(fetch, allow_domains=(), allow_private=fetch.allow_private or backend.trusted)


def _run_searches(
    backends: Sequence[Backend],
    queries: Sequence[Query],
    options: SearchOptions,
    fetch: FetchOptions,
) -> tuple[dict[tuple[str, str], Answer], list[SourceRecord]]:
    answers: dict[tuple[str, str], Answer] = {}
    records: list[SourceRecord] = []
    if not queries:
        return answers, records
    for backend in backends:
        requests = [backend.request(q, options.per_query) for q in queries]
        results = fetch_all(requests, _search_fetch(backend, fetch))
        failures: list[_Failure] = []
        for query, fetched in zip(queries, results, strict=True):
            try:
                if not fetched.ok:
                    raise SearchFailure(fetched.error or "no_answer", backend.explain(fetched))
                answers[(backend.name, query.text)] = backend.parse(query, fetched)
            except SearchFailure as failure:
                failures.append(_Failure(query.text, failure.code, failure.detail, fetched.status))
        if failures:
            records.append(_failure_record(backend, failures, len(queries)))
    return answers, records


def _failure_record(backend: Backend, failures: Sequence[_Failure], total: int) -> SourceRecord:
    reasons = list(dict.fromkeys(f"{f.code}: {f.detail}" for f in failures))
    shown = "; ".join(reasons[:3]) + (f"; and {len(reasons) - 3} more" if len(reasons) > 3 else "")
    count = "the search" if total == 1 else f"{len(failures)} of {total} searches"
    return _failed(backend.endpoint, f"{backend.name}: {count} failed: {shown}", failures[0].status)


def take_in_turn(lists: Sequence[Sequence[T]], limit: int) -> list[list[T]]:
    """At most ``limit`` items in all, taken from each list in turn (the first of each,
    then the second of each...), so that one long draft of a batch does not use up the
    run's budget."""
    out: list[list[T]] = [[] for _ in lists]
    depth, taken = 0, 0
    while taken < limit and any(depth < len(items) for items in lists):
        for i, items in enumerate(lists):
            if depth < len(items) and taken < limit:
                out[i].append(items[depth])
                taken += 1
        depth += 1
    return out


def _fetch_contents(
    chosen: Sequence[Sequence[Candidate]], backends: Mapping[str, Backend], fetch: FetchOptions
) -> tuple[dict[str, Page], dict[str, SourceRecord]]:
    """Pages and records by result key; a page found for two articles is fetched once."""
    unique: dict[str, Hit] = {}
    for candidates in chosen:
        for c in candidates:
            unique.setdefault(c.key, c.hit)
    requests: list[FetchRequest] = [backends[h.backend].content(h) for h in unique.values()]
    results = fetch_all(requests, fetch) if requests else []
    pages: dict[str, Page] = {}
    records: dict[str, SourceRecord] = {}
    for (key, hit), fetched in zip(unique.items(), results, strict=True):
        page, records[key] = _read(backends[hit.backend], hit, fetched)
        if page is not None:
            pages[key] = page
    return pages, records


def _read(backend: Backend, hit: Hit, fetched: Fetched) -> tuple[Page | None, SourceRecord]:
    request = SourceRequest(hit.url, "search")
    if not fetched.ok:
        return None, record(request, fetched, None)
    try:
        page = backend.page(hit, fetched)
    except SearchFailure as failure:
        return None, replace(
            record(request, fetched, None), error=failure.code, detail=failure.detail
        )
    return page, record(request, fetched, page)


def _lead(page: Page) -> str:
    return page.text[:400]


def _new_pages(
    candidates: Sequence[Candidate],
    pages: Mapping[str, Page],
    records: dict[str, SourceRecord],
    have: Sequence[Page],
) -> tuple[Page, ...]:
    """The fetched results of one article that are not copies of a page it already has
    (a copy's record says so)."""
    kept = list(have)
    added: list[Page] = []
    for c in candidates:
        page = pages.get(c.key)
        if page is None:
            continue
        original = next(
            (k for k in kept if same_story(page.title or "", _lead(page), k.title or "", _lead(k))),
            None,
        )
        if original is not None:
            note = f"a copy of {original.url}; not used as evidence twice"
            records[c.key] = replace(records[c.key], detail=note)
            continue
        kept.append(page)
        added.append(page)
    return tuple(added)


def search_sources(
    articles: Sequence[Article],
    claims: Sequence[Sequence[Claim]],
    known: Sequence[Sequence[tuple[str, Page | None]]],
    options: SearchOptions,
    fetch: FetchOptions,
    *,
    extractor: Extractor,
    started: float | None = None,
) -> Findings:
    """Search for every article's claims and fetch the best results.

    ``known`` holds, per article, the sources the run already has (URL and page, or
    None when it could not be fetched): they are not fetched again, and a result that
    copies one of them is not used as evidence twice. ``started`` is when the run began
    fetching (``time.monotonic()``): the run's ``deadline`` then covers search too."""
    backends, records = make_backends(options)
    per_article = [build_queries(a, c, extractor) for a, c in zip(articles, claims, strict=True)]
    queries = take_in_turn(per_article, options.max_queries if backends else 0)
    flat = list({q.text: q for qs in queries for q in qs}.values())
    answers, failures = _run_searches(backends, flat, options, _left(fetch, started))
    ranked = [
        rank(
            (
                hit
                for backend in backends
                for q in qs
                for hit in answers.get((backend.name, q.text), Answer()).hits[: options.per_query]
            ),
            qs,
            known=[url for url, _ in known[i]],
            allow_domains=fetch.allow_domains,
            deny_domains=fetch.deny_domains,
        )
        for i, qs in enumerate(queries)
    ]
    chosen = take_in_turn(ranked, options.max_results)
    by_name = {b.name: b for b in backends}
    pages, fetched_records = _fetch_contents(chosen, by_name, _left(fetch, started))

    article_pages = [
        _new_pages(candidates, pages, fetched_records, [p for _, p in known[i] if p is not None])
        for i, candidates in enumerate(chosen)
    ]
    return Findings(
        queries=tuple(tuple(qs) for qs in queries),
        pages=tuple(article_pages),
        prior_checks=tuple(
            match_prior_checks(qs, answers, extractor, extractor.context(a.text))
            for a, qs in zip(articles, queries, strict=True)
        ),
        records=(*fetched_records.values(), *records, *failures),
    )
