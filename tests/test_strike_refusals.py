"""Refusing the day's work is a strike however it is worded ("refused to work",
"refused to report for duty", "refused to train"), read against a page's strike, its own
refusal or its denial; refusing a part of the work (overtime) or refusing to work with
someone is none. Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"

STRUCK = """<h1>Mall cleaners strike</h1><p>In 2019 some 212 cleaners at Orrin Mall went on
strike for two days over pay, the first strike at the mall.</p>"""
REFUSED = """<h1>Tram dispute</h1><p>About 90 tram drivers employed by Corvel Transit refused
to work on 4 May in a dispute over rosters.</p>"""
DENIED = """<h1>Tram dispute</h1><p>Tram drivers at Corvel Transit walked out on 4 May.
Depot fitters at Corvel Transit did not join the strike and kept working.</p>"""


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, Any]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "In 2021, 140 porters at Wendle Docks refused to work over pay.",
            "porters",
            "Wendle Docks",
        ),
        (
            "About 60 bus drivers employed by Tarrow Buses refused to report for duty on 2 May.",
            "bus drivers",
            "Tarrow Buses",
        ),
        (
            "Squad players at Fennick Albion refused to train on Monday over unpaid wages.",
            "Squad players",
            "Fennick Albion",
        ),
        (
            "Packers at Olsen Foods are refusing to work until the rota is fixed.",
            "Packers",
            "Olsen Foods",
        ),
    ],
)
def test_a_refusal_of_the_days_work_is_a_strike(
    text: str, strikers: str, employer: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert any(
        strikers in list(f["strikers"]) and employer in list(f.get("against", [])) for f in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Lab staff at Venn Clinic are refusing to work overtime until rotas change.",
        "The council refused to work with the contractor on the bypass.",
        "Stewards at Pell Arena refused to work on Sundays without extra pay.",
    ],
)
def test_a_refusal_of_part_of_the_work_is_no_strike(text: str, ruleset: RuleSet) -> None:
    assert _strikes(text, ruleset) == []


@pytest.mark.parametrize(
    ("sentence", "page", "label"),
    [
        ("In 2019, 212 cleaners at Orrin Mall refused to work over pay", STRUCK, "supported"),
        ("Tram drivers at Corvel Transit went on strike on 4 May", REFUSED, "supported"),
        ("Depot fitters at Corvel Transit also refused to work on 4 May", DENIED, "contradicted"),
    ],
)
def test_a_refusal_is_read_against_the_pages_strike(
    sentence: str, page: str, label: str, ruleset: RuleSet
) -> None:
    assert cited(sentence, URL, page, ruleset, "strike").verdict.label == label
