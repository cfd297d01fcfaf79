"""Someone who speaks of a strike is no party to it: "the operator's chief executive,
<name>, called the strike ..." is no strike by the operator. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def _strikes(text: str, ruleset: Any) -> list[dict[str, Any]]:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [dict(c.fields) for c in claims if c.type == "strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Corran Ferries' chief executive, Mara Quist, called the strike reckless.",
        "The airline's spokeswoman, Ines Vidal, called the walkout needless.",
    ],
)
def test_a_speaker_on_a_strike_is_no_striker(text: str, ruleset: Any) -> None:
    assert _strikes(text, ruleset) == []


def test_workers_named_by_their_trade_still_strike(ruleset: Any) -> None:
    found = _strikes("Deckhands at Corran Ferries staged a strike on Monday.", ruleset)
    assert found and found[0]["strikers"] == ["Deckhands"]
