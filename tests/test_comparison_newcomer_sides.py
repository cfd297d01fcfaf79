"""A comparison of someone in a job with a newcomer to it ("a qualified electrician earns
half as much again as an apprentice"): the right side, a newcomer's grade alone ("an
apprentice", "a trainee", "a recruit"), is the bottom of the job's scale the left side's
posting gives, and the left side, naming no end, its top; "half as much again as" leaves
its "as" out of the right side. The page and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import judging
import pytest

URL = "https://careers.example/corran-grid/apprentice-electrician"
PAGE = """<html><head><title>Apprentice Electrician | Corran Grid Careers</title></head>
<body><main><h1>Apprentice Electrician</h1>
<p>Inverness depot · Full time · Four-year programme</p>
<p>Learn to install and maintain substations across the northern network.</p>
<h2>Salary</h2><p>£21,000 rising to £30,000 per annum once you qualify.</p>
</main></body></html>"""


# £30,000 is 1.43 times £21,000: about half as much again, not twice.
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("A qualified electrician earns half as much again as an apprentice", "supported"),
        ("A fully trained electrician is paid half as much again as the apprentices", "supported"),
        ("A qualified electrician makes half as much again as a recruit", "supported"),
        ("A qualified electrician earns twice as much as an apprentice", "contradicted"),
    ],
)
def test_a_job_against_its_newcomer(sentence: str, label: str, ruleset: Any) -> None:
    draft = (
        f"# Pay on the grid\n\nCorran Grid is hiring apprentices ([listing]({URL})). {sentence}.\n"
    )
    found = judging.verdict_on(draft, {URL: PAGE}, ruleset, "comparison", wrap=False)
    assert found.label == label, found.rationale
