"""A page saying a union's strike was averted, called off or denied at another employer
says nothing against a claim that the union struck at the claim's employer: unions
strike at many employers at once. The same words about the claim's own employer still
go against it. Pages and drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.rulepacks.ruleset import RuleSet

CLAIM_URL = "http://news.test/2032/03/09/quarry-walkout.html"
OTHER_URL = "http://news.test/2032/03/10/disputes-roundup.html"

CLAIM_PAGE = (
    "<h1>Quarry crews picket the gates</h1>"
    "<p>Quarry crews gathered at the gates on Monday morning, the local paper reported.</p>"
)

DRAFT = (
    "# Disputes\n\nIn March 2032 members of Unite went on strike at Brennock Quarries "
    f"([source]({CLAIM_URL})).\n\nOther disputes are listed in a roundup "
    f"([roundup]({OTHER_URL})).\n"
)


@pytest.mark.parametrize(
    "other",
    [
        # active, the other employer after "at"
        "<p>Unite averted a strike at Telford Cement on Friday after its members accepted "
        "a 4% offer.</p>",
        # passive, the strike first
        "<p>A walkout by Unite members at Osgood Aggregates, planned for Monday, was called "
        "off, the union said.</p>",
        # a list entry, the employer after "by"
        "<ul><li>Unite: a stoppage of drivers employed by Harlan Concrete, planned for "
        "Monday, was cancelled after a late deal</li></ul>",
        # the other employer after an aside
        "<p>Unite, which represents 300 loaders there, said that no strike took place at "
        "Felcote Sands in the end.</p>",
    ],
)
def test_a_strike_kept_from_another_employer(other: str, ruleset: RuleSet) -> None:
    pages = {CLAIM_URL: CLAIM_PAGE, OTHER_URL: f"<h1>Roundup</h1>{other}"}
    found = verdict(run(DRAFT, pages, ruleset), "strike", "Brennock")
    assert found.verdict.label != "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    "own",
    [
        "<p>Unite averted a strike at Brennock Quarries after its members accepted a 4% offer.</p>",
        "<ul><li>Unite: a stoppage of drivers employed by Brennock Quarries, planned for "
        "Monday, was cancelled after a late deal</li></ul>",
    ],
)
def test_the_same_words_of_the_claim_s_employer_still_decide(own: str, ruleset: RuleSet) -> None:
    pages = {CLAIM_URL: CLAIM_PAGE, OTHER_URL: f"<h1>Roundup</h1>{own}"}
    found = verdict(run(DRAFT, pages, ruleset), "strike", "Brennock")
    assert found.verdict.label == "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    "other",
    [
        "<p>In March 2032 members of Unite went on strike at Telford Cement.</p>",
        "<ul><li>In March 2032, Unite members went on strike at Telford Cement over shift "
        "pay.</li></ul>",
        "<p>Members of Unite went on strike at Telford Cement, a supplier to the site, in "
        "March 2032.</p>",
        "<table><tr><td>In March 2032 members of Unite went on strike at Telford Cement."
        "</td></tr></table>",
    ],
)
def test_a_page_not_cited_for_the_claim_tells_another_strike(other: str, ruleset: RuleSet) -> None:
    # The union's strike at another employer, on a page cited elsewhere in the draft: the
    # union may strike at both.
    pages = {CLAIM_URL: CLAIM_PAGE, OTHER_URL: f"<h1>Roundup</h1>{other}"}
    found = verdict(run(DRAFT, pages, ruleset), "strike", "Brennock")
    assert found.verdict.label != "contradicted", found.verdict.rationale


def test_the_cited_page_still_tells_which_employer_was_struck(ruleset: RuleSet) -> None:
    cited_page = (
        "<h1>Quarry crews picket the gates</h1>"
        "<p>Unite members walked out at Telford Cement on Monday over shift pay.</p>"
    )
    found = verdict(run(DRAFT, {CLAIM_URL: cited_page}, ruleset), "strike", "Brennock")
    assert found.verdict.label == "contradicted", found.verdict.rationale
