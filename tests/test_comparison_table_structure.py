"""Both sides of a comparison read from one table's structure, by what each side names
(factcheck/evidence/table_sides.py): two rows by their subject in other words (a stem,
a prefix, a shared stem, initials, the whole), or two columns (countries by their
adjective, years) in the row the sentence names, under the column the sentence names by
its period, its kind of figure or its year, else the table's typical figure. The
sentences and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields
from judging import cited

from factcheck.evidence.table_sides import _stem_match

OCCUPATIONS_URL = "https://stats.example.gov/wages/ridgemark-2031.html"
OCCUPATIONS = """<html><head><title>Occupational wages, Ridgemark, May 2031</title></head><body>
<h1>Occupational wages, Ridgemark, May 2031</h1>
<table><caption>Table 3. Wages by occupation, May 2031</caption>
<tr><th>Occupation code</th><th>Occupation</th><th>Employment</th>
<th>Median hourly wage</th><th>Median annual wage</th><th>Mean annual wage</th></tr>
<tr><td>71-1010</td><td>Boiler and furnace installers</td><td>4,210</td><td>$31.10</td>
<td>$64,690</td><td>$66,020</td></tr>
<tr><td>71-2020</td><td>Ferry deckhands and mates</td><td>2,950</td><td>$24.40</td>
<td>$50,750</td><td>$52,300</td></tr>
<tr><td>71-3030</td><td>Upholstery and soft furnishings</td><td>1,330</td><td>$19.80</td>
<td>$41,180</td><td>$43,400</td></tr>
<tr><td>71-4040</td><td>Photography and film services</td><td>8,870</td><td>$22.05</td>
<td>$45,860</td><td>$47,100</td></tr>
<tr><td>00-0000</td><td>All occupations</td><td>512,400</td><td>$23.90</td>
<td>$49,710</td><td>$57,800</td></tr>
</table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "upholsterers" starts no row word; "upholstery" is their trade's stem.
        ("Upholsterers earn less than furnace installers", "supported"),
        # 64,690 / 50,750 = 1.27.
        ("A boiler installer takes home about a quarter more than a ferry deckhand", "supported"),
        ("Ferry deckhands out-earn boiler installers", "contradicted"),
        # "photographers" and "Photography": a prefix.
        ("Photographers earn more than upholsterers do", "supported"),
        # The whole: the row of all occupations.
        ("Boiler installers earn more than the overall average", "supported"),
        # 50,750 against the median of everyone, 49,710.
        ("Ferry deckhands earn more than the typical Ridgemark worker", "supported"),
    ],
)
def test_two_rows_named_by_their_subject(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, OCCUPATIONS_URL, OCCUPATIONS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


def test_the_rationale_names_the_rows_the_column_and_the_tolerance(ruleset: Any) -> None:
    found = cited(
        "Boiler installers earn more than twice what upholsterers make",
        OCCUPATIONS_URL,
        OCCUPATIONS,
        ruleset,
        "comparison",
    )
    why = found.verdict.rationale
    # 64,690 / 41,180 = 1.57: not twice.
    assert found.verdict.label == "contradicted", why
    assert "“Boiler and furnace installers”" in why
    assert "“Upholstery and soft furnishings”" in why
    assert "Median annual wage" in why
    assert "rounding" in why


COUNTRIES_URL = "https://data.example.org/trades-pay-2032.html"
COUNTRIES = """<html><head><title>Pay in skilled trades across Europe, 2032</title></head>
<body><table><caption>Table 2. Median gross annual pay by trade and country, 2032 (EUR)</caption>
<tr><th>Trade</th><th>Denmark</th><th>Netherlands</th><th>Portugal</th><th>Austria</th></tr>
<tr><td>Plumber</td><td>52,100</td><td>47,300</td><td>21,900</td><td>44,800</td></tr>
<tr><td>Glazier</td><td>46,400</td><td>49,900</td><td>19,200</td><td>41,000</td></tr>
<tr><td>Stonemason</td><td>45,000</td><td>44,100</td><td>18,700</td><td>46,200</td></tr>
</table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Danish plumbers earn more than their Dutch counterparts", "supported"),
        ("Danish glaziers earn more than their Dutch counterparts", "contradicted"),
        ("Austrian stonemasons earn more than twice what Portuguese ones do", "supported"),
        ("A Portuguese glazier earns less than half as much as an Austrian colleague", "supported"),
    ],
)
def test_two_columns_named_by_the_sides_in_the_row_the_sentence_names(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, COUNTRIES_URL, COUNTRIES, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


SECTORS_URL = "https://stats.example.gov/earnings/q1-2033.html"
SECTORS = """<html><head><title>Earnings by sector, Q1 2033</title></head><body>
<table><caption>Table 5: Weekly and hourly earnings by economic sector, Q1 2033</caption>
<tr><th>Sector</th><th>Median weekly earnings (€)</th><th>Mean weekly earnings (€)</th>
<th>Average hourly earnings (€)</th><th>Annual change (%)</th></tr>
<tr><td>Health and social care (Q)</td><td>1,320.00</td><td>1,410.00</td>
<td>35.10</td><td>4.1%</td></tr>
<tr><td>Arts and recreation (R)</td><td>640.00</td><td>720.00</td>
<td>21.70</td><td>3.2%</td></tr>
<tr><td>Accommodation and food services (I)</td><td>410.00</td><td>455.00</td>
<td>14.90</td><td>5.0%</td></tr>
<tr><td>All industries</td><td>730.00</td><td>815.00</td><td>23.80</td><td>3.6%</td></tr>
</table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Initials of the row's words: "HSC".
        ("HSC staff earn more than double the all-industry median", "contradicted"),
        ("HSC staff earn more than twice what hospitality staff take home", "supported"),
        # The period named picks the column: 35.10 / 14.90 = 2.36 an hour; the weekly
        # medians are 3.2 times apart.
        (
            "Per hour, HSC staff earn roughly three times what hospitality workers do",
            "contradicted",
        ),
        (
            "In a typical week HSC staff earn roughly three times what hospitality workers do",
            "supported",
        ),
    ],
)
def test_initials_the_whole_and_the_period_named(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, SECTORS_URL, SECTORS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


YEARS_URL = "https://corporate.example.com/annual-report-2034/summary.html"
YEARS = """<html><head><title>Financial summary 2034</title></head><body>
<table><caption>Summary of results, years ended 30 June (NZ$ million)</caption>
<tr><th>Item</th><th>2034</th><th>2033</th></tr>
<tr><td>Ticket revenue</td><td>88.4</td><td>91.7</td></tr>
<tr><td>Sponsorship income</td><td>41.2</td><td>36.5</td></tr>
<tr><td>Total income</td><td>129.6</td><td>128.2</td></tr>
</table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Ticket revenue in 2034 fell short of the 2033 figure", "supported"),
        ("Sponsorship income in 2034 was lower than the 2033 figure", "contradicted"),
        ("Ticket revenue was more than twice the sponsorship income", "supported"),
    ],
)
def test_years_as_columns_and_the_latest_year(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, YEARS_URL, YEARS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


DOTTED_URL = "https://estatisticas.example.br/rendimentos-2035.html"
DOTTED = """<html><head><title>Rendimentos 2035</title></head><body>
<table><caption>Table 1. Average gross monthly earnings by occupation (R$)</caption>
<tr><th>Occupation</th><th>CBO 2002</th><th>2034</th><th>2035</th></tr>
<tr><td>Tram driver</td><td>7824</td><td>4.980</td><td>5.210</td></tr>
<tr><td>Ferry ticket clerk</td><td>4211</td><td>2.400</td><td>2.550</td></tr>
<tr><td>Cable car attendant</td><td>5112</td><td>980</td><td>1.020</td></tr>
</table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Dots group thousands in every cell: 5,210 / 1,020 is about five times.
        ("Tram drivers earn about five times what cable car attendants do", "supported"),
        ("Ferry ticket clerks earn roughly double what tram drivers earn", "contradicted"),
    ],
)
def test_thousands_grouped_by_dots_and_no_column_of_codes(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, DOTTED_URL, DOTTED, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


def test_a_side_stating_its_figure_is_the_row_holding_it(ruleset: Any) -> None:
    # "Deckhands" name no row word of the two ferry rows apart; the figure does.
    page = OCCUPATIONS.replace("Ferry deckhands and mates", "Ferry crew (deck)").replace(
        "Boiler and furnace installers", "Ferry crew (engine room)"
    )
    found = cited(
        "Engine-room crew on the ferries out-earn deck crew, at $64,690 a year against $50,750",
        OCCUPATIONS_URL,
        page,
        ruleset,
        "comparison",
    )
    assert found.verdict.label == "supported", found.verdict.rationale


@pytest.mark.parametrize(
    ("word", "header", "match"),
    [("plumber", "plumb", 1.0), ("photograph", "photographi", 1.0), ("builder", "building", 0.5)],
)
def test_a_side_s_word_names_a_header_word_by_its_stem(
    word: str, header: str, match: float
) -> None:
    assert _stem_match(word, header) == match
    assert _stem_match("vet", "veterinari") == 0.0


SPENDING_URL = "https://club.example.org/annual-report-2036/accounts.html"
SPENDING = """<html><head><title>Accounts 2036</title></head><body>
<table><caption>Spending by item, years ended 31 March (£ thousand)</caption>
<tr><th>Item</th><th>2036</th><th>2035</th></tr>
<tr><td>Groundskeeping</td><td>1,240</td><td>1,100</td></tr>
<tr><td>Coaching</td><td>310</td><td>290</td></tr>
<tr><td>Floodlights</td><td>62</td><td>120</td></tr>
</table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 1,240 / 310 = 4 in the latest year.
        (
            "Last year the club spent about four times as much on groundskeeping as on coaching",
            "supported",
        ),
        (
            "The club paid roughly twenty times as much for groundskeeping as for floodlights",
            "supported",
        ),
        (
            "The club invested more than ten times as much in coaching as in floodlights",
            "contradicted",
        ),
    ],
)
def test_what_is_spent_on_one_item_as_a_multiple_of_another(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, SPENDING_URL, SPENDING, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue of $41.2 million in 2031 trailed the 2030 figure",
        "Ticket income of £8.5 million fell short of the 2029 figure",
        "Exports of $2.3 billion were lower than the 2028 figure",
    ],
)
def test_a_year_before_figure_is_no_count_of_digits(sentence: str, ruleset: Any) -> None:
    # "a six-figure salary" counts digits; "the 2030 figure" is that year's.
    fields = first_fields(sentence, "comparison", ruleset)
    assert not fields.get("right_amount"), fields


FOOD_SECTOR_URL = "https://stats.example.gov/earnings/sectors-2033.html"
FOOD_SECTOR = """<html><head><title>Earnings by sector, 2033</title></head><body>
<table><caption>Table 5. Average monthly earnings per employee by sector, 2033 (in CHF)</caption>
<tr><th>Sector</th><th>Employees</th><th>Total earnings (CHF)</th><th>Basic earnings (CHF)</th></tr>
<tr><td>All sectors</td><td>4,100,000</td><td>7,400</td><td>6,100</td></tr>
<tr><td>Food processing</td><td>310,000</td><td>6,900</td><td>5,200</td></tr>
<tr><td>&nbsp;&nbsp;of which: Dairies (cheese and butter)</td><td>41,000</td><td>9,600</td>
<td>6,800</td></tr>
<tr><td>Watchmaking</td><td>62,000</td><td>9,900</td><td>8,300</td></tr>
</table></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "processing", which both sides say, tells neither apart: "dairy" names the
        # sub-row; "basic earnings" names the column both are read in, not a row
        # (6,800 / 5,200 = 1.31).
        (
            "Basic earnings in dairy processing were roughly 30 per cent higher than pay across"
            " all food processing",
            "supported",
        ),
        (
            "Basic earnings in dairy processing were roughly 60 per cent higher than pay across"
            " all food processing",
            "contradicted",
        ),
        # The other side names no column: it is read in the one the first names, not in
        # the column of totals its "all" might call up (9,600 / 5,200 = 1.85).
        (
            "Total earnings in dairy processing were roughly 40 per cent higher than pay across"
            " all food processing",
            "supported",
        ),
    ],
)
def test_a_word_both_sides_share_or_a_column_names_tells_no_row(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, FOOD_SECTOR_URL, FOOD_SECTOR, ruleset, "comparison")
    why = found.verdict.rationale
    assert found.verdict.label == label, why
    assert "“of which: Dairies (cheese and butter)”" in why, why
    assert "“Food processing”" in why, why
