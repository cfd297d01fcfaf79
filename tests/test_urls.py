"""URL keys: one key for the spellings of one page, different keys for different pages;
the address fetched is the first spelling as written; spellings of one source are one
request."""

from __future__ import annotations

import pytest
from faultserver import LOOPBACK, FaultServer

from factcheck.check import CheckOptions, check_articles, load_rules
from factcheck.claims.extract import extract_claims
from factcheck.model import Article
from factcheck.reading import parse_article
from factcheck.sources.fetch import FetchOptions
from factcheck.sources.gather import gather, primary_urls
from factcheck.sources.urls import clean_url, host_of, is_variant, url_key

PAGE = "https://www.example.com/news/2023/09/15/uaw-strike"


@pytest.mark.parametrize(
    "spelling",
    [
        "https://www.example.com/news/2023/09/15/uaw-strike/",
        "http://example.com/news/2023/09/15/uaw-strike",
        "HTTPS://WWW.EXAMPLE.COM/news/2023/09/15/uaw-strike",
        "https://www.example.com/news/2023/09/15/uaw-strike#comments",
        "https://www.example.com/news/2023/09/15/uaw-strike?utm_source=rss&utm_medium=feed",
        "https://www.example.com/news/2023/09/15/uaw-strike?fbclid=IwAR0abc&gclid=xyz",
        "https://amp.example.com/news/2023/09/15/uaw-strike",
        "https://www.example.com/news/2023/09/15/uaw-strike/amp",
        "https://www.example.com/news/2023/09/15/uaw-strike/amp/",
        "https://www.example.com/news/2023/09/15/uaw-strike.amp",
        "https://www.example.com/news/2023/09/15/uaw-strike?amp=1",
        "https://www.example.com/news/2023/09/15/uaw-strike?outputType=amp",
        "https://m.example.com/news/2023/09/15/uaw-strike",
        "https://www.example.com:443/news/2023/09/15/uaw-strike",
        "https://www.example.com/news/2023/09/15/uaw%2Dstrike",
    ],
)
def test_spellings_of_one_page_share_a_key(spelling: str) -> None:
    assert url_key(spelling) == url_key(PAGE)


def test_wikipedia_mobile_and_desktop_share_a_key() -> None:
    assert url_key("https://en.m.wikipedia.org/wiki/2023_SAG-AFTRA_strike") == url_key(
        "https://en.wikipedia.org/wiki/2023_SAG-AFTRA_strike"
    )


def test_parameter_order_does_not_matter() -> None:
    assert url_key("https://example.com/a?x=1&y=2") == url_key("https://example.com/a?y=2&x=1")


@pytest.mark.parametrize(
    "other",
    [
        "https://www.example.com/news/2023/09/16/uaw-strike",
        "https://www.example.org/news/2023/09/15/uaw-strike",
        "https://www.example.com:8443/news/2023/09/15/uaw-strike",
        "https://www.example.com/news/2023/09/15/uaw-strike?page=2",
        "https://de.wikipedia.org/news/2023/09/15/uaw-strike",
        "https://www.example.com/news/2023/09/15/uaw-strike-ends",
    ],
)
def test_different_pages_have_different_keys(other: str) -> None:
    assert url_key(other) != url_key(PAGE)


def test_a_bad_port_does_not_raise() -> None:
    assert url_key("https://example.com:99999999/a").startswith("//example.com")


def test_clean_url_drops_tracking_and_fragment_only() -> None:
    assert (
        clean_url("https://amp.example.com/a/amp?id=7&utm_source=x&fbclid=1#top")
        == "https://amp.example.com/a/amp?id=7"
    )
    assert clean_url(PAGE) == PAGE


@pytest.mark.parametrize(
    ("url", "variant"),
    [
        (PAGE, False),
        ("https://amp.example.com/a", True),
        ("https://m.example.com/a", True),
        ("https://en.m.wikipedia.org/wiki/X", True),
        ("https://example.com/a/amp", True),
        ("https://example.com/a?outputType=amp", True),
        ("https://example.com/amplifier", False),
        ("https://m.com/a", False),
    ],
)
def test_amp_and_mobile_copies_are_variants(url: str, variant: bool) -> None:
    assert is_variant(url) is variant


def test_host_of() -> None:
    assert host_of("https://News.Example.COM/a") == "news.example.com"
    assert host_of("not a url") == ""


def test_clean_url_rewrites_no_query_field_or_escape() -> None:
    assert clean_url("https://example.com/a%20b?print") == "https://example.com/a%20b?print"
    assert clean_url("https://example.com/s?q=two%20words&utm_medium=x#p2") == (
        "https://example.com/s?q=two%20words"
    )
    assert clean_url("https://example.com/s?a=1&&b=+") == "https://example.com/s?a=1&&b=+"


def test_escapes_and_blank_values_do_not_split_a_key() -> None:
    assert url_key("https://example.com/a%20b?print") == url_key("https://example.com/a b?print=")
    assert url_key("https://example.com/caf%c3%a9") == url_key("https://example.com/caf%C3%A9")
    assert url_key("https://bücher.example/x") == url_key("https://xn--bcher-kva.example/x")


def _cited(*urls: str) -> Article:
    text = "\n\n".join(f"The report is [here]({url})." for url in urls)
    return parse_article(text, "draft.md", "markdown")


def test_a_source_cited_under_two_spellings_is_one_request() -> None:
    article = _cited(
        "https://www.example.org/reports/pay-2024/?print#table",
        "https://example.org/reports/pay-2024?print",
        "https://example.org/reports/pay-2025",
    )
    requests = gather(article, named=["http://EXAMPLE.org/reports/pay-2024/?print="])
    assert [(r.url, r.origin) for r in requests] == [
        ("https://www.example.org/reports/pay-2024/?print", "cited"),
        ("https://example.org/reports/pay-2025", "cited"),
    ]


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_spellings_of_a_cited_page_are_fetched_once_and_it_is_the_claims_own() -> None:
    with FaultServer() as server:
        server.static["/pay"] = (200, {"Content-Type": "text/html"}, b"<p>A page.</p>")
        base = server.url("/pay")
        article = parse_article(
            f"Pay rose by 4% in 2024, [the survey]({base}/) says. See [it]({base}#top).",
            "draft.md",
            "markdown",
        )
        options = CheckOptions(
            fetch=FetchOptions(allow_private=True, host_delay=0, use_cache=False),
            search=None,
        )
        report = check_articles([article], options, ruleset=load_rules())
    assert server.paths().count("/pay/") + server.paths().count("/pay") == 1
    assert [s.url for s in report.sources] == [f"{base}/"]
    # The claim's own link (written without the slash) still finds the page fetched
    # under the other spelling.
    (claim,) = [c for c in extract_claims(article, load_rules()) if "4%" in c.text]
    assert primary_urls(article, [claim])[claim.id] == {url_key(base)}
