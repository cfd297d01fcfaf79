"""Strike forms once not read: a workers' word of another language in a union's name
("Orla Ouvrière", "Kessel Kamgar Sangh"), callers listed with a slash or a joined "and",
a strike "called by X and targeted Y", a clause saying who reported it, cleft sentences,
an action "aimed at" an employer after a strike, a log-off said to be "in protest" with
no strike word elsewhere, two bodies joining "the shutdown", an action or boycott "called
by" a body "against" an employer with no strike told before, and a stoppage "not aimed at
X but at Y". Sentences written for these tests."""

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
        # A workers' word of another language makes a body a union, whatever its head.
        (
            "Tarnais Ouvrière called the walkout at Vell Foods.",
            ["Tarnais Ouvrière"],
            ["Vell Foods"],
        ),
        (
            "The Kessel Kamgar Sangh struck Orla Mills on Monday.",
            ["Kessel Kamgar Sangh"],
            ["Orla Mills"],
        ),
        (
            "The Tarn Mazdoor Sangh walked out at Brisa Cement.",
            ["Tarn Mazdoor Sangh"],
            ["Brisa Cement"],
        ),
        # Whom a strike called by a union was aimed at, in one breath.
        (
            "The walkout was called by the Kessel Riders Guild and targeted Zippa above all.",
            ["Kessel Riders Guild"],
            ["Zippa"],
        ),
        (
            "The stoppage was organised by the Orla Bakers Union and was aimed squarely "
            "at Vell Foods.",
            ["Orla Bakers Union"],
            ["Vell Foods"],
        ),
        # Callers listed past a slash, a hyphened short form and "in a common front".
        (
            "The strike was called in a joint front by TGU/SGT, KRF-Rail and OTWA.",
            ["TGU", "SGT", "KRF-Rail", "OTWA"],
            [],
        ),
        # Who reported it is no caller.
        (
            "The stoppage was called by the Kessel Dock Union, the Harbour Gazette reported.",
            ["Kessel Dock Union"],
            [],
        ),
        # Cleft sentences: the name put first is whom they struck against.
        ("It was Orla Foods the bakers were protesting against.", ["bakers"], ["Orla Foods"]),
        (
            "In the end it was Vell Mills that the Kessel Weavers Guild struck against.",
            ["Kessel Weavers Guild"],
            ["Vell Mills"],
        ),
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
        # A short form in any Latin capitals in brackets after the subject's union, before
        # its verb, is no end of who struck.
        (
            "Members of the Ölund Dockers Union (ÖDU) struck Brannock Port on Monday.",
            ["Ölund Dockers Union", "ÖDU"],
            ["Brannock Port"],
        ),
        # A brand whose name opens in small letters, anywhere in a list of employers.
        (
            "Couriers working for eRide, Zippa and Carro switched off their apps in a strike"
            " over fees.",
            ["Couriers"],
            ["eRide", "Zippa", "Carro"],
        ),
        (
            "Couriers working for Zippa, Carro and eRide switched off their apps in a strike"
            " over fees.",
            ["Couriers"],
            ["Zippa", "Carro", "eRide"],
        ),
        # "will strike" on a day, as "will stop work" is read.
        (
            "Signal fitters at Orne Rail will strike against the operator from Friday.",
            ["Signal fitters"],
            ["Orne Rail"],
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
def test_a_strike_form_is_read(
    text: str, strikers: list[str], against: list[str], ruleset: Any
) -> None:
    found = strikes_of(text, ruleset)
    assert found, text
    assert list(found[0].strikers) == strikers
    assert list(found[0].against) == against


@pytest.mark.parametrize(
    "text",
    [
        "The Tarn Rajya Council met on Monday to discuss the huelga law.",
        "It was Orla Foods the bakers were talking about.",
        "The meeting was called by the Orla Bakers Union and targeted new members.",
        # A log-off with the protest told later, as another act, is no log-off in protest.
        "Couriers logged off at midnight, and the next day they marched in protest against Zippa.",
        # A shutdown of a place is no stoppage joined.
        "The Kessel Dock Union joined the shutdown of the old quay as a partner of the council.",
        # Boycotts by shoppers or residents, or with no employer named, are not workers'.
        "The consumer boycott was called by Greenfront against Kell Foods.",
        "The boycott was called by the Tarn Residents Association against the council's road plan.",
        # A target denied with none put in its place says whom the strike was not against.
        "The strikes were not aimed at Orla Foods.",
        # "strike" is others' verb too.
        "The two sides will strike a deal at Kell Yard by Friday.",
        "Nurses at Tarn Clinic will strike at the heart of the problem with a new rota.",
    ],
)
def test_a_near_miss_is_no_strike(text: str, ruleset: Any) -> None:
    assert not strikes_of(text, ruleset), text


def test_a_unit_or_code_in_small_letters_is_no_brand(ruleset: Any) -> None:
    # A capital followed by capitals or one letter ("mRNA", "kWh") opens no brand name.
    found = strikes_of("Lab staff walked out at mRNA and kWh units on Monday.", ruleset)
    assert found
    assert list(found[0].against) == []


def test_a_day_put_first_is_no_employer(ruleset: Any) -> None:
    text = "It was Monday when the bakers walked out against the advice of their union."
    assert all("Monday" not in f.against for f in strikes_of(text, ruleset))


def test_an_action_aimed_at_an_employer_after_a_strike(ruleset: Any) -> None:
    text = (
        "Stewards at the Kessel Hotel stopped work on Sunday. The protest was directed "
        "chiefly at the Vell Quay Hotel, which the stewards accused of withholding pay."
    )
    found = strikes_of(text, ruleset)
    assert [list(f.against) for f in found] == [["Kessel Hotel"], ["Vell Quay Hotel"]]


def test_an_action_aimed_at_someone_with_no_strike_before_is_none(ruleset: Any) -> None:
    text = "Voters filled the square. The protest was directed chiefly at the Vell Quay Hotel."
    assert not strikes_of(text, ruleset)


def test_a_second_verb_of_aim_is_no_caller(ruleset: Any) -> None:
    # The name after "and targeted" is the struck employer, never a union that called it.
    found = strikes_of(
        "The stoppage was called by the Kessel Riders Guild and targeted Zippa.", ruleset
    )
    assert found and "Zippa" not in found[0].strikers
