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


LAST_URL = "https://jobs.example.com/harbourline/vacancy/ferry-engineer-2029"


@pytest.mark.parametrize(
    ("aside", "comparison", "last_pay", "label"),
    [
        # A rounded figure between the range and "that range" spans its rounding, not
        # a scale of pay: the bottom is £24.00, the top £27.50.
        (
            "Seasoned crews typically take home around £58,000 a year.",
            "Even the bottom of that range falls short of the £25.00 an hour the line"
            " paid its engineers a year ago",
            "£25.00",
            "supported",
        ),
        (
            "Overtime adds roughly £9,000 a year for most of them.",
            "The top of that band is above the £26.00 an hour offered a year ago",
            "£26.00",
            "supported",
        ),
        (
            "A chief engineer, the union says, clears about £1,200 a week.",
            "Only the floor of that scale is higher than the £26.00 an hour paid a year ago",
            "£26.00",
            "contradicted",
        ),
    ],
)
def test_that_range_skips_a_rounded_figure_given_after_it(
    aside: str, comparison: str, last_pay: str, label: str, ruleset: Any
) -> None:
    last = NOW.replace("£24.00 to £27.50 an hour, with a boots allowance", f"{last_pay} an hour")
    text = (
        f"# Ferry pay\n\nHarbourline is hiring a Ferry Engineer at £24.00 to £27.50 an hour "
        f"([posting]({NOW_URL})). {aside}\n\n{comparison} ([old posting]({LAST_URL})).\n"
    )
    claims = run(text, {NOW_URL: NOW, LAST_URL: last}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale


STEPS_URL = "https://jobs.example.com/corrow-foods/vacancy/line-operator-77"
STEPS = """<html><head><title>Line Operator - Corrow Foods</title></head><body><main>
<h1>Line Operator</h1><p>Corrow Foods is hiring a Line Operator for its bakery in Tarnby.</p>
<p>Pay: from $21.60 an hour, rising to $27.90 after two years.</p></main></body></html>"""
REGION_URL = "https://stats.example.org/tables/hourly-earnings-food-2031"


def _region(layout: str) -> str:
    """A table of average hourly earnings by region, its unit in a note or a caption."""
    rows = (
        "<tr><th>Region</th><th>Food manufacturing</th><th>All industries</th></tr>"
        "<tr><td>Tarnby</td><td>24.75</td><td>29.10</td></tr>"
        "<tr><td>Elsmoor</td><td>20.40</td><td>26.35</td></tr>"
    )
    if layout == "note":
        return (
            "<html><body><main><h1>Average hourly earnings by region, 2031</h1>"
            "<p>Frequency: Annual · Unit of measure: Current dollars</p>"
            f"<table>{rows}</table></main></body></html>"
        )
    return (
        "<html><body><main><h1>Earnings by region</h1><table>"
        f"<caption>Average hourly earnings, 2031 ($)</caption>{rows}</table></main></body></html>"
    )


@pytest.mark.parametrize(
    ("comparison", "layout", "label"),
    [
        # The claim's words open with the side: "That starting wage" is the $21.60 the
        # job starts from, not its $27.90 after two years.
        (
            "That starting wage is below the average hourly wage in food manufacturing in Tarnby",
            "note",
            "supported",
        ),
        (
            "This entry rate sits above Tarnby's average hourly wage in food manufacturing",
            "caption",
            "contradicted",
        ),
        (
            "That starting rate is lower than the average hourly wage in food manufacturing"
            " in Tarnby",
            "caption",
            "supported",
        ),
    ],
)
def test_a_named_start_opening_the_claim_points_back(
    comparison: str, layout: str, label: str, ruleset: Any
) -> None:
    text = (
        "# Bakery pay\n\nCorrow Foods' new Line Operator job in Tarnby starts at $21.60 an hour "
        f"([posting]({STEPS_URL})). After two years it reaches $27.90 an hour.\n\n"
        f"{comparison} ([table]({REGION_URL})).\n"
    )
    claims = run(text, {STEPS_URL: STEPS, REGION_URL: _region(layout)}, ruleset, wrap=False)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
