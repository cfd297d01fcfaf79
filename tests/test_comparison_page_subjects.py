"""A sentence that names neither side of a comparison speaks of whom its page is about:
a story headed by the other side ("Orrin Coaches drivers accept pay deal") that names
this side only in passing ("Talks continue at Tallis Buses") gives none of this side's
figures. The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

DEAL_URL = "https://news.example.com/transport/orrin-coaches-drivers-accept-deal"
DEAL = """<html><head><title>Orrin Coaches drivers accept two-year pay deal</title></head>
<body><main><h1>Orrin Coaches drivers accept two-year pay deal</h1>
<p>Drivers at Orrin Coaches have voted by a wide margin to accept a two-year offer.</p>
<p>The agreement lifts the starting rate for new drivers to $31.00 from $27.50 by next
spring.</p>
<p>Talks continue at Tallis Buses, the other big operator in the valley, where no offer
has yet been tabled.</p></main></body></html>"""

SURVEY_URL = "https://union.example.org/research/valley-bus-pay-survey"
SURVEY = """<html><head><title>Valley bus pay survey</title></head><body><main>
<h1>Valley bus pay survey</h1>
<table><caption>Driver pay, June</caption>
<tr><th>Operator</th><th>Starting rate ($)</th></tr>
<tr><td>Tallis Buses</td><td>26.00</td></tr>
<tr><td>Orrin Coaches</td><td>27.50</td></tr>
<tr><td>Ferne Transit</td><td>29.00</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallis Buses's starting rate for new drivers is higher than Orrin Coaches's",
        "New drivers at Tallis Buses earn more than their counterparts at Orrin Coaches",
        "Tallis Buses's starting rate is higher than the starting rate at Orrin Coaches",
    ],
)
def test_a_story_about_the_other_side_gives_none_of_this_sides_figures(
    sentence: str, ruleset: Any
) -> None:
    # Tallis Buses pays $26.00, Orrin Coaches $27.50 (and, under its new deal, $31.00).
    text = (
        f"# Bus pay\n\n{sentence}, a union survey shows.[1] Orrin Coaches has since "
        f"settled.[2]\n\n[1] {SURVEY_URL}\n[2] {DEAL_URL}\n"
    )
    claims = run(text, {SURVEY_URL: SURVEY, DEAL_URL: DEAL}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == "contradicted", found.rationale
    assert "row “Tallis Buses”" in found.rationale, found.rationale


def test_a_sentence_naming_the_side_is_read_on_the_other_sides_page(ruleset: Any) -> None:
    # The story's own sentence names Tallis Buses: its figure is Tallis Buses's.
    deal = DEAL.replace("$31.00 from $27.50 by next\nspring", "$31.00 an hour").replace(
        "where no offer\nhas yet been tabled.", "where drivers are paid $24.00 an hour."
    )
    text = (
        "# Bus pay\n\nDrivers at Tallis Buses are paid a higher hourly rate than drivers at "
        f"Orrin Coaches ([story]({DEAL_URL})).\n"
    )
    claims = run(text, {DEAL_URL: deal}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == "contradicted", found.rationale
    assert "$49,920" in found.rationale, found.rationale  # $24.00 an hour, as a year's pay
