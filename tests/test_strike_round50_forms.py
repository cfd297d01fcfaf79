"""Strike forms read in round 50: a log-off said to be "in protest" with no strike word
elsewhere, two bodies joining "the shutdown", an action or boycott "called by" a body
"against" an employer with no strike told before, and a stoppage "not aimed at X but at
Y". Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claimfields import StrikeFields
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def strikes_of(text: str, ruleset: Any) -> list[StrikeFields]:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [c.fields for c in claims if isinstance(c.fields, StrikeFields)]


@pytest.mark.parametrize(
    ("text", "strikers", "against"),
    [
        # A log-off "in protest" is a stoppage, whatever stands between verb and protest.
        (
            "In April 2023, hundreds of couriers logged off in protest against Zippa's new fees.",
            ["couriers"],
            ["Zippa"],
        ),
        (
            "Some 120 riders across Orlaside turned off the app on 2 March 2024"
            " in protest at Carro's fee table.",
            ["riders"],
            ["Carro"],
        ),
        (
            "Riders signed out of their accounts for an evening in protest, organisers said.",
            ["Riders"],
            [],
        ),
        # Two bodies joining "the shutdown": a stoppage joined.
        (
            "In this dispute both KTWU and the Orvane Dock Federation joined the shutdown.",
            ["KTWU", "Orvane Dock Federation"],
            [],
        ),
        # An action or boycott a body calls against an employer is the body's action.
        (
            "The boycott was called by the Lecturers and Tutors Union (LTU) against the"
            " Colleges Employers Council, which negotiates pay.",
            ["Lecturers and Tutors Union"],
            ["Colleges Employers Council"],
        ),
        (
            "That action day was organised by KDU and the Orvane Dock Federation against"
            " Kell Port Holdings.",
            ["KDU", "Orvane Dock Federation"],
            ["Kell Port Holdings"],
        ),
        # "not aimed at X but at Y": Y is whom the stoppage was against.
        (
            "The strikes were directed not at the carriers, but at the Tarnland Transport"
            " Ministry.",
            [],
            ["Tarnland Transport Ministry"],
        ),
    ],
)
def test_round50_strike_forms(
    text: str, strikers: list[str], against: list[str], ruleset: Any
) -> None:
    found = strikes_of(text, ruleset)
    assert found, text
    assert list(found[0].strikers) == strikers
    assert list(found[0].against) == against


@pytest.mark.parametrize(
    "text",
    [
        # A log-off with the protest told later, as another act, is no log-off in protest.
        "Couriers logged off at midnight, and the next day they marched in protest against Zippa.",
        # A shutdown of a place is no stoppage joined.
        "The Kessel Dock Union joined the shutdown of the old quay as a partner of the council.",
        # Boycotts by shoppers or residents, or with no employer named, are not workers'.
        "The consumer boycott was called by Greenfront against Kell Foods.",
        "The boycott was called by the Tarn Residents Association against the council's road plan.",
        # A target denied with none put in its place says whom the strike was not against.
        "The strikes were not aimed at Orla Foods.",
    ],
)
def test_round50_near_misses(text: str, ruleset: Any) -> None:
    assert strikes_of(text, ruleset) == []
