"""A pay or closing-date sentence that points back ("the post", "the university's post",
"the engineering job") is about the job it points to, and read against that job's cited
posting, even when the paragraph cites postings for several jobs. The pages and
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

STEWARD = "https://vacancies.harlowmere.example/ref/5520"
CONTROLLER = "https://careers.pennock-rail.example/jobs/3307"


def _posting(title: str, employer: str, pay: str, closes: str) -> str:
    return f"""<html><head><title>{title} | {employer}</title></head><body><main>
<h1>{title}</h1><p class="employer">{employer}</p>
<dl><dt>Salary</dt><dd>{pay}</dd><dt>Closing date</dt><dd>{closes}</dd></dl>
<p>{employer} is looking for a {title} to join its team.</p>
<a href="/apply">Apply now</a></main></body></html>"""


PAGES = {
    STEWARD: _posting(
        "Collections Data Steward",
        "Harlowmere University",
        "£36,410 - £42,150 per annum",
        "9 May 2031",
    ),
    CONTROLLER: _posting(
        "Signalling Control Engineer",
        "Pennock Rail",
        "£55,300 - £61,900 per annum",
        "23 May 2031",
    ),
}
JOBS = (
    f"Harlowmere University is recruiting a Collections Data Steward ([advert]({STEWARD})). "
    f"Pennock Rail wants a Signalling Control Engineer ([advert]({CONTROLLER}))."
)


def _labels(text: str, ruleset: Any) -> dict[str, tuple[str, dict[str, Any]]]:
    claims = run(f"# Hiring\n\n{JOBS}\n\n{text}\n", PAGES, ruleset, wrap=False)
    return {
        c.claim.text: (c.verdict.label, dict(c.claim.fields))
        for c in claims
        if c.claim.type in ("salary", "date")
    }


@pytest.mark.parametrize(
    ("sentence", "job", "label"),
    [
        # The description names the employer: not the nearest job, the university's.
        ("The post at the university pays £36,410 to £42,150 a year.", "Steward", "supported"),
        ("The post at the university pays £55,300 to £61,900 a year.", "Steward", "contradicted"),
        # An owner before the job word ("the university's post").
        ("The university's post pays £55,300 to £61,900 a year.", "Steward", "contradicted"),
        # A word sharing the title's head ("engineering" for an Engineer).
        ("The engineering job pays £55,300 to £61,900 a year.", "Engineer", "supported"),
    ],
)
def test_the_job_a_description_points_to(sentence: str, job: str, label: str, ruleset: Any) -> None:
    found = _labels(sentence, ruleset)
    (got, fields), *_ = found.values()
    assert job in str(fields.get("job")), fields
    assert got == label


def test_a_closing_date_beside_pay_is_that_jobs(ruleset: Any) -> None:
    found = _labels(
        "The engineering job pays £55,300 to £61,900 a year, and applications close on May 23.",
        ruleset,
    )
    assert found["applications close on May 23"][0] == "supported"
    wrong = _labels(
        "The engineering job pays £55,300 to £61,900 a year, and applications close on May 9.",
        ruleset,
    )
    assert wrong["applications close on May 9"][0] == "contradicted"
