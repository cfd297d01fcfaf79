"""A side left unsaid after "as much" or "that much" ("Naval architects take home more
than twice as much") is the last sum the article gave, even with a sentence of comment
between. The drafts are written for these tests; the page is the wage table of
test_comparison_units."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict
from test_comparison_units import WATER, WATER_URL

LEAD = (
    "Sailors earned a median of $47,280 a year in May 2031, according to the bureau's "
    f"[wage table]({WATER_URL}). That is modest pay for long weeks away from home."
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Naval architects $100,270 (2.1 times), ship engineers $80,130 (1.7 times).
        ("Naval architects, by the same count, take home more than twice as much.", "supported"),
        ("Ship engineers earn nearly three times that much.", "contradicted"),
        ("Naval architects make about twice as much, the same table shows.", "supported"),
    ],
)
def test_as_much_is_the_sum_before(sentence: str, label: str, ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{LEAD} {sentence}\n", {WATER_URL: WATER}, ruleset, wrap=False)
    found = verdict(claims, "comparison", sentence[:20]).verdict
    assert found.label == label, found.rationale
