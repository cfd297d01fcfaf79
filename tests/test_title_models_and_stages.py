"""A qualifier that names which kind of a job it is: the model or class of what the job
works with ("Tipper Driver (18t)", "Captain – Embraer E195"), or its stage ("(Graduate)").
Written in brackets right after a title in a draft, it is part of the title the draft
states; a posting whose own qualifier names another model is for another job, though one
that names none, or only a place, says nothing against it. The same division written
after "in the" and after a dash is one qualifier. The drafts and pages are written for
these tests."""

from __future__ import annotations

import pytest
from extracting import titles_in
from judging import run

from factcheck.evidence.title_parts import parts_conflict
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.rulepacks.title_models import models


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("18t", {"18t"}),
        ("Embraer E195", {"e195"}),
        ("Airbus 330", {"330"}),
        ("Licence C1", {"c1"}),
        ("Req 4471", set()),
        ("Job no. 318", set()),
        ("2024", set()),
        ("about 120 hours", set()),
        ("ST4", set()),
        ("3D", set()),
        ("2nd Shift", set()),
    ],
)
def test_the_models_a_qualifier_names(text: str, found: set[str]) -> None:
    assert models(text) == found


@pytest.mark.parametrize(
    ("claimed", "found", "conflict"),
    [
        ("Tipper Driver (18t)", "Tipper Driver (26t)", True),
        ("Captain – Embraer E195", "Captain – Airbus 330 (Lisbon)", True),
        ("Captain – Embraer E195", "Captain (E195) – Porto Base", False),
        ("Captain (E195)", "Captain (Req 5120)", False),
        ("Captain (E195)", "Captain – Porto Base", False),
        ("Captain", "Captain – Airbus 330", False),
        ("Baker (Graduate) in the Pastry Section", "Baker (Graduate) – Pastry Section", False),
        ("Baker (Graduate) in the Bread Section", "Baker (Graduate) – Pastry Section", True),
    ],
)
def test_another_model_in_the_postings_qualifier_is_another_job(
    claimed: str, found: str, conflict: bool
) -> None:
    assert parts_conflict(claimed, found) is conflict


def test_brackets_naming_a_model_or_a_stage_stay_with_the_title(ruleset: RuleSet) -> None:
    text = (
        "Orrin Haulage is hiring a Tipper Driver (18t) for its quarry run.\n\n"
        "Castlereagh Bakeries is recruiting a Baker (Graduate) for its night shift.\n\n"
        "Velmora Air is hiring a Captain (Embraer E195) this spring.\n\n"
        "Orrin Haulage is hiring a Yard Shunter (Reuters) after the merger.\n\n"
        "Velmora Air is hiring a Dispatcher (pictured) at Porto.\n"
    )
    assert titles_in(text, ruleset) == [
        "Tipper Driver (18t)",
        "Baker (Graduate)",
        "Captain (Embraer E195)",
        "Yard Shunter",
        "Dispatcher",
    ]


URL = "https://jobs.velmora-air.example/openings/7710"


def _posting(title: str) -> str:
    return (
        f"<html lang='en'><head><title>{title} | Velmora Air</title></head><body><main>"
        f"<h1>{title}</h1><p>Velmora Air is hiring for its Porto base.</p>"
        "<a class='apply' href='/apply'>Apply now</a></main></body></html>"
    )


@pytest.mark.parametrize(
    ("claimed", "posted", "label"),
    [
        ("a Tipper Driver (18t)", "Tipper Driver (26t)", "contradicted"),
        ("a Captain – Embraer E195 at Porto", "Captain – Airbus 330 (Porto)", "contradicted"),
        ("a Tipper Driver (18t)", "Tipper Driver (18t) – Porto Yard", "supported"),
        ("a Captain – Embraer E195 at Porto", "Captain – Embraer E195 (Porto)", "supported"),
        # The stage in brackets is the posting's: the draft names its job, and the
        # section after "in the" is the posting's section after the dash.
        (
            "a Baker (Graduate) in the Pastry Section",
            "Baker (Graduate) – Pastry Section",
            "supported",
        ),
    ],
)
def test_a_qualified_title_against_its_posting(
    ruleset: RuleSet, claimed: str, posted: str, label: str
) -> None:
    draft = f"# Jobs\n\nVelmora Air is recruiting {claimed} ([posting]({URL})).\n"
    got = [
        c.verdict.label
        for c in run(draft, {URL: _posting(posted)}, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]
    assert got == [label]
