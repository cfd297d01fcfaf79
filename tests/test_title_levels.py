"""A title's level and its qualifiers are read by their form: a level, grade or tier in
brackets or after the role ("(Band 5)", "(CT2)", "III"), a qualifier after a dash or in
brackets ("– Night Crew"). A level or qualifier of the same kind that differs between the
draft and the posting's own title names another job; one the draft leaves out does not.
The pages and drafts are written for these tests."""

from __future__ import annotations

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.claims.extract import extract_claims
from factcheck.evidence.title_parts import field_after, parts_conflict, split_title
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

BASE = "http://pellow-vale.test/vacancies"


def _titles(text: str, ruleset: RuleSet) -> list[tuple[str, str | None]]:
    claims = extract_claims(parse_article(f"# Hiring\n\n{text}\n", "d.md", "markdown"), ruleset)
    return [
        (str(c.fields["title"]), c.fields.get("level")) for c in claims if c.type == "job_title"
    ]


@pytest.mark.parametrize(
    ("sentence", "title", "level"),
    [
        (
            "Fenwick Health is recruiting a Clinical Fellow (CT2) for its chest unit.",
            "Clinical Fellow (CT2)",
            "CT2",
        ),
        (
            "Marlow Freight is hiring a Yard Marshal (Band 5) for its depot.",
            "Yard Marshal (Band 5)",
            "Band 5",
        ),
        (
            "Ostrava Water is advertising for a Pipe Fitter – Night Crew (Grade 3) at its plant.",
            "Pipe Fitter – Night Crew (Grade 3)",
            "Grade 3",
        ),
        (
            "Corvo Transit seeks a Signal Technician III to look after its tram lines.",
            "Signal Technician III",
            "III",
        ),
        ("Tallis Grocers is hiring a Stock Clerk, Level 2, on Sundays.", "Stock Clerk", "Level 2"),
        # A teaching scale's "Range" and a "Pay Point" are grading schemes too.
        (
            "Harlow Grammar is recruiting a Music Teacher – Range 3 (Strings) from January.",
            "Music Teacher – Range 3",
            "Range 3",
        ),
        (
            "Tallis Grocers is hiring a Stock Clerk (Pay Point 4) for its warehouse.",
            "Stock Clerk (Pay Point 4)",
            "Pay Point 4",
        ),
        # A bare number only where the title ends with it.
        (
            "Corvane Glass is hiring a Maintenance Technician 3, who will run the night line.",
            "Maintenance Technician 3",
            "3",
        ),
        ("Corvane Glass is hiring a welder 2 days a week.", "welder", None),
    ],
)
def test_a_level_in_brackets_or_after_the_role_is_read(
    ruleset: RuleSet, sentence: str, title: str, level: str
) -> None:
    assert (title, level) in _titles(sentence, ruleset)


@pytest.mark.parametrize(
    ("claimed", "found", "conflict"),
    [
        ("Yard Marshal (Band 5)", "Yard Marshal (Band 4)", True),
        ("Yard Marshal (Tier II)", "Yard Marshal – Days (Tier 2)", False),
        ("Signal Technician III", "Signal Technician II – Tramways", True),
        ("Signal Technician 3", "Signal Technician III – Tramways", False),
        ("Signal Technician 2", "Signal Technician III", True),
        ("Clinical Fellow (CT2)", "Clinical Fellow (CT1) in Respiratory Medicine", True),
        ("Music Teacher – Range 3", "Music Teacher – Range 2 (Strings)", True),
        # A level or a qualifier the claim leaves out says nothing against it.
        ("Yard Marshal", "Yard Marshal – Days (Band 4)", False),
        ("Pipe Fitter – Day Crew", "Pipe Fitter – Night Crew (Grade 3)", True),
        ("Pipe Fitter – Crew", "Pipe Fitter – Night Crew", False),
        # A qualifier of another kind (a place, a shift) is no other job.
        ("Pipe Fitter – Harrowgate", "Pipe Fitter – Night Crew", False),
    ],
)
def test_levels_and_qualifiers_of_one_kind_conflict(
    claimed: str, found: str, conflict: bool
) -> None:
    assert parts_conflict(claimed, found) is conflict


def test_a_title_split_into_its_parts() -> None:
    parts = split_title("Pipe Fitter – Night Crews (Grade 3)")
    assert (parts.name, parts.levels, parts.qualifiers) == (
        "Pipe Fitter",
        frozenset({"3"}),
        (("night", "crew"),),
    )


def _posting(title: str, org: str, similar: list[str]) -> str:
    items = "".join(f"<li><a href='/v/{i}'>{t}</a></li>" for i, t in enumerate(similar))
    return (
        f"<html><head><title>{title} | {org}</title>"
        f"{job_posting_ld(title, org)}</head><body><main>"
        f"<h1>{title}</h1><p>{org} needs a colleague for its water treatment sites.</p>"
        "<a href='#apply'>Apply now</a>"
        f"<aside class='similar-jobs'><h2>Similar jobs</h2><ul>{items}</ul></aside>"
        "</main></body></html>"
    )


def _labels(draft: str, pages: dict[str, str], ruleset: RuleSet) -> dict[str, str]:
    return {
        str(c.claim.fields.get("title")): c.verdict.label
        for c in run(draft, pages, ruleset, wrap=False)
        if c.claim.type == "job_title"
    }


def test_the_postings_own_level_and_qualifier_decide(ruleset: RuleSet) -> None:
    urls = [f"{BASE}/{i}" for i in range(3)]
    pages = {
        urls[0]: _posting(
            "Pipe Fitter – Night Crew (Grade 2)", "Ostrava Water", ["Pipe Fitter (Grade 3)"]
        ),
        urls[1]: _posting(
            "Line Inspector – Rural Rounds (Band 4)",
            "Quarry Lane Utilities",
            ["Line Inspector – Town Rounds (Band 4)"],
        ),
        urls[2]: _posting("Yard Marshal – Weekends (Band 5)", "Marlow Freight", []),
    }
    draft = (
        "# Utilities\n\nOstrava Water is advertising for a Pipe Fitter (Grade 3) at its plant "
        f"([posting]({urls[0]})).\n\nQuarry Lane Utilities is hiring a Line Inspector – Town "
        f"Rounds ([posting]({urls[1]})).\n\nMarlow Freight is hiring a Yard Marshal (Band 5) "
        f"for its depot ([posting]({urls[2]})).\n"
    )
    assert _labels(draft, pages, ruleset) == {
        "Pipe Fitter (Grade 3)": "contradicted",
        "Line Inspector – Town Rounds": "contradicted",
        "Yard Marshal (Band 5)": "supported",
    }
    right = draft.replace("(Grade 3)", "(Grade 2)").replace("Town Rounds", "Rural Rounds")
    assert set(_labels(right, pages, ruleset).values()) == {"supported"}


@pytest.mark.parametrize(
    ("after", "field"),
    [
        (" in Renal Medicine for a year.", " in Renal Medicine"),
        (" in Leeds, on a rota.", " in Leeds"),
        (" in Sound and Vision at the studio.", " in Sound and Vision"),
        (" for its wards.", ""),
        (" in its renal unit.", ""),
    ],
)
def test_the_field_written_after_a_title(after: str, field: str) -> None:
    assert field_after(after) == field


def test_a_field_of_the_same_kind_that_differs_is_another_job(ruleset: RuleSet) -> None:
    urls = [f"{BASE}/r{i}" for i in range(2)]
    pages = {
        urls[0]: _posting("Clinical Fellow (CT2) in Acute Medicine", "Fenwick Health", []),
        urls[1]: _posting("Clinical Fellow in Respiratory Medicine", "Aldwych Care", []),
    }
    draft = (
        "# Wards\n\nFenwick Health is recruiting a Clinical Fellow (CT2) in Renal Medicine "
        f"([advert]({urls[0]})).\n\nAldwych Care is hiring a Clinical Fellow in Harrowgate "
        f"([advert]({urls[1]})).\n"
    )
    labels = [
        c.verdict.label
        for c in run(draft, pages, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]
    # The field differs in kind; a place against a field says nothing against the title.
    assert labels == ["contradicted", "supported"]
    right = draft.replace("Renal Medicine", "Acute Medicine")
    assert [
        c.verdict.label
        for c in run(right, pages, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ] == ["supported", "supported"]
