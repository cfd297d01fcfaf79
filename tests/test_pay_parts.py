"""A sum that names a part of pay paid on top of it ("a £3,500 standby allowance", "a
retention bonus of £2,000") is read only against a sum naming the same part: the salary
a page or a posting gives is another figure, and never contradicts it. Pages and
sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited
from postings import job_posting_ld

from factcheck.evidence.pay_parts import pay_part

URL = "https://news.example.uk/averley-pilots"
STORY = """<html><head><title>Averley harbour pilots pay</title></head><body><main>
<h1>What Averley's harbour pilots earn</h1>
<p>Harbour pilots at Port Averley are paid a basic salary of £58,000 a year.</p>
<p>Harbour pilots there also receive a standby allowance of £3,500 a year and a £2,000
retention bonus.</p></main></body></html>"""
PILOT_LD = job_posting_ld(
    "Harbour Pilot", "Port Averley", currency="GBP", low=55000, high=61000, unit="YEAR"
)
POSTING = f"""<html><head><title>Harbour Pilot - Port Averley</title>
{PILOT_LD}
</head><body><h1>Harbour Pilot</h1><p>Port Averley is hiring a Harbour Pilot.
Salary: £55,000 - £61,000 a year.</p></body></html>"""

ALLOWANCE = "Harbour pilots at Port Averley get a £3,500 standby allowance"
BONUS = "Harbour pilots at Port Averley are paid a £2,000 retention bonus"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (ALLOWANCE, "supported"),
        ("Harbour pilots at Port Averley get a standby allowance of £4,200 a year", "contradicted"),
        (BONUS, "supported"),
        # Pay itself is still read against pay, not against the parts beside it.
        ("Harbour pilots at Port Averley earn £58,000 a year", "supported"),
    ],
)
def test_a_part_of_pay_is_read_against_the_same_part(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, STORY, ruleset, "salary").verdict
    assert found.label == label, found.rationale


# What a part adds on top of pay, the part named just before the verb.
ADDS = "Harbour pilots' night loadings can add as much as £9,000 a year"


@pytest.mark.parametrize("sentence", [ALLOWANCE, BONUS, ADDS])
def test_a_postings_salary_does_not_contradict_a_part_of_pay(sentence: str, ruleset: Any) -> None:
    found = cited(sentence, URL, POSTING, ruleset, "salary").verdict
    assert found.label == "unverified", found.rationale


@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        ("Crews get a €300 shift allowance.", "€300", "allowance"),
        ("New hires are offered a $5,000 one-off signing bonus.", "$5,000", "bonus"),
        ("Staff in the capital get a weighting of £4,000.", "£4,000", "weighting"),
        ("Bonuses worth up to $9,000 are paid in March.", "$9,000", "bonus"),
        # What follows a sum is not its part when a word such as "plus" comes first.
        ("The role pays $65,000 including bonus.", "$65,000", None),
        ("The job pays £38,000 plus a £2,000 car allowance.", "£38,000", None),
        ("The job pays £38,000 a year.", "£38,000", None),
        # The part as what adds the sum on top of pay.
        ("Weekend allowances can add up to €4,500 a year.", "€4,500", "allowance"),
        ("The growth in sales can add up to €4,500 a year.", "€4,500", None),
        # The part as the subject of the sum's clause, or written right before the sum.
        ("From May the meal allowance climbed to €14 a day.", "€14", "allowance"),
        ("Their weighting will rise from £3,100 to £3,400.", "£3,100", "weighting"),
        ("The research stipend is $1,200 a month.", "$1,200", "stipend"),
        ("Weekend premium $2.15/hour; holiday premium $3.40/hour", "$3.40", "premium"),
        # A part joined to pay before it: the sum is the whole.
        ("Base salary plus bonus is $91,000.", "$91,000", None),
    ],
)
def test_the_part_a_sum_names(text: str, figure: str, part: str | None, ruleset: Any) -> None:
    start = text.index(figure)
    assert pay_part(text, start, start + len(figure), ruleset.knowledge) == part


AVERLEY_NOTES = {
    "sentence": "<p>From April the standby allowance for harbour pilots at Port Averley rises"
    " to £3,900 a year.</p>",
    "list": "<p>Extras for harbour pilots at Port Averley:</p><ul><li>Night premium £14/hour"
    "</li><li>Standby allowance £3,900 a year</li></ul>",
    "aside": "<p>Harbour pilots at Port Averley, the port said, get a standby allowance that"
    " is now £3,900 a year.</p>",
}


@pytest.mark.parametrize("layout", sorted(AVERLEY_NOTES))
def test_a_part_named_before_its_sum_is_no_figure_of_pay(layout: str, ruleset: Any) -> None:
    page = f"<h1>Port Averley pilots</h1>{AVERLEY_NOTES[layout]}"
    claim = "Harbour pilots at Port Averley earn about £41,000 a year"
    found = cited(claim, URL, page, ruleset, "salary").verdict
    assert found.label == "unverified", found.rationale
