"""A stoppage of work is one event whatever verb tells it, and a span of days is the
same span whatever verb comes before it: a draft's "the first stoppage came on 14
October" is a page's "packers walked out on 14 October", and "from 4 to 6 May" is a
page's "went ahead from 4 to 6 May". Both only back a claim: the day a stoppage ended,
or a deal signed on the day of a walkout, back nothing, and a day a page tells in a clause
of an end ("ended on the night of 16 October") is no day it began. An action "called
off" is set against the day the page says it was suspended. Pages and drafts written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://news.example/2034/drummond-packers"


def _dates(sentence: str, told: str, ruleset: Any) -> list[str]:
    page = f"<h1>Packers at Drummond Foods</h1><p>{told}</p>"
    opening = f"Packers at Drummond Foods have been in dispute ([report]({URL}))."
    checked = run(f"# Packers\n\n{opening} {sentence}\n", {URL: page}, ruleset)
    return [c.verdict.label for c in checked if c.claim.type == "date"]


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "The first stoppage at Drummond Foods came on 14 October 2034.",
            "Packers at Drummond Foods walked out on 14 October 2034 over shift pay.",
        ),
        (
            "Packers had stopped work on Thursday, 14 October, over shift pay.",
            "The strike at Drummond Foods began on 14 October 2034 over shift pay.",
        ),
        (
            "The walkout at Drummond took place on 14 October 2034.",
            "Packers at Drummond Foods downed tools on 14 October 2034 over shift pay.",
        ),
        (
            "The Drummond Foods sick-out was held on 2 March 2035.",
            "Packers at Drummond Foods called in sick en masse on 2 March 2035 over shift pay.",
        ),
        (
            "The second Drummond Foods strike was staged on 2 March 2035.",
            "Packers at Drummond Foods went out on strike again on 2 March 2035, the union said.",
        ),
        # The same ordinal on both sides is the same occasion.
        (
            "The second stoppage at Drummond Foods came on 2 March 2035.",
            "The second strike at Drummond Foods began on 2 March 2035 over shift pay.",
        ),
    ],
)
def test_a_stoppage_told_by_another_verb_is_the_same_event(
    sentence: str, told: str, ruleset: Any
) -> None:
    assert _dates(sentence, told, ruleset) == ["supported"]


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # The day it ended is not the day it came.
        (
            "The first stoppage at Drummond Foods came on 14 October 2034.",
            "The strike at Drummond Foods ended on 14 October 2034 after talks.",
        ),
        # Another occasion of a recurring stoppage, counted by another ordinal.
        (
            "The first stoppage at Drummond Foods came on 14 October 2034.",
            "A second strike at Drummond Foods began on 14 October 2034 over shift pay.",
        ),
        # A stoppage set for that day and called off before it came.
        (
            "The first stoppage at Drummond Foods came on 14 October 2034.",
            "A strike at Drummond Foods planned for 14 October 2034 was called off after talks.",
        ),
        # A deal signed is no stoppage, whatever day the packers walked out.
        (
            "Drummond signed the pay deal on 14 October 2034.",
            "Packers at Drummond Foods walked out on 14 October 2034 over shift pay.",
        ),
    ],
)
def test_other_events_of_that_day_back_nothing(sentence: str, told: str, ruleset: Any) -> None:
    assert _dates(sentence, told, ruleset) == ["unverified"]


@pytest.mark.parametrize(
    ("sentence", "told", "label"),
    [
        (
            "The Drummond Foods porters' strike lasted three days, from 4 to 6 May 2034.",
            "Porters at Drummond Foods struck in May. It was organised by the Porters' Union "
            "and went ahead from 4 to 6 May 2034.",
            "supported",
        ),
        (
            "Drummond porters struck between 3 and 14 March 2035.",
            "The porters' action at Drummond ran from 3 March to 14 March 2035.",
            "supported",
        ),
        (
            "The Drummond Foods porters' strike lasted three days, from 4 to 6 May 2034.",
            "Porters at Drummond Foods struck in May. It was organised by the Porters' Union "
            "and went ahead from 5 to 6 May 2034.",
            "unverified",
        ),
    ],
)
def test_a_span_is_the_same_span_whatever_verb_tells_it(
    sentence: str, told: str, label: str, ruleset: Any
) -> None:
    assert _dates(sentence, told, ruleset) == [label]


@pytest.mark.parametrize(
    ("sentence", "told", "label"),
    [
        (
            "Drummond Foods lifted the lockout of its packers on 9 May 2036.",
            "The lockout of packers at Drummond Foods ended on 2 May 2036.",
            "contradicted",
        ),
        (
            "The Drummond Foods lockout was lifted on 2 May 2036.",
            "The lockout of packers at Drummond Foods ended on 2 May 2036.",
            "supported",
        ),
        (
            "Drummond Foods lifted the lockout on May 2, 2036, after talks.",
            "The lockout of packers at Drummond Foods finished on 2 May 2036.",
            "supported",
        ),
        (
            "Drummond Foods lifted the lockout of its packers on 20 May 2036.",
            "The lockout of packers at Drummond Foods began on 1 April 2036 and ended "
            "on 2 May 2036.",
            "contradicted",
        ),
        (
            "Drummond Foods ended the lockout of its packers on 2 May 2036.",
            "Drummond Foods lifted the lockout of its packers on 9 May 2036.",
            "contradicted",
        ),
    ],
)
def test_a_lifted_stoppage_has_ended(sentence: str, told: str, label: str, ruleset: Any) -> None:
    assert _dates(sentence, told, ruleset) == [label]


def test_a_day_told_in_a_clause_of_an_end_is_not_the_start(ruleset: Any) -> None:
    told = (
        "Packers at Drummond Foods stopped work on Tuesday 14 October 2034 over shift pay. "
        "The stoppage at Drummond Foods ended on the night of 16 October after pay was settled."
    )
    assert _dates("The stoppage at Drummond Foods began on 14 October 2034.", told, ruleset) == [
        "supported"
    ]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The union called off the strike at Drummond Foods on 3 May 2034.", "contradicted"),
        ("The union called off the strike at Drummond Foods on 1 May 2034.", "supported"),
        # "called" alone is no end.
        ("The union called a strike at Drummond Foods on 3 May 2034.", "unverified"),
    ],
)
def test_a_called_off_action_against_its_suspension(
    sentence: str, label: str, ruleset: Any
) -> None:
    told = (
        "The packers' union said the strike at Drummond Foods is suspended with effect "
        "from today, Monday, 1 May 2034."
    )
    assert _dates(sentence, told, ruleset) == [label]
