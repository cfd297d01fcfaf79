"""A claim's opening word is capitalised because it opens the sentence, not because it
is a name: a labelled value ("Notice: 6 weeks of pay") whose figure a source gives
otherwise in prose is contradicted, as the same words in the middle of a sentence are."""

from __future__ import annotations

import pytest
from judging import stance

from factcheck.rulepacks.ruleset import RuleSet

SOURCE = "Staff made redundant at the mill will be given 16 weeks of notice pay under the deal."


@pytest.mark.parametrize(
    "claim",
    [
        "Notice pay: 12 weeks.",
        "Notice pay under the deal is 12 weeks.",
        "Redundant staff at the mill get 12 weeks of notice pay.",
    ],
)
def test_an_opening_word_is_no_name(ruleset: RuleSet, claim: str) -> None:
    assert stance(ruleset, claim, SOURCE)[0] == "contradicts"


def test_the_same_figure_still_supports(ruleset: RuleSet) -> None:
    assert stance(ruleset, "Notice pay under the deal is 16 weeks.", SOURCE)[0] == "supports"


def test_a_name_opening_the_claim_is_still_a_name(ruleset: RuleSet) -> None:
    """Another firm named in the source, where the claim names its own: no conflict."""
    source = "Corvel gives staff made redundant 16 weeks of notice pay."
    assert (
        stance(ruleset, "Brannock gives staff made redundant 12 weeks of notice pay.", source)[0]
        != "contradicts"
    )
