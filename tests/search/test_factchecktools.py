"""Google Fact Check Tools: earlier fact-checks attached to the claims they are about."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import LOOPBACK

from factcheck.reports.formats import render
from factcheck.reports.jsonreport import dumps
from factcheck.sources.fetch import FetchOptions, FetchRequest, fetch_all
from factcheck.sources.search import GOOGLE_KEY_ENV, SearchOptions
from factcheck.sources.search.base import Query

from .conftest import check_draft, claim_of, draft_claims, failed
from .fakeapi import FakeAPI, json_reply, status_reply

KEY = "AIza-test-key-never-written"


def fct(**kwargs: Any) -> SearchOptions:
    return SearchOptions(backends=("factchecktools",), google_api_key=KEY, **kwargs)


def test_prior_checks_attach_to_the_claims_they_are_about(
    ruleset: Any, replay: FetchOptions
) -> None:
    report = check_draft(ruleset, fct(), replay)
    (strike,) = claim_of(report, "strike", "went on strike against the Detroit Three").prior_checks
    assert strike.publisher == "Example Fact Desk"
    assert strike.rating == "True"
    assert strike.url == "https://factdesk.example.org/2023/09/18/uaw-strike-all-three-automakers/"
    assert strike.date == "2023-09-18"
    assert strike.claim.startswith("The UAW is on strike against Ford, General Motors")
    # A publisher without a name is shown by its site.
    (first,) = claim_of(report, "superlative", "the first time").prior_checks
    assert (first.publisher, first.rating) == ("factdesk.example.org", "Accurate")
    # Same union, same city, but not about the strike: the car-fire video is not attached.
    every = [p.url for c in report.checked_claims() for p in c.prior_checks]
    assert not any("verify.example.net" in url for url in every)
    # "The union" in the next sentence is the UAW: that strike claim is the same story.
    (again,) = claim_of(report, "strike", "the first time").prior_checks
    assert again.url == strike.url
    assert claim_of(report, "quantity", "three carmakers").prior_checks == ()
    # Prior checks are not sources: nothing was fetched as evidence.
    assert report.sources == ()


def test_reports_show_prior_checks_and_never_the_key(ruleset: Any, replay: FetchOptions) -> None:
    report = check_draft(ruleset, fct(), replay)
    text = render(report, "text")
    line = next(x for x in text.splitlines() if "previously fact-checked by Example Fact Desk" in x)
    assert "True" in line
    assert "https://factdesk.example.org/2023/09/18/uaw-strike-all-three-automakers/" in text
    data = json.loads(dumps(report))
    strike_id = claim_of(report, "strike", "went on strike against the Detroit Three").claim.id
    (claim,) = [c for c in data["articles"][0]["claims"] if c["id"] == strike_id]
    assert claim["prior_checks"][0]["publisher"] == "Example Fact Desk"
    assert KEY not in text and KEY not in dumps(report)


def test_replay_matches_whatever_the_key(ruleset: Any, replay: FetchOptions) -> None:
    """The cassette holds no key, so any key (a colleague's, CI's) replays it."""
    other = SearchOptions(backends=("factchecktools",), google_api_key="another-key")
    report = check_draft(ruleset, other, replay)
    assert failed(report) == []
    assert claim_of(report, "strike", "went on strike against the Detroit Three").prior_checks


def test_the_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert SearchOptions().selected() == ("wikipedia",)
    monkeypatch.setenv(GOOGLE_KEY_ENV, "from-env")
    assert SearchOptions().api_key() == "from-env"
    assert SearchOptions().selected() == ("wikipedia", "factchecktools")
    assert SearchOptions(google_api_key="given").api_key() == "given"


def test_named_without_a_key_is_reported(ruleset: Any, replay: FetchOptions) -> None:
    report = check_draft(ruleset, SearchOptions(backends=("factchecktools",)), replay)
    ((url, error, detail),) = failed(report)
    assert url == "https://factchecktools.googleapis.com/v1alpha1/claims:search"
    assert error == "search_failed"
    assert detail == f"factchecktools: no API key ({GOOGLE_KEY_ENV} is not set)"
    assert len(report.checked_claims()) == draft_claims(ruleset)


# --- a fake Fact Check Tools on 127.0.0.1

PATH = "/v1alpha1/claims:search"


def fake(api: FakeAPI) -> SearchOptions:
    return fct(factchecktools_api=api.url + PATH)


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_requests_carry_query_language_page_size_and_key(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions
) -> None:
    api.routes[PATH] = lambda params: json_reply({})
    report = check_draft(ruleset, fake(api), loopback)
    sent = api.hits(PATH)
    assert {p["query"] for p in sent} == {
        "UAW Detroit Three strike 2023",
        "UAW strike 2023",
        "UAW first time union struck three carmakers",
        "UAW Detroit Three carmakers",
        "Shawn Fain union president walkout spread talks",
    }
    assert all((p["key"], p["languageCode"], p["pageSize"]) == (KEY, "en", "5") for p in sent)
    assert failed(report) == []


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (
            json_reply(
                {
                    "error": {
                        "code": 400,
                        "message": "API key not valid.",
                        "status": "INVALID_ARGUMENT",
                    }
                },
                status=400,
            ),
            "http_400: HTTP 400: the API key is not valid",
        ),
        (status_reply(403, "PERMISSION_DENIED"), "http_403: HTTP 403: the key may not use"),
        (
            status_reply(429, "RESOURCE_EXHAUSTED", {"Retry-After": "86400"}),
            "rate_limited: HTTP 429: the quota is exhausted",
        ),
        (status_reply(500, "backend error"), "http_500: HTTP 500"),
        ((200, {"Content-Type": "application/json"}, b"[1, 2"), "bad_response"),
        (json_reply({"claims": "none"}), "bad_response: claims is not a list"),
    ],
)
def test_bad_keys_quotas_and_broken_answers_are_reported(
    ruleset: Any, api: FakeAPI, loopback: FetchOptions, reply: Any, words: str
) -> None:
    api.routes[PATH] = lambda params: reply
    report = check_draft(ruleset, fake(api), loopback)
    ((url, error, detail),) = failed(report)
    assert url == api.url + PATH  # the service's address, without the key
    assert error == "search_failed"
    assert detail.startswith("factchecktools: 5 of 5 searches failed: ")
    assert words in detail
    assert KEY not in (detail or "")
    assert len(report.checked_claims()) == draft_claims(ruleset)


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_recording_never_writes_the_key(
    tmp_path: Path, api: FakeAPI, loopback: FetchOptions
) -> None:
    api.routes[PATH] = lambda params: json_reply({"claims": []})
    cassette = tmp_path / "fct.yaml"
    url = f"{api.url}{PATH}?query=UAW+strike&languageCode=en&pageSize=5&key={KEY}"
    (live,) = fetch_all(
        [FetchRequest(url, kind="api")], FetchOptions(**{**vars(loopback), "record": cassette})
    )
    assert live.ok and api.hits(PATH)[0]["key"] == KEY  # the key did go to the service
    written = cassette.read_text(encoding="utf-8")
    assert "query=UAW+strike" in written and KEY not in written
    replayed_url = url.replace(KEY, "someone-elses-key")
    (again,) = fetch_all(
        [FetchRequest(replayed_url, kind="api")],
        FetchOptions(replay=cassette, use_cache=False, allow_private=True),
    )
    assert again.ok and again.text == live.text
    assert len(api.hits(PATH)) == 1  # the replay did not touch the server


def test_parse_reads_every_review_of_every_claim() -> None:
    from factcheck.sources.fetch import Fetched
    from factcheck.sources.search.factchecktools import FactCheckTools

    body = {
        "claims": [
            {
                "text": "Claim one",
                "claimDate": "2023-01-02T00:00:00Z",
                "claimReview": [
                    {
                        "publisher": {"name": "A"},
                        "url": "https://a.example/1",
                        "textualRating": "False",
                    },
                    {"publisher": "odd", "url": "https://b.example/2"},
                    {"publisher": {"name": "C"}, "textualRating": "True"},
                ],
            },
            "not a claim",
        ]
    }
    fetched = Fetched(url="u", text=json.dumps(body), content_type="application/json")
    backend = FactCheckTools("https://x.example/claims:search", "k", "en")
    answer = backend.parse(Query("q w", ("c1",), ()), fetched)
    assert [(p.publisher, p.rating, p.url, p.date) for p in answer.prior_checks] == [
        ("A", "False", "https://a.example/1", "2023-01-02"),
        ("b.example", "no rating given", "https://b.example/2", "2023-01-02"),
    ]
    assert answer.hits == ()
