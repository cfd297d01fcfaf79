"""A page that tells a strike by the trade's head noun alone ("Weavers walked out"), its
employer in the infobox: the claim's trade with modifiers ("jacquard weavers") at that
employer is the page's; a trade named with its employer's words before it ("Orvane
weavers") is that employer's; and an employer the infobox lists on the strikers' side
("Orvane Mills loom workers") is listed there. Pages written for these tests."""

from __future__ import annotations

import pytest
from judging import cited, verdict_on

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://encyclopedia.test/wiki/2033_Orvane_Mills_strike"
PAGE = """<h1>2033 Orvane Mills strike</h1>
<table class="infobox"><tr><th colspan="2">2033 Orvane Mills strike</th></tr>
<tr><th>Date</th><td>3 March 2033 – 30 March 2033</td></tr>
<tr><th colspan="2">Parties</th></tr>
<tr><td colspan="2"><ul><li>Orvane Mills loom workers</li>
<li>Tarn Textiles Group</li></ul></td></tr>
<tr><th>Participants</th><td>about 70 employees</td></tr></table>
<p>The <b>2033 Orvane Mills strike</b> was a stoppage at a mill owned by Tarn Textiles
Group. Weavers walked out on 3 March 2033, after the company cut the night-shift bonus.</p>
<p>The mill reopened in April.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Jacquard weavers at Orvane Mills walked out against Tarn Textiles Group in March 2033",
            "supported",
        ),
        (
            "Night-shift weavers at Orvane Mills went on strike against Tarn Textiles Group",
            "supported",
        ),
        ("Orvane weavers walked out against Tarn Textiles Group in 2033", "supported"),
        # The infobox lists the employer's side: another employer goes against the claim.
        (
            "Jacquard weavers at Orvane Mills walked out against Harlow Holdings in March 2033",
            "contradicted",
        ),
        # Another trade of the mill: the page's weavers say nothing of it.
        ("Dyers at Orvane Mills walked out against Tarn Textiles Group", "unverified"),
    ],
)
def test_a_trade_told_by_its_head_noun(sentence: str, label: str, ruleset: RuleSet) -> None:
    found = cited(sentence, URL, PAGE, ruleset, "strike")
    assert found.verdict.label == label, found.verdict.rationale


def test_a_later_sentence_giving_the_trade_another_employer(ruleset: RuleSet) -> None:
    draft = (
        "# Mills\n\nJacquard weavers at Orvane Mills walked out against Tarn Textiles Group in "
        f"March 2033 ([encyclopedia]({URL})). The Orvane weavers, who were striking against "
        "Harlow Holdings, wanted the bonus back.\n"
    )
    got = verdict_on(draft, {URL: PAGE}, ruleset, "strike", "Harlow Holdings")
    assert got.label == "contradicted"
    assert "Harlow Holdings" in got.rationale
