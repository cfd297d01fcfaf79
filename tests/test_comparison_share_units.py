"""A comparison sized in per cent ("about 25 per cent more than", "40% above") reads
its sides from the columns of levels, not from a column of changes whose header names
the same unit ("Change 2029-2030, per cent"): a share's unit belongs to its figure. The
pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

TRADES_URL = "https://stats.example.net/earnings/by-trade"
TRADES = """<html><head><title>Earnings by trade</title></head><body><main>
<h1>Average monthly earnings by trade</h1>
<table><caption>Average monthly earnings (SEK)</caption>
<tr><th>Trade</th><th>2029</th><th>2030</th><th>Change 2029-2030, per cent</th></tr>
<tr><td>Harbour pilots</td><td>49,000</td><td>50,000</td><td>2.0</td></tr>
<tr><td>Glassblowers</td><td>37,500</td><td>40,000</td><td>6.7</td></tr>
<tr><td>Bookbinders</td><td>24,000</td><td>25,000</td><td>4.2</td></tr>
</table></main></body></html>"""

DISTRICTS_URL = "https://labour.example.org/wages/by-district"
DISTRICTS = """<html><head><title>Wages by district</title></head><body><main>
<h1>Average monthly wage by district</h1>
<table><caption>Average monthly wage (EUR)</caption>
<tr><th>District</th><th>Percent change on a year</th><th>2031</th><th>2030</th></tr>
<tr><th>Old Town</th><td>3</td><td>3,000</td><td>2,912</td></tr>
<tr><th>Riverside</th><td>9</td><td>2,400</td><td>2,202</td></tr>
<tr><th>Northfield</th><td>5</td><td>1,500</td><td>1,428</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "url", "page", "label"),
    [
        # 2030: pilots 50,000, glassblowers 40,000, bookbinders 25,000 (changes 2.0,
        # 6.7 and 4.2 per cent).
        (
            "Harbour pilots earn about 25 per cent more than glassblowers",
            TRADES_URL,
            TRADES,
            "supported",
        ),
        (
            "Glassblowers take home roughly 60 percent more than bookbinders",
            TRADES_URL,
            TRADES,
            "supported",
        ),
        (
            "Bookbinders earn about 60% more than harbour pilots",
            TRADES_URL,
            TRADES,
            "contradicted",
        ),
        # 2031: Old Town 3,000, Riverside 2,400, Northfield 1,500 (changes 3, 9, 5).
        (
            "Wages in Old Town are about 25% higher than in Riverside",
            DISTRICTS_URL,
            DISTRICTS,
            "supported",
        ),
        (
            "Wages in Northfield are roughly 80 per cent higher than in Riverside",
            DISTRICTS_URL,
            DISTRICTS,
            "contradicted",
        ),
    ],
)
def test_a_gap_in_per_cent_reads_levels_not_changes(
    sentence: str, url: str, page: str, label: str, ruleset: Any
) -> None:
    claims = run(f"# Pay\n\n{sentence} ([data]({url})).\n", {url: page}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
    assert "change" not in found.rationale.lower(), found.rationale
