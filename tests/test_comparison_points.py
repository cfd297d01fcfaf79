"""Shares set apart by a number of points ("fell two points short of the claim", "sits
1.5 percentage points below", "came in a point above the offer"): the points are the
claim's ``difference``, and the gap between the two shares must fall within it. The
pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.model import Verdict

BULLETIN_URL = "https://bulletin.example.org/ferry-dispute"
BULLETIN = """<h1>Ferry crews balloted</h1>
<p>The union is claiming a rise of 9% this year, while Skerry Lines has offered 5%.</p>
<p>Talks resume on Monday.</p>"""


def _comparison(sentence: str, ruleset: Any) -> Verdict:
    draft = f"# Ferries\n\nFerry crews settled. {sentence} ([source]({BULLETIN_URL})).\n"
    return verdict(run(draft, {BULLETIN_URL: BULLETIN}, ruleset), "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 9 - 7 = 2 points below the claim; 7 - 5 = 2 points above the offer.
        ("The 7% award fell two points short of the union's claim", "supported"),
        ("The 7% award fell four points short of the union's claim", "contradicted"),
        ("The 7% award sits 2 percentage points below the union's claim", "supported"),
        ("The union's claim was two points higher than the 7% award", "supported"),
        ("The 7% award came in two points above Skerry Lines' offer", "supported"),
        ("The 7% award came in about a point above Skerry Lines' offer", "contradicted"),
    ],
)
def test_shares_apart_by_points(sentence: str, label: str, ruleset: Any) -> None:
    found = _comparison(sentence, ruleset)
    assert found.label == label, found.rationale
    assert "points" in found.rationale


def test_points_are_a_difference_of_shares(ruleset: Any) -> None:
    claims = run(
        f"# Ferries\n\nThe 7% award fell two points short of the union's claim ([source]"
        f"({BULLETIN_URL})).\n",
        {BULLETIN_URL: BULLETIN},
        ruleset,
    )
    fields = verdict(claims, "comparison").claim.fields
    assert fields["relation"] == "less"
    assert fields["difference"] == {"min": 2, "max": 2, "currency": "%", "period": None}
