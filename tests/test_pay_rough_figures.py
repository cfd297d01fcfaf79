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
