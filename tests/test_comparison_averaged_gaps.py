"""A gap of money between two groups said of their averages: "on average" after the verb
("earn on average about €90 a month less than") or "average" as the verb itself ("average
roughly $310 a week more than"). The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

EARNINGS_URL = "https://stats.example.org/earnings/weekly-by-occupation-2031"
# Mean weekly earnings of three occupations.
EARNINGS = """<html><head><title>Mean weekly earnings by occupation, 2031</title></head>
<body><main><h1>Mean weekly earnings by occupation, 2031</h1>
<table><thead><tr><th>Occupation</th><th>Mean weekly earnings ($)</th></tr></thead>
<tbody>
<tr><td>Licensed surveyors</td><td>1,910.00</td></tr>
<tr><td>Survey assistants</td><td>1,602.50</td></tr>
<tr><td>Drafting clerks</td><td>1,388.40</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 1,910.00 - 1,602.50 = 307.50 a week.
        ("Licensed surveyors average roughly $310 a week more than survey assistants", "supported"),
        (
            "Drafting clerks earn on average about $215 a week less than survey assistants",
            "supported",
        ),
        ("Licensed surveyors averaged some $900 a week more than drafting clerks", "contradicted"),
    ],
)
def test_a_gap_between_averages_is_a_difference_of_the_two_rows(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, EARNINGS_URL, EARNINGS, ruleset, "comparison")
    assert found.claim.fields["difference"]["period"] == "week"
    assert found.verdict.label == label, found.verdict.rationale


def test_a_gap_against_an_earlier_time_is_not_read_as_two_groups(ruleset: Any) -> None:
    with pytest.raises(AssertionError, match="no comparison claim"):
        cited(
            "Rents average $310 a week more than last year",
            EARNINGS_URL,
            EARNINGS,
            ruleset,
            "comparison",
        )
