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


# A pay table dated by its columns, with its cells also read as the page's text.
STAGES = """<h1>Harbour porters: new statutory rates</h1>
<p>The minimum rates for harbour porters rise in two steps, the ministry said.</p>
<table><caption>Statutory rates for porters</caption>
<tr><th>Grade</th><th>from 1 March 2025</th><th>from 1 October 2026</th></tr>
<tr><td>Porters (Hafenarbeiter)</td><td>£12.10 per hour</td><td>£12.60 per hour</td></tr>
<tr><td>Licensed porters (with a crane licence)</td><td>£13.40 per hour</td>
<td>£13.95 per hour</td></tr>
<tr><td>Senior porters</td><td>£14.20 per hour</td><td>£15.00 per hour</td></tr>
</table>"""
STAGES_URL = "http://harbour.test/rates/porters"


@pytest.mark.parametrize(
    ("sentences", "label"),
    [
        # The column of the claim's year decides; the other date's column says nothing.
        ("Since March 2025 senior porters have been owed £14.20 an hour.", "supported"),
        ("In 2026 senior porters will be paid at least £15.00 an hour.", "supported"),
        ("Senior porters earn £14.90 an hour as of 2025 under the order.", "contradicted"),
        # "The same date" is the date of the sentence before.
        (
            "The order took effect in March 2025. From that date porters must be paid at "
            "least £12.60 an hour.",
            "contradicted",
        ),
        (
            "Higher rates follow in October 2026. Porters must be paid at least £12.60 an "
            "hour from the same date.",
            "supported",
        ),
        # Porters without a licence are not the row of licensed porters.
        ("Since 2025 porters without a crane licence get £13.40 an hour.", "contradicted"),
    ],
)
def test_a_pay_table_dated_by_its_columns(sentences: str, label: str, ruleset: Any) -> None:
    draft = f"# Port\n\nThe rates are set by order ([order]({STAGES_URL})). {sentences}\n"
    got = verdict_on(draft, {STAGES_URL: STAGES}, ruleset, "salary", "£1")
    assert got.label == label, got.rationale


_TWO_CURRENCIES = {
    "codes in cells": (
        "<tr><th>Postal firm</th><th>Nation</th><th>In own money</th><th>Euro equivalent</th>"
        "</tr><tr><td>Fjordpost</td><td>Norway</td><td>NOK 27,100</td><td>€2,310</td></tr>"
        "<tr><td>Skerpost</td><td>Iceland</td><td>ISK 512,000</td><td>€3,420</td></tr>"
    ),
    "currencies in headers": (
        "<tr><th>Postal firm</th><th>Nation</th><th>Monthly pay (NOK)</th>"
        "<th>Monthly pay (EUR)</th></tr><tr><td>Fjordpost</td><td>Norway</td><td>27,100</td>"
        "<td>2,310</td></tr><tr><td>Skerpost</td><td>Iceland</td><td>—</td><td>3,420</td></tr>"
    ),
    "codes after figures": (
        "<tr><th>Operator (country)</th><th>Pay in own currency</th><th>Pay in euros</th></tr>"
        "<tr><th>Fjordpost (Norway)</th><td>27,100 NOK</td><td>2,310 EUR</td></tr>"
        "<tr><th>Skerpost (Iceland)</th><td>512,000 ISK</td><td>3,420 EUR</td></tr>"
    ),
}


def _two_currencies(rows: str) -> str:
    return (
        "<h1>What a new mail sorter earns, 2030</h1><table><caption>Starting gross monthly pay"
        f" of a full-time mail sorter, 2030</caption>{rows}</table>"
    )


@pytest.mark.parametrize("layout", sorted(_TWO_CURRENCIES))
@pytest.mark.parametrize(
    ("figure", "label"),
    [
        ("NOK 27,100", "supported"),
        # The row gives pay in two currencies: the claim's own is the column it means.
        ("NOK 29,400", "contradicted"),
        ("€2,650", "contradicted"),
    ],
)
def test_a_row_in_two_currencies_is_read_in_the_claims(
    layout: str, figure: str, label: str, ruleset: Any
) -> None:
    draft = (
        f"# Post\n\nPay for sorters varies ([table]({URL})). Fjordpost, for one, pays new "
        f"sorters in Norway {figure} a month.\n"
    )
    page = _two_currencies(_TWO_CURRENCIES[layout])
    got = verdict_on(draft, {URL: page}, ruleset, "salary", "Fjordpost")
    assert got.label == label, got.rationale


def test_a_bare_dollar_picks_no_dollar_column(ruleset: Any) -> None:
    rows = (
        "<tr><th>Postal firm</th><th>Nation</th><th>In own money</th><th>US dollars</th></tr>"
        "<tr><td>Maplepost</td><td>Canada</td><td>C$3,900</td><td>US$2,840</td></tr>"
    )
    draft = (
        f"# Post\n\nPay for sorters varies ([table]({URL})). Maplepost, for one, pays new "
        "sorters in Canada $3,100 a month.\n"
    )
    got = verdict_on(draft, {URL: _two_currencies(rows)}, ruleset, "salary", "Maplepost")
    assert got.label != "contradicted", got.rationale
