"""Counts of staff compared between two employers or regions where the thing counted
carries an acronym ("a larger IT workforce than") or is placed "on its books" / "on its
payroll" before "than". The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

STAFF_URL = "https://health.example.org/workforce/doctors-by-district-2031"
# Doctors employed by district, two columns.
STAFF = """<html><head><title>Medical workforce by district, 2031</title></head>
<body><main><h1>Medical workforce by district, 2031</h1>
<table><caption>Table 2: Doctors employed, by district (headcount)</caption>
<thead><tr><th>District</th><th>Junior doctors</th><th>Senior doctors</th></tr></thead>
<tbody>
<tr><td>Kessel</td><td>1,420</td><td>610</td></tr>
<tr><td>Dorrin</td><td>655</td><td>702</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "left", "relation", "right"),
    [
        (
            "Kessel now has more junior doctors on its rolls than Dorrin",
            "Kessel",
            "greater",
            "Dorrin",
        ),
        ("Dorrin has fewer senior doctors on its payroll than Kessel", "Dorrin", "less", "Kessel"),
        ("Kessel now has a larger IT workforce than Dorrin", "Kessel", "greater", "Dorrin"),
    ],
)
def test_staff_on_the_books_are_read_as_two_sides(
    sentence: str, left: str, relation: str, right: str, ruleset: Any
) -> None:
    # The sides are found; whether a page's column of counts decides them is the
    # judge's part, not tested here.
    found = cited(sentence, STAFF_URL, STAFF, ruleset, "comparison")
    fields = found.claim.fields
    assert (fields["left"], fields["relation"], fields["right"]) == (left, relation, right)


def test_a_share_against_an_expectation_is_no_comparison(ruleset: Any) -> None:
    with pytest.raises(AssertionError, match="no comparison claim"):
        cited("Kessel has a larger share than expected", STAFF_URL, STAFF, ruleset, "comparison")
