"""Sides read from statistics tables: a country's row named by its people's adjective
("Danish nurses" for the row "Denmark"), the latest year of the one measure a sentence
names ("Entry salary, 2030" beside "Entry salary, 2021"), a currency given in the
caption with a note ("(EUR, PPP)") or as a word ("(euro)"), a share column never read
as pay ("Share of part-time (%)"), a figure before "less than" read as a gap, not a
level, and "by a factor of". The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

COUNTRIES_URL = "https://indicators.example.org/health/nurse-salaries"
COUNTRIES = """<html><head><title>Nurses' salaries by country</title></head><body><main>
<h1>Registered nurses' salaries, 2021 and 2030</h1>
<table><caption>Annual salaries of hospital nurses (EUR, PPP)</caption>
<thead><tr><th rowspan="2">Country</th><th colspan="2">Entry salary</th>
<th colspan="2">Top salary</th></tr>
<tr><th>2021</th><th>2030</th><th>2021</th><th>2030</th></tr></thead>
<tbody>
<tr><th>Denmark</th><td>41,000</td><td>44,000</td><td>52,000</td><td>58,000</td></tr>
<tr><th>Spain</th><td>30,500</td><td>36,200</td><td>39,800</td><td>47,100</td></tr>
<tr><th>Greece</th><td>18,200</td><td>19,900</td><td>27,400</td><td>28,800</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label", "column"),
    [
        # 2030: Denmark 44,000, Spain 36,200, Greece 19,900 (in 2021 Denmark was 41,000).
        (
            "Danish nurses start on a salary more than twice that of Greek nurses",
            "supported",
            "2030",
        ),
        ("Spanish nurses start on more than Danish nurses do", "contradicted", "2030"),
        (
            "Entry salaries in Spain, meanwhile, have overtaken those in Denmark",
            "contradicted",
            "2030",
        ),
    ],
)
def test_rows_named_by_their_people_in_the_latest_year(
    sentence: str, label: str, column: str, ruleset: Any
) -> None:
    claims = run(
        f"# Pay\n\n{sentence} ([data]({COUNTRIES_URL})).\n", {COUNTRIES_URL: COUNTRIES}, ruleset
    )
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
    assert column in found.rationale, found.rationale


WAGES_URL = "https://stats.example.eu/wages/hourly-by-trade"
WAGES = """<html><head><title>Hourly wages by trade</title></head><body><main>
<h1>Hourly wages by trade, 2031</h1>
<table><caption>Median gross hourly wage (euro)</caption>
<tr><th>Trade</th><th>Median</th><th>Share of part-time (%)</th></tr>
<tr><td>Crane operators</td><td>24.10</td><td>9</td></tr>
<tr><td>Bakers</td><td>15.30</td><td>41</td></tr>
<tr><td>Florists</td><td>13.90</td><td>63</td></tr>
</table>
<p>A florist earns several hundred euros a month less than in the capital, the guild
says.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Medians: crane operators 24.10, bakers 15.30, florists 13.90 (shares 9, 41, 63).
        ("Florists take home more than bakers", "contradicted"),
        ("Crane operators earn more than half again what bakers earn", "supported"),
        ("Florists earn more than four times what crane operators earn", "contradicted"),
    ],
)
def test_pay_is_read_from_money_not_shares(sentence: str, label: str, ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{sentence} ([wages]({WAGES_URL})).\n", {WAGES_URL: WAGES}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
    assert "%" not in found.rationale.split(":")[0], found.rationale


def test_a_gap_is_not_a_level(ruleset: Any) -> None:
    # "several hundred euros a month less" is how far apart, not what a florist earns:
    # read as a level it would make florists far out-earn crane operators.
    claims = run(
        f"# Pay\n\nA florist earns more than a crane operator ([wages]({WAGES_URL})).\n",
        {WAGES_URL: WAGES},
        ruleset,
    )
    found = verdict(claims, "comparison").verdict
    assert found.label == "contradicted", found.rationale
    assert "hundred" not in found.rationale, found.rationale


def test_by_a_factor_of(ruleset: Any) -> None:
    claims = run(
        "# Pay\n\nPut plainly, tug masters out-earn the average deckhand by a factor of four.\n",
        {},
        ruleset,
    )
    fields = verdict(claims, "comparison").claim.fields
    assert (fields.get("relation"), fields.get("ratio"), fields.get("right")) == (
        "ratio_about",
        4,
        "the average deckhand",
    ), fields
