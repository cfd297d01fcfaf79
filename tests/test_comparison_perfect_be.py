"""A level said to have stood above or below another with the perfect of "be" ("has been
higher than", "have long been lower than"). The pages and sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

FLOORS_URL = "https://wages.example.org/floors/by-district-2031"
# One column of daily wage floors by district.
FLOORS = """<html><head><title>Daily wage floors by district, 2031</title></head>
<body><main><h1>Daily wage floors by district, 2031</h1>
<table><thead><tr><th>District</th><th>Daily floor (marks)</th></tr></thead>
<tbody>
<tr><td>Kessel</td><td>412</td></tr>
<tr><td>Dorrin</td><td>388</td></tr>
<tr><td>Ambry</td><td>350</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Since January, Kessel's daily floor has been higher than Dorrin's", "supported"),
        ("Ambry's daily floor has long been lower than Dorrin's", "supported"),
        ("Ambry's daily floor has been higher than Kessel's", "contradicted"),
    ],
)
def test_the_perfect_of_be_compares_two_levels(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, FLOORS_URL, FLOORS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


def test_the_perfect_of_be_against_an_expectation_is_no_comparison(ruleset: Any) -> None:
    with pytest.raises(AssertionError, match="no comparison claim"):
        cited(
            "Daily floors have been higher than expected",
            FLOORS_URL,
            FLOORS,
            ruleset,
            "comparison",
        )
