"""A table whose header names its currency by a symbol in brackets ("(R)", "(S/)", "(Rs)")
holds sums of money: two of its rows are the two sides of a comparison; and a participle
of pay after a comma ("..., taking home ...", "..., earning ...") is no part of the side
it follows. Pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields
from judging import cited

URL = "https://stats.example.org/2031/earnings-by-crop.html"


def _page(unit: str) -> str:
    return (
        "<h1>Farm earnings by crop, 2031</h1>"
        "<table><caption>Table 3. Farm workers by crop, 2031</caption>"
        f"<tr><th>Crop</th><th>Workers (number)</th><th>Average monthly earnings ({unit})</th></tr>"
        "<tr><td>Citrus</td><td>41 200</td><td>12 480</td></tr>"
        "<tr><td>Sugar cane</td><td>38 950</td><td>10 960</td></tr>"
        "<tr><td>Total farming</td><td>80 150</td><td>11 750</td></tr>"
        "</table>"
    )


@pytest.mark.parametrize(
    ("unit", "sentence", "label"),
    [
        ("R", "On average, citrus pickers outearn their counterparts in sugar cane", "supported"),
        ("S/", "Citrus workers earn more than sugar cane workers", "supported"),
        ("Rs", "Citrus workers earn less than sugar cane workers", "contradicted"),
    ],
)
def test_rows_of_a_table_in_a_bracketed_currency_are_the_sides(
    unit: str, sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, _page(unit), ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        (
            "Welders now outearn their counterparts in fitting, taking home $4,100 a month.",
            "their counterparts in fitting",
        ),
        (
            "Night porters earn more than day porters, earning about £80 more a week.",
            "day porters",
        ),
        (
            "Crane drivers out-earn riggers at the port, bringing home roughly €300 more.",
            "riggers at the port",
        ),
    ],
)
def test_a_participle_of_pay_closes_the_side(sentence: str, right: str, ruleset: Any) -> None:
    assert first_fields(sentence, "comparison", ruleset)["right"] == right
