"""Two readings of pay around a posting. A range told by where it starts and where it tops
out takes the period written at its start ("starts at $16.90 an hour and rises to $19.35
within a year"): a span of time after the top ("within a year", "after a year and a half")
is no pay period. And the one posting an employer has among the sources is not the pay
of other people the sentence names ("line cooks start at ..." beside a posting for a
dishwasher). The pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields
from judging import run


@pytest.mark.parametrize(
    "sentence",
    [
        "The post starts at $16.90 an hour and rises to $19.35 within a year.",
        "That role starts at $16.90 an hour and tops out at $19.35 after a year and a half.",
        "Pay begins at $16.90 per hour and climbs to $19.35 over two years of service.",
    ],
)
def test_a_range_takes_the_period_written_at_its_start(sentence: str, ruleset: Any) -> None:
    fields = first_fields(sentence, "salary", ruleset)
    assert (fields["min"], fields["max"], fields["period"]) == (16.9, 19.35, "hour")


NEWS_URL = "https://valley-herald.test/news/2031/05/bistro-staff-walk-out"
NEWS = (
    "<html><head><title>Bistro staff walk out</title></head><body><main>"
    "<h1>Kestrel Bistro staff walk out over pay</h1>"
    "<p>Kitchen staff at Kestrel Bistro walked out on Friday.</p>"
    "<p>Line cooks at the bistro currently start at $17.25 an hour, the union said.</p>"
    "</main></body></html>"
)
POSTING_URL = "https://careers.kestrel-bistro.test/jobs/4471"
POSTING = (
    "<html><head><title>Dishwasher (Nights) - Kestrel Bistro</title>"
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",'
    '"title":"Dishwasher (Nights)","hiringOrganization":{"@type":"Organization","name":'
    '"Kestrel Bistro"},"baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":'
    '{"@type":"QuantitativeValue","minValue":15.10,"maxValue":16.40,"unitText":"HOUR"}}}'
    "</script></head><body><main><h1>Dishwasher (Nights)</h1>"
    "<p>Pay: $15.10 - $16.40 per hour</p></main></body></html>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # People the posting's title does not name: its pay is another job's.
        ("Line cooks at Kestrel Bistro currently start at $17.25 an hour.", "supported"),
        ("Hosts at Kestrel Bistro are paid $14.00 an hour.", "unverified"),
        ("At Kestrel Bistro, servers are paid $12.40 an hour.", "unverified"),
        # The posting's own job: its pay decides.
        ("Dishwashers at Kestrel Bistro start at $18.00 an hour.", "contradicted"),
    ],
)
def test_an_employers_one_posting_is_not_other_peoples_pay(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = (
        f"# Bistro\n\nStaff walked out, the [Herald]({NEWS_URL}) reported. "
        f"The bistro is also [hiring]({POSTING_URL}) for its night shift.\n\n{sentence}\n"
    )
    found = [
        c
        for c in run(draft, {NEWS_URL: NEWS, POSTING_URL: POSTING}, ruleset)
        if c.claim.type == "salary"
    ]
    assert [c.verdict.label for c in found] == [label], [c.verdict.rationale for c in found]
