"""Two ways a strike is told: a sit-in held by workers against their employer is a
strike, as a stoppage or a walkout is; and workers who "followed them out" (or "followed
the drivers out") after a strike told just before joined it, while following someone
out of a room is no strike. Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited, run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, Any]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "who", "employer"),
    [
        (
            "About 60 porters held a sit-in against Granby Services, their employer, in May.",
            "porters",
            "Granby Services",
        ),
        (
            "Some 40 baristas held a sit-in at the Molloy Coffee roastery on Tuesday.",
            "baristas",
            "Molloy Coffee",
        ),
        (
            "A sit-in by lab technicians against Ferrow Labs entered its third day.",
            "lab technicians",
            "Ferrow Labs",
        ),
    ],
)
def test_a_sit_in_is_a_strike(text: str, who: str, employer: str, ruleset: RuleSet) -> None:
    (found,) = _strikes(text, ruleset)
    assert found["strikers"] == [who] and found["against"] == [employer]


def test_a_sit_in_is_borne_out_by_the_page_s_stoppage(ruleset: RuleSet) -> None:
    found = cited(
        "About 60 porters held a sit-in against Granby Services, their employer",
        URL,
        "<p>Around 60 porters employed by Granby Services stopped work on Monday and"
        " occupied the hospital lobby over frozen pay.</p>",
        ruleset,
        "strike",
    )
    assert found.verdict.label == "supported", found.verdict.rationale


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Signal staff at Harnby Rail walked out at dawn. Track fitters followed them out"
            " by noon.",
            "Track fitters",
        ),
        (
            "Bakers at the Tolland plant struck on Monday. Its packers then followed the"
            " bakers out.",
            "packers",
        ),
    ],
)
def test_following_strikers_out_is_joining_them(text: str, who: str, ruleset: RuleSet) -> None:
    assert who in [n for f in _strikes(text, ruleset) for n in f["strikers"]]


@pytest.mark.parametrize(
    "text",
    [
        "Nurses at Kell Infirmary struck on Friday. Two managers followed them out of the meeting.",
        "Guards at Fenmore Prison followed the rules throughout the inspection.",
    ],
)
def test_following_someone_out_of_a_room_is_no_strike(text: str, ruleset: RuleSet) -> None:
    assert not [f for f in _strikes(text, ruleset) if "managers" in f["strikers"]]
    assert not [f for f in _strikes(text, ruleset) if "Guards" in f["strikers"]]


def test_followers_the_page_keeps_at_work_did_not_strike(ruleset: RuleSet) -> None:
    draft = (
        "# Ferries\n\nDeckhands at Orrin Ferries stopped work on Monday ([story]"
        f"({URL})). Vessel Line's deckhands followed them out on Tuesday.\n"
    )
    page = (
        "<p>Deckhands at Orrin Ferries stopped work on Monday over pay. Deckhands"
        " employed by Vessel Line did not join the action.</p>"
    )
    found = verdict(run(draft, {URL: page}, ruleset), "strike", "followed them out")
    assert found.verdict.label == "contradicted", found.verdict.rationale
