"""Comparison sides read apart from who reports them, and a table's column of the whole
area read for a sentence about all of it. The pages and sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

TRADES_URL = "https://labour.example.org/pay/harbour-trades-2032"
TRADES = """<html><head><title>Harbour trades: hourly pay</title></head><body><main>
<h1>Median hourly pay in harbour trades, 2032</h1>
<table><caption>Median gross hourly pay (NZD)</caption>
<tr><th>Trade</th><th>Port Avalon</th><th>Nationwide</th></tr>
<tr><td>Riggers</td><td>41.20</td><td>38.90</td></tr>
<tr><td>Net menders</td><td>27.60</td><td>29.10</td></tr>
<tr><td>Stevedores</td><td>33.40</td><td>31.80</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "right", "label"),
    [
        # Nationwide: riggers 38.90, net menders 29.10, stevedores 31.80.
        (
            "Nationwide, riggers earn more than stevedores, the same table shows",
            "stevedores",
            "supported",
        ),
        (
            "Across the country, net menders are paid more than stevedores, according to the "
            "ministry's survey",
            "stevedores",
            "contradicted",
        ),
        (
            "Nationwide, stevedores take home less than net menders, the bureau's figures suggest",
            "net menders",
            "contradicted",
        ),
    ],
)
def test_who_reports_a_comparison_is_no_part_of_its_side(
    sentence: str, right: str, label: str, ruleset: Any
) -> None:
    claims = run(f"# Port\n\n{sentence} ([pay]({TRADES_URL})).\n", {TRADES_URL: TRADES}, ruleset)
    found = verdict(claims, "comparison")
    assert found.claim.fields["right"] == right
    assert found.verdict.label == label, found.verdict.rationale
    assert "Nationwide" in found.verdict.rationale, found.verdict.rationale
