"""Strikers a page names by their trade alone ("Porters walked out") are not read as the
members of the story's one union when the page itself says that union stayed out, in
any sentence, a list or another paragraph; a denial of another year's strike refutes
nothing. Drafts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"

GUILD_OUT = """<h1>Porters strike at Vell</h1><p>Porters walked out at Vell Infirmary on
Tuesday.</p><p>The Hospital Staff Guild said its members were not taking part and had kept
working.</p>"""
LISTED_OUT = """<h1>Sorters strike at Dunmore</h1><p>Parcel sorters walked out at Dunmore
Freight in March 2024 over shift patterns.</p><ul><li>Members of the Depot Clerks Guild did
not join the stoppage, a spokeswoman said.</li></ul>"""
OUT_BEFORE = """<h1>Sorters strike at Dunmore</h1><p>Parcel sorters walked out at Dunmore
Freight in March 2024 over shift patterns.</p><p>In 2019, by contrast, the Depot Clerks
Guild did not join a walkout at the depot.</p>"""
CALLED = """<h1>Cleaners walk out</h1><p>Cleaners walked out at Orrin Towers on Friday,
their second strike this year.</p><p>The Facility Workers Union called the action after
talks failed.</p>"""

SORTERS = "Parcel sorters represented by the Depot Clerks Guild walked out at Dunmore Freight"


@pytest.mark.parametrize(
    ("sentence", "page", "label"),
    [
        (
            "Ward porters in the Hospital Staff Guild walked out on Tuesday",
            GUILD_OUT,
            "contradicted",
        ),
        (f"{SORTERS} in March 2024", LISTED_OUT, "contradicted"),
        # The other year's denial refutes nothing; and a union the page names only in a
        # denial is not the story's union, so nothing backs the claim either.
        (f"{SORTERS} in March 2024", OUT_BEFORE, "unverified"),
        (
            "Cleaners in the Facility Workers Union walked out at Orrin Towers on Friday",
            CALLED,
            "supported",
        ),
    ],
)
def test_a_union_the_page_says_stayed_out_is_not_the_trades(
    sentence: str, page: str, label: str, ruleset: RuleSet
) -> None:
    assert cited(sentence, URL, page, ruleset, "strike").verdict.label == label
