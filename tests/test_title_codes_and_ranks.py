"""What makes two titles two jobs, by form: a code in both names that differs (the model,
type or licence the job is for: "A321 Captain" and "A320 Captain", "B2 Engineer" and
"B1 Engineer"), and a word that ranks the job under another ("Sous Chef" under "Chef").
A code one title leaves out, an ordinal ("1st") or a dimension ("3D") says nothing. The
pages and drafts are written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.evidence.title_parts import parts_conflict
from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("claimed", "found", "conflict"),
    [
        ("A321 Captain", "A320 Captain – Direct Entry (Denver)", True),
        ("Engineer B2", "Engineer B1", True),
        ("E190 First Officer", "E175 First Officer - Reserve", True),
        ("MD11F Loadmaster", "B777F Loadmaster", True),
        ("Aircraft Engineer B1", "Aircraft Engineer B1 – Line Maintenance", False),
        ("1st Officer", "First Officer - Embraer E175", False),
        ("3D Artist", "Environment Artist (UE5)", False),
        ("First Officer", "First Officer - Embraer E175", False),
    ],
)
def test_a_code_in_both_names_that_differs_is_another_job(
    claimed: str, found: str, conflict: bool
) -> None:
    assert parts_conflict(claimed, found) is conflict


URL = "https://careers.fellgate-air.example/jobs/5521"


def _posting(title: str) -> str:
    return (
        f"<html lang='en'><head><title>{title} | Fellgate Air</title></head><body><main>"
        f"<h1>{title}</h1><p>Fellgate Air is hiring for its Leeds base.</p>"
        "<a class='apply' href='/apply'>Apply now</a></main></body></html>"
    )


@pytest.mark.parametrize(
    ("claimed", "posted", "label"),
    [
        ("an A330 Captain", "A350 Captain", "contradicted"),
        ("a B2 Avionics Engineer", "B1 Avionics Engineer", "contradicted"),
        ("an executive chef", "Executive Sous Chef", "contradicted"),
        ("a head chef", "Sous Chef", "contradicted"),
        ("an A350 Captain", "A350 Captain", "supported"),
        ("a sous chef", "Sous Chef - Banqueting", "supported"),
    ],
)
def test_a_title_against_its_posting(
    ruleset: RuleSet, claimed: str, posted: str, label: str
) -> None:
    draft = f"# Jobs\n\nFellgate Air is recruiting {claimed} ([posting]({URL})).\n"
    got = [
        c.verdict.label
        for c in run(draft, {URL: _posting(posted)}, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]
    assert got == [label]
