"""Who earns more is read from a table's column of whole pay (a total, an estimate of the
year's earnings, gross pay), not from a column of one part of it (bonuses, overtime,
allowances), unless the side names that part. Pages and drafts are written for these
tests."""

from __future__ import annotations

from typing import Any

import judging
import pytest

from factcheck.model import Verdict

URL = "https://stats.example/harbour-trades-2031"
# Pilots earn more in all (61,400 against 58,900) although riggers' bonuses and
# overtime are larger: a part column read for "earn more" would say the opposite.
TABLE = """<html><head><title>Earnings in harbour trades, 2031</title></head><body>
<h1>Earnings in harbour trades, 2031</h1>
<table><caption>Table 4. Earnings by trade, 2031</caption>
<tr><th>Trade</th><th>Annual basic pay (€)</th><th>{part} (€)</th><th>{whole} (€)</th></tr>
<tr><td>Harbour pilots</td><td>49,800</td><td>11,600</td><td>61,400</td></tr>
<tr><td>Crane riggers</td><td>45,000</td><td>13,900</td><td>58,900</td></tr>
</table></body></html>"""


def _on(sentence: str, part: str, whole: str, ruleset: Any) -> Verdict:
    article = (
        f"# Harbour pay\n\n{sentence}, the statistics office says[^1].\n\n[^1]: Tables, {URL}\n"
    )
    page = TABLE.format(part=part, whole=whole)
    return judging.verdict_on(article, {URL: page}, ruleset, "comparison", wrap=False, path="d.md")


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        ("Annual special cash earnings", "Estimated annual earnings"),
        ("Annual bonus", "Gross annual earnings"),
        ("Overtime and allowances, annual", "Total annual pay"),
        ("Yearly incentive payments", "Annual earnings including bonuses"),
        ("Annual supplements", "Overall annual pay"),
    ],
)
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Crane riggers now outearn harbour pilots", "contradicted"),
        ("Harbour pilots earn more than crane riggers", "supported"),
        (
            "Crane riggers are paid more than harbour pilots, helped by larger bonuses",
            "contradicted",
        ),
    ],
)
def test_earning_more_is_read_from_the_whole(
    sentence: str, label: str, part: str, whole: str, ruleset: Any
) -> None:
    found = _on(sentence, part, whole, ruleset)
    assert found.label == label, found.rationale
    assert "61,400" in found.rationale, found.rationale
