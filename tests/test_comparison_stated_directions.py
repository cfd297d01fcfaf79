"""A source stating a comparison with a size ("about 10% less than", "nearly twice as
much as") bears on a draft's plain "more than" or "less than" between the same two
sides by the way it points, its size aside. The pages and sentences are written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.evidence.comparisons import _direction

URL = "https://trade.example.com/glazing/2031/pay-deal"


def _page(sentence: str) -> str:
    return (
        "<html><head><title>Glaziers vote on pay deal</title></head><body><main>"
        "<h1>Glaziers vote on pay deal</h1><p>Glaziers at Ormond Glass have backed a new "
        "three-year agreement.</p>"
        f"<p>Even so, the union conceded that {sentence}.</p></main></body></html>"
    )


@pytest.mark.parametrize(
    ("source", "draft", "label"),
    [
        (
            "Ormond glaziers will still earn about 10% less than their counterparts at "
            "Pellow Glass",
            "Ormond glaziers now earn more than their counterparts at Pellow Glass",
            "contradicted",
        ),
        (
            "Ormond glaziers earn roughly a third more than their counterparts at Pellow Glass",
            "Ormond glaziers earn more than their counterparts at Pellow Glass",
            "supported",
        ),
        (
            "Ormond glaziers earn nearly twice as much as glaziers at Pellow Glass",
            "Ormond glaziers earn less than glaziers at Pellow Glass",
            "contradicted",
        ),
        # The same two sides the other way round.
        (
            "glaziers at Pellow Glass earn about 15 per cent more than those at Ormond",
            "Ormond glaziers earn less than Pellow glaziers",
            "supported",
        ),
    ],
)
def test_a_sized_comparison_bears_on_a_plain_one_by_its_direction(
    source: str, draft: str, label: str, ruleset: Any
) -> None:
    claims = run(f"# Glaziers\n\n{draft} ([deal]({URL})).\n", {URL: _page(source)}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("relation", "factor", "way"),
    [
        ("ratio_about", 0.92, "less"),
        ("ratio_about", 1.3, "greater"),
        ("ratio_at_least", 2, "greater"),
        ("ratio_at_most", 0.5, "less"),
        ("less", None, "less"),
        ("much_greater", None, "much_greater"),
        # Bounds that point no way, and an equal.
        ("ratio_at_least", 0.5, None),
        ("ratio_at_most", 1.2, None),
        ("ratio_about", 1, None),
        ("equal", 1, None),
    ],
)
def test_the_way_a_comparison_points(relation: str, factor: float | None, way: str | None) -> None:
    assert _direction(relation, factor) == way
