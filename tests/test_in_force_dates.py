"""Dates a rule, law, deal or price starts to apply, in any tense and wording ("takes
effect on", "came into force in", "is effective"), and founding dates with a place
between ("founded in Porto in 2017"). A word of another time counts only beside the
date ("set up in 2015 by the Marsh sisters, two former
nurses"). The drafts and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://council.example/news/2031/parking-levy.html"
PAGE = """<html><head><title>Parking levy - Brenmouth Council</title></head><body><article>
<h1>Brenmouth workplace parking levy</h1>
<p>{sentence}</p>
<p>Employers with more than ten spaces must register with the council.</p>
</article></body></html>"""


def _dates(draft: str, pages: dict[str, str], ruleset: Any) -> list[tuple[str, str, str]]:
    return [
        (c.claim.text, c.verdict.label, c.verdict.rationale)
        for c in run(draft, pages, ruleset, wrap=False)
        if c.claim.type == "date"
    ]


@pytest.mark.parametrize(
    ("claim", "source", "label"),
    [
        (
            "The Brenmouth parking levy takes effect on 6 April.",
            "The workplace parking levy is effective April 6, 2031.",
            "supported",
        ),
        (
            "Brenmouth's parking levy came into force on 6 April 2031.",
            "The levy takes effect on 6 April 2031, the council said.",
            "supported",
        ),
        (
            "The Brenmouth parking levy will go into effect on April 6, 2031.",
            "Brenmouth Council's workplace parking levy entered into force on 6 April 2031.",
            "supported",
        ),
        (
            "Brenmouth's parking levy became effective on 6 April.",
            "The levy comes into force on Monday 6 April 2031.",
            "supported",
        ),
        (
            "The Brenmouth parking levy has applied from 6 April 2031.",
            "The Brenmouth workplace parking levy takes effect on 6 April 2031.",
            "supported",
        ),
        # The day given as a labelled field, among the notice's other dates.
        (
            "The Brenmouth parking levy, which took effect on 7 April 2031, costs £450.",
            "Approved: 2 March 2031 · Published: 9 March 2031 · Effective date: 6 April 2031",
            "contradicted",
        ),
        (
            "Brenmouth's parking levy came into force on April 6, 2031.",
            "Levy notice BPL-4. Effectivity: 6 April 2031",
            "supported",
        ),
        (
            "The Brenmouth parking levy has been in force since 6 April 2031.",
            "In force from: Monday, 6 April 2031 (all council car parks)",
            "supported",
        ),
        # A step said to come no sooner than a date comes on it; the sentence's other
        # figure (the rise's size, given alike) is not its date.
        (
            "The second Brenmouth levy rise of 5 per cent does not arrive until June 2031.",
            "A second levy rise of 5 per cent follows on 6 April 2031.",
            "contradicted",
        ),
        (
            "Brenmouth's second levy rise is not due until 6 April 2031.",
            "A second rise in the levy, of 5 per cent, follows on 6 April 2031.",
            "supported",
        ),
        # A sentence opening on the day it starts to apply.
        (
            "The Brenmouth parking levy, a change that took effect in April 2031, hit retailers.",
            "From 6 April 2031, employers in Brenmouth pay a levy on every parking space.",
            "supported",
        ),
        (
            "The Brenmouth parking levy took effect on 6 April 2031.",
            "Starting on 6 April, Brenmouth employers pay the parking levy on each space.",
            "supported",
        ),
        (
            "The second Brenmouth levy rise of 5 per cent arrives in April 2031.",
            "The levy goes up again by 5 per cent, taking effect on 6 April 2031.",
            "supported",
        ),
    ],
)
def test_a_start_of_force_is_checked(claim: str, source: str, label: str, ruleset: Any) -> None:
    draft = f"# Levy\n\n{claim} ([council]({URL}))\n"
    got = _dates(draft, {URL: PAGE.format(sentence=source)}, ruleset)
    assert [g[1] for g in got] == [label], got


WIKI = "https://wiki.example/wiki/Orlen_Bakery"
FIRM = """<html><head><title>Orlen Bakery - Wikipedia</title></head><body><main>
<h1>Orlen Bakery</h1>
<p>Orlen Bakery is a British bakery chain.</p>
<p>{sentence}</p></main></body></html>"""


@pytest.mark.parametrize(
    ("claim", "source", "label"),
    [
        # The place between the verb and the date.
        (
            "Orlen Bakery was founded in Leeds in 2015 and now runs 40 shops.",
            "Orlen Bakery was founded in Leeds in 2015 by the Marsh family.",
            "supported",
        ),
        # "Former" is of the founders, not of the founding.
        (
            "Orlen Bakery was set up in 2015, according to the firm.",
            "It was set up in 2015 by the Marsh sisters, two former nurses from Leeds.",
            "supported",
        ),
    ],
)
def test_a_founding_date_is_checked(claim: str, source: str, label: str, ruleset: Any) -> None:
    draft = f"# Bakers\n\n{claim} ([wiki]({WIKI}))\n"
    got = _dates(draft, {WIKI: FIRM.format(sentence=source)}, ruleset)
    assert [g[1] for g in got] == [label], got
