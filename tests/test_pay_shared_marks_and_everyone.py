"""Three readings of pay: the shilling written "Sh"/"Shs" without its country's letter
and the pesos of Uruguay and the Dominican Republic are money, a rate of pay named by
its kind ("the piece rate", "the base rate") can be the subject of the pay, and a page
line setting pay for all staff speaks of any one job's pay. Pages and sentences written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article

URL = "https://union.example.org/press/rift-foods-deal"
DEAL = """<h1>Rift Foods and the union sign a deal</h1>
<ul><li>Weekend-shift pay for all bakery staff goes up from TZS 2,500 to TZS 5,000 a shift
on 1 March 2025.</li></ul>"""
SENIOR = """<h1>Rift Foods pay deal</h1>
<ul><li>Weekend-shift pay for senior bakery staff goes up from TZS 4,000 to TZS 8,000 a
shift on 1 March 2025.</li></ul>"""


def _salaries(text: str, ruleset: Any) -> list[Any]:
    article = parse_article(f"# Draft\n\n{text}\n", "draft.md", "markdown")
    return [c.fields for c in extract_claims(article, ruleset) if c.type == "salary"]


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Porters in Mwanza earn about Sh310,000 a month.", "KES|UGX|TZS"),
        ("The listing offers between Shs420,000 and Shs510,000 a month.", "KES|UGX|TZS"),
        ("The council offers 41,200 pesos a month for the clerk's post.", "UYU"),
        ("The hotel pays its cooks 23,000 pesos a month.", "DOP"),
    ],
)
def test_shared_currency_marks_are_money(sentence: str, currency: str, ruleset: Any) -> None:
    found = _salaries(sentence, ruleset)
    assert found, sentence
    assert currency in str(found[0].get("currency"))


@pytest.mark.parametrize(
    ("sentence", "per", "period"),
    [
        (
            "This summer the piece rate paid in the orchard is NZ$34 a crate.",
            "crate",
            None,
        ),
        ("The base rate for the Leeds cleaners is £12.40 an hour.", None, "hour"),
        ("The day rate on the platform contract was £295.", None, "day"),
    ],
)
def test_a_rate_named_by_its_kind_is_pay(
    sentence: str, per: str | None, period: str | None, ruleset: Any
) -> None:
    found = _salaries(sentence, ruleset)
    assert found, sentence
    assert found[0].get("per") == per
    assert found[0].get("period") == period


def test_a_rate_of_interest_is_no_pay(ruleset: Any) -> None:
    assert not _salaries("The base rate of interest was 5.25% all year.", ruleset)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Oven operators at weekends will now get Shs5,000 a shift", "supported"),
        ("Oven operators at weekends will now get TZS 6,000 a shift", "contradicted"),
    ],
)
def test_pay_for_all_staff_is_each_jobs_pay(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, URL, DEAL, ruleset, "salary")
    assert found.verdict.label == label, found.verdict.rationale


def test_pay_for_some_staff_is_not_another_jobs_pay(ruleset: Any) -> None:
    found = cited(
        "Oven operators at weekends will now get TZS 5,000 a shift",
        URL,
        SENIOR,
        ruleset,
        "salary",
    )
    assert found.verdict.label == "unverified", found.verdict.rationale
