"""A side closed by a participle after a comma: "more hulls than the Orvell yard,
extending a lead of ten years" compares with the Orvell yard, and the clause after the
comma says what the sentence goes on to tell, no part of that side. A participle in a
list of what the side names ("farming, fishing and forestry") goes on naming it.
Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        (
            "In 2031 the Kelby yard launched more hulls than the Orvell yard, extending "
            "a lead it has held for a decade.",
            "the Orvell yard",
        ),
        (
            "Last season Tonga sent fewer pickers than Samoa, reversing the order of the "
            "year before.",
            "Samoa",
        ),
        (
            "The Brannock depot employed more drivers than the Tarn depot, reflecting its "
            "larger share of the night routes.",
            "the Tarn depot",
        ),
        (
            "Velmont Farms hired fewer packers than Ostler Orchards, leaving two of its "
            "sheds half empty.",
            "Ostler Orchards",
        ),
    ],
)
def test_a_participle_clause_is_no_part_of_the_side(
    sentence: str, right: str, ruleset: Any
) -> None:
    assert first_fields(sentence, "comparison", ruleset)["right"] == right


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        (
            "The coastal district lost more jobs than farming, fishing and forestry together.",
            "farming, fishing and forestry together",
        ),
        (
            "The Orla mill shipped more timber than the Kelby mill, including its "
            "northern sawmill.",
            "the Kelby mill, including its northern sawmill",
        ),
    ],
)
def test_a_listed_or_included_part_stays_in_the_side(
    sentence: str, right: str, ruleset: Any
) -> None:
    assert first_fields(sentence, "comparison", ruleset)["right"] == right
