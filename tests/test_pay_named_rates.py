"""Pay a source gives as the figure of a rate named before it ("raises the hourly rate
for deckhands from €16.10 to €16.90", "set the monthly salary of clerks at R9,100"), and
a move of pay told by a verb of no direction ("goes from", "moved from", "changes
from"). Pages and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

from factcheck.evidence.pay_times import when

URL = "http://union.test/press/ferry-deal"
PAGE = """<html><body><main><h1>Ferry crews accept pay deal</h1>
<p>Members voted on Tuesday to accept the offer from Norbay Ferries.</p>
<p>Under the deal the union signed, the hourly rate for deckhands goes from €16.10 to
€16.90, and for galley staff from €15.40 to €16.05, backdated to March.</p>
<p>It also sets the monthly salary of ticket clerks at €2,480 from next year.</p>
</main></body></html>"""


def _draft(sentence: str) -> str:
    return f"# Ferries\n\nThe union has the details ([release]({URL})). {sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Under the deal, deckhands' pay goes from €16.10 to €16.90 an hour.", "supported"),
        ("Deckhands' hourly pay moves from €16.10 to €17.40 under the deal.", "mixed"),
        ("The deal lifts deckhands from €16.10 to €16.90 an hour.", "supported"),
        ("Under the deal, deckhands go from €15.20 to €16.90 an hour.", "mixed"),
        ("From next year ticket clerks will be paid €2,480 a month.", "supported"),
        ("From next year ticket clerks will be paid €2,900 a month.", "contradicted"),
    ],
)
def test_a_rate_named_before_its_figures(sentence: str, label: str, ruleset: Any) -> None:
    got = verdict_on(_draft(sentence), {URL: PAGE}, ruleset, "salary", "€")
    assert got.label == label, got.rationale


@pytest.mark.parametrize(
    "text",
    [
        "the rate goes from €16.10 to €16.90",
        "pay went from $20 to $22",
        "wages moved from £9 to £10",
        "the hourly rate changes from €16.10 to €16.90",
    ],
)
def test_a_move_told_by_a_verb_of_no_direction_is_a_change(text: str) -> None:
    at = text.index("from")
    assert when(text, at, len(text)).change
