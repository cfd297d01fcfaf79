"""Comparison forms that were not found: a comparative share of each side's own things
("dropped a bigger share of its sailings than"), a rate after the thing counted ("more
delay per parcel than", "more overtime each month than"), a fraction of fifths ("about
four-fifths of"), and the other side's repeated verb with its full stop or its time
("than the Kessel line did in 2031"). The pages and sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article

FERRY_URL = "https://stats.example.no/transport/ferry-punctuality-2031"
# Sailings scheduled and the share cancelled, with minutes of delay per sailing.
FERRY = """<html><head><title>Ferry punctuality by operator, 2031</title></head>
<body><main><h1>Ferry punctuality by operator, 2031</h1>
<table><thead><tr><th>Operator</th><th>Sailings scheduled</th><th>Cancelled (%)</th>
<th>Delay per sailing (minutes)</th></tr></thead>
<tbody>
<tr><td>Orla Line</td><td>41,200</td><td>3.4</td><td>6.1</td></tr>
<tr><td>Kessel Line</td><td>38,900</td><td>1.8</td><td>2.2</td></tr>
</tbody></table></main></body></html>"""

PAY_URL = "https://stats.example.ca/labour/hourly-wages-cooks-2031"
# Hourly wages of cooks by province, with the national figure.
PAY = """<html><head><title>Average hourly wages of cooks by province, 2031</title></head>
<body><main><h1>Average hourly wages of cooks by province, 2031 (dollars)</h1>
<table><thead><tr><th>Geography</th><th>Cooks</th></tr></thead>
<tbody>
<tr><td>Canada</td><td>20.00</td></tr>
<tr><td>Tarn</td><td>16.10</td></tr>
<tr><td>Ambry</td><td>22.40</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 3.4 per cent of the Orla Line's sailings cancelled against 1.8.
        (
            "The Orla Line dropped a bigger share of its planned sailings than the Kessel Line did",
            "supported",
        ),
        (
            "The Orla Line dropped a smaller share of its sailings than the Kessel Line",
            "contradicted",
        ),
    ],
)
def test_a_comparative_share_of_each_sides_own_things_is_found(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, FERRY_URL, FERRY, ruleset, "comparison")
    assert found.claim.fields["left"] == "The Orla Line"
    assert found.claim.fields["right"] == "the Kessel Line"
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "relation", "right"),
    [
        (
            "Crews on the Orla Line logged more delay per sailing than the Kessel Line",
            "greater",
            "the Kessel Line",
        ),
        (
            "Relief deckhands logged more overtime each month than skippers did.",
            "greater",
            "skippers",
        ),
        (
            "Agency cooks work fewer shifts each week than kitchen porters",
            "less",
            "kitchen porters",
        ),
    ],
)
def test_a_rate_after_the_thing_counted_still_ends_at_than(
    sentence: str, relation: str, right: str, ruleset: Any
) -> None:
    claims = extract_claims(parse_article(f"# Draft\n\n{sentence}.\n", "d.md", "markdown"), ruleset)
    comparisons = [c for c in claims if c.type == "comparison"]
    assert [(c.fields["relation"], c.fields["right"]) for c in comparisons] == [(relation, right)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A rate compared with what was expected or with a time names no other side.
        "The Orla Line logged more delay per sailing than expected",
        "Relief deckhands logged more overtime a week than in 2030",
        # A share of the market held is no share of a side's own things set against another.
        "The Orla Line holds a bigger share of the market",
    ],
)
def test_a_rate_or_share_with_no_other_side_is_not_a_comparison(
    sentence: str, ruleset: Any
) -> None:
    claims = extract_claims(parse_article(f"# Draft\n\n{sentence}.\n", "d.md", "markdown"), ruleset)
    assert [c for c in claims if c.type == "comparison"] == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Tarn 16.10 against the national 20.00: 80.5 per cent.
        ("Tarn cooks get roughly four-fifths of what a cook earns in Canada", "supported"),
        ("Tarn cooks get roughly three-fifths of what a cook earns in Canada", "contradicted"),
    ],
)
def test_fifths_beyond_two_are_read_as_shares(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, PAY_URL, PAY, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "relation", "right"),
    [
        (
            "Porters employed by agencies were better paid than the porters in council hospitals",
            "greater",
            "the porters in council hospitals",
        ),
        (
            "Relief cooks in Tarn were far worse paid than kitchen porters",
            "less",
            "kitchen porters",
        ),
        (
            "Night guards in Tarn still earn less than market salespeople",
            "less",
            "market salespeople",
        ),
    ],
)
def test_better_or_worse_paid_and_trades_in_one_word_are_sides(
    sentence: str, relation: str, right: str, ruleset: Any
) -> None:
    claims = extract_claims(parse_article(f"# Draft\n\n{sentence}.\n", "d.md", "markdown"), ruleset)
    comparisons = [c for c in claims if c.type == "comparison"]
    assert [(c.fields["relation"], c.fields["right"]) for c in comparisons] == [(relation, right)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Porters there are no better paid than before",
        "Porters at Velmont are better paid than expected",
    ],
)
def test_better_paid_than_no_other_side_is_not_a_comparison(sentence: str, ruleset: Any) -> None:
    claims = extract_claims(parse_article(f"# Draft\n\n{sentence}.\n", "d.md", "markdown"), ruleset)
    assert [c for c in claims if c.type == "comparison"] == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Tarn 16.10 an hour against Ambry's 22.40: 6.30 apart.
        (
            "Cooks in Tarn earned $16.10 an hour in 2031, some 630 cents less than cooks in Ambry",
            "supported",
        ),
        ("Cooks in Ambry will be $6.30 higher than cooks in Tarn", "supported"),
        ("Cooks in Ambry will be $9.30 higher than cooks in Tarn", "contradicted"),
    ],
)
def test_a_sum_apart_after_a_dated_figure_or_a_modal_is_read(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, PAY_URL, PAY, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale
