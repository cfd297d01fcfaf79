"""A bare scale word after an indefinite count ("several hundred", "a few hundred", "many
hundred") is some of that scale, not one of it: a range from two of the scale to the next
scale, which a figure within it does not contradict. Drafts written for these tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _quantities(text: str, ruleset: RuleSet) -> list[tuple[float, float]]:
    article = parse_article(f"# Counts\n\n{text}\n", "d.md", "markdown")
    return [
        (float(c.fields["min"]), float(c.fields["max"]))
        for c in extract_claims(article, ruleset)
        if c.type == "quantity"
    ]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Several hundred porters at Hythe Hospital stopped work on Monday.", 200, 999),
        ("On Friday a few hundred tenants marched to the Kelso town hall.", 200, 999),
        ("The union says some hundred cleaners, and perhaps more, have signed.", 200, 999),
        ("Letters left unsorted at the Drax depot, it said, ran to many hundred bags.", 200, 999),
    ],
)
def test_an_indefinite_count_of_a_scale_is_a_range(
    text: str, low: float, high: float, ruleset: RuleSet
) -> None:
    assert (low, high) in _quantities(text, ruleset)


def test_a_count_of_a_scale_stays_that_count(ruleset: RuleSet) -> None:
    found = _quantities("Four hundred porters at Hythe Hospital stopped work.", ruleset)
    assert found and all(low > 390 and high < 410 for low, high in found)
