"""Comparisons found in wordings the rules once missed: pay with how typical it is before
"than" ("earn more on average than"), a gap played down or said with an -ing verb ("earn
barely 30p an hour more than", "were earning about $3 an hour less than"), a comparative
of pay with no article ("carries higher pay than"), a verb with its particle ("took on
more cadets than"), "more of the" share of a task, a level in one year against another
("were lower in 2029 than in 2026"), a doubling between two years, and things of one kind
counted by what was done to them ("more ferries were diverted than were cancelled").
Near misses that compare nothing make no comparison. The sentences and the page are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _comparisons(text: str, ruleset: RuleSet) -> list[dict[str, Any]]:
    article = parse_article(f"# Figures\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "comparison"]


@pytest.mark.parametrize(
    ("text", "left", "relation", "right"),
    [
        (
            "Harbour stewards in Tarn earn more on average than the Orvell stewards.",
            "Harbour stewards in Tarn",
            "greater",
            "the Orvell stewards",
        ),
        (
            "Kelby porters earn less overall than porters at the Dunmore depot.",
            "Kelby porters",
            "less",
            "porters at the Dunmore depot",
        ),
        (
            "Crane drivers in the Fens earn barely 30p an hour more than packers.",
            "Crane drivers in the Fens",
            "greater",
            "packers",
        ),
        (
            "Canal pilots were earning about $3 an hour less than pilots at nearby Kessel.",
            "Canal pilots",
            "less",
            "pilots at nearby Kessel",
        ),
        (
            "The Senior Clerk grade carries higher pay than a Junior Analyst role.",
            "The Senior Clerk grade",
            "greater",
            "a Junior Analyst role",
        ),
        (
            "Kelby Freight pays much lower wages than Orvell Haulage.",
            "Kelby Freight",
            "less",
            "Orvell Haulage",
        ),
        (
            "Tanker crews took on more Ghanaian cadets than container lines did, a reversal "
            "of 2030's ranking.",
            "Tanker crews",
            "greater",
            "container lines",
        ),
        (
            "The Kelby plant laid off far fewer welders than the Orvell yard.",
            "The Kelby plant",
            "less",
            "the Orvell yard",
        ),
        (
            "Agency nurses now cover more of the night shifts than permanent staff.",
            "Agency nurses",
            "greater",
            "permanent staff",
        ),
        (
            "More ferries were diverted to nearby Tarn than were cancelled outright.",
            "ferries diverted to nearby Tarn",
            "greater",
            "ferries cancelled outright",
        ),
        (
            "Falls at the Holm quarry were lower in 2029 than in 2026.",
            "Falls at the Holm quarry in 2029",
            "less",
            "Falls at the Holm quarry in 2026",
        ),
        (
            "Complaints about the Orvell line doubled from 2028 to 2029.",
            "Complaints about the Orvell line in 2029",
            "ratio_about",
            "Complaints about the Orvell line in 2028",
        ),
    ],
)
def test_a_wording_sets_two_sides_apart(
    text: str, left: str, relation: str, right: str, ruleset: RuleSet
) -> None:
    found = _comparisons(text, ruleset)
    assert len(found) == 1, found
    assert (found[0]["left"], found[0]["relation"], found[0]["right"]) == (left, relation, right)


def test_a_doubling_is_a_ratio_of_two(ruleset: RuleSet) -> None:
    (found,) = _comparisons("Thefts at the depot more than doubled between 2027 and 2030.", ruleset)
    assert (found["relation"], found["ratio"]) == ("ratio_at_least", 2)


@pytest.mark.parametrize(
    "text",
    [
        "The new rota carries higher risks than the old one.",
        "Ostler pays higher wages than expected.",
        "The fund paid out more than $2m last year.",
        "The union signed up more members than expected.",
        "Fares were higher in 2031 than expected.",
        "Complaints about the Orvell line doubled last year.",
        "Turnout was higher than in 2019.",
        "More ferries were diverted than expected.",
        "More than 40 ferries were diverted to Tarn.",
    ],
)
def test_a_lookalike_compares_nothing(text: str, ruleset: RuleSet) -> None:
    assert _comparisons(text, ruleset) == []


INJURIES_URL = "https://safety.example.gov/quarry-injuries-2025-2029"
INJURIES = """<html><head><title>Reported injuries at quarries, 2025-2029</title></head><body>
<main><h1>Reported injuries at quarries</h1>
<table><caption>Reported injuries by quarry and year</caption>
<tr><th>Quarry</th><th>2025</th><th>2026</th><th>2027</th><th>2028</th><th>2029</th></tr>
<tr><td>Holm quarry</td><td>41</td><td>38</td><td>30</td><td>27</td><td>24</td></tr>
<tr><td>Carrow quarry</td><td>12</td><td>11</td><td>14</td><td>25</td><td>22</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Injuries at the Holm quarry were lower in 2029 than in 2025", "supported"),
        ("Injuries at the Holm quarry were higher in 2029 than in 2025", "contradicted"),
        ("Injuries at the Carrow quarry more than doubled from 2026 to 2028", "supported"),
    ],
)
def test_a_thing_in_two_years_is_read_in_each_years_column(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Quarries\n\nThe figures are out. {sentence} ([data]({INJURIES_URL})).\n"
    found = verdict(run(draft, {INJURIES_URL: INJURIES}, ruleset, wrap=False), "comparison")
    assert found.verdict.label == label, found.verdict.rationale
