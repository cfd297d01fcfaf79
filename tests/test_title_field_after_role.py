"""A posting title may name its field after the occupation ("Senior Chemist Process
Development (80%)"): the occupation inside the title still names the job, so another
level in the draft is contradicted and the same title is supported. The pages and
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run
from postings import job_posting_ld

POSTING = "https://careers.vellmar-pharma.example/jobs/JR-5521"

PAGE = f"""<html lang="en"><head><title>Senior Chemist Process Development (80%) - Lyon |
Vellmar Pharma Careers</title>
{job_posting_ld("Senior Chemist Process Development (80%)", "Vellmar Pharma")}
</head><body><main>
<h1>Senior Chemist Process Development (80%)</h1><p>Vellmar Pharma - Lyon, France</p>
<p>Scale up synthetic routes from the lab bench to the pilot plant.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("title", "label"),
    [("Principal Chemist", "contradicted"), ("Senior Chemist", "supported")],
)
def test_the_occupation_inside_a_posting_title_names_its_job(
    title: str, label: str, ruleset: Any
) -> None:
    draft = f"# Hiring\n\nVellmar Pharma is hiring a {title} in Lyon ([advert]({POSTING})).\n"
    claims = run(draft, {POSTING: PAGE}, ruleset, wrap=False)
    found = [c for c in claims if c.claim.type == "job_title"]
    assert [c.verdict.label for c in found] == [label], [
        (c.claim.text, c.verdict.rationale) for c in found
    ]
