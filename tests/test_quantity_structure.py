"""Quantities read from a page's structure and their own forms: a table whose columns (or
rows) are years has the one a claim names by its year; a column header with a note
("Employees (number)", "Members (thousands)") or a noun of the whole ("Employment") says
what its bare counts count; a stoppage told by its verb and "for N hours" is a length; two
lengths in hours of a stoppage that starts on the same day are one stoppage's; kinds
joined before one noun count by that noun; a count of places told beside the claimed
figure is its companion. Pages and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields
from judging import verdict_on

from factcheck.sources.facts import read_facts

PRICES_URL = "https://stats.example.org/transport/fares"
PRICES = """<html><body><main><h1>Transport fares outlook</h1>
<table><caption>Annual change in fares, 2029 to 2031 (percent)</caption>
<thead><tr><th>Item</th><th>2029</th><th>2030</th><th>2031 forecast</th></tr></thead>
<tbody>
<tr><th>All transport</th><td>6.1</td><td>3.9</td><td>2.2</td></tr>
<tr><th>Bus fares</th><td>9.7</td><td>4.2</td><td>1.8</td></tr>
<tr><th>Rail season tickets</th><td>3.1</td><td>2.6</td><td>2.4</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label", "shown"),
    [
        # The 9.7 is the 2029 column; 2030 says 4.2.
        ("In 2030 bus fares climbed 9.7%", "contradicted", "4.2%"),
        ("Bus fares rose 4.2% in 2030, the agency said", "supported", "4.2%"),
        ("During 2029, rail season tickets went up by 3.1 percent", "supported", "3.1%"),
        ("Rail season tickets rose 3.9% in 2029", "contradicted", "3.1%"),
    ],
)
def test_a_year_names_its_column(sentence: str, label: str, shown: str, ruleset: Any) -> None:
    judged = verdict_on(
        f"{sentence} ([outlook]({PRICES_URL})).",
        {PRICES_URL: PRICES},
        ruleset,
        "quantity",
        wrap=False,
    )
    assert judged.label == label
    assert shown in judged.rationale


def test_a_year_the_table_does_not_hold_names_no_column(ruleset: Any) -> None:
    judged = verdict_on(
        f"In 2027 bus fares climbed 9.7% ([outlook]({PRICES_URL})).",
        {PRICES_URL: PRICES},
        ruleset,
        "quantity",
        wrap=False,
    )
    assert judged.label != "contradicted"


HEADCOUNT = """<html><body><main><h1>Workforce by division, 2030</h1>
<table><thead><tr><th>Division</th><th>Employees (number)</th><th>Members (thousands)</th>
<th>Employment</th></tr></thead><tbody>
<tr><th>Northern</th><td>4,120</td><td>1.5</td><td>3,980</td></tr>
<tr><th>Southern</th><td>980</td><td>0.4</td><td>955</td></tr>
</tbody></table></main></body></html>"""


def test_a_header_with_a_note_says_what_its_counts_count() -> None:
    cells = {(c.data["row"], c.data["column"]): c.text for c in read_facts(HEADCOUNT).of("cell")}
    assert cells[("Northern", "Employees (number)")].endswith(": 4,120 employees")
    assert cells[("Northern", "Members (thousands)")].endswith(": 1,500 members")
    assert cells[("Southern", "Employment")].endswith(": 955 people employed")


STOPPAGE_URL = "https://news.example.com/2031/04/ferry-crews"
STOPPAGE = """<html><body><main><h1>Ferry crews stop work</h1>
<p>Deck and catering crews at Marlow Sound Ferries stopped work for 24 hours on 2 May,
cancelling all sailings.</p>
<p>The Seafarers' Guild said a second walkout lasting 48 hours would begin on 9 May.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The first stoppage, told by its verb: 24 hours.
        ("Crews at Marlow Sound Ferries held a 48-hour stoppage on 2 May", "contradicted"),
        ("Crews at Marlow Sound Ferries walked out for a day on 2 May", "supported"),
        # The second, tied by the day it starts to a walkout of 48 hours.
        ("The guild has set a date for round two: a 72-hour strike from 9 May", "contradicted"),
        ("The guild has set a date for round two: a 48-hour strike from 9 May", "supported"),
    ],
)
def test_lengths_of_a_stoppage_told_by_its_verb_and_its_day(
    sentence: str, label: str, ruleset: Any
) -> None:
    judged = verdict_on(
        f"{sentence} ([report]({STOPPAGE_URL})).",
        {STOPPAGE_URL: STOPPAGE},
        ruleset,
        "quantity",
        wrap=False,
    )
    assert judged.label == label


def test_the_length_of_another_day_refutes_nothing(ruleset: Any) -> None:
    judged = verdict_on(
        f"The guild has called a 72-hour strike from 20 June ([report]({STOPPAGE_URL})).",
        {STOPPAGE_URL: STOPPAGE},
        ruleset,
        "quantity",
        wrap=False,
    )
    assert judged.label != "contradicted"


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The deal covers 2,300 branch and call-centre staff.", 2300, "staff"),
        ("About 410 office and warehouse workers were laid off.", 410, "workers"),
        ("The hospital hired 85 kitchen or laundry porters.", 85, "porters"),
        ("The register lists 3,900 HGVs in the county.", 3900, "hgvs"),
    ],
)
def test_kinds_joined_before_one_noun_count_by_it(
    sentence: str, value: int, unit: str, ruleset: Any
) -> None:
    fields = first_fields(sentence, "quantity", ruleset)
    assert (fields["value"], fields["unit"]) == (value, unit)


SURVEY_URL = "https://news.example.com/2031/02/welders-survey"
SURVEY = """<html><body><main><h1>Welders' pay survey</h1>
<p>The survey gathered answers from 2,750 welders at 41 shipyards between May and July.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The survey, which reached 2,750 welders across 60 shipyards, found pay fell", "mixed"),
        ("The survey reached 2,750 welders at 41 shipyards", "supported"),
    ],
)
def test_a_count_of_places_beside_the_figure_is_its_companion(
    sentence: str, label: str, ruleset: Any
) -> None:
    judged = verdict_on(
        f"{sentence} ([survey]({SURVEY_URL})).",
        {SURVEY_URL: SURVEY},
        ruleset,
        "quantity",
        "welders",
        wrap=False,
    )
    assert judged.label == label


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        # The level a change started from is read as that figure, not as a floor.
        ("Management wants to cut the night premium from 30% to 20% of base pay.", 27, 33),
        ("The fleet will shrink from 120 buses to 95 next year.", 115, 125),
        ("Membership rose from 14,000 members to 16,500 in a year.", 13500, 14500),
    ],
)
def test_the_level_a_change_started_from_is_no_floor(
    sentence: str, low: float, high: float, ruleset: Any
) -> None:
    fields = first_fields(sentence, "quantity", ruleset)
    assert (fields["min"], fields["max"]) == (low, high)
    assert "qualifier" not in fields or fields["qualifier"] is None


def test_a_span_from_one_share_to_another_keeps_its_floor(ruleset: Any) -> None:
    fields = first_fields("The share of remote staff ranges from 25% to 30%.", "quantity", ruleset)
    assert fields["qualifier"] == "floor"
