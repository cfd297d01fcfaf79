"""Strike forms read this round: a sit-in or a mass leave is a stoppage ("began a
sit-in at the mill", "went on mass leave"); a strike whose caller is told in a
participle opening the sentence ("Called by X, the walkout ..."); and workers who log off
an app at a named body's call ("at the urging of X"). Drafts written for these tests."""

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
            "About 300 weavers began a sit-in at Orla Textiles' Kessel mill on 4 June, "
            "sleeping beside the looms.",
            "weavers",
            "Orla Textiles",
        ),
        (
            "Dock clerks at Brisa Port staged a three-day sit-in against the Tarn Harbour "
            "Board in March.",
            "Dock clerks",
            "Tarn Harbour Board",
        ),
        (
            "Members of the Vell Nurses Association went on a two-day mass leave on "
            "12 May 2024 over unpaid allowances.",
            "Vell Nurses Association",
            None,
        ),
        (
            "Registry clerks at Kessel Land Office went on mass casual leave on Monday, "
            "shutting counters in 40 towns.",
            "Registry clerks",
            "Kessel Land Office",
        ),
    ],
)
def test_a_sit_in_or_mass_leave_is_a_stoppage(
    text: str, strikers: str, against: str | None, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert any(strikers in f["strikers"] for f in found), found
    if against is not None:
        assert any(against in f["against"] for f in found), found


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        (
            "Organised by Fetra-OX, the regional federation of farm hands, the walkout "
            "emptied most packing sheds within a day.",
            "Fetra-OX",
        ),
        (
            "Called by SNTV, the national glassworkers' union, the three-day strike halted "
            "40 furnaces.",
            "SNTV",
        ),
        (
            "Talks broke down in April. Led by the Orla Miners Guild, the stoppage spread "
            "to six pits within days.",
            "Orla Miners Guild",
        ),
    ],
)
def test_a_caller_told_first_calls_the_strike(text: str, caller: str, ruleset: RuleSet) -> None:
    found = _strikes(text, ruleset)
    assert any(f["strikers"] == [caller] and f["called"] for f in found), found


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        (
            "Some 400 couriers logged off for the evening at the urging of the Kessel Riders "
            "Guild and gathered outside the depot.",
            "Kessel Riders Guild",
        ),
        (
            "Cab drivers in Orla switched off their apps on 2 May at the call of ORDA, the "
            "drivers' alliance.",
            "ORDA",
        ),
        (
            "Hundreds of van drivers signed out of the Tarngo app for a morning at the behest "
            "of the Brisa Van Drivers Union.",
            "Brisa Van Drivers Union",
        ),
    ],
)
def test_logging_off_at_a_bodys_call_is_its_strike(
    text: str, caller: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert any(caller in f["strikers"] and f["called"] for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Led by Mara Quist, the choir sang at the rally.",
        "Organised by the Kessel Chamber, the fair drew 4,000 visitors.",
        "Couriers logged off at the request of their managers.",
        "The minister took leave on Monday.",
    ],
)
def test_no_strike_is_read(text: str, ruleset: RuleSet) -> None:
    assert _strikes(text, ruleset) == []
