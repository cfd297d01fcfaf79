"""Lengths of time by more forms: one unit written with an article ("lasted nearly a
year", "for a full week"), a place gone without something for a time ("went six weeks
without a delivery"), and workers who stayed off their work for a time. Lookalikes (a
rate per unit, a time ago, a way gone without a map) make no length. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _lengths(text: str, ruleset: RuleSet) -> list[float]:
    article = parse_article(f"# News\n\n{text}\n", "d.md", "markdown")
    return [
        float(c.fields["value"])
        for c in extract_claims(article, ruleset)
        if c.type == "quantity" and c.fields.get("unit") == "days"
    ]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The Orvell ferry lockout lasted nearly a year before a deal was struck.", 365.25),
        ("The kiln strike dragged on for a whole month.", 30.44),
        ("Several farms in the valley went six weeks without a delivery of feed.", 42.0),
        ("Some wards at Tarn General went a full week without a porter.", 7.0),
        ("In June, drivers at Kestrel Cabs stayed off the road for a full week.", 7.0),
        ("The packers remained away from the line for nine days in March.", 9.0),
    ],
)
def test_a_length_of_time_by_its_form(text: str, days: float, ruleset: RuleSet) -> None:
    assert _lengths(text, ruleset) == [days]


@pytest.mark.parametrize(
    "text",
    [
        "Rents at the Quay flats are £900 a week.",
        "The plant runs 24 hours a day.",
        "She was hired a year ago by the mill.",
        "The crew went a long way without a map.",
        "Guards stayed off the platform for safety reasons.",
        "After a week, the mill reopened.",
    ],
)
def test_lookalikes_make_no_length(text: str, ruleset: RuleSet) -> None:
    assert _lengths(text, ruleset) == []
