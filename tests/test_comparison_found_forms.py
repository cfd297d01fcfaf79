"""Comparison forms that were once not found at all: a share of "everyone" a table
counts, a figure set off by a comma and then the level it stands against, a rise "two
points better than" an offer, and working time ("longer hours", "shorter weeks") before
its noun, and "less than" or "short of" a named figure after a comma. The pages and
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

STAFF_URL = "https://stats.example.ie/industry/persons-engaged-dairy-2031"
# People engaged in dairy processing by region, with a row of totals.
STAFF = """<html><head><title>Persons engaged in dairy processing, 2031</title></head>
<body><main><h1>Persons engaged in dairy processing by region, 2031</h1>
<table><thead><tr><th>Region</th><th>Persons engaged</th></tr></thead>
<tbody>
<tr><td>Midlands</td><td>4,120</td></tr>
<tr><td>North-East</td><td>2,870</td></tr>
<tr><td>West</td><td>3,010</td></tr>
<tr><td>Total</td><td>10,000</td></tr>
</tbody></table></main></body></html>"""

HOURS_URL = "https://stats.example.pt/labour/usual-weekly-hours-2031"
# Usual weekly hours and monthly earnings of two groups of workers.
HOURS = """<html><head><title>Usual hours and earnings, 2031</title></head><body><main>
<h1>Usual weekly hours and monthly earnings by group, 2031</h1>
<table><thead><tr><th>Group</th><th>Usual weekly hours</th><th>Monthly earnings (€)</th>
</tr></thead>
<tbody>
<tr><td>Bicycle couriers</td><td>46.2</td><td>1,240</td></tr>
<tr><td>Warehouse pickers</td><td>39.8</td><td>1,310</td></tr>
</tbody></table></main></body></html>"""

DEAL_URL = "https://union.example.org/news/2031/05/tarn-ferry-crews-accept"
DEAL = """<html><head><title>Tarn ferry crews accept pay deal</title></head><body>
<article><h1>Tarn ferry crews accept pay deal</h1>
<p>Tarn Ferry Guild members backed a pay rise of 8% for 2031 in a ballot this week,
after rejecting the operator's earlier offer of 6% in February.</p>
<p>The guild had claimed 11% over the year; the operator has offered 7% on other routes.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Midlands 4,120 of the total 10,000: 41 per cent.
        (
            "Midlands plants make up over a third of everybody working in the trade",
            "supported",
        ),
        (
            "Midlands plants make up over half of everybody working in the trade",
            "contradicted",
        ),
    ],
)
def test_a_share_of_everyone_is_a_share_of_the_tables_whole(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, STAFF_URL, STAFF, ruleset, "comparison")
    assert found.claim.fields["right"].startswith("everybody")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 46.2 usual weekly hours against 39.8.
        ("Bicycle couriers work longer hours than warehouse pickers", "supported"),
        ("Bicycle couriers put in shorter hours than warehouse pickers", "contradicted"),
        ("Warehouse pickers work shorter working hours than bicycle couriers", "supported"),
    ],
)
def test_working_time_before_its_noun_is_a_measure_of_each_side(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, HOURS_URL, HOURS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        # "Longer" alone is a dispute's length, which pages do not tie to a side yet;
        # weeks or shifts are no column's own word.
        "The Tarn strike lasted longer than the Orvell walkout",
        "Bicycle couriers worked longer weeks than warehouse pickers",
    ],
)
def test_other_lengths_are_still_read_only_where_a_length_is_given(
    sentence: str, ruleset: Any
) -> None:
    with pytest.raises(AssertionError, match="no comparison claim"):
        cited(sentence, HOURS_URL, HOURS, ruleset, "comparison")


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        (
            "The guild wants 11% for the year, well above the 6% the operator put on the table",
            "greater",
        ),
        ("The 8% deal came in two points better than the 6% offer the crews rejected", "greater"),
    ],
)
def test_a_figure_against_a_named_level_is_a_comparison_of_the_two_figures(
    sentence: str, relation: str, ruleset: Any
) -> None:
    found = cited(sentence, DEAL_URL, DEAL, ruleset, "comparison")
    assert found.claim.fields["relation"] == relation
    assert found.claim.fields["left_amount"]["min"] > found.claim.fields["right_amount"]["min"]
    assert found.verdict.label == "supported", found.verdict.rationale


def test_better_than_a_rate_that_is_no_offer_is_not_read(ruleset: Any) -> None:
    # A jobless rate "better" than another is lower: the points form leaves it alone.
    with pytest.raises(AssertionError, match="no comparison claim"):
        cited(
            "Its jobless rate sits two points better than the regional mean",
            DEAL_URL,
            DEAL,
            ruleset,
            "comparison",
        )


RATES_URL = "https://health.example.org/workforce/dentists-per-head-2031"
# Dentists per 1,000 people by region, with the average of all regions.
RATES = """<html><head><title>Practising dentists per 1,000 people, 2031</title></head>
<body><main><h1>Practising dentists per 1,000 people by region, 2031</h1>
<table><thead><tr><th>Region</th><th>Dentists per 1,000 people</th></tr></thead>
<tbody>
<tr><td>Tarn</td><td>1.9</td></tr>
<tr><td>Ambry</td><td>3.4</td></tr>
<tr><td>Regional average</td><td>2.8</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "url", "page", "relation"),
    [
        (
            "The crews backed 8% for 2031, less than the 11% the guild had claimed",
            DEAL_URL,
            DEAL,
            "less",
        ),
        (
            "Tarn counts barely 1.9 dentists for every 1,000 residents, well short of the"
            " regional average of 2.8",
            RATES_URL,
            RATES,
            "less",
        ),
    ],
)
def test_less_than_or_short_of_a_named_figure_after_a_comma_is_read(
    sentence: str, url: str, page: str, relation: str, ruleset: Any
) -> None:
    found = cited(sentence, url, page, ruleset, "comparison")
    assert found.claim.fields["relation"] == relation
    assert found.verdict.label == "supported", found.verdict.rationale


def test_less_than_what_a_party_wanted_is_no_named_figure(ruleset: Any) -> None:
    with pytest.raises(AssertionError, match="no comparison claim"):
        cited("The offer was 7%, less than the guild wanted", DEAL_URL, DEAL, ruleset, "comparison")
