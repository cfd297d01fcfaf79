"""A length vouched for as a whole unit ("a full week", "two whole months", "an entire
year") is no rounding of half a unit: it reaches a quarter of the unit either way (a
working week is still a full week), so "a full week" is not a four-day stoppage. Pages
and drafts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.claims.fields import duration_slack
from factcheck.reading import parse_article


@pytest.mark.parametrize(
    ("days", "written", "slack"),
    [
        (7.0, "a full week", 2.75),
        (14.0, "two whole weeks", 2.75),
        (30.44, "an entire month", 8.61),
        (365.25, "a solid year", 92.3125),
        # Without the word the unit is rounded to its half, as before.
        (7.0, "a week", 4.5),
        (30.44, "one month", 16.22),
    ],
)
def test_a_whole_unit_reaches_a_quarter_of_it(days: float, written: str, slack: float) -> None:
    assert duration_slack(days, written) == pytest.approx(slack)


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("The observatory crews stayed out for two full weeks in the storm.", 14),
        ("The ferry crews held out for three whole months.", 91.32),
        ("The tunnel works ran for a full year.", 365.25),
    ],
)
def test_a_whole_unit_is_read_with_its_number(sentence: str, days: float, ruleset: Any) -> None:
    claims = extract_claims(parse_article(sentence, "draft.txt"), ruleset)
    values = [c.fields.get("value") for c in claims if c.fields.get("unit") == "days"]
    assert values == [pytest.approx(days)]


URL = "https://news.example/2033/05/library-staff-return"
PAGE = """<article><h1>Library staff return as Greywell stoppage ends</h1>
<p>Staff at Greywell's public libraries went back to work on Friday, ending a four-day
strike over Sunday rotas, the Library Workers Association said.</p></article>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Greywell library strike went on for a full week.", "contradicted"),
        ("The Greywell library strike went on for an entire week.", "contradicted"),
        ("The Greywell library strike went on for four days.", "supported"),
    ],
)
def test_a_full_week_is_no_four_day_strike(sentence: str, label: str, ruleset: Any) -> None:
    opening = f"Library staff in Greywell struck in May 2033 ([report]({URL}))."
    checked = run(f"# Libraries\n\n{opening} {sentence}\n", {URL: PAGE}, ruleset, wrap=False)
    labels = [
        c.verdict.label
        for c in checked
        if c.claim.type == "quantity" and c.claim.fields.get("unit") == "days"
    ]
    assert labels == [label]
