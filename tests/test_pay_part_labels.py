"""A part of pay given as a labelled value: the label names the part ("Shift allowance",
"Sea supplement") and the value is its sum, in a table row (heading cell, value cell), a
definition list (term, definition), a pay box's line ("Label: value") or two spans. The
sum is that part of pay: it backs or refutes a claim naming the same part, and says
nothing of the job's pay. The pages and drafts are written for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://jobs.kestrel-ferries.example/vacancies/4410"

LAYOUTS = {
    "table": (
        "<table class='pay'><tr><th>Basic pay</th><td>£2,480 per month</td></tr>"
        "<tr><th>Sea allowance (time aboard)</th><td>£190 per month</td></tr></table>"
    ),
    "definition list": (
        "<dl class='pay-details'><dt>Basic pay</dt><dd>£2,480 per month</dd>"
        "<dt>Sea allowance</dt><dd>£190 per month</dd></dl>"
    ),
    "lines": (
        "<ul><li>Basic pay: £2,480 per month</li>"
        "<li>Sea allowance for time aboard – £190 per month</li></ul>"
    ),
    "spans": (
        "<div class='row'><span class='label'>Basic pay</span>"
        "<span class='value'>£2,480 per month</span></div>"
        "<div class='row'><span class='label'>Sea allowance</span>"
        "<span class='value'>£190 per month</span></div>"
    ),
}


def _page(layout: str) -> str:
    return (
        "<h1>Deck Officer – Kestrel Ferries</h1><p>Kestrel Ferries is hiring a Deck Officer "
        f"for its island routes.</p><h3>On board with us: the package</h3>{LAYOUTS[layout]}"
        "<p>Applications close on 14 May.</p>"
    )


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Kestrel Ferries pays its deck officers a sea allowance of £190 a month", "supported"),
        ("Kestrel Ferries pays its deck officers a sea allowance of £340 a month", "contradicted"),
    ],
)
def test_a_labelled_part_of_pay_is_that_part(
    ruleset: RuleSet, layout: str, claim: str, label: str
) -> None:
    got = cited(claim, URL, _page(layout), ruleset, "salary")
    assert got.verdict.label == label, got.verdict.rationale


@pytest.mark.parametrize("layout", ["definition list", "table"])
def test_a_labelled_part_says_nothing_of_the_pay(ruleset: RuleSet, layout: str) -> None:
    got = cited(
        "Kestrel Ferries pays its deck officers £190 a month", URL, _page(layout), ruleset, "salary"
    )
    assert got.verdict.label != "supported", got.verdict.rationale
