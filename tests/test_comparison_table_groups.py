"""Comparisons read from tables whose shape or wording the plainer table tests do not
cover (factcheck/sources/facts.py, factcheck/evidence/table_sides.py): a body cell
spanning the rows of its group ("Lyon" over two rows of staff types), a group the
sentence names outside both sides ("In Nantes, ..."), a caption's unit as a magnitude of a
currency's name ("thousand won"), headers in two languages ("Naiset / Women") or listing
other names in brackets, sides stating their own figures under one column of several,
columns of ages and bonuses beside pay, workers named by what they do, and places after a
side's job. The sentences and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.sources.facts import parse_pay, read_facts

GROUPS_URL = "https://stats.example.org/port-wages-2031.html"
GROUPS = """<html><head><title>Port wages by region</title></head><body>
<table><caption>Table 2. Average monthly wage of port workers by staff type and region,
2029-2031 (unit: thousand won per month)</caption>
<thead><tr><th>Region</th><th>Staff type</th><th>2029</th><th>2030</th><th>2031</th></tr></thead>
<tbody>
<tr><th rowspan="2">Lyon</th><th>Permanent staff</th><td>5,000</td><td>5,200</td>
<td>5,400</td></tr>
<tr><th>Agency staff</th><td>3,100</td><td>3,150</td><td>3,300</td></tr>
<tr><th rowspan="2">Nantes</th><th>Permanent staff</th><td>4,800</td><td>4,900</td>
<td>5,000</td></tr>
<tr><th>Agency staff</th><td>3,600</td><td>3,700</td><td>3,900</td></tr>
</tbody></table></body></html>"""


def test_a_cell_spanning_rows_names_each_row_of_its_group() -> None:
    cells = [f for f in read_facts(GROUPS).items if f.kind == "cell"]
    found = {(str(f.data["row"]), str(f.data["column"])): str(f.data["value"]) for f in cells}
    # The second row of a group keeps its figures under their own columns and the
    # group's name.
    assert found[("Nantes (Staff type: Agency staff)", "2031")] == "3,900"
    assert found[("Lyon (Staff type: Agency staff)", "2029")] == "3,100"
    assert not any(column == "Staff type" for _, column in found)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Nantes: 3,900 / 5,000 = 0.78; Lyon's 3,300 / 5,400 = 0.61 is not this.
        (
            "In Nantes, agency staff earned about 78 per cent of a permanent worker's wage in 2031",
            "supported",
        ),
        (
            "In Lyon, agency staff earned about 78 per cent of a permanent worker's wage in 2031",
            "contradicted",
        ),
        ("In Nantes, agency staff earn more than permanent staff", "contradicted"),
    ],
)
def test_the_group_the_sentence_names_sets_both_sides(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, GROUPS_URL, GROUPS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


BILINGUAL_URL = "https://stats.example.se/rail-pay-2031.html"
BILINGUAL = """<html><head><title>Rail pay by occupation and sex</title></head><body>
<table><caption>Månadslön, kronor (SEK) / Monthly salary, SEK</caption>
<thead>
<tr><th rowspan="2">Ammatti / Occupation</th><th>2030</th><th colspan="3">2031</th></tr>
<tr><th>Yhteensä / Total</th><th>Naiset / Women</th><th>Miehet / Men</th>
<th>Yhteensä / Total</th></tr>
</thead><tbody>
<tr><th>Lokförare / Train drivers (engine drivers, motormen)</th><td>41 000</td>
<td>42 500</td><td>41 800</td><td>42 000</td></tr>
<tr><th>Konduktörer / Conductors (guards, ticket inspectors)</th><td>33 000</td>
<td>33 900</td><td>34 600</td><td>34 300</td></tr>
<tr><th>Bangårdspersonal / Yard staff (shunters)</th><td>30 500</td><td>30 100</td>
<td>31 200</td><td>31 000</td></tr>
</tbody></table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "ticket inspectors" is a name the row lists in brackets.
        ("Shunters earn less than ticket inspectors", "supported"),
        ("Ticket inspectors earn less than shunters", "contradicted"),
        # Women and men in the row the sentence names: 33,900 against 34,600.
        ("Women among conductors make more than the men on their trains", "contradicted"),
        ("Women among train drivers make more than the men on their trains", "supported"),
    ],
)
def test_bilingual_headers_and_names_in_brackets(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, BILINGUAL_URL, BILINGUAL, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


MEDIANS_URL = "https://stats.example.gov/harbour-wages-2031.html"
MEDIANS = """<html><head><title>Harbour wages</title></head><body>
<table><caption>Table 5: Median monthly wages in harbour services, 2031 (S$ per month)</caption>
<thead>
<tr><th rowspan="2">Occupation</th><th rowspan="2">Basic wage, median (S$)</th>
<th colspan="2">Gross wage (S$)</th></tr>
<tr><th>Median</th><th>75th percentile</th></tr>
</thead><tbody>
<tr><th>Crane signaller</th><td>2,050</td><td>2,310</td><td>2,700</td></tr>
<tr><th>Gate clerk</th><td>2,120</td><td>2,290</td><td>2,650</td></tr>
</tbody></table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 2,310 and 2,290 stand together only in the column of gross medians.
        (
            "A crane signaller's gross median of S$2,310 now tops the S$2,290 a gate clerk "
            "takes home",
            "supported",
        ),
        (
            "A gate clerk's gross median of S$2,290 now tops the S$2,310 a crane signaller "
            "takes home",
            "contradicted",
        ),
    ],
)
def test_sides_stating_their_figures_are_read_in_the_column_holding_both(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, MEDIANS_URL, MEDIANS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


EARNINGS_URL = "https://stats.example.jp/warehouse-earnings-2031.html"
EARNINGS = """<html><head><title>Earnings by occupation</title></head><body>
<table><caption>Unit: thousand yen</caption>
<thead><tr><th>Occupation</th><th>Age</th><th>Years of service</th>
<th>Scheduled monthly earnings</th>
<th>Annual bonuses and special earnings</th><th>Estimated annual earnings</th></tr></thead>
<tbody>
<tr><th>All occupations</th><td>43.0</td><td>12.0</td><td>320.0</td><td>900.0</td>
<td>4,740.0</td></tr>
<tr><th>Parcel sorting workers</th><td>36.0</td><td>8.0</td><td>250.0</td><td>980.0</td>
<td>3,980.0</td></tr>
<tr><th>Forklift drivers</th><td>45.0</td><td>11.0</td><td>290.0</td><td>600.0</td>
<td>4,080.0</td></tr>
</tbody></table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "sorters" do what the row's "sorting workers" do; the bonus column (980 against
        # 900) is no one's pay.
        ("Parcel sorters are paid more than the mean of all occupations", "contradicted"),
        ("Parcel sorters are paid less than the mean of all occupations", "supported"),
    ],
)
def test_workers_named_by_what_they_do_and_the_pay_column(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, EARNINGS_URL, EARNINGS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


REGIONS_URL = "https://stats.example.cl/quarry-pay-2031.html"
REGIONS = """<html><head><title>Quarry pay by region</title></head><body>
<table><caption>Table 6. Average gross monthly pay by occupation and region, 2031 (CLP)</caption>
<thead><tr><th>Occupation</th><th>Maule</th><th>Biobío</th><th>Total</th></tr></thead>
<tbody>
<tr><th>Crusher operators</th><td>1.480.000</td><td>1.620.000</td><td>1.550.000</td></tr>
<tr><th>Blasting technicians</th><td>1.900.000</td><td>1.850.000</td><td>1.870.000</td></tr>
</tbody></table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Crusher operators in Maule make more than their peers in Biobío", "contradicted"),
        ("Crusher operators in Biobío make more than their peers in Maule", "supported"),
    ],
)
def test_a_place_after_the_job_names_a_column(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, REGIONS_URL, REGIONS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


def test_a_taka_abbreviation_with_a_dot_is_money() -> None:
    pay = parse_pay("Salary: Tk. 31000 - 36000 (Monthly)")
    assert pay is not None
    assert (pay["min"], pay["max"], pay["currency"], pay["period"]) == (
        31000.0,
        36000.0,
        "BDT",
        "month",
    )
    assert parse_pay("Blk. 31 - 36") is None
