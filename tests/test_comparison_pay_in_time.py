"""A length of time that measures a sum of pay ("two months' salary for each year
worked", "two weeks' wages") is an amount of money, not how long something lasted: a
comparison of it is read as pay, not against a length of time the page gives (a
two-day walkout). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import Extractor, extract_claims
from factcheck.evidence.base import ArticleView
from factcheck.evidence.comparisons import claim_kind
from factcheck.reading import parse_article


def _kind(sentence: str, ruleset: Any) -> str | None:
    article = parse_article(sentence, "draft.txt")
    extractor = Extractor(ruleset)
    claims = extract_claims(article, ruleset, extractor=extractor)
    claim = next(c for c in claims if c.type == "comparison")
    view = ArticleView(claims, extractor, extractor.context(article.text))
    return claim_kind(claim, view)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarvell Foods is offering one month's pay for each year served, twice what the "
        "statute sets.",
        "Laid-off crews at Oskar Shipping get three weeks' basic pay per year of service, "
        "more than double the legal floor.",
        "Each porter is owed two months' pay, more than twice what the agency offered.",
    ],
)
def test_a_sum_counted_in_time_is_not_a_duration(sentence: str, ruleset: Any) -> None:
    assert _kind(sentence, ruleset) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The two-month stoppage at Tarvell Foods lasted twice as long as the lockout of 2019.",
        "A walkout of three weeks at Oskar Shipping was longer than the strike a year before.",
    ],
)
def test_a_length_of_time_still_is_one(sentence: str, ruleset: Any) -> None:
    assert _kind(sentence, ruleset) == "days"
