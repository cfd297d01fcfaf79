"""Comparisons written as a ranking or against another's own figure: a thing that "tops
every county" or "got the biggest rise of any trade" is ranked against every other row of
its table; a figure "ahead of Darwin's $30.10" sets the left side's thing at the other
place, with that figure, against it. The pages and sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def _comparisons(sentence: str, ruleset: Any) -> list[dict[str, Any]]:
    article = parse_article(f"# Pay\n\n{sentence}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "comparison"]


@pytest.mark.parametrize(
    ("sentence", "right", "relation", "figure"),
    [
        (
            "Riggers in Perth earn a median of $31.20, ahead of Darwin's $30.10.",
            "Riggers in Darwin",
            "greater",
            30.1,
        ),
        (
            "Cooks at Holm were paid £11.40 an hour last year, just behind Carrow’s £11.90.",
            "Cooks at Carrow",
            "less",
            11.9,
        ),
        (
            "Welders in the Vasso region take home €2,410 a month, well above Kessel's €2,180.",
            "Welders in Kessel",
            "greater",
            2180,
        ),
    ],
)
def test_a_figure_against_anothers_own_figure(
    sentence: str, right: str, relation: str, figure: float, ruleset: Any
) -> None:
    (fields,) = _comparisons(sentence, ruleset)
    assert (fields["right"], fields["relation"]) == (right, relation)
    assert fields["right_amount"]["min"] == figure


def test_a_figure_ahead_of_a_name_alone_is_no_such_comparison(ruleset: Any) -> None:
    # No figure after the name: whose level it is stands unsaid.
    sentences = "Riggers in Perth earn a median of $31.20, ahead of Darwin in the table."
    assert not [f for f in _comparisons(sentences, ruleset) if f.get("right_amount")]


@pytest.mark.parametrize(
    ("sentence", "left", "right", "relation", "measure"),
    [
        (
            "Dunmore now tops every county for average shop wages.",
            "Dunmore",
            "any other county",
            "greater",
            None,
        ),
        (
            "Pay at the Orla depot ranks below every other depot in the region.",
            "Pay at the Orla depot",
            "any other depot",
            "less",
            None,
        ),
        (
            "Under the new scale, welders received the largest rise of any trade.",
            "welders",
            "any other trade",
            "greater",
            "change",
        ),
        (
            "Porters got the smallest pay rise of all the grades, the union said.",
            "Porters",
            "any other grade",
            "less",
            "change",
        ),
    ],
)
def test_a_thing_ranked_against_every_other(
    sentence: str, left: str, right: str, relation: str, measure: str | None, ruleset: Any
) -> None:
    (fields,) = _comparisons(sentence, ruleset)
    assert (fields["left"], fields["right"], fields["relation"]) == (left, right, relation)
    assert fields.get("measure") == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor tops every guest list in town.",
        "Welders received the biggest increase in a decade.",
        "Porters got the biggest cut of any grade.",
    ],
)
def test_no_ranking_without_a_kind_ranked(sentence: str, ruleset: Any) -> None:
    assert not [f for f in _comparisons(sentence, ruleset) if f["right"].startswith("any other")]


WAGES_URL = "https://stats.example.org/hourly-wages-by-trade-and-city-2031"
WAGES = """<html><head><title>Median hourly wages by trade and city, 2031</title></head>
<body><main><h1>Median hourly wages by trade and city</h1>
<table><caption>Median hourly earnings by trade and city, 2031 ($ per hour)</caption>
<tr><th>Trade</th><th>Perth</th><th>Darwin</th><th>Hobart</th></tr>
<tr><td>Riggers</td><td>31.20</td><td>30.10</td><td>29.40</td></tr>
<tr><td>Scaffolders</td><td>28.90</td><td>29.60</td><td>27.70</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Riggers in Perth earn a median of $31.20, ahead of Darwin's $30.10", "supported"),
        ("Scaffolders in Perth earn a median of $28.90, ahead of Hobart's $27.70", "supported"),
        ("Scaffolders in Perth earn a median of $28.90, ahead of Darwin's $29.60", "contradicted"),
    ],
)
def test_anothers_own_figure_read_from_a_table(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, WAGES_URL, WAGES, ruleset, "comparison", wrap=False).verdict
    assert found.label == label, found.rationale


SCALE_URL = "https://union.example.org/scale-2031"
SCALE = """<html><head><title>Day rates from 1 May 2031</title></head><body><main>
<h1>Minimum day rates</h1>
<table><caption>Minimum day rates by grade (£ per day)</caption>
<tr><th>Grade</th><th>Rate to 30 April 2031 (£)</th><th>Rate from 1 May 2031 (£)</th>
<th>Increase (%)</th></tr>
<tr><td>Porter</td><td>100</td><td>108</td><td>8.0</td></tr>
<tr><td>Welder</td><td>150</td><td>159</td><td>6.0</td></tr>
<tr><td>Crane driver</td><td>200</td><td>210</td><td>5.0</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Porters received the largest rise of any grade", "supported"),
        ("Welders received the largest rise of any grade", "contradicted"),
        ("Crane drivers got the smallest rise of any grade", "supported"),
    ],
)
def test_the_biggest_rise_of_any_read_from_a_column_of_changes(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, SCALE_URL, SCALE, ruleset, "comparison", wrap=False).verdict
    assert found.label == label, found.rationale
