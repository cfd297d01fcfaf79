"""Who pays, when a passive verb of paying names its agent after the sum ("riggers are
being offered $44 an hour by Tarn Mast Crews"): that name is the pay's employer, ahead
of the employer of a job the draft named earlier; its words name no job, and no place
that would pick a sidebar line naming it over the posting's own pay. Drafts and pages
are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def _salary_employers(text: str, ruleset: Any) -> list[object]:
    article = parse_article(f"# Pay\n\n{text}\n", "d.md", "markdown")
    return [
        c.fields.get("employer") for c in extract_claims(article, ruleset) if c.type == "salary"
    ]


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "Riggers on the new masts are being offered $44 an hour by Tarn Mast Crews.",
            "Tarn Mast Crews",
        ),
        (
            "Night cleaners were paid £11.20 an hour by the Brisk Facilities Group, staff said.",
            "Brisk Facilities Group",
        ),
        (
            "Under the deal, kiln hands will be guaranteed €2,450 a month by Orla & Pask.",
            "Orla & Pask",
        ),
        # "by" and a month says when, not who pays.
        ("Porters were paid $19 an hour by March 2031.", None),
    ],
)
def test_passive_agent_is_the_employer(text: str, employer: str | None, ruleset: Any) -> None:
    assert _salary_employers(text, ruleset) == [employer]


URL = "https://jobs.tarnmast.example/vacancies/rigger-field-crew"
LD = job_posting_ld("Rigger - Field Crew", "Tarn Mast Crews", currency="AUD", value=39, unit="HOUR")
PAGE = f"""<html lang="en"><head><title>Rigger - Field Crew - Tarn Mast Crews</title>{LD}
</head><body><main><h1>Rigger - Field Crew</h1><div class="company">Tarn Mast Crews</div>
<dl><dt>Pay</dt><dd class="salary">$39.00 per hour + $80/day field allowance</dd></dl>
</main><div class="more-roles"><h4>More roles like this</h4>
<p class="similar-job">Mast Painter, Tarn Mast Crews, $36.50 an hour</p></div></body></html>"""
OTHER = "https://careers.wexgrid.example/jobs/senior-grid-planner"
OTHER_PAGE = """<html lang="en"><head><title>Senior Grid Planner - Wexgrid</title></head><body>
<main><h1>Senior Grid Planner</h1><div class="company">Wexgrid</div><dl><dt>Salary</dt>
<dd>$150,000 - $170,000 + super</dd></dl></main></body></html>"""


@pytest.mark.parametrize(("figure", "label"), [("$44", "contradicted"), ("$39", "supported")])
def test_pay_offered_by_a_named_payer(figure: str, label: str, ruleset: Any) -> None:
    draft = (
        "# Masts\n\n"
        f"Wexgrid is advertising for a Senior Grid Planner ([ad]({OTHER})). The role is being "
        "offered at $150,000 to $170,000 plus super. Riggers on the new masts are being "
        f"offered {figure} an hour by Tarn Mast Crews ([ad]({URL})).\n"
    )
    claims = run(draft, {URL: PAGE, OTHER: OTHER_PAGE}, ruleset, wrap=False)
    theirs = [c for c in claims if c.claim.type == "salary" and figure in c.claim.text]
    assert theirs, [c.claim.text for c in claims]
    assert theirs[0].verdict.label == label, theirs[0].verdict.rationale
