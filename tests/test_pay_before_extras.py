"""A sum of pay set apart from the extras paid on top of it ("£2,100 a month before
supplements", "$870 a week plus premiums", "excluding allowances") is the pay itself, not
one of the extras: the source's sentence backs a claim giving the same sum and refutes
one giving another. A sum that names its extra ("a €300 shift allowance") stays an
extra. The pages and drafts are written for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://harbourpost.example/business/2031/ferry-crews"


def _page(line: str, layout: str) -> str:
    body = {
        "paragraph": f"<p>Talks at Varbo Lines broke down on Monday. {line}</p>",
        "list": f"<p>What the crews are paid:</p><ul><li>{line}</li></ul>",
        "aside": f"<p>Talks at Varbo Lines broke down on Monday.</p><p>{line} The union "
        "wants more.</p>",
    }[layout]
    return f"<h1>Ferry crews walk out at Varbo Lines</h1>{body}"


LINES = [
    ("A deck hand at Varbo Lines has a basic wage of €2,150 a month before supplements.", "€"),
    ("Deck hands at Varbo Lines are on $2,150 a month plus night premiums, the union says.", "$"),
    ("Varbo Lines pays its deck hands £2,150 a month, excluding allowances for time at sea.", "£"),
    ("Deck hands at Varbo Lines take home €2,150 a month and supplements for overtime.", "€"),
]


@pytest.mark.parametrize(
    ("line", "sign", "layout"),
    [(*LINES[0], "paragraph"), (*LINES[1], "list"), (*LINES[2], "aside"), (*LINES[3], "list")],
)
def test_pay_before_its_extras_backs_the_same_sum(
    ruleset: RuleSet, line: str, sign: str, layout: str
) -> None:
    claim = f"Deck hands at Varbo Lines earn {sign}2,150 a month"
    got = cited(claim, URL, _page(line, layout), ruleset, "salary")
    assert got.verdict.label == "supported"


@pytest.mark.parametrize(
    ("line", "sign", "layout"), [(*LINES[0], "list"), (*LINES[2], "paragraph")]
)
def test_pay_before_its_extras_refutes_another_sum(
    ruleset: RuleSet, line: str, sign: str, layout: str
) -> None:
    claim = f"Deck hands at Varbo Lines earn {sign}2,600 a month"
    got = cited(claim, URL, _page(line, layout), ruleset, "salary")
    assert got.verdict.label == "contradicted"


def test_a_sum_naming_its_extra_is_still_an_extra(ruleset: RuleSet) -> None:
    page = _page("Deck hands at Varbo Lines get a €300 sea allowance each month.", "paragraph")
    got = cited("Deck hands at Varbo Lines earn €300 a month", URL, page, ruleset, "salary")
    assert got.verdict.label == "unverified"
