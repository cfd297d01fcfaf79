"""Comparison forms that were once not found at all: a thing in one year against itself
in another, the first year written with the thing ("exports in 2030 were lower than in
2027") or left as now ("the board has fewer pilots than it did in 2027"); a side below
or above "what" another pays or earns, or "the 90 parcels the union says". The pages and
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claims.extract import extract_claims
from factcheck.model import Claim
from factcheck.reading import parse_article

EXPORTS_URL = "https://stats.example.fi/forestry/softwood-exports-by-year"
# Softwood exports and licensed harbour pilots by year.
EXPORTS = """<html><head><title>Softwood exports and harbour pilots, 2027-2030</title></head>
<body><main><h1>Softwood exports and licensed harbour pilots by year</h1>
<table><thead><tr><th>Measure</th><th>2027</th><th>2028</th><th>2029</th><th>2030</th></tr>
</thead><tbody>
<tr><td>Softwood exports (thousand m³)</td><td>9,420</td><td>9,100</td><td>8,870</td>
<td>8,310</td></tr>
<tr><td>Licensed harbour pilots (number)</td><td>212</td><td>205</td><td>198</td>
<td>187</td></tr>
</tbody></table></main></body></html>"""


def comparisons(sentence: str, ruleset: Any) -> list[Claim]:
    """The comparison claims in a draft of one sentence."""
    article = parse_article(f"# Draft\n\n{sentence}\n", "d.md", "markdown")
    return [c for c in extract_claims(article, ruleset) if c.type == "comparison"]


@pytest.mark.parametrize(
    ("sentence", "left", "right"),
    [
        (
            "Softwood exports in 2030 were lower than in 2027, the customs office said.",
            "Softwood exports in 2030",
            "Softwood exports in 2027",
        ),
        (
            "Across the province, the cereal harvest for 2029 was larger than for 2024.",
            "the cereal harvest in 2029",
            "the cereal harvest in 2024",
        ),
        (
            "The Kessel harbour board now has fewer licensed pilots than it did in 2027.",
            "The Kessel harbour board's licensed pilots",
            "The Kessel harbour board's licensed pilots in 2027",
        ),
        (
            "The two Andean co-operatives employ more seasonal pickers than they had back in 2022.",
            "The two Andean co-operatives's seasonal pickers",
            "The two Andean co-operatives's seasonal pickers in 2022",
        ),
    ],
)
def test_a_thing_against_itself_in_a_year_named_once(
    sentence: str, left: str, right: str, ruleset: Any
) -> None:
    (claim,) = comparisons(sentence, ruleset)
    assert (claim.fields["left"], claim.fields["right"]) == (left, right)


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        (
            "The hospital's new porter rate sits well below what the county pays its porters.",
            "what the county pays its porters",
        ),
        (
            "In March the average bale price dipped under what mills paid in 2029.",
            "what mills paid in 2029",
        ),
        (
            "Kelby's daily quota is well below the 90 parcels the union says couriers now carry.",
            "the 90 parcels the union says couriers now carry",
        ),
        (
            "The harbour fee climbed above what the ferry line charged in 2028.",
            "what the ferry line charged in 2028",
        ),
    ],
)
def test_a_side_above_or_below_what_another_is_paid(
    sentence: str, right: str, ruleset: Any
) -> None:
    (claim,) = comparisons(sentence, ruleset)
    assert claim.fields["right"] == right


@pytest.mark.parametrize(
    "sentence",
    [
        "The price fell below $3 a kilo for a week.",
    ],
)
def test_no_other_side_is_no_comparison(sentence: str, ruleset: Any) -> None:
    assert not comparisons(sentence, ruleset)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 8,310 in 2030 against 9,420 in 2027.
        ("Softwood exports in 2030 were lower than in 2027", "supported"),
        ("Softwood exports in 2030 were higher than in 2027", "contradicted"),
    ],
)
def test_a_year_against_another_is_read_from_the_years_columns(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, EXPORTS_URL, EXPORTS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale
