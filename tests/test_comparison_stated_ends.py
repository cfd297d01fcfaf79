"""A side that states its figure as an end of a range ("the post's ceiling of PLN 27,000",
"its maximum of ...") is read at that end of a posting's range, never at the other end
of a range the figure merely falls in; a figure the page pays monthly, read as written,
is set against the other side's year of pay in its month (each reading of it, not only
the chosen one, is evidence); and "the minimum for" names an end as "the minimum of"
does. The page and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import judging
import pytest

URL = "https://careers.example/lindwurm/openings/platform-lead"
PAGE = """<html><head><title>Principal Platform Engineer | Lindwurm Careers</title></head>
<body><header><nav><a href="/">Lindwurm</a> <a href="/careers">Careers</a></nav></header>
<main><h1>Principal Platform Engineer</h1>
<p>Warsaw, Poland · Hybrid · Full-time</p>
<h2>What you will do</h2><p>Run the platform that settles our merchants' payouts.</p>
<h2>Salary</h2><p>Monthly gross salary: PLN 21,000 – PLN 27,000, plus a yearly bonus.</p>
</main>
<section class="other-openings"><h2>Other open roles</h2><ul>
<li><a href="/careers/openings/ledger">Staff Engineer, Ledger</a> — Warsaw —
PLN 24,000–PLN 30,000 / month</li>
<li><a href="/careers/openings/data-head">Head of Data Platform</a> — Warsaw —
PLN 28,000–PLN 35,000 / month</li>
<li><a href="/careers/openings/qa">QA Analyst, Payouts</a> — Warsaw —
PLN 9,000–PLN 12,000 / month</li>
</ul></section></body></html>"""


# The post tops out at PLN 27,000 a month, below the PLN 28,000 the head of data starts on
# and far above the QA analyst's PLN 9,000; the ledger engineer's range holds PLN 27,000
# but tops out at PLN 30,000, which is no reading of "the post's ceiling".
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The post's ceiling of PLN 27,000 sits below the floor of the Head of Data "
            "Platform opening listed beside it",
            "supported",
        ),
        (
            "The role's top rate of PLN 27,000 is higher than the bottom of the Head of "
            "Data Platform range",
            "contradicted",
        ),
        (
            "Its maximum of PLN 27,000 is less than the minimum for the Head of Data "
            "Platform opening",
            "supported",
        ),
        (
            "The job's ceiling of PLN 27,000 sits above the floor of the QA Analyst opening",
            "supported",
        ),
    ],
)
def test_a_stated_end_of_a_posted_range(sentence: str, label: str, ruleset: Any) -> None:
    draft = (
        f"# Pay at Lindwurm\n\nLindwurm is hiring a Principal Platform Engineer "
        f"([listing]({URL})). {sentence}.\n"
    )
    found = judging.verdict_on(draft, {URL: PAGE}, ruleset, "comparison", wrap=False)
    assert found.label == label, found.rationale
