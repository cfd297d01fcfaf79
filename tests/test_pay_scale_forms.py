"""Pay told as a scale, and pay that tops a sum: "union scale" and "the minimum scale"
are words of pay, and "now tops $900" is more than $900; sales or heights that top a
figure are no pay. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _salaries(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Pay\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "salary"]


@pytest.mark.parametrize(
    ("text", "low", "high", "kind"),
    [
        ("Union scale for a day of session work now tops $900.", 900, None, "at_least"),
        ("The night rate at Kessel Freight topped $31 an hour last year.", 31, None, "at_least"),
        (
            "Under the deal, the minimum scale for deckhands goes from C$48,300 to C$52,900.",
            48300,
            52900,
            "range",
        ),
        ("Scale rates for a Tarn Opera chorus singer start at €610 a week.", 610, None, "from"),
    ],
)
def test_pay_by_scale_or_topping_a_sum(
    text: str, low: float, high: float | None, kind: str, ruleset: RuleSet
) -> None:
    found = _salaries(text, ruleset)
    assert [(f["min"], f["max"], f["kind"]) for f in found] == [(low, high, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Ticket sales topped $2 million in the first week.",
        "The new tower tops 300 metres.",
        "The scale of the $40 million rebuild surprised the council.",
        "Pay for the role tops out at $41 an hour.",
    ],
)
def test_sums_topped_by_other_things_are_no_pay(text: str, ruleset: RuleSet) -> None:
    found = _salaries(text, ruleset)
    # Only the real pay ceiling stays pay, and as a ceiling.
    assert [f["kind"] for f in found] == (["up_to"] if "role" in text else [])
