"""Pay figures read for what they are: a figure a change started from ("up from S$20") is
no floor and no pay now; a magnitude only rupees count in yields to the currency named
beside it ("1.5 lakh taka"); and an average over many employers is no start or top of one
employer's scale. The articles and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.check import check_against
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.sources.gather import page_from_text


def _salaries(ruleset: Any, text: str) -> list[Any]:
    claims = extract_claims(parse_article(text, "a.md", "markdown"), ruleset)
    return [c.fields for c in claims if c.type == "salary"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Porters now earn €2,310 a month, up from €2,150 a month last year.",
        "The day rate fell to ₦9,000, down from ₦9,600 a day in 2022.",
    ],
)
def test_the_figure_a_change_started_from_is_no_floor(ruleset: Any, sentence: str) -> None:
    fields = _salaries(ruleset, sentence)
    assert all(f.kind != "from" for f in fields), fields


def test_a_floor_told_by_from_stays_a_floor(ruleset: Any) -> None:
    fields = _salaries(ruleset, "Pay for the role runs from €2,150 a month.")
    assert [f.kind for f in fields] == ["from"]


@pytest.mark.parametrize(
    "sentence, currency",
    [
        ("The mill offers between 0.9 and 1.1 lakh taka a month.", "BDT"),
        ("Supervisors get about 1.4 lakh rupees a month.", "INR|PKR|LKR"),
    ],
)
def test_lakh_yields_to_the_currency_named_beside_it(
    ruleset: Any, sentence: str, currency: str
) -> None:
    fields = _salaries(ruleset, sentence)
    assert [f.currency for f in fields] == [currency]


SURVEY = """<html><body><main><h1>Day rates of scaffolders, 2025 survey</h1>
<p>The median day rate reported by scaffolders in their first year was
S$26 a day, up from S$23 a day in our 2021 survey.</p></main></body></html>"""


def _verdict(ruleset: Any, url: str, html: str, article: str) -> Any:
    page = page_from_text(url, html)
    report = check_against(parse_article(article, "a.md", "markdown"), [page], ruleset)
    return next(c for c in report.claims if c.claim.type == "salary").verdict


def test_pay_now_given_as_the_figure_it_rose_from_is_refuted(ruleset: Any) -> None:
    url = "https://survey.example.org/scaffolders-2025"
    article = (
        "The 2025 round of the study found that new scaffolders had a median day rate of "
        f"S$23 a day ([survey]({url}))."
    )
    verdict = _verdict(ruleset, url, SURVEY, article)
    assert verdict.label == "contradicted", verdict.rationale


def test_pay_now_given_as_the_figure_it_rose_to_holds(ruleset: Any) -> None:
    url = "https://survey.example.org/scaffolders-2025"
    article = (
        "The 2025 round of the study found that new scaffolders had a median day rate of "
        f"S$26 a day ([survey]({url}))."
    )
    verdict = _verdict(ruleset, url, SURVEY, article)
    assert verdict.label == "supported", verdict.rationale


AVERAGES = """<html><body><main><h1>Earnings by occupation</h1>
<table><caption>Table 3. Mean monthly earnings of full-time staff by trade, June 2025 (in pesos)
</caption><tr><th>Occupation</th><th>All regions</th></tr>
<tr><td>Warehouse supervisor</td><td>38,400</td></tr>
<tr><td>Forklift operator</td><td>21,900</td></tr></table></main></body></html>"""


def test_an_average_is_no_start_of_one_employers_scale(ruleset: Any) -> None:
    url = "https://stats.example.gov/earnings-2025"
    article = (
        "Halcon Logistics says its new Cebu warehouse supervisors will start at "
        f"₱30,000 a month, above what the sector pays ([table]({url}))."
    )
    verdict = _verdict(ruleset, url, AVERAGES, article)
    assert verdict.label == "unverified", verdict.rationale


def test_an_average_still_backs_a_claim_of_the_average(ruleset: Any) -> None:
    url = "https://stats.example.gov/earnings-2025"
    article = f"Warehouse supervisors average ₱38,400 a month in basic pay ([table]({url}))."
    verdict = _verdict(ruleset, url, AVERAGES, article)
    assert verdict.label == "supported", verdict.rationale


TWO_CONTRACTS = """<html><body><main><h1>Senior Backend Developer</h1>
<div class="salary">
<div class="pay-row"><span class="contract">Employment contract:</span>
<span class="amount">15 500 – 19 000</span> <span>PLN</span> <span>brutto / month</span></div>
<div class="pay-row"><span class="contract">B2B:</span>
<span class="amount">19 000 – 24 500</span> <span>PLN</span> <span>netto (+VAT) / month</span></div>
</div><a class="apply" href="/apply">Apply</a></main></body></html>"""


def test_pay_after_tax_says_nothing_of_a_claim_of_pay_before_it(ruleset: Any) -> None:
    url = "https://jobs.example.pl/senior-backend-developer"
    article = (
        "Wrzos Software is hiring a senior backend developer. The posting offers up to "
        f"24,500 złoty a month gross on an employment contract ([posting]({url}))."
    )
    verdict = _verdict(ruleset, url, TWO_CONTRACTS, article)
    assert verdict.label == "contradicted", verdict.rationale


def test_a_claim_of_the_net_figure_is_met_by_it(ruleset: Any) -> None:
    url = "https://jobs.example.pl/senior-backend-developer"
    article = (
        "Wrzos Software is hiring a senior backend developer. On a B2B contract the "
        f"posting offers up to 24,500 złoty a month net ([posting]({url}))."
    )
    verdict = _verdict(ruleset, url, TWO_CONTRACTS, article)
    assert verdict.label == "supported", verdict.rationale
