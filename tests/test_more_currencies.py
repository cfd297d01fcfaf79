"""ISO currency codes and names beyond the first tables: pay in dirhams, riyals, ringgit,
shillings or naira is a salary in its currency, compared only with the same currency.
The sentences and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


@pytest.mark.parametrize(
    ("sentence", "currency", "amount"),
    [
        ("Ground staff in Sharjah earn AED 4,200 a month.", "AED", 4200),
        ("The Doha posting offers QAR 7,300 a month.", "QAR", 7300),
        ("Riders in Nairobi make KSh 38,000 a month.", "KES", 38000),
        ("Kuala Lumpur baristas are paid RM2,600 a month.", "MYR", 2600),
        ("Security guards in Lagos earn 180,000 naira a month.", "NGN", 180000),
        ("Bus drivers in Izmir earn 41,000 Turkish lira a month.", "TRY", 41000),
        ("Cleaners in Rabat are paid 3,400 dirhams a month.", "AED|MAD", 3400),
        # "won" is money only just after a figure.
        ("Shipyard welders in Ulsan earn 4.6 million won a month.", "KRW", 4600000),
        ("Interns at the Busan office get 2,100,000 won a month.", "KRW", 2100000),
    ],
)
def test_pay_in_more_currencies(sentence: str, currency: str, amount: int, ruleset: Any) -> None:
    claims = extract_claims(parse_article(f"# Pay\n\n{sentence}\n", "d.md"), ruleset)
    pay = [c for c in claims if c.type == "salary"]
    assert pay, [(c.type, c.text) for c in claims]
    assert (pay[0].fields["currency"], pay[0].fields["min"]) == (currency, amount)


@pytest.mark.parametrize(
    "text",
    [
        "She won 3 races in May.",
        "The union won 12 seats on the board and 300 new members.",
        "The drivers won and the pay offer was 5 per cent.",
    ],
)
def test_a_code_that_is_a_word_is_no_currency(text: str, ruleset: Any) -> None:
    claims = extract_claims(parse_article(f"# Race\n\n{text}\n", "d.md"), ruleset)
    assert not [c for c in claims if c.type == "salary"]
    assert not [c for c in claims if c.fields.get("unit") == "KRW"]


POSTING = "https://careers.falconer-air.example/cabin-crew/CC-88"
PAGE = """<html lang="en"><head><title>Cabin Crew - Falconer Air Careers</title></head><body>
<main><h1>Cabin Crew</h1><p>Falconer Air - Abu Dhabi</p>
<dl><dt>Basic salary</dt><dd>AED 4,650 per month</dd></dl>
<p>Fly our A320 fleet across the Gulf and South Asia.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("said", "label"), [("AED 4,650", "supported"), ("AED 5,900", "contradicted")]
)
def test_a_posting_in_dirhams_decides(said: str, label: str, ruleset: Any) -> None:
    draft = (
        "# Gulf crews\n\n"
        f"Falconer Air pays new cabin crew a basic {said} a month ([advert]({POSTING})).\n"
    )
    claims = run(draft, {POSTING: PAGE}, ruleset, wrap=False)
    pay = [c for c in claims if c.claim.type == "salary"]
    assert [c.verdict.label for c in pay] == [label], [
        (c.claim.text, c.verdict.rationale) for c in pay
    ]
