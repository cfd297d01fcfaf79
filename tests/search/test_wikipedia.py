"""Wikipedia through the MediaWiki Action API: recorded answers, then errors and quotas
from a fake server."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from conftest import LOOPBACK

from factcheck.sources.fetch import Fetched, FetchOptions
from factcheck.sources.search import SearchOptions
from factcheck.sources.search.base import Query, SearchFailure
from factcheck.sources.search.wikipedia import Wikipedia, article_url, plain_extract

from .conftest import UAW_CASSETTE, check_draft, draft_claims, failed
from .fakeapi import FakeAPI, json_reply, status_reply

WIKI = SearchOptions(backends=("wikipedia",))
STRIKE_PAGE = "https://en.wikipedia.org/wiki/2023_United_Auto_Workers_strike"


def recorded(uri_part: str) -> Fetched:
    """A response of the UAW cassette, as the fetcher would return it."""
    data = yaml.safe_load(UAW_CASSETTE.read_text(encoding="utf-8"))
    (found,) = [i for i in data["interactions"] if uri_part in i["request"]["uri"]]
    uri = found["request"]["uri"]
    text = found["response"]["body"]["string"]
    return Fetched(url=uri, final_url=uri, status=200, text=text, content_type="application/json")


def test_search_answer_becomes_hits_at_wiki_addresses() -> None:
    backend = Wikipedia("https://en.wikipedia.org/w/api.php")
    query = Query("UAW Detroit Three strike 2023", ("c1",), ())
    answer = backend.parse(query, recorded("srsearch=UAW+Detroit+Three+strike+2023"))
    assert [h.url for h in answer.hits] == [
        STRIKE_PAGE,
        "https://en.wikipedia.org/wiki/United_Auto_Workers",
        "https://en.wikipedia.org/wiki/Big_Three_(automobile_manufacturers)",
    ]
    assert [h.rank for h in answer.hits] == [0, 1, 2]
    first = answer.hits[0]
    assert first.title == "2023 United Auto Workers strike"
    assert "<span" not in first.snippet and "searchmatch" not in first.snippet
    assert first.snippet.startswith("The 2023 United Auto Workers strike, also known as")
    assert answer.prior_checks == ()


def test_extract_becomes_a_page_without_section_headings() -> None:
    backend = Wikipedia("https://en.wikipedia.org/w/api.php")
    query = Query("UAW strike 2023", ("c2",), ())
    (hit, *_) = backend.parse(query, recorded("srsearch=UAW+strike+2023")).hits
    page = backend.page(hit, recorded("titles=2023+United+Auto+Workers+strike"))
    assert page.url == STRIKE_PAGE
    assert page.origin == "search"
    assert page.title == "2023 United Auto Workers strike"
    assert "== Demands ==" not in page.text and "Demands" not in page.text.split("\n\n")
    texts = [s.text for s in page.sentences]
    assert any(t.startswith("It began on September 15, 2023") for t in texts)


def test_plain_extract_and_article_urls() -> None:
    assert plain_extract("Lead.\nSecond.\n\n\n== History ==\nThen.\n=== Early ===\nFirst.") == (
        "Lead.\n\nSecond.\n\nThen.\n\nFirst."
    )
    assert article_url("https://de.wikipedia.org/w/api.php", "Streik der Lokführer (2023)") == (
        "https://de.wikipedia.org/wiki/Streik_der_Lokf%C3%BChrer_(2023)"
    )


def test_the_draft_is_checked_from_wikipedia_found_on_its_own(
    ruleset: Any, replay: FetchOptions
) -> None:
    report = check_draft(ruleset, WIKI, replay)
    strike = report.checked_claims()[0]
    assert strike.claim.type == "strike"
    assert strike.verdict.label == "supported"
    used = {e.url for e in strike.verdict.evidence}
    assert STRIKE_PAGE in used
    assert all(url.startswith("https://en.wikipedia.org/wiki/") for url in used)
    # Best first: the strike article tops three searches; the Big Three article is found
    # by two, the union's by two but lower down.
    assert [(s.url, s.origin, s.error) for s in report.sources] == [
        (STRIKE_PAGE, "search", None),
        ("https://en.wikipedia.org/wiki/Big_Three_(automobile_manufacturers)", "search", None),
        ("https://en.wikipedia.org/wiki/United_Auto_Workers", "search", None),
    ]
    # The text came through the API, and the record says so.
    assert (report.sources[0].final_url or "").startswith("https://en.wikipedia.org/w/api.php?")
    assert report.sources[0].title == "2023 United Auto Workers strike"


def test_max_results_caps_the_pages_fetched(ruleset: Any, replay: FetchOptions) -> None:
    report = check_draft(ruleset, SearchOptions(backends=("wikipedia",), max_results=1), replay)
    assert [s.url for s in report.sources] == [STRIKE_PAGE]


def test_max_queries_zero_searches_nothing(ruleset: Any, replay: FetchOptions) -> None:
    report = check_draft(ruleset, SearchOptions(backends=("wikipedia",), max_queries=0), replay)
    assert report.sources == ()


# --- a fake MediaWiki on 127.0.0.1


def wiki(api: FakeAPI) -> SearchOptions:
    return SearchOptions(backends=("wikipedia",), wikipedia_api=api.url + "/w/api.php")


def search_answer(*titles: str) -> Any:
    return {
        "batchcomplete": True,
        "query": {
            "searchinfo": {"totalhits": len(titles)},
            "search": [
                {"ns": 0, "title": t, "pageid": i, "snippet": f"{t}: the UAW strike of 2023"}
                for i, t in enumerate(titles)
            ],
        },
    }


def extract_answer(title: str, text: str | None) -> Any:
    page: dict[str, Any] = {"ns": 0, "title": title}
    page.update({"pageid": 1, "extract": text} if text is not None else {"missing": True})
    return {"batchcomplete": True, "query": {"pages": [page]}}


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_a_working_fake_wiki_is_searched_with_the_documented_parameters(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions
) -> None:
    def route(params: dict[str, str]) -> Any:
        if params.get("list") == "search":
            return json_reply(search_answer("2023 United Auto Workers strike"))
        return json_reply(
            extract_answer(params["titles"], "The UAW struck Ford, GM and Stellantis in 2023.")
        )

    api.routes["/w/api.php"] = route
    report = check_draft(ruleset, wiki(api), loopback)
    searches = [p for p in api.hits("/w/api.php") if p.get("list") == "search"]
    assert {p["srsearch"] for p in searches} == {
        "UAW Detroit Three strike 2023",
        "UAW strike 2023",
        "UAW first time union struck three carmakers",
        "UAW Detroit Three carmakers",
        "Shawn Fain union president walkout spread talks",
    }
    for p in searches:
        assert (p["action"], p["format"], p["formatversion"], p["srnamespace"]) == (
            "query",
            "json",
            "2",
            "0",
        )
        assert p["srlimit"] == "5"
    reads = [p for p in api.hits("/w/api.php") if p.get("prop") == "extracts"]
    assert [(p["titles"], p["explaintext"]) for p in reads] == [
        ("2023 United Auto Workers strike", "1")
    ]
    assert [s.url for s in report.sources] == [api.url + "/wiki/2023_United_Auto_Workers_strike"]
    assert failed(report) == []


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
@pytest.mark.parametrize(
    ("reply", "code", "words"),
    [
        (status_reply(429, "Too many requests", {"Retry-After": "120"}), "rate_limited", "120"),
        (status_reply(503, "Service Unavailable"), "http_503", "HTTP 503"),
        (status_reply(403, "Forbidden"), "http_403", "HTTP 403"),
        (
            (200, {"Content-Type": "application/json"}, b'{"batchcomplete": tr'),
            "bad_response",
            "not JSON",
        ),
        (json_reply({"batchcomplete": True, "warnings": {}}), "bad_response", "query/search"),
        (
            json_reply(
                {
                    "error": {
                        "code": "maxlag",
                        "info": "Waiting for a database server: 7 seconds lagged.",
                    }
                }
            ),
            "api_maxlag",
            "lagged",
        ),
    ],
)
def test_a_failing_wiki_is_reported_and_the_run_goes_on(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions, reply: Any, code: str, words: str
) -> None:
    api.routes["/w/api.php"] = lambda params: reply
    report = check_draft(ruleset, wiki(api), loopback)
    assert len(report.checked_claims()) == draft_claims(ruleset)
    ((url, error, detail),) = failed(report)
    assert url == api.url + "/w/api.php"
    assert error == "search_failed"
    assert detail.startswith(f"wikipedia: 5 of 5 searches failed: {code}: ")
    assert words in detail
    assert report.summary()["sources_failed"] == 1


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_a_wiki_that_does_not_answer_is_reported(ruleset: Any, loopback: FetchOptions) -> None:
    with FakeAPI() as gone:
        address = gone.url
    report = check_draft(
        ruleset,
        SearchOptions(backends=("wikipedia",), wikipedia_api=address + "/w/api.php"),
        loopback,
    )
    ((_, error, detail),) = failed(report)
    assert error == "search_failed"
    assert "connection_refused" in detail


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_a_quota_on_some_searches_keeps_the_answers_of_the_others(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions
) -> None:
    def route(params: dict[str, str]) -> Any:
        if params.get("srsearch") == "UAW Detroit Three strike 2023":
            return json_reply(search_answer("2023 United Auto Workers strike"))
        if params.get("list") == "search":
            return status_reply(429, "quota", {"Retry-After": "3600"})
        return json_reply(extract_answer(params["titles"], "The UAW struck all three automakers."))

    api.routes["/w/api.php"] = route
    report = check_draft(ruleset, wiki(api), loopback)
    assert [(s.origin, s.error) for s in report.sources] == [
        ("search", None),
        ("search", "search_failed"),
    ]
    assert (report.sources[1].detail or "").startswith(
        "wikipedia: 4 of 5 searches failed: rate_limited"
    )


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_a_page_with_no_text_is_a_failed_source(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions
) -> None:
    def route(params: dict[str, str]) -> Any:
        if params.get("list") == "search":
            return json_reply(search_answer("Deleted page"))
        return json_reply(extract_answer(params["titles"], None))

    api.routes["/w/api.php"] = route
    report = check_draft(ruleset, wiki(api), loopback)
    ((url, error, detail),) = failed(report)
    assert (url, error) == (api.url + "/wiki/Deleted_page", "empty")
    assert "Deleted page" in detail


def test_parse_refuses_answers_that_are_not_the_apis() -> None:
    backend = Wikipedia("https://en.wikipedia.org/w/api.php")
    query = Query("x y", ("c1",), ())
    html = Fetched(url="u", text="<html>Sorry</html>", content_type="text/html")
    with pytest.raises(SearchFailure) as info:
        backend.parse(query, html)
    assert info.value.code == "bad_response"
    odd = Fetched(url="u", text='{"query": {"search": {"0": {}}}}', content_type="application/json")
    with pytest.raises(SearchFailure):
        backend.parse(query, odd)
