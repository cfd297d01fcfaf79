"""A statistics table answers a pay claim by its subject: the cell whose row the claim's
sentence names and whose column is the one measure it can mean is the claim's figure,
whatever title the claim's job is read as; the table's other rows are other jobs, places
or groups, whose figures back nothing. A row listing several jobs ("Pickers and packers")
is named by one of them; a row of a place under columns of jobs is read at the column the
sentence names; of two rows a sentence names, the figure is the one named just before it;
the source a sentence reports the figure from names no place the table leaves out. Pages
and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

URL = "http://stats.test/earnings/trades-2031"

TRADES = """<html><body><main><h1>Earnings by occupation, Norland, 2031</h1>
<table><caption>Median gross yearly pay by occupation, Norland, 2031</caption>
<tr><th>Occupation</th><th>Median gross weekly pay</th><th>Median gross yearly pay</th></tr>
<tr><th>6125 Kennel and cattery attendants</th><td>€402.10</td><td>€20,910</td></tr>
<tr><th>6131 Veterinary nurses</th><td>€512.40</td><td>€26,640</td></tr>
<tr><th>3343 Ferry deckhands and mooring crew</th><td>€588.00</td><td>€30,570</td></tr>
<tr><th>8211 Tram drivers</th><td>€640.25</td><td>€33,290</td></tr>
</table></main></body></html>"""


def _draft(sentence: str) -> str:
    return f"# Pay at home\n\nThe figures are out ([table]({URL})). {sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The row named, and its figure: whatever title the job is read as.
        ("Kennel attendants had median yearly pay of €20,910 in 2031.", "supported"),
        ("In 2031 the median ferry deckhand took home €30,570 a year.", "supported"),
        ("Mooring crew earned a median of €30,570 a year in 2031.", "supported"),
        # Another row's figure, equal to the claim's, is no backing: the named row decides.
        ("Kennel attendants had median yearly pay of €26,640 in 2031.", "contradicted"),
        ("Tram drivers were paid a median of €30,570 a year in 2031.", "contradicted"),
        ("In 2031 the median tram driver earned €26,640 a year.", "contradicted"),
    ],
)
def test_the_row_the_sentence_names_decides(sentence: str, label: str, ruleset: Any) -> None:
    got = verdict_on(_draft(sentence), {URL: TRADES}, ruleset, "salary", "€")
    assert got.label == label, got.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the border, the Norland Statistics Board says kennel attendants had median "
        "yearly pay of €21,400 in 2031.",
        "According to the Norland Statistics Board, cattery attendants earned a median of "
        "€21,400 a year in 2031.",
        "Back on the mainland, Harbour Data Office figures show mooring crew earned a median "
        "of €34,000 a year in 2031.",
    ],
)
def test_the_source_a_figure_is_reported_from_is_no_place(sentence: str, ruleset: Any) -> None:
    got = verdict_on(_draft(sentence), {URL: TRADES}, ruleset, "salary", "€")
    assert got.label == "contradicted", got.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "In Varden, the Norland Statistics Board says kennel attendants had median yearly "
        "pay of €21,400 in 2031.",
        "Kennel attendants in Varden had median yearly pay of €21,400 in 2031.",
    ],
)
def test_a_place_the_table_leaves_out_still_counts(sentence: str, ruleset: Any) -> None:
    got = verdict_on(_draft(sentence), {URL: TRADES}, ruleset, "salary", "€")
    assert got.label != "contradicted", got.rationale


CITIES_URL = "http://transit.test/pay/2031"
CITIES = """<html><body><main><h1>Median monthly earnings of ferry crews, 2031</h1>
<table><caption>Median gross monthly earnings of ferry pilots and ferry stewards, 2031</caption>
<tr><th>Port</th><th>Ferry pilots</th><th>Ferry stewards</th></tr>
<tr><th>Kestrel Bay</th><td>SEK 48,200</td><td>SEK 31,900</td></tr>
<tr><th>Ostmark</th><td>SEK 51,700</td><td>SEK 33,400</td></tr>
<tr><th>Fenwick Sound</th><td>SEK 45,050</td><td>SEK 29,800</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The median Ostmark ferry pilot earned SEK 51,700 a month in 2031.", "supported"),
        ("In 2031 ferry stewards in Kestrel Bay had a median of SEK 31,900 a month.", "supported"),
        (
            "Fenwick Sound's ferry pilots took home a median SEK 47,000 a month in 2031.",
            "contradicted",
        ),
        ("The median Ostmark ferry steward earned SEK 51,700 a month in 2031.", "contradicted"),
    ],
)
def test_a_place_row_is_read_at_the_job_column_named(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Ports\n\nSee [the table]({CITIES_URL}). {sentence}\n"
    got = verdict_on(draft, {CITIES_URL: CITIES}, ruleset, "salary", "SEK")
    assert got.label == label, got.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Ostmark's pilots, at a median of SEK 51,700 a month in 2031, out-earn those of "
            "Kestrel Bay.",
            "supported",
        ),
        (
            "Stewards in Fenwick Sound, on a median SEK 29,800 a month in 2031, trail Ostmark's.",
            "supported",
        ),
    ],
)
def test_of_two_rows_named_the_figure_is_the_one_named_before_it(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Ports\n\nSee [the table]({CITIES_URL}). {sentence}\n"
    got = verdict_on(draft, {CITIES_URL: CITIES}, ruleset, "salary", "SEK")
    assert got.label == label, got.rationale


GROUPS_URL = "http://stats.test/depots/2031"
GROUPS = """<html><body><main><h1>Depot earnings, 2031</h1>
<table><caption>Median gross monthly earnings by occupation (kroner)</caption>
<tr><th>Occupation</th><th>2030</th><th>2031</th></tr>
<tr><th>Crane and hoist operators</th><td>NOK 23,100</td><td>NOK 24,050</td></tr>
<tr><th>Depot sorters and labellers</th><td>NOK 9,300</td><td>NOK 9,850</td></tr>
<tr><th>Cooks, porters &amp; cleaners</th><td>NOK 8,100</td><td>NOK 8,420</td></tr>
<tr><th>Van drivers/couriers</th><td>NOK 12,600</td><td>NOK 13,150</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Sorters earned a median of NOK 9,850 a month in 2031.", "supported"),
        ("Labellers earned a median of NOK 9,300 a month in 2031.", "contradicted"),
        ("In 2031 porters had median pay of NOK 8,420 a month.", "supported"),
        ("The median courier made NOK 12,000 a month in 2031.", "contradicted"),
    ],
)
def test_a_row_listing_jobs_is_named_by_one_of_them(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Depots\n\nThe agency's [table]({GROUPS_URL}) is out. {sentence}\n"
    got = verdict_on(draft, {GROUPS_URL: GROUPS}, ruleset, "salary", "NOK")
    assert got.label == label, got.rationale
