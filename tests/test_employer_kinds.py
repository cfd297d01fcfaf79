"""A word saying what kind of organisation one is ("University", "Studios") tells no
employer from another: a posting from one university is not found to be another's by
that word, and a claim naming the other is not read against it. A distinctive word of
the name still finds the employer's own posting. Pages and drafts written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict
from postings import job_posting_ld

URL = "https://jobs.harrowgate.example/vacancies/3310"


def _posting(employer: str) -> str:
    return f"""<html><head><title>Lecturer in Geology | {employer}</title>
{job_posting_ld("Lecturer in Geology", employer)}
</head><body><h1>Lecturer in Geology</h1><p>A continuing post in the School of Earth
Sciences.</p></body></html>"""


FIRST = f"Harrowgate University wants a Lecturer in Geology ([vacancy]({URL}))."


@pytest.mark.parametrize(
    "second",
    [
        "Across the river, Pellmoor University is advertising for a Lecturer in Hydrology.",
        "Pellmoor University, its neighbour, is also hiring a Lecturer in Geology.",
    ],
)
def test_a_posting_is_not_another_universitys(second: str, ruleset: Any) -> None:
    draft = f"# Posts\n\n{FIRST}\n\n{second}\n"
    pages = {URL: _posting("Harrowgate University")}
    found = verdict(run(draft, pages, ruleset, wrap=False), "job_title", "Pellmoor").verdict
    assert found.label == "unverified", found.rationale


def test_the_employers_own_posting_is_still_found_by_its_name(ruleset: Any) -> None:
    draft = f"# Posts\n\n{FIRST}\n\nHarrowgate University is hiring a Lecturer in Geology.\n"
    pages = {URL: _posting("Harrowgate University")}
    found = verdict(run(draft, pages, ruleset, wrap=False), "job_title", "is hiring").verdict
    assert found.label == "supported", found.rationale


ORSKE = "https://careers.orske-wind.example/jobs/blade-rigger"


def _rigger_posting() -> str:
    return f"""<html><head><title>Blade Rigger | Orske Wind</title>
{job_posting_ld("Blade Rigger", "Orske Wind")}
</head><body><h1>Blade Rigger</h1><p>Rope access work on the new turbines.</p>
</body></html>"""


@pytest.mark.parametrize(
    "draft",
    [
        # The posting cited for one employer's job, then another employer's job.
        f"Orske Wind pays its riggers $52 an hour ([ad]({ORSKE})). Tallow Power, for its "
        "part, is believed to be scouting for a Head of Grid Planning.",
        f"Riggers at Orske Wind earn $52 an hour ([ad]({ORSKE})). Separately, Tallow Power "
        "is recruiting a Substation Engineer for its Perth depot.",
        # The same through a list of sources at the end.
        "Orske Wind pays its riggers $52 an hour.[1] Tallow Power has appointed a new "
        f"Director of Networks to run the grid.\n\nSources:\n1. {ORSKE}",
    ],
)
def test_another_employers_posting_refutes_no_other_job(draft: str, ruleset: Any) -> None:
    claims = run(f"# Wind\n\n{draft}\n", {ORSKE: _rigger_posting()}, ruleset, wrap=False)
    got = verdict(claims, "job_title", "Tallow")
    assert got.verdict.label != "contradicted", got.verdict.rationale
