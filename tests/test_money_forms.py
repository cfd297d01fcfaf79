"""Money as pay pages and drafts write it outside the US: thousands grouped by a space,
a narrow no-break space or an apostrophe ("R14 750", "kr 585 000", "CHF 96'500"), lakh
and crore, a decimal comma with the sign after ("1.840,50 €"), periods in the page's own
language ("per år", "pro Monat", "al mes", "par an"), and a year's pay in fourteen
monthly payments. The same figure for another period is a conflict the rationale names.
The sentences and pages are written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.claims.extract import Extractor
from factcheck.evidence.hours import payments_a_year
from factcheck.model import CheckedClaim
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.facts import parse_pay

URL = "http://127.0.0.1:9/vacancy/31"


def _posting(title: str, org: str, pay_line: str) -> str:
    return (
        f"<html><head><title>{title} | {org}</title></head><body><main><h1>{title}</h1>"
        f"<p>{org} is looking for a colleague to join its team.</p><p>{pay_line}</p>"
        "<p><a href='/apply'>Apply now</a></p></main></body></html>"
    )


def _salary(ruleset: RuleSet, org: str, title: str, pay_said: str, pay_line: str) -> CheckedClaim:
    draft = (
        f"# Hiring\n\n{org} is hiring a {title} ([vacancy]({URL})). The position pays {pay_said}.\n"
    )
    claims = run(draft, {URL: _posting(title, org, pay_line)}, ruleset, wrap=False)
    found = [c for c in claims if c.claim.type == "salary"]
    assert found, [(c.claim.type, c.claim.text) for c in claims]
    return found[0]


def _pay_in(ruleset: RuleSet, sentence: str) -> dict[str, object]:
    extractor = Extractor(ruleset)
    found = [
        f
        for f in extractor.find(sentence, extractor.context(sentence), [])
        if f.rule.type == "salary"
    ]
    assert found, sentence
    return dict(found[0].fields)


@pytest.mark.parametrize(
    ("sentence", "low", "currency", "period"),
    [
        ("The stores pay cashiers R9 820 a month.", 9820, "ZAR", "month"),
        ("Packers at the mill earn R 7 415 a month.", 7415, "ZAR", "month"),
        ("Deckhands earn 412 000 kr a year on the ferries.", 412000, "DKK|SEK|NOK", "year"),
        ("The co-op pays its bakers kr 389\u202f500 a year.", 389500, "DKK|SEK|NOK", "year"),
        ("Apprentices get CHF 1'150 a month in the first year.", 1150, "CHF", "month"),
        ("Salary: 7.25 Lacs P.A.", 725000, "INR|PKR|LKR", "year"),
        # Lakhs per annum, as Indian postings abbreviate them.
        ("The analyst role offers ₹8.5 LPA to ₹11 LPA.", 850000, "INR", "year"),
        ("Freshers at the bank are paid 3.6 LPA.", 360000, "INR|PKR|LKR", "year"),
        ("The chief executive took home ₹2.4 Cr a year.", 24000000, "INR", "year"),
        ("Salario: 1.615,40 € brutos al mes", 1615.4, "EUR", "month"),
        # A code whose first letters are another currency's mark ("Rs") is its own.
        ("In Novi Sad a welder makes RSD 148,000 a month.", 148000, "RSD", "month"),
        # "Rs" is any of the three rupees; a page's code says which.
        ("Porters in Multan earn Rs 31,500 a month.", 31500, "INR|PKR|LKR", "month"),
        ("A line cook in Brno earns 41 000 Kč a month.", 41000, "CZK", "month"),
    ],
)
def test_pay_figures_as_written_abroad(
    ruleset: RuleSet, sentence: str, low: float, currency: str, period: str
) -> None:
    fields = _pay_in(ruleset, sentence)
    assert fields["min"] == pytest.approx(low)
    assert fields["currency"] == currency
    assert fields["period"] == period


@pytest.mark.parametrize(
    "sentence",
    [
        "Its R&D budget of 40 million was cut.",  # a letter inside a word
        "Pupils in grade R 2 years ago numbered 310.",  # an R apart from the digits
    ],
)
def test_a_lone_letter_is_no_currency_apart_from_its_figure(
    ruleset: RuleSet, sentence: str
) -> None:
    extractor = Extractor(ruleset)
    found = extractor.find(sentence, extractor.context(sentence), [])
    assert not [f for f in found if f.fields and f.fields.get("currency") == "ZAR"]


@pytest.mark.parametrize(
    ("pay_said", "pay_line", "expected"),
    [
        ("R11 400 a month", "Salary: R11 400 per month", "supported"),
        ("R11 400 a month", "Salary: R13 900 per month", "contradicted"),
        ("kr 498 000 a year", "Lønn: 498 000 kr per år", "supported"),
        ("kr 530 000 a year", "Lønn: NOK 498 000 per år", "contradicted"),
        ("CHF 88'000 to 97'500 a year", "Lohn: CHF 88'000 – 97'500 pro Jahr", "supported"),
        ("€ 37 900 a year", "Salaris: € 37 900 per jaar", "supported"),
        ("₹7.25 lakh a year", "CTC: 7.25 Lacs P.A.", "supported"),
        ("₹9 lakh a year", "CTC: 7.25 Lacs P.A.", "contradicted"),
        # A posting's "₹6.2 LPA" is 6.2 lakh a year, never ₹6.20 an hour.
        ("₹6.2 lakh to ₹7.4 lakh a year", "Compensation: ₹6.2 LPA - ₹7.4 LPA", "supported"),
        ("₹8 lakh to ₹9 lakh a year", "Compensation: ₹6.2 LPA - ₹7.4 LPA", "contradicted"),
        ("₹6.2 LPA", "Salary: INR 6.2 LPA", "supported"),
        ("₹30 an hour", "Compensation: ₹6.2 LPA - ₹7.4 LPA", "unverified"),
    ],
)
def test_grouped_figures_decide_on_both_sides(
    ruleset: RuleSet, pay_said: str, pay_line: str, expected: str
) -> None:
    checked = _salary(ruleset, "Orvane Freight", "Depot Planner", pay_said, pay_line)
    assert checked.verdict.label == expected, checked.verdict.rationale


@pytest.mark.parametrize(
    ("pay_said", "pay_line", "page_period"),
    [
        ("NOK 498 000 a month", "Lønn: NOK 498 000 per år", "year"),
        ("€2,760 a month", "Gehalt: 2.760 € pro Jahr", "year"),
        ("€2,760 a year", "Salario: 2.760 € brutos al mes", "month"),
        ("€2,760 a month", "Salaire : 2 760 € par an", "year"),
    ],
)
def test_the_same_figure_for_another_period_is_a_conflict(
    ruleset: RuleSet, pay_said: str, pay_line: str, page_period: str
) -> None:
    checked = _salary(ruleset, "Tessaline Foods", "Line Mechanic", pay_said, pay_line)
    assert checked.verdict.label == "contradicted"
    assert f"the same figure, but for a {page_period}" in checked.verdict.rationale


def test_a_year_in_fourteen_payments(ruleset: RuleSet) -> None:
    # 1,715.00 a month in 14 payments is 24,010 a year, not the 20,580 twelve make.
    line = "Salario: 1.715,00 € brutos al mes (14 pagas)"
    checked = _salary(ruleset, "Hostal Marbrava", "Night Porter", "€24,010 a year", line)
    assert checked.verdict.label == "supported"
    assert "14 monthly payments" in checked.verdict.rationale
    twelve = _salary(
        ruleset, "Hostal Marbrava", "Night Porter", "€24,010 a year", line.split(" (")[0]
    )
    assert twelve.verdict.label == "contradicted"
    monthly = _salary(
        ruleset, "Hostal Marbrava", "Night Porter", "1.715 € a month", "Sueldo: 24.010 € (14 pagas)"
    )
    assert monthly.verdict.label == "supported"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("1.715,00 € brutos al mes (14 pagas)", 14),
        ("paid in 13 monthly salaries", 13),
        ("Jahresgehalt in 13 Monatsgehältern", None),  # no count of payments before it
        ("plus a 13th-month salary in December", 13),
        ("12 monthly payments of £2,100", 12),
        ("14 days of annual leave", None),
    ],
)
def test_payments_a_year(text: str, count: int | None) -> None:
    assert payments_a_year(text) == count


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        ("NOK 512 000 per år", 512000, 512000, "NOK", "year"),
        ("46 500 kr/mnd", 46500, 46500, "DKK|SEK|NOK", "month"),
        ("CHF 91'000 – 104'000", 91000, 104000, "CHF", "year"),
        ("R 12 300 per month", 12300, 12300, "ZAR", "month"),
        ("6.5 - 8 Lacs P.A.", 650000, 800000, "INR|PKR|LKR", "year"),
        # Rupee magnitudes abbreviated: lakhs per annum, "L", crore; "Rs" is the rupee.
        ("₹7.8 LPA - ₹9.6 LPA", 780000, 960000, "INR", "year"),
        ("INR 14 LPA – 18 LPA", 1400000, 1800000, "INR", "year"),
        ("CTC: 5-7 LPA", 500000, 700000, "INR|PKR|LKR", "year"),
        ("4.8 L.P.A.", 480000, 480000, "INR|PKR|LKR", "year"),
        ("₹22L - ₹30L per annum", 2200000, 3000000, "INR", "year"),
        ("₹1.1 Cr p.a.", 11000000, 11000000, "INR", "year"),
        ("Rs. 3.2 lakh - 4 lakh per annum", 320000, 400000, "INR|PKR|LKR", "year"),
        ("Rs 28,500 per month", 28500, 28500, "INR|PKR|LKR", "month"),
        ("€2.350 - 2.700 brutto/Monat", 2350, 2700, "EUR", "month"),
        ("2 480 € par an", 2480, 2480, "EUR", "year"),
        ("$36,000 - 41,000 a year", 36000, 41000, "USD", "year"),
        # The hours worked are no top of a range and name no period of the pay; a sum
        # of that size with no period written is an hourly rate.
        ("$19 - 24 hours a week", 19, 19, "USD", "hour"),
        # A sum paid on top of the pay is no top of a range, and its period is not the pay's.
        ("$39.00 per hour + $80/day site allowance", 39, 39, "USD", "hour"),
        ("£31,500 a year plus £2,400 London weighting", 31500, 31500, "GBP", "year"),
        ("€2,100 a month including a €150 meal allowance", 2100, 2100, "EUR", "month"),
        ("CHF 41 per hour with CHF 25 daily meal money", 41, 41, "CHF", "hour"),
    ],
)
def test_pay_blocks_read_grouped_figures(
    text: str, low: float, high: float, currency: str, period: str
) -> None:
    pay = parse_pay(text)
    assert pay is not None
    assert (pay["min"], pay["max"], pay["currency"], pay["period"]) == (
        pytest.approx(low),
        pytest.approx(high),
        currency,
        period,
    )


@pytest.mark.parametrize(
    ("sentence", "low", "currency"),
    [
        ("The Mercer Courier has put a floor of $48,000 on the table.", 48000, "USD"),
        ("In the end the settlement set the minimum at €21,000 for the season.", 21000, "EUR"),
        ("The union wants a $58,000 minimum for all newsroom staff.", 58000, "USD"),
        ("The new deal lifts the pay floor to £24,500 a year from April.", 24500, "GBP"),
    ],
)
def test_a_floor_on_pay_named_by_its_noun(
    ruleset: RuleSet, sentence: str, low: float, currency: str
) -> None:
    fields = _pay_in(ruleset, sentence)
    assert (fields["min"], fields["currency"]) == (pytest.approx(low), currency)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lenders set the minimum at $2 million for such loans.",  # millions: no one's pay
        "Resale tickets have a floor of $40 on the site.",  # no sum in thousands
    ],
)
def test_no_floor_on_pay_in_other_sums(ruleset: RuleSet, sentence: str) -> None:
    extractor = Extractor(ruleset)
    found = extractor.find(sentence, extractor.context(sentence), [])
    assert not [f for f in found if f.rule.type == "salary"], sentence
