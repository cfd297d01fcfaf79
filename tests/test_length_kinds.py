"""What a length of time is the length of: an agreement's term, talks, or a dispute. A
contract's years are not refuted by a strike's days; two lengths rounded to whole years
differ by a year, not meet by a day; and a claim speaking of "the strike" with no link
of its own reads the page the article cited where it told that strike. Pages and drafts
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

WIKI = "https://wiki.example/wiki/2030_Tarn_Valley_bakery_strike"
WIKI_PAGE = """<html><head><title>2030 Tarn Valley bakery strike - Wikipedia</title></head>
<body><main><h1>2030 Tarn Valley bakery strike</h1>
<table class="infobox"><tr><th>Date</th><td>May 6 – June 14, 2030 (40 days)</td></tr>
<tr><th>Parties</th><td>Bakers' Guild of Tarn; Tarn Valley Bakeries</td></tr></table>
<p>The 2030 Tarn Valley bakery strike was a strike by the Bakers' Guild of Tarn against
Tarn Valley Bakeries. It ended when members backed a three-year contract.</p>
<p>Talks between the guild and the bakeries had gone on for eight months of bargaining
before the strike.</p></main></body></html>"""


def _lengths(draft: str, ruleset: Any) -> dict[str, str]:
    checked = run(draft, {WIKI: WIKI_PAGE}, ruleset, wrap=False)
    return {
        c.claim.text: c.verdict.label
        for c in checked
        if c.claim.type == "quantity" and c.claim.fields.get("unit") == "days"
    }


def _draft(*paragraphs: str) -> str:
    opening = (
        "Bakers of the Bakers' Guild of Tarn went on strike against Tarn Valley Bakeries"
        f" in May 2030 ([the entry on it]({WIKI}))."
    )
    return "\n\n".join(["# Bread", opening, *paragraphs]) + "\n"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "the strike" with no link of its own is the strike the opening cited.
        ("All in all, the strike ran for eight weeks.", "contradicted"),
        ("In the end the strike stretched to nearly six weeks.", "supported"),
    ],
)
def test_the_strike_reads_the_page_cited_for_it(sentence: str, label: str, ruleset: Any) -> None:
    assert list(_lengths(_draft(sentence), ruleset).values()) == [label]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # A contract's term: the strike's 40 days say nothing of it; its page's
        # "three-year contract" does, and two years are not three (nor meet it by a day).
        ("The guild's new contract with the bakeries runs for two years.", "contradicted"),
        ("The guild's new contract with the bakeries runs for three years.", "supported"),
        # Talks: the page's eight months of bargaining, not the strike's 40 days.
        ("Bargaining between the guild and the bakeries stretched to eight months.", "supported"),
    ],
)
def test_a_length_is_set_against_a_length_of_the_same_thing(
    sentence: str, label: str, ruleset: Any
) -> None:
    paragraph = f"{sentence} ([the entry]({WIKI}))"
    assert list(_lengths(_draft(paragraph), ruleset).values()) == [label]


def test_a_strikes_days_say_nothing_of_a_contracts_term(ruleset: Any) -> None:
    page = WIKI_PAGE.replace(" It ended when members backed a three-year contract.", "")
    paragraph = (
        f"The guild's new contract with the bakeries runs for three years ([the entry]({WIKI}))."
    )
    checked = run(_draft(paragraph), {WIKI: page}, ruleset, wrap=False)
    terms = [c.verdict.label for c in checked if "contract" in c.claim.text]
    assert terms == ["unverified"]
