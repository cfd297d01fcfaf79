"""An adverb between the auxiliary and the verb ("was finally suspended", "were formally
signed") leaves a dated event an event: its date is read and compared. Pages and drafts
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

URL = "https://news.example/2024/03/quarry-strike"
PAGE = """<h1>Quarry strike suspended</h1>
<p>The strike at the Penhallow quarries was suspended on 2 March 2024, when the union's
executive put a new offer to members.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The strike at the Penhallow quarries was finally suspended in May 2024.", "contradicted"),
        ("The Penhallow quarries strike was eventually suspended in March 2024.", "supported"),
        ("The Penhallow quarries strike was formally suspended on 9 March 2024.", "contradicted"),
    ],
)
def test_a_dated_event_told_with_an_adverb(sentence: str, label: str, ruleset: Any) -> None:
    draft = f"# Quarries\n\n{sentence} ([report]({URL}))\n"
    found = verdict(run(draft, {URL: PAGE}, ruleset), "date", "suspended").verdict
    assert found.label == label, found.rationale
