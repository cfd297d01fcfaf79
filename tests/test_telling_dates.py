"""The day something was told, whichever verb tells it: a draft's "announced on 16 May
that it would ..." is a cited page's "said on Tuesday, 14 May, that it will ...", one act
of telling on one day, when the page names the same teller and shares what was told. The
pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

from factcheck.claims.values import Parsers
from factcheck.evidence.dates import tells, told_on

URL = "http://medway-ledger.test/news/2024/05/14/harlow-transit-depots"
PAGE = (
    "<h1>Harlow Transit to shut two depots</h1>"
    "<p>Harlow Transit said on Tuesday, 14 May 2024, that it would close two depots and"
    " cut 350 driving jobs by the end of the year.</p>"
    "<p>The drivers' union called the plan reckless.</p>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Harlow Transit announced on 14 May 2024 that it would close two depots and cut"
            " 350 driving jobs.",
            "supported",
        ),
        (
            "Harlow Transit revealed on 16 May 2024 that it would close two depots and cut"
            " 350 driving jobs.",
            "contradicted",
        ),
        (
            "Harlow Transit disclosed on 21 May 2024 that 350 driving jobs would go as two"
            " depots close.",
            "contradicted",
        ),
        # Another telling: nothing of what was told is shared.
        ("Harlow Transit announced on 16 May 2024 that fares would rise in July.", "unverified"),
    ],
)
def test_the_day_something_was_told(sentence: str, label: str, ruleset: Any) -> None:
    draft = f"# Depots\n\nThe [Ledger reported]({URL}) the plan. {sentence}\n"
    got = verdict_on(draft, {URL: PAGE}, ruleset, "date", "Harlow")
    assert got.label == label, got.rationale


def test_only_a_telling_by_the_same_teller(ruleset: Any) -> None:
    macros = ruleset.macros
    parsers = Parsers(macros)
    claim = "Orrin Foods announced on 3 March 2025 that it would cut 120 warehouse jobs."
    end = claim.index(" that")
    theirs = "Orrin Foods confirmed on Monday, 3 March 2025, that 120 warehouse jobs will go."
    assert told_on("Orrin Foods", claim, end, theirs, macros.date, parsers) == "2025-03-03"
    other = "The union said on 5 March 2025 that Orrin Foods would cut 120 warehouse jobs."
    assert told_on("Orrin Foods", claim, end, other, macros.date, parsers) is None
    assert tells("announced") and tells("revealed") and not tells("began")


HOSTEL_URL = "http://corran-courier.test/2025/06/02/hostel"
HOSTEL_PAGE = (
    "<h1>Corran Water plans reservoir hostel</h1>"
    "<p>Corran Water said on Monday, 2 June 2025, that it will build a 900-bed workers'"
    " hostel beside the reservoir.</p>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # What was told stands between the verb and the day.
        (
            "Corran Water unveiled the 900-bed hostel plan on 9 June 2025, at its AGM.",
            "contradicted",
        ),
        ("Corran Water unveiled the 900-bed hostel plan on 2 June 2025, at its AGM.", "supported"),
        # Another telling: too little of what was told is shared.
        ("Corran Water unveiled a 1,900-seat canteen on 9 June 2025.", "unverified"),
    ],
)
def test_what_was_told_before_the_day(sentence: str, label: str, ruleset: Any) -> None:
    draft = f"# Hostel\n\nThe [Courier reported]({HOSTEL_URL}) the plan. {sentence}\n"
    got = verdict_on(draft, {HOSTEL_URL: HOSTEL_PAGE}, ruleset, "date", "Corran")
    assert got.label == label, got.rationale
