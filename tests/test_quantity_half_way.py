"""A whole figure read as its rounding ("7%" as 6.5 to 7.5) is borne out by a finer
figure that rounds to it, not by one told exactly at the rounding's end or past it ("6.5%",
"6.48%"): a writer who had the half would have written it. Drafts and pages written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "http://tallow.test/news/offer"


def _label(claim: str, page: str, ruleset: Any) -> str:
    claims = run(
        f"# Offer\n\n{claim} ([r]({URL})).\n", {URL: f"<h1>News</h1><p>{page}</p>"}, ruleset
    )
    return next(c.verdict.label for c in claims if c.claim.type == "quantity")


@pytest.mark.parametrize(
    ("claim", "page", "label"),
    [
        (
            "The board had offered 7% over two years",
            "The board has offered 6.5% over two years; the union wants 9%.",
            "contradicted",
        ),
        (
            "The board had offered 7% over two years",
            "The board has offered 6.48% over two years.",
            "contradicted",
        ),
        (
            "The council had offered 4% over three years",
            "The council has offered 3.5% over three years.",
            "contradicted",
        ),
        (
            "The council had offered 4% over three years",
            "The council has offered 3.7% over three years.",
            "supported",
        ),
        # A finer figure inside the rounding, or one written as coarsely, bears it out.
        (
            "The board had offered 7% over two years",
            "The board has offered 6.8% over two years.",
            "supported",
        ),
        (
            "The board had offered 7% over two years",
            "The board has offered 7% over two years.",
            "supported",
        ),
        # "About" says its own reach.
        (
            "The board had offered about 7% over two years",
            "The board has offered 6.5% over two years.",
            "supported",
        ),
    ],
)
def test_a_finer_figure_at_the_half_does_not_bear_out_a_whole_one(
    claim: str, page: str, label: str, ruleset: Any
) -> None:
    assert _label(claim, page, ruleset) == label
