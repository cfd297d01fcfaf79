"""Stoppages told in forms of their own: a stop-work announced ("will stop work"), an
overtime refusal in a dispute, a stay-away heeding a union's directive, a strike "called
against" an employer, an employer "hit by a walkout of X members", the South Asian word for
a general strike ("a hartal", "a bandh"), and a list of employers after "working for". Each
beside a near miss that is no strike claim.
Sentences written for these tests."""

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
            "Members of the Harbour Pilots Guild will stop work for three hours on Friday in a"
            " pay dispute with Orla Ports.",
            ["Harbour Pilots Guild"],
            ["Orla Ports"],
        ),
        (
            "Some 200 stevedores stopped work at the grain berths in a protest against Tarn"
            " Terminals over unpaid wages.",
            ["stevedores"],
            ["Tarn Terminals"],
        ),
        (
            "Tram fitters at Kell Depot have refused overtime since 3 May in a dispute with"
            " Vanta Transit over rotas.",
            ["Tram fitters"],
            ["Vanta Transit", "Kell Depot"],
        ),
        (
            "Thousands of couriers working for Zippa, Carro and Brisk switched off their apps"
            " for a day, demanding higher fees.",
            ["couriers"],
            ["Zippa", "Carro", "Brisk"],
        ),
        (
            "The night porters stayed at home from Tuesday, heeding a call from the Orla Porters"
            " Guild in its dispute with Tessel Health.",
            ["Orla Porters Guild"],
            ["Tessel Health"],
        ),
        (
            "The KDTU called a dawn-to-dusk hartal for 4 March against the provincial government.",
            ["KDTU"],
            ["provincial government"],
        ),
        (
            "Brisa Rail was hit by a two-day walkout of OTU and KRF members over pensions.",
            ["OTU", "KRF"],
            ["Brisa Rail"],
        ),
    ],
)
def test_stoppage_forms(
    text: str, strikers: list[str], against: list[str], ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert list(found[0]["strikers"]) == strikers, found
    assert all(a in found[0]["against"] for a in against), found


def test_strike_called_against_an_employer(ruleset: RuleSet) -> None:
    found = _strikes("The walkout was called against Orvel Masts, which owns the towers.", ruleset)
    assert found and list(found[0]["against"]) == ["Orvel Masts"], found


@pytest.mark.parametrize(
    "text",
    [
        "Riggers were told to stop work at Kell Yard while the crane was checked.",
        "Crews stop work at Brisa Quay whenever the wind is too strong.",
        "Lab staff at Venn Clinic are refusing to work overtime until rotas change.",
        "Residents stayed at home, heeding a call from the council to avoid the floods.",
        "The strike was called against the advice of the guild's own officials.",
        "The port was hit by a wave of Orla Rail delays.",
    ],
)
def test_near_misses_are_no_strike(text: str, ruleset: RuleSet) -> None:
    assert _strikes(text, ruleset) == []
