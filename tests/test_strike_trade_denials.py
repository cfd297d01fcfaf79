"""A union's members told by the trade its name holds ("the pilots" of the Tarn Pilots
Association, "the clerks" of the Dock Clerks Guild), in a sentence that names the union:
a denial that they struck denies the union's strike. Pages and drafts written for these
tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://encyclopedia.test/wiki/2030_Orla_Air_dispute"


def _label(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    found = cited(sentence, URL, page, ruleset, "strike")
    return found.verdict.label, found.verdict.rationale


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        (
            "<p>The Tarn Pilots Association settled with Orla Air on 2 May 2030, which its "
            "members ratified a week later; the pilots did not walk out.</p>",
            "In June 2030 the Tarn Pilots Association struck Orla Air",
        ),
        (
            "<p>The Dock Clerks Guild (DCG) accepted the port's offer in March, and the clerks "
            "stayed at work throughout the stoppage.</p>",
            "Members of the DCG walked out at the port of Brisa",
        ),
        (
            "<p>Because the Bray Nurses Federation had signed a deal, the nurses took no part "
            "in the hospital strike.</p>",
            "The Bray Nurses Federation went on strike at Bray General",
        ),
        (
            "<p>Under its new contract the Lumen Stagehands Guild could not join the action: "
            "the stagehands never struck.</p>",
            "The Lumen Stagehands Guild joined the walkout at the Lumen Playhouse",
        ),
    ],
)
def test_the_trade_of_the_union_not_on_strike(page: str, sentence: str, ruleset: RuleSet) -> None:
    label, rationale = _label(sentence, page, ruleset)
    assert label == "contradicted", rationale


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        # Another trade than the union's is denied.
        (
            "<p>The Tarn Pilots Association struck Orla Air in June 2030; the engineers did "
            "not walk out.</p>",
            "In June 2030 the Tarn Pilots Association struck Orla Air",
        ),
        # The trade is denied where the union is not named: whose members is not told.
        (
            "<p>The dispute at Orla Air dragged on through June 2030.</p><p>At the smaller "
            "carriers the pilots did not walk out.</p>",
            "In June 2030 the Tarn Pilots Association struck Orla Air",
        ),
    ],
)
def test_no_denial_of_the_union_s_trade(page: str, sentence: str, ruleset: RuleSet) -> None:
    label, rationale = _label(sentence, page, ruleset)
    assert label != "contradicted", rationale
