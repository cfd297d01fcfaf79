"""A date the draft gives without its year, for what a page tells in a sentence of its
own on the same day ("Starting Tuesday, April 9, drivers in three named towns stayed off
the road for 24 hours"): the page's other dates are of other events (the day a timetable
took effect), and do not refute the claim; the page's own telling backs it. Drafts and
pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

NEWS = "https://wire.example/2031/04/10/tarvo-drivers-stop.html"
PAGE = """<html><head><title>Tarvo Transit drivers stop work for a day | Valley Wire</title>
<meta property="article:published_time" content="2031-04-10T08:00:00Z"></head><body>
<article><h1>Tarvo Transit drivers stop work for a day</h1>
<p>Bus drivers for Tarvo Transit stopped work for 24 hours on Tuesday, April 9, in Harwick,
Lowden and Selby, refusing shifts over a new rota.</p>
<p>Under a timetable that took effect on April 1, Tarvo cut rest breaks between routes from
twenty minutes to ten.</p>
<p>The company said most services ran.</p></article></body></html>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Starting Tuesday, April 9, hundreds of Tarvo Transit drivers in Harwick, Lowden and"
        " Selby stayed off the road for 24 hours",
        "Beginning on Tuesday, April 9, bus drivers at Tarvo in Harwick, Lowden and Selby"
        " refused shifts for 24 hours",
        "From April 9, Tarvo Transit bus drivers in Harwick, Lowden and Selby stopped work"
        " for a full 24 hours",
    ],
)
def test_the_pages_other_date_is_another_events(sentence: str, ruleset: Any) -> None:
    claims = run(f"# Buses\n\n{sentence} ([wire]({NEWS})).\n", {NEWS: PAGE}, ruleset, wrap=False)
    found = verdict(claims, "date", sentence.split(",")[0])
    assert found.verdict.label == "supported", found.verdict.rationale


def test_another_day_for_the_same_telling_is_still_refuted(ruleset: Any) -> None:
    sentence = (
        "Starting Tuesday, April 16, hundreds of Tarvo Transit drivers in Harwick, Lowden and"
        " Selby stayed off the road for 24 hours"
    )
    claims = run(f"# Buses\n\n{sentence} ([wire]({NEWS})).\n", {NEWS: PAGE}, ruleset, wrap=False)
    assert verdict(claims, "date", "Starting").verdict.label != "supported"
