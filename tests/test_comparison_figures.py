"""Comparisons whose two sides are figures of one page sentence: each figure is read
with its own clause ("5% in the first year, 3.5% in the second"), steps are matched by
their ordinals ("the opening rise", "the final-year one"), what one side of a bargain
asked is told from what the other offered, and a sum the draft gives without a period
is taken in the other side's. The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.evidence.comparisons import own_words
from factcheck.model import Verdict

URL = "https://news.example.net/health/pay-talks"
TALKS = """<html><head><title>Midwives reject Larchmont health board offer</title></head>
<body><main><article>
<h1>Midwives reject Larchmont health board offer</h1>
<p>Talks between the Larchmont health board and the midwives' association ended on Friday
without a deal.</p>
<p>The association sought €300 a month more for every grade; the health board offered
€110.</p>
<p>The board's revised plan sets rises of 5% in the first year, 3.5% in the second and
2.5% in the third.</p>
</article></main></body></html>"""


def _on(sentence: str, ruleset: Any, before: str = "") -> Verdict:
    draft = f"# Talks\n\n{before}{sentence} ([report]({URL})).\n"
    return verdict(run(draft, {URL: TALKS}, ruleset, wrap=False), "comparison").verdict


def test_each_figure_is_read_with_its_own_clause() -> None:
    text = "Rises of 5% in the first year, 3.5% in the second and 2.5% in the third."
    spans = [(text.index(f), text.index(f) + len(f)) for f in ("5%", "3.5%", "2.5%")]
    # The later figures share the words leading the first ("Rises of").
    assert own_words(text, spans, spans[0][0]).split() == [
        "Rises",
        "of",
        "in",
        "the",
        "first",
        "year",
    ]
    assert own_words(text, spans, spans[1][0]).split() == ["Rises", "of", "in", "the", "second"]
    assert own_words(text, spans, spans[2][0], lead=False).split() == ["in", "the", "third."]
    # A clause of its own after a semicolon does not share them.
    bargain = "The crew sought $9 more; the owners offered $4."
    assert own_words(bargain, [(16, 18), (44, 46)], 44).split() == ["the", "owners", "offered", "."]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 5 / 2.5 = 2.
        ("Under the revised plan the first-year rise is double the third-year one", "supported"),
        ("The opening rise in the board's revised plan is double the final-year one", "supported"),
        # 5 / 3.5 = 1.43.
        (
            "In the board's revised plan the first-year rise is three times the second-year rise",
            "contradicted",
        ),
    ],
)
def test_steps_of_a_series_are_matched_by_their_ordinals(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, ruleset)
    assert found.label == label, found.rationale


def test_what_one_side_asked_is_told_from_what_the_other_offered(ruleset: Any) -> None:
    # 110 / 300 = 0.37.
    right = _on(
        "The health board's offer is less than half of what the association sought", ruleset
    )
    assert right.label == "supported", right.rationale
    assert "€1,320 a year" in right.rationale and "€3,600 a year" in right.rationale
    wrong = _on(
        "The health board's offer amounts to about two-thirds of what the association wanted",
        ruleset,
    )
    assert wrong.label == "contradicted", wrong.rationale


@pytest.mark.parametrize(("offer", "label"), [("€110", "supported"), ("€170", "contradicted")])
def test_a_sum_without_a_period_is_in_the_other_sides(offer: str, label: str, ruleset: Any) -> None:
    # €170 against €300 a month is 0.57, more than half; read as a year's pay against a
    # year's it would have been far less.
    found = _on(
        f"The board put {offer} on the table, less than half of what the association asked for",
        ruleset,
    )
    assert found.label == label, found.rationale
