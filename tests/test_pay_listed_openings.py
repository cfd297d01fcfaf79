"""Pay of another job a cited posting lists in its "Similar jobs" box: read for a claim
that names that job (in place of the posting's own pay, another job's), never for a claim
about the posting's own job, nor for one naming a place the listed line does not. Pages
and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict
from postings import job_posting_ld

from factcheck.sources.facts import read_facts

URL = "https://jobs.harrowgate-logistics.example/vacancies/4410-warehouse-operative"
PAGE = f"""<html lang="en"><head><title>Warehouse Operative - Harrowgate Logistics</title>
{
    job_posting_ld(
        "Warehouse Operative",
        "Harrowgate Logistics",
        currency="GBP",
        low=24500,
        high=26800,
        unit="YEAR",
    )
}
</head><body><main><h1>Warehouse Operative</h1>
<p>Pick and pack orders at our Wakefield hub.</p>
<div class="salary">£24,500 - £26,800 per year</div></main>
<aside class="similar-jobs"><h3>Similar jobs</h3><ul>
<li><a href="/vacancies/4402">Shift Supervisor</a> · Wakefield ·
<span>£33,000 - £36,500 per year</span></li>
<li><a href="/vacancies/4399">Forklift Driver</a> · Castleford · <span>£27,900 per year</span></li>
</ul></aside></body></html>"""

FR_URL = "https://emplois.quai-bleu.example/offres/0311-agent-de-quai"
FR_PAGE = f"""<html lang="fr"><head><title>Agent de quai (H/F) - Quai Bleu</title>
{
    job_posting_ld(
        "Agent de quai (H/F)",
        "Quai Bleu Transports",
        currency="EUR",
        low=1900,
        high=2100,
        unit="MONTH",
    )
}
</head><body><main><h1>Agent de quai (H/F)</h1><p>Chargement des camions.</p>
<div class="salaire">1 900 – 2 100 € brut / mois</div></main>
<aside class="offres-similaires"><h2>Offres similaires</h2><ul>
<li><a href="/offres/0298">Superviseur de quai (H/F)</a> — Quai Bleu — Nantes —
<span>2 600 – 2 900 € brut / mois</span></li>
</ul></aside></body></html>"""


def test_the_box_is_read_as_openings() -> None:
    openings = read_facts(PAGE).of("opening")
    assert [(f.data["title"], f.data["min"], f.data["max"]) for f in openings] == [
        ("Shift Supervisor", 33000.0, 36500.0),
        ("Forklift Driver", 27900.0, 27900.0),
    ]


@pytest.mark.parametrize(
    ("said", "label"),
    [
        # the claim names the listed job: its pay is that opening's
        ("Shift supervisors in Wakefield are advertised at £33,000 to £36,500 a year", "supported"),
        ("Its shift supervisors are paid £33,000 to £36,500 a year", "supported"),
        # other pay: a list's line backs but refutes nothing, and the posting's own
        # pay is another job's
        (
            "Shift supervisor posts there are advertised at £40,000 to £44,000 a year",
            "unverified",
        ),
        # the listed line is another place's: no figure of the claim's job
        ("Shift supervisors in Leeds are advertised at £33,000 to £36,500 a year", "unverified"),
    ],
)
def test_a_claim_naming_a_listed_job(said: str, label: str, ruleset: Any) -> None:
    draft = f"# Depot pay\n\nHarrowgate Logistics is hiring. {said} ([vacancy]({URL})).\n"
    found = verdict(run(draft, {URL: PAGE}, ruleset, wrap=False), "salary", said[:20])
    assert found.verdict.label == label, found.verdict.rationale


def test_the_postings_own_job_is_never_read_against_the_box(ruleset: Any) -> None:
    """The near miss: the posting's own job at a listed opening's figure is refuted by
    the posting's own pay."""
    said = "The warehouse operative post pays £33,000 to £36,500 a year"
    draft = f"# Depot pay\n\n{said} ([vacancy]({URL})).\n"
    found = verdict(run(draft, {URL: PAGE}, ruleset, wrap=False), "salary", said[:20])
    assert found.verdict.label == "contradicted", found.verdict.rationale
    assert "similar jobs" not in found.verdict.rationale


def test_a_shared_english_role_word_is_not_a_listed_job(ruleset: Any) -> None:
    """The near miss of the cognate reading: "supervisor" is no other language's word
    for a "Shift Supervisor" at another place, so a claim naming another place stays
    unread, and the posting (a warehouse operative's) refutes nothing of it."""
    said = "Warehouse supervisors in Leeds earn £33,000 to £36,500 a year"
    draft = f"# Depot pay\n\n{said} ([vacancy]({URL})).\n"
    found = verdict(run(draft, {URL: PAGE}, ruleset, wrap=False), "salary", said[:20])
    assert found.verdict.label != "contradicted", found.verdict.rationale


def test_a_listed_job_in_the_postings_language(ruleset: Any) -> None:
    """An English claim naming the job a French listed title writes alike."""
    said = "Supervisor posts at Quai Bleu in Nantes are advertised at 2,600 to 2,900 euros a month"
    draft = f"# Dock pay\n\n{said} ([offre]({FR_URL})).\n"
    found = verdict(run(draft, {FR_URL: FR_PAGE}, ruleset, wrap=False), "salary", said[:20])
    assert found.verdict.label == "supported", found.verdict.rationale
