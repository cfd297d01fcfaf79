"""A bound on the gap below another side ("more than 20% less than", "trails them by
over a fifth") is the opposite bound on the ratio of the two sides: more than a fifth
less is at most four fifths. The sentences and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields
from judging import run, verdict


@pytest.mark.parametrize(
    ("sentence", "relation", "ratio"),
    [
        (
            "Porters at Delling earn more than 20% less than the cleaners there.",
            "ratio_at_most",
            0.8,
        ),
        (
            "Bus drivers in Arnholt are paid over a quarter less than tram drivers.",
            "ratio_at_most",
            0.75,
        ),
        (
            "Sick pay at Orwin trails the average for couriers by more than a fifth.",
            "ratio_at_most",
            0.8,
        ),
        (
            "Glaziers at Pellow earn less than 10 per cent below the regional median.",
            "ratio_at_least",
            0.9,
        ),
        # A gap above keeps its bound.
        ("Pilots at Orrin out-earn deckhands by more than 12%.", "ratio_at_least", 1.12),
        ("Riggers make more than a third more than scaffolders.", "ratio_at_least", 1.3333),
    ],
)
def test_a_bound_on_the_gap_below_bounds_the_ratio_from_above(
    sentence: str, relation: str, ratio: float, ruleset: Any
) -> None:
    fields = first_fields(sentence, "comparison", ruleset)
    assert (fields["relation"], fields["ratio"]) == (relation, ratio), fields


URL = "https://stats.example.org/arnholt-pay"
PAGE = """<h1>Arnholt transport pay</h1>
<p>Bus drivers in Arnholt earn a median of $42,000 a year.</p>
<p>Tram drivers in Arnholt earn a median of $60,000 a year.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 42,000 / 60,000 = 0.70: thirty per cent less.
        (
            "Bus drivers in Arnholt earn more than 20% less than tram drivers in Arnholt",
            "supported",
        ),
        (
            "Bus drivers in Arnholt earn more than 40% less than tram drivers in Arnholt",
            "contradicted",
        ),
    ],
)
def test_more_than_a_share_less_is_judged_as_a_ceiling(
    sentence: str, label: str, ruleset: Any
) -> None:
    claims = run(f"# Pay\n\n{sentence} ([figures]({URL})).\n", {URL: PAGE}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
