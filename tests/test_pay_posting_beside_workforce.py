"""A posting the draft cites gives the pay of its job even where the sentence giving the
pay goes on to the workforce at large ("more than most staff here get", "the envy of
workers elsewhere"): "staff" and "workers" name no other job than the posting's. Pages
and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on
from postings import job_posting_ld

URL = "http://jobs.test/vacancies/8841"
PAGE = (
    "<html><head><title>Kiln Technician – Tarnow | Verity Ceramics</title>"
    + job_posting_ld(
        "Kiln Technician", "Verity Ceramics", currency="GBP", low=31500, high=36800, unit="YEAR"
    )
    + "</head><body><main><h1>Kiln Technician</h1>"
    "<dl><dt>Salary</dt><dd>£31,500 – £36,800 per year</dd></dl>"
    "<p>Firing, glazing and kiln maintenance on our tableware line.</p>"
    "<h3>Similar roles</h3><ul><li>Glaze Mixer · Tarnow · £27,000 – £30,500</li></ul>"
    "</main></body></html>"
)


def _draft(sentence: str) -> str:
    return (
        "# Potteries\n\nVerity Ceramics wants a kiln technician in Tarnow "
        f"([advert]({URL})). {sentence}\n"
    )


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The advertised band of £31,500 to £36,800 a year would make most office staff "
            "in the town jealous.",
            "supported",
        ),
        (
            "Its pay of £31,500 to £39,000 a year would leave the county's factory staff envious.",
            "contradicted",
        ),
        (
            "At £31,500 to £42,000 a year, the post is one that plenty of warehouse staff "
            "would envy.",
            "contradicted",
        ),
    ],
)
def test_the_workforce_at_large_names_no_other_job(sentence: str, label: str, ruleset: Any) -> None:
    got = verdict_on(_draft(sentence), {URL: PAGE}, ruleset, "salary", "£31,500")
    assert got.label == label, got.rationale
