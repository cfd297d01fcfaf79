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
        # Each names a kind the other lacks, around a shared word: no sure verdict.
        ("a Tipper Truck Driver", "Tanker Truck Driver", "unverified"),
        ("a Night Ward Nurse", "Day Ward Nurse - Cardiology", "unverified"),
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
