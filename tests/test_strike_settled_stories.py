"""A story told by the settlement that ended a stoppage ("X and Y reach tentative
agreement", its opening "..., ending a strike that began on ...") is a story of that
dispute: it bears out a claim of the strike by its union against its employer, and never
goes against one; a headline telling a sick-out in the present ("call in sick en masse")
tells a stoppage. Pages and drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://campus.test/news/deal"
DRAFT = (
    "# Lab strike\n\nResearch technicians represented by the Brannock Technicians Guild "
    f"walked off the job at Calder Polytechnic in March ([release]({URL})).\n"
)


def _page(headline: str, opening: str) -> str:
    return (
        f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1>\n"
        f"<p>{opening}</p>\n<p>Members will vote on the deal next month, the guild said, "
        "and the labs are expected to reopen on Monday.</p></body></html>"
    )


@pytest.mark.parametrize(
    ("headline", "opening"),
    [
        (
            "Calder Polytechnic and technicians' guild reach tentative agreement",
            "Calder Polytechnic and the Brannock Technicians Guild, which represents about "
            "900 research technicians, reached a tentative agreement late on Friday, ending a "
            "strike that began on March 4.",
        ),
        (
            "Technicians ratify new contract at Calder Polytechnic",
            "Members of the Brannock Technicians Guild voted to accept a deal with Calder "
            "Polytechnic on Sunday, bringing to an end a three-week walkout over pay.",
        ),
        (
            "Deal reached at Calder Polytechnic",
            "A settlement between Calder Polytechnic and the Brannock Technicians Guild ended "
            "the 19-day stoppage that had shut most of the university's laboratories.",
        ),
    ],
)
def test_a_settlement_story_bears_out_the_strike(
    headline: str, opening: str, ruleset: RuleSet
) -> None:
    got = verdict(run(DRAFT, {URL: _page(headline, opening)}, ruleset), "strike")
    assert got.verdict.label == "supported"


def test_a_settlement_story_of_no_stoppage_bears_out_nothing(ruleset: RuleSet) -> None:
    page = _page(
        "Calder Polytechnic and technicians' guild reach tentative agreement",
        "Calder Polytechnic and the Brannock Technicians Guild reached a tentative agreement "
        "late on Friday on a first contract after eleven months of talks.",
    )
    got = verdict(run(DRAFT, {URL: page}, ruleset), "strike")
    assert got.verdict.label == "unverified"


def test_a_settlement_story_of_another_union_goes_against_nothing(ruleset: RuleSet) -> None:
    page = _page(
        "Calder Polytechnic and lab staff union reach tentative agreement",
        "Calder Polytechnic and the Orla Lab Staff Union reached a tentative agreement late "
        "on Friday, ending a strike that began on March 4.",
    )
    got = verdict(run(DRAFT, {URL: page}, ruleset), "strike")
    assert got.verdict.label != "contradicted"


SICK_URL = "http://county.test/news/sickout"


@pytest.mark.parametrize(
    "headline",
    [
        "Tarn County jailers call in sick en masse as talks stall",
        "Tarn County jailers calling in sick en masse, sheriff says",
        "Jailers at Tarn County call out sick en masse over overtime",
    ],
)
def test_a_sick_out_headline_tells_a_stoppage(headline: str, ruleset: RuleSet) -> None:
    draft = (
        "# Jail\n\nIn March, jailers represented by the Tarn Corrections Guild stayed off the "
        f"job in a dispute with Tarn County ([report]({SICK_URL})).\n"
    )
    page = (
        f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1>\n"
        "<p>Twenty jailers at the Tarn County detention centre phoned in ill across two "
        "night shifts this week, county officials said on Tuesday.</p>\n<p>The jailers are "
        "represented by the Tarn Corrections Guild, which has been in talks with Tarn County "
        "since last year.</p></body></html>"
    )
    assert verdict(run(draft, {SICK_URL: page}, ruleset), "strike").verdict.label == "supported"
