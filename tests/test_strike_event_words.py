"""A stoppage told by its event words, whatever the verb: staying off the job, a sick-out,
pulling bylines, logging off an app, a lockout; who called it, who represents the
workers, and what is a date rather than a party. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claimfields import StrikeFields
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def strikes_in(text: str, ruleset: Any) -> list[StrikeFields]:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [c.fields for c in claims if isinstance(c.fields, StrikeFields)]


def strike_of(text: str, ruleset: Any) -> StrikeFields:
    found = strikes_in(text, ruleset)
    assert found, f"no strike in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "strikers", "against"),
    [
        (
            "About 90 members of the Lock Keepers Guild stayed off the job for two days, "
            "protesting against Orvane Waterways, the canal's owner.",
            ("Lock Keepers Guild",),
            ("Orvane Waterways",),
        ),
        (
            "Porters stayed away from work in a dispute with Tessel Infirmary over rotas.",
            ("Porters",),
            ("Tessel Infirmary",),
        ),
        (
            "In June, cooks at three of Marlow Diner's eight sites staged a one-day sick-out.",
            ("cooks",),
            ("Marlow Diner",),
        ),
        (
            "Sub-editors at the Kettle Gazette pulled their bylines for a week, a protest "
            "aimed at Brannock Press.",
            ("Sub-editors",),
            ("Brannock Press", "Kettle Gazette"),
        ),
        (
            "Glaziers put down their tools at Harwick Glassworks on Monday.",
            ("Glaziers",),
            ("Harwick Glassworks",),
        ),
        (
            "Hundreds of couriers switched off the Zippa delivery app for a day in a "
            "stoppage over fees.",
            ("couriers",),
            ("Zippa",),
        ),
    ],
)
def test_a_stoppage_told_by_other_words(
    sentence: str, strikers: tuple[str, ...], against: tuple[str, ...], ruleset: Any
) -> None:
    strike = strike_of(sentence, ruleset)
    assert strike.strikers == strikers
    assert strike.against == against


def test_logging_off_an_app_is_no_strike_without_a_word_of_one(ruleset: Any) -> None:
    assert strikes_in("Couriers logged off the Zippa app when the shift ended.", ruleset) == []


def test_whoever_calls_a_strike_is_its_union(ruleset: Any) -> None:
    strike = strike_of("It was the Harbour Pilots Guild that called the stoppage.", ruleset)
    assert strike.strikers == ("Harbour Pilots Guild",) and strike.called


def test_a_body_calling_workers_out_is_a_union_by_that_role(ruleset: Any) -> None:
    strike = strike_of(
        "Up north, KTWA and the OLPU brought about 9,000 tram drivers out against Kessel "
        "Transit on 3 May.",
        ruleset,
    )
    assert strike.strikers == ("KTWA", "OLPU")
    assert strike.against == ("Kessel Transit",) and strike.called


def test_a_stoppage_called_by_a_body_the_article_calls_an_alliance(ruleset: Any) -> None:
    strike = strike_of(
        "Drivers walked out in a one-day stoppage called by FERA, the national alliance of "
        "ferry crews.",
        ruleset,
    )
    assert strike.strikers == ("FERA",) and strike.called


def test_a_person_calling_a_strike_is_no_union(ruleset: Any) -> None:
    found = strikes_in("Ada Brisk called the strike a mistake.", ruleset)
    assert all(s.strikers != ("Ada Brisk",) for s in found)


def test_workers_represented_by_a_body_are_its_members(ruleset: Any) -> None:
    strike = strike_of(
        "Some 3,000 court clerks represented by Harrow Staff Network downed tools against "
        "the Justice Board in May 2021.",
        ruleset,
    )
    assert strike.strikers == ("Harrow Staff Network",)
    assert strike.against == ("Justice Board",)


def test_trades_before_a_union_s_head_word_are_one_name(ruleset: Any) -> None:
    strike = strike_of(
        "Members of the Welsh Porters and Cleaners' Federation walked out on 2 May 2022.",
        ruleset,
    )
    assert strike.strikers == ("Welsh Porters and Cleaners' Federation",)


@pytest.mark.parametrize("day", ["Oct. 4", "Sept. 12", "Dec 1"])
def test_a_short_date_is_no_employer(day: str, ruleset: Any) -> None:
    strike = strike_of(f"Signal fitters staged a 24-hour walkout on {day}.", ruleset)
    assert strike.against == ()


@pytest.mark.parametrize(
    ("sentence", "strikers", "against"),
    [
        (
            "In March the Orrin Shipowners Association locked out the 300 riggers of the "
            "Quay Riggers Guild.",
            ("Quay Riggers Guild",),
            ("Orrin Shipowners Association",),
        ),
        (
            "Glaze mixers at Brannock Pottery were locked out by the owners in 2019.",
            ("Glaze mixers",),
            ("Brannock Pottery",),
        ),
    ],
)
def test_a_lockout_is_the_employer_s_stoppage(
    sentence: str, strikers: tuple[str, ...], against: tuple[str, ...], ruleset: Any
) -> None:
    strike = strike_of(sentence, ruleset)
    assert strike.lockout
    assert strike.strikers == strikers and strike.against == against


def test_locked_out_of_an_account_is_no_lockout(ruleset: Any) -> None:
    assert strikes_in("Clerks were locked out of their accounts by the update.", ruleset) == []


def test_a_party_after_by_ends_at_what_the_strike_did(ruleset: Any) -> None:
    strike = strike_of("A three-day strike by 900 cleaners hit Orvane Facilities.", ruleset)
    assert strike.strikers == ("cleaners",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rotas matter, said one ICU porter at a Kessel clinic who did not join the stoppage.",
        "A night nurse at Eastgate Infirmary walked out.",
    ],
)
def test_one_worker_is_no_party_to_a_strike(sentence: str, ruleset: Any) -> None:
    assert strikes_in(sentence, ruleset) == []


@pytest.mark.parametrize(
    ("sentence", "strikers"),
    [
        ("Cabin crew at Orvane Air walked out.", ("Cabin crew",)),
        ("Kessel Foundry's workforce downed tools on Friday.", ("workforce",)),
    ],
)
def test_a_group_named_in_the_singular_is_a_party(
    sentence: str, strikers: tuple[str, ...], ruleset: Any
) -> None:
    assert strike_of(sentence, ruleset).strikers == strikers
