"""Comparison sides named otherwise than a statistics table's row: a sector by its
everyday name ("utility workers", "builders", "posties") against the row a table gives
it ("Electricity, gas, water and waste services", "Construction", "Postal workers");
a gap stated in a period read from the column of that period; pay compared with
"better" or "worse"; and a named side's own figure after "above" or "below". The
sentences and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields
from judging import cited

SECTORS_URL = "https://stats.example.gov/weekly-earnings-by-industry"
SECTORS = """<table><caption>Average weekly earnings by industry, March 2031</caption>
<tr><th>Industry</th><th>Weekly earnings ($)</th></tr>
<tr><td>Mining</td><td>2,700.00</td></tr>
<tr><td>Electricity, gas, water and waste services</td><td>2,050.00</td></tr>
<tr><td>Construction</td><td>1,880.00</td></tr>
<tr><td>Accommodation and food services</td><td>1,190.00</td></tr>
<tr><td>All industries</td><td>1,600.00</td></tr></table>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Builders earn more than utility workers", "contradicted"),
        ("Hospitality workers earn less than builders", "supported"),
        ("Utility workers trail builders by more than $100 a week", "contradicted"),
    ],
)
def test_a_sector_by_its_everyday_name_is_its_row(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, SECTORS_URL, SECTORS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


PAY_URL = "https://stats.example.gov/median-pay-by-occupation"
PAY = """<table><caption>Median pay of full-time employees by occupation, 2031</caption>
<tr><th>Occupation</th><th>Median weekly pay ($)</th><th>Median annual pay ($)</th></tr>
<tr><td>Postal workers, mail sorters and messengers</td><td>700.0</td><td>36,000</td></tr>
<tr><td>Couriers and van drivers</td><td>720.0</td><td>38,500</td></tr></table>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 720.0 - 700.0 = 20 a week; the annual column is 2,500 apart, not 52 times 20.
        ("Posties trail couriers by about $20 a week", "supported"),
        ("Postmen and women trail van drivers by roughly $20 a week", "supported"),
        ("Mail carriers trail couriers by about $60 a week", "contradicted"),
    ],
)
def test_a_gap_in_a_period_is_read_in_that_period_s_column(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, PAY_URL, PAY, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "relation", "left", "right"),
    [
        ("Crane hire firms pay better than hauliers.", "greater", "Crane hire firms", "hauliers"),
        ("Dock work pays much better than farm jobs.", "greater", "Dock work", "farm jobs"),
        (
            "Nursing homes pay worse than the hospitals nearby.",
            "less",
            "Nursing homes",
            "the hospitals nearby",
        ),
    ],
)
def test_pay_compared_with_better_or_worse(
    sentence: str, relation: str, left: str, right: str, ruleset: Any
) -> None:
    fields = first_fields(sentence, "comparison", ruleset)
    assert (fields["relation"], fields["left"], fields["right"]) == (relation, left, right)


@pytest.mark.parametrize(
    ("sentence", "relation", "left", "right"),
    [
        (
            "Funding per pupil at Dalby, $9,070, remains above Harlow College's $8,150.",
            "greater",
            9070,
            8150,
        ),
        ("The Tarn rate, at $3.20, sits below Kelby Council's $4.10.", "less", 3.2, 4.1),
        ("The Harlow rate, $9.10, is still above Kelby Council's $8.75.", "greater", 9.1, 8.75),
    ],
)
def test_a_named_side_s_own_figure_after_above_or_below(
    sentence: str, relation: str, left: float, right: float, ruleset: Any
) -> None:
    fields = first_fields(sentence, "comparison", ruleset)
    assert fields["relation"] == relation
    assert (fields["left_amount"]["min"], fields["right_amount"]["min"]) == (left, right)
