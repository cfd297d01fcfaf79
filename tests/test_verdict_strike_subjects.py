"""Issue 11, item 5, for strikes: a contradiction needs a definite conflict on the claim's
own strikers. An employer's own workforce, which a page names by the employer ("Workers
at the state carrier X struck"), is not another union; a union a page names only to say
it took no part is not the union of the strike its story tells. Drafts and pages written
for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://news.example/story"


def _label(sentence: str, page: str, claim_type: str, ruleset: RuleSet) -> str:
    return cited(sentence, URL, page, ruleset, claim_type).verdict.label


# An employer's workforce named by the employer: the page puts the employer's own name
# where its strikers go ("Workers at the utility X struck"), or names them by a word for
# a workforce alone; the claim names them "X staff". One workforce, not another union.
WORKFORCE = [
    (
        "Velmora Post staff staged a two-day national strike against the company's plan",
        "<p>Workers at the state-owned carrier Velmora Post held a two-day national strike "
        "on Monday against plans to close 400 branches.</p>",
    ),
    (
        "Carrow Water staff went on strike for one day in March over the utility's pension cuts",
        "<p>Employees of the publicly owned utility Carrow Water went on strike for one day "
        "in March over pension cuts.</p>",
    ),
    (
        "Hartline Buses employees held a one-day strike against the operator in June",
        "<p>In June, staff at Hartline Buses held a one-day strike.</p>",
    ),
]


@pytest.mark.parametrize(("sentence", "page"), WORKFORCE)
def test_an_employers_workforce_named_by_the_employer_is_one_party(
    sentence: str, page: str, ruleset: RuleSet
) -> None:
    assert _label(sentence, page, "strike", ruleset) == "supported"


@pytest.mark.parametrize(
    "page",
    [
        # A trade of the workforce is not the whole of it.
        "<p>In June, drivers at Hartline Buses held a one-day strike.</p>",
        # Another employer's staff.
        "<p>In June, staff at Orrin Coaches held a one-day strike.</p>",
    ],
)
def test_a_trade_or_another_employers_staff_does_not_bear_the_workforce_out(
    page: str, ruleset: RuleSet
) -> None:
    sentence = "Hartline Buses employees held a one-day strike against the operator in June"
    assert _label(sentence, page, "strike", ruleset) != "supported"


def test_the_workforce_said_not_to_strike_still_contradicts(ruleset: RuleSet) -> None:
    sentence = "Hartline Buses employees held a one-day strike against the operator in June"
    page = (
        "<p>In June, staff at Hartline Buses did not join a one-day strike called by "
        "drivers at Orrin Coaches.</p>"
    )
    assert _label(sentence, page, "strike", ruleset) == "contradicted"


# A union the page names only to say it took no part is not the union of the strike the
# page's story tells with common words ("Porters walked out"): its members are said to
# be working, which goes against a claim that they struck, and nothing bears it out.
UNION_LEFT_OUT = [
    (
        "Archive clerks organised by the Tjänstefack union walked out alongside them",
        "<h1>Curators walk out in Uppsala and Lund in rare museum strike</h1>"
        "<p>Curators at the regional museums in Uppsala and Lund walked out on Monday over "
        "pay.</p><p>The Tjänstefack union, which organises some archive clerks, is not involved "
        "in the dispute, and its members kept working.</p>",
    ),
    (
        "Ticket agents represented by the Vervoer union walked out with the drivers",
        "<h1>Tram drivers walk out in Ghent</h1><p>Tram drivers in Ghent walked out on "
        "Monday in a row over rosters.</p><p>Ticket agents, who belong to the Vervoer union, "
        "did not join the stoppage.</p>",
    ),
    (
        "Cleaners in the Orsa union joined the strike at the hospital",
        "<h1>Porters strike at Kell Hospital</h1><p>Porters at Kell Hospital walked out for "
        "two days.</p><p>The Orsa union said its cleaners would not take part and kept "
        "working.</p>",
    ),
    (
        "Dispatchers from the Trafik union also walked out in solidarity",
        "<h1>Bus drivers walk out in Malmö</h1><ul><li>Bus drivers in Malmö walked out on "
        "Friday.</li><li>The Trafik union, which represents the dispatchers, was not "
        "involved and its members kept working.</li></ul>",
    ),
]


@pytest.mark.parametrize(("sentence", "page"), UNION_LEFT_OUT)
def test_a_union_named_only_as_left_out_is_not_the_storys_union(
    sentence: str, page: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, URL, page, ruleset, "strike")
    assert found.verdict.label == "contradicted", found.verdict.rationale


def test_the_storys_own_union_still_bears_its_members_out(ruleset: RuleSet) -> None:
    page = (
        "<h1>Porters strike at Kell Hospital</h1><p>Porters at Kell Hospital walked out for "
        "two days.</p><p>The Orsa union, which represents them, called the walkout.</p>"
    )
    sentence = "Porters in the Orsa union walked out at Kell Hospital"
    assert cited(sentence, URL, page, ruleset, "strike").verdict.label == "supported"
