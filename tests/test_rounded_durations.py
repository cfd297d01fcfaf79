"""A length written as a whole number of weeks, months or years is rounded to that unit:
"seven weeks" holds a strike of 53 days, as an editor reads it, while "three weeks" and
"over two months" do not. The page and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://wiki.example/wiki/2029_Kestrel_Mills_strike"
PAGE = """<html><head><title>2029 Kestrel Mills strike - Wikipedia</title></head><body><main>
<h1>2029 Kestrel Mills strike</h1>
<table class="infobox"><tr><th>Date</th><td>March 3 – April 24, 2029</td></tr>
<tr><th>Parties</th><td>Textile Workers Union; Kestrel Mills</td></tr></table>
<p>The 2029 Kestrel Mills strike was a strike by the Textile Workers Union against Kestrel
Mills.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The stoppage went on for seven weeks.", "supported"),
        ("The seven-week strike ended in April.", "supported"),
        ("The walkout ran for three weeks.", "contradicted"),
        ("The dispute went on for over two months.", "contradicted"),
        ("The walkout went on for six weeks.", "contradicted"),
    ],
)
def test_a_length_in_weeks_is_rounded_to_the_week(sentence: str, label: str, ruleset: Any) -> None:
    opening = f"Textile workers struck at Kestrel Mills in 2029 ([wiki]({URL}))."
    draft = f"# Kestrel\n\n{opening} {sentence}\n"
    lengths = [
        c
        for c in run(draft, {URL: PAGE}, ruleset, wrap=False)
        if c.claim.type == "quantity" and c.claim.fields.get("unit") == "days"
    ]
    assert [c.verdict.label for c in lengths] == [label], [
        (c.claim.text, c.verdict.rationale) for c in lengths
    ]
