"""URL keys: one key for the spellings of one page, different keys for different pages."""

from __future__ import annotations

import pytest

from factcheck.sources.search.urls import clean_url, host_of, is_variant, url_key

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
