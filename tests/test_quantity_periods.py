"""A figure told of a period in its own clause (a month, or a whole year) is set only
against figures of the same period: "a 6% rise in February" is no figure of March, and a
year's total none of a month's. Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.evidence.quantities import _periods_near

URL = "http://tallow.test/news/monthly"


def _label(claim: str, page: str, ruleset: Any) -> str:
    claims = run(
        f"# Figures\n\n{claim} ([r]({URL})).\n", {URL: f"<h1>News</h1><p>{page}</p>"}, ruleset
    )
    labels = [c.verdict.label for c in claims if c.claim.type == "quantity"]
    assert labels, [c.claim.text for c in claims]
    return labels[0]


@pytest.mark.parametrize(
    ("claim", "page", "label"),
    [
        (
            "The tribunal granted a 6% rise for March, which staff rejected",
            "On Friday the tribunal granted a 4% rise for March, after a 6% rise in February.",
            "contradicted",
        ),
        (
            "Tessel Ferries carried 412,000 passengers in July",
            "Tessel Ferries carried 412,000 passengers in June and 455,000 passengers in July.",
            "contradicted",
        ),
        (
            "Staff at the depot were awarded a 3.5% rise for April",
            "The depot's staff were awarded 3.5% for January and a further 2% for April.",
            "contradicted",
        ),
        (
            "Tarrow Air flew 2.3 million passengers in October",
            "Tarrow Air flew 2.3 million passengers in October, up 9%.",
            "supported",
        ),
    ],
)
def test_a_figure_of_another_month_neither_backs_nor_spares(
    claim: str, page: str, label: str, ruleset: Any
) -> None:
    assert _label(claim, page, ruleset) == label


@pytest.mark.parametrize(
    ("sentence", "figure", "periods"),
    [
        ("It granted a 7% increase for June, after a 9% rise in May.", "9%", {"may"}),
        ("It granted a 7% increase for June, after a 9% rise in May.", "7%", {"jun"}),
        ("For the full year 2031 the airline carried 19.6 million people.", "19.6", {"year"}),
        ("Annual output reached 4,100 tonnes.", "4,100", {"year"}),
        ("Output reached 410 tonnes in September and more later.", "410", {"sep"}),
        ("Sales may rise 5% this spring.", "5%", set()),
        # A name is no month, nor is "may".
        ("Sales rose 5% while Jan Novak watched.", "5%", set()),
    ],
)
def test_the_periods_a_figure_is_told_of(sentence: str, figure: str, periods: set[str]) -> None:
    at = sentence.index(figure)
    assert _periods_near(sentence, at, at + len(figure)) == periods
