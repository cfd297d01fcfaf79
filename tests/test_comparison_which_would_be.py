"""A left side cut down to the verb of a relative clause: in "pay of R9 400 a month,
which would be over twice the legal minimum" the rule keeps "would be" after
"which", and that side is the sum the relative word stands for, as "which" alone is.
The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

MINIMA_URL = "https://labour.example.org/2031/minimum-wages"
MINIMA = """<html><head><title>Minimum wages by occupation, 2031</title></head><body><main>
<h1>Statutory minimum wages, 2031 order</h1>
<table><caption>South African rand (ZAR) per month, farm employees aged 18 and above</caption>
<tr><th>Occupation</th><th>2030 order</th><th>2031 order</th></tr>
<tr><td>General farm hand</td><td>4,050</td><td>4,300</td></tr>
<tr><td>Tractor driver</td><td>5,200</td><td>5,480</td></tr>
</table>
</main></body></html>"""


def _label(sentence: str, ruleset: Any) -> str:
    draft = f"# Pay\n\n{sentence} ([orders]({MINIMA_URL})).\n"
    found = verdict_on(draft, {MINIMA_URL: MINIMA}, ruleset, "comparison", wrap=False)
    return found.label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "A fruit packer says her co-op pays R9 400 a month, which would thus be more than "
            "twice the 2031 order's rate for a general farm hand",
            "supported",
        ),
        (
            "A fruit packer says her co-op pays R7 900 a month, which would thus be more than "
            "twice the 2031 order's rate for a general farm hand",
            "contradicted",
        ),
        (
            "From July a tractor driver's floor rises to R12 000 a month, which will be "
            "more than twice the minimum for a tractor driver under the 2030 order",
            "supported",
        ),
    ],
)
def test_a_side_left_with_its_verb_is_the_sum_before(
    sentence: str, label: str, ruleset: Any
) -> None:
    assert _label(sentence, ruleset) == label


def test_no_sum_before_leaves_it_unread(ruleset: Any) -> None:
    sentence = (
        "A fruit packer says her co-op treats its staff well, which would thus be more than "
        "twice the 2031 order's rate for a general farm hand"
    )
    assert _label(sentence, ruleset) != "contradicted"
