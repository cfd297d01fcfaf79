"""A sentence naming two jobs and citing, at its end, the posting of the later one: the
posting is that job's, and of the first job (a title sharing no word with the
posting's) it says nothing. A link standing between the two jobs, nearer the first,
is the first job's, and its posting still refutes it. Drafts and pages written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict
from postings import job_posting_ld

POSTING = "https://jobs.example/harbourline/4471-shift-planner"
PAGE = f"""<html><head>{job_posting_ld("Shift Planner – Container Yard", "Harbourline Terminals")}
<title>Shift Planner – Container Yard</title></head><body>
<h1>Shift Planner – Container Yard</h1>
<p>Harbourline Terminals is looking for a planner to run rosters in the container yard.</p>
</body></html>"""


@pytest.mark.parametrize(
    "sentence",
    [
        'Harbourline Terminals also lists a "Reach Stacker Driver" vacancy, beside the '
        f"planner roles that draw graduates ({POSTING}).",
        "Harbourline Terminals is advertising for a Lashing Foreman as well as the planner "
        f"posts it fills every spring ({POSTING}).",
        "At Harbourline Terminals a Gate Clerk opening sits next to the planner jobs "
        f"graduates chase ({POSTING}).",
    ],
)
def test_the_link_after_the_second_job_is_that_jobs(sentence: str, ruleset: Any) -> None:
    claims = run(f"# Draft\n\n{sentence}\n", {POSTING: PAGE}, ruleset, wrap=False)
    first = [c for c in claims if c.claim.type == "job_title" and "planner" not in c.claim.text]
    assert first, [c.claim.text for c in claims]
    assert first[0].verdict.label == "unverified"


def test_a_posting_cited_for_the_first_job_still_refutes_it(ruleset: Any) -> None:
    sentence = (
        f'Harbourline Terminals lists a "Reach Stacker Driver" vacancy ({POSTING}), '
        "though graduates prefer its planner roles."
    )
    claims = run(f"# Draft\n\n{sentence}\n", {POSTING: PAGE}, ruleset, wrap=False)
    assert verdict(claims, "job_title", "Reach Stacker").verdict.label == "contradicted"
