"""A pronoun for people set off by a word of focus ("even they", "she, too", "they
alone") still points back to the pay the article gave them just before. The pages and
drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import judging
import pytest

from factcheck.evidence.comparisons import points_back_to_people

CRAFTS = """<h1>Pay in the heritage crafts, 2031</h1>
<table><caption>Table 1. Median annual pay by craft, 2031</caption>
<tr><th>Craft</th><th>Median annual pay</th></tr>
<tr><td>Thatchers</td><td>£27,800</td></tr>
<tr><td>Stonemasons</td><td>£34,600</td></tr>
<tr><td>Blacksmiths</td><td>£29,900</td></tr>
</table>"""
URL = "https://crafts.example/pay-2031"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("even they", True),
        ("Even she", True),
        ("they, too", True),
        ("he alone", True),
        ("only them", True),
        # A pronoun with a noun is a side of its own.
        ("even they and thatchers", False),
        ("they too often", False),
    ],
)
def test_a_word_of_focus_leaves_a_pronoun_a_pronoun(text: str, people: bool) -> None:
    assert points_back_to_people(text, f"{text} earn less than stonemasons") is people


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # £31,500 against stonemasons' £34,600 and thatchers' £27,800.
        (
            "Wheelwrights fared best of the small trades, at a median of £31,500, yet even "
            "they earned less than stonemasons.",
            "supported",
        ),
        (
            "Wheelwrights fared best of the small trades, at a median of £31,500, yet even "
            "they earned less than thatchers.",
            "contradicted",
        ),
        (
            "The median coppersmith took home £26,100 last year. They too were paid less "
            "than blacksmiths.",
            "supported",
        ),
    ],
)
def test_a_set_off_pronoun_takes_the_pay_given_before_it(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Crafts\n\n{sentence} ([tables]({URL}))\n"
    claims = judging.run(draft, {URL: CRAFTS}, ruleset, wrap=False, path="d.md")
    judged = judging.verdict(claims, "comparison").verdict
    assert judged.label == label, judged.rationale
