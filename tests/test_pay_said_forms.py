"""Pay figures written in forms the older rules passed over: gross or net between a sum
and its period ("kronor gross a month"), a period named by an adjective before its noun
("an hourly floor of €11", "a weekly minimum of £600"), a sum said to be paid "in base
pay", a comma between a job title and its pay, a day's pay said as what it is for ("$480
for a ten-hour day"), and a piece rate one side asks for ("demanding $4 per drop").
The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import Extractor
from factcheck.rulepacks.ruleset import RuleSet


def _pay(ruleset: RuleSet, sentence: str) -> dict[str, Any] | None:
    """The fields of the first salary claim the rules find in ``sentence``, or None."""
    extractor = Extractor(ruleset)
    found = [
        f
        for f in extractor.find(sentence, extractor.context(sentence), [])
        if f.rule.type == "salary"
    ]
    return dict(found[0].fields) if found else None


@pytest.mark.parametrize(
    ("sentence", "low", "high", "period"),
    [
        (
            "The bakery offers between 7,800 and 9,100 kronor gross a month for it.",
            7800,
            9100,
            "month",
        ),
        ("Packers are promised 610 to 680 francs net a week at the new depot.", 610, 680, "week"),
        ("In Gdańsk the yard pays welders 58 to 66 zł brutto an hour.", 58, 66, "hour"),
        ("Relief porters at the station get £13.40 gross per hour.", 13.4, 13.4, "hour"),
        ("Seasonal cooks were told to expect about €2,450 net a month.", 2205, 2695, "month"),
    ],
)
def test_gross_or_net_between_a_sum_and_its_period(
    ruleset: RuleSet, sentence: str, low: float, high: float, period: str
) -> None:
    fields = _pay(ruleset, sentence)
    assert fields is not None, sentence
    assert (fields["min"], fields["max"], fields["period"]) == (low, high, period)


@pytest.mark.parametrize(
    ("sentence", "amount", "period"),
    [
        ("Cleaners are asking for an hourly floor of €11.50 on every shift.", 11.5, "hour"),
        ("The award puts a weekly minimum of £615 on all grades.", 615, "week"),
        ("Camera assistants went into talks wanting a daily minimum of $390.", 390, "day"),
        ("Under the deal the minimum monthly wage is R8,200 for porters.", 8200, "month"),
        ("Trainees get a monthly salary of ₹28,000 in their first year.", 28000, "month"),
    ],
)
def test_a_period_named_before_its_noun(
    ruleset: RuleSet, sentence: str, amount: float, period: str
) -> None:
    fields = _pay(ruleset, sentence)
    assert fields is not None, sentence
    assert (fields["min"], fields["max"], fields["period"]) == (amount, amount, period)


@pytest.mark.parametrize(
    "sentence",
    [
        "The hourly rate of pay at the plant rose by 3 percent.",
        "Its annual budget of $14 million was frozen.",
        "A monthly fee of €12 covers the locker.",
    ],
)
def test_a_period_adjective_before_no_pay(ruleset: RuleSet, sentence: str) -> None:
    assert _pay(ruleset, sentence) is None


@pytest.mark.parametrize(
    ("sentence", "low", "high", "period"),
    [
        (
            "The museum is hiring a Senior Registrar for up to $98,000 in base pay.",
            None,
            98000,
            "year",
        ),
        ("Shift leads clear £2,150 a month in take-home pay.", 2150, 2150, "month"),
        ("Graduates there start with €36,500 in annual salary.", 36500, 36500, "year"),
    ],
)
def test_a_sum_said_to_be_paid_as_pay(
    ruleset: RuleSet, sentence: str, low: float | None, high: float, period: str
) -> None:
    fields = _pay(ruleset, sentence)
    assert fields is not None, sentence
    assert (fields["min"], fields["max"], fields["period"]) == (low, high, period)


def test_strike_pay_is_no_one_s_pay(ruleset: RuleSet) -> None:
    assert _pay(ruleset, "Pickets drew £250 a week in strike pay.") is None


@pytest.mark.parametrize(
    ("sentence", "job"),
    [
        (
            "The gallery is also recruiting a Collections Officer, at about £29,500.",
            "Collections Officer",
        ),
        ("Halvard Marine wants a Deck Engineer, at $41 an hour, for its tugs.", "Deck Engineer"),
    ],
)
def test_a_comma_between_a_title_and_its_pay(ruleset: RuleSet, sentence: str, job: str) -> None:
    fields = _pay(ruleset, sentence)
    assert fields is not None, sentence
    assert fields["job"] == job


@pytest.mark.parametrize(
    ("sentence", "low", "high", "period"),
    [
        ("Riggers had worked for $430 for a ten-hour day since 2022.", 430, 430, "day"),
        ("Extras get at least £105 for a full day on location.", 105, None, "day"),
        ("The agency pays €640 gross for a 39-hour week.", 640, 640, "week"),
        ("The deal takes gaffers from $470 to $505 for a twelve-hour day.", 470, 505, "day"),
    ],
)
def test_pay_for_a_day_of_stated_length(
    ruleset: RuleSet, sentence: str, low: float, high: float | None, period: str
) -> None:
    fields = _pay(ruleset, sentence)
    assert fields is not None, sentence
    assert (fields["min"], fields["max"], fields["period"]) == (low, high, period)


@pytest.mark.parametrize(
    "sentence",
    ["A bike costs $35 for a full day pass.", "Kayaks are €15 for a full day hire."],
)
def test_a_ticket_for_a_day_is_no_pay(ruleset: RuleSet, sentence: str) -> None:
    assert _pay(ruleset, sentence) is None


@pytest.mark.parametrize(
    ("sentence", "amount", "per"),
    [
        ("The van drivers are demanding £1.45 per parcel this winter.", 1.45, "parcel"),
        ("Riders in Porto have called for €3.20 for every delivery.", 3.2, "delivery"),
        ("Cleaners are holding out for $38 a room.", 38, "room"),
    ],
)
def test_a_piece_rate_asked_for(ruleset: RuleSet, sentence: str, amount: float, per: str) -> None:
    fields = _pay(ruleset, sentence)
    assert fields is not None, sentence
    assert (fields["min"], fields["per"]) == (amount, per)


def test_a_sum_asked_for_with_no_rate_is_no_pay(ruleset: RuleSet) -> None:
    assert _pay(ruleset, "The town is seeking $2 million for a new pool.") is None
    assert _pay(ruleset, "Tenants demanded $400 refunds from the landlord.") is None
