"""Pay said of a job at an employer named only as one of a kind ("a clerk at a county
bank can expect ...") is no claim about the posting an earlier sentence cites: that
posting's range neither backs nor refutes it. The posting is written for these tests."""

from __future__ import annotations

import pytest
from judging import verdict_on
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet

POSTING = job_posting_ld(
    "Tariff Analyst", "Brindle Water", currency="GBP", low=43500, high=51000, unit="YEAR"
)
PAGE = (
    f"<html><head>{POSTING}</head>"
    "<body><h1>Tariff Analyst</h1><p>Brindle Water sets charges for 40,000 homes.</p>"
    "</body></html>"
)
URL = "http://brindle.test/jobs/tariff-analyst"


def _pay(sentence: str, ruleset: RuleSet) -> str:
    draft = (
        "# Hiring\n\nBrindle Water is looking for a Tariff Analyst "
        f"([posting]({URL})). {sentence}\n"
    )
    return verdict_on(draft, {URL: PAGE}, ruleset, "salary", wrap=False).label


@pytest.mark.parametrize(
    "sentence",
    [
        "Lower down, a billing analyst at a smaller utility can expect about £30,000.",
        "A junior analyst with a regional water firm can expect to earn £29,000 a year.",
        "Meanwhile a field technician for one of the big suppliers can expect £24,000 a year.",
    ],
)
def test_pay_at_an_unnamed_employer_is_not_the_posting(sentence: str, ruleset: RuleSet) -> None:
    assert _pay(sentence, ruleset) == "unverified"


@pytest.mark.parametrize(
    "sentence",
    [
        # The job the posting is for, named: its pay is the posting's.
        "The analyst can expect about £30,000 a year.",
        # "at a rate of" names no employer.
        "The analyst is paid at a rate of £30,000 a year.",
    ],
)
def test_pay_of_the_posted_job_is_still_checked(sentence: str, ruleset: RuleSet) -> None:
    assert _pay(sentence, ruleset) == "contradicted"
