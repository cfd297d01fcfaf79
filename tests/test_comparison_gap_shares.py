"""A ratio near one is a gap stated as a share ("40% above", "a fifth more than", "about
a quarter below"): it holds within a quarter of the stated gap, not within a tenth of the
whole ratio, which lets "30% above" stand for a gap of 17%. Pages and sentences are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.evidence.comparisons import about_bounds

URL = "https://news.example.com/2031/05/quay-porters-pay.html"

# The porters' £14.40 is 1.20 times the £12.00 living wage: 20% above it.
PAGE = (
    "<h1>Quay porters' pay</h1>"
    "<p>Porters at Ostrel Quay earned an average of £14.40 an hour last year. "
    "The regional living wage is £12.00 an hour.</p>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Ostrel Quay says its porters average £14.40 an hour, 30% above the regional "
            "living wage",
            "contradicted",
        ),
        (
            "Ostrel Quay says its porters average £14.40 an hour, 20% above the regional "
            "living wage",
            "supported",
        ),
        (
            "Ostrel Quay says its porters average £14.40 an hour, some 32 per cent more than the "
            "regional living wage",
            "contradicted",
        ),
        (
            "Ostrel Quay says its porters average £14.40 an hour, about 20 per cent higher than "
            "the regional living wage",
            "supported",
        ),
    ],
)
def test_a_gap_stated_as_a_share_holds_within_a_quarter_of_itself(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, PAGE, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("factor", "inside", "outside"),
    [
        (1.4, 1.45, 1.28),  # "40% more": 28% is more than a quarter of the gap short
        (0.8, 0.77, 0.72),  # "a fifth less": 28% less is more than a quarter over
        (1.1, 1.12, 1.05),  # "10% higher": 5% is half the gap
    ],
)
def test_the_bounds_narrow_to_the_gap(factor: float, inside: float, outside: float) -> None:
    low, high = about_bounds(factor)
    assert low <= inside <= high
    assert not low <= outside <= high


def test_a_multiple_keeps_the_tenth_either_way() -> None:
    assert about_bounds(3.0) == pytest.approx((2.7, 3.3))
    assert about_bounds(0.5) == pytest.approx((0.45, 0.55))
