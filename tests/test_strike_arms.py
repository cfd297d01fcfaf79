"""A party named by an arm of a known company: a page listing "Ford Credit Services" or
"Disney Theme Park Logistics Inc." among its parties lists the company whose name the
arm carries, so a claim naming the company is no claim of another employer's strike.
Pages and sentences written for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.evidence.strikes import arm_of
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"


def _strike(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    found = cited(sentence, URL, page, ruleset, "strike")
    return found.verdict.label, found.verdict.rationale


def _listed(employers: list[str]) -> str:
    # The employers one to a line in a cell of their own, as encyclopedia infoboxes
    # list the companies a union struck.
    items = "<br>".join(employers)
    return f"""<h1>2033 Tarvo couriers' strike</h1>
<table class="infobox"><tr><th colspan="2">2033 Tarvo couriers' strike</th></tr>
<tr><th>Date</th><td>9 May 2033</td></tr>
<tr><th colspan="2">Parties</th></tr>
<tr><td colspan="2">Tarvo Couriers Guild</td></tr>
<tr><td colspan="2">{items}</td></tr></table>
<p>The 2033 Tarvo couriers' strike was a stoppage by couriers represented by the Tarvo
Couriers Guild against three delivery firms.</p>"""


@pytest.mark.parametrize(
    ("employers", "claimed"),
    [
        (["Disney Theme Park Logistics Inc.", "Pellow Parcel Ltd"], "Disney"),
        (["Pellow Parcel Ltd", "Sony Interactive Studios LLC"], "Sony"),
        (["Kessel Haulage", "GM Parts Distribution"], "GM"),
        (["Chrysler Service Depots", "Orla Vans"], "Chrysler"),
        (["Universal Theme Parks Inc."], "Universal Pictures"),
    ],
)
def test_an_arm_listed_is_its_company(employers: list[str], claimed: str, ruleset: RuleSet) -> None:
    label, rationale = _strike(
        f"Members of the Tarvo Couriers Guild walked off the job against {claimed} in May 2033",
        _listed(employers),
        ruleset,
    )
    assert label != "contradicted", rationale


def test_another_company_listed_still_goes_against_the_claim(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "Members of the Tarvo Couriers Guild walked off the job against Ford Motor in May 2033",
        _listed(["Orla Vans", "Pellow Parcel Ltd"]),
        ruleset,
    )
    assert label in {"contradicted", "mixed"}, rationale


@pytest.mark.parametrize(
    ("name", "parent", "arm"),
    [
        ("Disney Animation Works Inc.", "Walt Disney", True),
        ("Ford Credit", "Ford", True),
        ("Fordham Freight", "Ford", False),
        ("Ford", "Ford", False),
        ("Orla Ford Vans", "Ford", False),
        ("Amazon Labor Union", "Amazon Labor Union", False),
    ],
)
def test_an_arm_opens_on_the_parent_s_alias(
    name: str, parent: str, arm: bool, ruleset: RuleSet
) -> None:
    assert arm_of(name, parent, ruleset.knowledge) is arm
