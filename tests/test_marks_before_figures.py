"""A word marking another time or place ("earlier", "previous", "rival") marks a source's
figure when it stands before the figure or just after it; one in a clause further on
("a plan to let drivers retire earlier") marks nothing told before it. Drafts and pages
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://news.example/2031/liege-buses"
PAGE = """<h1>Bus drivers in Liège stop work</h1>
<p>Bus drivers across Liège stopped work on Tuesday.</p>
<p>The drivers' union wants pay to go up by 7 percent in 2031, along with a plan letting
staff on split shifts retire earlier. The operators have put 3 percent on the table.</p>
<p>Under the previous agreement, the drivers received 2 percent a year.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "earlier" is three clauses after the 7 percent: the figure is this year's demand.
        ("The union wants a 10 percent increase in 2031 for the drivers.", "contradicted"),
        ("The union wants a 7 percent increase in 2031 for the drivers.", "supported"),
        # "previous" stands before the 2 percent: a figure of another agreement.
        ("The drivers now receive 6 percent a year.", "unverified"),
    ],
)
def test_a_mark_counts_before_its_figure(sentence: str, label: str, ruleset: Any) -> None:
    article = f"# Buses\n\nBus drivers in Liège walked out ([report]({URL})). {sentence}\n"
    checked = run(article, {URL: PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "quantity"] == [label]
