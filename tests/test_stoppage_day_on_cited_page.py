"""The day of a stoppage a claim gives, against the day its cited story gives for the
stoppage in a sentence naming it: another day of that month refutes the claim, in the
story's year, whichever of the two leaves its year unwritten. A byline's or a dateline's
date is the day the story came out, never the day of the stoppage its headline tells.
Pages and drafts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://news.example/2031/06/12/kelby-bus-drivers"


def _page(
    told: str, byline: str = "By Mara Quinn, Transport Reporter · Thursday, 12 June 2031"
) -> str:
    return (
        "<html><head><title>Kelby bus drivers walk out over rosters</title></head><body>"
        "<article><h1>Kelby bus drivers walk out over rosters</h1>"
        f"<p>{byline}</p><p>{told}</p>"
        "<p>The company said most routes ran a reduced timetable.</p></article></body></html>"
    )


def _date_label(sentence: str, page: str, ruleset: Any) -> tuple[str, str]:
    draft = (
        "# Buses\n\nDrivers at Kelby Buses stopped work over new rosters "
        f"([report]({URL})). {sentence}\n"
    )
    found = [c for c in run(draft, {URL: page}, ruleset, wrap=False) if c.claim.type == "date"]
    assert found, sentence
    return found[-1].verdict.label, found[-1].verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "told", "label"),
    [
        (
            "The one-day walkout took place on 12 June.",
            "Some 640 drivers took part in the stoppage on Wednesday, 11 June, the union said.",
            "contradicted",
        ),
        (
            "The Kelby strike was held on 9 June 2031.",
            "About 640 members joined the strike on Wednesday, 11 June, closing two depots.",
            "contradicted",
        ),
        (
            # The stoppage in the date's own clause, another event after "after".
            "The one-day walkout took place on 12 June.",
            "Drivers walked out on Wednesday, 11 June, after talks on rosters failed.",
            "contradicted",
        ),
        (
            "The walkout at Kelby Buses took place on 11 June.",
            "Some 640 drivers took part in the stoppage on Wednesday, 11 June, the union said.",
            "supported",
        ),
    ],
)
def test_the_stoppage_day_its_cited_story_gives(
    sentence: str, told: str, label: str, ruleset: Any
) -> None:
    found, why = _date_label(sentence, _page(told), ruleset)
    assert found == label, why


@pytest.mark.parametrize(
    "told",
    [
        # Another year's stoppage, or one ahead, says nothing of the claim's day.
        "Drivers last took part in a stoppage on 3 June 2027, the union said.",
        "The union will hold a further stoppage on 20 June, it said.",
        "The stoppage ended on Wednesday, 11 June, after talks resumed.",
        # A stoppage told only after "after" or "when" came before the sentence's day:
        # the day is the other event's (a lock-out, a dismissal).
        "Kelby Buses locked the depot gates on Wednesday, 11 June, after drivers had "
        "begun a go-slow over rosters.",
        "The company suspended 40 drivers on 11 June, when the union's stoppage was "
        "already under way.",
    ],
)
def test_another_stoppage_or_its_end_does_not_refute(told: str, ruleset: Any) -> None:
    found, why = _date_label("The one-day walkout took place on 12 June.", _page(told), ruleset)
    assert found != "contradicted", why


@pytest.mark.parametrize(
    "byline",
    [
        "By Mara Quinn, Transport Reporter · Thursday, 12 June 2031",
        "Published 12 June 2031",
        "Updated: Thursday, 12 June 2031, 9.40am",
    ],
)
def test_a_bylines_date_is_not_the_stoppages(byline: str, ruleset: Any) -> None:
    told = "Drivers stayed away from the depots yesterday in a row over rosters."
    found, why = _date_label(
        "The one-day walkout took place on 12 June.", _page(told, byline), ruleset
    )
    assert found != "supported", why


ASSENT_URL = "https://news.example/2031/03/10/harlow-choir-ratify"


@pytest.mark.parametrize(
    ("sentence", "told", "label"),
    [
        (
            "Singers approved the settlement on Sunday, March 9, 2031.",
            "The Harlow Choir singers voted 41-3 on Sunday, March 9, to ratify a three-year deal.",
            "supported",
        ),
        (
            "Singers ratified the agreement on March 9, 2031.",
            "The Harlow Choir singers approved the deal on March 9, 2031, by 41 votes to 3.",
            "supported",
        ),
        (
            "Singers endorsed the settlement on March 2, 2031.",
            "The Harlow Choir singers ratified the deal on March 9, 2031, by 41 votes to 3.",
            "contradicted",
        ),
    ],
)
def test_an_assent_told_by_another_verb_is_the_same_act(
    sentence: str, told: str, label: str, ruleset: Any
) -> None:
    page = f"<h1>Harlow Choir singers back new deal</h1><p>{told}</p>"
    draft = f"# Choir\n\nThe Harlow Choir dispute is over ([report]({ASSENT_URL})). {sentence}\n"
    found = [c for c in run(draft, {ASSENT_URL: page}, ruleset) if c.claim.type == "date"]
    assert found and found[-1].verdict.label == label, found[-1].verdict.rationale
