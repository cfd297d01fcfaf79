"""Strike claims whose parties are said around the verb rather than named as its subject:
an attribution closing the subject ("by the guild's own count") is no striker; a
caller told in an absolute clause ("with X calling the stoppages"); "the company" in a
lockout's own clause; a body named for the people it gathers in the plural possessive
("Riggers' League"); and strikes told by forms the rules did not read ("led 300 staff off
the job", "the walkout, by contrast, was aimed at", "took part", "in a sick-out", "struck
at 30 sites against Y", "the action was called by X"). Drafts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, Any]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "About 300 loaders — Quay Guild members, by the guild's own count — walked out "
            "against Harwick Ports over pay.",
            "Quay Guild",
        ),
        (
            "Some 90 glaziers – Kiln Workers Union members, according to the union – downed "
            "tools at Orla Glass on Friday.",
            "Kiln Workers Union",
        ),
        (
            "Roughly 40 porters, all Tarn Porters Guild members on its own estimate, struck "
            "Lantern Docks in May.",
            "Tarn Porters Guild",
        ),
    ],
)
def test_an_attribution_closing_the_subject_is_no_striker(
    text: str, union: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found and list(found[0]["strikers"]) == [union], found


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "Some 800 cooks and cleaners walked off the job at one hotel or another, with "
            "the Hotel Crews Guild calling the stoppages one by one.",
            "Hotel Crews Guild",
        ),
        (
            "Bus drivers stopped work across the county, with the Tarn Transport Union "
            "coordinating the walkouts from its Leeds office.",
            "Tarn Transport Union",
        ),
        (
            "Ward clerks walked out at Orla General, the Clerical Staff Guild having called "
            "the strike a week before.",
            "Clerical Staff Guild",
        ),
    ],
)
def test_a_caller_in_an_absolute_clause(text: str, union: str, ruleset: RuleSet) -> None:
    found = _strikes(text, ruleset)
    assert found and list(found[0]["strikers"]) == [union], found


def test_the_company_of_a_lockout_in_its_own_clause_is_the_one_named_before(
    ruleset: RuleSet,
) -> None:
    found = _strikes(
        "Brisa Valley Coal runs three pits. The two disputes differed. In Tarn, KMU members "
        "walked out; at Brisa Valley, the company locked out members of the Kiln Workers "
        "Union.",
        ruleset,
    )
    lockouts = [f for f in found if f.get("lockout")]
    assert lockouts and list(lockouts[0]["against"]) == ["Brisa Valley Coal"], found
    assert "against" in lockouts[0]["resolved"]


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "Some 2,400 assistants represented by the Graduate Employees' Organization "
            "staged a three-day walkout.",
            "Graduate Employees' Organization",
        ),
        (
            "About 500 members of the Kessel Nurses' Society walked out at Orla General.",
            "Kessel Nurses' Society",
        ),
        (
            "Crews represented by the Tarn Riggers' League struck Varga Yards on Monday.",
            "Tarn Riggers' League",
        ),
    ],
)
def test_a_body_named_for_its_people_in_the_plural_possessive_is_a_union(
    text: str, union: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found and union in found[0]["strikers"], found
    assert union not in found[0].get("against", ()), found


def test_an_employers_body_in_the_plural_possessive_is_no_union(ruleset: RuleSet) -> None:
    found = _strikes(
        "Deckhands walked out against the Kessel Shipowners' Society on Monday.", ruleset
    )
    # Read as an employers' body it stays whom they struck, not a union dropped from it.
    assert found and any(a.startswith("Kessel Shipowners") for a in found[0]["against"]), found


@pytest.mark.parametrize(
    ("text", "strikers", "against"),
    [
        (
            "The Tarn Guild led some 500 Kessel Foods employees off the job in 2019.",
            "Tarn Guild",
            "Kessel Foods",
        ),
        (
            "The Dock Crews Guild marched 600 members off the job at Harwick Ports.",
            "Dock Crews Guild",
            "Harwick Ports",
        ),
        (
            "In 2016 the Tarn Bakers Union led its members off the job at Orla Bread.",
            "Tarn Bakers Union",
            "Orla Bread",
        ),
    ],
)
def test_a_union_leading_workers_off_the_job(
    text: str, strikers: str, against: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found and list(found[0]["strikers"]) == [strikers], found
    assert against in found[0]["against"], found


@pytest.mark.parametrize(
    "text",
    [
        "The 2019 walkout, by contrast, was aimed at Orvane Motors alone.",
        "That stoppage, however, was directed at Orvane Motors.",
        "The earlier strike, for its part, targeted Orvane Motors and no one else.",
    ],
)
def test_an_adverb_in_commas_before_the_aim(text: str, ruleset: RuleSet) -> None:
    found = _strikes(text, ruleset)
    assert found and "Orvane Motors" in found[0]["against"], found


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "Porters at Lantern Docks stopped work on Monday. Roughly 300 members of the "
            "Quay Guild took part, according to a report.",
            "Quay Guild",
        ),
        (
            "Drivers at Orla Coaches walked out at dawn. Members of the Coach Crews Guild "
            "participated too.",
            "Coach Crews Guild",
        ),
        (
            "Fitters at Brisa Yards began a stoppage on Friday. About 80 Tarn Riggers Union "
            "members took part in it.",
            "Tarn Riggers Union",
        ),
    ],
)
def test_taking_part_in_a_strike_told_before(text: str, union: str, ruleset: RuleSet) -> None:
    found = _strikes(text, ruleset)
    assert any(union in f["strikers"] for f in found), found


def test_taking_part_with_no_strike_before_is_none(ruleset: RuleSet) -> None:
    found = _strikes("The budget was set on Monday. Ten managers took part.", ruleset)
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 500 teachers in Orla called in sick on Sept. 9, 2023, in a sick-out that the "
        "district called unlawful.",
        "Some 200 nurses at Tarn General phoned in sick as part of a wider stoppage.",
        "About 60 drivers at Kell Buses reported sick on Friday in their second walkout.",
    ],
)
def test_calling_in_sick_in_a_stoppage(text: str, ruleset: RuleSet) -> None:
    assert _strikes(text, ruleset), text


def test_calling_in_sick_alone_is_no_strike(ruleset: RuleSet) -> None:
    assert _strikes("Two of the porters called in sick on Monday with flu.", ruleset) == []


def test_where_they_struck_before_whom_against(ruleset: RuleSet) -> None:
    found = _strikes(
        "Members of the Lab Technicians Guild struck at 30 clinics against the Clinic Owners "
        "Council in June.",
        ruleset,
    )
    assert found and list(found[0]["against"]) == ["Clinic Owners Council"], found


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "Drivers at Orla Buses walked out on Monday. The action was called by the Tarn "
            "Transport Union.",
            "Tarn Transport Union",
        ),
        (
            "Porters at Kell Docks stopped work at dawn. This shutdown was led by the Quay "
            "Porters Guild.",
            "Quay Porters Guild",
        ),
        (
            "Cleaners at Brisa Mall downed tools on Friday. The protest, in turn, was "
            "organised by the Allied Cleaners Union.",
            "Allied Cleaners Union",
        ),
    ],
)
def test_a_strike_named_again_as_an_action_called_by_a_union(
    text: str, union: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert any(list(f["strikers"]) == [union] and f.get("called") for f in found), found


def test_an_action_called_by_with_no_strike_before_is_none(ruleset: RuleSet) -> None:
    found = _strikes("The protest was organised by the Tarn Transport Union.", ruleset)
    assert found == []
