"""A second party said to join a strike, or keep out of it, in forms a writer uses: a
body's short name with a description between commas ("The KSU, the signallers' union,
also walked out"), "joined the action", workers told by their tie to those named before
("their colleagues at the city-owned Vell group did not join"), and an employer after a
compound modifier ("at the state-run Orvo Health"). Drafts and pages written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/ward-dispute"


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, Any]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "strikers"),
    [
        ("The KSU, the signallers' union, also walked out on Monday.", "KSU"),
        ("The TGWB, the largest union of glass blowers, went on strike too.", "TGWB"),
        ("Clerks in the Harrow Clerks Guild have now joined the action.", "Harrow Clerks Guild"),
        ("The Pellow Porters Union joined the industrial action today.", "Pellow Porters Union"),
    ],
)
def test_a_second_body_said_to_strike_is_a_claim(
    ruleset: RuleSet, text: str, strikers: str
) -> None:
    found = _strikes(text, ruleset)
    assert found and strikers in found[0]["strikers"], found


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        # Told in a clause of "with" and a participle; whose they are is no part of who.
        (
            "The row spread, with the league's umpires also downing their flags in "
            "solidarity with the players.",
            "umpires",
            None,
        ),
        (
            "Buses stopped too, with Orvo Transit's drivers staying away in sympathy.",
            "drivers",
            "Orvo Transit",
        ),
        ("The yard went quiet, with the riggers walking out as well.", "riggers", None),
    ],
)
def test_a_second_party_in_a_clause_of_with(
    ruleset: RuleSet, text: str, strikers: str, employer: str | None
) -> None:
    found = _strikes(text, ruleset)
    assert found and found[0]["strikers"] == [strikers], found
    assert found[0]["against"] == ([employer] if employer else []), found


@pytest.mark.parametrize(
    "text",
    [
        "Ina Roth, the guild's secretary, walked out of the meeting.",
        "Three tenants joined the legal action against the landlord.",
    ],
)
def test_a_person_or_a_lawsuit_is_no_strike(ruleset: RuleSet, text: str) -> None:
    assert _strikes(text, ruleset) == []


@pytest.mark.parametrize(
    ("text", "employer", "denied"),
    [
        ("Their colleagues at the city-owned Vell group did not join the walkout.", "Vell", True),
        ("Their counterparts at Orrin Freight walked out as well.", "Orrin Freight", False),
        (
            "Porters at the state-run Tessel Infirmary did not join the walkout.",
            "Tessel Infirmary",
            True,
        ),
        # A short name in capitals, in the possessive, opening the sentence.
        ("ORV's own ticket clerks joined the stoppage in sympathy.", "ORV", False),
        ("Then KMT's depot fitters walked out too.", "KMT", False),
        # Called out, with no caller named, in a story of a stoppage.
        ("The guild's notice said drivers at KMT were also called out that day.", "KMT", False),
    ],
)
def test_workers_at_an_employer_after_a_modifier(
    ruleset: RuleSet, text: str, employer: str, denied: bool
) -> None:
    found = _strikes(text, ruleset)
    assert found and employer in found[0]["against"], found
    assert bool(found[0].get("denied")) is denied


def _page(second: str) -> str:
    return f"""<html><head><title>Ward staff strike</title></head><body>
<h1>Ward staff strike</h1>
<p>Healthcare assistants at Pellham General walked out on Thursday over staffing.</p>
<p>{second}</p>
</body></html>"""


@pytest.mark.parametrize(
    ("claim", "second", "label"),
    [
        # Called out: the page keeps that employer's own workforce out.
        (
            "Assistants at the Orvane Clinic were called out in the same dispute.",
            "Staff employed directly by the Orvane Clinic, who have a contract of their own, "
            "are not being called out.",
            "contradicted",
        ),
        (
            "OVC's own assistants joined the walkout in sympathy.",
            "Employees of OVC kept working through the strike.",
            "contradicted",
        ),
        # Named by a common noun's possessive, they are the page's workers so named.
        (
            "The dispute spread, with the clinic's porters also downing their mops in solidarity.",
            "Porters, who settled their own pay claim last year, were not part of the action.",
            "contradicted",
        ),
        # The draft denies a strike the page reports at that employer.
        (
            "Their colleagues at the Orvane Clinic did not join the walkout.",
            "Assistants at the Orvane Clinic struck on the same day.",
            "contradicted",
        ),
        # The draft has them join; the page says they kept working.
        (
            "Their counterparts at the Orvane Clinic walked out too.",
            "Assistants at the Orvane Clinic did not join the strike.",
            "contradicted",
        ),
        (
            "Their colleagues at the Orvane Clinic walked out too.",
            "The Orvane Clinic's assistants went on strike alongside them.",
            "supported",
        ),
    ],
)
def test_colleagues_are_whoever_the_page_has_at_that_employer(
    ruleset: RuleSet, claim: str, second: str, label: str
) -> None:
    draft = (
        "# Wards\n\nHealthcare assistants at Pellham General walked out on Thursday. "
        f"{claim} ([report]({URL}))\n"
    )
    found = verdict(run(draft, {URL: _page(second)}, ruleset, wrap=False), "strike", claim[:20])
    assert found.verdict.label == label, found.verdict.rationale
