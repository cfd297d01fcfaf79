"""A stoppage's first day told by other words than "began" ("staff downed tools on",
"picket lines went up on", "production halted on") against an infobox's Date row.
Sentences and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.evidence.stoppage_dates import starts_stoppage
from factcheck.rulepacks.ruleset import RuleSet

STRIKE = "http://wiki.test/2029_Harlow_bottling_strike"
STRIKE_PAGE = """<h1>2029 Harlow bottling strike</h1>
<table class="infobox">
<tr><th>Date</th><td>11 – 27 September 2029</td></tr>
<tr><th>Location</th><td>Harlow</td></tr>
</table>
<p>The 2029 Harlow bottling strike was a dispute over shift premiums between line
operators and Fenwick Drinks.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Line operators at Fenwick Drinks downed tools on 11 September 2029", "supported"),
        ("Line operators at Fenwick Drinks downed tools on 4 September 2029", "contradicted"),
        ("Picket lines went up on 11 September 2029 outside the Harlow plant", "supported"),
        ("Pickets were set up on 18 August 2029 outside the Harlow plant", "contradicted"),
        ("Bottling stopped at the Harlow plant on 11 September 2029", "supported"),
        ("Bottlers walked off the job on 12 October 2029", "contradicted"),
    ],
)
def test_a_stoppage_started_in_other_words(sentence: str, label: str, ruleset: RuleSet) -> None:
    draft = f"# Bottling\n\n{sentence} ([encyclopedia]({STRIKE})).\n"
    found = verdict(run(draft, {STRIKE: STRIKE_PAGE}, ruleset, wrap=False), "date")
    assert found.verdict.label == label


@pytest.mark.parametrize(
    ("text", "event", "subject", "starts"),
    [
        ("Dockers downed tools on 3 May", "downed", "Dockers", True),
        ("Nurses walked off the job on 3 May", "walked off", "Nurses", True),
        ("Picket lines went up on 3 May", "went", "Picket lines", True),
        ("Production halted at the mill on 3 May", "halted", "Production", True),
        # A stoppage going on, not starting; a stop of something else than work.
        ("Cleaners remained on strike on 3 May", "remained", "Cleaners", False),
        ("The ferry stopped at Kelby on 3 May", "stopped", "The ferry", False),
        ("Fares went up on 3 May", "went", "Fares", False),
    ],
)
def test_what_tells_a_stoppage_began(
    text: str, event: str, subject: str, starts: bool, ruleset: RuleSet
) -> None:
    assert starts_stoppage(text, event, subject, ruleset.knowledge) is starts
