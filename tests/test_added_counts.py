"""A count of those added ("12,000 new members", "300 extra staff") is no count of the
whole, nor the whole a count of them: a union's membership neither backs nor refutes
how many it recruited. Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://news.example/2034/guild-recruits"
PAGE = """<h1>Care workers' guild grows during pay fight</h1>
<p>The Care Workers' Guild, which has 310,000 members, said it had recruited 12,000 new
members since the spring.</p>
<p>The deal it struck will cover 1.4 million care workers.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "More than 20,000" would be borne out by the whole membership.
        ("The guild reports that more than 20,000 new members joined it.", "unverified"),
        ("The guild has 12,000 members.", "unverified"),
        ("The guild recruited 310,000 new members.", "unverified"),
        # Like with like.
        ("The guild says it has signed up 12,000 new members.", "supported"),
        ("The guild has 500,000 members.", "contradicted"),
    ],
)
def test_a_count_of_the_added_meets_only_its_kind(sentence: str, label: str, ruleset: Any) -> None:
    article = f"# Guild\n\nThe Care Workers' Guild has grown ([report]({URL})). {sentence}\n"
    checked = run(article, {URL: PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "quantity"] == [label]


PLANT_URL = "https://news.example/2034/battery-plant"
PLANT_PAGE = """<h1>Battery maker to expand Gdynia plant</h1>
<p>Voltera, which employs 900 people at the plant, plans to create 450 jobs there by
2036.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Added told by the verb on one side and by "new" on the other.
        ("Voltera will add 450 new jobs at the plant.", "supported"),
        ("Voltera employs 900 people at the plant.", "supported"),
        # Those to be hired against the workforce.
        ("Voltera will hire 900 workers at the plant.", "unverified"),
    ],
)
def test_adding_told_by_a_verb(sentence: str, label: str, ruleset: Any) -> None:
    article = f"# Plant\n\nVoltera is expanding in Gdynia ([report]({PLANT_URL})). {sentence}\n"
    checked = run(article, {PLANT_URL: PLANT_PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "quantity"] == [label]


SHOPS_URL = "https://news.example/2035/grocer-shops"
SHOPS_PAGE = """<h1>Grocer Hallam's to open more shops</h1>
<p>Hallam's, which runs 48 stores across Cumbria, said on Monday that it would open more
of them next year.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Stores to be opened are no count of those it runs.
        ("Hallam's will open 20 stores next year.", "unverified"),
        ("Hallam's plans to open 48 stores next year.", "unverified"),
        ("Hallam's runs 48 stores.", "supported"),
        ("Hallam's runs 60 stores.", "contradicted"),
    ],
)
def test_stores_to_open_against_those_run(sentence: str, label: str, ruleset: Any) -> None:
    article = f"# Shops\n\nHallam's is growing ([report]({SHOPS_URL})). {sentence}\n"
    checked = run(article, {SHOPS_URL: SHOPS_PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "quantity"] == [label]
