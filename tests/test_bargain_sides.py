"""A figure one side of a bargain demands is not the one the other side offers: near the
claim's figure and the source's, words of an offer ("tabled", "on the table", "proposed")
and of a demand ("is demanding", "called for", "holding out for") keep the two apart, in
either direction. A posting that "seeks" a worker, or a "demanding" job, is no demand. The
pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "http://ferry.test/press/9"
PAGE = (
    "<p>Talks at Kelvar Ferries resumed on Monday.</p>"
    "<p>The company has proposed a rise in basic pay of £64 a week for deckhands.</p>"
    "<p>The union is demanding a rise in basic pay of £95 a week for deckhands.</p>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Kelvar Ferries has tabled a basic pay rise of £64 a week for deckhands.", "supported"),
        ("Kelvar Ferries has put £64 a week on the table for deckhands.", "supported"),
        ("The union is holding out for a rise of £95 a week for deckhands.", "supported"),
        ("Deckhands' union has called for a rise of £95 a week.", "supported"),
    ],
)
def test_an_offer_is_read_against_the_offer_and_a_demand_against_the_demand(
    ruleset: Any, sentence: str, label: str
) -> None:
    draft = f"# Ferries\n\n{sentence} ([update]({URL}))\n"
    got = [c.verdict.label for c in run(draft, {URL: PAGE}, ruleset) if c.claim.type == "salary"]
    assert got == [label]


def test_a_posting_that_seeks_is_no_demand(ruleset: Any) -> None:
    page = (
        "<p>Kelvar Ferries seeks a demanding deckhand for its island route, offering £610 a "
        "week.</p>"
    )
    draft = f"# Ferries\n\nKelvar Ferries is offering deckhands £540 a week ([ad]({URL})).\n"
    got = [c.verdict.label for c in run(draft, {URL: page}, ruleset) if c.claim.type == "salary"]
    assert got == ["contradicted"]
