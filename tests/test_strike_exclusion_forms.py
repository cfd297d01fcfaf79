"""Stoppages told by verbs of absence or exclusion, and the parties told around them: an
employer that shuts, bars or keeps its workers out (a lockout); officials who stay off
the field; a body that aims its overtime ban at an employer; an action "called by" a
union in an aside; workers "who belong to" a union with no comma before it; a share of
a workforce ("some 300 of its loaders"). Every name below is invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from test_claim_forms import fields_of
from test_strike_withdrawal_forms import strikes_in


@pytest.mark.parametrize(
    ("text", "employer", "strikers"),
    [
        (
            "In March the Velmora Opera Trust shut the chorus singers out of the Lantern "
            "Theatre after pay talks collapsed.",
            "Velmora Opera Trust",
            "chorus singers",
        ),
        (
            "The Quenby Ballet Company shut out 60 dancers from its studios in a dispute over pay.",
            "Quenby Ballet Company",
            "dancers",
        ),
        (
            "Harrowgate Mills barred its 300 spinners from the mill for six weeks in a pay "
            "dispute.",
            "Harrowgate Mills",
            "spinners",
        ),
        (
            "The Ostrel Port Company kept about 200 lashers out of the depot until the union "
            "signed the new contract.",
            "Ostrel Port Company",
            "lashers",
        ),
    ],
)
def test_an_employer_shutting_its_workers_out_is_a_lockout(
    text: str, employer: str, strikers: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields.get("lockout") is True
    assert employer in fields["against"]
    assert strikers in fields["strikers"]


@pytest.mark.parametrize(
    "text",
    [
        "The Corbin Rangers shut out the Dunmore Hawks 3-0 on Saturday.",
        "The stewards barred two fans from the ground after the match.",
        "The council shut the library out of its budget for next year.",
    ],
)
def test_shutting_out_with_no_dispute_is_no_lockout(text: str, ruleset: Any) -> None:
    assert strikes_in(text, ruleset) == []


@pytest.mark.parametrize(
    ("text", "strikers"),
    [
        (
            "Members of the Pellow Referees Association stayed off the field for the whole of "
            "the third round, leaving the league to find stand-ins.",
            "Pellow Referees Association",
        ),
        (
            "Linesmen stayed off the pitch at Ambry Park for two rounds, in a row over pay.",
            "Linesmen",
        ),
        (
            "Members of the Icefield Officials Association kept off the ice for a week in a "
            "dispute over match fees.",
            "Icefield Officials Association",
        ),
    ],
)
def test_officials_staying_off_the_field_in_a_dispute(
    text: str, strikers: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert strikers in fields["strikers"]


def test_staying_off_the_trains_with_no_dispute_is_no_strike(ruleset: Any) -> None:
    assert strikes_in("Members of the public stayed off the trains in the heatwave.", ruleset) == []


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "This time the Corvel Crane Guild has aimed its overtime ban at Tallis Terminals, "
            "the company that runs the quays.",
            "Corvel Crane Guild",
            "Tallis Terminals",
        ),
        (
            "Bus drivers in Ambry directed their two-day stoppage squarely at Ambry Transit Ltd.",
            "Bus drivers",
            "Ambry Transit Ltd",
        ),
        (
            "The Pellow Bakers Guild turned its work-to-rule on Dunmore Foods in May.",
            "Pellow Bakers Guild",
            "Dunmore Foods",
        ),
    ],
)
def test_a_body_aiming_its_action_at_an_employer(
    text: str, strikers: str, employer: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert strikers in fields["strikers"]
    assert employer in fields["against"]


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        (
            "Lift engineers at Tower Quay stopped work on Tuesday. The action, called by the "
            "Lift Engineers Guild, has no end date.",
            "Lift Engineers Guild",
        ),
        (
            "Cleaners at Marrick House walked out on Monday. The protest, organised by the "
            "Office Cleaners Union, lasted a day.",
            "Office Cleaners Union",
        ),
        (
            "Umpires in the Corbin League walked off on Friday. The stand-down was organised "
            "by their body, the Corbin Umpires Collective, in a row over fees.",
            "Corbin Umpires Collective",
        ),
    ],
)
def test_an_action_called_by_a_union_in_an_aside(text: str, caller: str, ruleset: Any) -> None:
    called = [f for f in strikes_in(text, ruleset) if f.get("called")]
    assert called, strikes_in(text, ruleset)
    assert caller in called[0]["strikers"]


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "Dunmore Foods locked out 250 bakers who belonged to the Pellow Bakers Guild at "
            "its two plants.",
            "Pellow Bakers Guild",
        ),
        (
            "Ambry Mills locked out 120 spinners who are members of the Spinners Guild in May.",
            "Spinners Guild",
        ),
        (
            "Tallis Freight locked out 75 porters who were members of the Quay Porters Union "
            "until the deal.",
            "Quay Porters Union",
        ),
    ],
)
def test_workers_who_belong_to_a_union_are_its_members(text: str, union: str, ruleset: Any) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert union in fields["strikers"]


@pytest.mark.parametrize(
    "text",
    [
        "By Friday Tallis Freight had locked out nearly 300 of its loaders.",
        "Ostrel Haulage locked out some 80 of the loaders at its depot.",
        "Corvel Logistics locked out about 140 of their loaders in June.",
    ],
)
def test_a_share_of_a_workforce_locked_out(text: str, ruleset: Any) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == ["loaders"]


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "About 400 of the 900 clerks at Marrick Insurance stayed away on Monday, phoning "
            "in sick en masse over pay.",
            "clerks",
            "Marrick Insurance",
        ),
        (
            "Tram crews in Ambry stayed home for two days in a stoppage aimed at Ambry Transit.",
            "Tram crews",
            "Ambry Transit",
        ),
        (
            "Cooks at Dunmore Hall stayed away all week in what their union called a protest "
            "over rotas.",
            "Cooks",
            "Dunmore Hall",
        ),
    ],
)
def test_workers_staying_away_in_a_protest(
    text: str, strikers: str, employer: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert strikers in fields["strikers"]
    assert employer in fields["against"]


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers stayed away as the strike closed most stores.",
        "Commuters stayed home on Monday because of the rail strike.",
        "Tourists stayed away from the old town during the walkout.",
    ],
)
def test_staying_away_because_of_a_strike_is_no_strike(text: str, ruleset: Any) -> None:
    assert all("strike" not in " ".join(f["strikers"]) for f in strikes_in(text, ruleset))
    assert not any(
        s in ("Shoppers", "Commuters", "Tourists")
        for f in strikes_in(text, ruleset)
        for s in f["strikers"]
    )
