""" "They" opening a strike sentence stands for the strikers of the strike told in the
few sentences before ("Porters stopped work. They were striking against X"): the claim is
theirs against X, read against a page's strike in prose or a list; with no strike before,
"they" may be anyone and the sentence is no claim. Drafts and pages written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"

PROSE = """<h1>Porters strike</h1><p>Porters at Vell Hospital went on strike against Vell
Health on Tuesday over unpaid overtime.</p>"""
LISTED = """<ul><li>Tuesday: porters at Vell Hospital walk out in a dispute with Vell Health
over overtime.</li></ul>"""


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, Any]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "Ninety porters at Vell Hospital stopped work on Tuesday. They were striking "
            "against the hospital's operator, Vell Health.",
            "Ninety porters",
            "Vell Health",
        ),
        (
            "Members of the Loom Crafts Guild downed tools in May. Weeks later they walked "
            "out again, against Arden Textiles this time.",
            "Loom Crafts Guild",
            "Arden Textiles",
        ),
        (
            "Ticket clerks at Orne Rail struck on Friday, the first strike in a decade. "
            "They took industrial action against Orne Rail Holdings.",
            "Ticket clerks",
            "Orne Rail Holdings",
        ),
    ],
)
def test_they_are_the_strikers_told_before(
    text: str, strikers: str, employer: str, ruleset: RuleSet
) -> None:
    assert any(
        f["strikers"] == [strikers] and employer in list(f["against"])
        for f in _strikes(text, ruleset)
    ), _strikes(text, ruleset)


@pytest.mark.parametrize(
    "text",
    [
        "They walked out against Orrin Foods.",
        "Shoppers queued at Orrin Foods on Monday. They walked out against the new prices.",
    ],
)
def test_they_with_no_strike_before_is_no_claim(text: str, ruleset: RuleSet) -> None:
    assert _strikes(text, ruleset) == []


@pytest.mark.parametrize("page", [PROSE, LISTED])
def test_their_strike_is_read_against_the_page(page: str, ruleset: RuleSet) -> None:
    draft = (
        "# Draft\n\nPorters at Vell Hospital stopped work on Tuesday. They walked out "
        f"against Vell Health over overtime ([source]({URL})).\n"
    )
    theirs = [
        c
        for c in run(draft, {URL: page}, ruleset)
        if c.claim.type == "strike" and c.claim.text.startswith("They")
    ]
    assert theirs and theirs[0].verdict.label == "supported"
