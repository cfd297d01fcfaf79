"""The word that opens a pay sentence is capitalised as every opening word is ("Pay for
the role ...", "Wages on the listing ..."): it names no place, so it does not narrow the
posting's pay to the lines that happen to hold the same word. The pages and drafts are
written for these tests."""

from __future__ import annotations

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://jobs.tarnbrook-bakeries.example/openings/771"
PAGE = (
    "<html lang='en'><head><title>Shift Baker | Tarnbrook Bakeries</title>"
    + job_posting_ld(
        "Shift Baker", "Tarnbrook Bakeries", currency="USD", low=18.25, high=22.0, unit="HOUR"
    )
    + "</head><body><main><h1>Shift Baker</h1><p>Tarnbrook Bakeries bakes for 40 cafes.</p>"
    "<div class='compensation'><h2>Compensation</h2><p>Pay range: $18.25 - $22.00 per hour"
    "</p><p>Wages are reviewed every April.</p></div>"
    "<a class='apply' href='/apply'>Apply now</a></main></body></html>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Pay for the job is posted as starting at $20.50 an hour.", "contradicted"),
        ("Pay for the job is posted as starting at $18.25 an hour.", "supported"),
        ("Wages on the listing start at $20.50 an hour.", "contradicted"),
        ("Compensation on the listing starts at $18.25 an hour.", "supported"),
    ],
)
def test_the_opening_word_names_no_place(ruleset: RuleSet, sentence: str, label: str) -> None:
    draft = f"# Bakeries\n\nTarnbrook Bakeries wants a shift baker ([posting]({URL})). {sentence}\n"
    got = [
        c.verdict.label
        for c in run(draft, {URL: PAGE}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert got == [label]
