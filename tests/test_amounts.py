"""Numbers and money as intervals."""

from __future__ import annotations

import pytest

from factcheck.claims.amounts import (
    Amount,
    figure_interval,
    format_money,
    parse_number,
    rounding_tolerance,
)
from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("300,000", 300_000),
        ("300K", 300_000),
        ("1.2 million", 1_200_000),
        ("1.5bn", 1_500_000_000),
        ("twenty-five", 25),
        ("a quarter of a million", 250_000),
        ("half a million", 500_000),
        ("three quarters of a million", 750_000),
        ("three quarters of a billion", 750_000_000),
        ("two hundred thousand", 200_000),
        ("Fourteen", 14),
        ("148", 148),
    ],
)
def test_parse_number(text: str, value: float, ruleset: RuleSet) -> None:
    assert parse_number(text, ruleset.knowledge) == pytest.approx(value)


def test_no_number(ruleset: RuleSet) -> None:
    assert parse_number("of and", ruleset.knowledge) is None


def test_figure_interval() -> None:
    assert figure_interval(6) == (100_000, 999_999)


def test_interval_relations() -> None:
    six_figures = Amount(100_000, 999_999)
    assert six_figures.contains(Amount(300_000, 900_000))
    assert not six_figures.contains(Amount(85_000, 85_000))
    assert not six_figures.overlaps(Amount(None, 26_000))
    assert Amount(None, 900_000).intersect(six_figures) == Amount(100_000, 900_000)


def test_per_year_conversion(ruleset: RuleSet) -> None:
    hourly = Amount(45, 45, "USD", "hour").per_year(ruleset.knowledge)
    assert hourly == Amount(45 * 2080, 45 * 2080, "USD", "year")


def test_describe_and_format() -> None:
    assert Amount(300_000, 900_000, "USD", "year").describe() == "$300,000–$900,000 a year"
    assert Amount(None, 26_000, "USD", "year").describe() == "up to $26,000 a year"
    assert format_money(1500, "CHF") == "1,500 CHF"
    assert format_money(16.5, "GBP") == "£16.5"


def test_rounding_tolerance() -> None:
    assert rounding_tolerance("26,000") > rounding_tolerance("26,470")
    assert rounding_tolerance("26,470") == pytest.approx(0.005)
