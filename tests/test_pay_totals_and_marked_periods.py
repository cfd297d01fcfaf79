"""Two ways a posting's pay was read against a claim in the wrong terms. A claimed total
that takes in pay on top of the job's pay ("about $150,000 including on-call", "with
overtime, drivers make ...") is not the base pay a posting gives, so a smaller base is
no conflict with it. And structured data whose unitText says another period than the
page's own words beside the same figures ("€3,500 – €4,000 per month" marked YEAR) is
read in the period the page shows. The pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.sources.facts import read_facts

URL = "http://jobs.quarrow.test/posting/412"

ONCALL = (
    "<h1>Network engineer, Quarrow Telecom</h1>"
    "<h2>Pay</h2><p>Base salary: $126,000 a year. On-call allowance: $8,400 a year.</p>"
)
DRIVER = (
    "<h1>Tanker driver at Ellery Fuels</h1>"
    "<p>Salary: £38,500 a year. Overtime paid at time and a half.</p>"
)


def _labels(sentence: str, page: str, ruleset: Any, *, wrap: bool = True) -> list[str]:
    draft = f"# Pay\n\n{sentence} ([posting]({URL}))\n"
    claims = run(draft, {URL: page}, ruleset, wrap=wrap)
    return [c.verdict.label for c in claims if c.claim.type == "salary"]


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        ("Quarrow Telecom's network engineers make about $135,000 including on-call.", ONCALL),
        ("Quarrow Telecom pays network engineers $134,400 a year with on-call.", ONCALL),
        ("With overtime, Ellery Fuels tanker drivers earn roughly £46,000.", DRIVER),
        ("Ellery Fuels tanker drivers take home nearly £45,000 once overtime is counted.", DRIVER),
        ("Quarrow Telecom pays network engineers $134,000 a year, including on-call pay.", ONCALL),
    ],
)
def test_a_total_with_extras_is_no_conflict_with_the_base(
    ruleset: Any, sentence: str, page: str
) -> None:
    assert "contradicted" not in _labels(sentence, page, ruleset)


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        ("Quarrow Telecom pays network engineers about $150,000 a year.", ONCALL),
        ("Quarrow Telecom pays network engineers $98,000 a year, with experience.", ONCALL),
        # Extras added to the figure leave it the base pay.
        ("Quarrow Telecom pays network engineers $150,000 a year plus on-call.", ONCALL),
        ("Quarrow Telecom pays network engineers $150,000, with on-call pay on top.", ONCALL),
        ("Quarrow Telecom pays network engineers $150,000, with a separate on-call bonus.", ONCALL),
    ],
)
def test_a_figure_without_extras_still_meets_the_base(
    ruleset: Any, sentence: str, page: str
) -> None:
    assert _labels(sentence, page, ruleset) == ["contradicted"]


def _posting(unit: str, shown: str) -> str:
    return (
        "<html><head><title>Lab technician | Ostry Biolabs</title>"
        + job_posting_ld(
            "Lab technician", "Ostry Biolabs", currency="EUR", low=3200, high=3700, unit=unit
        )
        + "</head><body>"
        "<h1>Lab technician</h1><p>Ostry Biolabs is hiring a lab technician.</p>"
        f"<p>Salary: {shown}, paid monthly. Hours: 38.5 per week.</p></body></html>"
    )


@pytest.mark.parametrize(
    ("unit", "shown", "period"),
    [
        ("YEAR", "€3,200 – €3,700 per month", "month"),
        ("YEAR", "3.200 – 3.700 € brutto monatlich", "month"),
        ("HOUR", "€3,200 to €3,700 a month", "month"),
        # The markup agrees with the page, or the page never shows the figures.
        ("MONTH", "€3,200 – €3,700 per month", "month"),
        ("YEAR", "competitive", "year"),
    ],
)
def test_structured_pay_takes_the_period_the_page_shows(unit: str, shown: str, period: str) -> None:
    pay = [f for f in read_facts(_posting(unit, shown)).items if f.kind == "pay"]
    assert pay[0].data["period"] == period


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Ostry Biolabs lab technicians earn roughly €3,500 a month.", "supported"),
        ("Ostry Biolabs pays lab technicians about €41,000 a year.", "supported"),
        ("Ostry Biolabs pays lab technicians €2,100 a month.", "contradicted"),
    ],
)
def test_a_claim_is_read_against_the_period_shown(ruleset: Any, sentence: str, label: str) -> None:
    page = _posting("YEAR", "€3,200 – €3,700 per month")
    assert _labels(sentence, page, ruleset, wrap=False) == [label]
