"""A source that gives pay as a rough figure ("about $61,000", "roughly €2,400 a month")
says the pay is near it: a claimed figure within that span is backed, and only one
outside it is refuted. Read as a span that an exact claim had to cover, the rough figure
refuted the very figure it rounds. The pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "http://kessling.test/survey"


def _verdict(sentence: str, page: str, ruleset: Any) -> tuple[str, str]:
    draft = f"# Pay\n\n{sentence} ([survey]({URL}))\n"
    got = [c.verdict for c in run(draft, {URL: page}, ruleset) if c.claim.type == "salary"]
    assert len(got) == 1
    return got[0].label, got[0].rationale


YEARLY = (
    "<p>The Ostrava Millwrights Council published its survey on Monday.</p>"
    "<p>Millwrights at Kessling Steel earned about $61,000 last year, the council said.</p>"
)
MONTHLY = (
    "<p>Figures from the Brenmoor Nursing Board.</p>"
    "<p>A ward nurse at Brenmoor Clinic takes home roughly €2,400 a month.</p>"
)


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        ("Millwrights at Kessling Steel earned $61,000 last year.", YEARLY),
        ("Kessling Steel's millwrights were paid $60,500 last year.", YEARLY),
        ("A ward nurse at Brenmoor Clinic takes home €2,400 a month.", MONTHLY),
        ("Ward nurses at Brenmoor Clinic earn €2,350 a month.", MONTHLY),
    ],
)
def test_a_figure_within_a_rough_one_is_backed(ruleset: Any, sentence: str, page: str) -> None:
    label, rationale = _verdict(sentence, page, ruleset)
    assert label == "supported"
    assert "about" in rationale  # the page's figure as the page gives it


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        ("Millwrights at Kessling Steel earned $48,000 last year.", YEARLY),
        ("A ward nurse at Brenmoor Clinic takes home €3,100 a month.", MONTHLY),
    ],
)
def test_a_figure_far_from_a_rough_one_is_refuted(ruleset: Any, sentence: str, page: str) -> None:
    assert _verdict(sentence, page, ruleset)[0] == "contradicted"


# The other way round: the claim is rough and the page exact. "About £48,000" names the
# span its words allow, so an exact figure inside it backs the claim; read as a figure
# that had to cover the whole span, it was backed only by £48,000 itself.
TABLE = (
    "<h1>Quarry pay survey 2031: median basic pay by trade</h1>"
    "<table><tr><th>Trade</th><th>Median basic pay (£)</th><th>Replies</th></tr>"
    "<tr><td>Shot firer</td><td>46,900</td><td>212</td></tr>"
    "<tr><td>Crusher operator</td><td>35,800</td><td>390</td></tr></table>"
)
SENTENCE = "<p>Tugboat mates at Harwick Towage earned $71,350 last year, the port board said.</p>"
LISTED = (
    "<h2>Pay at Orla Laundries</h2><ul><li>Press operators: €2,180 a month</li>"
    "<li>Drivers: €2,650 a month</li></ul>"
)


@pytest.mark.parametrize(
    ("sentence", "page", "label"),
    [
        ("The median shot firer takes home about £48,000 in basic pay.", TABLE, "supported"),
        ("Tugboat mates at Harwick Towage make roughly $74,000 a year.", SENTENCE, "supported"),
        ("Press operators at Orla Laundries earn around €2,100 a month.", LISTED, "supported"),
        # Outside the span: no support, and far outside it, a conflict.
        ("Tugboat mates at Harwick Towage make roughly $62,000 a year.", SENTENCE, "unverified"),
        ("Press operators at Orla Laundries earn around €3,400 a month.", LISTED, "contradicted"),
    ],
)
def test_an_exact_figure_within_a_rough_claim_backs_it(
    ruleset: Any, sentence: str, page: str, label: str
) -> None:
    assert _verdict(sentence, page, ruleset)[0] == label
