"""Strike parties by the form of their names: a short form with a branch or a generic
head after it ("the OTWU dock union", "KFU Local 212", "BMWA members"), workers "of" an
employer ("drivers of Harrow Buses"), and members before whom a short form stands. Every
name below is invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on
from test_claim_forms import fields_of

from factcheck.evidence.strikes import same_party


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("KFU Local 212", "Kessel Foundry Union Local 212"),
        ("the OTWU dock union", "Orrin Transport Workers Union"),
        ("BMWA members", "Brannock Miners and Welders Association"),
        ("SPTF", "Sindicato dos Portuários e Trabalhadores Fluviais"),
        ("VTG Local 9", "Varga Tram Guild Local 9"),
        ("the HGU nurses' union", "Harwick General Union"),
        ("OSW", "Orvane Steelworkers"),
        ("KBM", "Kessel Boilermakers"),
    ],
)
def test_a_short_form_with_its_branch_or_head_is_the_long_name(short: str, long: str) -> None:
    assert same_party(short, long)
    assert same_party(long, short)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("KFU Local 212", "Kessel Foundry Union Local 404"),
        ("the OTWU dock union", "Orrin Tram Workers Guild"),
        ("BMWA members", "Brannock Mill Workers Union"),
        ("ATP pilots", "Allied Transport Union"),
        ("OST", "Orvane Steelworkers"),
    ],
)
def test_a_short_form_is_not_another_name(a: str, b: str) -> None:
    assert not same_party(a, b)


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "In March 2021 some 4,000 BMWA members downed tools at Orvane Quarries.",
            "BMWA",
            "Orvane Quarries",
        ),
        ("About 900 KTDU members walked out at Harrow Buses on Monday.", "KTDU", "Harrow Buses"),
        ("Some 800 KTDU members walked out at Corvo, Brenner and Lusk.", "KTDU", "Lusk"),
        ("On Friday 300 SPTF members struck Varga Ferries over rosters.", "SPTF", "Varga Ferries"),
    ],
)
def test_members_before_a_short_form_are_its_members(
    text: str, strikers: str, employer: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert strikers in " ".join(fields["strikers"])
    assert employer in fields["against"]
    assert not any(strikers == a for a in fields["against"])


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        ("It was a one-day strike by pilots of Orrin Air on 3 May.", "pilots", "Orrin Air"),
        ("A strike by drivers of Harrow Buses halted services in June.", "drivers", "Harrow Buses"),
        ("The cleaners of Kessel Hospital walked out on Friday.", "cleaners", "Kessel Hospital"),
        ("In July the engineers of Brannock Rail went on strike.", "engineers", "Brannock Rail"),
        ("A walkout by the nurses of Pellham Clinic began at dawn.", "nurses", "Pellham Clinic"),
    ],
)
def test_workers_of_an_employer_strike_against_it(
    text: str, strikers: str, employer: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert employer in fields["against"]
    assert employer not in fields["strikers"]
    assert any(strikers.lower() in s.lower() for s in fields["strikers"])


def test_members_of_a_union_are_the_union(ruleset: Any) -> None:
    fields = fields_of(
        "Members of the Kessel Foundry Union walked out at Orvane Steel.", "strike", ruleset
    )
    assert fields["strikers"] == ["Kessel Foundry Union"]
    assert fields["against"] == ["Orvane Steel"]


TRAMS = {
    "https://news.example.org/trams": (
        "<h1>Trams run again as Orvane strike ends</h1>"
        "<p>Orvane City Trams resumed service on Monday after members of the Kessel "
        "Tramway Union Local 77 voted to accept a two-year deal.</p>"
        "<p>About 600 drivers and fitters walked off the job on 4 March, halting every "
        "line in the city.</p>"
        "<p>Local 77 said the vote was close.</p>"
    )
}


def test_a_story_naming_its_union_twice_names_one_union(ruleset: Any) -> None:
    judged = verdict_on(
        "Drivers in KTU Local 77 struck Orvane City Trams in March "
        "([report](https://news.example.org/trams)).",
        TRAMS,
        ruleset,
        "strike",
    )
    assert judged.label == "supported"


QUARRIES = {
    "https://wiki.example.org/quarry-strike": (
        "<table class='infobox'><tr><th>Parties</th><td><ul>"
        "<li>Brannock Miners and Welders Association (BMWA)</li>"
        "<li>Orvane Granite Holdings</li><li>Pellham Slate</li></ul></td></tr></table>"
        "<p>The 2019 quarry strike was a strike by 9,000 members of the Brannock Miners "
        "and Welders Association (BMWA) at Orvane Granite Holdings (Orgranit) and "
        "Pellham Slate.</p>"
        "<p>Members downed tools on 2 May 2019.</p>"
    )
}


def test_an_employer_named_by_its_bracketed_short_name_is_a_listed_party(ruleset: Any) -> None:
    judged = verdict_on(
        "In May 2019 some 9,000 BMWA members downed tools at Orgranit and Pellham Slate.",
        QUARRIES,
        ruleset,
        "strike",
    )
    assert judged.label == "supported"


def test_an_employer_the_infobox_leaves_out_is_still_no_party(ruleset: Any) -> None:
    judged = verdict_on(
        "In May 2019 some 9,000 BMWA members downed tools at Orgranit and Tarrow Stone.",
        QUARRIES,
        ruleset,
        "strike",
    )
    assert judged.label != "supported"


AIRLINE = {
    "https://wiki.example.org/orrin-air-strike": (
        "<p>The 2021 Orrin Air cabin strike was a one-day strike by flight attendants of "
        "Orrin Air and its regional arm Orrin Connect on 9 June 2021.</p>"
    )
}


def test_workers_of_an_employer_on_a_page_bear_out_the_claim(ruleset: Any) -> None:
    judged = verdict_on(
        "Orrin Air's flight attendants walked off the job in June 2021.", AIRLINE, ruleset, "strike"
    )
    assert judged.label == "supported"
    judged = verdict_on(
        "Tarrow Jet's flight attendants walked off the job in June 2021.",
        AIRLINE,
        ruleset,
        "strike",
    )
    assert judged.label != "supported"


LAB = {
    "https://wiki.example.org/lab-strike": (
        "<table class='infobox'><tr><th>Parties</th><td><ul>"
        "<li>Kessel Lab Workers United (KLWU Local 12)</li>"
        "<li>Kessel University Board of Governors</li></ul></td></tr></table>"
        "<p>The 2023 Kessel University lab strike was a strike by lab technicians, "
        "assistants and porters at Kessel University. Organised by Kessel Lab Workers "
        "United (KLWU), a branch of the Allied Technicians Union, it began on 9 May 2023.</p>"
    )
}


def test_an_infobox_party_is_its_whole_name_not_a_table_name_inside_it(ruleset: Any) -> None:
    judged = verdict_on(
        "About 2,000 lab technicians walked out on Kessel University on 9 May 2023, under "
        "the banner of Kessel Lab Workers United "
        "([background](https://wiki.example.org/lab-strike)).",
        LAB,
        ruleset,
        "strike",
    )
    assert judged.label == "supported"
