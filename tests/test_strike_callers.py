"""A strike told through the union that called it ("called out by", "had called the
crews to strike", the passive) and an employer named as the site a company runs ("the
Ambrey hub, run by Castell Parcel GmbH"); sentences and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claimfields import StrikeFields
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def strike_of(text: str, ruleset: Any) -> StrikeFields:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    found = [c.fields for c in claims if isinstance(c.fields, StrikeFields)]
    assert found, f"no strike in {text!r}: {[(c.type, c.text) for c in claims]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "strikers", "against"),
    [
        (
            "Glaziers went on strike on Thursday, called out by the Flat Glass Guild.",
            ["Flat Glass Guild"],
            [],
        ),
        (
            "Loaders walked off the job at Pemberton Docks on Friday, led by the Stevedores Guild.",
            ["Stevedores Guild"],
            ["Pemberton Docks"],
        ),
        ("The Flat Glass Guild called 250 cutters out on Tuesday.", ["Flat Glass Guild"], []),
        (
            "The Flat Glass Guild had called its members to strike at Orlo Glassworks.",
            ["Flat Glass Guild"],
            ["Orlo Glassworks"],
        ),
        (
            "Cutters at Orlo Glassworks were called out on strike by the Flat Glass Guild.",
            ["Flat Glass Guild"],
            ["Orlo Glassworks"],
        ),
        (
            "The walkout at Orlo Glassworks was organised by the Flat Glass Guild.",
            ["Flat Glass Guild"],
            ["Orlo Glassworks"],
        ),
        (
            "Cutters at Orlo Glassworks, a subsidiary of Brightwater Holdings, struck on Monday.",
            ["Cutters"],
            ["Orlo Glassworks", "Brightwater Holdings"],
        ),
        (
            "Members of the Flat Glass Guild went on a 24-hour strike at Orlo Glassworks.",
            ["Flat Glass Guild"],
            ["Orlo Glassworks"],
        ),
        # A plural possessive before the strike noun says whose strike it is, and a day
        # after the employer ("for 9 May") is a date, no word of the employer's name.
        (
            "The Flat Glass Guild called a national cutters' strike for 9 May.",
            ["Flat Glass Guild"],
            [],
        ),
        (
            "The Flat Glass Guild and the Kiln Union called the first glaziers’ stoppage of the"
            " decade against Orlo Glassworks on 2 March 2024.",
            ["Flat Glass Guild", "Kiln Union"],
            ["Orlo Glassworks"],
        ),
        (
            "The Flat Glass Guild called a one-day walkout against Orlo Glassworks for 21 October.",
            ["Flat Glass Guild"],
            ["Orlo Glassworks"],
        ),
        # Notice of a strike is its call.
        (
            "The Flat Glass Guild has served notice of a two-day stoppage at Orlo Glassworks.",
            ["Flat Glass Guild"],
            ["Orlo Glassworks"],
        ),
        (
            "The Flat Glass Guild and the Kiln Union registered notice of a regional strike of"
            " cutters on Tuesday 8 April.",
            ["Flat Glass Guild", "Kiln Union"],
            [],
        ),
        (
            "The Flat Glass Guild filed strike notice against Orlo Glassworks on 30 June.",
            ["Flat Glass Guild"],
            ["Orlo Glassworks"],
        ),
    ],
)
def test_who_called_the_strike_and_who_runs_the_site(
    text: str, strikers: list[str], against: list[str], ruleset: Any
) -> None:
    strike = strike_of(text, ruleset)
    assert list(strike.strikers) == strikers
    assert list(strike.against) == against


@pytest.mark.parametrize(
    "text",
    [
        "The umpire called the batters out twice.",
        "Shop stewards were called out of the meeting by the manager.",
        "The Flat Glass Guild pulled out of the talks.",
        "The landlord served notice of eviction on the glaziers.",
        "The council gave notice of a road closure on 9 May.",
    ],
)
def test_calling_out_that_is_no_strike(text: str, ruleset: Any) -> None:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    assert not [c for c in claims if c.type == "strike"]


URL = "http://regional.test/news/sorters-strike"
PAGE = """<h1>Parcel sorters walk out at Ambrey</h1>
<p>About 450 sorters at the Ambrey hub, run by Castell Parcel GmbH, went on strike on
Monday, called out by the Postal Sorters Guild over night-shift rotas.</p>
<p>Castell Parcel said deliveries in the region would be delayed.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Postal Sorters Guild called out its members at Castell Parcel", "supported"),
        ("Sorters at Castell Parcel were called out by the Postal Sorters Guild", "supported"),
        ("Members of the Postal Sorters Guild struck the Ambrey hub", "supported"),
        ("Members of the Postal Sorters Guild went on strike at Dovecote Mail", "contradicted"),
        ("Members of the Freight Clerks Union walked off the job at Castell Parcel", "unverified"),
    ],
)
def test_a_page_naming_the_caller_and_the_operator(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    assert cited(sentence, URL, PAGE, ruleset, "strike").verdict.label == label


NOTICE_URL = "http://regional.test/news/glass-notice"
NOTICE_PAGE = """<h1>Glass unions set a date</h1>
<p>The Flat Glass Guild and the Kiln Union have registered notice of a regional strike of
cutters and glaziers on Tuesday 8 April 2025, against the pay offer of Orlo Glassworks.</p>
<p>The company said it would keep its furnaces lit.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Flat Glass Guild called a regional glaziers' strike for 8 April", "supported"),
        ("The Kiln Union called a strike against Orlo Glassworks on 8 April 2025", "supported"),
        ("The Flat Glass Guild served notice of a stoppage at Orlo Glassworks", "supported"),
    ],
)
def test_a_page_giving_notice_of_the_strike(sentence: str, label: str, ruleset: RuleSet) -> None:
    assert cited(sentence, NOTICE_URL, NOTICE_PAGE, ruleset, "strike").verdict.label == label
