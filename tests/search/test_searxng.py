"""SearXNG: web results fetched as ordinary sources, one page once, errors explained."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from conftest import LOOPBACK, serve_directory

from factcheck.sources.fetch import FetchOptions
from factcheck.sources.search import SearchOptions

from .conftest import check_draft, failed
from .fakeapi import FakeAPI, json_reply, status_reply

INSTANCE = "https://search.newsroom.example"
LEDGER = "https://www.lakeshoreledger.example/news/2023/09/15/uaw-strike-detroit-three/"
REVIEW = "https://www.motorcityreview.example/2023/09/16/what-the-uaw-wants/"


def sx(url: str = INSTANCE, **kwargs: Any) -> SearchOptions:
    return SearchOptions(backends=("searxng",), searxng_url=url, **kwargs)


def test_results_are_fetched_once_each_in_their_canonical_spelling(
    ruleset: Any, replay: FetchOptions
) -> None:
    fetch = replace(replay, deny_domains=("contentfarm.example",))
    report = check_draft(ruleset, sx(), fetch)
    # The tracking-tagged link, its AMP copy and the bare link are one page, fetched
    # without the tracking parameters; the wire copy of the same story is not fetched;
    # the denied content farm is not fetched.
    assert [(s.url, s.origin, s.error) for s in report.sources] == [
        (LEDGER, "search", None),
        (REVIEW, "search", None),
    ]
    assert (report.sources[0].title or "").startswith("UAW walks out at Ford, GM and Stellantis")
    strike = report.checked_claims()[0]
    assert strike.verdict.label == "supported"
    assert strike.verdict.evidence[0].url == LEDGER


def test_an_unresponsive_engine_with_results_is_not_a_failure(
    ruleset: Any, replay: FetchOptions
) -> None:
    report = check_draft(ruleset, sx(), replace(replay, deny_domains=("contentfarm.example",)))
    assert failed(report) == []


def test_the_allow_list_limits_results_but_not_the_instance(
    ruleset: Any, replay: FetchOptions
) -> None:
    report = check_draft(ruleset, sx(), replace(replay, allow_domains=("motorcityreview.example",)))
    assert [s.url for s in report.sources] == [REVIEW]


# --- a fake SearXNG instance on 127.0.0.1


def body(*results: dict[str, Any], unresponsive: list[list[str]] | None = None) -> Any:
    return {
        "query": "q",
        "number_of_results": len(results),
        "results": list(results),
        "answers": [],
        "corrections": [],
        "infoboxes": [],
        "suggestions": [],
        "unresponsive_engines": unresponsive or [],
    }


def result(url: str, title: str, content: str = "The UAW strike against the Detroit Three") -> Any:
    return {"url": url, "title": title, "content": content, "engine": "bing", "engines": ["bing"]}


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_requests_use_the_json_api(ruleset: Any, api: FakeAPI, loopback: FetchOptions) -> None:
    api.routes["/search"] = lambda params: json_reply(body())
    report = check_draft(ruleset, sx(api.url + "/"), loopback)
    sent = api.hits("/search")
    assert len(sent) == 5
    assert all(
        (p["format"], p["language"], p["categories"], p["pageno"]) == ("json", "en", "general", "1")
        for p in sent
    )
    assert "UAW Detroit Three strike 2023" in {p["q"] for p in sent}
    assert report.sources == ()


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (status_reply(403, "Forbidden"), "add json to search.formats in its settings.yml"),
        (
            status_reply(429, "Too Many Requests", {"Retry-After": "600"}),
            "the instance's limiter refused",
        ),
        (
            json_reply(body(unresponsive=[["google", "timeout"], ["bing", "CAPTCHA"]])),
            "engines_failed: no engine answered: google (timeout), bing (CAPTCHA)",
        ),
        (
            (200, {"Content-Type": "text/html"}, b"<html>search</html>"),
            "bad_response: the answer is not JSON",
        ),
        (json_reply({"query": "q"}), "bad_response: the answer has no results list"),
    ],
)
def test_a_failing_instance_is_reported(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions, reply: Any, words: str
) -> None:
    api.routes["/search"] = lambda params: reply
    report = check_draft(ruleset, sx(api.url), loopback)
    ((url, error, detail),) = failed(report)
    assert (url, error) == (api.url + "/search", "search_failed")
    assert detail.startswith("searxng: 5 of 5 searches failed: ")
    assert words in detail


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_a_private_instance_is_reachable_but_its_results_keep_the_policy(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions
) -> None:
    """The operator's own instance may sit on a private network; a result pointing at a
    private address is still refused, like any other source."""
    api.routes["/search"] = lambda params: json_reply(
        body(result(api.url + "/internal/admin", "UAW strike at Detroit Three plants"))
    )
    report = check_draft(ruleset, sx(api.url), replace(loopback, allow_private=False))
    ((url, error, _),) = failed(report)
    assert (url, error) == (api.url + "/internal/admin", "blocked_address")
    assert not api.hits("/internal/admin")


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_only_the_first_results_of_each_search_are_considered(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions, tmp_path: Any
) -> None:
    for n in range(6):
        (tmp_path / f"p{n}.html").write_text(
            f"<html><head><title>UAW strike report {n}</title></head><body><article>"
            f"<p>Report {n}: the UAW went on strike against the Detroit Three in 2023.</p>"
            "</article></body></html>",
            encoding="utf-8",
        )
    with serve_directory(tmp_path) as pages:
        results = [
            result(f"{pages}/p{n}.html", f"UAW strike {n}", f"UAW strike number {n} of 2023")
            for n in range(6)
        ]
        api.routes["/search"] = lambda params: json_reply(body(*results))
        report = check_draft(ruleset, sx(api.url, per_query=2), loopback)
    assert sorted(s.url for s in report.sources) == [f"{pages}/p0.html", f"{pages}/p1.html"]
    assert failed(report) == []


def test_a_named_instance_needs_an_address(ruleset: Any, replay: FetchOptions) -> None:
    report = check_draft(ruleset, SearchOptions(backends=("searxng",)), replay)
    ((url, error, detail),) = failed(report)
    assert (url, error) == ("searxng", "search_failed")
    assert "searxng_url" in detail
