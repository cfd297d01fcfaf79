"""Strikes told in forms other than a striking verb in the main clause: the stoppage in a
gerund after what followed it ("were paid after stopping work"), a strike begun in the
perfect ("have begun a go-slow"), and a vessel's name after its kind ("crew on board the
tanker X"), which says where the crew work. Drafts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"
DRAFT = (
    f"# Pay\n\nWard cleaners at Orla Infirmary stopped work over unpaid wages ([report]({URL})).\n"
)


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "strikers", "against"),
    [
        (
            "Ward cleaners at Orla Infirmary were paid in full after stopping work for a week.",
            "Ward cleaners",
            ["Orla Infirmary"],
        ),
        (
            "About 40 riggers were dismissed after walking out at Tessel Yards.",
            "riggers",
            ["Tessel Yards"],
        ),
        (
            "Members of the Kell Tram Guild won a 4.5 per cent rise after going on strike in May.",
            "Kell Tram Guild",
            [],
        ),
        (
            "Radiographers have begun a go-slow at Pellam Clinic.",
            "Radiographers",
            ["Pellam Clinic"],
        ),
        (
            "Bin crews have begun a two-day work-to-rule against Orvel Waste Ltd.",
            "Bin crews",
            ["Orvel Waste Ltd"],
        ),
    ],
)
def test_strikes_in_other_forms(
    text: str, strikers: str, against: list[str], ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert found[0]["strikers"] == [strikers]
    assert found[0]["against"] == against


@pytest.mark.parametrize(
    "text",
    [
        "The contractor cut its forecast after stopping work on the new wing.",
        "Shares in Orla Build fell after stopping work was announced.",
    ],
)
def test_near_misses_are_no_strike(text: str, ruleset: RuleSet) -> None:
    assert _strikes(text, ruleset) == []


def test_a_vessel_named_after_its_kind_is_where(ruleset: RuleSet) -> None:
    found = _strikes(
        "Deck crew on board the tanker Orla Star were paid after stopping work in port.", ruleset
    )
    assert found and found[0]["strikers"] == ["Deck crew"]
    assert found[0].get("where") == ["Orla Star"]


def test_a_page_telling_the_stoppage_after_its_outcome_bears_it_out(ruleset: RuleSet) -> None:
    page = (
        "<p>Ward cleaners at Orla Infirmary have received two months of back pay after "
        "stopping work for three nights, their union said.</p>"
    )
    assert verdict(run(DRAFT, {URL: page}, ruleset), "strike").verdict.label == "supported"


def test_a_project_halted_bears_out_no_stoppage(ruleset: RuleSet) -> None:
    page = "<p>Orla Infirmary cut its building budget after stopping work on the new wing.</p>"
    assert verdict(run(DRAFT, {URL: page}, ruleset), "strike").verdict.label != "supported"
