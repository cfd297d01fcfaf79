"""A posting written in its own language ("Gabelstaplerfahrer", "Operario de bodega") is
the posting for the job a draft names in English when the draft glosses that job in
brackets with the posting's title ("a forklift driver (Gabelstaplerfahrer)"): its
structured pay is the job's, though no English word of the title is on the page. The
pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run
from postings import job_posting_ld

URL = "http://jobs.test/openings/5521"


def _posting(title: str, employer: str, currency: str, low: float, high: float, unit: str) -> str:
    return (
        f"<html><head><title>{title} – {employer}</title>"
        + job_posting_ld(title, employer, currency=currency, low=low, high=high, unit=unit)
        + f"</head><body><main><h1>{title}</h1><p>{employer}</p></main></body></html>"
    )


CASES = [
    (
        "Harbeck Logistik is offering forklift drivers between €{a} and €{b} an hour at its "
        "Kassel depot. The advert is for a forklift driver (Gabelstaplerfahrer) on early shifts.",
        ("Gabelstaplerfahrer (m/w/d)", "Harbeck Logistik GmbH", "EUR", 15.20, 17.40, "HOUR"),
        ("15.20", "17.40"),
    ),
    (
        "Bodegas Montalvo pays its cellar hands between €{a} and €{b} a month during the "
        "harvest. It wants a cellar hand (operario de bodega) with a forklift licence.",
        ("Operario/a de bodega", "Bodegas Montalvo S.L.", "EUR", 1420, 1610, "MONTH"),
        ("1,420", "1,610"),
    ),
    (
        "Zuidkust Zorg is recruiting care assistants between €{a} and €{b} a month. The "
        "opening is for a care assistant (verzorgende IG) in its Goes home.",
        ("Verzorgende IG", "Stichting Zuidkust Zorg", "EUR", 2310, 2840, "MONTH"),
        ("2,310", "2,840"),
    ),
]


@pytest.mark.parametrize(("sentence", "posting", "figures"), CASES)
@pytest.mark.parametrize("same", [True, False])
def test_a_glossed_job_reads_the_postings_pay(
    ruleset: Any,
    sentence: str,
    posting: tuple[str, str, str, float, float, str],
    figures: tuple[str, str],
    same: bool,
) -> None:
    a, b = figures if same else ("3,900", "4,700") if "," in figures[0] else ("31.50", "36.00")
    draft = f"# Hiring\n\n{sentence.format(a=a, b=b)}\n\nRead it yourself: [the advert]({URL}).\n"
    got = [
        c.verdict.label
        for c in run(draft, {URL: _posting(*posting)}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert got == ["supported" if same else "contradicted"]


def test_a_gloss_of_another_job_is_no_link(ruleset: Any) -> None:
    """The bracketed words name the posting, but beside a job other than the one paid."""
    draft = (
        "# Hiring\n\nHarbeck Logistik is offering packers between €31.50 and €36.00 an hour "
        "at its Kassel depot. It also wants a shift lead (Gabelstaplerfahrer) for nights.\n\n"
        f"Read it yourself: [the advert]({URL}).\n"
    )
    posting = _posting(
        "Gabelstaplerfahrer (m/w/d)", "Harbeck Logistik GmbH", "EUR", 15.20, 17.40, "HOUR"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: posting}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert "contradicted" not in got
