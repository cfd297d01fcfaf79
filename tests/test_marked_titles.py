"""A posting's title by its marks: capitalised words, a specifier in brackets and a level
after a dash, taken by a hiring verb, are a job's name whatever its role word (one no
table lists, or one the tables refuse as a role). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import titles_in


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The trust is recruiting a Ward Sister (Paediatrics) – Band 6 for its new unit.",
            "Ward Sister (Paediatrics) – Band 6",
        ),
        (
            "Harbour Lines is hiring a Deck Bosun (Coastal) – Level 1 for the summer.",
            "Deck Bosun (Coastal) – Level 1",
        ),
        (
            "The railway is advertising for a Gang Boss (Track) - Grade 2 at its depot.",
            "Gang Boss (Track) - Grade 2",
        ),
    ],
)
def test_a_title_with_a_postings_marks_is_read_whatever_its_role(
    sentence: str, title: str, ruleset: Any
) -> None:
    assert titles_in(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        # No hiring verb, or no level after the brackets: no title by marks alone.
        "She met a Ward Sister (retired) at the fair.",
        "The railway is advertising for a Gang Boss (Track) at its depot.",
    ],
)
def test_marks_alone_make_no_title(sentence: str, ruleset: Any) -> None:
    assert titles_in(sentence, ruleset) == []
