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


SURVEY_URL = "https://survey.example.org/scaffolders-2025"
SURVEY = """<html><body><main><h1>Day rates of scaffolders, 2025 survey</h1>
<p>The median day rate reported by scaffolders in their first year was
S$26 a day, up from S$23 a day in our 2021 survey.</p></main></body></html>"""

AVERAGES_URL = "https://stats.example.gov/earnings-2025"
AVERAGES = """<html><body><main><h1>Earnings by occupation</h1>
<table><caption>Table 3. Mean monthly earnings of full-time staff by trade, June 2025 (in pesos)
</caption><tr><th>Occupation</th><th>All regions</th></tr>
<tr><td>Warehouse supervisor</td><td>38,400</td></tr>
<tr><td>Forklift operator</td><td>21,900</td></tr></table></main></body></html>"""

CONTRACTS_URL = "https://jobs.example.pl/senior-backend-developer"
TWO_CONTRACTS = """<html><body><main><h1>Senior Backend Developer</h1>
<div class="salary">
<div class="pay-row"><span class="contract">Employment contract:</span>
<span class="amount">15 500 – 19 000</span> <span>PLN</span> <span>brutto / month</span></div>
<div class="pay-row"><span class="contract">B2B:</span>
<span class="amount">19 000 – 24 500</span> <span>PLN</span> <span>netto (+VAT) / month</span></div>
</div><a class="apply" href="/apply">Apply</a></main></body></html>"""


def _verdict(ruleset: Any, url: str, html: str, article: str) -> Any:
    page = page_from_text(url, html)
    report = check_against(parse_article(article, "a.md", "markdown"), [page], ruleset)
    return next(c for c in report.claims if c.claim.type == "salary").verdict


_SCAFFOLDERS = "The 2025 round of the study found that new scaffolders had a median day rate of "
_DEVELOPER = "Wrzos Software is hiring a senior backend developer. "


@pytest.mark.parametrize(
    ("url", "html", "sentence", "label"),
    [
        # The figure a change started from is not the pay now.
        pytest.param(
            SURVEY_URL,
            SURVEY,
            _SCAFFOLDERS + "S$23 a day ([survey](URL)).",
            "contradicted",
            id="rose-from-refuted",
        ),
        pytest.param(
            SURVEY_URL,
            SURVEY,
            _SCAFFOLDERS + "S$26 a day ([survey](URL)).",
            "supported",
            id="rose-to-holds",
        ),
        # An average over many employers is no start of one employer's scale, and still
        # backs a claim of the average.
        pytest.param(
            AVERAGES_URL,
            AVERAGES,
            "Halcon Logistics says its new Cebu warehouse supervisors will start at "
            "₱30,000 a month, above what the sector pays ([table](URL)).",
            "unverified",
            id="average-no-start-of-a-scale",
        ),
        pytest.param(
            AVERAGES_URL,
            AVERAGES,
            "Warehouse supervisors average ₱38,400 a month in basic pay ([table](URL)).",
            "supported",
            id="average-backs-the-average",
        ),
        # Pay after tax says nothing of a claim of pay before it; a claim of the net
        # figure is met by it.
        pytest.param(
            CONTRACTS_URL,
            TWO_CONTRACTS,
            _DEVELOPER + "The posting offers up to "
            "24,500 złoty a month gross on an employment contract ([posting](URL)).",
            "contradicted",
            id="net-pay-against-a-gross-claim",
        ),
        pytest.param(
            CONTRACTS_URL,
            TWO_CONTRACTS,
            _DEVELOPER + "On a B2B contract the posting offers up to 24,500 złoty a month net "
            "([posting](URL)).",
            "supported",
            id="net-claim-met",
        ),
    ],
)
def test_a_pay_claim_against_its_cited_page(
    ruleset: Any, url: str, html: str, sentence: str, label: str
) -> None:
    # The draft cites the page where its sentence says URL.
    verdict = _verdict(ruleset, url, html, sentence.replace("URL", url))
    assert verdict.label == label, verdict.rationale
