"""A side closed by a word of addition after a comma: "half of what the crews sought,
plus a bonus of £500" compares with what the crews sought, and the added sum is no part
of that side (nor its figure). Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        (
            "The settlement gave the porters a £90 weekly rise, half of what the guild had "
            "demanded, plus a one-off payment of £400.",
            "what the guild had demanded",
        ),
        (
            "Ferry crews won about two-thirds of what they had asked for, as well as "
            "an extra week of leave worth $700.",
            "what they had asked for",
        ),
        (
            "The offer came to less than half of what the cleaners wanted, on top of a "
            "signing bonus of €250.",
            "what the cleaners wanted",
        ),
        (
            "Drivers got roughly a third of what the union sought, along with a $300 "
            "fuel allowance.",
            "what the union sought",
        ),
    ],
)
def test_an_added_sum_is_no_part_of_the_side(sentence: str, right: str, ruleset: Any) -> None:
    fields = first_fields(sentence, "comparison", ruleset)
    assert fields["right"] == right
    assert "right_amount" not in fields
