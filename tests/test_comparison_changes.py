"""A comparison side that is an amount before it changed ("the previous minimum", "the
old rate"), set against the amount it changed to: the figure a source says the change
started from ("lifts the rate from £210 to £236", "£236 a shift, up from £210"). The pages
and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.model import Verdict

RELEASE_URL = "https://riggers.example.org/news/deal-ratified"
RELEASE = """<h1>Riggers ratify deal</h1>
<p>The agreement lifts the minimum shift rate for riggers from £210 to £236, starting in
May.</p><p>Members voted 81% in favour.</p>"""

ROUNDUP_URL = "https://gazette.example.com/riggers-pay"
ROUNDUP = """<h1>What riggers earn now</h1><ul>
<li>Riggers now earn £236 a shift, up from £210.</li>
<li>The deal runs for two years.</li></ul>"""

HOURLY_URL = "https://harbour.example.net/pilots-award"
HOURLY = """<h1>Launch crews' award</h1>
<p>Under the award, launch crew pay rises from $24.50 to $26 an hour in July.</p>"""

OTHER_URL = "https://riggers.example.org/news/apprentices"
OTHER = """<h1>Apprentice riggers</h1>
<p>The apprentice rate goes from £150 to £165 a shift.</p>"""


def _comparison(sentence: str, url: str, page: str, ruleset: Any) -> Verdict:
    draft = f"# Pay\n\nRiggers voted on a deal. {sentence} ([source]({url})).\n"
    return verdict(run(draft, {url: page}, ruleset), "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "url", "page", "label"),
    [
        # 236 - 210 = 26.
        (
            "The agreed £236 shift rate is £26 more than the previous minimum",
            RELEASE_URL,
            RELEASE,
            "supported",
        ),
        (
            "The agreed £236 shift rate is £40 more than the previous minimum",
            RELEASE_URL,
            RELEASE,
            "contradicted",
        ),
        ("The new £236 rate is £26 higher than the old one", RELEASE_URL, RELEASE, "supported"),
        ("The £236 shift rate is £26 above the former rate", ROUNDUP_URL, ROUNDUP, "supported"),
        (
            "The £236 shift rate is £30 more than the previous rate",
            ROUNDUP_URL,
            ROUNDUP,
            "contradicted",
        ),
        # The earlier amount as the left side.
        ("The old rate was £26 less than the agreed £236", ROUNDUP_URL, ROUNDUP, "supported"),
        (
            "The old minimum was £20 below the agreed £236 rate",
            RELEASE_URL,
            RELEASE,
            "contradicted",
        ),
        # 26 - 24.50 = 1.50, an hour.
        (
            "The new $26 hourly rate is $1.50 more than the previous one",
            HOURLY_URL,
            HOURLY,
            "supported",
        ),
        (
            "The new $26 hourly rate is $3 more than the previous one",
            HOURLY_URL,
            HOURLY,
            "contradicted",
        ),
    ],
)
def test_the_earlier_side_is_where_the_change_started(
    sentence: str, url: str, page: str, label: str, ruleset: Any
) -> None:
    found = _comparison(sentence, url, page, ruleset)
    assert found.label == label, found.rationale


def test_a_change_to_another_amount_is_not_the_sides(ruleset: Any) -> None:
    # The page's change ends at £165, not at the £236 the side states.
    found = _comparison(
        "The agreed £236 shift rate is £71 more than the previous minimum",
        OTHER_URL,
        OTHER,
        ruleset,
    )
    assert found.label == "unverified", found.rationale


def test_a_side_naming_no_earlier_amount_takes_no_change(ruleset: Any) -> None:
    found = _comparison(
        "The agreed £236 shift rate is £26 more than the apprentice rate",
        RELEASE_URL,
        RELEASE,
        ruleset,
    )
    assert found.label == "unverified", found.rationale
