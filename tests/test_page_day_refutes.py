"""A page tells an event with no date of its own as of the day it came out: a day
after the page's refutes a draft's date, and so does one long before it when the page
tells the event as news of now ("members have voted to ratify"). Drafts and pages
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://union.example/press/valdora-trams-ratify"
PAGE = """<html><head><meta property="article:published_time" content="2031-03-07T09:00:00Z">
</head><body><article><h1>Valdora tram drivers ratify pay agreement</h1>
<p>Valdora tram drivers have voted overwhelmingly to ratify the agreement with the city
operator, the Valdora Tramworkers' Union said.</p></article></body></html>"""
PAST_PAGE = PAGE.replace("have voted overwhelmingly to ratify", "voted to ratify")


@pytest.mark.parametrize(
    ("page", "day", "label"),
    [
        (PAGE, "7 March", "supported"),
        (PAGE, "12 March", "contradicted"),
        # News of now: a fortnight before the page's day is not its.
        (PAGE, "21 February", "contradicted"),
        # Within a few days before it: the page may tell it late.
        (PAGE, "5 March", "unverified"),
        # Told in the past, not as news of now: it may have come any day before.
        (PAST_PAGE, "21 February", "unverified"),
        (PAST_PAGE, "12 March", "contradicted"),
    ],
)
def test_the_page_day_against_the_draft(page: str, day: str, label: str, ruleset: Any) -> None:
    sentence = f"The Valdora Tramworkers' Union ratified the agreement on {day}"
    article = f"# Trams\n\n{sentence} ([release]({URL})).\n"
    checked = run(article, {URL: page}, ruleset, wrap=False)
    assert [c.verdict.label for c in checked if c.claim.type == "date"] == [label]


def _dated(day: str, body: str) -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{day}T08:00:00Z">'
        f"</head><body><article><h1>Dispute news</h1><p>{body}</p></article></body></html>"
    )


# The page's sentence tells the claim's verb in a clause of another event, of another
# thing than the claim's subject (talks, a meeting, a review ended; the strike began):
# its date is not the day the strike ended. Told as the sentence's own event, or of the
# claim's subject, the page's day still refutes a later one.
@pytest.mark.parametrize(
    ("sentence", "body", "label"),
    [
        (
            "The strike by Lindqvist crane drivers ended on 9 June",
            "Some 600 crane drivers at the Port of Lindqvist walked out on Monday,"
            " beginning a strike, after mediation with the port authority ended without"
            " agreement.",
            "unverified",
        ),
        (
            "The Hexley bus strike finished on 28 May",
            "Bus drivers in Hexley began their strike at dawn, when an overnight meeting"
            " with the operator finished with no offer on the table.",
            "unverified",
        ),
        (
            "The stoppage by Greywater porters concluded on 30 May",
            "Porters at Greywater hospital started a week-long stoppage, which the health"
            " board said it regretted, because a pay review had concluded without any rise.",
            "unverified",
        ),
        (
            "The Hexley bus strike finished on 28 May",
            "The Hexley bus strike has finished, the drivers' union said.",
            "contradicted",
        ),
        (
            "The stoppage by Greywater porters concluded on 30 May",
            "A week-long walkout by porters at Greywater hospital, which the health board"
            " regretted, concluded without any rise.",
            "contradicted",
        ),
        # Told as the sentence's own event, whoever is named doing it.
        (
            "Members ratified the pay deal on 28 May",
            "Lift engineers at Corrow Lifts have voted to ratify the pay deal.",
            "contradicted",
        ),
        # Told in a clause of its own, of the claim's stoppage.
        (
            "The Hexley bus strike finished on 28 May",
            "Drivers went back to the depots after the Hexley bus strike finished.",
            "contradicted",
        ),
    ],
)
def test_the_page_day_is_of_the_event_its_verb_tells(
    sentence: str, body: str, label: str, ruleset: Any
) -> None:
    url = "https://news.example/2031/05/dispute"
    article = f"# Dispute\n\n{sentence} ([report]({url})).\n"
    checked = run(article, {url: _dated("2031-05-14", body)}, ruleset, wrap=False)
    assert [c.verdict.label for c in checked if c.claim.type == "date"] == [label]
