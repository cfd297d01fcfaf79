"""Two titles with the same head word and no other word in common are two jobs when both
say what kind of job it is ("Brand Designer" and "Level Designer"), however alike the
strings look: short titles look alike by their head alone. A title that says no kind
("Designer") still reads as the same role. Two titles that share a word besides the head
but each name a kind the other lacks ("Tipper Truck Driver", "Tanker Truck Driver") are
neither surely one job nor surely two. Pages and drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://jobs.brackenfield-games.example/openings/77"


def _posting(title: str) -> str:
    return (
        f"<html lang='en'><head><title>{title} | Brackenfield Games</title></head><body>"
        f"<main><h1>{title}</h1><p>Brackenfield Games is hiring at its Dundee studio.</p>"
        "<a class='apply' href='/apply'>Apply now</a></main></body></html>"
    )


@pytest.mark.parametrize(
    ("claimed", "posted", "label"),
    [
        ("a Brand Designer", "Level Designer, Open World", "contradicted"),
        ("a Tax Accountant", "Audit Accountant", "contradicted"),
        ("a Cargo Manager", "Fleet Manager, Regional Operations", "contradicted"),
        ("a Level Designer", "Level Designer - Open World (Dundee)", "supported"),
        ("a designer", "Level Designer, Open World", "supported"),
        # Each names a kind the other lacks, around a shared word: the posting the
        # claim's own sentence cites is the job it names, so its title is wrong.
        ("a Tipper Truck Driver", "Tanker Truck Driver", "contradicted"),
        ("a Night Ward Nurse", "Day Ward Nurse - Cardiology", "contradicted"),
        ("a Quality Control Analyst", "Quality Assurance Analyst (Days)", "contradicted"),
        # One title's words within the other's: the same role.
        ("a Truck Driver", "Tanker Truck Driver", "supported"),
        ("a Tanker Truck Driver", "Tanker Truck Driver", "supported"),
    ],
)
def test_a_title_of_another_kind_is_another_job(
    ruleset: RuleSet, claimed: str, posted: str, label: str
) -> None:
    draft = f"# Jobs\n\nBrackenfield Games is recruiting {claimed} ([posting]({URL})).\n"
    got = [
        c.verdict.label
        for c in run(draft, {URL: _posting(posted)}, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]
    assert got == [label]


@pytest.mark.parametrize(
    ("claimed", "posted"),
    [
        ("a Tipper Truck Driver", "Tanker Truck Driver"),
        ("a Night Ward Nurse", "Day Ward Nurse - Cardiology"),
    ],
)
def test_a_related_kind_on_a_posting_the_paragraph_cites_is_no_sure_verdict(
    ruleset: RuleSet, claimed: str, posted: str
) -> None:
    """Cited only by the paragraph, a posting of a related kind may be another opening:
    neither one job nor surely two."""
    draft = (
        f"# Jobs\n\nBrackenfield Games is recruiting {claimed} this spring."
        f" Its pay is set out in a [posting]({URL}).\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: _posting(posted)}, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]
    assert got == ["unverified"]


def _french_posting(title: str) -> str:
    return (
        "<html lang='fr'><head><title>Offre d'emploi</title>"
        "<script type='application/ld+json'>"
        f'{{"@context": "https://schema.org", "@type": "JobPosting", "title": "{title}",'
        ' "hiringOrganization": {"@type": "Organization", "name": "Brackenfield"}}'
        "</script></head><body>"
        f"<main><h1>{title}</h1><p>Vous assurez la maintenance du parc.</p>"
        "<a class='apply' href='/apply'>Postuler</a></main></body></html>"
    )


@pytest.mark.parametrize(
    ("claimed", "posted", "label"),
    [
        # The claim writes the posting's own language: another title there is another job.
        (
            "a Technicienne Maintenance Éolien",
            "Technicienne Maintenance Hydraulique (H/F)",
            "contradicted",
        ),
        ("a Técnico Electricista Oficial", "Técnico Mecánico Oficial (H/M)", "contradicted"),
        ("an Opérateur Logistique Polyvalent", "Opérateur de Production (H/F)", "contradicted"),
        # A title in English for a posting in French is a translation: no other job.
        ("a Wind Turbine Technician", "Technicienne Maintenance Éolien (H/F)", "unverified"),
    ],
)
def test_a_title_in_the_postings_language_that_differs_is_another_job(
    ruleset: RuleSet, claimed: str, posted: str, label: str
) -> None:
    draft = f"# Jobs\n\nBrackenfield is recruiting {claimed} ([offre]({URL})).\n"
    got = [
        c.verdict.label
        for c in run(draft, {URL: _french_posting(posted)}, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]
    assert got == [label]
