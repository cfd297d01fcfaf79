"""A comparison stating one thing as a share of another ("apprentices make up more than a
third of the workforce") is read as the share claim in its words is: against the
percentage a page gives of the same whole, or a part over its total. The pages are
written for these tests."""

from __future__ import annotations

from judging import run

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://ferrandine.test/about"


def _comparison(draft: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    claims = run(draft, {URL: page}, ruleset)
    found = [c for c in claims if c.claim.type == "comparison"]
    assert len(found) == 1, [c.claim.text for c in claims]
    return found[0].verdict.label, found[0].verdict.rationale


PERCENT_PAGE = (
    "<h1>Ferrandine Glassworks</h1><p>The Glassblowers' Guild had about 1,900 members at "
    "Ferrandine Glassworks, roughly 17 per cent of the company's 11,000 employees.</p>"
)


def test_a_share_above_the_one_a_page_gives_is_contradicted(ruleset: RuleSet) -> None:
    draft = (
        "# Glass\n\nThe Glassblowers' Guild now accounts for over a quarter of the "
        f"company's employees at Ferrandine Glassworks ([about]({URL})).\n"
    )
    label, why = _comparison(draft, PERCENT_PAGE, ruleset)
    assert label == "contradicted"
    assert why.startswith("Read as a share of the whole:")


def test_a_share_the_page_bears_out_is_supported(ruleset: RuleSet) -> None:
    draft = (
        "# Glass\n\nAt Ferrandine Glassworks, guild members make up more than a tenth of "
        f"the company's employees ([about]({URL})).\n"
    )
    assert _comparison(draft, PERCENT_PAGE, ruleset)[0] == "supported"
    under = draft.replace("more than a tenth", "less than a fifth")
    assert _comparison(under, PERCENT_PAGE, ruleset)[0] == "supported"
    # Near the bound but on the wrong side of it: 17 per cent is no "more than a fifth".
    over = draft.replace("more than a tenth", "more than a fifth")
    assert _comparison(over, PERCENT_PAGE, ruleset)[0] == "contradicted"


def test_a_share_of_another_whole_says_nothing(ruleset: RuleSet) -> None:
    # The page's share is of the employees; the draft's is of the city's glassworkers.
    draft = (
        "# Glass\n\nThe Glassblowers' Guild represents more than half of the city's "
        f"glassworkers ([about]({URL})).\n"
    )
    assert _comparison(draft, PERCENT_PAGE, ruleset)[0] == "unverified"
