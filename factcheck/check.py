"""The library entry point: check articles and return a :class:`Report`.

    article -> claims -> sources -> evidence -> verdicts -> report

Nothing here prints or exits; problems that stop the run raise :class:`FactcheckError`
subclasses, and a source that fails is recorded in the report.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import re
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from factcheck import __version__
from factcheck.batch import parallel_map
from factcheck.claims.extract import Extractor, extract_claims, extractor_for
from factcheck.claims.selftest import check_examples
from factcheck.errors import InputError
from factcheck.evidence.base import ArticleView
from factcheck.evidence.index import EvidenceIndex
from factcheck.model import (
    Article,
    ArticleResult,
    CheckedClaim,
    Claim,
    Page,
    Report,
    SourceRecord,
    Waiver,
)
from factcheck.reading import read_article
from factcheck.rulepacks.derived import open_store
from factcheck.rulepacks.loader import load_rules as _load_rules
from factcheck.rulepacks.regexes import remembering, sharing
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.fetch import FetchOptions, FetchRequest, fetch_all
from factcheck.sources.gather import (
    DEFAULT_MAX_SOURCES,
    SourceRequest,
    build_page,
    gather,
    not_fetched,
    primary_urls,
    record,
)
from factcheck.sources.search import SearchOptions, search_sources
from factcheck.sources.urls import url_key
from factcheck.verdicts.judge import judge_claims
from factcheck.waivers import apply_waivers, inline_waiver

Progress = Callable[[int, int, str], None]

# The claims checked per article unless asked otherwise (--max-claims): a long feature
# holds a few hundred; this many means an archive or a data dump, whose later claims
# would cost time and memory without being read by anyone.
DEFAULT_MAX_CLAIMS = 2000


@dataclass(frozen=True)
class CheckOptions:
    """How to check: sources, fetching, rules and thresholds."""

    sources: tuple[str, ...] = ()
    fetch: FetchOptions = field(default_factory=FetchOptions)
    rules: tuple[Path, ...] = ()
    min_checkworthiness: float = 0.5
    # Waivers from a waiver file, by claim fingerprint (see factcheck.waivers).
    waivers: Mapping[str, Waiver] = field(default_factory=dict)
    # Worker processes that judge the articles of a batch (see factcheck.batch).
    jobs: int = 1
    # None: no search, only cited and named sources (the CLI searches unless --no-search).
    search: SearchOptions | None = None
    # An article's own sources fetched at most (see factcheck.sources.gather); None: all.
    max_sources: int | None = DEFAULT_MAX_SOURCES
    # Claims read from one article at most (None: no limit); reading stops there, and
    # the report says so.
    max_claims: int | None = DEFAULT_MAX_CLAIMS


def load_rules(dirs: Sequence[Path] = (), *, cache_dir: Path | None = None) -> RuleSet:
    """Load the built-in rule packs and ``dirs``, and check every rule's examples.

    With ``cache_dir``, what loading derives from the rule patterns is kept there,
    signed, and read back by the next load (see factcheck.rulepacks.derived).
    Raises :class:`factcheck.errors.RuleError` at the first problem."""
    # Loading parses the rule patterns into some million objects that live as long as
    # the rules and leaves almost no garbage: the cycle collector, running every few
    # thousand allocations, walked them again and again (about 0.2 s of a seed check).
    # It is paused meanwhile, and left as it was found.
    collecting = gc.isenabled()
    gc.disable()
    store = open_store(cache_dir) if cache_dir is not None else None
    try:
        with sharing(), remembering(store) if store is not None else contextlib.nullcontext():
            ruleset = _load_rules(dirs)
            # Run on every load (903 examples, about 0.2 s of a warm 0.45 s load, measured
            # quiet on 2026-12-05): a record of an earlier pass, kept on disk,
            # could be forged by whoever can write the cache folder and would hide a
            # broken pack.
            failures = check_examples(ruleset)
    finally:
        if collecting:
            gc.enable()
    if failures:
        raise failures[0].error()
    if store is not None:
        store.save()
    return ruleset


def fingerprint(claim: Claim) -> str:
    """A stable id for a claim that survives line moves: its type and its words."""
    words = re.sub(r"\W+", " ", f"{claim.type} {claim.text} {claim.sentence.text}".lower()).strip()
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]


def _url_reader(options: FetchOptions) -> Callable[[str], tuple[str, str]]:
    def read(url: str) -> tuple[str, str]:
        fetched = fetch_all([FetchRequest(url)], options)[0]
        if not fetched.ok or fetched.text is None:
            reason = fetched.detail or fetched.error or "unreadable"
            raise InputError(f"{url}: cannot fetch the article: {reason}")
        return fetched.text, fetched.content_type or "text/plain"

    return read


def read_articles(paths: Sequence[str], fetch: FetchOptions | None = None) -> list[Article]:
    """Read every article; a URL is fetched through the safe fetcher."""
    reader = _url_reader(fetch or FetchOptions())
    return [read_article(p, url_reader=reader) for p in paths]


def check(
    paths: Sequence[str],
    options: CheckOptions | None = None,
    *,
    ruleset: RuleSet | None = None,
    progress: Progress | None = None,
) -> Report:
    """Check the articles at ``paths`` (files, ``-`` or URLs) and report on every claim."""
    options = options or CheckOptions()
    rules = ruleset or load_rules(options.rules)
    articles = read_articles(paths, options.fetch)
    return check_articles(articles, options, ruleset=rules, progress=progress)


def check_articles(
    articles: Sequence[Article],
    options: CheckOptions,
    *,
    ruleset: RuleSet,
    progress: Progress | None = None,
) -> Report:
    """Check articles already read (the rest of :func:`check`)."""
    extractor = extractor_for(ruleset)
    read = [claims_of(a, ruleset, options, extractor) for a in articles]
    claims = [c for c, _ in read]
    requests_by_article = [
        gather(a, options.sources, max_sources=options.max_sources) for a in articles
    ]
    unique: dict[str, SourceRequest] = {}
    for reqs in requests_by_article:
        for r in reqs:
            # A source over one article's cap is still fetched for another that cites it.
            if r.url not in unique or (unique[r.url].over_cap and not r.over_cap):
                unique[r.url] = r
    ordered = list(unique.values())
    wanted = [r for r in ordered if not r.over_cap]
    started = time.monotonic()
    answers = dict(
        zip(
            (r.url for r in wanted),
            fetch_all([FetchRequest(r.url) for r in wanted], options.fetch, progress=progress),
            strict=True,
        )
    )
    pages: dict[str, Page] = {}
    records: list[SourceRecord] = []
    for request in ordered:
        answer = answers.get(request.url) or not_fetched(request)
        page = build_page(request, answer)
        if page is not None:
            pages[request.url] = page
        records.append(record(request, answer, page))

    known = [[(r.url, pages.get(r.url)) for r in reqs] for reqs in requests_by_article]
    found = None
    if options.search is not None:
        found = search_sources(
            articles,
            claims,
            known,
            options.search,
            options.fetch,
            extractor=extractor,
            started=started,
        )
        records += found.records

    article_pages = []
    for i in range(len(articles)):
        own = [(url, page) for url, page in known[i] if page is not None]
        if found is not None:
            own += [(page.url, page) for page in found.pages[i]]
        article_pages.append(own)
    by_url = {r.url: r for r in records}
    failures: list[Counter[str]] = []
    for reqs in requests_by_article:
        errors = [by_url[r.url].error for r in reqs if r.url in by_url]
        failures.append(Counter(e for e in errors if e))
    judged = parallel_map(
        lambda work: judge_article(*work, extractor),
        list(zip(articles, claims, article_pages, failures, strict=True)),
        options.jobs,
    )
    results = []
    for i, result in enumerate(judged):
        own_urls = [r.url for r in requests_by_article[i]]
        if found is not None:
            own_urls += [page.url for page in found.pages[i]]
        result = replace(result, sources=tuple(dict.fromkeys(own_urls)), notes=read[i][1])
        if found is not None and found.prior_checks[i]:
            prior = found.prior_checks[i]
            result = replace(
                result,
                claims=tuple(
                    replace(c, prior_checks=prior.get(c.claim.id, ())) for c in result.claims
                ),
            )
        results.append(result)
    report = Report(version=__version__, articles=tuple(results), sources=tuple(records))
    return apply_waivers(report, options.waivers)


def claims_of(
    article: Article, ruleset: RuleSet, options: CheckOptions, extractor: Extractor
) -> tuple[list[Claim], tuple[str, ...]]:
    """The claims of ``article`` within ``options.max_claims``, and a note saying where
    reading stopped when the limit bit."""
    limit = options.max_claims
    claims = extract_claims(
        article,
        ruleset,
        min_checkworthiness=options.min_checkworthiness,
        extractor=extractor,
        limit=None if limit is None else limit + 1,
    )
    if limit is None or len(claims) <= limit:
        return claims, ()
    stop = claims[limit]
    note = (
        f"stopped reading at line {stop.line} after {limit:,} claims (--max-claims {limit}); "
        "the rest of the article was not checked"
    )
    return claims[:limit], (note,)


def check_against(
    article: Article,
    pages: Sequence[Page],
    ruleset: RuleSet,
    *,
    min_checkworthiness: float = 0.5,
) -> ArticleResult:
    """Check one article against pages already at hand, with no fetching at all: for
    sources a newsroom holds itself, and for tests."""
    extractor = extractor_for(ruleset)
    claims = extract_claims(
        article, ruleset, min_checkworthiness=min_checkworthiness, extractor=extractor
    )
    return judge_article(article, claims, [(p.url, p) for p in pages], Counter(), extractor)


def judge_article(
    article: Article,
    claims: list[Claim],
    pages: list[tuple[str, Page]],
    failures: Counter[str],
    extractor: Extractor,
) -> ArticleResult:
    """Weigh the evidence of ``pages`` (url, page) for every claim of one article;
    ``failures`` counts the error codes of its sources that could not be read."""
    index = EvidenceIndex([p for _, p in pages], extractor, failures)
    page_of = {url_key(url): i for i, (url, _) in enumerate(pages)}
    primary = {
        cid: {page_of[u] for u in urls if u in page_of}
        for cid, urls in primary_urls(article, claims, carry=True).items()
    }
    own = primary_urls(article, claims)
    in_sentence = primary_urls(article, claims, sentence=True)
    view = ArticleView(
        claims=claims,
        extractor=extractor,
        ctx=extractor.context(article.text),
        primary=primary,
        carried={
            cid: pages - {page_of[u] for u in own.get(cid, ()) if u in page_of}
            for cid, pages in primary.items()
        },
        in_sentence={
            cid: {page_of[u] for u in urls if u in page_of} for cid, urls in in_sentence.items()
        },
        sentences=article.sentences,
    )
    verdicts = judge_claims(claims, index, view)
    checked = tuple(
        CheckedClaim(
            claim=c,
            verdict=v,
            fingerprint=fingerprint(c),
            waiver=inline_waiver(c.line) if c.line in article.ignored_lines else None,
        )
        for c, v in zip(claims, verdicts, strict=True)
    )
    return ArticleResult(
        path=article.path, sha256=article.sha256, claims=checked, text=article.text
    )
