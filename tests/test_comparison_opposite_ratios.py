"""A source stating the same comparison with its ratio the other way ("about 8 per cent
less than" against a claim of "about 8 per cent more than"; "half as much" against
"twice as much") goes against the claim; the same ratio bears it out, and two ratios the
same way but of other sizes decide nothing. The sentences and pages are written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

URL = "https://news.example.com/2031/04/harbour-pilots-pay.html"


def _page(sentence: str) -> str:
    return (
        "<html><head><title>Harbour pilots press pay claim</title></head><body>"
        "<h1>Harbour pilots press pay claim</h1>"
        f"<p>The union published its own survey on Tuesday. {sentence}</p></body></html>"
    )


@pytest.mark.parametrize(
    ("claim", "source", "label"),
    [
        (
            "Harbour pilots in Tarvik earn about 8 per cent more than their counterparts in Oslen",
            "Harbour pilots in Tarvik earn about 8 per cent less than their counterparts in Oslen.",
            "contradicted",
        ),
        (
            "Tarvik's ferry masters make roughly 15% more than ferry masters at Brunhaven",
            "Ferry masters in Tarvik make roughly 15% less than ferry masters at Brunhaven.",
            "contradicted",
        ),
        (
            "Junior pilots in Tarvik are paid about half as much as senior pilots in Oslen",
            "Junior pilots in Tarvik are paid about twice as much as senior pilots in Oslen.",
            "contradicted",
        ),
        (
            "Harbour pilots in Tarvik earn about 8 per cent more than their counterparts in Oslen",
            "Harbour pilots in Tarvik earn about 8 per cent more than their counterparts in Oslen.",
            "supported",
        ),
    ],
)
def test_a_ratio_stated_the_other_way_goes_against_the_claim(
    claim: str, source: str, label: str, ruleset: Any
) -> None:
    found = cited(claim, URL, _page(source), ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


def test_two_ratios_the_same_way_of_other_sizes_decide_nothing(ruleset: Any) -> None:
    found = cited(
        "Harbour pilots in Tarvik earn about 8 per cent more than their counterparts in Oslen",
        URL,
        _page(
            "Harbour pilots in Tarvik earn about 40 per cent more than their counterparts in Oslen."
        ),
        ruleset,
        "comparison",
    )
    assert found.verdict.label != "contradicted", found.verdict.rationale
