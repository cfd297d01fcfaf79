"""A start told as a bound ("start on more than X"), a pay floor told by its period and
whom it is for ("the weekly minimum for X rises to Y"), and a claimed range read end by
end against a posting's own range, which is written as paid and not rounded.

Every employer, job and figure below is invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on
from postings import job_posting_ld

from factcheck.claims.amounts import Amount
from factcheck.claims.extract import extract_claims
from factcheck.evidence.salary import compare_pay
from factcheck.reading import parse_article


def _salaries(text: str, ruleset: Any) -> list[dict[str, Any]]:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [dict(c.fields) for c in claims if c.type == "salary"]


@pytest.mark.parametrize(
    ("sentence", "low", "high", "kind"),
    [
        ("Once licensed, harbour pilots start on more than €88,000.", 88000, None, "at_least"),
        ("Relief cooks start at over $21 an hour.", 21, None, "at_least"),
        ("Graduate chemists start on at least CHF 74,000.", 74000, None, "at_least"),
        ("Trainee linesmen start on upwards of R16,500 a month.", 16500, None, "at_least"),
    ],
)
def test_a_start_told_as_a_bound_keeps_the_bound(
    sentence: str, low: float, high: float | None, kind: str, ruleset: Any
) -> None:
    [fields] = _salaries(sentence, ruleset)
    assert (fields["min"], fields["max"], fields["kind"]) == (low, high, kind)


@pytest.mark.parametrize(
    "sentence", ["The season starts on over 300 farms.", "Classes start at over 40 schools."]
)
def test_a_start_over_a_count_is_no_pay(sentence: str, ruleset: Any) -> None:
    assert _salaries(sentence, ruleset) == []


@pytest.mark.parametrize(
    ("sentence", "amount", "period"),
    [
        ("Under the accord, the monthly floor for olive pickers rises to R$1,710.", 1710, "month"),
        ("The weekly minimum for apprentice glaziers went up to £405.", 405, "week"),
        ("The daily minimum for tea pluckers stands at ₹455.", 455, "day"),
    ],
)
def test_a_floor_told_by_its_period_is_pay(
    sentence: str, amount: float, period: str, ruleset: Any
) -> None:
    [fields] = _salaries(sentence, ruleset)
    assert (fields["min"], fields["max"], fields["period"]) == (amount, amount, period)


@pytest.mark.parametrize(
    "sentence",
    [
        "The monthly minimum payment on the store card is $40.",
        "The minimum for a fixed deposit was $2,000.",
    ],
)
def test_a_floor_of_no_job_is_no_pay(sentence: str, ruleset: Any) -> None:
    assert _salaries(sentence, ruleset) == []


@pytest.mark.parametrize(
    ("low", "high", "stance"),
    [
        # Each end as the posting gives it.
        (6400, 7800, "supports"),
        # A rounder claimed range is still not the posting's: its ends are written.
        (6000, 8000, "contradicts"),
        # A top half a thousand off a posting's round top is another top.
        (6400, 8300, "contradicts"),
        (6900, 7800, "contradicts"),
    ],
)
def test_a_claimed_range_against_a_posted_range_end_by_end(
    low: float, high: float, stance: str
) -> None:
    posted = Amount(6400, 7800, "DKK", "month")
    claimed = Amount(low, high, "DKK", "month")
    assert compare_pay(claimed, "range", posted, whole=True, exact=True) == stance


POSTING = job_posting_ld(
    "Night Porter", "Fjordhus Hotels", currency="PLN", low=7500, high=9000, unit="MONTH"
)
PAGE = f"<html><head>{POSTING}</head><body><h1>Night Porter</h1></body></html>"
URL = "http://fjordhus.test/jobs/night-porter"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The post pays between 7,500 and 9,000 zł a month.", "supported"),
        ("The post pays between 7,500 and 9,500 zł a month.", "contradicted"),
    ],
)
def test_a_posting_range_top_off_by_half_a_thousand(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Hiring\n\nFjordhus Hotels is hiring a Night Porter ([posting]({URL})). {sentence}\n"
    assert verdict_on(draft, {URL: PAGE}, ruleset, "salary", wrap=False).label == label


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The ad offers between 5 million and 6.4 million yen a year.", [(5000000, 6400000)]),
        ("The mine pays 410,000 to 470,000 kronor a year to its drillers.", [(410000, 470000)]),
        # Without a verb of paying, a yearly range may be anything's: a turnover, a budget.
        ("The fund grew between 5 million and 6 million euros a year.", []),
    ],
)
def test_a_yearly_range_after_a_verb_of_paying(
    sentence: str, found: list[tuple[float, float]], ruleset: Any
) -> None:
    got = [(f["min"], f["max"]) for f in _salaries(sentence, ruleset) if f["period"] == "year"]
    assert got == found
