"""Pay at a time: a figure tied to a year is compared with the source's figure for that
year, a change ("rose from X to Y") is two figures at two times, and figures compared as
written allow only their own rounding. The pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

from factcheck.claims.amounts import Amount
from factcheck.evidence.pay_times import is_change, when, year_after
from factcheck.evidence.salary import compare_pay, written_slack


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
