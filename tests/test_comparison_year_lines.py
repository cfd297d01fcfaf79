"""A thing set against itself in another year, read from a table of years whose line
the sentence names by what was done to the thing rather than by the thing itself ("the
yard launched fewer trawlers in 2029 than in 2028": the column "Number launched" of a
table captioned with trawlers), by what was paid for it then ("the price per tonne
slipped below what mills paid in 2027"), or whose cells write the line's unit per thing
after each figure ("3.87 US$/kg"). The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.evidence.table_sides import _amount

# Years as rows; the caption names the thing, the columns what was done to it.
TRAWLERS_URL = "https://stats.example.no/shipbuilding/trawlers-by-year"
TRAWLERS = """<html><head><title>Shipbuilding statistics</title></head>
<body><main><h1>Yards: annual summary</h1>
<table><caption>Fishing trawlers: number launched, delivered and gross tonnage, 2026-2029</caption>
<thead><tr><th>Year</th><th>Number launched</th><th>Number delivered</th>
<th>Gross tonnage (thousands)</th></tr></thead>
<tbody>
<tr><th>2026</th><td>41</td><td>38</td><td>96.4</td></tr>
<tr><th>2027</th><td>44</td><td>40</td><td>101.2</td></tr>
<tr><th>2028</th><td>52</td><td>47</td><td>118.0</td></tr>
<tr><th>2029</th><td>47</td><td>51</td><td>112.6</td></tr>
</tbody></table></main></body></html>"""

# Years as columns; the caption names hogs, the rows what was done to them.
HOGS_URL = "https://www.example.ca/agri-stats/hog-marketings"
HOGS = """<html><head><title>Agricultural statistics</title></head>
<body><main><h1>Livestock</h1>
<table><caption>Hogs: head marketed and slaughtered in provincial plants</caption>
<thead><tr><th>Measure</th><th>2030</th><th>2031</th><th>2032</th></tr></thead>
<tbody>
<tr><td>Head marketed (thousands)</td><td>5,410</td><td>5,220</td><td>5,390</td></tr>
<tr><td>Head slaughtered (thousands)</td><td>3,880</td><td>4,015</td><td>3,962</td></tr>
</tbody></table></main></body></html>"""

# A table of prices per kilogram, each cell written with the unit after its figure.
COFFEE_URL = "https://www.example.co.ke/coffee-board/auction-results"
COFFEE = """<html><head><title>Coffee auction results</title></head>
<body><main><h1>Nairobi coffee exchange: season results</h1>
<table><caption>Table 2: Clean coffee sold at auction, by season</caption>
<thead><tr><th>Season</th><th>Volume sold (tonnes)</th><th>Mean price (US$/kg)</th></tr></thead>
<tbody>
<tr><th>2026</th><td>31,200</td><td>5.12</td></tr>
<tr><th>2027</th><td>29,850</td><td>5.64</td></tr>
<tr><th>2028</th><td>30,410</td><td>4.98</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("url", "page", "sentence", "label"),
    [
        # Launched: 47 in 2029 against 52 in 2028 (the column the verb names).
        (
            TRAWLERS_URL,
            TRAWLERS,
            "The country's yards launched fewer trawlers in 2029 than in 2028.",
            "supported",
        ),
        (
            TRAWLERS_URL,
            TRAWLERS,
            "Norwegian builders launched more fishing trawlers in 2029 than in 2027.",
            "supported",
        ),
        # Delivered: 51 in 2029 against 47 in 2028.
        (
            TRAWLERS_URL,
            TRAWLERS,
            "The yards delivered fewer trawlers in 2029 than in 2028.",
            "contradicted",
        ),
        # Slaughtered: 3,962 in 2032 against 4,015 in 2031; marketed 5,390 against 5,220.
        (
            HOGS_URL,
            HOGS,
            "Provincial plants slaughtered more hogs in 2032 than in 2031.",
            "contradicted",
        ),
        (
            HOGS_URL,
            HOGS,
            "Farmers in the province marketed more hogs in 2032 than in 2031.",
            "supported",
        ),
    ],
)
def test_the_verb_names_the_line_of_a_table_captioned_with_the_thing(
    url: str, page: str, sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, url, page, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        # The caption names trawlers, not ferries: the verb alone names no line of it.
        "The yards launched fewer ferries in 2029 than in 2028.",
        "Processors slaughtered more cattle in 2032 than in 2031.",
    ],
)
def test_the_verb_alone_names_no_line_of_a_table_of_another_thing(
    sentence: str, ruleset: Any
) -> None:
    url, page = (TRAWLERS_URL, TRAWLERS) if "yards" in sentence else (HOGS_URL, HOGS)
    found = cited(sentence, url, page, ruleset, "comparison")
    assert found.verdict.label == "unverified", found.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The mean price: 4.98 in 2028 (the latest) against 5.64 in 2027 and 5.12 in 2026.
        ("The mean price per kilogram slipped below what roasters paid in 2027.", "supported"),
        ("The mean price per kilo is still lower than what buyers paid in 2026.", "supported"),
        (
            "The mean price per kilogram is now higher than what exporters got in 2027.",
            "contradicted",
        ),
        ("The mean price per kilogram is above what it was in 2027.", "contradicted"),
    ],
)
def test_what_was_paid_in_a_year_is_the_price_itself_then(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, COFFEE_URL, COFFEE, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("cell", "value"),
    [("3.87 US$/kg", 3.87), ("1,250 €/t", 1250.0), ("62.40 $/bbl", 62.4)],
)
def test_a_figure_with_its_unit_per_thing_is_the_figure(cell: str, value: float) -> None:
    amount = _amount(cell, False, "tabled")
    assert amount is not None and amount.low == value == amount.high


def test_a_cell_of_words_is_no_figure() -> None:
    assert _amount("n/a", False, "tabled") is None
    assert _amount("see note/below", False, "tabled") is None
