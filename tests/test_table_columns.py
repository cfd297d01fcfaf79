"""A comparison of two rows of a statistics table reads both sides from one column: the
year the sentence names, else the latest year; for columns of measures, the table's
median or average. A count column under a currency caption is no money. The pages and
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited, run, verdict

from factcheck.sources.facts import read_facts

URL = "https://statistics.brennmark.example/pay/roles"
# The oldest year puts harbour engineers at four times the cleaners' pay, the latest
# at three times, the middle one at about 3.5 times.
YEARS = """<html><head><title>Monthly pay by role</title></head><body><main>
<h1>Mean gross monthly pay by role, Brennmark</h1>
<p>The survey of employers covers full-time staff in all regions.</p>
<table><caption>Mean gross monthly pay by role (EUR)</caption>
<tr><th>Role</th><th>2021/22</th><th>2022/23</th><th>2023/24</th></tr>
<tr><td>Harbour engineers</td><td>4,400</td><td>4,550</td><td>4,800</td></tr>
<tr><td>Office cleaners</td><td>1,100</td><td>1,300</td><td>1,600</td></tr>
<tr><td>Tram drivers</td><td>2,300</td><td>2,450</td><td>2,600</td></tr>
</table></main></body></html>"""


def _comparison(sentence: str, page: str, ruleset: Any) -> Any:
    return cited(sentence, URL, page, ruleset, "comparison", wrap=False).verdict


def test_both_sides_come_from_the_latest_year(ruleset: Any) -> None:
    found = _comparison(
        "Harbour engineers earn about three times as much as office cleaners", YEARS, ruleset
    )
    assert found.label == "supported", found.rationale
    assert "column “2023/24”" in found.rationale
    assert "the latest year" in found.rationale
    assert "2021/22" not in found.rationale
    wrong = _comparison(
        "Harbour engineers earn about four times as much as office cleaners", YEARS, ruleset
    )
    assert wrong.label == "contradicted", wrong.rationale
    assert "within 0.9 to 1.1 times the stated factor" in wrong.rationale


def test_the_year_the_sentence_names_is_read(ruleset: Any) -> None:
    found = _comparison(
        "In 2022-23 harbour engineers were paid about 3.5 times as much as office cleaners",
        YEARS,
        ruleset,
    )
    assert found.label == "supported", found.rationale
    assert "column “2022/23”" in found.rationale
    assert "the one the claim names" in found.rationale


MEASURES = """<html><head><title>Hourly earnings</title></head><body><main>
<h1>Hourly earnings by occupation, Vantry County</h1>
<table><caption>Gross hourly earnings (dollars)</caption>
<tr><th>Occupation</th><th>Jobs</th><th>10th percentile</th><th>Median</th>
<th>90th percentile</th></tr>
<tr><td>Lift technicians</td><td>1,950</td><td>21.00</td><td>36.00</td><td>70.00</td></tr>
<tr><td>Parking attendants</td><td>4,120</td><td>14.00</td><td>18.00</td><td>23.00</td></tr>
<tr><td>Kitchen workers</td><td>6,300</td><td>13.50</td><td>16.00</td><td>21.00</td></tr>
</table></main></body></html>"""


def test_a_count_column_takes_no_currency_from_the_caption() -> None:
    cells = {
        (c.data["row"], c.data["column"]): c.data["value"] for c in read_facts(MEASURES).of("cell")
    }
    assert cells[("Lift technicians", "Jobs")] == "1,950"
    assert cells[("Lift technicians", "Median")] == "$36.00 an hour"
    # A row naming workers is whose pay it gives, not a count.
    assert cells[("Kitchen workers", "Median")] == "$16.00 an hour"


@pytest.mark.parametrize(
    ("factor", "label"), [("twice", "supported"), ("three times", "contradicted")]
)
def test_two_rows_are_set_side_by_side_in_the_median_column(
    factor: str, label: str, ruleset: Any
) -> None:
    # Median 36/18 = 2; the 90th percentiles give about 3, the job counts under half.
    found = _comparison(
        f"Lift technicians earn {factor} as much as parking attendants", MEASURES, ruleset
    )
    assert found.label == label, found.rationale
    assert "column “Median”" in found.rationale


# A row per year, a column per occupation; the oldest year gives four times, the latest
# three.
BY_YEAR = """<html><head><title>Weekly pay</title></head><body><main>
<h1>Average weekly pay, Marlow Sound</h1>
<table><caption>Average weekly pay by occupation (£)</caption>
<tr><th>Year</th><th>Tug masters</th><th>Net menders</th><th>All employees</th></tr>
<tr><td>2030</td><td>1,600</td><td>400</td><td>610</td></tr>
<tr><td>2031</td><td>1,520</td><td>440</td><td>630</td></tr>
<tr><td>2032</td><td>1,410</td><td>470</td><td>650</td></tr>
</table></main></body></html>"""


def test_a_row_per_year_is_read_like_a_column_per_year(ruleset: Any) -> None:
    cells = {
        (c.data["row"], c.data["column"]): c.data["value"] for c in read_facts(BY_YEAR).of("cell")
    }
    # The year names the row; a column of a group of workers is pay, not a count.
    assert cells[("2032", "All employees")] == "£650 a week"
    found = _comparison(
        "Tug masters earn about three times as much as net menders", BY_YEAR, ruleset
    )
    assert found.label == "supported", found.rationale
    assert "row “2032”" in found.rationale and "the latest year" in found.rationale
    named = _comparison(
        "In 2030 tug masters earned about three times as much as net menders", BY_YEAR, ruleset
    )
    assert named.label == "contradicted", named.rationale
    assert "row “2030”, the one the claim names" in named.rationale


def test_a_year_row_meets_a_side_naming_its_column(ruleset: Any) -> None:
    # 1,410 / 650 = 2.17 in the latest year.
    found = _comparison(
        "Tug masters earn more than twice as much as the typical employee", BY_YEAR, ruleset
    )
    assert found.label == "supported", found.rationale
    assert "column “All employees”" in found.rationale


RANKS_URL = "https://stats.corvale-universities.example/staff/pay-by-rank"
# A row that adds a level and another job to a side's job sits above the side's own row.
RANKS = """<html><head><title>Academic pay by rank</title></head><body><main>
<h1>Median academic pay by rank, Corvale universities</h1>
<table><caption>Median annual salary by rank (dollars)</caption>
<tr><th>Rank</th><th>2022</th><th>2023</th></tr>
<tr><td>Senior lecturer / associate professor</td><td>93,000</td><td>96,000</td></tr>
<tr><td>Lecturer</td><td>62,000</td><td>64,000</td></tr>
<tr><td>Professor</td><td>124,000</td><td>128,000</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The median professor earns twice as much as the median lecturer", "supported"),
        ("The median professor earns 1.5 times as much as the median lecturer", "contradicted"),
    ],
)
def test_a_side_is_read_from_the_row_of_its_job_alone(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = verdict(
        run(
            f"# Pay\n\n{sentence} ([survey]({RANKS_URL})).\n",
            {RANKS_URL: RANKS},
            ruleset,
            wrap=False,
        ),
        "comparison",
    ).verdict
    assert found.label == label, found.rationale
    assert "row “Lecturer”" in found.rationale
    assert "row “Professor”" in found.rationale
    assert "Senior lecturer" not in found.rationale
