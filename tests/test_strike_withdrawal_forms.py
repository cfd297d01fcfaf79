"""Strikes told by other forms of withdrawing work: a sick-out whose protest carries words
before it, a work-to-rule, industrial action with a qualifier, a strike told in a relative
clause after its strikers, and a time pointed at opening the clause before them. Every
name below is invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from test_claim_forms import fields_of

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def strikes_in(text: str, ruleset: Any) -> list[dict[str, Any]]:
    """The fields of every strike claim in ``text``."""
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [dict(c.fields) for c in claims if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "Some 150 clerks reported sick on Monday in a mass protest against Hollin Insurance.",
            "clerks",
            "Hollin Insurance",
        ),
        (
            "About 120 call handlers at Brisa Assist phoned in sick in a coordinated protest "
            "against the contractor.",
            "call handlers",
            "Brisa Assist",
        ),
        (
            "Dozens of tram drivers booked off sick on Friday as a protest against Kell Trams.",
            "tram drivers",
            "Kell Trams",
        ),
        (
            "Night nurses at Wexley General went off sick in a joint protest over rotas.",
            "nurses",
            "Wexley General",
        ),
    ],
)
def test_a_sick_out_told_by_its_protest(
    text: str, strikers: str, employer: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert any(strikers in s for s in fields["strikers"])
    assert employer in fields["against"]


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "Air traffic controllers worked to rule against Norvia Air Navigation for three weeks.",
            "Air traffic controllers",
            "Norvia Air Navigation",
        ),
        (
            "Members of the Tarn Signallers Union are working to rule at Orne Rail.",
            "Tarn Signallers Union",
            "Orne Rail",
        ),
        (
            "Since June the lab staff have been working to rule in a dispute with Meridian "
            "Diagnostics.",
            "lab staff",
            "Meridian Diagnostics",
        ),
        (
            "Signal workers took protected industrial action against Coastline Rail in 2023.",
            "Signal workers",
            "Coastline Rail",
        ),
        (
            "Lecturers took further strike action against Harlow University in March.",
            "Lecturers",
            "Harlow University",
        ),
        (
            "Bakers at Kessel Foods took unofficial industrial action last week.",
            "Bakers",
            "Kessel Foods",
        ),
    ],
)
def test_work_to_rule_and_qualified_industrial_action(
    text: str, strikers: str, employer: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == [strikers]
    assert employer in fields["against"]


@pytest.mark.parametrize(
    "text",
    [
        "Half the office went off sick after the party.",
        "Porters at Tessel Infirmary took no industrial action that year.",
        "The clinic took legal action against the porters.",
    ],
)
def test_no_withdrawal_of_work(text: str, ruleset: Any) -> None:
    assert not strikes_in(text, ruleset)


def test_a_threat_to_work_to_rule_is_a_plan(ruleset: Any) -> None:
    fields = fields_of("Porters threatened to work to rule at Tessel Infirmary.", "strike", ruleset)
    assert fields.get("planned")


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "The night porters, who were striking against Tessel Health, asked for a 6% rise.",
            "porters",
            "Tessel Health",
        ),
        (
            "Crane drivers at Pellow Quay, who had walked out against Dunmore Ports in May, "
            "returned on Friday.",
            "Crane drivers",
            "Dunmore Ports",
        ),
        (
            "The cleaners, who are on strike against Halvorsen Facilities, met the mayor.",
            "cleaners",
            "Halvorsen Facilities",
        ),
    ],
)
def test_a_strike_told_in_a_relative_clause(
    text: str, strikers: str, employer: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == [strikers]
    assert employer in fields["against"]


@pytest.mark.parametrize(
    ("text", "strikers"),
    [
        (
            "That spring the firm's drivers, organised through a committee affiliated with the "
            "Tarn Federation, walked out against Dunmore Haulage.",
            "drivers",
        ),
        ("Last week porters at Tessel Infirmary walked out against Orvane Health.", "porters"),
        (
            "The following winter the ward clerks walked off the job at Ormley Infirmary.",
            "ward clerks",
        ),
    ],
)
def test_a_time_opening_the_clause_is_no_part_of_the_strikers(
    text: str, strikers: str, ruleset: Any
) -> None:
    assert fields_of(text, "strike", ruleset)["strikers"] == [strikers]
