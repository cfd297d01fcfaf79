"""A page sentence tying the claim's trade at the claim's employer to another union
("glaziers employed by X, also members of Y", "X's glaziers are represented by Y") on a
page that never names the claimed union goes against a claim giving that trade to the
claimed union; a page naming the claimed union too, or tying the trade at another
employer, does not. Pages and drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.rulepacks.ruleset import RuleSet

STORY = "http://city.test/news/tower-stoppage"
DRAFT = (
    f"# Towers\n\nWorkers downed tools at the Orvell tower site last week ([story]({STORY})).\n\n"
    "Days earlier, glaziers belonging to the Tarnside Glassworkers Guild had walked off "
    "Brenlow Glazing's riverside job over harness checks.\n"
)


def _page(sentence: str) -> str:
    return (
        "<h1>Tower workers down tools after near miss</h1>\n<p>About 300 workers on the "
        "Orvell tower stopped work for two days last week after a pallet of panels fell near "
        "a walkway.</p>\n<p>Members of the Building and Finishing Trades Union (BFTU) downed "
        f"tools at the site on Thursday.</p>\n<p>{sentence}</p>"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The stoppage followed a walk-off on 2 May, when glaziers employed by Brenlow Glazing, "
        "also members of the BFTU, left a riverside job over harness checks.",
        "Brenlow Glazing's glaziers, who are represented by the BFTU, had left a riverside job "
        "days earlier.",
        "Days earlier glaziers at Brenlow Glazing, all members of the BFTU, stopped a riverside "
        "job over harness checks.",
    ],
)
def test_the_trade_tied_to_another_union_goes_against_the_claim(
    sentence: str, ruleset: RuleSet
) -> None:
    got = verdict(run(DRAFT, {STORY: _page(sentence)}, ruleset), "strike", "glaziers")
    assert got.verdict.label == "contradicted"


@pytest.mark.parametrize(
    "sentence",
    [
        # The page names the claimed union too: it may be one of several.
        "Glaziers employed by Brenlow Glazing, members of the BFTU and the Tarnside "
        "Glassworkers Guild, left a riverside job days earlier.",
        # Another employer's glaziers.
        "Glaziers employed by Kestle Windows, also members of the BFTU, left a riverside job "
        "days earlier.",
    ],
)
def test_no_tie_against_the_claim(sentence: str, ruleset: RuleSet) -> None:
    got = verdict(run(DRAFT, {STORY: _page(sentence)}, ruleset), "strike", "glaziers")
    assert got.verdict.label != "contradicted"
