"""A figure told without one of its parts ("not counting condensate", "excluding
contractors") is not refuted by a source's whole that counts that part in; a source
that leaves the same part out still refutes it. Drafts and pages written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

FIELD = "https://energy.example/2031/output-march"
FIELD_PAGE = """<h1>Output figures for March 2031</h1>
<p>Fields on the Tervan shelf produced an average of 940,000 barrels a day of crude and
condensate in March 2031.</p>"""

DEPOT = "https://news.example/2031/depot-staff"
DEPOT_PAGE = """<h1>Depot staffing</h1>
<p>The Kellam rail depot has a workforce of 2,300, including contractors.</p>"""


@pytest.mark.parametrize(
    ("sentence", "url", "page"),
    [
        (
            "The Tervan shelf produced about 780,000 barrels a day in March, not counting "
            "condensate.",
            FIELD,
            FIELD_PAGE,
        ),
        (
            "Excluding condensate, the Tervan shelf produced roughly 780,000 barrels a day in "
            "March.",
            FIELD,
            FIELD_PAGE,
        ),
        ("The Kellam depot employs 1,700 people, leaving out contractors.", DEPOT, DEPOT_PAGE),
    ],
)
def test_a_whole_with_the_left_out_part_refutes_nothing(
    sentence: str, url: str, page: str, ruleset: Any
) -> None:
    checked = run(f"# Draft\n\n{sentence} ([source]({url})).\n", {url: page}, ruleset)
    assert verdict(checked, "quantity").verdict.label != "contradicted"


def test_a_whole_told_without_the_same_part_still_refutes(ruleset: Any) -> None:
    page = """<h1>Output figures for March 2031</h1>
<p>Fields on the Tervan shelf produced an average of 940,000 barrels a day in March 2031,
excluding condensate.</p>"""
    sentence = (
        "The Tervan shelf produced about 780,000 barrels a day in March, not counting condensate."
    )
    checked = run(f"# Draft\n\n{sentence} ([source]({FIELD})).\n", {FIELD: page}, ruleset)
    assert verdict(checked, "quantity").verdict.label == "contradicted"


def test_a_part_named_for_another_figure_of_the_sentence_is_not_this_ones(ruleset: Any) -> None:
    page = """<h1>Output figures for March 2031</h1>
<p>Crude output on the Tervan shelf averaged 940,000 barrels a day in March 2031, up from
910,000 in February; including condensate, liquids reached 1,020,000 barrels a day.</p>"""
    sentence = (
        "Crude output on the Tervan shelf, not counting condensate, averaged about 780,000 "
        "barrels a day in March."
    )
    checked = run(f"# Draft\n\n{sentence} ([source]({FIELD})).\n", {FIELD: page}, ruleset)
    assert verdict(checked, "quantity").verdict.label == "contradicted"
