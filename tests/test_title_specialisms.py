"""A specialism after a comma or a dash tells one job from another of the same name: the
claim's "Managing Editor, Picture Books" is not the cited posting's "Managing Editor,
Adult Fiction". A part after the mark that names where the job is (the posting's
location) or its pattern of work says nothing either way, and one that agrees bears the
claim out. The drafts and pages are written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict
from postings import job_posting_ld

from factcheck.evidence.title_parts import specialisms_conflict
from factcheck.rulepacks.ruleset import RuleSet

URL = "https://jobs.lowmoor.example/openings/5530"


def _posting(title: str) -> str:
    location = {"@type": "Place", "address": {"addressLocality": "Dunmore", "addressCountry": "GB"}}
    return f"""<html><head><title>{title} | Lowmoor Press</title>
{job_posting_ld(title, "Lowmoor Press", jobLocation=location)}
</head><body><h1>{title}</h1><p>Join the team that makes our books.</p>
</body></html>"""


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "Lowmoor Press is recruiting a Managing Editor, Picture Books",
            "Managing Editor, Adult Fiction",
        ),
        ("Lowmoor Press is hiring a Rights Executive – Audio", "Rights Executive – Translation"),
        (
            "Lowmoor Press has an opening for a Production Controller, Journals",
            "Production Controller, Trade Paperbacks",
        ),
    ],
)
def test_another_specialism_is_another_job(sentence: str, other: str, ruleset: RuleSet) -> None:
    draft = f"# Books\n\n{sentence} ([ad]({URL})).\n"
    found = verdict(run(draft, {URL: _posting(other)}, ruleset, wrap=False), "job_title").verdict
    assert found.label == "contradicted", found.rationale


@pytest.mark.parametrize(
    "posted",
    [
        # Where the job is, the page's own location.
        "Managing Editor – Dunmore",
        # Its pattern of work.
        "Managing Editor, Part-Time",
        # The claim's specialism among the posting's words.
        "Managing Editor, Picture Books and Gift",
    ],
)
def test_a_place_a_pattern_or_an_agreeing_part_is_no_other_job(
    posted: str, ruleset: RuleSet
) -> None:
    draft = (
        f"# Books\n\nLowmoor Press is recruiting a Managing Editor, Picture Books ([ad]({URL})).\n"
    )
    found = verdict(run(draft, {URL: _posting(posted)}, ruleset, wrap=False), "job_title").verdict
    assert found.label != "contradicted", found.rationale


def test_specialisms_need_the_same_name() -> None:
    places = frozenset({"dunmore"})
    assert specialisms_conflict("Editor, Picture Books", "Editor, Adult Fiction", places)
    # Another name is another matter (decided by the names, not here).
    assert not specialisms_conflict("Editor, Picture Books", "Designer, Adult Fiction", places)
    # Brackets before the mark: the dash then says where.
    assert not specialisms_conflict("Editor, Picture Books", "Editor (Maternity) – Kelso", places)


@pytest.mark.parametrize(
    ("claimed", "found"),
    [
        # A short form in capitals may stand for the other's words.
        ("Registered Nurse, ICU", "Registered Nurse – Intensive Care Unit"),
        ("Adviser, HR Operations", "Adviser – People Services"),
        # Words of one stem are one specialism.
        ("Ward Nurse – Cardiology", "Ward Nurse, Cardiac Unit"),
        ("Data Engineer, Payments", "Data Engineer – Payment Operations"),
    ],
)
def test_a_short_form_or_a_shared_stem_is_no_other_specialism(claimed: str, found: str) -> None:
    assert not specialisms_conflict(claimed, found, frozenset())
