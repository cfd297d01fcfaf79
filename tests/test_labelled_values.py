"""A labelled value on a page ("Severance: 10 weeks of base pay") is a figure of its
label: a draft giving another figure for the same label is contradicted, even where the
line shares few of the draft's other words. Pages and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import stance, verdict_on

URL = "https://news.example.org/pellam-cuts"
PAGE = """<html><body><article><h1>Pellam Instruments to cut 60 jobs</h1>
<p>Pellam Instruments told staff on Monday that 60 posts would go at its Corve works.</p>
<p>The terms were set out in a letter to the staff affected.</p>
<ul><li>Redundancy pay: 14 weeks of salary</li><li>Notice period: 2 months</li></ul>
</article></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Fewer than three in five of the claim's words are on the line: the label decides.
        (
            "Pellam Instruments says each departing machinist will receive 20 weeks of salary"
            " as redundancy pay",
            "contradicted",
        ),
        (
            "Pellam Instruments says each departing machinist will receive 14 weeks of salary"
            " as redundancy pay",
            "supported",
        ),
        (
            "Pellam Instruments says the departing machinists will work a notice period of"
            " 5 months",
            "contradicted",
        ),
    ],
)
def test_a_figure_for_the_same_label(sentence: str, label: str, ruleset: Any) -> None:
    judged = verdict_on(f"{sentence} ([report]({URL})).", {URL: PAGE}, ruleset, "statement")
    assert judged.label == label


def test_a_label_the_claim_does_not_name_decides_nothing(ruleset: Any) -> None:
    # "Notice period: 2 months" is not a figure of a probation period.
    found, _ = stance(
        ruleset,
        "Pellam Instruments set a probation period of 5 months.",
        "Notice period: 2 months",
        "Pellam Instruments to cut 60 jobs",
    )
    assert found == "neutral"


def test_a_label_on_a_page_about_someone_else_decides_nothing(ruleset: Any) -> None:
    found, _ = stance(
        ruleset,
        "Pellam Instruments is offering 20 weeks of salary as redundancy pay.",
        "Redundancy pay: 14 weeks of salary",
        "Hollin Gears to cut 40 jobs",
    )
    assert found == "neutral"
