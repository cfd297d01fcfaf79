"""Comparison sides read apart from who reports them; a table's column of the whole area
read for a sentence about all of it; a table's currency told by a note or caption that
describes the measure ("Average gross pay per month ..., CZK"); and the column of everyone
read over columns by sex. The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

TRADES_URL = "https://labour.example.org/pay/harbour-trades-2032"
TRADES = """<html><head><title>Harbour trades: hourly pay</title></head><body><main>
<h1>Median hourly pay in harbour trades, 2032</h1>
<table><caption>Median gross hourly pay (NZD)</caption>
<tr><th>Trade</th><th>Port Avalon</th><th>Nationwide</th></tr>
<tr><td>Riggers</td><td>41.20</td><td>38.90</td></tr>
<tr><td>Net menders</td><td>27.60</td><td>29.10</td></tr>
<tr><td>Stevedores</td><td>33.40</td><td>31.80</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "right", "label"),
    [
        # Nationwide: riggers 38.90, net menders 29.10, stevedores 31.80.
        (
            "Nationwide, riggers earn more than stevedores, the same table shows",
            "stevedores",
            "supported",
        ),
        (
            "Across the country, net menders are paid more than stevedores, according to the "
            "ministry's survey",
            "stevedores",
            "contradicted",
        ),
        (
            "Nationwide, stevedores take home less than net menders, the bureau's figures suggest",
            "net menders",
            "contradicted",
        ),
        # A verb of arguing or claiming closes the side as one of saying does.
        (
            "Nationwide, stevedores earn more than net menders, shop stewards argue",
            "net menders",
            "supported",
        ),
        (
            "Nationwide, net menders are paid more than riggers, the employers' council claims",
            "riggers",
            "contradicted",
        ),
    ],
)
def test_who_reports_a_comparison_is_no_part_of_its_side(
    sentence: str, right: str, label: str, ruleset: Any
) -> None:
    claims = run(f"# Port\n\n{sentence} ([pay]({TRADES_URL})).\n", {TRADES_URL: TRADES}, ruleset)
    found = verdict(claims, "comparison")
    assert found.claim.fields["right"] == right
    assert found.verdict.label == label, found.verdict.rationale
    assert "Nationwide" in found.verdict.rationale, found.verdict.rationale


BRANCHES_URL = "https://czso.example.cz/en/earnings/branches-2032"
# The currency is told only by a note describing the measure, over the table or in its
# caption; the columns divide employees by sex, with their total last.
BRANCH_ROWS = """<tr><th>Activity</th><th>Female staff</th><th>Male staff</th>
<th>All employees</th></tr>
<tr><td>Mining and quarrying</td><td>41,200</td><td>50,900</td><td>49,100</td></tr>
<tr><td>Accommodation and food service activities</td>
<td>22,800</td><td>27,400</td><td>24,600</td></tr>
<tr><td>Education</td><td>38,100</td><td>44,700</td><td>39,800</td></tr>
<tr><td>All activities</td><td>37,900</td><td>45,300</td><td>41,800</td></tr>"""
BRANCH_LAYOUTS = [
    "<p>Average gross pay per month of those working full time, by economic activity, CZK. "
    "Apprentices and company directors are left out of the survey.</p>"
    f"<table>{BRANCH_ROWS}</table>",
    "<table><caption>Average gross monthly wage by branch of activity, in CZK</caption>"
    f"{BRANCH_ROWS}</table>",
]


@pytest.mark.parametrize("layout", BRANCH_LAYOUTS)
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Totals: mining 49,100, accommodation 24,600, education 39,800, all 41,800.
        ("Those in mining earn more than the all-activities figure", "supported"),
        ("Education staff are paid less than those in mining", "supported"),
        (
            "Employees in accommodation and food services earn more than those in education",
            "contradicted",
        ),
    ],
)
def test_a_described_measure_gives_a_branch_table_its_currency(
    layout: str, sentence: str, label: str, ruleset: Any
) -> None:
    page = f"<html><head><title>Earnings by activity</title></head><body><main>{layout}</main>"
    claims = run(f"# Pay\n\n{sentence} ([data]({BRANCHES_URL})).\n", {BRANCHES_URL: page}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
    # Read in the note's currency, from the column of everyone, not of one sex.
    assert "CZK" in found.rationale, found.rationale
    assert "column “All employees”" in found.rationale, found.rationale
