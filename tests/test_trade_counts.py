"""A count of people told by their trade ("couriers", "nurses and midwives") and a count
of heads ("people", "workers") are one count told two ways when they agree: the page
backs the draft. They never refute each other, since a trade is only part of a
workforce, nor does one trade back another. Pages and drafts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://register.example/bulletin/2031-04"


def _label(sentence: str, page_line: str, ruleset: Any) -> str:
    draft = f"# Register\n\n{sentence} ([bulletin]({URL}))\n"
    page = f"<h1>Platform work register, April</h1><p>{page_line}</p>"
    found = [c for c in run(draft, {URL: page}, ruleset) if c.claim.type == "quantity"]
    assert found, sentence
    return found[0].verdict.label


PAGE_LINE = (
    "By the end of April, 684,210 people working through delivery apps had joined the "
    "Caldera insurance register."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "By the end of April more than 680,000 couriers had joined the Caldera register.",
        "Some 684,000 delivery riders were on the Caldera insurance register by April.",
        "The Caldera register held about 680,000 couriers and drivers by the end of April.",
    ],
)
def test_a_trade_agreeing_with_a_count_of_heads(ruleset: Any, sentence: str) -> None:
    assert _label(sentence, PAGE_LINE, ruleset) == "supported"


def test_a_trade_differing_from_a_count_of_heads(ruleset: Any) -> None:
    sentence = "By the end of April more than 900,000 couriers had joined the Caldera register."
    assert _label(sentence, PAGE_LINE, ruleset) == "unverified"


def test_one_trade_does_not_back_another(ruleset: Any) -> None:
    line = "By the end of April, 684,210 nurses had joined the Caldera insurance register."
    sentence = "By the end of April more than 680,000 couriers had joined the Caldera register."
    assert _label(sentence, line, ruleset) == "unverified"
