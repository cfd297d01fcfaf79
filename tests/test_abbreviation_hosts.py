"""A state or place abbreviation in a Markdown draft ("W.Va.", "Wash.Ga") is text, not a
bare web address: linkify reads a two-letter country domain after a dot, and the draft's
links would otherwise send the fetcher to "http://W.Va". Real bare addresses stay links."""

from __future__ import annotations

import pytest

from factcheck.reading import parse_article


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses in Morgantown, W.Va., voted to strike on Friday.",
        "The plant near Huntington, W.VA. closed in 2021.",
        "Depots in Wash.Ga and Ky.Ms are run by the same firm.",
    ],
)
def test_an_abbreviation_is_not_a_link(sentence: str) -> None:
    article = parse_article(sentence, "a.md", "markdown")
    assert list(article.links) == []
    assert "W.Va" in article.text or "W.VA" in article.text or "Wash.Ga" in article.text


def test_real_bare_addresses_stay_links() -> None:
    text = (
        "Listings are on Jobsboard.com and x.com, the ministry posts at gov.uk and "
        "BBC.CO.UK carried it; www.Example.Va and https://B.Va/pay are addresses too."
    )
    urls = [link.url for link in parse_article(text, "a.md", "markdown").links]
    assert urls == [
        "http://Jobsboard.com",
        "http://x.com",
        "http://gov.uk",
        "http://BBC.CO.UK",
        "http://www.Example.Va",
        "https://B.Va/pay",
    ]
