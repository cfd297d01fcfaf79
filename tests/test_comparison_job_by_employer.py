"""A side naming a job by whose it is ("the Harlow Mutual job", "Brightwell's opening",
"the Tarnside role") against a statistic: the job's posting, among the sources, pays
what its pay block or its JSON-LD baseSalary states, though the side names no pay. The
sentences and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on
from postings import job_posting_ld

STATS_URL = "https://stats.example.gov/oes/2032/selected.html"
STATS = """<table><caption>Table 2. Wages of selected occupations, May 2032</caption>
<tr><th>Occupation</th><th>Median annual wage</th></tr>
<tr><td>Loss adjusters and claims assessors</td><td>$68,400</td></tr>
<tr><td>Payroll clerks</td><td>$49,900</td></tr></table>"""


def _posting(employer: str, title: str, low: int, high: int) -> str:
    return (
        f"<html><head><title>{title} | {employer}</title>"
        f"{job_posting_ld(title, employer, currency='USD', low=low, high=high, unit='YEAR')}"
        f"</head><body><h1>{title}</h1><p>{employer} is hiring a {title.lower()} to join "
        "its team.</p></body></html>"
    )


@pytest.mark.parametrize(
    ("sentence", "employer", "label"),
    [
        (
            "The Harlow Mutual job offers less than loss adjusters typically earn",
            "Harlow Mutual",
            "supported",
        ),
        (
            "Brightwell's opening offers more than loss adjusters typically earn",
            "Brightwell",
            "contradicted",
        ),
        (
            "The Tarnside role offers less than loss adjusters typically earn",
            "Tarnside",
            "supported",
        ),
    ],
)
def test_a_job_named_by_its_employer_pays_what_its_posting_states(
    sentence: str, employer: str, label: str, ruleset: Any
) -> None:
    posting_url = f"https://careers.example.com/{employer.lower().replace(' ', '-')}/4417"
    article = (
        f"# Draft\n\n{employer} is hiring a claims adjuster ([posting]({posting_url})). "
        f"{sentence} ([wages]({STATS_URL})).\n"
    )
    pages = {posting_url: _posting(employer, "Claims Adjuster", 52_000, 64_500), STATS_URL: STATS}
    found = verdict_on(article, pages, ruleset, "comparison", "typically earn", wrap=False)
    assert found.label == label, found.rationale
