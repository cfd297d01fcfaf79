"""A length of a dispute that the claim's own sentence pins to someone by name ("the
strike at Corrow Mills lasted ten days") is not set against a page that never names
them, though the paragraph before the claim cited it for another dispute: the page's
length is that dispute's. A claim naming nothing, or a name the page gives, still meets
it. The drafts and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

WIKI = "https://wiki.example/wiki/2031_Fenmouth_dock_strike"
PAGE = """<html><head><title>2031 Fenmouth dock strike - Wikipedia</title></head><body>
<main><h1>2031 Fenmouth dock strike</h1>
<table class="infobox"><tr><th>Date</th><td>6 April 2031 – 1 May 2031</td></tr>
<tr><th>Parties</th><td>Harbour Stevedores Union; Fenmouth Port Company</td></tr></table>
<p>The 2031 Fenmouth dock strike was a walkout by crane drivers of the Harbour Stevedores
Union against the Fenmouth Port Company. It lasted 26 days and ended with a new rota.</p>
</main></body></html>"""
OPENING = (
    "Crane drivers at Fenmouth walked out in April 2031, a strike by the Harbour Stevedores"
    f" Union against the Fenmouth Port Company ([wiki]({WIKI})).\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Another employer, named in the claim's own sentence, that the page never names.
        ("Elsewhere, a packing strike at Corrow Mills lasted ten days.", "unverified"),
        ("In 2029, the stoppage at Tarnhill Buses went on for ten days.", "unverified"),
        # Pointing back at the dispute told before, or naming whom the page names.
        ("The strike lasted ten days.", "contradicted"),
        ("The Fenmouth walkout ran for ten days, the union said.", "contradicted"),
        ("The Harbour Stevedores Union stayed out for ten days.", "contradicted"),
    ],
)
def test_a_length_pinned_to_others_is_not_the_pages(
    sentence: str, expected: str, ruleset: Any
) -> None:
    claims = run(f"# Docks\n\n{OPENING}{sentence}\n", {WIKI: PAGE}, ruleset, wrap=False)
    found = verdict(claims, "quantity", sentence[:20])
    assert found.verdict.label == expected, found.verdict.rationale


@pytest.mark.parametrize(
    "aside",
    [
        "It was the longest stoppage at the port since the 2019 tug strike, which lasted 19 days.",
        "Only the 2024 pilots' walkout, which ran for 19 days, was longer.",
        "It outlasted the 2022 lockout at Tarnhill, which lasted 19 days.",
    ],
)
def test_a_length_told_of_another_years_event_backs_nothing(aside: str, ruleset: Any) -> None:
    page = PAGE.replace("ended with a new rota.</p>", f"ended with a new rota. {aside}</p>")
    sentence = "The strike lasted 19 days."
    claims = run(f"# Docks\n\n{OPENING}{sentence}\n", {WIKI: page}, ruleset, wrap=False)
    found = verdict(claims, "quantity", sentence[:20])
    assert found.verdict.label == "contradicted", found.verdict.rationale
