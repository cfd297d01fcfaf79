"""Workers described in an aside as a union's members ("porters, all members of the Quay
Guild, walked out") are that union's strikers, as "porters represented by the Quay Guild"
are; an aside that says something else of them, or who represents them, names no
union. Drafts written for these
tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _strikers(text: str, ruleset: RuleSet) -> list[list[str]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [
        list(c.fields.get("strikers", []))
        for c in extract_claims(article, ruleset)
        if c.type == "strike"
    ]


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "About 200 porters, all members of the Quay Porters Guild, walked out at Lantern "
            "Docks on Monday.",
            "Quay Porters Guild",
        ),
        ("Signal fitters, who belong to the RSFU, downed tools at Coastline Rail.", "RSFU"),
        (
            "Some 90 lab technicians, who are members of the Allied Lab Workers Federation, "
            "struck Meridian Diagnostics in May.",
            "Allied Lab Workers Federation",
        ),
        (
            "Night cleaners at Orrin General, organised by the Tarn Health Workers Union, "
            "went on strike against the trust on Friday.",
            "Tarn Health Workers Union",
        ),
        (
            "The bus drivers, nearly all of them members of Tarn Transit Crews, stopped work "
            "at Orla Transit for a day.",
            "Tarn Transit Crews",
        ),
    ],
)
def test_an_aside_naming_whose_members_they_are(text: str, union: str, ruleset: RuleSet) -> None:
    found = _strikers(text, ruleset)
    assert found and found[0] == [union], found


def test_an_aside_of_another_kind_names_no_union(ruleset: RuleSet) -> None:
    found = _strikers(
        "About 200 porters, the backbone of the Lantern Docks workforce, walked out on Monday.",
        ruleset,
    )
    assert found and found[0] == ["porters"], found


@pytest.mark.parametrize(
    "second",
    [
        "Harrow Crew Guild, the second union at the port, took the offer, and its members"
        " stayed at work.",
        "The Brask Stewards Council, a rival union, settled in May, and its members kept"
        " working throughout the strike.",
        "Orla Riggers Guild, a smaller union, signed the deal, but its staff remained at work"
        " during the strike.",
    ],
)
def test_a_union_word_in_another_subjects_clause_points_back_to_no_one(
    second: str, ruleset: RuleSet
) -> None:
    # "its members" follow a clause whose subject is another body: the union word in
    # that clause describes that body, not the one the story named before.
    found = _strikers(
        "Dockers of the Tarn Dockers Union struck at Port Veld on Monday. " + second, ruleset
    )
    assert len(found) == 2 and "Tarn Dockers Union" not in found[1], found
