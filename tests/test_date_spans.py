"""A span of days ("from Monday 3 March to Friday 14 March") gives its last day and its
length; a draft's end date ("ending on 21 March", "due to end on") or length ("due to
last three weeks") is checked against them. Pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claimfields import DateFields, QuantityFields
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _claims(text: str, ruleset: Any) -> list[Any]:
    return [c.fields for c in extract_claims(parse_article(text, "draft.txt"), ruleset)]


@pytest.mark.parametrize(
    ("text", "days", "low", "high"),
    [
        ("Porters will strike from Monday 3 March to Friday 14 March.", 12, 9, 14),
        ("The ban runs between 3 and 21 March 2031.", 19, 14, 21),
        ("Crews walk out from 28 December to 2 January.", 6, 5, 7),
    ],
)
def test_a_span_gives_its_length(text: str, days: int, low: int, high: int, ruleset: Any) -> None:
    spans = [f for f in _claims(text, ruleset) if isinstance(f, QuantityFields)]
    assert [(f.value, f.min, f.max, f.unit) for f in spans] == [(days, low, high, "days")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Porters will strike from Monday 3 March to Friday 14 March.", "????-03-14"),
        ("The picket is due to end on 9 May 2031.", "2031-05-09"),
        ("Crews will stop work for a fortnight, ending on Friday 21 March.", "????-03-21"),
        ("The stoppage is set to end on 7 March.", "????-03-07"),
        # A time of day before the date.
        ("The sit-in is set to end at 6pm on 2 October.", "????-10-02"),
        ("The ban is scheduled to run until 23:30 on Sunday 9 May 2032.", "2032-05-09"),
        ("The blockade is due to finish at midnight on 30 June.", "????-06-30"),
    ],
)
def test_an_end_date(text: str, date: str, ruleset: Any) -> None:
    ends = [f for f in _claims(text, ruleset) if isinstance(f, DateFields) and f.date]
    assert [(f.event, f.date) for f in ends] == [("ends", date)]


def test_months_alone_give_no_span(ruleset: Any) -> None:
    text = "The quarry was closed from March to May."
    assert not [f for f in _claims(text, ruleset) if isinstance(f, QuantityFields)]


URL = "http://council.test/news/bin-strike"
PAGE = """<h1>Refuse collectors to strike</h1>
<p>Bin crews employed by Marlow Borough Council will strike from Monday 3 March to Friday
14 March, the Municipal Crews Guild said on Tuesday.</p>"""


@pytest.mark.parametrize(
    ("sentence", "claim_type", "label"),
    [
        (
            "The Marlow bin strike is due to last three weeks, ending on 21 March",
            "date",
            "contradicted",
        ),
        (
            "The Marlow bin strike is due to last three weeks, ending on 21 March",
            "quantity",
            "contradicted",
        ),
        ("The Marlow bin strike is due to last two weeks, ending on 14 March", "date", "supported"),
        (
            "The Marlow bin strike is due to last two weeks, ending on 14 March",
            "quantity",
            "supported",
        ),
        # Ten working days, Monday to the Friday of the next week.
        ("The Marlow bin strike will run for ten days", "quantity", "supported"),
        ("The Marlow bin strike is set to end on 7 March", "date", "contradicted"),
    ],
)
def test_a_draft_against_the_span(
    sentence: str, claim_type: str, label: str, ruleset: RuleSet
) -> None:
    assert cited(sentence, URL, PAGE, ruleset, claim_type).verdict.label == label


CLOCK_URL = "http://harbour.test/news/ferry-stoppage"
CLOCK_PAGE = """<h1>Ferry crews stop work at Kilbrack</h1>
<p>About 400 ferry crew at Kilbrack began a week-long stoppage on Saturday. It began at
5am and is scheduled to run until 10pm on Friday 12 March, the crews' union said.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Kilbrack ferry stoppage is set to end at 10pm on 12 March", "supported"),
        ("The Kilbrack ferry stoppage is due to end at 10pm on 12 March", "supported"),
        ("The Kilbrack ferry stoppage will end at 9pm on 19 March", "contradicted"),
    ],
)
def test_an_end_told_with_its_hour(sentence: str, label: str, ruleset: RuleSet) -> None:
    assert cited(sentence, CLOCK_URL, CLOCK_PAGE, ruleset, "date").verdict.label == label
