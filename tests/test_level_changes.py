"""A change in percent told beside the figure it changes, set against a source's change
told beside the same figure: in the same sentence ("hauled 3.7 million tonnes, up 9%"),
or in the sentence before where the claim points back ("That is up 2.1%"). A change told
beside a figure of its own ("Road volumes of 1.1 million tonnes, down 2%") is that figure's,
not the one before it. Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.evidence.level_changes import changes

URL = "https://ir.example/news/2031-results.html"
PAGE = """<html><head><title>Halden Freight 2031 results</title></head><body><main>
<h1>Halden Freight reports 2031 results</h1>
<p>Rail volumes of 3.7 million tonnes, up 6% from 3.5 million tonnes in 2030. Road volumes of
1.1 million tonnes, down 2% as two depots closed.</p>
<p>Halden Freight carried 58,214 containers through its inland terminals in 2031.</p>
<p>Terminal throughput rose 1.2% from 57,524 containers a year earlier.</p>
<p>Operating revenue fell 4% to £212.5m as fuel surcharges eased.</p>
</main></body></html>"""


def _labels(body: str, ruleset: Any) -> dict[str, str]:
    claims = run(f"# Freight\n\n{body}\n", {URL: PAGE}, ruleset, wrap=False)
    return {c.claim.text: c.verdict.label for c in claims if c.claim.type == "quantity"}


@pytest.mark.parametrize(
    ("body", "figure", "label"),
    [
        (
            f"Halden hauled 3.7 million tonnes by rail, up 9% on the year before ([r]({URL})).",
            "9%",
            "contradicted",
        ),
        (
            f"Halden hauled 3.7 million tonnes by rail, up 6% on the year before ([r]({URL})).",
            "6%",
            "supported",
        ),
        (
            f"Halden's operating revenue was £212.5m, a 7% drop on 2030 ([r]({URL})).",
            "7%",
            "contradicted",
        ),
        (
            f"Halden's operating revenue rose 4% to £212.5m, its report says ([r]({URL})).",
            "4%",
            "contradicted",
        ),
        (
            f"Halden moved 58,214 containers through its terminals ([r]({URL})). That is up "
            "2.1% from the year before.",
            "2.1%",
            "contradicted",
        ),
    ],
)
def test_a_change_beside_the_same_figure(body: str, figure: str, label: str, ruleset: Any) -> None:
    assert _labels(body, ruleset)[figure] == label


def test_a_change_beside_another_figure_says_nothing(ruleset: Any) -> None:
    body = f"Halden's fleet grew to 412 wagons, up 9% in a year ([r]({URL}))."
    assert _labels(body, ruleset)["9%"] == "unverified"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Sales rose by 3.4 per cent to 900 units.", [(3.4, 1)]),
        ("Output was down about 7% at 1,200 tonnes.", [(7.0, -1)]),
        ("A 12% jump in fares and a 3% cut in routes.", [(12.0, 1), (3.0, -1)]),
        ("The share stood at 40% of members.", []),
    ],
)
def test_changes_read(sentence: str, found: list[tuple[float, int]]) -> None:
    assert [(c.value, c.direction) for c in changes(sentence)] == found
