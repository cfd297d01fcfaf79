"""Money paid per period for no job (strike pay, a pension, severance) is a sum of money,
not a salary. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def types_of(text: str, ruleset: Any) -> list[str]:
    return [c.type for c in extract_claims(parse_article(text, "draft.txt"), ruleset)]


@pytest.mark.parametrize(
    "text",
    [
        "The guild's fund gave each picket €180 a week in strike pay.",
        "Strike pay of £95 a week barely covered rent.",
        "Former guards draw $1,100 a month as a pension.",
    ],
)
def test_money_for_no_job_is_a_sum_not_a_salary(text: str, ruleset: Any) -> None:
    found = types_of(text, ruleset)
    assert "salary" not in found and "quantity" in found


def test_pay_for_a_job_is_still_a_salary(ruleset: Any) -> None:
    assert "salary" in types_of("Guards at Orlo Security earn $1,100 a week.", ruleset)
