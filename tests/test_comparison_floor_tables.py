"""A comparison of floors of pay ("Peru's minimum is above Bolivia's") reads a table of
pay's bare figures as pay, as one of earnings does; and of two columns of the latest
year, one of the table's run of years ("2031") and one other measure dated that year
("Local rate, 2031"), the run's is read. The page and drafts are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

URL = "http://wagewatch.test/tables/port-minimums"
TABLE = (
    "<h1>Dock workers' minimum wages</h1>"
    "<table><caption>Monthly minimum wage, dock workers (US$ per month)</caption>"
    "<tr><th>Country</th><th>Local rate, 2031</th><th>2029</th><th>2030</th><th>2031</th></tr>"
    "<tr><td>Peru</td><td>PEN 1,480</td><td>371</td><td>389</td><td>402</td></tr>"
    "<tr><td>Bolivia</td><td>BOB 2,900</td><td>410</td><td>405</td><td>418</td></tr>"
    "<tr><td>Ecuador</td><td>US$470</td><td>455</td><td>460</td><td>470</td></tr>"
    "</table>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Peru's minimum is now higher than Bolivia's dock floor.", "contradicted"),
        ("Ecuador's minimum is now higher than Bolivia's dock floor.", "supported"),
        ("Peru's minimum is still lower than the Ecuador floor.", "supported"),
    ],
)
def test_floors_of_pay_are_read_in_the_latest_year(sentence: str, label: str, ruleset: Any) -> None:
    draft = f"# Docks\n\n{sentence} ([table]({URL}))\n"
    judged = verdict(run(draft, {URL: TABLE}, ruleset), "comparison").verdict
    assert judged.label == label, judged.rationale
    assert "“2031”" in judged.rationale, judged.rationale
