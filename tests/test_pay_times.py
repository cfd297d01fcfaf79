"""Pay at a time: a figure tied to a year is compared with the source's figure for that
year, a change ("rose from X to Y") is two figures at two times, and figures compared as
written allow only their own rounding. The pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

from factcheck.claims.amounts import Amount
from factcheck.evidence.common import phases_clash
from factcheck.evidence.pay_times import is_change, when, year_after
from factcheck.evidence.salary import a_change, compare_pay, written_slack


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        ("Pay reaches $96,000 by 2027 under the deal.", "$96,000", 2027),
        ("It was €2,150 a month in March 2022.", "€2,150 a month", 2022),
        ("Starting pay is £31,000 from 1 April 2025, the board said.", "£31,000", 2025),
        ("Pay is $96,000, up 4%.", "$96,000", None),
        # A sum after the figure is no year.
        ("Pay is $96,000 by 2,027 votes to 310.", "$96,000", None),
    ],
)
def test_the_year_a_figure_is_tied_to(text: str, figure: str, year: int | None) -> None:
    end = text.index(figure) + len(figure)
    assert year_after(text, end) == year


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Porters' pay rose from €1,240 to €1,310 a month.", True),
        ("The deal raised the hourly rate from $19 to $21.50.", True),
        ("Wages fell from an average of £410 to £385 a week.", True),
        ("Porters are paid from €1,240 to €1,310 a month, by grade.", False),
    ],
)
def test_a_change_from_one_figure_to_another(text: str, change: bool) -> None:
    start = text.index("from")
    assert is_change(text, text.index(" ", start) + 1) is change
    assert when(text, start, len(text) - 1).change is change


def test_figures_as_written_allow_only_their_own_rounding() -> None:
    assert written_slack(150_000) == 5_000  # rounded to the ten thousand
    assert written_slack(1_310) < 10  # to the unit, or half a per cent
    month = "month"
    claimed = Amount(1240, 1320, "EUR", month)
    assert compare_pay(claimed, "range", Amount(1240, 1310, "EUR", month), exact=True) != (
        "supports"
    )
    assert compare_pay(claimed, "range", Amount(1240, 1320, "EUR", month), exact=True) == (
        "supports"
    )
    # Converted from another period, the usual tolerance holds.
    assert compare_pay(claimed, "range", Amount(1240, 1310, "EUR", month)) == "supports"


DEAL = """<h1>Harbour pilots settle</h1>
<p>The agreement lifted pilots' base pay from an average of $88,000 in 2020 to $94,500 by
2022, rising to $101,000 by 2025.</p>
<p>Porters' base pay rose from €1,240 to €1,310 a month under the same deal.</p>
<p>The port also lifted base pay for crane drivers to $64,000 from $61,000 this spring.</p>"""
URL = "http://harbour.test/news/pilots-settle"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Each year's figure against the source's for that year.
        ("Pilots' base pay was set to reach $101,000 by 2025.", "supported"),
        ("Pilots' base pay was set to reach $94,500 by 2022.", "supported"),
        ("Pilots' base pay was set to reach $99,000 by 2025.", "contradicted"),
        # No year: the series' own figure backs it; another is against the latest.
        ("Pilots' base pay is now $101,000.", "supported"),
        # Two figures at two times: both right, one wrong, both wrong.
        ("Porters' base pay rose from €1,240 to €1,310 a month.", "supported"),
        ("Porters' base pay rose from €1,240 to €1,320 a month.", "mixed"),
        ("Porters' base pay rose from €1,180 to €1,350 a month.", "contradicted"),
        # The pay a change came to is the pay now.
        ("Porters' base pay is €1,310 a month.", "supported"),
        # Written the other way round ("to $Y from $X"), $X is only where it came from.
        ("Crane drivers now earn $64,000 a year.", "supported"),
        ("Crane drivers now earn $67,500 a year.", "contradicted"),
    ],
)
def test_pay_at_its_time(sentence: str, label: str, ruleset: Any) -> None:
    draft = f"# Harbour pay\n\nThe port settled with its staff ([report]({URL})). {sentence}\n"
    got = verdict_on(draft, {URL: DEAL}, ruleset, "salary", sentence.split()[0])
    assert got.label == label, got.rationale


RAISES = """<h1>Cannery crews ratify</h1>
<p>Under the agreement, the base rate for line workers will be $21.40 an hour by March
2026, with 2.5% raises each spring after that.</p>"""
RAISES_URL = "http://cannery.test/news/ratified"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Line workers will make $21.40 an hour by March 2026, then 2.5% raises.", "supported"),
        # The pay right, its raise wrong: one part of two.
        ("Line workers will make $21.40 an hour by March 2026, then 4% raises.", "mixed"),
        ("Line workers will make $22.90 an hour by March 2026, then 2.5% raises.", "contradicted"),
    ],
)
def test_pay_with_its_raise_is_two_parts(sentence: str, label: str, ruleset: Any) -> None:
    draft = f"# Cannery\n\nThe crews voted ([report]({RAISES_URL})). {sentence}\n"
    got = verdict_on(draft, {RAISES_URL: RAISES}, ruleset, "salary", "Line")
    assert got.label == label, got.rationale


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        # A sum said to come on top of pay, or named an adjustment, is no level of pay.
        ("Welders get an additional $1.75 an hour from June.", "$1.75", True),
        ("Night crews receive an extra €38 a week.", "€38", True),
        ("Drivers will be paid a further £900 in the spring.", "£900", True),
        ("Fitters get a $3.10 an hour adjustment on signing.", "$3.10", True),
        ("Fitters are paid $31.10 an hour.", "$31.10", False),
    ],
)
def test_a_sum_on_top_is_a_change(text: str, figure: str, change: bool) -> None:
    start = text.index(figure)
    assert a_change(text, start, start + len(figure)) is change


def test_one_figure_named_as_an_end_of_a_postings_range_is_no_conflict() -> None:
    hour = "hour"
    posted = Amount(27.5, 34.25, "CAD", hour)
    for end in (27.5, 34.25):
        claimed = Amount(end, end, "CAD", hour)
        named = compare_pay(claimed, "range", posted, whole=True, exact=True, at_end=True)
        assert named == "neutral"
        # Not named as an end, one figure is not the posting's range.
        assert compare_pay(claimed, "range", posted, whole=True, exact=True) == "contradicts"
    # A figure off both ends, or within the range, is another figure for the job.
    for other in (31.0, 39.0):
        claimed = Amount(other, other, "CAD", hour)
        assert compare_pay(claimed, "range", posted, whole=True, at_end=True) == "contradicts"


@pytest.mark.parametrize(
    ("claim_near", "source_near", "apart"),
    [
        ("after two years a loader reaches a job rate of $31.40", "a start rate of $24.90", True),
        ("the scale tops out at €2,950 a month", "the starting rate is €2,210", True),
        ("new hires join at the entry-level rate of £11.80", "the top rate of £15.20", True),
        # A figure named as neither end is read against either.
        ("loaders are paid $31.40 an hour", "a start rate of $24.90", False),
    ],
)
def test_a_start_rate_is_no_top_rate(
    claim_near: str, source_near: str, apart: bool, ruleset: Any
) -> None:
    assert phases_clash(claim_near, source_near, ruleset.knowledge) is apart
