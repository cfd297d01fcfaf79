"""Figures a comparison's sentence gives its sides in other places than the sides' own
words: a sum in any currency set off by commas after a left side the rule did not take
("The guild's claim, R14,200, would nearly double ..."), a share set off the same way
("The deal, at 6%, is half ..."), and two shares in turn after the comparison ("— 7.1
percent against 5.0 percent"). Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields


@pytest.mark.parametrize(
    ("sentence", "low", "currency"),
    [
        ("The guild's claim, R14,200, would nearly double what porters earn today.", 14200, "ZAR"),
        (
            "The union's demand, $4,200, would almost double what loaders take home now.",
            4200,
            "USD",
        ),
        ("The final deal, at 6%, is about half what the crews had sought.", 6, "%"),
        ("The board's offer, 3.5 per cent, is less than half what the nurses wanted.", 3.5, "%"),
    ],
)
def test_a_figure_set_off_after_the_left_side(
    sentence: str, low: float, currency: str, ruleset: Any
) -> None:
    fields = first_fields(sentence, "comparison", ruleset)
    assert fields["left_amount"]["min"] == low
    assert fields["left_amount"]["currency"] == currency


@pytest.mark.parametrize(
    ("sentence", "left", "right"),
    [
        (
            "Bus fares rose faster than rail fares did in 2030 — 6.2 percent against 4.1 percent.",
            6.2,
            4.1,
        ),
        ("Rents climbed faster than wages, at 9% against 3%.", 9, 3),
        (
            "Council tax rose faster than water bills - 5.5 per cent versus 2 per cent.",
            5.5,
            2,
        ),
    ],
)
def test_two_shares_in_turn_after_the_comparison(
    sentence: str, left: float, right: float, ruleset: Any
) -> None:
    fields = first_fields(sentence, "comparison", ruleset)
    assert fields["left_amount"]["min"] == left and fields["left_amount"]["currency"] == "%"
    assert fields["right_amount"]["min"] == right and fields["right_amount"]["currency"] == "%"
