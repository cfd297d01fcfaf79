"""A strike called by a union, then what it did to an employer's work: "the stoppage
called by the Dock Guild halted work for two days at Orla Foods' depot". The employer
is whose work or site it stopped, so the claim is checked against that employer's
strike and its callers. Names and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://news.test/2031/03/tarn-depot-stoppage-ends"
PAGE = """<h1>Tarn depot staff end three-day stoppage</h1>
<p>Orla Foods' distribution depot in Tarn reopened on Tuesday: the Kessel Warehouse Guild
(KWG), which had called the three-day stoppage there, agreed to talks.</p>
<p>About 300 of the depot's staff took part, the guild said.</p>
<h2>Related</h2>
<ul><li>Tram Crews Union warns of action over rosters</li></ul>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Last month the stoppage called by the Kessel Warehouse Guild halted work for "
            "three days at Orla Foods' depot in Tarn",
            "supported",
        ),
        # Another union gets the call the page gives the guild.
        (
            "Last month the stoppage called by the Tram Crews Union halted work for three "
            "days at Orla Foods' depot in Tarn",
            "contradicted",
        ),
    ],
)
def test_the_employer_whose_work_the_strike_stopped(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, URL, PAGE, ruleset, "strike")
    assert found.claim.fields["against"] == ["Orla Foods"]
    assert found.verdict.label == label, found.verdict.rationale


def test_a_place_it_closed_names_no_employer(ruleset: RuleSet) -> None:
    found = cited(
        "Last month the stoppage called by the Kessel Warehouse Guild closed the port for a day",
        URL,
        PAGE,
        ruleset,
        "strike",
    )
    assert found.claim.fields["against"] == []
