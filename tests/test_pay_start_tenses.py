"""Where pay starts, in any tense and with either verb: "started at", "began on", "starts
out at" name the bottom of a scale as "starting at" does. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _pay(sentence: str, ruleset: RuleSet) -> list[tuple[object, object]]:
    article = parse_article(f"# Pay\n\n{sentence}\n", "d.md", "markdown")
    return [
        (c.fields.get("kind"), c.fields.get("min"))
        for c in extract_claims(article, ruleset)
        if c.type == "salary"
    ]


@pytest.mark.parametrize(
    ("sentence", "low"),
    [
        ("New lab technicians started at $44,900 a year in 2029.", 44900),
        ("Apprentice pay began at £7.55 an hour last spring.", 7.55),
        ("Trainee pay at the depot begins on €2,150 a month.", 2150),
        ("Starting out at R18,400 a month, the post pays better than most.", 18400),
        ("Junior clerks started on £21,000 until the new deal.", 21000),
        ("Entry pay for drivers began on $19.80 an hour in 2027.", 19.80),
    ],
)
def test_where_pay_starts_in_any_tense(sentence: str, low: float, ruleset: RuleSet) -> None:
    assert _pay(sentence, ruleset) == [("from", low)]
