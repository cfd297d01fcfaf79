"""Piece rates: "£1.15 a parcel", "90p for every drop they make" are paid by the thing
done. Such a sum has no pay period (its size is no sign of an hourly rate), and it is
read only against a rate for the same thing: an hourly rate on the same page neither
supports nor contradicts it. Pages and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claims.pieces import piece_after

URL = "https://careers.example.uk/swiftdrop/courier-leeds"
PAGE = """<html><head><title>Courier - Leeds | Swiftdrop</title></head><body><main>
<h1>Courier (self-employed), Leeds</h1>
<p>Swiftdrop couriers in Leeds are paid £1.15 per parcel delivered.</p>
<p>Swiftdrop couriers on the Leeds depot rounds also get £12.90 an hour while loading.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Swiftdrop couriers in Leeds are paid £1.15 a parcel", "supported"),
        ("Swiftdrop couriers in Leeds earn £1.60 for every parcel they deliver", "contradicted"),
        ("Swiftdrop couriers in Leeds earn £12.90 an hour while loading", "supported"),
        # Per drop is not per parcel; the hourly figure is no rate for a parcel.
        ("Swiftdrop couriers in Leeds are paid £1.15 a drop", "unverified"),
        ("Swiftdrop couriers in Leeds are paid £12.90 per parcel", "contradicted"),
    ],
)
def test_a_piece_rate_is_read_against_a_rate_for_the_same_thing(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, PAGE, ruleset, "salary")
    assert found.verdict.label == label, found.verdict.rationale


def test_a_piece_rate_has_no_period(ruleset: Any) -> None:
    found = cited(
        "Swiftdrop couriers in Leeds are paid £1.15 a parcel", URL, PAGE, ruleset, "salary"
    )
    assert found.claim.fields["period"] is None
    assert found.claim.fields["per"] == "parcel"


@pytest.mark.parametrize(
    ("after", "thing"),
    [
        (" a parcel, drivers say", "parcel"),
        (" per drop", "drop"),
        (" for each delivery made", "delivery"),
        (" for every order they take", "order"),
        ("/word", "word"),
        (" per shift worked", "shift"),
        # Periods and other words are no thing paid for.
        (" an hour", None),
        (" per annum", None),
        (" a year, before tax", None),
        (" per month", None),
        (" a head", None),
        (", a rise of 4%", None),
    ],
)
def test_the_thing_a_sum_is_paid_per(after: str, thing: str | None, ruleset: Any) -> None:
    assert piece_after(after, ruleset.knowledge) == thing
