"""A statistics table's cell as the very figure a pay claim gives: the row the claim
names, the one column of that row it can mean, the table's year; and a row's currency and
period cells as the unit of its figures. The pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

from factcheck.sources.facts import read_facts

WAGES = """<h1>Wages in selected trades, 2024</h1>
<table><caption>Table 3. Wages by trade, Harrow County, 2024</caption>
<tr><th>Code</th><th>Trade</th><th>Median pay per hour</th><th>Mean pay per hour</th>
<th>Median yearly pay</th><th>Mean yearly pay</th></tr>
<tr><td>47-2121</td><td>Glaziers</td><td>$29.85</td><td>$31.40</td><td>$62,090</td>
<td>$65,310</td></tr>
<tr><td>47-2141</td><td>Painters, construction and maintenance</td><td>$23.10</td>
<td>$24.05</td><td>$48,050</td><td>$50,020</td></tr>
</table>"""
URL = "http://harrow.test/stats/trade-wages"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Glaziers earned a median of $62,090 a year in 2024.", "supported"),
        # The row and the column are the claim's: another figure is wrong.
        ("Glaziers earned a median of $64,500 a year in 2024.", "contradicted"),
        ("Glaziers earned a median of $31.90 an hour in 2024.", "contradicted"),
        # No statistic named: two columns of the row are in the claim's period.
        ("Glaziers earned $64,500 a year in 2024.", "unverified"),
        # Another year than the table's.
        ("Glaziers earned a median of $64,500 a year in 2019.", "unverified"),
        # A place the table does not cover.
        ("Glaziers in Marlow averaged $40.00 an hour in 2024.", "unverified"),
    ],
)
def test_a_cell_the_claim_names_by_row_and_column(sentence: str, label: str, ruleset: Any) -> None:
    draft = f"# Trades\n\nCounty figures are out ([table]({URL})). {sentence}\n"
    got = verdict_on(draft, {URL: WAGES}, ruleset, "salary", "Glaziers")
    assert got.label == label, got.rationale


def test_a_row_named_by_one_of_its_words_is_not_the_claims(ruleset: Any) -> None:
    draft = (
        f"# Trades\n\nCounty figures are out ([table]({URL})). Maintenance crews earned a "
        "median of $52,000 a year in 2024.\n"
    )
    got = verdict_on(draft, {URL: WAGES}, ruleset, "salary", "Maintenance")
    assert got.label != "contradicted", got.rationale


FLOORS = """<h1>Pisos salariales 2025</h1>
<table><caption>Cuadro 2. Piso salarial por provincia, 2025</caption>
<tr><th>Provincia</th><th>Moneda</th><th>Monto 2025</th><th>Periodicidad</th></tr>
<tr><th>Córdoba (general)</th><td>ARS</td><td>312.450,00</td><td>mensual</td></tr>
<tr><th>Salta (rural)</th><td>ARS</td><td>9.870,50</td><td>diario</td></tr>
</table>"""


def test_a_rows_currency_and_period_cells_are_its_figures_unit() -> None:
    cells = [f for f in read_facts(FLOORS).of("cell")]
    assert [(f.data["row"], f.data["value"]) for f in cells] == [
        ("Córdoba (general)", "312.450,00 ARS a month"),
        ("Salta (rural)", "9.870,50 ARS a day"),
    ]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("In Cordoba the general wage floor is 312,450 pesos a month.", "supported"),
        ("In Cordoba the general wage floor is 298,000 pesos a month.", "contradicted"),
    ],
)
def test_a_floor_read_from_its_row_in_its_currency_and_period(
    sentence: str, label: str, ruleset: Any
) -> None:
    url = "http://pisos.test/cuadro-2"
    draft = f"# Floors\n\nThe table is out ([cuadro]({url})). {sentence}\n"
    got = verdict_on(draft, {url: FLOORS}, ruleset, "salary", "Cordoba")
    assert got.label == label, got.rationale
