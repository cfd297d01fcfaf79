"""An incident told by a noun and dated after its place ("since the runway collision at
Kelmar on 2 May 2031") is a date claim of that incident, set against a source telling
the same incident by the same noun. The drafts and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields
from judging import run, verdict


@pytest.mark.parametrize(
    ("sentence", "event", "date"),
    [
        (
            "Checks were tightened after the fire at the Tarrow depot on 4 March 2031.",
            "fire",
            "2031-03-04",
        ),
        (
            "Rail staff recalled the derailment near Oskel in June 2030 at the hearing.",
            "derailment",
            "2030-06",
        ),
        (
            "Since the power cut in Brenmouth on Friday, 9 May 2031, crews work in pairs.",
            "power cut",
            "2031-05-09",
        ),
        ("The bank blamed the outage on 14 October 2031 for the delays.", "outage", "2031-10-14"),
    ],
)
def test_an_incident_dated_after_its_place(
    sentence: str, event: str, date: str, ruleset: Any
) -> None:
    fields = first_fields(sentence, "date", ruleset)
    assert (fields["event"], fields["date"]) == (event, date)


URL = "https://news.example/2031/03/20/tarrow-depot.html"
PAGE = """<html><head><title>Depot reopens after fire | Tarrow Herald</title></head><body>
<article><h1>Depot reopens after fire</h1>
<p>The Tarrow bus depot reopened on Monday, more than two weeks after the fire at the depot on
4 March 2031 destroyed twelve buses.</p>
<p>Separately, the fire at the Kelby warehouse on 9 March 2031 is still under inquiry.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Night shifts were cut after the fire at the Tarrow depot on 4 March 2031", "supported"),
        (
            "Night shifts were cut after the fire at the Tarrow depot on 14 March 2031",
            "contradicted",
        ),
    ],
)
def test_an_incident_against_the_same_incident(sentence: str, expected: str, ruleset: Any) -> None:
    claims = run(f"# Depot\n\n{sentence} ([report]({URL})).\n", {URL: PAGE}, ruleset, wrap=False)
    found = verdict(claims, "date", "fire at")
    assert found.verdict.label == expected, found.verdict.rationale
