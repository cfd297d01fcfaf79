"""Something that left, put or kept one owner's level above or below another's ("the
rise left Penang's minimum higher than Johor's"): the owner's thing against the other
owner's, read from the rows of a table that names both. The pages and sentences are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article

FLOORS_URL = "https://wages.example.my/minimum-wage/state-rates-2026"
FLOORS = """<html><head><title>Minimum wage by state, 2026</title></head>
<body><main><h1>Monthly minimum wage by state</h1>
<table><caption>Table 2: Monthly minimum wage, selected states (RM per month)</caption>
<thead><tr><th>State</th><th>2025 rate (RM/month)</th><th>2026 rate (RM/month)</th></tr></thead>
<tbody>
<tr><th>Penang</th><td>1,700</td><td>1,820</td></tr>
<tr><th>Johor</th><td>1,650</td><td>1,860</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "left", "right", "relation"),
    [
        (
            "The March rise left Penang's minimum higher than Johor's.",
            "Penang's minimum",
            "Johor's",
            "greater",
        ),
        (
            "The award puts Ostrava's hospital nurses below Brno's, across the valley.",
            "Ostrava's hospital nurses",
            "Brno's",
            "less",
        ),
        (
            "The settlement kept Tasmania's cleaners well below the national median.",
            "Tasmania's cleaners",
            "the national median",
            "less",
        ),
    ],
)
def test_an_owner_s_level_left_above_another_s(
    sentence: str, left: str, right: str, relation: str, ruleset: Any
) -> None:
    article = parse_article(f"# Draft\n\n{sentence}\n", "d.md", "markdown")
    (claim,) = [c for c in extract_claims(article, ruleset) if c.type == "comparison"]
    assert (claim.fields["left"], claim.fields["right"], claim.fields["relation"]) == (
        left,
        right,
        relation,
    )


def test_the_owners_rows_decide_it(ruleset: Any) -> None:
    # 2026: Penang 1,820 against Johor 1,860.
    found = cited(
        "The rise left Penang's minimum wage higher than Johor's.",
        FLOORS_URL,
        FLOORS,
        ruleset,
        "comparison",
    )
    assert found.verdict.label == "contradicted", found.verdict.rationale
