"""Marks on a page that are no amount of anything: a note's number raised above the line
("<sup>2</sup> Excludes...") and a table's unit of account ("Output, 1,000 tonnes"). Neither
may refute a count. Pages and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

from factcheck.sources.pages import extract_page

NOTES_URL = "https://stats.example.org/monthly/staff.html"


def _noted(row: str, unit: str, figure: str, note: str) -> str:
    return f"""<html><body><main><h1>Monthly staffing snapshot</h1>
<table><caption>{unit.capitalize()} who worked at least one shift in the month</caption>
<thead><tr><th>Employer</th><th>May 2030</th></tr></thead>
<tbody><tr><th scope="row">{row}<sup>1</sup></th><td>{figure}</td></tr>
<tr><th scope="row">Agencies<sup>2</sup></th><td>1,204</td></tr></tbody></table>
<p class="footnote"><sup>1</sup> Anyone on two payrolls is counted once.</p>
<p class="footnote"><sup>2</sup> {note}</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "row", "unit", "figure", "note"),
    [
        (
            "Nearly 42,000 nurses worked at least one shift for public hospitals in May 2030",
            "Public hospitals",
            "nurses",
            "41,260",
            "Leaves out nurses on agency contracts.",
        ),
        (
            "About 9,500 drivers worked at least one shift for bus companies in May 2030",
            "Bus companies",
            "drivers",
            "9,480",
            "Leaves out drivers on school runs alone.",
        ),
        (
            "Some 3,000 teachers worked at least one shift in private schools in May 2030",
            "Private schools",
            "teachers",
            "3,012",
            "Leaves out teachers on supply contracts.",
        ),
    ],
)
def test_a_notes_raised_number_counts_nothing(
    sentence: str, row: str, unit: str, figure: str, note: str, ruleset: Any
) -> None:
    judged = verdict_on(
        f"{sentence} ([snapshot]({NOTES_URL})).",
        {NOTES_URL: _noted(row, unit, figure, note)},
        ruleset,
        "quantity",
        wrap=False,
    )
    assert judged.label != "contradicted", judged.rationale


def test_a_raised_note_reads_as_its_marker_and_a_power_as_it_stands() -> None:
    page = extract_page(
        "<html><body><article><h1>Flats</h1>"
        "<p><sup>3</sup> Excludes flats under 40 m<sup>2</sup>.</p>"
        "<p>Output grew to 10<sup>6</sup> units, the council said<sup>a</sup>.</p>"
        "<p>Rents rose in Leeds<sup><a href='#n4'>4</a></sup> last year.</p>"
        "</article></body></html>"
    )
    assert "[3] Excludes flats under 40 m2." in page.blocks
    assert "Output grew to 106 units, the council said[a]." in page.blocks
    assert "Rents rose in Leeds[4] last year." in page.blocks


ACCOUNT_URL = "https://stats.example.org/industry/output.html"


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        (
            "Output of sawn timber and plywood in Sweden, 1,000 cubic metres",
            "Oregon's timber output slid to just under three million cubic metres in 2029",
        ),
        (
            "Collection of raw milk and cream in Norway (in 1 000 litres)",
            "Gujarat's raw milk collection rose to roughly 40 million litres in 2029",
        ),
        (
            "Fish landings by species in Iceland (1,000 tonnes)",
            "Chile's fish landings fell to nearly 600,000 tonnes in 2029",
        ),
    ],
)
def test_a_tables_unit_of_account_refutes_no_amount(
    caption: str, sentence: str, ruleset: Any
) -> None:
    page = f"""<html><body><main><h1>Industry output</h1>
<table><caption>{caption}</caption>
<thead><tr><th>Product</th><th>2028</th><th>2029</th></tr></thead>
<tbody><tr><th>All</th><td>18,420</td><td>17,960</td></tr></tbody></table>
</main></body></html>"""
    judged = verdict_on(
        f"{sentence} ([figures]({ACCOUNT_URL})).",
        {ACCOUNT_URL: page},
        ruleset,
        "quantity",
        wrap=False,
    )
    assert judged.label != "contradicted", judged.rationale


def test_a_round_thousand_told_as_an_amount_still_counts(ruleset: Any) -> None:
    # "1,000 tonnes" told in a sentence is an amount, and refutes a far larger one.
    judged = verdict_on(
        f"The mill shipped 250,000 tonnes of pulp in 2029 ([news]({ACCOUNT_URL})).",
        {ACCOUNT_URL: "<p>The mill shipped 1,000 tonnes of pulp in 2029, its worst year.</p>"},
        ruleset,
        "quantity",
    )
    assert judged.label == "contradicted", judged.rationale
