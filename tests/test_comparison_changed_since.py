"""A thing that changed by a share, a sum or a factor since a year it names ("membership
has fallen by about a quarter since 2016", "the waiting list has doubled since 2019"):
the thing now, in a table's latest year, against itself in the year named, read from
the table's line of that thing whether its years are columns or rows. The pages and
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claims.extract import extract_claims
from factcheck.model import Claim
from factcheck.reading import parse_article

# Years as columns: registered pipers and ferry crossings in a made-up county.
BY_COLUMNS_URL = "https://stats.example.ie/county/culture-and-transport-by-year"
BY_COLUMNS = """<html><head><title>Culture and transport, 2016-2024</title></head>
<body><main><h1>Culture and transport indicators by year</h1>
<table><caption>Table 3: Selected indicators, at 31 December</caption>
<thead><tr><th>Indicator</th><th>2016</th><th>2019</th><th>2022</th><th>2024</th></tr></thead>
<tbody>
<tr><td>Registered pipers (number)</td><td>1,240</td><td>1,150</td><td>1,010</td><td>930</td></tr>
<tr><td>Ferry crossings (thousands)</td><td>48.2</td><td>51.0</td><td>60.3</td><td>99.8</td></tr>
</tbody></table></main></body></html>"""

# Years as rows, written as financial years: staff of a made-up port authority.
BY_ROWS_URL = "https://www.example.co.za/port-authority/annual-statistics"
BY_ROWS = """<html><head><title>Port authority annual statistics</title></head>
<body><main><h1>Port authority: staff and cargo</h1>
<table><caption>Table 1: Staff and cargo, selected financial years</caption>
<thead><tr><th>Year</th><th>Crane operators (FTE)</th><th>Cargo handled (Mt)</th></tr></thead>
<tbody>
<tr><th>2011-12</th><td>3,400</td><td>61.5</td></tr>
<tr><th>2017-18</th><td>2,900</td><td>70.2</td></tr>
<tr><th>2023-24</th><td>2,380</td><td>74.9</td></tr>
</tbody></table></main></body></html>"""


def comparisons(sentence: str, ruleset: Any) -> list[Claim]:
    """The comparison claims in a draft of one sentence."""
    article = parse_article(f"# Draft\n\n{sentence}\n", "d.md", "markdown")
    return [c for c in extract_claims(article, ruleset) if c.type == "comparison"]


@pytest.mark.parametrize(
    ("sentence", "left", "right", "relation"),
    [
        (
            "Membership of the Corran pipers' guild has fallen by about a quarter since 2016.",
            "Membership of the Corran pipers' guild",
            "Membership of the Corran pipers' guild in 2016",
            "ratio_about",
        ),
        (
            "The waiting list at the Vellmar clinic has more than doubled since 2019, "
            "the health office says.",
            "The waiting list at the Vellmar clinic",
            "The waiting list at the Vellmar clinic in 2019",
            "ratio_at_least",
        ),
        (
            "Bus routes in the Otago district have risen by 12% since mid-2018.",
            "Bus routes in the Otago district",
            "Bus routes in the Otago district in 2018",
            "ratio_about",
        ),
        (
            "Grain silos on the Paraná have halved since 2009/10, traders complain.",
            "Grain silos on the Paraná",
            "Grain silos on the Paraná in 2009/10",
            "ratio_about",
        ),
    ],
)
def test_a_change_since_a_year_is_the_thing_against_itself_then(
    sentence: str, left: str, right: str, relation: str, ruleset: Any
) -> None:
    (claim,) = comparisons(sentence, ruleset)
    assert (claim.fields["left"], claim.fields["right"]) == (left, right)
    assert claim.fields["relation"] == relation
    assert claim.fields.get("measure") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales have fallen by a lot since 2019.",
        "The price has doubled since the merger.",
        "Fares have risen by 4% since last year.",
    ],
)
def test_no_year_or_no_size_is_no_change_since(sentence: str, ruleset: Any) -> None:
    assert not comparisons(sentence, ruleset)


@pytest.mark.parametrize(
    ("url", "page", "sentence", "label"),
    [
        # 930 in 2024 against 1,240 in 2016: 0.75 times, a fall of a quarter.
        (
            BY_COLUMNS_URL,
            BY_COLUMNS,
            "Registered pipers have fallen by about a quarter since 2016.",
            "supported",
        ),
        (
            BY_COLUMNS_URL,
            BY_COLUMNS,
            "The number of registered pipers has halved since 2016.",
            "contradicted",
        ),
        # Apart by a count: 1,240 - 930 = 310.
        (
            BY_COLUMNS_URL,
            BY_COLUMNS,
            "Registered pipers have dropped by more than 300 since 2016.",
            "supported",
        ),
        (
            BY_COLUMNS_URL,
            BY_COLUMNS,
            "Registered pipers have dropped by more than 500 since 2016.",
            "contradicted",
        ),
        # 99.8 in 2024 against 48.2 in 2016 and 51.0 in 2019.
        (
            BY_COLUMNS_URL,
            BY_COLUMNS,
            "Ferry crossings have more than doubled since 2016.",
            "supported",
        ),
        (BY_COLUMNS_URL, BY_COLUMNS, "Ferry crossings have tripled since 2019.", "contradicted"),
        # Rows of financial years: 2,380 in 2023-24 against 3,400 in 2011-12 (0.7 times).
        (
            BY_ROWS_URL,
            BY_ROWS,
            "Crane operators have fallen by roughly 30% since 2011-12.",
            "supported",
        ),
        (BY_ROWS_URL, BY_ROWS, "Crane operator numbers have halved since 2011-12.", "contradicted"),
    ],
)
def test_a_change_since_a_year_is_read_from_the_table_of_years(
    url: str, page: str, sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, url, page, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale
