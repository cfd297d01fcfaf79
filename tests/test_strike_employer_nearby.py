"""Two readings of who a strike or lockout is against, when the clause itself does not
say it plainly. A claim that its union called a strike, whose clause names no employer,
tells the strike against the employer its sentence or the few before it name: a page
giving that employer's strike to another union goes against it. And whoever locks
workers out is their employer, even when its name ends like a union's ("Association",
"Federation", "Society"). Drafts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://news.test/2031/05/10/depot.html"

DEPOT = (
    "<html><head><title>Depot staff stop work</title></head><body><article>"
    "<h1>Marwick Freight depot staff stop work</h1>"
    "<p>Around 400 staff at Marwick Freight's Dunmore depot walked out on Friday, 9 May "
    "2031, over shift patterns.</p>"
    "<p>The stoppage was organised by Depot Workers Together, a staff network set up last "
    "year.</p></article><footer>Terms</footer></body></html>"
)


def _strike_verdicts(draft: str, union: str, ruleset: RuleSet) -> list[tuple[str, str]]:
    text = f"# Depot\n\n{draft} ([source]({URL}))\n"
    checked = run(text, {URL: DEPOT}, ruleset, wrap=False)
    return [
        (c.verdict.label, c.verdict.rationale)
        for c in checked
        if c.claim.type == "strike" and union in " ".join(c.claim.fields.get("strikers", []))
    ]


@pytest.mark.parametrize(
    "draft",
    [
        # The employer in the same sentence, outside the strike's clause.
        "The one-day stoppage in May 2031, called by the Haulage Staff Union, was the "
        "longest in Marwick Freight's history.",
        # In a sentence before it, and not as a party to any strike.
        "On Friday night the loading bays at Marwick Freight went quiet. The walkout was "
        "organised by the Haulage Staff Union.",
        "Marwick Freight's Dunmore depot stood idle on 9 May 2031. The Haulage Staff Union "
        "called the stoppage.",
        "Marwick Freight lost a day of deliveries in May 2031. That stoppage, led by the "
        "Haulage Staff Union, closed its Dunmore depot.",
    ],
)
def test_the_employer_named_nearby(draft: str, ruleset: RuleSet) -> None:
    found = _strike_verdicts(draft, "Haulage Staff Union", ruleset)
    assert found and found[0][0] == "contradicted", found


@pytest.mark.parametrize(
    ("draft", "union"),
    [
        # The page's own union: borne out or left open, never contradicted.
        (
            "The one-day stoppage in May 2031, called by Depot Workers Together, was the "
            "longest in Marwick Freight's history.",
            "Depot Workers Together",
        ),
        # Another employer nearby: the page tells another strike.
        (
            "On Friday night the loading bays at Corvan Logistics went quiet. The walkout "
            "was organised by the Haulage Staff Union.",
            "Haulage Staff Union",
        ),
    ],
)
def test_no_conflict_without_the_same_strike(draft: str, union: str, ruleset: RuleSet) -> None:
    found = _strike_verdicts(draft, union, ruleset)
    assert found and all(label != "contradicted" for label, _ in found), found


def _against(text: str, ruleset: RuleSet) -> list[list[str]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [
        list(c.fields.get("against", []))
        for c in extract_claims(article, ruleset)
        if c.type == "strike"
    ]


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "In March the Harbour Ballet Association locked out its 40 dancers.",
            "Harbour Ballet Association",
        ),
        (
            "Members of the Glassblowers Guild were locked out by the Meridian Opera "
            "Association last spring.",
            "Meridian Opera Association",
        ),
        (
            "The Northfield Players Federation locked out the stagehands in May.",
            "Northfield Players Federation",
        ),
        ("The Riverside Choral Society locked out 25 singers in 2021.", "Riverside Choral Society"),
    ],
)
def test_who_locks_out_is_the_employer(text: str, employer: str, ruleset: RuleSet) -> None:
    found = _against(text, ruleset)
    assert found and employer in found[0], found


def test_a_union_joined_is_still_no_employer(ruleset: RuleSet) -> None:
    found = _against(
        "Dockers walked out in June, joining the Harbour Workers Association.", ruleset
    )
    assert all("Harbour Workers Association" not in a for a in found), found
