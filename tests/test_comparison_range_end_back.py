"""A left side naming an end of a range after "that" or "this" ("That bottom rate",
"this top figure") stands for that end of the range the article just gave; a figure on
the other side with no period of its own is paid in the period of the range ("£24 to
£27.50 an hour"); and "a year ago" or "a year earlier" says when, never how often a sum
is paid. The pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.evidence.comparisons import _period_in

NOW_URL = "https://jobs.example.com/harbourline/vacancy/ferry-engineer-2031"
NOW = """<html><head><title>Ferry Engineer - Harbourline</title></head><body><main>
<h1>Ferry Engineer</h1><p>Harbourline is hiring a Ferry Engineer for its island routes.</p>
<p>Pay: £24.00 to £27.50 an hour, with a boots allowance.</p></main></body></html>"""
THEN_URL = "https://jobs.example.com/harbourline/vacancy/ferry-engineer-2030"
THEN = """<html><head><title>Ferry Engineer - Harbourline</title></head><body><main>
<h1>Ferry Engineer</h1><p>Harbourline is hiring a Ferry Engineer for its island routes.</p>
<p>Pay: £20.00 to £22.00 an hour.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("comparison", "label"),
    [
        # The bottom, £24.00, is 1.2 times £20.00; the top, £27.50, is 1.25 times £22.00.
        ("That bottom rate is about 20 per cent more than the £20.00 paid a year ago", "supported"),
        (
            "This lowest figure is about half as much again as the £20.00 offered a year earlier",
            "contradicted",
        ),
        (
            "That top rate is roughly 25% higher than the £22.00 the ferry line posted a year ago",
            "supported",
        ),
    ],
)
def test_an_end_named_after_that_points_back_to_the_range(
    comparison: str, label: str, ruleset: Any
) -> None:
    text = (
        f"# Ferry pay\n\nHarbourline is hiring a Ferry Engineer at £24.00 to £27.50 an hour "
        f"([posting]({NOW_URL})).\n\n{comparison} ([old posting]({THEN_URL})).\n"
    )
    claims = run(text, {NOW_URL: NOW, THEN_URL: THEN}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("the $40.10 it paid a year ago", None),
        ("the £310 on offer a week earlier", None),
        ("the €2,900 agreed a month later", None),
        ("the $40.10 it pays a year", "year"),
        ("€2,900 a month, agreed a year ago", "month"),
    ],
)
def test_a_time_before_ago_or_later_is_no_period(text: str, period: str | None) -> None:
    phrases = {"a year": "year", "a week": "week", "a month": "month"}
    assert _period_in(text, phrases) == period
