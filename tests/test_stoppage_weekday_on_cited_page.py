"""The day of a stoppage a claim gives, against a sentence of its cited story that
gives the stoppage by its weekday alone ("crews stopped work on Thursday"): the weekday
is read against the story's own date. The same day backs the claim, another day of the
month refutes it; a weekday of a plan, of an end, of something said, or two weekdays,
give no day. Pages and drafts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://news.example/2031/06/12/ardmore-tram-crews"


def _page(told: str) -> str:
    return (
        "<html><head><title>Ardmore tram crews stop work over shift patterns</title></head>"
        "<body><article><h1>Ardmore tram crews stop work over shift patterns</h1>"
        "<p>By Ines Farrow, City Desk · Thursday, 12 June 2031</p>"
        f"<p>{told}</p>"
        "<p>The operator said a skeleton service ran on two lines.</p></article></body></html>"
    )


def _date_label(sentence: str, told: str, ruleset: Any) -> tuple[str, str]:
    draft = (
        "# Trams\n\nTram crews at Ardmore Transit stopped work over shift patterns "
        f"([report]({URL})). {sentence}\n"
    )
    found = [
        c for c in run(draft, {URL: _page(told)}, ruleset, wrap=False) if c.claim.type == "date"
    ]
    assert found, sentence
    return found[-1].verdict.label, found[-1].verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "told", "label"),
    [
        (
            "The walkout took place on 10 June.",
            "About 300 Ardmore drivers joined the walkout on Thursday over rosters.",
            "contradicted",
        ),
        (
            "The one-day strike was held on 9 June 2031.",
            "On Wednesday, some Ardmore drivers went on strike over rosters.",
            "contradicted",
        ),
        (
            "The walkout at Ardmore Transit took place on 12 June.",
            "Tram drivers walked off the job early on Thursday, leaving most lines idle.",
            "supported",
        ),
    ],
)
def test_the_weekday_its_cited_story_gives(
    sentence: str, told: str, label: str, ruleset: Any
) -> None:
    found, why = _date_label(sentence, told, ruleset)
    assert found == label, why


@pytest.mark.parametrize(
    "told",
    [
        # A plan, an end, a saying, or two weekdays: no day of the stoppage.
        "A further walkout by Ardmore drivers has been called for Friday.",
        "The walkout by Ardmore drivers ended on Thursday after talks resumed.",
        "The union said on Thursday that the walkout by Ardmore drivers went well.",
        "Ardmore drivers joined the walkout on Monday and on Thursday.",
    ],
)
def test_no_day_read_where_the_weekday_is_not_the_stoppages(told: str, ruleset: Any) -> None:
    found, why = _date_label("The walkout took place on 10 June.", told, ruleset)
    assert found != "contradicted", why
