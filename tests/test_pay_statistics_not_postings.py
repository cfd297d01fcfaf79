"""A statistic of many people's pay ("the average fitter earns", "median pay for
fitters", "fitters typically make") is not what one job posting offers: the posting's
pay neither backs nor refutes it, however the posting states its pay (JSON-LD, a pay
line, a sentence). The same sum said of the job itself is still read against it. Pages
and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run
from postings import job_posting_ld

POSTING = "https://careers.kelvale-foundry.example/jobs/5512"

LAYOUTS = {
    "json-ld": f"""<html><head><title>Pattern Fitter - Kelvale Foundry careers</title>
{job_posting_ld("Pattern Fitter", "Kelvale Foundry", currency="USD", low=26, high=31, unit="HOUR")}
</head><body><main><h1>Pattern Fitter</h1><p>Kelvale Foundry is hiring a Pattern Fitter
for its casting shop in Dunmore.</p></main></body></html>""",
    "pay line": """<html><head><title>Kelvale Foundry careers</title></head><body><main>
<h1>Pattern Fitter</h1><dl><dt>Employer</dt><dd>Kelvale Foundry</dd><dt>Site</dt>
<dd>Dunmore casting shop</dd></dl><div class="pay"><span>Hourly rate:</span>
<span>$26 - $31</span> <span>/ hour</span></div></main></body></html>""",
    "sentence": """<html><head><title>Pattern Fitter | Kelvale Foundry</title></head><body>
<main><h1>Pattern Fitter</h1><p>Kelvale Foundry, Dunmore casting shop.</p>
<p>The Pattern Fitter we hire is paid $26 to $31 an hour, by experience.</p>
<a href="/apply/5512">Apply now</a></main></body></html>""",
}

DRAFT = """# Kelvale Foundry is hiring

Kelvale Foundry is looking for a Pattern Fitter, its [posting]({url}) says.

{sentence}
"""


def _salary(layout: str, sentence: str, ruleset: Any) -> tuple[str, str]:
    pages = {POSTING: LAYOUTS[layout]}
    claims = run(DRAFT.format(url=POSTING, sentence=sentence), pages, ruleset, wrap=False)
    found = [c for c in claims if c.claim.type == "salary" and c.claim.sentence.text == sentence]
    assert len(found) == 1, [(c.claim.type, c.claim.text) for c in claims]
    return found[0].verdict.label, found[0].verdict.rationale


@pytest.mark.parametrize(
    ("layout", "sentence"),
    [
        ("json-ld", "At Kelvale Foundry the average worker earns about $44 an hour."),
        ("pay line", "Median pay for pattern fitters at Kelvale Foundry is $19 an hour."),
        ("sentence", "Kelvale Foundry's fitters typically make $38 an hour, the union says."),
    ],
)
def test_a_postings_pay_does_not_refute_a_statistic(
    layout: str, sentence: str, ruleset: Any
) -> None:
    label, why = _salary(layout, sentence, ruleset)
    assert label == "unverified", why


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_same_sum_said_of_the_job_is_read_against_the_posting(
    layout: str, ruleset: Any
) -> None:
    sentence = "The fitter's job at Kelvale Foundry pays $44 an hour."
    label, why = _salary(layout, sentence, ruleset)
    assert label == "contradicted", why
