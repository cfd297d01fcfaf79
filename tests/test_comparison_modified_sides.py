"""A comparison's right side may be a plural job named with two words before it
("county school bus drivers", "regional parcel couriers"): the rules' check that a
plain "more than" or "less than" is followed by whom it compares takes up to two words
before the plural (rules/core/comparison/greater.yaml, less.yaml, comparative.yaml). The
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields


@pytest.mark.parametrize(
    ("sentence", "relation", "right"),
    [
        (
            "Orvell tram drivers make more than county school bus drivers.",
            "greater",
            "county school bus drivers",
        ),
        (
            "Harbour ticket clerks earn more than night shift porters.",
            "greater",
            "night shift porters",
        ),
        (
            "Warehouse pickers earn less than regional parcel couriers.",
            "less",
            "regional parcel couriers",
        ),
        (
            "Hospital porters take home a bigger wage than city hall cleaners.",
            "greater",
            "city hall cleaners",
        ),
    ],
)
def test_a_right_side_with_two_words_before_its_plural(
    sentence: str, relation: str, right: str, ruleset: Any
) -> None:
    fields = first_fields(sentence, "comparison", ruleset)
    assert fields["relation"] == relation
    assert fields["right"] == right
