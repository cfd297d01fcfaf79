"""Comparison forms that were not found as claims at all: a change by a share with a time
or both ends after it ("grew by a fifth in three years, to 2,400", "slashed its fee by half,
from €4 to €2"), a factor within a stated time ("more than doubled in a single year"), a sum
that leaves one side worse off than or behind another, a gap that a rate "works out to" or
told per unit of goods, a year set against a year with a particle or what money came from,
a stake owned, those a count is of, a higher rate started on, a heavier load carried, and
what a figure turned out to be. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _comparisons(text: str, ruleset: RuleSet) -> list[dict[str, Any]]:
    article = parse_article(f"# Figures\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "comparison"]


@pytest.mark.parametrize(
    ("text", "relation", "ratio", "right"),
    [
        (
            "Cargo flights out of Vell grew by more than a quarter in just three years, to 1,900.",
            "ratio_at_least",
            1.25,
            "its previous level",
        ),
        (
            "Tarn's rice exports slid by about a tenth in 2031, to roughly $700 million.",
            "ratio_about",
            0.9,
            "its previous level",
        ),
        (
            "In May the ride app cut its Lisbon base fare by a quarter, from €2 to €1.50.",
            "ratio_about",
            0.75,
            "its previous level",
        ),
        (
            "Orla Water raised its standing charge by a fifth, to £96.",
            "ratio_about",
            1.2,
            "its previous level",
        ),
        (
            "Claims for flood damage in the Kessel valley more than doubled in a single year.",
            "ratio_at_least",
            2.0,
            "its previous level",
        ),
        (
            "Rents for market stalls in Dunmore have tripled in just four years.",
            "ratio_about",
            3.0,
            "its previous level",
        ),
    ],
)
def test_changes_by_a_share_or_a_factor(
    text: str, relation: str, ratio: float, right: str, ruleset: RuleSet
) -> None:
    found = _comparisons(text, ruleset)
    assert found, text
    assert found[0]["relation"] == relation
    assert found[0]["ratio"] == pytest.approx(ratio, abs=1e-3)
    assert found[0]["right"] == right


def test_both_ends_give_the_earlier_level(ruleset: RuleSet) -> None:
    (found,) = _comparisons(
        "The co-operative trimmed its milk price by a tenth, from $50 to $45 a drum.", ruleset
    )
    assert found["right_amount"]["min"] == 50
    assert found["left_amount"]["min"] == 45


@pytest.mark.parametrize(
    ("text", "left", "relation", "right"),
    [
        (
            "The offer leaves a night baker about £1,350 a year worse off than a day baker.",
            "a night baker",
            "less",
            "a day baker",
        ),
        (
            "That leaves a junior ranger more than A$7,000 a year behind a senior one.",
            "a junior ranger",
            "less",
            "a senior one",
        ),
        (
            "The award left Kessel's crane drivers €120 a month better off than their Orla peers.",
            "Kessel's crane drivers",
            "greater",
            "their Orla peers",
        ),
        (
            "With tips, the Vell rate works out to about $1.50 an hour more than the state floor.",
            "the Vell rate",
            "greater",
            "the state floor",
        ),
        (
            "The mill price is now more than ₦4,000 a bag above the one announced in March.",
            "The mill price",
            "greater",
            "the one announced in March",
        ),
        (
            "Apprentice roofers in Tarn start on a lower rate than labourers do.",
            "Apprentice roofers in Tarn",
            "less",
            "labourers",
        ),
        (
            "A rural postman in Orla carries a heavier round than a city postman.",
            "A rural postman in Orla",
            "greater",
            "a city postman",
        ),
        (
            "The Vell bonus turned out to be smaller than the $600 the Tarn crews won.",
            "The Vell bonus",
            "less",
            "the $600 the Tarn crews won",
        ),
    ],
)
def test_sides_apart(text: str, left: str, relation: str, right: str, ruleset: RuleSet) -> None:
    found = _comparisons(text, ruleset)
    assert found, text
    assert (found[0]["left"], found[0]["relation"], found[0]["right"]) == (left, relation, right)


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        (
            "Pepper growers in Kerava took in more in 2031 than in 2029, the board says.",
            "Pepper growers in Kerava in 2031",
            "Pepper growers in Kerava in 2029",
        ),
        (
            "Fishing crews earned more from squid in 2030 than in the storm year of 2028.",
            "Fishing crews from squid in 2030",
            "Fishing crews from squid in 2028",
        ),
        (
            "The Orla quarry shipped less granite by value in 2031 than in 2027.",
            "The Orla quarry's granite by value in 2031",
            "The Orla quarry's granite by value in 2027",
        ),
    ],
)
def test_a_year_against_a_year(text: str, left: str, right: str, ruleset: RuleSet) -> None:
    found = _comparisons(text, ruleset)
    assert found, text
    assert (found[0]["left"], found[0]["right"]) == (left, right)


@pytest.mark.parametrize(
    ("text", "ratio", "right"),
    [
        ("Vell Holdings owns more than four-fifths of the Tarn cannery.", 0.8, "the Tarn cannery"),
        ("The city council controls about 30% of Orla Buses.", 0.3, "Orla Buses"),
        (
            "In the storm, Kessel county alone accounted for over half of those evacuated.",
            0.5,
            "those evacuated",
        ),
    ],
)
def test_a_part_owned_or_of_those_named(
    text: str, ratio: float, right: str, ruleset: RuleSet
) -> None:
    found = _comparisons(text, ruleset)
    assert found, text
    assert found[0]["ratio"] == pytest.approx(ratio, abs=1e-3)
    assert found[0]["right"] == right


@pytest.mark.parametrize(
    "text",
    [
        "Ferry pilots earned more in 2030 than in 2029.",
        "The storm left the harbour $3 million behind schedule.",
        "The mill cut its workforce by a third last year.",
        "Sales doubled after the merger.",
        "The rebels held half of the town.",
        "Nurses start on a salary of $52,000.",
    ],
)
def test_not_these(text: str, ruleset: RuleSet) -> None:
    assert _comparisons(text, ruleset) == []
