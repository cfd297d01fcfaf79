"""A rough share ("about 90 per cent", "some 88%") is held to a few points, as finely as
the writer gave it, not to a tenth of itself either side; and a note marker after a
share ("backed it[^2]") is no figure cutting short the words that say what the share
counts. Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.claims.amounts import rough_share
from factcheck.evidence.frames import share_kinds

URL = "http://brackwater.test/news/ballot"


def _label(claim: str, page: str, ruleset: Any) -> str:
    draft = (
        f"# Ballot\n\nThe ballot closed on Friday. {claim}[^2], the union said.\n\n[^2]: {URL}\n"
    )
    claims = run(draft, {URL: f"<h1>Ballot result</h1><p>{page}</p>"}, ruleset)
    labels = [c.verdict.label for c in claims if c.claim.type == "quantity"]
    assert labels, [c.claim.text for c in claims]
    return labels[0]


@pytest.mark.parametrize(
    ("claim", "page", "label"),
    [
        # Given to the point: two points either side.
        (
            "Some 88 per cent of pilots in the ballot voted for a strike",
            "Harbour pilots in Brackwater voted by 93% for strike action in the ballot.",
            "contradicted",
        ),
        (
            "Roughly 71% of members who voted supported the walkout",
            "In the ballot, 75 per cent of those voting supported a walkout.",
            "contradicted",
        ),
        (
            "Some 88 per cent of pilots in the ballot voted for a strike",
            "Harbour pilots in Brackwater voted by 89% for strike action in the ballot.",
            "supported",
        ),
        # A round share is rougher: "about 90" reaches 85 and 95.
        (
            "About 90 per cent of pilots in the ballot voted for a strike",
            "Harbour pilots in Brackwater voted by 86% for strike action in the ballot.",
            "supported",
        ),
    ],
)
def test_a_rough_share_is_held_to_a_few_points(
    claim: str, page: str, label: str, ruleset: Any
) -> None:
    assert _label(claim, page, ruleset) == label


@pytest.mark.parametrize(
    ("value", "effect", "written", "given", "bounds"),
    [
        (90.0, "approx", "90", (81.0, 99.0), (85.0, 95.0)),
        (95.0, "approx", "95", (85.5, 104.5), (92.5, 97.5)),
        (88.0, "approx", "88", (79.2, 96.8), (86.0, 90.0)),
        (88.0, "near_below", "88", (79.2, 88.0), (86.0, 88.0)),
        (12.5, "approx", "12.5", (11.25, 13.75), (12.3, 12.7)),
        # Not rough, or not written in digits: the bounds as they came.
        (88.0, "lower", "88", (88.0, 88.0), (88.0, 88.0)),
        (66.67, "approx", "two thirds", (60.0, 73.34), (60.0, 73.34)),
    ],
)
def test_rough_share_bounds(
    value: float,
    effect: str,
    written: str,
    given: tuple[float, float],
    bounds: tuple[float, float],
) -> None:
    low, high = rough_share(value, effect, *given, written)
    assert low is not None and high is not None
    assert (round(low, 2), round(high, 2)) == bounds


def test_a_note_marker_does_not_cut_what_a_share_counts(ruleset: Any) -> None:
    text = "Some 64 per cent of the drivers balloted backed the deal[^3], a clear margin."
    at = text.index("64")
    assert share_kinds(text, at, at + len("64 per cent"), ruleset.knowledge) == {"share_for"}
    marked = "Some 64 per cent of the drivers balloted backed the deal[3], a clear margin."
    assert share_kinds(marked, at, at + len("64 per cent"), ruleset.knowledge) == {"share_for"}
