"""A claim of where a change started, told with where it ended ("from 30% to 20%"), is
refuted by a source sentence that gives the same start and another end: the change it
tells is not the source's. Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.evidence.companions import LEVEL, companions

URL = "http://tallow.test/news/premium"


def _first(claim: str, page: str, ruleset: Any) -> str:
    claims = run(f"# Pay\n\n{claim} ([r]({URL})).\n", {URL: f"<h1>News</h1><p>{page}</p>"}, ruleset)
    return next(c.verdict.label for c in claims if c.claim.type == "quantity")


@pytest.mark.parametrize(
    ("claim", "page", "label"),
    [
        (
            "The board wants to cut the night premium from 30% to 20% of base pay",
            "The board intends to cut the night premium from 30% to 22% of base pay.",
            "contradicted",
        ),
        (
            "The operator plans to lower the weekend supplement from 40 per cent to 25 per cent",
            "The operator has proposed reducing the weekend supplement from 40 per cent to "
            "30 per cent.",
            "contradicted",
        ),
        (
            "The board wants to cut the night premium from 30% to 20% of base pay",
            "The board intends to cut the night premium from 30% to 20% of base pay.",
            "supported",
        ),
    ],
)
def test_a_change_with_another_end_refutes_its_start(
    claim: str, page: str, label: str, ruleset: Any
) -> None:
    assert _first(claim, page, ruleset) == label


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        ("It will cut the premium from 30% to 18% of pay.", [(f"{LEVEL} %", 18.0)]),
        ("Staff will grow from about 900 to 1,400 by June.", [(LEVEL, 1400.0)]),
        ("The fee fell from $12 to $9.50 a month.", [(LEVEL, 9.5)]),
        ("It rose to 15% from 12% last year.", []),
    ],
)
def test_where_a_change_ended(sentence: str, ends: list[tuple[str, float]]) -> None:
    got = [(c.kind, c.value) for c in companions(sentence) if c.kind.startswith(LEVEL)]
    assert got == ends
