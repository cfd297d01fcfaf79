"""A date told by a part of its month ("in early May 2031", "mid-June", "at the end of
March"): read as a date claim of that month, held by a source's day inside the part
and refuted by one well outside it. The drafts and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields
from judging import run, verdict

from factcheck.evidence.month_parts import month_part, part_stance


@pytest.mark.parametrize(
    ("written", "part"),
    [
        ("early May 2031", "early"),
        ("mid-June", "mid"),
        ("late in March 2030", "late"),
        ("the start of April", "early"),
        ("the middle of July 2029", "mid"),
        ("the end of October", "late"),
        ("4 May 2031", None),
    ],
)
def test_the_part_of_a_month(written: str, part: str | None) -> None:
    assert month_part(written) == part


@pytest.mark.parametrize(
    ("part", "day", "stance"),
    [
        ("early", 3, "supports"),
        ("early", 13, None),
        ("early", 27, "contradicts"),
        ("mid", 15, "supports"),
        ("mid", 2, "contradicts"),
        ("late", 24, "supports"),
        ("late", 17, None),
        ("late", 6, "contradicts"),
    ],
)
def test_a_day_against_a_part(part: str, day: int, stance: str | None) -> None:
    assert part_stance(part, day) == stance


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The lockout at Varrow Mills began in early May 2031.", "2031-05"),
        ("The bargaining round opened in mid-June 2030 with a one-day stoppage.", "2030-06"),
        ("The ferry dispute ended late in March 2029, the guild said.", "2029-03"),
        ("The night-shift ban started at the end of October 2031.", "2031-10"),
    ],
)
def test_a_part_of_a_month_makes_a_date_claim(sentence: str, date: str, ruleset: Any) -> None:
    fields = first_fields(sentence, "date", ruleset)
    assert fields["date"] == date


WIKI = "https://wiki.example/wiki/2031_Varrow_Mills_lockout"
PAGE = """<html><head><title>2031 Varrow Mills lockout - Wikipedia</title></head><body>
<main><h1>2031 Varrow Mills lockout</h1>
<table class="infobox"><tr><th>Date</th><td>4 May 2031 – 20 June 2031</td></tr>
<tr><th>Parties</th><td>Spinners' Union of Varrow; Varrow Mills Ltd</td></tr></table>
<p>The 2031 Varrow Mills lockout shut the spinning floors of Varrow Mills Ltd.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Varrow Mills lockout began in early May 2031", "supported"),
        ("The Varrow Mills lockout began at the start of May 2031", "supported"),
        ("The Varrow Mills lockout began in late May 2031", "contradicted"),
        ("The Varrow Mills lockout began at the end of May 2031", "contradicted"),
        ("The Varrow Mills lockout ended in mid-June 2031", "supported"),
        ("The Varrow Mills lockout began in early June 2031", "contradicted"),
    ],
)
def test_a_part_of_a_month_against_the_days(sentence: str, expected: str, ruleset: Any) -> None:
    draft = f"# Mills\n\n{sentence} ([wiki]({WIKI})).\n"
    claims = run(draft, {WIKI: PAGE}, ruleset, wrap=False)
    found = verdict(claims, "date", "lockout")
    assert found.verdict.label == expected, found.verdict.rationale
