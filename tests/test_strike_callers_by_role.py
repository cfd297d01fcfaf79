"""Strikes told by who called, led or pitted them, by a union's head word in any
language, by the workplace a lockout shuts them out of, and by a union taking its
members off the job. Every name below is invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from test_claim_forms import fields_of

from factcheck.claims.extract import extract_claims
from factcheck.claims.names import looks_like_union
from factcheck.reading import parse_article


def strikes_in(text: str, ruleset: Any) -> list[dict[str, Any]]:
    """The fields of every strike claim in ``text``."""
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [dict(c.fields) for c in claims if c.type == "strike"]


@pytest.mark.parametrize(
    "name",
    [
        "Sindicato dos Estivadores de Lisboa",
        "Syndicat Autonome des Pilotes",
        "Gewerkschaft der Hafenlotsen",
        "Vereinigung Bordpersonal",
        "Confédération des Dockers Orvanais",
        "Federación de Servicios Portuarios",
        "Sindacato Autonomo Ferrovieri",
        "Vakbond Havenwerkers",
        "União dos Motoristas do Porto",
    ],
)
def test_a_union_head_word_in_another_language(name: str) -> None:
    assert looks_like_union(name)


@pytest.mark.parametrize(
    ("text", "striker", "employer"),
    [
        (
            "The walkout was organised by the Sindicato dos Estivadores de Lisboa against Orvane "
            "Terminais.",
            "Sindicato dos Estivadores de Lisboa",
            "Orvane Terminais",
        ),
        (
            "The stoppages were led by the Syndicat Autonome des Pilotes against Tarrow Jet.",
            "Syndicat Autonome des Pilotes",
            "Tarrow Jet",
        ),
        (
            "The two-day stoppage in early May 2022, called by the OTWU dock union, shut the port.",
            "OTWU",
            None,
        ),
        (
            "The strikes of March 2023, led by the Kessel Foundry Union, closed three mills.",
            "Kessel Foundry Union",
            None,
        ),
        (
            "A 48-hour walkout at Brannock Rail, organised by the KRU drivers' union, began on "
            "Friday.",
            "KRU",
            "Brannock Rail",
        ),
        ("The stoppage, called by Kestrel, closed two depots.", "Kestrel", None),
    ],
)
def test_whoever_called_a_strike_is_its_union(
    text: str, striker: str, employer: str | None, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert any(striker in s for s in fields["strikers"])
    assert fields.get("called")
    if employer:
        assert employer in fields["against"]


@pytest.mark.parametrize(
    "text",
    [
        "The strike, described by Nadia Perrin as reckless, began on Monday.",
        "The walkout was led by Maria Costa, a shop steward, at dawn.",
    ],
)
def test_a_person_who_leads_or_describes_a_strike_is_no_union(text: str, ruleset: Any) -> None:
    assert not any(
        "Perrin" in s or "Costa" in s for f in strikes_in(text, ruleset) for s in f["strikers"]
    )


@pytest.mark.parametrize(
    ("text", "striker", "employer"),
    [
        (
            "On Monday Kestrel called out around 900 warehouse staff at Orvane Logistics.",
            "Kestrel",
            "Orvane Logistics",
        ),
        (
            "In March the Kiln Guild pulled some 2,000 members off the job at Varga Ceramics.",
            "Kiln Guild",
            "Varga Ceramics",
        ),
        (
            "The Kessel Foundry Union pulled its members off the production lines at Orvane Steel.",
            "Kessel Foundry Union",
            "Orvane Steel",
        ),
        (
            "The Quarry Hands Guild took 400 loaders off the job at Varga Stoneworks on Monday.",
            "Quarry Hands Guild",
            "Varga Stoneworks",
        ),
        (
            "At its peak the Tram Crews Union had pulled nearly 3,000 drivers off work at Oxley "
            "Transit.",
            "Tram Crews Union",
            "Oxley Transit",
        ),
    ],
)
def test_a_union_takes_its_workers_off_the_job(
    text: str, striker: str, employer: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert striker in fields["strikers"]
    assert employer in fields["against"]


@pytest.mark.parametrize(
    ("text", "striker", "employer"),
    [
        (
            "About 300 KTDU members were locked out of the Fenn depot by Harrow Buses on Monday.",
            "KTDU",
            "Harrow Buses",
        ),
        ("Dockers were locked out of Berth 9 by Orvane Ports in May.", "Dockers", "Orvane Ports"),
        (
            "On 3 May some 400 riggers of the Quay Riggers Guild were locked out of Kessel Yard "
            "by Harwell Marine.",
            "Quay Riggers Guild",
            "Harwell Marine",
        ),
        (
            "Orvane Ports locked 300 dockers out of its Kessel terminal in May.",
            "dockers",
            "Orvane Ports",
        ),
    ],
)
def test_a_lockout_from_a_workplace(text: str, striker: str, employer: str, ruleset: Any) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert any(striker in s for s in fields["strikers"])
    assert employer in fields["against"]
    assert fields.get("lockout")


def test_locked_out_of_an_account_is_no_lockout(ruleset: Any) -> None:
    assert not strikes_in("The clerks were locked out of their accounts by the update.", ruleset)


@pytest.mark.parametrize(
    ("text", "striker", "employer"),
    [
        (
            "The strike pitted the Kessel Foundry Union against Orvane Steel.",
            "Kessel Foundry Union",
            "Orvane Steel",
        ),
        (
            "The 2019 dispute, which pitted the Tram Crews Union against Oxley Transit, lasted a "
            "month.",
            "Tram Crews Union",
            "Oxley Transit",
        ),
        (
            "That walkout set the Quay Riggers Guild against the Harwell Shipowners Association.",
            "Quay Riggers Guild",
            "Harwell Shipowners Association",
        ),
        ("A bitter stoppage pitted 900 KTDU members against Harrow Buses.", "KTDU", "Harrow Buses"),
    ],
)
def test_a_dispute_that_pitted_a_union_against_an_employer(
    text: str, striker: str, employer: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert any(striker in s for s in fields["strikers"])
    assert employer in fields["against"]


@pytest.mark.parametrize(
    "text",
    [
        "The match pitted Arsenal Rovers against Kessel City.",
        "A patent dispute pitted Orvane Inc. against Brannock Ltd.",
    ],
)
def test_a_contest_of_no_workers_is_no_strike(text: str, ruleset: Any) -> None:
    assert not strikes_in(text, ruleset)


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "About 2,000 lab assistants walked out on Kessel University on 9 May, under the "
            "banner of Kessel Lab Workers United.",
            "Kessel Lab Workers United",
        ),
        (
            "Porters struck Orvane Hospital in June at the call of the Hospital Porters Guild.",
            "Hospital Porters Guild",
        ),
        (
            "Cleaners walked out at Brannock Mall on Friday, answering a call by the Cleaners' "
            "Alliance of Brannock.",
            "Cleaners' Alliance of Brannock",
        ),
    ],
)
def test_the_union_under_whose_banner_workers_struck(text: str, union: str, ruleset: Any) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert union in fields["strikers"]


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "Tellers at Brisa Bank downed tools for two days after a call from the Federation "
            "of Bank Clerks.",
            "Federation of Bank Clerks",
        ),
        (
            "Crane drivers walked out at Pellow Quay on Monday, heeding a fresh call by the "
            "Harbour Crane Guild.",
            "Harbour Crane Guild",
        ),
        (
            "Cleaners at Halvorsen Tower stopped work in response to an appeal from the "
            "Facility Workers Union.",
            "Facility Workers Union",
        ),
        (
            "Stewards at Tarn Ferries walked out in May following a call by the Sindicato dos "
            "Marítimos do Sul, over rotas.",
            "Sindicato dos Marítimos do Sul",
        ),
    ],
)
def test_the_union_whose_call_the_strikers_followed(text: str, union: str, ruleset: Any) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == [union]
    assert fields.get("called")


def test_a_call_from_an_office_holder_names_no_caller(ruleset: Any) -> None:
    fields = fields_of(
        "Porters walked out at Tessel Infirmary after a call from the Health Secretary to "
        "accept the deal.",
        "strike",
        ruleset,
    )
    assert fields["strikers"] == ["Porters"]
    assert not fields.get("called")


def test_a_side_of_one_word_set_against_an_employer_is_the_union(ruleset: Any) -> None:
    fields = fields_of(
        "That dispute pitted Kestrel against the Harwell Shipowners Association.", "strike", ruleset
    )
    assert fields["strikers"] == ["Kestrel"]
    assert fields["against"] == ["Harwell Shipowners Association"]
    assert not fields.get("called")


def test_a_count_opening_the_sentence_is_no_part_of_the_union(ruleset: Any) -> None:
    fields = fields_of(
        "Roughly 240 Kessel Dock Union members were locked out of Fenn Quay by Orvane Ports.",
        "strike",
        ruleset,
    )
    assert fields["strikers"] == ["Kessel Dock Union"]


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "Over 300 porters at Orvane Health reported sick en masse on Monday.",
            "porters",
            "Orvane Health",
        ),
        (
            "Some 90 drivers called in sick on Friday night in a protest against Kessel Buses.",
            "drivers",
            "Kessel Buses",
        ),
        (
            "Brannock Rail's guards phoned in sick en masse when the new timetable began.",
            "guards",
            "Brannock Rail",
        ),
        (
            "About 150 flight attendants phoned in sick before dawn, in a protest "
            "against Tarrow Jet.",
            "flight attendants",
            "Tarrow Jet",
        ),
    ],
)
def test_workers_calling_in_sick_together_stop_work(
    text: str, strikers: str, employer: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert any(strikers in s for s in fields["strikers"])
    assert employer in fields["against"]


def test_one_worker_sick_is_no_stoppage(ruleset: Any) -> None:
    assert not strikes_in("Two of the porters reported sick on Monday with flu.", ruleset)
