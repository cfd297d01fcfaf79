"""A comparison whose two sides are two lines of one statistics table is read from that
table first (factcheck/evidence/comparisons.py, ``_tabled``): the table's structure says
whose each figure is, which no reading of one side by its words alone outweighs (a
posting for one of the jobs, another line sharing a word). A gap the sentence states
("by about €90 a week") is evaluated on the two cells, in the period the table's measure
names. A word the table's caption names is the whole table's subject and tells no line
apart. The sentences and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited, verdict_on

REGIONS_URL = "https://stats.example.gov/earnings/fishing-by-region-2034.html"
REGIONS = """<html><head><title>Weekly earnings in fishing by region, 2034</title></head><body>
<h1>Weekly earnings in fishing by region, 2034</h1>
<table><caption>Average weekly earnings, full-time adults, Fishing and aquaculture</caption>
<tr><th>Region</th><th>Earnings (€ per week)</th><th>Change on 2033 (%)</th></tr>
<tr><td>Northern Coast</td><td>1,412.50</td><td>3.1</td></tr>
<tr><td>Eastern Highlands</td><td>1,318.20</td><td>2.4</td></tr>
<tr><td>Southern Coast</td><td>1,506.90</td><td>4.0</td></tr>
<tr><td>Lake District</td><td>1,190.00</td><td>1.8</td></tr>
<tr><td>Ruritania, fishing and aquaculture</td><td>1,377.40</td><td>3.0</td></tr>
<tr><td>Ruritania, all industries</td><td>1,255.10</td><td>3.3</td></tr>
</table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Southern Coast 1,506.90 against Northern Coast 1,412.50: €94.40 a week.
        (
            "Fishing crews on the Southern Coast out-earn their NC counterparts by about "
            "€95 a week",
            "supported",
        ),
        (
            "Southern Coast fishers earn more than those in the Northern Coast by over €80 a week",
            "supported",
        ),
        # 1,318.20 against 1,506.90: €188.70 a week, not about €60.
        (
            "Fishing crews in the Eastern Highlands trail their Southern Coast colleagues by "
            "roughly €60 a week",
            "contradicted",
        ),
        # The caption's "fishing" names every line: the Lake District's is the side's.
        (
            "Fishing crews in the Lake District earn less than those on the Northern Coast",
            "supported",
        ),
    ],
)
def test_two_lines_of_one_table_apart_by_a_sum(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, REGIONS_URL, REGIONS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale
    assert "table" in found.verdict.rationale.lower()


def test_a_gap_in_another_period_is_not_read_from_a_weekly_table(ruleset: Any) -> None:
    found = cited(
        "Fishing crews on the Southern Coast out-earn their NC counterparts by about €95 an hour",
        REGIONS_URL,
        REGIONS,
        ruleset,
        "comparison",
    )
    assert found.verdict.label != "supported", found.verdict.rationale


OCCUPATIONS_URL = "https://stats.example.gov/oes/transit-2035.html"
OCCUPATIONS = """<html><head><title>Transit occupations: wage estimates, May 2035</title></head>
<body><table><caption>Table 1. Transit and depot occupations, May 2035</caption>
<tr><th>Occupation</th><th>Employment</th><th>Median hourly wage</th>
<th>Median annual wage</th></tr>
<tr><td>Tram and light rail operators (53-9901)</td><td>18,220</td><td>$38.40</td>
<td>$79,870</td></tr>
<tr><td>Bus and coach mechanics (49-9902)</td><td>61,300</td><td>$25.10</td>
<td>$52,210</td></tr>
<tr><td>Depot cleaners (37-9903)</td><td>40,050</td><td>$17.35</td><td>$36,090</td></tr>
</table></body></html>"""

POSTING_URL = "https://jobs.example.com/harrowgate-transit/bus-mechanic-iii-5521.html"
POSTING = """<html><head><title>Bus Mechanic III - Harrowgate Transit</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting",
"title": "Bus Mechanic III", "hiringOrganization": {"@type": "Organization",
"name": "Harrowgate Transit"}, "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
"value": {"@type": "QuantitativeValue", "minValue": 33.10, "maxValue": 41.75,
"unitText": "HOUR"}}}</script></head>
<body><h1>Bus Mechanic III</h1><p>Harrowgate Transit is hiring a Bus Mechanic III for its
north depot.</p><p>Pay: $33.10 to $41.75 an hour.</p></body></html>"""

DRAFT = """# Harrowgate Transit hires

Harrowgate Transit is hiring a Bus Mechanic III at $33.10 to $41.75 an hour ([posting]({posting})).

National figures ([BLS]({table})) put tram operators well ahead. {sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 79,870 / 52,210 = 1.53: the table's line of bus mechanics, not the posting.
        ("Tram operators outearn bus mechanics by more than 50 per cent.", "supported"),
        (
            "A tram operator makes more than one and a half times what a bus mechanic earns.",
            "supported",
        ),
        # 36,090 against 52,210.
        ("Depot cleaners earn more than bus mechanics.", "contradicted"),
    ],
)
def test_a_table_naming_both_sides_goes_before_a_posting_for_one(
    sentence: str, label: str, ruleset: Any
) -> None:
    article = DRAFT.format(posting=POSTING_URL, table=OCCUPATIONS_URL, sentence=sentence)
    found = verdict_on(
        article,
        {POSTING_URL: POSTING, OCCUPATIONS_URL: OCCUPATIONS},
        ruleset,
        "comparison",
        sentence.split()[0],
        wrap=False,
    )
    assert found.label == label, found.rationale
    assert "posting" not in found.rationale, found.rationale


BY_COUNTRY_URL = "https://stats.example.org/harbour-pay-by-country-2036.html"
BY_COUNTRY = """<html><head><title>Harbour trades pay by country, 2036</title></head><body>
<table><caption>Table 4. Median gross annual pay by trade and country, 2036 (EUR)</caption>
<tr><th>Trade</th><th>Belgium</th><th>Finland</th><th>Greece</th></tr>
<tr><td>Crane operator</td><td>61,200</td><td>48,900</td><td>27,400</td></tr>
<tr><td>Dock clerk</td><td>39,800</td><td>41,300</td><td>13,100</td></tr>
</table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Belgium: 61,200 / 39,800 = 1.54.
        (
            "In Belgium, a crane operator earns more than 1.5 times what a dock clerk does.",
            "supported",
        ),
        # Finland: 48,900 / 41,300 = 1.18.
        (
            "In Finland, a crane operator earns more than 1.5 times what a dock clerk does.",
            "contradicted",
        ),
        # Greece: 27,400 / 13,100 = 2.09.
        ("Greek crane operators earn about twice what dock clerks make.", "supported"),
    ],
)
def test_the_column_the_sentence_names_among_several_alike(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, BY_COUNTRY_URL, BY_COUNTRY, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


def test_no_column_chosen_when_the_sentence_names_none_of_several_alike(ruleset: Any) -> None:
    # Belgium and Greece say yes, Finland no: no column is the sentence's.
    found = cited(
        "A crane operator earns more than 1.5 times what a dock clerk does.",
        BY_COUNTRY_URL,
        BY_COUNTRY,
        ruleset,
        "comparison",
    )
    assert found.verdict.label != "contradicted", found.verdict.rationale
