"""A claim giving the size of a raise ("basic pay rose by $310 a month", "a raise of
$310") is read against the raises the sources give, never against pay itself; a pay
level is never read against a raise. The pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.evidence.salary import raise_told

URL = "http://ferrous-post.test/news/dock-settlement"
DEAL = (
    "<h1>Dock settlement at Merrow Quay</h1>"
    "<p>Under the settlement, basic pay for Merrow Quay crane drivers was raised by $310 a"
    " month, the union said.</p>"
    "<p>Merrow Quay crane drivers now earn a basic $4,260 a month.</p>"
)
LEVELS_ONLY = (
    "<h1>Dock pay at Merrow Quay</h1>"
    "<p>Merrow Quay crane drivers earn a basic $4,260 a month, the union said.</p>"
)


def _label(sentence: str, page: str, ruleset: Any) -> tuple[str, str]:
    draft = f"# Docks\n\nThe [union's account]({URL}) of the deal. {sentence}\n"
    found = [c for c in run(draft, {URL: page}, ruleset) if c.claim.type == "salary"]
    assert found, sentence
    return found[0].verdict.label, found[0].verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Basic pay for Merrow Quay crane drivers rose by $310 a month.", "supported"),
        ("Basic pay for Merrow Quay crane drivers rose by $380 a month.", "contradicted"),
        ("Merrow Quay crane drivers got a raise of $310 a month.", "supported"),
        ("Merrow Quay crane drivers' basic pay went up by $380 a month.", "contradicted"),
        # A level is read against levels, not against the raise.
        ("Merrow Quay crane drivers earn a basic $4,260 a month.", "supported"),
    ],
)
def test_a_raise_is_read_against_raises(sentence: str, label: str, ruleset: Any) -> None:
    got, why = _label(sentence, DEAL, ruleset)
    assert got == label, why


@pytest.mark.parametrize(
    "sentence",
    [
        "Basic pay for Merrow Quay crane drivers rose by $380 a month.",
        "Merrow Quay crane drivers got a raise of $4,260 a month.",
    ],
)
def test_a_raise_is_never_refuted_by_pay_itself(sentence: str, ruleset: Any) -> None:
    got, why = _label(sentence, LEVELS_ONLY, ruleset)
    assert got == "unverified", why


@pytest.mark.parametrize(
    ("text", "figure", "told"),
    [
        ("Wages rose by €75 a month.", "€75", True),
        ("The deal brings a rise of 40p an hour.", "40p", True),
        ("Porters get $1.10 an hour in raises.", "$1.10", True),
        ("Pay was lifted for juniors by £30 a week.", "£30", True),
        ("Pay rose from €1,240 to €1,310 a month.", "from €1,240", False),
        ("Porters are paid $16.10 an hour.", "$16.10", False),
    ],
)
def test_the_size_of_a_raise(text: str, figure: str, told: bool) -> None:
    start = text.index(figure)
    assert raise_told(text, start, start + len(figure)) is told
