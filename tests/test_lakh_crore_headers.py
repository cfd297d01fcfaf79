"""Figures counted in India's large units by their header or caption ("Median pay (₹
lakh)", "Turnover, INR crore", "in lakhs of rupees"): a lakh is a hundred thousand, a
crore ten million, and a comparison reads the figures at that size; the won's sign
("(₩ million)") scales its figures like the other signs. Pages and sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.sources.facts import read_facts


def _page(head: str, caption: str = "") -> str:
    return (
        "<html><body><main><h1>Pay in the printing trades, 2031</h1><table>"
        + (f"<caption>{caption}</caption>" if caption else "")
        + f"<tr><th>Trade</th><th>{head}</th><th>Workers</th></tr>"
        + "<tr><td>Press operators</td><td>6.4</td><td>410</td></tr>"
        + "<tr><td>Bookbinders</td><td>4.0</td><td>230</td></tr>"
        + "</table></main></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "caption", "value"),
    [
        ("Median annual pay (₹ lakh)", "", "640,000 INR"),
        ("Median annual pay (lakhs of rupees)", "", "640,000 INR"),
        ("Median annual pay (INR lakh)", "", "640,000 INR"),
        ("Median annual pay", "Annual pay in lakhs of rupees", "640,000 INR"),
        ("Wage bill (₹ crore)", "", "64,000,000 INR"),
        # The won's sign scales as the other signs do.
        ("Average annual pay (₩ million)", "", "6,400,000 KRW"),
    ],
)
def test_a_lakh_or_crore_header_sizes_its_figures(head: str, caption: str, value: str) -> None:
    cells = {
        (c.data["row"], c.data["column"]): c.data["value"]
        for c in read_facts(_page(head, caption)).of("cell")
    }
    assert cells[("Press operators", head)].startswith(value)
    assert cells[("Bookbinders", "Workers")] == "230"


URL = "https://stats.example.in/printing-pay-2031"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 6.4 lakh against 4.0 lakh: 1.6 times.
        ("Press operators earn roughly 60 per cent more than bookbinders", "supported"),
        ("Bookbinders earn about half as much as press operators", "contradicted"),
    ],
)
def test_a_comparison_reads_figures_in_lakh(sentence: str, label: str, ruleset: Any) -> None:
    page = _page("Median annual pay (₹ lakh)")
    claims = run(f"# Pay\n\n{sentence} ([survey]({URL})).\n", {URL: page}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
    assert "640,000" in found.rationale, found.rationale
