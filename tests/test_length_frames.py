"""What a length of time is of is told by its own kinds (a contract's term, a strike's
length), never by the frame a sum would have in its sentence: "the three-year deal
raised pay by 9%" frames the pay, and the deal's term is still three years. Pages and
drafts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://news.example/2036/ferry-deal"


@pytest.mark.parametrize(
    ("told", "sentence", "label"),
    [
        (
            "The three-year deal raised deckhands' pay by 9% and funded a training fund.",
            "The Varrow Ferries deal runs for five years.",
            "contradicted",
        ),
        (
            "The two-year agreement cut overtime and sold the idea of shorter rosters.",
            "The Varrow Ferries agreement runs for four years.",
            "contradicted",
        ),
        (
            "The four-year contract, valued at 40 million kroner, was signed on Monday.",
            "The Varrow Ferries contract runs for six years.",
            "contradicted",
        ),
        (
            "The three-year deal raised deckhands' pay by 9% and funded a training fund.",
            "The Varrow Ferries deal runs for three years.",
            "supported",
        ),
        (
            "A five-year pact, which cost the operator 12 million kroner, was agreed.",
            "The Varrow Ferries pact runs for five years.",
            "supported",
        ),
    ],
)
def test_a_sums_frame_is_no_lengths_kind(
    told: str, sentence: str, label: str, ruleset: Any
) -> None:
    page = (
        "<h1>Varrow Ferries and deckhands agree terms</h1>"
        f"<p>Varrow Ferries and the Deckhands Union settled. {told}</p>"
    )
    opening = f"Varrow Ferries settled with its deckhands ([report]({URL}))."
    checked = run(f"# Ferries\n\n{opening} {sentence}\n", {URL: page}, ruleset)
    labels = [
        c.verdict.label
        for c in checked
        if c.claim.type == "quantity" and c.claim.fields.get("unit") == "days"
    ]
    assert labels == [label]
