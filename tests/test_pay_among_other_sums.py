"""A source sentence that gives the claim's figure among other sums ("at least $4.10 an
hour in cash, so long as tips bring the total to the $11.50 minimum") agrees with the
claim: the other sums are what it sets beside the figure, not another figure for it. A
sentence whose figures all differ still contradicts. The pages and drafts are written for
these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://labour.norland-state.example/guidance/tipped-wages"


def _page(sentence: str) -> str:
    return (
        "<html lang='en'><head><title>Tipped wages | Norland Labour Office</title></head>"
        f"<body><main><h1>Tipped wages in Norland</h1><p>{sentence}</p></main></body></html>"
    )


@pytest.mark.parametrize(
    ("source", "label"),
    [
        ("An employer of tipped staff need only pay a cash wage of $4.10 an hour, so long as "
         "tips bring the total to the state minimum wage of $11.50 an hour.", "supported"),
        ("The cash wage for tipped staff is $4.10 an hour, against $11.50 an hour for "
         "everyone else.", "supported"),
        ("The cash wage for tipped staff is $5.25 an hour, against $11.50 an hour for "
         "everyone else.", "contradicted"),
    ],
)  # fmt: skip
def test_the_claims_figure_among_other_sums(ruleset: RuleSet, source: str, label: str) -> None:
    draft = (
        "# Wages\n\nIn Norland the cash wage for tipped staff has been stuck at $4.10 an hour "
        f"since 2009 ([guidance]({URL})).\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: _page(source)}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert got == [label]
