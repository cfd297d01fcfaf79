"""A floor one side of a bargain counters with ("countered with a $39,000 floor and ...")
is a salary claim of that side's offer, read against the offer a page gives, not the
floor in force. The pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "http://quayside-ledger.test/2025/03/talks"
PAGE = (
    "<p>Reporters at the Halvard Press walked out on Monday.</p>"
    "<p>The guild wants a $42,000 minimum for reporters. Halvard Press has offered a $37,500"
    " minimum, up from the current floor of $33,000.</p>"
)


@pytest.mark.parametrize(
    ("figure", "label"),
    [("$39,000", "contradicted"), ("$37,500", "supported")],
)
def test_a_countered_floor_is_read_against_the_offer(figure: str, label: str, ruleset: Any) -> None:
    draft = (
        "# Talks\n\nThe guild wants more for its reporters. The Halvard Press countered with a "
        f"{figure} floor and says that is fair ([report]({URL})).\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: PAGE}, ruleset)
        if c.claim.type == "salary" and figure in c.claim.text
    ]
    assert got == [label]
