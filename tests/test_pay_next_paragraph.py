"""Pay in the paragraph right after the one naming a job, naming no other job or employer
and pointing at the posting ("The advertised range is ..."), is that job's, read from the
posting the job's paragraph names; a statistic there is not. The pages and drafts are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "http://quarry.test/careers/118"


def _posting() -> str:
    return (
        "<html lang='en'><head><title>Blast Technician | Orrin Quarries</title>"
        '<script type=\'application/ld+json\'>{"@type": "JobPosting", "title": '
        '"Blast Technician", "hiringOrganization": {"name": "Orrin Quarries"}, '
        '"baseSalary": {"currency": "GBP", "value": {"minValue": 36400, "maxValue": 41800, '
        '"unitText": "YEAR"}}}</script></head><body><main><h1>Blast Technician</h1>'
        "<p>Orrin Quarries is hiring a Blast Technician for its Mendip site.</p>"
        "<div class='pay'>£36,400 – £41,800 a year</div></main></body></html>"
    )


@pytest.mark.parametrize(
    ("second", "label"),
    [
        ("The advertised range is £36,400 to £41,800 a year.", "supported"),
        ("The posted pay runs from £36,400 to £41,800.", "supported"),
        ("The role pays £39,000 to £47,000 a year.", "contradicted"),
        ("On offer is £36,400 to £41,800 a year, plus overtime.", "supported"),
    ],
)
def test_pay_in_the_next_paragraph_is_the_named_jobs(ruleset: Any, second: str, label: str) -> None:
    draft = (
        "# Quarries\n\nOrrin Quarries is hiring a Blast Technician at its Mendip site "
        f"[2].\n\n{second}\n\n## Sources\n\n[2] Orrin Quarries careers — {URL}\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: _posting()}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert got == [label]


def test_a_statistic_in_the_next_paragraph_is_not_the_postings(ruleset: Any) -> None:
    draft = (
        "# Quarries\n\nOrrin Quarries is hiring a Blast Technician at its Mendip site "
        f"[2].\n\nThe national median on offer elsewhere is £29,000 a year.\n\n"
        f"## Sources\n\n[2] Orrin Quarries careers — {URL}\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: _posting()}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert "contradicted" not in got
