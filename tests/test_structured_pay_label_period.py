"""Structured pay whose unitText a label before the same figures confirms ("Monthly
salary: CHF 6,100 - 6,900") keeps that period, even where later words of the block name
another ("annual leave", "annual flight home"): those words are about perks, not about
the figures. The pages are written for these tests."""

from __future__ import annotations

import pytest
from postings import job_posting_ld

from factcheck.sources.facts import read_facts


def _page(unit: str, block: str) -> str:
    return (
        "<html><head><title>Crane operator | Velmar Lifting</title>"
        + job_posting_ld(
            "Crane operator", "Velmar Lifting", currency="CHF", low=6100, high=6900, unit=unit
        )
        + "</head><body><h1>Crane operator</h1>"
        f"<dl>{block}</dl><p>Velmar Lifting is hiring in Basel.</p></body></html>"
    )


def _period(unit: str, block: str) -> str:
    pay = [f for f in read_facts(_page(unit, block)).items if f.kind == "pay"]
    return str(pay[0].data["period"])


@pytest.mark.parametrize(
    "block",
    [
        "<dt>Monthly basic salary</dt><dd>CHF 6,100 - 6,900</dd>"
        "<dt>Benefits</dt><dd>Annual flight home, housing</dd>",
        "<dt>Pay per month</dt><dd>CHF 6,100 to 6,900</dd>"
        "<dt>Leave</dt><dd>annual leave 25 days</dd>",
        "<dt>Salary (monthly)</dt><dd>6,100 - 6,900 CHF</dd><dd>plus an annual bonus</dd>",
    ],
)
def test_a_label_naming_the_markups_period_keeps_it(block: str) -> None:
    assert _period("MONTH", block) == "month"


@pytest.mark.parametrize(
    ("unit", "block", "period"),
    [
        # No label before the figures: the words after them still give the period.
        ("YEAR", "<dt>Salary</dt><dd>CHF 6,100 - 6,900 per month</dd>", "month"),
        # A label naming another period than the markup's does not keep the markup's.
        ("YEAR", "<dt>Monthly salary</dt><dd>CHF 6,100 - 6,900 a month</dd>", "month"),
    ],
)
def test_words_after_the_figures_still_correct_the_markup(
    unit: str, block: str, period: str
) -> None:
    assert _period(unit, block) == period
