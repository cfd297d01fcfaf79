"""Issue 11, item 5, for job titles: a posting of the claim's employer found by its name
alone, for another job in the same field, is no conflict; and the employer a title claim
is read with stands outside a bracketed aside. Drafts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict
from postings import job_posting_ld

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "https://news.example/story"


def _posting(title: str, employer: str) -> str:
    return f"""<html><head><title>{title} | {employer} careers</title>
{job_posting_ld(title, employer)}
</head><body><h1>{title}</h1><p>{employer} is hiring. Apply online.</p></body></html>"""


# A posting found by its employer's name alone, for a job in the same field or team as
# the claimed one ("Formation", "Night Shift"), is another job at that employer: an
# employer recruits for many. Only a variant of the same job (another level) is read
# against a claim that does not cite it.
SAME_FIELD = [
    (
        "Shift Supervisor, Electrolyte",
        "Line Operator – Electrolyte",
        "According to two staff members, Kessmoor Cells wants a Shift Supervisor, "
        "Electrolyte, for its weekend teams.",
    ),
    (
        "Team Lead, Cathode Mixing",
        "Mixing Operator – Cathode Mixing",
        "Separately, Kessmoor Cells is advertising for a Team Lead, Cathode Mixing, staff said.",
    ),
    (
        "Scheduler",
        "Electrode Coating Operator",
        "Kessmoor Cells is also hiring a Scheduler, Electrode Coating for the new hall, a "
        "recruiter said.",
    ),
    (
        "Buyer",
        "Warehouse Associate (Dry Room)",
        "Kessmoor Cells is also looking for a Buyer (Dry Room), people close to the firm said.",
    ),
]


@pytest.mark.parametrize(("claimed", "posted", "sentence"), SAME_FIELD)
def test_another_job_in_the_same_field_found_by_the_employer_is_no_conflict(
    claimed: str, posted: str, sentence: str, ruleset: RuleSet
) -> None:
    url = "https://careers.example/kessmoor/5120"
    draft = (
        f"# Cells\n\nKessmoor Cells pays its line staff well ([listing]({url})).\n\n{sentence}\n"
    )
    claims = run(draft, {url: _posting(posted, "Kessmoor Cells Inc.")}, ruleset, wrap=False)
    found = verdict(claims, "job_title", sentence[:20])
    assert found.claim.fields["title"].startswith(claimed.split()[0])
    assert found.verdict.label != "contradicted", found.verdict.rationale


def test_another_level_of_the_same_job_found_by_the_employer_still_conflicts(
    ruleset: RuleSet,
) -> None:
    url = "https://careers.example/kessmoor/5121"
    draft = (
        f"# Cells\n\nKessmoor Cells pays its line staff well ([listing]({url})).\n\n"
        "Kessmoor Cells has also been recruiting a Senior Line Operator, Electrolyte.\n"
    )
    page = _posting("Line Operator – Electrolyte", "Kessmoor Cells Inc.")
    found = verdict(run(draft, {url: page}, ruleset, wrap=False), "job_title", "Senior")
    assert found.verdict.label == "contradicted", found.verdict.rationale


# The subject of "is hiring" stands outside a bracketed aside: a name in brackets (a
# source, a customer, a name it is not to be confused with) is not the employer.
@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        (
            "Nandor Chips, which employs more than 9,000 people according to its "
            "encyclopedia entry (Wikipedia), is currently looking for a Test Technician.",
            "Nandor Chips",
        ),
        (
            "Nandor Chips (a supplier to Kessel Motors) is hiring a Test Technician for "
            "its probe line.",
            "Nandor Chips",
        ),
        (
            "Kessel Motors (not to be confused with Kessel Bank) is also hiring a Line Mechanic.",
            "Kessel Motors",
        ),
    ],
)
def test_a_name_in_brackets_is_not_the_employer(
    sentence: str, employer: str, ruleset: RuleSet
) -> None:
    article = parse_article(f"# Jobs\n\n{sentence}\n", "d.md", "markdown")
    (found,) = [c for c in extract_claims(article, ruleset) if c.type == "job_title"]
    assert found.fields["employer"] == employer
