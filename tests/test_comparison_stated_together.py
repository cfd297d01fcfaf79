"""A comparison between two figures the article itself gives ("the new $31.40 rate is
about 9% higher than the old $28.80 one") is checked on a source sentence that states both
figures, typically as the two ends of one change ("lifts the rate from $28.80 to
$31.40"): the relation is read on the figures, and that sentence bears it
(factcheck/evidence/comparisons.py, ``stated_together``). A side naming where the change
started ("the old rate") must be the figure after "from". The sentences and pages are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

URL = "https://news.example.com/2036/03/02/marlow-ferries-deal.html"
PAGE = """<html><head><title>Marlow Ferries staff back new deal</title></head><body>
<h1>Marlow Ferries staff back new deal</h1>
<p>Deckhands at Marlow Ferries voted on Tuesday to accept a three-year agreement.</p>
<p>The agreement lifts the basic hourly rate for a deckhand from $28.80 to $31.40 by the
final year, and raises the monthly trainee stipend from $1,790 to $1,960.</p>
<p>Under the deal the daily relief rate will rise to $212 by 2038, from $180 today.</p>
</body></html>"""


def _draft(sentence: str) -> str:
    return (
        "# Marlow Ferries\n\n"
        f"Deckhands at Marlow Ferries have accepted a new agreement ([report]({URL})).\n\n"
        f"{sentence}\n"
    )


@pytest.mark.parametrize(
    ("sentence", "words", "label"),
    [
        # 31.40 / 28.80 = 1.09.
        ("That new $31.40 rate is about 9% higher than the old $28.80 one.", "9%", "supported"),
        # 1,960 - 1,790 = 170.
        (
            "At $1,960 a month, the new stipend sits more than $150 above the $1,790 "
            "trainees got before.",
            "$150",
            "supported",
        ),
        # 212 / 180 = 1.18: not more than a quarter above.
        (
            "The relief rate goes to $212 a day by 2038, a figure more than 25% above the "
            "old $180 rate.",
            "25%",
            "contradicted",
        ),
    ],
)
def test_two_stated_figures_checked_on_a_sentence_stating_both(
    sentence: str, words: str, label: str, ruleset: Any
) -> None:
    found = verdict_on(_draft(sentence), {URL: PAGE}, ruleset, "comparison", words)
    assert found.label == label, found.rationale


def test_the_old_figure_must_be_where_the_change_started(ruleset: Any) -> None:
    # The page has the rate going from 28.80 to 31.40; "the old $31.40 rate" is not it.
    found = verdict_on(
        _draft("The old $31.40 rate was about 9% higher than the new $28.80 one."),
        {URL: PAGE},
        ruleset,
        "comparison",
        "9%",
    )
    assert found.label != "supported", found.rationale
