"""A page that keeps a strike from a site ("limited to the Arden and Bryce centres",
"the Corby site was not affected", "staff at the Dunlow office kept working") is
evidence against a draft that puts the strike there; pages written for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.evidence.strike_places import no_party, spared
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://business.test/callcentre-strike"
PAGE = """<h1>Call-centre staff strike over shift pay</h1>
<p>Around 600 agents at Brisk Telecom walked out on Tuesday in a one-day stoppage called
by the Contact Workers Guild.</p>
<p>The strike was limited to the Arden and Bryce centres. The Corby site, which handles
business customers, was not affected. Staff at the Dunlow office kept working, the
company said.</p>"""


def _label(sentence: str, ruleset: RuleSet, page: str = PAGE) -> str:
    return cited(sentence, URL, page, ruleset, "strike").verdict.label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Agents at the Corby centre also walked out", "contradicted"),
        ("Staff in Corby also joined the walkout", "contradicted"),
        ("Staff at the Dunlow office walked out on Tuesday", "contradicted"),
        # Not among the sites the strike was limited to.
        ("Agents at the Kettering centre walked out on Tuesday", "contradicted"),
        ("Staff at the Arden centre walked out on Tuesday", "supported"),
        # The struck employer is not one of the sites the strike was limited to.
        ("Members of the Contact Workers Guild walked out at Brisk Telecom", "supported"),
        ("Agents at the Corby centre did not join the strike", "supported"),
    ],
)
def test_sites_the_strike_did_not_reach(sentence: str, label: str, ruleset: RuleSet) -> None:
    assert _label(sentence, ruleset) == label


def test_staff_kept_working_elsewhere_says_nothing_of_this_site(ruleset: RuleSet) -> None:
    page = PAGE.replace("The strike was limited to the Arden and Bryce centres. ", "")
    assert _label("Staff at the Arden centre walked out on Tuesday", ruleset, page) != (
        "contradicted"
    )


def test_a_teaser_on_another_strike_at_the_site_decides_nothing(ruleset: RuleSet) -> None:
    page = (
        "<h1>Call-centre staff strike</h1><p>Agents at Brisk Telecom's Arden centre walked "
        "out on Tuesday.</p><aside><h2>Related stories</h2><ul><li><a href='/x'>Corby "
        "bus depot walkout enters second week</a></li></ul></aside>"
    )
    assert _label("Agents at the Corby centre also walked out", ruleset, page) == "unverified"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The Leith depot, which opened in 2019, remained unaffected.", True),
        ("Workers in Leith kept working through the stoppage.", True),
        ("Leith was the worst affected.", False),
        # An employer hit by a strike may keep some work going: only a site works as usual.
        ("Leith kept operating a few routes with hired crews.", False),
        ("The Leith depot kept operating.", True),
        (
            "The Leith depot was among those not affected by the flood, but joined the strike.",
            False,
        ),
    ],
)
def test_what_spares_a_site(text: str, said: bool) -> None:
    assert (spared(text, "Leith") is not None) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Harlow Freight says it is not a party to those pay talks.", True),
        ("The site's owner, Harlow Freight, insisted it was never a party to any dispute.", True),
        ("Harlow Freight, which leases the depot, is not a party to the strike.", True),
        # Another body is no party; or a party to something else.
        ("Loaders at Harlow Freight struck; Kell Haulage is not a party to that stoppage.", False),
        ("Harlow Freight says it is not a party to the lease signed in 2019.", False),
        # Not the strikers' employer, told of it or of them; a short form in brackets.
        ("Harlow Freight (HF), the depot's owner, was not the employer of the strikers.", True),
        ("Harlow Freight is not our members' employer, but it sets the rates.", True),
        ("They are not employed by Harlow Freight, which leases the yard.", True),
        ("Harlow Freight is not the employer of choice for school leavers.", False),
        ("Harlow Freight was not the largest employer in the county.", False),
        ("Most drivers are not employed by Harlow Freight.", False),
    ],
)
def test_what_says_an_employer_was_no_party(text: str, said: bool) -> None:
    assert (no_party(text, "Harlow Freight") is not None) == said


CONTRACTED = """<h1>Depot loaders strike over unpaid wages</h1>
<p>Some 90 loaders employed by the agency Tessel Staffing walked out at the Corby depot on
Monday over a month of missing wages.</p>
<p>Harlow Freight, which owns the depot, stressed it is not a party to that stoppage.</p>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "The loaders' walkout against Harlow Freight was the first at the depot",
        "Agency loaders at the Corby depot struck against Harlow Freight",
        "It was the first walkout against Harlow Freight at the depot",
    ],
)
def test_a_strike_against_an_employer_that_was_no_party(sentence: str, ruleset: RuleSet) -> None:
    found = cited(sentence, URL, CONTRACTED, ruleset, "strike")
    assert "Harlow Freight" in found.claim.fields["against"]
    assert found.verdict.label == "contradicted", found.verdict.rationale


SUBCONTRACTED = """<h1>Ramp agents walk out at Orvane airport</h1>
<p>About 600 ramp agents walked out at Orvane airport on Monday. The walkout was called by
the Airside Workers' Guild. The strikers work for two handling contractors. They are not
employed by Orvane Airports Company, the state operator, which set up a help desk.</p>"""


def test_a_strike_aimed_at_an_employer_the_page_says_is_not_theirs(ruleset: RuleSet) -> None:
    # The page's report names no employer; its word that the claimed one employs none of
    # the strikers outweighs it.
    found = cited(
        "Members of the Airside Workers' Guild struck against Orvane Airports Company",
        URL,
        SUBCONTRACTED,
        ruleset,
        "strike",
    )
    assert found.verdict.label == "contradicted", found.verdict.rationale


def test_a_strike_against_the_contractor_is_untouched(ruleset: RuleSet) -> None:
    found = cited(
        "Members of the Airside Workers' Guild walked out at Orvane airport",
        URL,
        SUBCONTRACTED,
        ruleset,
        "strike",
    )
    assert found.verdict.label != "contradicted", found.verdict.rationale
