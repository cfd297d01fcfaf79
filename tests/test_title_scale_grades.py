"""A grade written with the name of its scale or staff group before it ("at Facilities
Grade IV", "on Clerical Officer Band 4", ", Customer Services Grade 3") ranks the job as
a bare grade does, in the draft and in a posting's title alike: another grade on the
cited posting is another job, the same grade bears the claim out. The drafts and pages
are written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict
from postings import job_posting_ld

from factcheck.evidence.title_parts import split_title
from factcheck.rulepacks.ruleset import RuleSet

URL = "https://jobs.tarnvale.example/vacancy/88213"


def _posting(title: str) -> str:
    return f"""<html><head><title>{title} | Tarnvale Council</title>
{job_posting_ld(title, "Tarnvale Council")}
</head><body><h1>{title}</h1><p>A permanent post based at the civic centre.</p>
</body></html>"""


@pytest.mark.parametrize(
    ("sentence", "same", "other"),
    [
        (
            "Tarnvale Council is advertising for a Stores Operative at Facilities Grade IV",
            "Stores Operative (Facilities Grade IV)",
            "Stores Operative (Facilities Grade III)",
        ),
        (
            "Tarnvale Council is recruiting a Ward Clerk on Clerical Officer Band 4",
            "Ward Clerk (Clerical Officer Band 4)",
            "Ward Clerk (Clerical Officer Band 3)",
        ),
        (
            "Tarnvale Council is hiring a Library Assistant, Customer Services Grade 3,",
            "Library Assistant – Customer Services Grade 3",
            "Library Assistant – Customer Services Grade 4",
        ),
    ],
)
def test_a_grade_of_a_named_scale_ranks_the_job(
    sentence: str, same: str, other: str, ruleset: RuleSet
) -> None:
    draft = f"# Jobs\n\n{sentence} for the civic centre ([ad]({URL})).\n"
    found = verdict(run(draft, {URL: _posting(other)}, ruleset, wrap=False), "job_title").verdict
    assert found.label == "contradicted", found.rationale
    found = verdict(run(draft, {URL: _posting(same)}, ruleset, wrap=False), "job_title").verdict
    assert found.label == "supported", found.rationale


def test_the_scales_name_qualifies_and_its_grade_ranks() -> None:
    parts = split_title("Stores Operative (Facilities Grade IV)")
    assert parts.levels == frozenset({"4"})
    assert len(parts.qualifiers) == 1
    # A grade word inside a team's name, not at its end, is no grade.
    assert split_title("Nurse – Level 3 Ward").levels == frozenset()
