"""Digits grouped in threes by a space ("15 899", also with a no-break, thin or narrow
no-break space) are one number; a year or a day before a count stays apart from it. A
magnitude glued to the digits ("$48.5million") is read with them."""

from __future__ import annotations

import pytest
from judging import run, stance, verdict

from factcheck.claims.amounts import joined_digits, parse_number, rounding_tolerance
from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12 406", 12_406),
        ("1 250 000", 1_250_000),
        ("48\u00a0200", 48_200),
        ("7\u2009310", 7_310),
        ("3\u202f004\u202f512", 3_004_512),
        ("15 899.5", 15_899.5),
    ],
)
def test_spaced_groups_are_one_number(ruleset: RuleSet, text: str, value: float) -> None:
    assert parse_number(text, ruleset.knowledge) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "in 2017 14 volunteers",  # a year, then a count
        "in 2017 140 volunteers",  # a group of four digits is no first group
        "On May 12 300 runners",  # a day after its month
        "the 4 100-metre relays",  # four races of a hundred metres
        "codes 12 3456 and 7",  # a last group of more than three digits
    ],
)
def test_other_numbers_stay_apart(text: str) -> None:
    assert joined_digits(text) == text


def test_rounding_reads_the_whole_number() -> None:
    # "12 000" is rounded to the thousand, as "12,000" is; "12 406" is exact.
    assert rounding_tolerance("12 000") == rounding_tolerance("12,000")
    assert rounding_tolerance("12 406") == rounding_tolerance("12,406")


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        (
            "Inspectors had carried out 12 406 checks by the end of May.",
            "By the end of May, inspectors had carried out 12,406 checks.",
            "supports",
        ),
        (
            "The reservoir holds 48\u00a0200 cubic metres of water.",
            "The reservoir holds 51,900 cubic metres of water.",
            "contradicts",
        ),
        # the year and the count are read apart, so the count bears the claim out
        (
            "In 2017 14 volunteers planted the orchard.",
            "Fourteen volunteers planted the orchard in 2017.",
            "supports",
        ),
        (
            "On May 12 300 runners started the race.",
            "On 12 May, 300 runners started the race.",
            "supports",
        ),
    ],
)
def test_statements_read_grouped_digits(
    ruleset: RuleSet, claim: str, source: str, expected: str
) -> None:
    assert stance(ruleset, claim, source)[0] == expected


def test_a_quantity_in_spaced_groups_is_checked_whole(ruleset: RuleSet) -> None:
    # Read as two numbers, "406 passengers" would be contradicted by 12,406.
    article = "# Ferries\n\nThe island ferry carried 12 406 passengers in March, its owner said.\n"
    page = {"http://127.0.0.1:9/ferry": "<p>In March the ferry carried 12,406 passengers.</p>"}
    checked = verdict(run(article, page, ruleset), "quantity", "ferry")
    assert checked.verdict.label == "supported"
    assert "12 406" in checked.claim.text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a magnitude glued to the digits is still the figure's
        ("The museum's new wing cost $48.5million to build.", "contradicts"),
        ("The museum's new wing cost $52million to build.", "supports"),
    ],
)
def test_a_glued_magnitude_is_read(ruleset: RuleSet, source: str, expected: str) -> None:
    claim = "The museum's new wing cost $ 52 million to build."
    assert stance(ruleset, claim, source)[0] == expected
