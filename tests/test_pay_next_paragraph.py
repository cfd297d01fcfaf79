"""Pay in the paragraph right after the one naming a job, naming no other job or employer
and pointing at the posting ("The advertised range is ..."), is that job's, read from the
posting the job's paragraph names; a statistic there is not. The pages and drafts are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run
from postings import job_posting_ld

URL = "http://quarry.test/careers/118"


def _posting() -> str:
    return (
        "<html lang='en'><head><title>Blast Technician | Orrin Quarries</title>"
        + job_posting_ld(
            "Blast Technician", "Orrin Quarries", currency="GBP", low=36400, high=41800, unit="YEAR"
        )
        + "</head><body><main><h1>Blast Technician</h1>"
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


@pytest.mark.parametrize(
    ("second", "label"),
    [
        # Every inflection of the words that point at a posting.
        ("The quarry company is advertising £36,400 to £41,800 a year.", "supported"),
        ("The firm is offering £36,400 to £41,800 a year, plus overtime.", "supported"),
        ("The listings give £39,000 to £47,000 a year.", "contradicted"),
        # The employer named again by a short form of its name: no other employer.
        ("Orrin is offering between £36,400 and £41,800 a year.", "supported"),
        ("Orrin's advert gives £39,000 to £47,000 a year.", "contradicted"),
        # "National" alone names no statistic: the post's pay, to be uplifted by an award.
        (
            "The post pays £39,000 to £47,000 a year, until the national pay award is settled.",
            "contradicted",
        ),
        (
            "The post pays £36,400 to £41,800 a year, until the national pay award is settled.",
            "supported",
        ),
    ],
)
def test_pay_pointing_back_in_every_form(ruleset: Any, second: str, label: str) -> None:
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


@pytest.mark.parametrize(
    "first",
    [
        "The quarry company is hiring a Blast Technician at its Mendip site [2].",
        "In Mendip, the county council wants to hire a Blast Technician [2].",
    ],
)
def test_an_employer_named_by_what_it_is(ruleset: Any, first: str) -> None:
    draft = (
        f"# Quarries\n\n{first}\n\nThe post pays £39,000 to £47,000 a year.\n\n"
        f"## Sources\n\n[2] Orrin Quarries careers — {URL}\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: _posting()}, ruleset, wrap=False)
        if c.claim.type in ("salary", "job_title")
    ]
    assert got == ["supported", "contradicted"]


def _plain_posting(employer: str, title: str = "Blast Technician") -> str:
    # A posting with no JSON-LD: its title in <h1>, its pay in a list of fields.
    return (
        f"<html lang='en'><head><title>{title} (Ref BT22) – Careers – {employer}</title>"
        f"</head><body><main><h1>{title}</h1><dl><dt>Location</dt><dd>Mendip</dd>"
        "<dt>Salary</dt><dd>£36,400 - £41,800 per annum and a 10% night premium</dd></dl>"
        f"<p>{employer} quarried 2.1 million tonnes last year.</p>"
        "<a class='apply' href='#'>Apply now</a></main></body></html>"
    )


@pytest.mark.parametrize("employer", ["Westmoor Aggregates", "Hanover Stone", "Castor Minerals"])
@pytest.mark.parametrize(
    "first",
    [
        "{employer}, which runs four quarries, needs a Blast Technician for its Mendip site.[2]",
        "{employer} is hiring a Blast Technician at its Mendip site [2].",
    ],
)
def test_an_employer_whose_name_ends_like_a_job_is_no_other_job(
    ruleset: Any, employer: str, first: str
) -> None:
    # "Westmoor", "Hanover", "Castor" end as "-or" and "-er" jobs do; as words of the
    # employer's name they name no job, so the pay is still the posting's.
    short = employer.split()[0]
    draft = (
        f"# Quarries\n\n{first.format(employer=employer)}\n\n"
        f"{short} is offering between £36,400 and £41,800 a year, with a night premium "
        f"of 10%.\n\n## Sources\n\n[2]: {URL}\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: _plain_posting(employer)}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert got == ["supported"]


@pytest.mark.parametrize(
    ("claimed", "posted"),
    [
        ("Senior Blast Technician", "Blast Technician"),
        ("Blast Technician II", "Blast Technician III"),
        ("Lead Blast Technician", "Blast Technician - Part Time"),
    ],
)
def test_the_cited_posting_for_the_job_at_another_level_gives_its_pay(
    ruleset: Any, claimed: str, posted: str
) -> None:
    # The title is the article's error (the title check reports it); the pay on the
    # posting it cites is still the pay of the job it writes about.
    draft = (
        f"# Quarries\n\nOrrin Quarries is hiring a {claimed} at its Mendip site.[2]\n\n"
        "The posting pays £36,400 to £41,800 a year, with overtime for all quarry workers."
        f"\n\n## Sources\n\n[2]: {URL}\n"
    )
    page = _plain_posting("Orrin Quarries", posted)
    labels = {c.claim.type: c.verdict.label for c in run(draft, {URL: page}, ruleset, wrap=False)}
    assert labels["salary"] == "supported"
    assert labels["job_title"] == "contradicted"
