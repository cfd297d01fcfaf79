"""Pay on top of pay, in any of its names and layouts ("Rural top-up: $5,000", "$2,500
relocation stipend", "Science department weighting: $2,000", "supplement = $4,000"), is
not what the job pays: it neither supports nor contradicts a claim about the job's pay.
A bonus is pay claims name on its own, so it is read as pay. The pages and drafts are
written for these tests."""

from __future__ import annotations

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://careers.ostrey-schools.example/jobs/2291"


def _page(extra: str) -> str:
    return (
        "<html lang='en'><head><title>Science Teacher | Ostrey Schools</title>"
        + job_posting_ld(
            "Science Teacher", "Ostrey Schools", currency="USD", low=58200, high=91400, unit="YEAR"
        )
        + "</head><body><main><h1>Science Teacher</h1><p>Pay range: $58,200 – $91,400 per year.</p>"
        f"<ul><li>{extra}</li></ul><a class='apply' href='/apply'>Apply now</a>"
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("extra", "before"),
    [
        ("Rural top-up: $5,000.", "the rural top-up"),
        ("$2,500 relocation stipend for new hires.", "the relocation stipend for new hires"),
        ("Hard-to-staff supplement = $4,000.", "the hard-to-staff supplement"),
        ("Coaching stipend: $1,800 per season.", "the coaching stipend each season"),
        ("Science department weighting: $2,000.", "the science department weighting"),
    ],
)
def test_pay_on_top_is_not_the_jobs_pay(ruleset: RuleSet, extra: str, before: str) -> None:
    # The claim names the extra pay too, so that the line giving it is read.
    draft = (
        f"# Jobs\n\nOstrey Schools is hiring a Science Teacher ([posting]({URL})). "
        f"The job pays $58,200 to $91,400 a year, before {before}.\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: _page(extra)}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert got == ["supported"]
