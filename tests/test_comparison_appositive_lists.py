"""Who a left side's people are, set off by commas before the verb, may hold a list of
its own ("Tram drivers, the people in the red, white and green cabs, earn ..."): the side
is the subject before it. Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        (
            "Tram drivers, the people in the red, white and green cabs, earn more than "
            "bus drivers.",
            "Tram drivers",
        ),
        (
            "Night porters, the workers behind the desks, lifts and doors after dark, outearn "
            "day porters by about £2 an hour.",
            "Night porters",
        ),
        (
            "Deckhands, the crews who tie up, load and clean the ferries, earn less than the "
            "ships' cooks.",
            "Deckhands",
        ),
    ],
)
def test_an_appositive_with_a_list_is_no_side(sentence: str, left: str, ruleset: Any) -> None:
    assert first_fields(sentence, "comparison", ruleset)["left"] == left
