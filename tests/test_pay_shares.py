"""A pay rise told as a share is set against a share told of the same thing: what the
same side offered ("has offered 4 per cent"), or a rise for the same group ("for those
on the lowest grade"); never what the other side asked for, nor last year's deal. The
page and drafts are written for these tests."""

from __future__ import annotations

import pytest
from judging import verdict_on

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://ferrydesk.test/news/pilots-pay"
PAGE = """<h1>Harbour pilots reject pay offer</h1>
<p>Harbour pilots in Fenmouth have rejected the port authority's latest pay offer, the
Pilots' Association said on Tuesday.</p>
<p>The association is seeking a 12 per cent rise over two years.</p>
<p>The port authority has offered 4 per cent over two years, which it says is all it can
pay.</p>
<p>The offer is worth 6.1 per cent to pilots at the lowest grade.</p>
<p>The 2029 agreement was worth 7 per cent to pilots at the lowest grade.</p>"""


def _label(sentence: str, ruleset: RuleSet, figure: str) -> str:
    draft = (
        "# Pilots\n\nFenmouth's harbour pilots turned down a new offer from the port "
        f"authority in 2030 ([report]({URL})). {sentence}\n"
    )
    return verdict_on(draft, {URL: PAGE}, ruleset, "quantity", figure).label


@pytest.mark.parametrize(
    ("sentence", "figure", "label"),
    [
        # The same side's offer, another figure.
        (
            "In contrast, the port authority put forward a mere 2 per cent.",
            "2 per cent",
            "contradicted",
        ),
        ("So far the port authority has offered 4 per cent.", "4 per cent", "supported"),
        # The same group, another figure; last year's 7 per cent refutes neither.
        ("For pilots on the lowest grade, that is worth 5 per cent.", "5 per cent", "contradicted"),
        (
            "For pilots on the lowest grade, that is worth 6.1 per cent.",
            "6.1 per cent",
            "supported",
        ),
    ],
)
def test_a_share_of_the_same_offer(
    sentence: str, figure: str, label: str, ruleset: RuleSet
) -> None:
    assert _label(sentence, ruleset, figure) == label


def test_what_one_side_asked_is_not_what_the_other_offered(ruleset: RuleSet) -> None:
    # The association's 12 per cent is a demand: it neither backs nor refutes an offer.
    sentence = "The port authority has offered 12 per cent, the pilots say."
    assert _label(sentence, ruleset, "12 per cent") != "supported"
