"""Comparisons whose sides are rows of one statistics table: a place matched to its
metropolitan area's row, an industry to its row, "the national median" to the row of
totals, both sides read from one column; an occupation named only in the caption is the
whole table's. The pages and sentences are written for these tests."""

from __future__ import annotations

import re
from typing import Any

import pytest
from judging import run, verdict
from postings import job_posting_ld

from factcheck.model import Verdict

METRO_URL = "https://stats.example.org/occupations/plumbers/areas"
# One occupation, named in the caption, by area: the national figure is a "total" row.
METRO = """<html><head><title>Plumbers: wages by area</title></head><body><main>
<h1>Plumbers and pipefitters: wages by metropolitan area, May 2031</h1>
<table><caption>Plumbers and pipefitters, wages by metropolitan area</caption>
<tr><th>Area</th><th>Employment</th><th>Median hourly wage</th><th>Annual mean wage</th></tr>
<tr><td>U.S. total</td><td>480,200</td><td>$31.00</td><td>$66,800</td></tr>
<tr><td>Fargo-Moorhead, ND-MN</td><td>1,310</td><td>$37.40</td><td>$79,100</td></tr>
<tr><td>Macon-Bibb County, GA</td><td>640</td><td>$23.10</td><td>$49,300</td></tr>
</table></main></body></html>"""

SECTORS_URL = "https://stats.example.eu/earnings/sectors"
# An industry table names no occupation: its rows are everyone's pay in the industry.
SECTORS = """<html><head><title>Average monthly earnings by sector</title></head><body><main>
<h1>Average gross monthly earnings by economic activity</h1>
<table><caption>Average gross monthly earnings by activity (EUR)</caption>
<tr><th>Activity (NACE Rev. 2)</th><th>2030</th><th>2031</th></tr>
<tr><td>All activities</td><td>2,950</td><td>3,000</td></tr>
<tr><td>Manufacture of beverages (11)</td><td>3,700</td><td>4,000</td></tr>
<tr><td>Accommodation (55)</td><td>1,900</td><td>2,000</td></tr>
<tr><td>Postal and courier activities (53)</td><td>2,600</td><td>3,300</td></tr>
</table></main></body></html>"""


def _on(sentence: str, url: str, page: str, ruleset: Any) -> Verdict:
    draft = f"# Pay\n\n{sentence} ([figures]({url})).\n"
    return verdict(run(draft, {url: page}, ruleset, wrap=False), "comparison").verdict


@pytest.mark.parametrize(("place", "label"), [("Fargo", "supported"), ("Macon", "contradicted")])
def test_the_national_median_is_the_row_of_totals(place: str, label: str, ruleset: Any) -> None:
    # 37.40 / 31.00 = 1.21; 23.10 / 31.00 = 0.75.
    found = _on(
        f"Plumbers in {place} earn about a fifth more than the national median",
        METRO_URL,
        METRO,
        ruleset,
    )
    assert found.label == label, found.rationale
    # Each side its own row, both from the column the sentence names.
    assert "row “U.S. total”, column “Median hourly wage”" in found.rationale
    assert f"row “{place}" in found.rationale


def test_counterparts_elsewhere_are_the_other_places_row(ruleset: Any) -> None:
    right = _on(
        "Plumbers in Macon are paid less than their counterparts in Fargo",
        METRO_URL,
        METRO,
        ruleset,
    )
    assert right.label == "supported", right.rationale
    wrong = _on(
        "Plumbers in Fargo are paid less than their Macon counterparts", METRO_URL, METRO, ruleset
    )
    assert wrong.label == "contradicted", wrong.rationale
    # The sentence names no column: both sides are read from the same one (by each
    # side's reading, or as two rows of the table under one column).
    assert re.search(r"Both sides are read from the column|both under the column", wrong.rationale)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 4,000 / 2,000 = 2 in the latest year.
        ("Pay in beverage manufacturing is about twice as high as in accommodation", "supported"),
        ("Beverage workers earn about a third more than accommodation workers", "contradicted"),
        # 3,300 / 3,000 = 1.1.
        ("Courier firms pay more than the national average", "supported"),
        ("Accommodation pays more than the average for all activities", "contradicted"),
    ],
)
def test_industries_are_rows_and_the_whole_economy_their_total(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, SECTORS_URL, SECTORS, ruleset)
    assert found.label == label, found.rationale
    assert "column “2031”" in found.rationale


PER_HEAD_URL = "https://stats.example.is/earnings/industries-2031"
# An industry table whose title counts pay "per employee": each row is an industry's
# workers, whatever the caption calls them, and a note above scales its figures.
PER_HEAD = """<html><head><title>Earnings per employee by industry</title></head><body><main>
<h1>Average monthly earnings per employee by industry, 2031</h1>
<p>Unit: thousand euros.</p>
<table><tr><th>Industry</th><th>Monthly earnings</th></tr>
<tr><td>All industries</td><td>3.1</td></tr>
<tr><td>B. Mining and quarrying</td><td>5.9</td></tr>
<tr><td>M. Legal and accounting activities</td><td>4.4</td></tr>
<tr><td>I. Accommodation and food services</td><td>1.8</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 5,900 against 4,400 euros a month.
        ("Quarrying employees take home more than legal workers", "supported"),
        ("Accounting staff out-earn mining workers by a wide margin", "contradicted"),
        ("Accommodation workers are paid less than the average for all industries", "supported"),
        # Miners work in mining: 5,900 / 4,400 = 1.34.
        ("Miners earn about a third more than legal workers", "supported"),
        ("Miners earn about twice as much as legal workers", "contradicted"),
    ],
)
def test_an_industrys_workers_are_its_row_when_the_caption_counts_per_head(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, PER_HEAD_URL, PER_HEAD, ruleset)
    assert found.label == label, found.rationale
    # Read at their full size, in thousands of euros.
    assert re.search(r"€\d\d,\d00 a year", found.rationale), found.rationale


def test_a_share_above_another_sector_reads_its_row(ruleset: Any) -> None:
    # 3,300 / 3,000 = 1.1: a tenth, not a third, higher than across all activities.
    found = _on(
        "Earnings in postal and courier activities are about a third higher than in accommodation",
        SECTORS_URL,
        SECTORS,
        ruleset,
    )
    # 3,300 / 2,000 = 1.65: not about 1.33.
    assert found.label == "contradicted", found.rationale
    assert "row “Accommodation (55)”" in found.rationale


def test_a_side_never_takes_the_other_sides_row(ruleset: Any) -> None:
    # "the national median" is named by its column only; the sentence names Macon's row,
    # which is the other side's.
    found = _on("Plumbers in Macon earn less than the national median", METRO_URL, METRO, ruleset)
    assert found.label == "supported", found.rationale
    assert "“the national median” at $64,480 a year" in found.rationale
    assert "row “U.S. total”" in found.rationale


COUNTY_URL = "https://labour.example.gov/wages/ashby-county"
# A table of occupations for one county: "the county average" is its row of all
# occupations; "the average for roofers" is no row of it.
COUNTY = """<html><head><title>Occupational wages, Ashby County</title></head><body><main>
<h1>Occupational employment and wages, Ashby County, 2032</h1>
<table><caption>Selected occupations, Ashby County</caption>
<tr><th>Occupation</th><th>Employment</th><th>Annual mean wage</th></tr>
<tr><td>All occupations</td><td>98,200</td><td>$58,000</td></tr>
<tr><td>Dental hygienists</td><td>410</td><td>$87,000</td></tr>
<tr><td>Bakers</td><td>690</td><td>$36,500</td></tr>
<tr><td>Electricians</td><td>1,150</td><td>$69,600</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 69,600 / 58,000 = 1.2; 87,000 / 58,000 = 1.5.
        ("Electricians in Ashby earn about a fifth more than the county average", "supported"),
        (
            "Dental hygienists in Ashby earn about a fifth more than the county average",
            "contradicted",
        ),
        ("In Ashby, bakers are paid less than the electricians", "supported"),
        ("In Ashby, electricians out-earn dental hygienists", "contradicted"),
    ],
)
def test_the_tables_own_scope_is_its_total_row(sentence: str, label: str, ruleset: Any) -> None:
    found = _on(sentence, COUNTY_URL, COUNTY, ruleset)
    assert found.label == label, found.rationale


def test_an_average_for_another_group_is_not_the_total_row(ruleset: Any) -> None:
    found = _on(
        "Electricians in Ashby earn about a fifth more than the average for roofers",
        COUNTY_URL,
        COUNTY,
        ruleset,
    )
    assert found.label == "unverified", found.rationale


POSTING_URL = "https://careers.example.com/wrenfield/yard-marshal"
MARSHAL_LD = job_posting_ld(
    "Yard Marshal", "Wrenfield Haulage", currency="GBP", low=15.0, high=18.5, unit="HOUR"
)
POSTING = f"""<html><head><title>Yard Marshal | Wrenfield Haulage</title>
{MARSHAL_LD}
</head>
<body><main><h1>Yard Marshal</h1><p>Wrenfield Haulage is hiring yard marshals at its
Corby depot.</p></main></body></html>"""


@pytest.mark.parametrize(("rate", "label"), [("£12", "supported"), ("£14", "contradicted")])
def test_a_share_below_the_bottom_of_a_postings_range(rate: str, label: str, ruleset: Any) -> None:
    # 12 / 15 = 0.8; 14 / 15 = 0.93.
    found = _on(
        f"The starting rate of {rate} an hour at Tellbrook is about a fifth below the bottom"
        " of Wrenfield Haulage's range for yard marshals",
        POSTING_URL,
        POSTING,
        ruleset,
    )
    assert found.label == label, found.rationale
