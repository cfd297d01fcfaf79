"""A search pass as a whole: backends side by side, caps per run, pages already cited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import LOOPBACK, serve_directory

from factcheck.check import CheckOptions, check
from factcheck.errors import UsageError
from factcheck.sources.fetch import FetchOptions
from factcheck.sources.search import SearchOptions, make_backends

from .conftest import UAW_DRAFT, check_draft, failed
from .fakeapi import FakeAPI, json_reply, status_reply

STORY = (
    "<html><head><title>UAW walks out at all three Detroit automakers</title></head><body>"
    "<article><h1>UAW walks out at all three Detroit automakers</h1>"
    "<p>The United Auto Workers went on strike against Ford, General Motors and Stellantis "
    "on September 15, 2023, the first time it has struck all three at once.</p>"
    "<p>About 12,700 workers walked out at three plants.</p></article></body></html>"
)


def searx_body(*urls: str) -> Any:
    results = [
        {
            "url": u,
            "title": "UAW walks out at all three Detroit automakers",
            "content": "UAW strike",
        }
        for u in urls
    ]
    return {"query": "q", "results": results, "unresponsive_engines": []}


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_a_failing_backend_leaves_the_others_working(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions, tmp_path: Path
) -> None:
    (tmp_path / "story.html").write_text(STORY, encoding="utf-8")
    api.routes["/w/api.php"] = lambda p: status_reply(429, "slow down", {"Retry-After": "3600"})
    with serve_directory(tmp_path) as site:
        api.routes["/search"] = lambda p: json_reply(searx_body(f"{site}/story.html"))
        options = SearchOptions(
            backends=("wikipedia", "searxng"),
            wikipedia_api=api.url + "/w/api.php",
            searxng_url=api.url,
        )
        report = check_draft(ruleset, options, loopback)
    assert [(s.url, s.error) for s in report.sources] == [
        (f"{site}/story.html", None),
        (api.url + "/w/api.php", "search_failed"),
    ]
    assert report.checked_claims()[0].verdict.label == "supported"


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_a_copy_of_a_cited_page_is_not_used_as_evidence_twice(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions, tmp_path: Path
) -> None:
    (tmp_path / "story.html").write_text(STORY, encoding="utf-8")
    (tmp_path / "wire-copy.html").write_text(STORY.replace("<h1>", "<h1>Wire: "), encoding="utf-8")
    with serve_directory(tmp_path) as site:
        draft = tmp_path / "draft.md"
        draft.write_text(
            UAW_DRAFT.read_text(encoding="utf-8")
            + f"\nThe first report is [here]({site}/story.html).\n",
            encoding="utf-8",
        )
        api.routes["/search"] = lambda p: json_reply(searx_body(f"{site}/wire-copy.html"))
        options = SearchOptions(backends=("searxng",), searxng_url=api.url)
        report = check_draft(ruleset, options, loopback, draft)
    cited, copy = report.sources
    assert (cited.origin, copy.origin) == ("cited", "search")
    assert copy.error is None
    assert copy.detail == f"a copy of {site}/story.html; not used as evidence twice"
    used = {e.url for c in report.checked_claims() for e in c.verdict.evidence}
    assert used == {f"{site}/story.html"}


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_caps_hold_for_the_whole_run(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions, tmp_path: Path
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(8):
        (pages / f"p{n}.html").write_text(STORY.replace("UAW walks", f"Report {n}: UAW walks"))
    second = tmp_path / "second.md"
    second.write_text(
        "The Writers Guild of America went on strike against the AMPTP in May 2023.\n\n"
        "SAG-AFTRA went on strike against the AMPTP in July 2023.\n",
        encoding="utf-8",
    )
    with serve_directory(pages) as site:
        counter = iter(range(1000))

        def route(params: dict[str, str]) -> Any:
            n = next(counter) % 8
            return json_reply(searx_body(f"{site}/p{n}.html"))

        api.routes["/search"] = route
        options = SearchOptions(
            backends=("searxng",), searxng_url=api.url, max_queries=3, max_results=2
        )
        report = check(
            [str(UAW_DRAFT), str(second)],
            CheckOptions(fetch=loopback, search=options),
            ruleset=ruleset,
        )
    asked = [p["q"] for p in api.hits("/search")]
    assert len(asked) == 3
    # Taken in turn: the first draft's best two queries and the second's best one.
    assert asked.count("UAW Detroit Three strike 2023") == 1
    assert sum("AMPTP" in q for q in asked) == 1
    assert len([s for s in report.sources if s.origin == "search"]) == 2


def test_options_are_checked() -> None:
    with pytest.raises(UsageError, match="unknown search backend 'bing'"):
        SearchOptions(backends=("bing",))
    with pytest.raises(UsageError, match="max_queries"):
        SearchOptions(max_queries=-1)
    with pytest.raises(UsageError, match="per_query"):
        SearchOptions(per_query=0)
    with pytest.raises(UsageError, match="language"):
        SearchOptions(language="en/../x")


def test_backends_selected_by_default_and_by_name() -> None:
    assert [b.name for b in make_backends(SearchOptions())[0]] == ["wikipedia"]
    chosen, problems = make_backends(
        SearchOptions(searxng_url="https://search.example", google_api_key="k", language="de")
    )
    assert [b.name for b in chosen] == ["wikipedia", "factchecktools", "searxng"]
    assert chosen[0].endpoint == "https://de.wikipedia.org/w/api.php"
    assert problems == []
    assert make_backends(SearchOptions(backends=())) == ([], [])


def test_no_search_options_means_no_search(ruleset: Any, replay: FetchOptions) -> None:
    assert CheckOptions().search is None
    report = check_draft(ruleset, None, replay)
    assert report.sources == ()
    assert failed(report) == []


def test_findings_say_which_queries_ran(ruleset: Any, replay: FetchOptions) -> None:
    from factcheck.claims.extract import Extractor, extract_claims
    from factcheck.reading import read_article
    from factcheck.sources.search import search_sources

    extractor = Extractor(ruleset)
    article = read_article(str(UAW_DRAFT))
    claims = extract_claims(article, ruleset, extractor=extractor)
    options = SearchOptions(backends=("wikipedia",), max_queries=2)
    found = search_sources([article], [claims], [[]], options, replay, extractor=extractor)
    assert [q.text for q in found.queries[0]] == [
        "UAW Detroit Three strike 2023",
        "UAW strike 2023",
    ]
    assert [p.url for p in found.pages[0]] == [
        "https://en.wikipedia.org/wiki/2023_United_Auto_Workers_strike",
        "https://en.wikipedia.org/wiki/United_Auto_Workers",
        "https://en.wikipedia.org/wiki/Big_Three_(automobile_manufacturers)",
    ]
    assert found.prior_checks == ({},)


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_the_runs_deadline_covers_search(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions
) -> None:
    import time
    from dataclasses import replace

    from factcheck.claims.extract import Extractor, extract_claims
    from factcheck.reading import read_article
    from factcheck.sources.search import search_sources

    api.routes["/w/api.php"] = lambda p: json_reply({"query": {"search": []}})
    extractor = Extractor(ruleset)
    article = read_article(str(UAW_DRAFT))
    claims = extract_claims(article, ruleset, extractor=extractor)
    options = SearchOptions(backends=("wikipedia",), wikipedia_api=api.url + "/w/api.php")
    fetch = replace(loopback, deadline=5.0)
    # The cited sources took the whole budget: search may not start anything.
    late = time.monotonic() - 6.0
    found = search_sources(
        [article], [claims], [[]], options, fetch, extractor=extractor, started=late
    )
    (record,) = found.records
    assert record.error == "search_failed"
    assert "deadline" in (record.detail or "")
    assert api.requests == []
    # With time left, the same searches run.
    found = search_sources(
        [article], [claims], [[]], options, fetch, extractor=extractor, started=time.monotonic()
    )
    assert found.records == () and len(api.requests) == 5
