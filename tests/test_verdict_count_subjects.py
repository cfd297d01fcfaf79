"""Issue 11, item 5, for counts: a count of those who took part in an event is no count
of the body they belong to; two tops ("up to") are compared as tops. Drafts and pages
written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://news.example/story"


# A count of those who took part in an event (struck, marched) is a part of whatever
# body they belong to: no conflict with a count of the body the claim tells of no event.
TOOK_PART = [
    (
        "Ferrovia Uniti, with roughly 41,000 members, is the second union of the rail trade",
        "<p>Some 1,900 members of Ferrovia Uniti walked out at the Verona depot on Monday.</p>",
    ),
    (
        "Ferrovia Uniti has about 41,000 members across the country",
        "<p>On Monday about 1,900 Ferrovia Uniti members marched through Verona.</p>",
    ),
    (
        "The membership of Ferrovia Uniti stands at about 41,000 members",
        "<ul><li>Verona depot: 1,900 members of Ferrovia Uniti on strike</li></ul>",
    ),
]


@pytest.mark.parametrize(("sentence", "page"), TOOK_PART)
def test_those_who_took_part_do_not_count_the_body(
    sentence: str, page: str, ruleset: RuleSet
) -> None:
    claims = run(f"# Rail\n\n{sentence} ([source]({URL})).\n", {URL: page}, ruleset)
    found = [c for c in claims if c.claim.type == "quantity" and "41,000" in c.claim.text]
    assert found, [c.claim.text for c in claims]
    assert found[0].verdict.label != "contradicted", found[0].verdict.rationale


def test_a_count_of_strikers_still_conflicts_with_another_count_of_strikers(
    ruleset: RuleSet,
) -> None:
    sentence = "About 4,000 members of Ferrovia Uniti walked out at the Verona depot"
    page = "<p>Some 1,900 members of Ferrovia Uniti walked out at the Verona depot on Monday.</p>"
    claims = run(f"# Rail\n\n{sentence} ([source]({URL})).\n", {URL: page}, ruleset)
    found = [c for c in claims if c.claim.type == "quantity" and "4,000" in c.claim.text]
    assert found and found[0].verdict.label == "contradicted"


# Two tops: a claim and a page that both say "up to" name the top of one plan, so the
# tops are compared; a smaller top no longer meets the claim as a bound would.
TOPS = [
    (
        "The carmaker could shed up to 12,000 jobs over three years, the company said",
        "<h1>Cuts</h1><p>The carmaker said it will shed up to 9,000 jobs over three years.</p>",
    ),
    (
        "The council plans to hire up to 1,200 new teachers this year",
        "<ul><li>The council will hire up to 1,500 new teachers this year.</li></ul>",
    ),
    (
        "Orvo Bank said it would cut up to 4,200 jobs by 2028",
        "<h1>Orvo Bank to cut up to 3,800 jobs by 2028</h1><p>The lender announced the plan "
        "on Tuesday.</p>",
    ),
]


def _quantity(sentence: str, page: str, ruleset: RuleSet) -> str:
    claims = run(f"# Plans\n\n{sentence} ([source]({URL})).\n", {URL: page}, ruleset)
    found = [c for c in claims if c.claim.type == "quantity" and "up to" in c.claim.text]
    assert found, [c.claim.text for c in claims]
    return found[0].verdict.label


@pytest.mark.parametrize(("sentence", "page"), TOPS)
def test_two_tops_that_differ_do_not_bear_each_other_out(
    sentence: str, page: str, ruleset: RuleSet
) -> None:
    assert _quantity(sentence, page, ruleset) != "supported"


@pytest.mark.parametrize(
    "page",
    [
        "<p>Orvo Bank said it will cut up to 3,800 jobs by 2028.</p>",
        # A figure that is no top still meets the bound.
        "<p>Orvo Bank will cut 3,000 jobs by 2028.</p>",
    ],
)
def test_the_same_top_or_a_figure_under_it_still_bears_it_out(page: str, ruleset: RuleSet) -> None:
    sentence = "Orvo Bank said it would cut up to 3,800 jobs by 2028"
    assert _quantity(sentence, page, ruleset) == "supported"
