"""Strike forms read this round: plural stoppage nouns with no article ("began overtime
bans against X"), sick calls against an employer, backing by "threw its weight behind",
a stoppage put on an employer in the passive, an employer named as the target of a strike
told before, "the alliance" pointing back to a union so named, and members named by their
union's short form glued to "-affiliated". Drafts written for these tests."""

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
    ("text", "strikers", "against"),
    [
        (
            "Members of the Brisa Controllers Guild began overtime bans against Tarn Airways "
            "on 2 May, refusing short-notice swaps.",
            "Brisa Controllers Guild",
            "Tarn Airways",
        ),
        (
            "Tram fitters launched rolling go-slows against Kell Transit in June.",
            "Tram fitters",
            "Kell Transit",
        ),
        (
            "Late on 4 May, over 250 flight attendants reported sick against Orvo Air, "
            "objecting to new contracts.",
            "flight attendants",
            "Orvo Air",
        ),
        (
            "A work-to-rule was declared against the Pellow Water Board by members of the Mains "
            "Fitters Union.",
            "Mains Fitters Union",
            "Pellow Water Board",
        ),
        (
            "An overtime ban was imposed on the City of Orrin by KMU-affiliated paramedics in "
            "mid-2022, over standby pay.",
            "KMU",
            "City of Orrin",
        ),
    ],
)
def test_the_form_is_read_as_a_strike(
    text: str, strikers: str, against: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert strikers in str(found[0]["strikers"]) and against in str(found[0]["against"]), found


@pytest.mark.parametrize(
    "text",
    [
        "The ministry imposed import bans against Orla Foods.",
        "Three of the clerks called in sick against their doctor's advice.",
        "The mayor threw her weight behind the strike.",
        "A travel ban was imposed on Orla Buses by the regulator.",
        "Orla Foods was the target of a takeover bid last year.",
        "The Tarn Dockers Union has 2,000 members. The ruling alliance led a walkout from "
        "the chamber.",
    ],
)
def test_the_near_miss_is_no_strike(text: str, ruleset: RuleSet) -> None:
    assert _strikes(text, ruleset) == [], text


def test_a_union_backing_a_stoppage_is_among_its_strikers(ruleset: RuleSet) -> None:
    found = _strikes(
        "The KTF, a smaller hauliers' federation, threw its full weight behind the walkout.",
        ruleset,
    )
    assert found and list(found[0]["strikers"]) == ["KTF"], found


def test_the_alliance_points_back_to_a_union_named_alliance(ruleset: RuleSet) -> None:
    found = _strikes(
        "The Tarn Warehouse Workers Alliance (TWWA) organises pickers in Kell. It has 3,000 "
        "members. In May the alliance led a walkout at Orla Stores' Kell depot over pay.",
        ruleset,
    )
    assert found and list(found[0]["strikers"]) == ["Tarn Warehouse Workers Alliance"], found
    assert "Orla Stores" in found[0]["against"], found


def test_the_target_of_a_strike_told_before_is_its_employer(ruleset: RuleSet) -> None:
    found = _strikes(
        "About 50 porters at Kell Docks downed tools on Monday. Tarn Harbour Services, which "
        "runs the docks and employs the porters, was the target of the stoppage.",
        ruleset,
    )
    assert any(list(f["against"]) == ["Tarn Harbour Services"] for f in found), found
    # With no strike told before, a target is of something else.
    assert _strikes("Tarn Harbour Services was the target of the stoppage.", ruleset) == []
