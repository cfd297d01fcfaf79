"""A comparison side read from pages that state a level as it moved, or beside other jobs:
"rises from €1,700 to €1,850" is no range of pay, so "the new minimum" is its €1,850 and
"the old minimum" its €1,700; and a posting's box of similar jobs ("You may also like",
another grade of the same job) is never a side's figure, which the posting's own pay is.
Pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import judging
import pytest

from factcheck.evidence.changes import change_side
from factcheck.model import Verdict

POSTING_URL = "https://careers.example/harbourline/7730"
POSTING = """<html><head><title>Signalling Engineer III | Harbourline Rail Careers</title>
</head><body><main><h1 class="job-title">Signalling Engineer III</h1>
<p>Location: Rotterdam depot, hybrid. Job ID 7730.</p>
<section class="comp"><h2>Pay range</h2>
<div class="pay"><span>EUR 5,800</span><span> - </span><span>EUR 7,200</span>
<span class="unit">per month</span></div></section>
<section><h2>About the role</h2><p>You will design interlocking upgrades for the
northern corridor and mentor two junior engineers.</p></section>
</main>
<aside class="more-jobs"><h3>You may also like</h3><ul>
<li><a href="/harbourline/7611">Signalling Engineer I, Depot Works</a> - Utrecht -
<span>EUR 3,100 - EUR 3,900</span> per month</li>
<li><a href="/harbourline/7702">Track Inspector</a> - Utrecht -
<span>EUR 2,900 - EUR 3,300</span> per month</li>
</ul></aside></body></html>"""

PRESS_URL = "https://union.example/news/harbourline-deal"
PRESS_TEMPLATE = """<html><head><title>Harbourline agreement signed</title></head><body>
<article><h1>Harbourline agreement signed</h1>
<p>The Rail Hosts Association signed a two-year agreement with Harbourline Rail on
Tuesday.</p>
<p>Under the agreement, the minimum monthly wage for platform hosts {moves}.</p>
</article></body></html>"""

# Ways a source tells a level that moved.
MOVES = [
    "rises from EUR 1,700 to EUR 1,850",
    "goes up from EUR 1,700 to EUR 1,850",
    "is raised from EUR 1,700 to EUR 1,850",
]


def _on(sentence: str, moves: str, ruleset: Any) -> Verdict:
    article = (
        f"# Two worlds at one railway\n\n{sentence}, going by the two documents[^1][^2].\n\n"
        f"[^1]: Careers, {POSTING_URL}\n[^2]: Press release, {PRESS_URL}\n"
    )
    pages = {POSTING_URL: POSTING, PRESS_URL: PRESS_TEMPLATE.format(moves=moves)}
    return judging.verdict_on(article, pages, ruleset, "comparison", wrap=False, path="d.md")


# The engineer's pay starts at EUR 5,800: 3.14 times the new EUR 1,850, 3.41 times the old
# EUR 1,700; the similar job's EUR 3,100 would be 1.68 times the new minimum.
@pytest.mark.parametrize("moves", MOVES)
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The signalling engineer's starting pay is about three times the platform "
            "hosts' new minimum",
            "supported",
        ),
        (
            "The signalling engineer's starting pay is roughly three times the revised "
            "minimum for platform hosts",
            "supported",
        ),
        (
            "The signalling engineer's starting pay is about three times the platform "
            "hosts' old minimum",
            "contradicted",
        ),
    ],
)
def test_a_side_naming_an_end_of_a_change(
    sentence: str, moves: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, moves, ruleset)
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("side", "end"),
    [
        ("the tellers' new minimum", "after"),
        ("their revised hourly rate", "after"),
        ("what porters now earn", "after"),
        ("the current pay scale", "after"),
        ("the old floor", "before"),
        ("the cleaners' previous monthly minimum", "before"),
        ("a new hire", None),
        ("new recruits", None),
        ("the median porter", None),
    ],
)
def test_which_end_of_a_change_a_side_names(side: str, end: str | None) -> None:
    assert change_side(side) == end
