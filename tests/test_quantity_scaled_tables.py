"""Counts in tables scaled by a note ("(millions)", "('000)", "(millions of items)") and
what they count read from the caption; a table's row of totals backing a count of the
whole; counts by a unit of bulk ("items", "tonnes") told of another thing, or of another
country, refuting nothing; staff counted as "colleagues"; a part of a group of people
told without the group's size; a count in the subject of a length of time kept beside
the length. Pages and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict_on

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.sources.facts import read_facts

SCALED = """<html><body><main><h1>Harbour statistics 2031</h1>
<table><caption>Table 4: Cruise passengers by port (thousands)</caption>
<thead><tr><th>Port</th><th>2030</th><th>2031</th><th>Share 2031 (%)</th></tr></thead>
<tbody>
<tr><th>Port Vell</th><td>1,204</td><td>1,388</td><td>61.0</td></tr>
<tr><th>Santa Lucia</th><td>802</td><td>887</td><td>39.0</td></tr>
<tr><th>Total</th><td>2,006</td><td>2,275</td><td>100.0</td></tr>
</tbody></table>
<table><caption>Freight handled, all terminals (millions of boxes)</caption>
<thead><tr><th>Terminal</th><th>2031</th></tr></thead>
<tbody><tr><th>East quay</th><td>3.4</td></tr></tbody></table>
<table><caption>Table 5: Berth length by terminal (metres)</caption>
<thead><tr><th>Terminal</th><th>2031 ('000)</th></tr></thead>
<tbody><tr><th>East quay</th><td>2.1</td></tr></tbody></table>
</main></body></html>"""


def test_a_scale_note_scales_counts_and_the_caption_says_what_they_count() -> None:
    cells = {(c.data["row"], c.data["column"]): c.text for c in read_facts(SCALED).of("cell")}
    assert cells[("Port Vell", "2031")].endswith(": 1,388,000 cruise passengers")
    assert cells[("East quay", "2031")].endswith(": 3,400,000 boxes")
    # A column with a note of its own unit is not in the caption's thousands.
    assert cells[("Port Vell", "Share 2031 (%)")].endswith(": 61.0%")
    # A caption naming no plural thing leaves the figure as it stands.
    assert cells[("East quay", "2031 ('000)")].endswith(": 2.1")


SCALED_URL = "https://stats.example.org/harbours/2031"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Port Vell welcomed 1.39 million cruise passengers in 2031", "supported"),
        ("Port Vell welcomed 1.9 million cruise passengers in 2031", "contradicted"),
    ],
)
def test_a_scaled_cell_bears_on_a_count(sentence: str, label: str, ruleset: Any) -> None:
    judged = verdict_on(
        f"{sentence} ([harbours]({SCALED_URL})).",
        {SCALED_URL: SCALED},
        ruleset,
        "quantity",
        wrap=False,
    )
    assert judged.label == label


TOTALS_URL = "https://stats.example.org/mail/2031"
TOTALS = """<html><body><main><h1>Mail volumes 2031</h1>
<table><caption>Letters delivered by operator (millions of items)</caption>
<thead><tr><th>Operator</th><th>2030</th><th>2031</th></tr></thead>
<tbody>
<tr><th>Postwise</th><td>61.2</td><td>58.0</td></tr>
<tr><th>Kite Mail</th><td>20.4</td><td>22.5</td></tr>
<tr><th>Total</th><td>81.6</td><td>80.5</td></tr>
</tbody></table></main></body></html>"""


def test_a_row_of_totals_backs_a_count_of_the_whole(ruleset: Any) -> None:
    judged = verdict_on(
        f"The letter market came to about 80 million items in 2031 ([figures]({TOTALS_URL})).",
        {TOTALS_URL: TOTALS},
        ruleset,
        "quantity",
        wrap=False,
    )
    assert judged.label == "supported"


def test_a_row_of_totals_refutes_no_count_it_may_not_be(ruleset: Any) -> None:
    # 30 million may be one operator's count: the total does not say it is wrong.
    judged = verdict_on(
        f"The postal operator delivered some 30 million items in 2031 ([figures]({TOTALS_URL})).",
        {TOTALS_URL: TOTALS},
        ruleset,
        "quantity",
        wrap=False,
    )
    assert judged.label != "contradicted"


BULK_URL = "https://news.example.com/2031/harbour-year"


@pytest.mark.parametrize(
    ("source", "label"),
    [
        # Another thing weighed in tonnes: no word of the claim's subject.
        ("Coal shipments dropped to 9.5 million tonnes last year.", "unverified"),
        # The claim's own subject: a different figure refutes it.
        ("The grain terminal handled 9.5 million tonnes last year.", "contradicted"),
    ],
)
def test_a_bulk_unit_of_another_thing_refutes_nothing(
    source: str, label: str, ruleset: Any
) -> None:
    judged = verdict_on(
        f"The grain terminal handled 4.1 million tonnes last year ([report]({BULK_URL})).",
        {BULK_URL: f"<p>{source}</p>"},
        ruleset,
        "quantity",
    )
    assert judged.label == label


COUNTRY_URL = "https://stats.example.org/parcels/abroad"


def test_a_count_of_another_country_refutes_nothing(ruleset: Any) -> None:
    page = "<p>Parcel volumes in Portugal reached 212 million items in 2031.</p>"
    judged = verdict_on(
        f"Austria's parcel volumes reached 140 million items in 2031 ([data]({COUNTRY_URL})).",
        {COUNTRY_URL: page},
        ruleset,
        "quantity",
    )
    assert judged.label != "contradicted"


STAFF_URL = "https://news.example.com/2031/lodge-opens"


@pytest.mark.parametrize(
    ("source", "label"),
    [
        ("The lodge has hired 410 colleagues from 22 countries.", "contradicted"),
        ("The lodge has hired 480 colleagues from 22 countries.", "supported"),
    ],
)
def test_colleagues_are_counted_as_staff(source: str, label: str, ruleset: Any) -> None:
    judged = verdict_on(
        f"The lodge hired 480 people for its opening ([launch]({STAFF_URL})).",
        {STAFF_URL: f"<p>{source}</p>"},
        ruleset,
        "quantity",
        "480",
    )
    assert judged.label == label


PART_URL = "https://union.example.org/news/2031/depot-stoppage"


def test_a_part_of_a_group_is_a_count_and_a_length_keeps_its_subjects_count(
    ruleset: Any,
) -> None:
    page = "<p>About 150 union members at the Brennet depot stopped work for three hours.</p>"
    claims = run(
        f"The union says about 150 of its members took part ([union]({PART_URL})).",
        {PART_URL: page},
        ruleset,
    )
    counts = [c for c in claims if c.claim.type == "quantity"]
    assert [c.claim.fields["unit"] for c in counts] == ["members"]
    assert counts[0].verdict.label == "supported"


def test_a_length_and_the_count_in_its_subject_are_both_claims(ruleset: Any) -> None:
    article = parse_article(
        "# Draft\n\nSome 640 cleaners walked out for two days in March.\n", "d.md", "markdown"
    )
    units = sorted(
        str(c.fields["unit"]) for c in extract_claims(article, ruleset) if c.type == "quantity"
    )
    assert "cleaners" in units
    assert "days" in units
