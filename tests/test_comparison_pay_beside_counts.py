"""A table of pay whose caption names the pay, with a column of counts or codes beside
its pay columns ("Number of employees (thousands)", "Code"): the pay columns are read,
and the count and code columns never are. The page and drafts are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

URL = "http://stats.norrvik.test/tables/pay-by-occupation-2031"
TABLE = (
    "<h1>Pay by occupation, 2031</h1>"
    "<table><caption>Average monthly salary, NOK, full-time equivalent, by occupation, "
    "2031</caption>"
    "<tr><th>Occupation</th><th>Code</th><th>Women</th><th>Men</th><th>Total</th>"
    "<th>Number of employees (thousands)</th></tr>"
    "<tr><td>Welders and flame cutters</td><td>7212</td><td>41,200</td><td>43,900</td>"
    "<td>43,500</td><td>9.1</td></tr>"
    "<tr><td>Building electricians</td><td>7411</td><td>44,800</td><td>46,300</td>"
    "<td>46,100</td><td>21.7</td></tr>"
    "<tr><td>Bus and tram drivers</td><td>8331</td><td>38,100</td><td>39,600</td>"
    "<td>39,200</td><td>14.4</td></tr>"
    "</table>"
)


def _label(sentence: str, ruleset: Any) -> tuple[str, str]:
    draft = f"# Pay\n\n{sentence} ([table]({URL}))\n"
    judged = verdict(run(draft, {URL: TABLE}, ruleset), "comparison").verdict
    return judged.label, judged.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Building electricians earn more on average than welders.", "supported"),
        ("Bus drivers take home less than welders, the table shows.", "supported"),
        ("Welders are paid more than building electricians.", "contradicted"),
    ],
)
def test_pay_columns_beside_counts_are_read(sentence: str, label: str, ruleset: Any) -> None:
    found, why = _label(sentence, ruleset)
    assert found == label, why
    # The pay is read, never the code or the count beside it.
    assert "Code" not in why and "Number of employees" not in why


def test_a_code_column_is_no_pay(ruleset: Any) -> None:
    # Codes order the rows the other way from their pay: read as pay, they would make
    # this claim false.
    found, why = _label("Building electricians earn more than welders.", ruleset)
    assert found == "supported", why
    assert "7411" not in why
