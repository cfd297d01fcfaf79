"""Industrial action in forms other than "went on strike": an overtime ban imposed or
declared, overtime refused from a day on, a marking boycott, a stoppage called jointly
by two bodies, a union calling out an employer's staff named in the possessive, the
walkout of a body named by its short form in the possessive, whom a union's dispute is
with, a lockout declared by an employer, a vote to strike and a strike a group "is to"
hold, and the bodies listed after "members of". Each has a near miss that is no strike.
Drafts written for these tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


def _first_strike(
    text: str, strikers: list[str], employer: str, ruleset: RuleSet
) -> dict[str, object]:
    """The first strike claim of ``text``, once its strikers and employer are as given."""
    found = _strikes(text, ruleset)
    assert found, text
    assert list(found[0]["strikers"]) == strikers  # type: ignore[call-overload]
    assert employer in found[0]["against"]  # type: ignore[operator]
    return found[0]


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "The Tarn Freight Guild imposed an overtime ban against Orla Haulage in March.",
            ["Tarn Freight Guild"],
            "Orla Haulage",
        ),
        (
            "Kessel, the Orvane Cabin Crew Union, declared an overtime ban at Brisa Air.",
            ["Orvane Cabin Crew Union"],
            "Brisa Air",
        ),
        (
            "Ferry crews at Vell Lines, members of the Quay Seafarers Union, started refusing "
            "overtime on 2 April.",
            ["Quay Seafarers Union"],
            "Vell Lines",
        ),
        (
            "Tutors belonging to the Orla Teachers Guild refused to mark final-year scripts in "
            "a row with Kell College over pensions.",
            ["Orla Teachers Guild"],
            "Kell College",
        ),
        (
            "The KTWU called out Harlow Buses' roughly 2,500 drivers for a 24-hour strike.",
            ["KTWU"],
            "Harlow Buses",
        ),
        (
            "The OPWF's walkout against Brenn Energy began on 4 March 2019.",
            ["OPWF"],
            "Brenn Energy",
        ),
        (
            "Members of Tarnvik Energi, FOSA and Brakke struck against Orla Drilling in June.",
            ["Tarnvik Energi", "FOSA", "Brakke"],
            "Orla Drilling",
        ),
    ],
)
def test_other_actions_are_strikes(
    text: str, strikers: list[str], employer: str, ruleset: RuleSet
) -> None:
    _first_strike(text, strikers, employer, ruleset)


def test_a_stoppage_called_jointly_is_both_bodies(ruleset: RuleSet) -> None:
    found = _strikes(
        "The walkout was called jointly by KFT and the Orla Port Federation, and the quays "
        "fell silent.",
        ruleset,
    )
    assert found
    assert list(found[0]["strikers"]) == ["KFT", "Orla Port Federation"]  # type: ignore[call-overload]
    assert found[0]["called"]


@pytest.mark.parametrize(
    "text",
    [
        "Colleges withheld wages from tutors on each day those tutors refused to mark, "
        "though teaching went on.",
        "The government imposed a strike ban on the port.",
        "The CEO's strike against the board was rhetorical.",
        "The referee called out Tarn Rovers' players for diving.",
        "The board voted to strike the motion from the record.",
        "The aim is to strike a balance between rotas.",
        "The account lockout was triggered by three wrong passwords.",
        "Lab staff at Venn Clinic are refusing to work overtime until rotas change.",
    ],
)
def test_near_misses_are_no_strikes(text: str, ruleset: RuleSet) -> None:
    assert _strikes(text, ruleset) == []


def test_whom_the_dispute_is_with_after_a_strike(ruleset: RuleSet) -> None:
    found = _strikes(
        "Painters on the Varn platforms walked out on Monday. The KPU's dispute is with "
        "Orla Offshore, the platforms' operator, over a 4% offer.",
        ruleset,
    )
    assert any(
        list(f["strikers"]) == ["KPU"] and list(f["against"]) == ["Orla Offshore"]  # type: ignore[call-overload]
        for f in found
    )


def test_a_dispute_with_no_strike_before_is_no_claim(ruleset: RuleSet) -> None:
    assert _strikes("The KPU's dispute is with Orla Offshore, over a 4% offer.", ruleset) == []


def test_a_lockout_declared_by_an_employer(ruleset: RuleSet) -> None:
    found = _strikes(
        "That lockout had been formally ordered by Orla Shipping, not by the owners' body.", ruleset
    )
    assert found
    assert list(found[0]["against"]) == ["Orla Shipping"]  # type: ignore[call-overload]
    assert found[0]["lockout"]


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "Kell Guild members at Orla Foods' Tarn depot are to strike on 4 June over rotas.",
            ["Kell Guild"],
            "Orla Foods",
        ),
        (
            "KDU and TSA members at Brenn Radio voted to stop work next month over pay.",
            ["KDU", "TSA"],
            "Brenn Radio",
        ),
        (
            "Porters at Tessel Infirmary voted to strike in May.",
            ["Porters"],
            "Tessel Infirmary",
        ),
    ],
)
def test_votes_and_set_strikes_are_plans(
    text: str, strikers: list[str], employer: str, ruleset: RuleSet
) -> None:
    assert _first_strike(text, strikers, employer, ruleset)["planned"]


def test_a_named_site_of_an_owner_is_no_employer(ruleset: RuleSet) -> None:
    found = _strikes("Loaders at Orla Foods' Tarn depot walked out on Monday.", ruleset)
    assert found
    assert list(found[0]["against"]) == ["Orla Foods"]  # type: ignore[call-overload]


def test_an_association_struck_against_is_the_employers_side(ruleset: RuleSet) -> None:
    found = _strikes(
        "Members of the Kiln Guild struck against the Orvane Oil Association.", ruleset
    )
    assert found
    assert list(found[0]["against"]) == ["Orvane Oil Association"]  # type: ignore[call-overload]


def test_a_union_joined_is_not_struck_against(ruleset: RuleSet) -> None:
    found = _strikes("Porters walked out on Monday, joining the Kessel Porters Union.", ruleset)
    assert all("Kessel Porters Union" not in f["against"] for f in found)  # type: ignore[operator]
