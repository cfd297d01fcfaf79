"""A page's denial that a group struck may follow its name after a phrase on whose
members they are and an aside ("Cleaners employed by X, who had voted for action,
settled and did not join the strike"): the denial is still of that group. Drafts and
pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"

CLEANERS = """<h1>Hospital strike</h1><p>Nurses at Vell Hospital went on strike against Vell
Health in July.</p><p>Cleaners employed by Marrow Care, who had voted for action in June,
settled with the contractor a week before it began and did not join the strike.</p>"""
PORTERS = """<h1>Dock strike</h1><ul><li>Dockers at Pellow Quay walked off on 9 March.</li>
<li>Porters represented by the Quay Porters Guild, who had threatened action of their own,
reached a deal on 7 March and took no part in the stoppage.</li></ul>"""
PORTERS_JOINED = """<h1>Dock strike</h1><p>Dockers at Pellow Quay walked off on 9 March.
Porters represented by the Quay Porters Guild, who had threatened action of their own,
joined the stoppage from day two onwards.</p>"""

NURSES = (
    "Nurses at Vell Hospital went on strike against Vell Health in July. Cleaners employed "
    "by Marrow Care walked out alongside them"
)
DOCKS = "Dockers at Pellow Quay walked off on 9 March. Porters at Pellow Quay walked out with them"


@pytest.mark.parametrize(
    ("draft", "page", "words", "label"),
    [
        (NURSES, CLEANERS, "Cleaners", "contradicted"),
        (DOCKS, PORTERS, "Porters", "contradicted"),
        (DOCKS, PORTERS_JOINED, "Porters", "supported"),
    ],
)
def test_a_denial_after_whose_members_and_an_aside(
    draft: str, page: str, words: str, label: str, ruleset: RuleSet
) -> None:
    text = f"# Draft\n\n{draft} ([source]({URL})).\n"
    claims = [
        c
        for c in run(text, {URL: page}, ruleset)
        if c.claim.type == "strike" and c.claim.text.startswith(words)
    ]
    assert claims and claims[0].verdict.label == label, [c.verdict for c in claims]
