"""A job posting's sentences speak of its own job: a pay line with no title near it
(below the location and contract lines: "Hourly rate: $19.75") is the pay of the job in
the posting's heading, so it decides a claim about that job and says nothing of another
job the draft names. The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

POSTING = "https://jobs.ormsby-parcel.example/req/88120"

PAGE = """<html><head><title>Ormsby Parcel careers</title></head><body>
<nav>Home | Search roles | Sign in</nav>
<main><h1>Parcel Courier (Seasonal)</h1>
<dl><dt>Employer</dt><dd>Ormsby Parcel</dd><dt>Location</dt><dd>Tacoma depot, WA</dd>
<dt>Contract</dt><dd>Temporary, November to January</dd><dt>Requisition</dt><dd>88120</dd></dl>
<div class="pay"><span>Hourly rate:</span> <span>$19.75</span> <span>/ hour</span></div>
<h2>What you will do</h2>
<p>Load your van each morning and deliver parcels across north Tacoma.</p>
<h2>Benefits</h2>
<p>Overtime is paid at time and a half after forty hours in a week.</p>
</main></body></html>"""

DRAFT = """# Ormsby Parcel gears up for the holidays

Ormsby Parcel is adding seasonal couriers at its Tacoma depot, and its
[advert]({url}) is frank about the work.

{sentence}
"""


def _salary(sentence: str, ruleset: Any) -> tuple[str, str]:
    claims = run(DRAFT.format(url=POSTING, sentence=sentence), {POSTING: PAGE}, ruleset, wrap=False)
    found = [c for c in claims if c.claim.type == "salary" and c.claim.sentence.text == sentence]
    assert len(found) == 1, [(c.claim.type, c.claim.text) for c in claims]
    return found[0].verdict.label, found[0].verdict.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "At Ormsby Parcel, dispatch supervisors make about $29 an hour, two employees said.",
        "Ormsby Parcel's depot stewards earn roughly $33 an hour, one of them said.",
    ],
)
def test_a_posting_pay_line_says_nothing_of_another_job(sentence: str, ruleset: Any) -> None:
    label, why = _salary(sentence, ruleset)
    assert label == "unverified", why


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Ormsby Parcel pays its seasonal parcel couriers $19.75 an hour.", "supported"),
        ("Ormsby Parcel pays its seasonal parcel couriers $24.50 an hour.", "contradicted"),
    ],
)
def test_a_posting_pay_line_speaks_for_its_own_job(sentence: str, label: str, ruleset: Any) -> None:
    assert _salary(sentence, ruleset)[0] == label
