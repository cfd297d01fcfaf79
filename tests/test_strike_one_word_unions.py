"""A union named by one word (an initialism, a one-word name) is a body, not the common
words that name workers ("Porters", "Staff"): a page telling the claim's strike as
another union's goes against a claim that gives it to a one-word union, while a claim
naming the strikers by a common word is left to whichever union the page names. Pages
and drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://news.test/2029/05/08/ferry-story.html"


def _page(story: str, related: str = "") -> str:
    aside = (
        f'<aside class="related"><h3>More news</h3><ul>{related}</ul></aside>' if related else ""
    )
    return (
        f"<html><head><title>Story</title></head><body><article>{story}</article>{aside}"
        "<footer>Terms and conditions</footer></body></html>"
    )


def _label(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    draft = f"# Ferries\n\n{sentence} ([source]({URL})).\n"
    found = verdict(run(draft, {URL: page}, ruleset, wrap=False), "strike")
    return found.verdict.label, found.verdict.rationale


FERRY = _page(
    "<h1>Velden Ferries deckhands stop work</h1>"
    "<p>About 260 deckhands at Velden Ferries walked out on Monday, 7 May 2029, over "
    "crewing levels on the night sailings.</p>"
    "<p>The deckhands belong to the Maritime Crews Guild, which said talks had stalled.</p>",
    "<li><a href='/a'>Navra members ballot over pensions at Oster Port</a></li>",
)

WIKI = """<html><head><title>2028 Tallis Bakeries strike - Encyclopedia</title></head><body>
<h1>2028 Tallis Bakeries strike</h1>
<table class="infobox"><tr><th colspan="2">2028 Tallis Bakeries strike</th></tr>
<tr><th>Date</th><td>4 October 2028 – 12 October 2028</td></tr>
<tr><th colspan="2">Parties</th></tr>
<tr><td>Bakery and Mill Hands Federation</td><td>Tallis Bakeries</td></tr>
<tr><th>Participants</th><td>About 730 bakers</td></tr></table>
<p>The <b>2028 Tallis Bakeries strike</b> was an eight-day stoppage at the bakeries of
Tallis Bakeries, in which bakers belonging to the Bakery and Mill Hands Federation took
strike action in October 2028.</p>
</body></html>"""


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        ("About 260 deckhands, all members of Navra, walked out against Velden Ferries", FERRY),
        ("Some 260 members of the SKVF walked out at Velden Ferries in May 2029", FERRY),
        ("That dispute pitted Ostra against Tallis Bakeries", WIKI),
        ("In October 2028 about 730 members of the BMU stopped work at Tallis Bakeries", WIKI),
    ],
)
def test_another_union_s_strike(sentence: str, page: str, ruleset: RuleSet) -> None:
    got, rationale = _label(sentence, page, ruleset)
    assert got == "contradicted", rationale


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        # Workers named by a common word: whose members they were is the page's to tell.
        ("About 260 Deckhands walked out against Velden Ferries", FERRY),
        ("Staff walked out at Velden Ferries in May 2029", FERRY),
        ("Bakers walked out at Tallis Bakeries in October 2028", WIKI),
    ],
)
def test_common_words_are_no_union(sentence: str, page: str, ruleset: RuleSet) -> None:
    got, rationale = _label(sentence, page, ruleset)
    assert got != "contradicted", rationale


def test_the_page_s_own_one_word_union(ruleset: RuleSet) -> None:
    # The page gives the strike to the claimed union: nothing goes against the claim.
    page = FERRY.replace("the Maritime Crews Guild", "Navra")
    got, rationale = _label(
        "About 260 deckhands, all members of Navra, walked out against Velden Ferries",
        page,
        ruleset,
    )
    assert got != "contradicted", rationale
