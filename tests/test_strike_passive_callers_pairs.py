"""Strikes said in the passive to be called by a body of any name after "the", and
parties that "both" makes two. Every name below is
invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def strikes_in(text: str, ruleset: Any) -> list[dict[str, Any]]:
    """The fields of every strike claim in ``text``."""
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [dict(c.fields) for c in claims if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        ("The stoppage was called by the Labour Office of Brisa.", "Labour Office of Brisa"),
        (
            "A six-hour walkout in Kell hotels was organised by the Orla Labour Centre.",
            "Orla Labour Centre",
        ),
        (
            "The walkouts across the Tarn quays were led by the Harbour Workers Front.",
            "Harbour Workers Front",
        ),
    ],
)
def test_a_body_after_the_called_the_strike_in_the_passive(
    text: str, caller: str, ruleset: Any
) -> None:
    (found,) = strikes_in(text, ruleset)
    assert found["strikers"] == [caller]
    assert found["called"] is True


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The strike was called by the Harbour Master.", "Harbour Master"),
        ("The strike was led by the Health Secretary.", "Health Secretary"),
        ("The stoppage was criticised by the Orla Labour Centre.", "Orla Labour Centre"),
        ("The court called the strike by the Orla Labour Centre unlawful.", "Orla Labour Centre"),
    ],
)
def test_an_office_or_a_verb_other_than_calling_names_no_caller(
    text: str, name: str, ruleset: Any
) -> None:
    assert not [f for f in strikes_in(text, ruleset) if name in f["strikers"]]


def test_a_stoppage_called_against_a_body_with_no_auxiliary(ruleset: Any) -> None:
    text = "Porters stopped work at Kell Quay in a walkout called against the Orvo Port Board."
    assert any(f["against"] == ["Orvo Port Board"] for f in strikes_in(text, ruleset))


@pytest.mark.parametrize(
    ("text", "strikers", "against"),
    [
        (
            "Both the KDU and the Orvane Dock Federation joined the 9 March token strike.",
            ["KDU", "Orvane Dock Federation"],
            [],
        ),
    ],
)
def test_both_makes_two_names_of_a_pair(
    text: str, strikers: list[str], against: list[str], ruleset: Any
) -> None:
    (found,) = strikes_in(text, ruleset)
    assert found["strikers"] == strikers
    assert found["against"] == against


@pytest.mark.parametrize(
    ("text", "against"),
    [
        (
            "Guild members staged a two-hour picket against Vell Telecom outside its offices.",
            ["Vell Telecom"],
        ),
        ("Residents staged a picket outside the council offices on Monday.", None),
    ],
)
def test_a_picket_staged_against_an_employer(
    text: str, against: list[str] | None, ruleset: Any
) -> None:
    found = strikes_in(text, ruleset)
    assert [f["against"] for f in found] == ([against] if against else [])
