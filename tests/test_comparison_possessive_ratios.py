"""A multiple of someone's pay said with "a" or "an" before whose it is ("more than
twice a deckhand's pay", "three times a seasonal guide's wage", "half a porter's
salary"): "twice a" is no ratio only when a period follows ("twice a day"), not when a
possessive does (rules/core/comparison/ratio.yaml). The sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


@pytest.mark.parametrize(
    ("sentence", "relation", "factor", "right"),
    [
        (
            "A senior lock keeper earns more than twice a deckhand's pay.",
            "ratio_at_least",
            2,
            "a deckhand's pay",
        ),
        (
            "The chief ranger takes home three times a seasonal guide's wage.",
            "ratio_about",
            3,
            "a seasonal guide's wage",
        ),
        (
            "The head porter now earns about twice an orderly's salary.",
            "ratio_about",
            2,
            "an orderly's salary",
        ),
    ],
)
def test_a_multiple_of_a_possessive_side(
    sentence: str, relation: str, factor: float, right: str, ruleset: Any
) -> None:
    fields = first_fields(sentence, "comparison", ruleset)
    assert fields["relation"] == relation
    assert fields["factor"] == factor
    assert fields["right"] == right


@pytest.mark.parametrize(
    "sentence",
    ["The ferry sails twice a day from the old pier.", "Inspectors call three times a week."],
)
def test_a_period_after_the_multiple_is_no_comparison(sentence: str, ruleset: Any) -> None:
    article = parse_article(f"# Draft\n\n{sentence}\n", "d.md", "markdown")
    assert not [c for c in extract_claims(article, ruleset) if c.type == "comparison"]
