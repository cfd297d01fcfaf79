"""Two lengths of time agree within the claim's slack (a day, or its unit's rounding),
counted once: a source's "three-day" is three days, so a draft's "five-day" is not it,
while "four days" (a day off: ends counted or not) is. Pages and drafts written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://news.example/2031/02/ferry-crews-end-stoppage"
PAGE = """<h1>Ferry crews end stoppage at Marlow Sound</h1>
<p>Crews of the Marlow Sound ferry line returned to work on Friday after a three-day strike
over rest periods, the Harbour Crews Union said.</p>"""

# "Month D – D, YYYY": the last day by its number alone, the month and year shared.
ROW_URL = "https://wiki.example/wiki/2031_Marlow_Sound_ferry_strike"
ROW_PAGE = """<html><head><title>2031 Marlow Sound ferry strike - Wikipedia</title></head>
<body><main><h1>2031 Marlow Sound ferry strike</h1>
<table class="infobox"><tr><th>Date</th><td>February 4 – 6, 2031</td></tr>
<tr><th>Parties</th><td>Harbour Crews Union; Marlow Sound Ferries</td></tr></table>
<p>The 2031 Marlow Sound ferry strike was a strike by the Harbour Crews Union against
Marlow Sound Ferries.</p></main></body></html>"""


def _lengths(sentence: str, url: str, page: str, ruleset: Any) -> list[str]:
    opening = f"Ferry crews at Marlow Sound struck in February 2031 ([report]({url}))."
    checked = run(f"# Ferries\n\n{opening} {sentence}\n", {url: page}, ruleset, wrap=False)
    return [
        c.verdict.label
        for c in checked
        if c.claim.type == "quantity" and c.claim.fields.get("unit") == "days"
    ]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The five-day walkout by the ferry crews over rest periods ended.", "contradicted"),
        ("The Harbour Crews Union strike went on for five days.", "contradicted"),
        ("The Harbour Crews Union strike lasted seven days.", "contradicted"),
        ("The four-day walkout by the ferry crews over rest periods ended.", "supported"),
        ("The Harbour Crews Union strike lasted three days.", "supported"),
    ],
)
def test_a_told_length_is_not_widened_twice(sentence: str, label: str, ruleset: Any) -> None:
    assert _lengths(sentence, URL, f"<article>{PAGE}</article>", ruleset) == [label]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Harbour Crews Union strike went on for five days.", "contradicted"),
        # The span's days count both its ends: the most its dates hold. Ends counted
        # or not, a length is that or a day less, never a day more.
        ("The Harbour Crews Union strike went on for four days.", "contradicted"),
        ("The Harbour Crews Union strike went on for two days.", "supported"),
        # A standoff is a dispute as a strike is: the cited page's own event.
        ("The standoff went on for five days.", "contradicted"),
        ("The Harbour Crews Union strike lasted three days.", "supported"),
    ],
)
def test_an_infobox_span_is_its_days_exactly(sentence: str, label: str, ruleset: Any) -> None:
    assert _lengths(sentence, ROW_URL, ROW_PAGE, ruleset) == [label]


# The span written with its length, both ends counted, as encyclopedias write it.
COUNTED_PAGE = ROW_PAGE.replace("February 4 – 6, 2031", "4–6 February 2031 (3 days)")


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Harbour Crews Union strike went on for four days.", "contradicted"),
        ("The Harbour Crews Union strike lasted three days.", "supported"),
        ("The Harbour Crews Union strike went on for two days.", "supported"),
    ],
)
def test_a_span_written_with_its_days_is_the_most_they_hold(
    sentence: str, label: str, ruleset: Any
) -> None:
    assert _lengths(sentence, ROW_URL, COUNTED_PAGE, ruleset) == [label]


HISTORY_URL = "https://news.example/2031/02/ferry-strikes-past"
HISTORY_PAGE = """<article><h1>Ferry crews end stoppage at Marlow Sound</h1>
<p>Crews of the Marlow Sound ferry line returned to work after their strike of 2031, the
Harbour Crews Union said.</p>
<p>The union's longest ferry strike, in 1998 and 1999, went on for five days.</p></article>"""


def test_a_length_of_another_years_dispute_does_not_refute(ruleset: Any) -> None:
    # The draft's strike is of 2031 (the year last named before the claim): the page's
    # length is of a dispute it dates to other years.
    sentence = "The Harbour Crews Union ferry strike went on for three days."
    assert _lengths(sentence, HISTORY_URL, HISTORY_PAGE, ruleset) == ["unverified"]


def test_a_span_of_years_covers_the_years_between(ruleset: Any) -> None:
    # "2030–2032" covers the draft's 2031: the length is of its dispute after all.
    page = HISTORY_PAGE.replace("in 1998 and 1999", "over pay for 2030–2032")
    sentence = "The Harbour Crews Union ferry strike went on for three days."
    assert _lengths(sentence, HISTORY_URL, page, ruleset) == ["contradicted"]
