"""A page sentence that tells a strike only threatened, of a union it names by a word
pointing back ("the guild warned that its crews would stop work ... and in the end
never did"), denies that union's strike: it bears out no claim that they struck, and goes
against one. Pages and drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://news.test/2031/05/02/corran-deal.html"

PAGE = (
    "<html><head><title>Corran Transit and drivers settle</title></head><body><article>"
    "<h1>Corran Transit and drivers settle</h1>"
    "<p>Corran Transit and the Corran Bus Drivers Union reached a three-year deal on "
    "Monday, the transit agency said.</p>"
    "<p>New ticket machines will be fitted to the fleet next spring.</p>"
    "<p>{threat}</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    "threat",
    [
        "The guild warned that its drivers would walk out from 3 May unless pay rose; terms "
        "were agreed on 28 April and no strike took place.",
        "Its members were due to walk out on 3 May; the strike was averted when "
        "a deal was signed on 28 April.",
    ],
)
def test_a_threat_that_did_not_happen(threat: str, ruleset: RuleSet) -> None:
    draft = (
        "# Buses\n\nIn May 2031 members of the Corran Bus Drivers Union walked out at Corran "
        f"Transit ([source]({URL})).\n"
    )
    found = verdict(run(draft, {URL: PAGE.format(threat=threat)}, ruleset, wrap=False), "strike")
    assert found.verdict.label == "contradicted", found.verdict.rationale


def test_another_union_s_threat_denies_nothing(ruleset: RuleSet) -> None:
    page = PAGE.format(
        threat="The guild warned that its drivers would walk out from 3 May unless pay "
        "rose; terms were agreed on 28 April and no strike took place."
    )
    draft = (
        "# Buses\n\nIn May 2031 members of the Corran Mechanics Guild walked out at Corran "
        f"Transit ([source]({URL})).\n"
    )
    found = verdict(run(draft, {URL: page}, ruleset, wrap=False), "strike")
    assert found.verdict.label != "contradicted", found.verdict.rationale
