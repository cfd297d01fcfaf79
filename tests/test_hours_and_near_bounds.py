"""A length both sides tell in hours is compared in hours: the day's slack (first and
last days counted or not) belongs to lengths told in days, so a draft's "72 hours" is
not a page's "48-hour" stoppage, while a page that tells its length in days keeps it.
And an amount "just over" or "a little more than" a figure is near it, above: it backs
no figure far beyond. Pages and drafts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://news.example/2032/05/tram-depot-stoppage"


def _page(told: str) -> str:
    return f"""<h1>Tram drivers end stoppage at Kessling depot</h1>
<p>Tram drivers at the Kessling depot of Orvane Metro stopped the trams from Tuesday in
{told} over rostering, the Tram Operators Federation said.</p>"""


def _lengths(sentence: str, page: str, ruleset: Any) -> list[str]:
    opening = f"Tram drivers at Orvane Metro struck in May 2032 ([report]({URL}))."
    checked = run(f"# Trams\n\n{opening} {sentence}\n", {URL: page}, ruleset)
    return [
        c.verdict.label
        for c in checked
        if c.claim.type == "quantity" and c.claim.fields.get("unit") == "days"
    ]


@pytest.mark.parametrize(
    ("sentence", "told", "label"),
    [
        ("The Orvane Metro stoppage lasted 72 hours.", "a 48-hour strike", "contradicted"),
        ("The Orvane Metro walkout went on for 36 hours.", "a 24-hour strike", "contradicted"),
        ("The 48-hour Orvane Metro walkout ended.", "a strike lasting 24 hours", "contradicted"),
        ("The Orvane Metro strike ran for 12 hours.", "a ten-hour strike", "contradicted"),
        ("The Orvane Metro stoppage stretched to 72 hours.", "a 72-hour strike", "supported"),
        ("The 24-hour Orvane Metro walkout ended.", "a one-day strike", "supported"),
    ],
)
def test_lengths_told_in_hours_meet_in_hours(
    sentence: str, told: str, label: str, ruleset: Any
) -> None:
    assert _lengths(sentence, _page(told), ruleset) == [label]


def test_hours_against_days_keep_the_days_slack(ruleset: Any) -> None:
    # A twelve-hour stoppage may be what a page calls a one-day strike.
    sentence = "The Orvane Metro walkout lasted 12 hours."
    assert _lengths(sentence, _page("a one-day strike"), ruleset) != ["contradicted"]


@pytest.mark.parametrize(
    ("sentence", "told", "label"),
    [
        (
            "The Orvane Metro strike went on for nine days.",
            "a strike that lasted just over two days",
            "contradicted",
        ),
        (
            "The Orvane Metro strike lasted eight days.",
            "a strike that lasted slightly more than two days",
            "contradicted",
        ),
        (
            "The Orvane Metro walkout ran for ten days.",
            "a strike lasting a little over three days",
            "contradicted",
        ),
        (
            "The Orvane Metro strike lasted two days.",
            "a strike that lasted just over two days",
            "supported",
        ),
        (
            "The Orvane Metro strike went on for three days.",
            "a strike lasting a little over three days",
            "supported",
        ),
    ],
)
def test_just_over_is_near_above(sentence: str, told: str, label: str, ruleset: Any) -> None:
    assert _lengths(sentence, _page(told), ruleset) == [label]


DATED_URL = "https://news.example/2033/dock-and-depot-disputes"


@pytest.mark.parametrize(
    ("sentence", "told", "label"),
    [
        # The page's length is dated to days far from the draft's: another walkout's.
        (
            "The walkout began on 3 June 2032 and lasted 72 hours.",
            "A 48-hour walkout by the cleaners followed on 19 and 20 August 2032.",
            "unverified",
        ),
        (
            "The stoppage, which started on 9 January 2033, ran for five days.",
            "Depot staff held a three-day stoppage from 14 to 16 April 2033.",
            "unverified",
        ),
        (
            "The lockout that began on 2 March 2033 lasted 12 days.",
            "The 30-day lockout of the yard began on 1 September 2031.",
            "unverified",
        ),
        # Dated to the draft's own days, it is the same walkout's length.
        (
            "The stoppage, which started on 9 January 2033, ran for twelve days.",
            "Depot staff held a three-day stoppage from 9 to 11 January 2033.",
            "contradicted",
        ),
        (
            "The walkout began on 3 June 2032 and lasted 72 hours.",
            "The 72-hour walkout began on 3 June 2032. A 48-hour walkout by the cleaners "
            "followed on 19 and 20 August 2032.",
            "supported",
        ),
    ],
)
def test_a_length_dated_to_other_days_is_another_events(
    sentence: str, told: str, label: str, ruleset: Any
) -> None:
    page = f"<h1>Disputes at the Haldane depot</h1><p>{told}</p>"
    opening = f"Staff at the Haldane depot of Corvin Freight struck ([report]({DATED_URL}))."
    checked = run(f"# Depot\n\n{opening} {sentence}\n", {DATED_URL: page}, ruleset)
    labels = [
        c.verdict.label
        for c in checked
        if c.claim.type == "quantity" and c.claim.fields.get("unit") == "days"
    ]
    assert labels == [label]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 24-hour Orvane Metro walkout ended.",
        "The Orvane Metro stoppage lasted 36 hours.",
    ],
)
def test_hours_apart_refute_only_the_claims_own_party(sentence: str, ruleset: Any) -> None:
    # Another employer's stoppage told on the page: apart only by hours, it is not the
    # draft's stoppage surely enough to refute it.
    page = """<h1>Tram drivers at Brisco Tramways begin 48-hour walkout</h1>
<p>Tram drivers at Brisco Tramways began a 48-hour stoppage over rostering on Tuesday,
their union said.</p>"""
    assert _lengths(sentence, page, ruleset) != ["contradicted"]
