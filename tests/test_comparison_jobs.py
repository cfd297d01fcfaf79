"""Comparison sides that are the article's own jobs or a statistic's row: "the planner"
is the cited posting for a planner, "at the top of its range" takes the top of each
posting's range, and "that" is the pay the article gave just before. The pages and
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

SURVEYOR = "https://jobs.kettering-ports.example/v/2210"
CLERK = "https://jobs.kettering-ports.example/v/2214"
COXSWAIN = "https://jobs.kettering-ports.example/v/2219"
STATS = "https://data.orvale.example/earnings/monthly"


def _posting(title: str, pay: str) -> str:
    return f"""<html><head><title>{title} - Kettering Ports</title></head><body><main>
<h1>{title}</h1><p class="employer">Kettering Ports</p>
<dl><dt>Salary</dt><dd>{pay}</dd></dl>
<p>Kettering Ports is looking for a {title}.</p>
<a href="/apply">Apply now</a></main></body></html>"""


EARNINGS = """<html><head><title>Monthly earnings</title></head><body><main>
<h1>Earnings in Orvale</h1>
<table><caption>Earnings by measure, 2032 (dollars)</caption>
<tr><th>Measure</th><th>Amount</th></tr>
<tr><td>Average monthly earnings</td><td>$1,600</td></tr>
<tr><td>Median monthly earnings</td><td>$1,180</td></tr>
</table></main></body></html>"""

PAGES = {
    SURVEYOR: _posting("Marine Hydrographic Surveyor", "$72,000 - $84,000 per year"),
    CLERK: _posting("Berth Allocation Clerk", "$41,000 - $60,000 per year"),
    COXSWAIN: _posting("Pilot Boat Coxswain", "$50,000 - $60,000 per year"),
    STATS: EARNINGS,
}


def _comparison(text: str, ruleset: Any) -> Any:
    claims = run(f"# Port jobs\n\n{text}\n", PAGES, ruleset, wrap=False)
    return verdict(claims, "comparison").verdict


@pytest.mark.parametrize(("share", "label"), [("40%", "supported"), ("75%", "contradicted")])
def test_sides_named_by_the_articles_jobs_at_the_top_of_their_ranges(
    share: str, label: str, ruleset: Any
) -> None:
    # Tops $84,000 and $60,000: 1.4 times. The bottoms would give 1.76.
    found = _comparison(
        f"Kettering Ports is hiring a Marine Hydrographic Surveyor ([advert]({SURVEYOR})) "
        f"and a Berth Allocation Clerk ([advert]({CLERK})). At the top of each range, the "
        f"surveyor earns about {share} more than the clerk.",
        ruleset,
    )
    assert found.label == label, found.rationale
    assert "$84,000" in found.rationale and "$60,000" in found.rationale
    assert "“Marine Hydrographic Surveyor” posting" in found.rationale
    assert "times the stated factor" in found.rationale


@pytest.mark.parametrize(
    ("factor", "label"), [("up to three", "supported"), ("more than four", "contradicted")]
)
def test_that_is_the_pay_given_just_before(factor: str, label: str, ruleset: Any) -> None:
    # $41,000-$60,000 a year is $3,417-$5,000 a month: 2.1 to 3.1 times $1,600 (the
    # median would give 2.9 to 4.2); the country is named atop the statistics page.
    found = _comparison(
        f"Kettering Ports is hiring a Berth Allocation Clerk ([advert]({CLERK})), paying "
        f"$41,000 to $60,000 a year. That is {factor} times the average monthly "
        f"earnings in Orvale ([data]({STATS})).",
        ruleset,
    )
    assert found.label == label, found.rationale
    assert "Average monthly earnings" in found.rationale


@pytest.mark.parametrize(("share", "label"), [("40%", "supported"), ("80%", "contradicted")])
def test_two_pay_ranges_are_set_end_to_end(share: str, label: str, ruleset: Any) -> None:
    # Bottoms $72,000 / $50,000 = 1.44, tops $84,000 / $60,000 = 1.4; across the ranges
    # (bottom against top) anything from 1.2 to 1.68 would be possible.
    found = _comparison(
        f"Kettering Ports is hiring a Marine Hydrographic Surveyor ([advert]({SURVEYOR})) "
        f"and a Pilot Boat Coxswain ([advert]({COXSWAIN})). The surveyor earns about "
        f"{share} more than the coxswain.",
        ruleset,
    )
    assert found.label == label, found.rationale
