"""Table figures given a unit of measure by a note in a header or the caption ("(million
kg)", "(t)", "(thousand clinker tonnes)", "Metric tonnes"), and counts whose row says what
it counts in a table of years across ("Nurses employed (number)"). Pages and sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

from factcheck.sources.facts import read_facts

CATCH = """<html><body><main><h1>Fisheries landings</h1>
<table><caption>Table 3: Landings by species group</caption>
<thead><tr><th>Species group</th><th>Catch landed (million kg)</th><th>Value (US$ per kg)</th>
<th>Boats (number)</th></tr></thead>
<tbody>
<tr><th>Cod and haddock</th><td>412.6</td><td>3.10</td><td>1,204</td></tr>
<tr><th>Herring</th><td>288.0</td><td>0.95</td><td>310</td></tr>
</tbody></table>
<table><caption>Table 4: Kilns and workforce, 2028-2030</caption>
<thead><tr><th>Indicator</th><th>2028</th><th>2029</th><th>2030 p</th></tr></thead>
<tbody>
<tr><th>Cement output (thousand clinker tonnes) 1</th>
<td>2,020</td><td>2,075</td><td>2,140</td></tr>
<tr><th>Kiln operators, all plants (number) a</th><td>1,150</td><td>1,180</td><td>1,210</td></tr>
<tr><th>Average shift (hours)</th><td>8.5</td><td>8.4</td><td>8.2</td></tr>
</tbody></table>
<table><caption>Cuadro 2. Exportaciones / Exports</caption>
<thead><tr><th>Año / Year</th><th>Toneladas / Metric tonnes</th></tr></thead>
<tbody><tr><th>2030</th><td>2.310.400</td></tr></tbody></table>
<table><caption>Grid capacity by source (MW)</caption>
<thead><tr><th>Source</th><th>2030</th></tr></thead>
<tbody><tr><th>Hydro</th><td>6,480</td></tr></tbody></table>
</main></body></html>"""


def _cells() -> dict[tuple[str, str], str]:
    return {(c.data["row"], c.data["column"]): c.text for c in read_facts(CATCH).of("cell")}


def test_a_note_of_a_measure_gives_the_figures_their_unit() -> None:
    cells = _cells()
    assert cells[("Cod and haddock", "Catch landed (million kg)")].endswith(": 412.6 million kg")
    # Thousands of a kind of tonne, noted in the row of a table of years across.
    row = "Cement output (thousand clinker tonnes) 1"
    assert cells[(row, "2030 p")].endswith(": 2,140 thousand clinker tonnes")
    # A header that is the unit alone, in two languages, over a figure grouped by points.
    assert cells[("2030", "Toneladas / Metric tonnes")].endswith(": 2,310,400 tonnes")
    # The caption's note, where no header names a unit.
    assert cells[("Hydro", "2030")].endswith(": 6,480 MW")


def test_a_rate_or_a_length_of_time_is_no_measure() -> None:
    cells = _cells()
    assert not cells[("Cod and haddock", "Value (US$ per kg)")].endswith("kg")
    assert not cells[("Average shift (hours)", "2029")].endswith(("tonnes", "kg", "MW"))


def test_a_row_noted_as_a_number_says_what_it_counts_under_years() -> None:
    cells = _cells()
    assert cells[("Kiln operators, all plants (number) a", "2030 p")].endswith(
        ": 1,210 kiln operators"
    )


URL = "https://stats.example.org/landings/2030"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The fleet landed about 412 million kilograms of cod and haddock", "supported"),
        ("Cod and haddock landings came to roughly 2.3 million tonnes", "unverified"),
        ("Exports reached some 2.31 million tonnes in 2030", "supported"),
        ("The plants made 2.14 million tonnes of cement output in 2030", "supported"),
    ],
)
def test_a_measured_cell_bears_on_a_claim(sentence: str, label: str, ruleset: Any) -> None:
    judged = verdict_on(
        f"{sentence} ([figures]({URL})).", {URL: CATCH}, ruleset, "quantity", wrap=False
    )
    assert judged.label == label


# One dot and three digits: 41,250 tonnes where points group thousands, 41.25 where
# they mark decimals. The page gives no way to tell.
SALT = """<html><body><main><h1>Salt works output</h1>
<table><caption>Cuadro 5. Producción de sal</caption>
<thead><tr><th>Salina</th><th>Producción 2030 (t)</th></tr></thead>
<tbody><tr><th>Total</th><td>41.250</td></tr></tbody></table>
</main></body></html>"""


def test_a_figure_of_one_dot_group_gets_no_unit() -> None:
    cells = {(c.data["row"], c.data["column"]): c.text for c in read_facts(SALT).of("cell")}
    assert not cells[("Total", "Producción 2030 (t)")].endswith("tonnes")


@pytest.mark.parametrize(
    "sentence",
    [
        "The salt works produced about 41,250 tonnes in 2030",
        "The salt works produced about 41.25 tonnes in 2030",
    ],
)
def test_a_figure_of_one_dot_group_refutes_neither_reading(sentence: str, ruleset: Any) -> None:
    judged = verdict_on(
        f"{sentence} ([figures]({URL})).", {URL: SALT}, ruleset, "quantity", wrap=False
    )
    assert judged.label != "contradicted"
