"""Working through a strike keeps a group out of it ("crossed the picket line", "worked
through the strike", "sat out the walkout"); refusing to cross a picket line does not."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://bakery.test/strike"
DRAFT = (
    "# Bakery strike\n\nOven loaders, represented by the Millers' Guild, joined the walkout "
    f"at Harlan Loaves ([report]({URL})).\n"
)


def _label(sentence: str, ruleset: RuleSet) -> str:
    page = (
        "<h1>Bakers strike at Harlan Loaves</h1>\n<p>About 300 bakers at Harlan Loaves walked "
        f"out on Tuesday over night-shift pay.</p>\n<p>{sentence}</p>"
    )
    return verdict(run(DRAFT, {URL: page}, ruleset), "strike").verdict.label


@pytest.mark.parametrize(
    "sentence",
    [
        "Oven loaders, who belong to the Millers' Guild, crossed the picket line each morning.",
        "Oven loaders worked through the strike, the company said.",
        "Oven loaders, represented by the Millers' Guild, sat out the walkout.",
    ],
)
def test_working_through_the_strike_keeps_a_group_out(ruleset: RuleSet, sentence: str) -> None:
    assert _label(sentence, ruleset) == "contradicted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Oven loaders, represented by the Millers' Guild, refused to cross the picket line.",
        "Oven loaders have never crossed a picket line at the plant.",
    ],
)
def test_not_crossing_a_picket_line_is_no_denial(ruleset: RuleSet, sentence: str) -> None:
    assert _label(sentence, ruleset) != "contradicted"
