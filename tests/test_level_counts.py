"""A count told as the level something reached, with no unit after the figure: a
membership ("its membership fell to 3,100 in 2030-31"), the number of a group ("the
number of apprentices rose to 840"), a group's numbers ("nurse numbers stood at 2,750").
Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def _counts(sentence: str, ruleset: Any) -> list[tuple[object, object]]:
    claims = extract_claims(parse_article(sentence, "draft.txt"), ruleset)
    return [(c.fields.get("value"), c.fields.get("unit")) for c in claims if c.type == "quantity"]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The lock-keepers' guild said its membership fell to 1,940 in 2031-32.", 1940, "members"),
        ("Membership has recovered to some 22,000 since the ballot.", 22000, "members"),
        ("The society, with a membership of about 615, met in Ayr.", 615, "members"),
        ("The number of trainee pilots rose to 840 in 2031.", 840, "trainee pilots"),
        ("Porter numbers have stood at 2,750 since the merger.", 2750, "porter"),
    ],
)
def test_a_level_is_a_count(sentence: str, value: int, unit: str, ruleset: Any) -> None:
    assert (value, unit) in _counts(sentence, ruleset)


@pytest.mark.parametrize(
    "sentence",
    [
        "Membership fell by a tenth over the year.",
        "The number of trainee pilots rose in 2031.",
        "Its membership has shrunk since 2029.",
    ],
)
def test_no_level_without_one(sentence: str, ruleset: Any) -> None:
    assert _counts(sentence, ruleset) == []


URL = "https://news.example/2032/lock-keepers"
PAGE = """<h1>Lock-keepers' guild shrinks</h1>
<p>The Canal Lock-Keepers' Guild said on Friday that its membership fell to 1,940 in
2031-32, blaming automation on the northern canals.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The guild's membership dropped to 1,940 in 2031-32.", "supported"),
        ("The guild's membership dropped to 2,600 in 2031-32.", "contradicted"),
        ("The guild has about 1,940 members.", "supported"),
    ],
)
def test_a_membership_against_the_page(sentence: str, label: str, ruleset: Any) -> None:
    article = f"# Guild\n\nThe lock-keepers' guild is shrinking ([report]({URL})). {sentence}\n"
    checked = run(article, {URL: PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "quantity"] == [label]
