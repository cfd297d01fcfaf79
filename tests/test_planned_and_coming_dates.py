"""Days told before they came: the day an event was set for ("the walkout was set for
Friday 14 June") and the day a change applies from ("will suspend night service from 3
March"), read as dates and checked against the page that tells them. Sentences and pages
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import dated_events, run

from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The walkout was set for Friday 14 June, a busy day.", ("scheduled", "????-06-14")),
        ("The strike ballot is scheduled for 3 May 2031.", ("scheduled", "2031-05-03")),
        ("The second stoppage had been called for 9 July.", ("scheduled", "????-07-09")),
        (
            "Sakura Dining will stop night service at 90 of its noodle shops from "
            "March 3, the company said.",
            ("effective", "????-03-03"),
        ),
        (
            "The operator is to close its kiosks on the line from 1 June 2031.",
            ("effective", "2031-06-01"),
        ),
    ],
)
def test_a_day_told_before_it_came(text: str, found: tuple[str, str], ruleset: RuleSet) -> None:
    assert found in dated_events(text, ruleset)


@pytest.mark.parametrize(
    "text",
    [
        "The walkout was set for the busiest weekend of the year.",
        "The strike was called by the union on 9 July.",
        "The depot will be closed from 1 April to 30 June 2031.",
        "The fares rose from May 2031, the operator said.",
    ],
)
def test_no_planned_or_coming_day(text: str, ruleset: RuleSet) -> None:
    assert not [d for d in dated_events(text, ruleset) if d[0] in ("scheduled", "effective")]


NEWS = "https://ledger.example/2031/02/sakura-dining-night-service"
NEWS_PAGE = """<h1>Sakura Dining to halt night service</h1>
<p>OSAKA — Sakura Dining told investors it will stop night service at 90 of
its 400 noodle shops from March 3, as hiring for night shifts stalls.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The night halt takes effect on March 3", "supported"),
        ("The night halt takes effect on March 10", "unverified"),
    ],
)
def test_a_change_from_a_day_backs_the_day_it_takes_effect(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Noodles\n\n{sentence} ([report]({NEWS})).\n"
    checked = run(draft, {NEWS: NEWS_PAGE}, ruleset)
    labels = [c.verdict.label for c in checked if c.claim.type == "date"]
    assert labels == [label] or (label != "supported" and "supported" not in labels)


NOTICE = "https://union.example/releases/2031/05/strike-notice"
NOTICE_PAGE = """<h1>Lecturers at Harwell give notice of strike</h1>
<p>Lecturers at the University of Harwell will hold a one-day strike on Thursday 15
May, their union said, having turned down the pay offer.</p>
<p>An overtime ban is to come after it, from Monday 19 May.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The strike is set for Thursday 22 May", "contradicted"),
        ("The strike is set for Thursday 15 May", "supported"),
        # Not a stoppage: the page's strike day says nothing of it.
        ("The pay review is set for Thursday 22 May", "unverified"),
    ],
)
def test_the_day_a_stoppage_was_set_for_against_its_notice(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Harwell\n\n{sentence} ([notice]({NOTICE})).\n"
    checked = run(draft, {NOTICE: NOTICE_PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "date"] == [label]


WIKI = "https://wiki.example/wiki/2031_Harwell_depot_strike"
WIKI_PAGE = """<h1>2031 Harwell depot strike</h1>
<p>A strike needs a majority in a ballot. In the ballot held from 26 May to 2 June 2031,
61% took part and 88% voted for action.</p>
<p>The strike began with the early shift on 9 June 2031.</p>"""


def test_the_last_day_of_a_ballot_is_not_the_day_the_strike_began(ruleset: Any) -> None:
    draft = f"# Harwell\n\nThe strike began on 2 June 2031 ([entry]({WIKI})).\n"
    checked = run(draft, {WIKI: WIKI_PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "date"] == ["contradicted"]
