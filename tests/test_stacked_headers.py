"""Statistics tables whose columns are named by header rows stacked over each other (a
measure spanning its years, "Monthly pay (thousand yen)" over "2030 | 2031") and
whose figures are counted in thousands or millions of a currency. Each column is named
by every header above it, and a figure under a scaled header is read at its full size.
Pages and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.sources.facts import read_facts

STACKED_URL = "https://stats.example.jp/pay/occupations-2031"
STACKED = """<html><head><title>Monthly pay by occupation, 2030–2031</title></head><body>
<main><h1>Monthly pay by occupation, 2030–2031</h1>
<table><caption>Table 4. Pay by occupation, all employees</caption>
<thead><tr><th rowspan="2">Occupation</th><th colspan="2">Monthly pay (thousand yen)</th>
<th colspan="2">Hourly pay (yen)</th></tr>
<tr><th>2030</th><th>2031</th><th>2030</th><th>2031</th></tr></thead>
<tbody>
<tr><th>Ship engineers</th><td>61.2</td><td>63.8</td><td>380</td><td>396</td></tr>
<tr><th>Harbour pilots</th><td>118.0</td><td>124.5</td><td>732</td><td>772</td></tr>
<tr><th>Deck ratings</th><td>38.4</td><td>40.1</td><td>238</td><td>249</td></tr>
</tbody></table></main></body></html>"""

MILLIONS = """<html><body><main><h1>Club budgets</h1>
<table><tr><th>Club</th><th>Wage bill (€ million)</th><th>Budget (EUR thousand)</th></tr>
<tr><td>Orla FC</td><td>12.5</td><td>41,200</td></tr></table></main></body></html>"""


def _cells(html: str) -> dict[tuple[str, str], str]:
    return {(c.data["row"], c.data["column"]): c.data["value"] for c in read_facts(html).of("cell")}


def test_each_column_is_named_by_every_header_above_it() -> None:
    cells = _cells(STACKED)
    assert cells[("Harbour pilots", "Monthly pay (thousand yen), 2031")] == "124,500 JPY a month"
    assert ("Deck ratings", "Hourly pay (yen), 2030") in cells


def test_a_figure_under_a_scaled_header_is_read_at_full_size() -> None:
    cells = _cells(MILLIONS)
    assert cells[("Orla FC", "Wage bill (€ million)")] == "12,500,000 EUR"
    assert cells[("Orla FC", "Budget (EUR thousand)")] == "41,200,000 EUR"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 124.5 / 63.8 = 1.95.
        ("Harbour pilots take home about twice what ship engineers earn", "supported"),
        ("Harbour pilots earn about three times as much as ship engineers", "contradicted"),
        ("Deck ratings now out-earn ship engineers", "contradicted"),
        ("Ship engineers earn more than deck ratings", "supported"),
    ],
)
def test_rows_are_compared_in_the_latest_year_of_a_stacked_table(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = verdict(
        run(f"# Pay\n\n{sentence} ([pay]({STACKED_URL})).\n", {STACKED_URL: STACKED}, ruleset),
        "comparison",
    ).verdict
    assert found.label == label, found.rationale
    assert "2031" in found.rationale
