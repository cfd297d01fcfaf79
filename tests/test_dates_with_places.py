"""A dated event told with where it happened between the verb and the day ("stopped
taking orders in Bergen on 14 March"), and a stay told after it ("after six years in
the town"): the date is the claim, and the stay is no length of any event the pages
tell. Sentences and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.claimfields import DateFields
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _claims(text: str, ruleset: RuleSet) -> list[tuple[str, str | None]]:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [
        (c.type, c.fields.date if isinstance(c.fields, DateFields) else c.fields.get("unit"))
        for c in claims
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Halvard Foods stopped taking orders in Bergen on 14 March 2026.", "2026-03-14"),
        ("The nurses' union held a rally in Port Talbot on 3 May 2025.", "2025-05-03"),
        ("Orrin Mills closed its spinning shed in Bradford on 9 June 2024.", "2024-06-09"),
        ("Tram services resumed in Tromsø on 2 June.", "????-06-02"),
        ("The sit-in started in Nantes on Monday 3 March.", "????-03-03"),
    ],
)
def test_a_place_between_the_event_and_its_day(text: str, date: str, ruleset: RuleSet) -> None:
    assert ("date", date) in _claims(text, ruleset)


@pytest.mark.parametrize(
    "text",
    [
        "The bakery shut on 2 May 2031, after six years in the town.",
        "Ridgeway Buses left the route in 2029 after 14 years with the council.",
        "The director stepped down after nine years as chair.",
        "The chain pulled out of Leeds after 12 years in Yorkshire.",
    ],
)
def test_a_stay_is_no_length_of_an_event(text: str, ruleset: RuleSet) -> None:
    assert ("quantity", "days") not in _claims(text, ruleset)


@pytest.mark.parametrize(
    "text",
    [
        "The bus strike ended after 19 days in October.",
        "The pickets went home after eleven days on strike.",
        "The lockout was lifted after five weeks.",
    ],
)
def test_an_events_own_length_after_it_is_still_read(text: str, ruleset: RuleSet) -> None:
    assert ("quantity", "days") in _claims(text, ruleset)


NEWS = "https://news.example/2031/04/halvard-foods-to-leave-bergen"
NEWS_PAGE = """<h1>Halvard Foods to leave Bergen</h1>
<p>Halvard Foods will cease operations in Bergen on March 14, ending eight years in the
city, the company said on Tuesday.</p>"""
WIKI = "https://wiki.example/wiki/2028_Bergen_couriers_strike"
WIKI_PAGE = """<html><head><title>2028 Bergen couriers strike</title></head><body><main>
<h1>2028 Bergen couriers strike</h1>
<table class="infobox"><tr><th>Date</th><td>3–4 June 2028 (2 days)</td></tr>
<tr><th>Parties</th><td>Bergen couriers; Halvard Foods</td></tr></table>
<p>Couriers for Halvard Foods logged off in protest over fees.</p></main></body></html>"""


def test_the_date_is_checked_and_the_stay_against_no_strike(ruleset: Any) -> None:
    draft = (
        "# Couriers\n\n"
        f"In June 2028 couriers for Halvard Foods logged off in protest ([entry]({WIKI})).\n\n"
        "Halvard Foods stopped taking orders in Bergen on 14 March 2031, after eight years "
        f"in the city ([report]({NEWS})).\n"
    )
    checked = run(draft, {NEWS: NEWS_PAGE, WIKI: WIKI_PAGE}, ruleset, wrap=False)
    own = {c.claim.type: c.verdict.label for c in checked if "Bergen on" in c.claim.text}
    assert own == {"date": "supported"}
    assert all(c.verdict.label != "contradicted" for c in checked)


STATEMENT = "https://union.example/press/2031/10/12/retail-contract-signed"
STATEMENT_PAGE = """<h1>Retail contract renewed</h1>
<p>Lyon, 12 October 2031 &ndash; The three retail unions signed a new sector-wide
contract with the employers overnight. Staff will receive 210 euros more a month.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The retail contract was signed in Lyon on 12 November 2031.", "contradicted"),
        ("The unions signed the retail contract on 12 October 2031.", "supported"),
    ],
)
def test_a_datelines_day_dates_the_event_after_it(sentence: str, label: str, ruleset: Any) -> None:
    draft = f"# Retail\n\n{sentence[:-1]} ([statement]({STATEMENT})).\n"
    checked = run(draft, {STATEMENT: STATEMENT_PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "date"] == [label]


def test_a_dateline_is_not_the_day_of_an_event_dated_after_it(ruleset: Any) -> None:
    page = STATEMENT_PAGE.replace("overnight", "on Friday")
    draft = (
        "# Retail\n\nThe retail contract was signed in Lyon on 10 October 2031 "
        f"([statement]({STATEMENT})).\n"
    )
    checked = run(draft, {STATEMENT: page}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "date"] != ["contradicted"]
