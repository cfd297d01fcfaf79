"""Pay whose range, period or end is written where the reader used to miss it: a pay
block's bare low end before a high end that alone carries the currency ("41 000 – 46 000
NOK", "2 800 – 3 100 € / kk"), a period adjective on the second of two "minimum wage"s
in a sentence, a range after "a daily rate of", and the end of a scale said before the
figure ("a nurse at the top of the band gets about ..."). The pages and sentences are written
for these tests."""

from __future__ import annotations

import pytest
from judging import verdict_on

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.facts import parse_pay


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        ("Lønn 41 000 – 46 000 NOK /mnd", 41000, 46000, "NOK", "month"),
        ("Lön 39 500 – 44 000 SEK /månad (enligt avtal)", 39500, 44000, "SEK", "month"),
        ("Palkka: 2 800 – 3 100 € / kk + lisät", 2800, 3100, "EUR", "month"),
        ("7,200 to 9,100 lei gross a month", 7200, 9100, "MDL|RON", "month"),
        ("31 - 36k EUR", 31000, 36000, "EUR", "year"),
        ("Pay: 18 – 22 USD per hour", 18, 22, "USD", "hour"),
        ("8.5 - 11 Lacs", 850000, 1100000, "INR|PKR|LKR", "year"),
    ],
)
def test_a_bare_low_end_takes_the_currency_of_the_high_end(
    text: str, low: float, high: float, currency: str, period: str
) -> None:
    assert parse_pay(text) == {"min": low, "max": high, "currency": currency, "period": period}


def test_a_grade_number_before_a_figure_is_no_low_end() -> None:
    # "Band 3 - 14,500 kr": a band and its pay, not a range from 3.
    found = parse_pay("Band 3 - 14,500 kr")
    assert found is not None and (found["min"], found["max"]) == (14500, 14500)


def _salaries(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Pay\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "salary"]


def test_the_period_before_a_later_minimum_wage_is_the_figures(ruleset: RuleSet) -> None:
    # The body's name holds "minimum wage" too; the period word is on the second one.
    text = (
        "The Minimum Wage Council's new figure, Rp 3,100,000, is a monthly minimum wage "
        "for packing staff in the province."
    )
    assert [f["period"] for f in _salaries(text, ruleset)] == ["month"]


def test_a_minimum_wage_with_no_period_word_keeps_its_own(ruleset: RuleSet) -> None:
    text = "The Minimum Wage Council raised the minimum wage to $13.40 for porters."
    assert [f["period"] for f in _salaries(text, ruleset)] == ["hour"]


@pytest.mark.parametrize(
    ("text", "low", "high", "period"),
    [
        ("The yard offers a daily rate of $410 to $470 for riggers.", 410, 470, "day"),
        ("Its monthly salary of ₹38,000–₹44,000 is fixed for two years.", 38000, 44000, "month"),
    ],
)
def test_a_range_after_a_rate_named_by_its_period(
    text: str, low: float, high: float, period: str, ruleset: RuleSet
) -> None:
    found = _salaries(text, ruleset)
    assert [(f["min"], f["max"], f["period"]) for f in found] == [(low, high, period)]


URL = "http://tarnvale.test/jobs/5512/staff-nurse-theatres"
PAGE = (
    "<html><head><title>Staff Nurse, Theatres - Tarnvale Health</title></head><body>"
    "<h1>Staff Nurse, Theatres</h1><dl class='summary'>"
    "<dt>Salary</dt><dd>£31,200 – £38,650 per annum, steps 1 to 6</dd></dl>"
    "<p>Tarnvale Health runs four theatres at its main site.</p></body></html>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("A nurse at the top of the band gets about £38,500 a year.", "supported"),
        ("At the bottom of the band, a nurse gets about £31,000 a year.", "supported"),
        ("A nurse at the top of the band gets about £45,000 a year.", "contradicted"),
    ],
)
def test_the_end_of_a_scale_said_before_the_figure(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    draft = (
        "# Hiring\n\nTarnvale Health wants a Staff Nurse for its theatres "
        f"([posting]({URL})). {sentence}\n"
    )
    assert verdict_on(draft, {URL: PAGE}, ruleset, "salary", wrap=False).label == label


def test_an_end_told_of_another_clause_is_not_the_figures(ruleset: RuleSet) -> None:
    # The top is said of others; the figure after the comma is a rough figure of its own.
    draft = (
        "# Hiring\n\nTarnvale Health wants a Staff Nurse for its theatres "
        f"([posting]({URL})). Few stay long enough to reach the top of the scale, while "
        "new starters earn about £38,500 a year.\n"
    )
    assert verdict_on(draft, {URL: PAGE}, ruleset, "salary", wrap=False).label != "supported"


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        ("Salary: Tk. 31000 - 36000 (Monthly)", 31000, 36000, "BDT", "month"),
        ("Gaji Rp. 6.500.000 per bulan", 6500000, 6500000, "IDR", "month"),
        ("Rs. 52,000 – 61,000 monthly", 52000, 61000, "INR|PKR|LKR", "month"),
    ],
)
def test_a_lettered_sign_with_a_dot_and_periods_abroad(
    text: str, low: float, high: float, currency: str, period: str
) -> None:
    assert parse_pay(text) == {"min": low, "max": high, "currency": currency, "period": period}


def test_rs_in_a_draft_is_any_of_the_rupees(ruleset: RuleSet) -> None:
    # "Rs" is written for the rupee of India, Pakistan and Sri Lanka alike; a page's
    # code says which, as for a pay block's "Rs".
    found = _salaries("The plant pays Rs 64,000 to Rs 71,000 a month.", ruleset)
    assert [f["currency"] for f in found] == ["INR|PKR|LKR"]
    assert [f["currency"] for f in _salaries("It pays ₹64,000 a month.", ruleset)] == ["INR"]
