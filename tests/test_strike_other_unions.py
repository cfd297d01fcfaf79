"""A page that tells the claim's strike (its employer, its kind) as the strike of another
union, and names the claimed union only outside its own story (a related link, a "See
also" list) or as no party to it, goes against the claim; a page whose story names the
claimed union as the workers' union, in a sentence of its own, bears it out. Pages and
drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import cited, run

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://news.test/2031/04/02/story.html"


def _page(story: str, related: str = "") -> str:
    aside = (
        f'<aside class="related"><h3>More news</h3><ul>{related}</ul></aside>' if related else ""
    )
    return (
        f"<html><head><title>Story</title></head><body><article>{story}</article>{aside}"
        "<footer>Terms and conditions</footer></body></html>"
    )


def _label(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    found = cited(sentence, URL, page, ruleset, "strike", wrap=False)
    return found.verdict.label, found.verdict.rationale


COACHES = _page(
    "<h1>Corrigan Coaches drivers stop work</h1>"
    "<p>Some 300 drivers at Corrigan Coaches' Eastfield garage stopped work on Tuesday, 1 "
    "April 2031, over rosters.</p>"
    "<p>Those drivers belong to the Transport Salaried Staffs Guild, which said talks "
    "had broken down.</p>",
    "<li><a href='/a'>Harbour Ferry Union members strike at Pell docks</a></li>",
)

LOCKOUT = _page(
    "<h1>Vantor Glass ends lockout at Eastwick</h1>"
    "<p>Vantor Glass ended a 40-day lockout at its Eastwick works on Sunday, and some 220 "
    "furnace hands go back next week.</p>"
    "<p>The furnace hands, who belong to the Glass and Ceramic Trades Union (GCTU), backed "
    "a new pay deal in a ballot. Vantor Glass locked its furnace crews out over a run "
    "of overtime bans.</p>",
    "<li><a href='/b'>Furnace Operators Guild members strike at Lomond smelter</a></li>",
)

WIKI = """<html><head><title>2029 Hallberg Bread strike - Encyclopedia</title></head><body>
<h1>2029 Hallberg Bread strike</h1>
<table class="infobox"><tr><th colspan="2">2029 Hallberg Bread strike</th></tr>
<tr><th>Date</th><td>3 March 2029 – 9 March 2029</td></tr>
<tr><th colspan="2">Parties</th></tr>
<tr><td>Nordic Bakers Federation (NBF)</td><td>Hallberg Bread AB</td></tr>
<tr><th>Participants</th><td>About 1,900 bakers</td></tr></table>
<p>The <b>2029 Hallberg Bread strike</b> was a week-long stoppage at Hallberg Bread's
bakeries. The NBF called the stoppage after pay talks failed.</p>
<h2>See also</h2><ul><li><a href="/wiki/x">2027 Swedish Food Workers' Union strike</a></li>
</ul></body></html>"""

INFORMAL = _page(
    "<h1>Warehouse staff call in sick at Pellmoor Retail</h1>"
    "<p>Around 400 staff at Pellmoor Retail's Dunmore depot called in sick on Friday. Staff "
    "said the sickout had been organised by Depot Workers Together, a loose network with "
    "no union ties.</p>",
    "<li><a href='/c'>Retail Clerks Union ballots Lomax Stores staff</a></li>",
)


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        ("Some 300 members of the Harbour Ferry Union walked out at Corrigan Coaches", COACHES),
        ("The Harbour Ferry Union took drivers out at Corrigan Coaches in April 2031", COACHES),
        (
            "Harbour Ferry Union members downed tools at the Eastfield garage of Corrigan Coaches",
            COACHES,
        ),
        ("Vantor Glass locked out 220 members of the Furnace Operators Guild", LOCKOUT),
        ("Members of the Swedish Food Workers' Union struck Hallberg Bread", WIKI),
        ("The walkout at Hallberg Bread was called by the Swedish Food Workers' Union", WIKI),
        ("The Retail Clerks Union called a sickout at Pellmoor Retail's Dunmore depot", INFORMAL),
    ],
)
def test_another_union_s_strike(sentence: str, page: str, ruleset: RuleSet) -> None:
    got, rationale = _label(sentence, page, ruleset)
    assert got == "contradicted", rationale


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        ("Members of the Transport Salaried Staffs Guild walked out at Corrigan Coaches", COACHES),
        ("Vantor Glass locked out 220 members of the Glass and Ceramic Trades Union", LOCKOUT),
        ("Members of the Nordic Bakers Federation struck Hallberg Bread", WIKI),
    ],
)
def test_the_page_s_own_union(sentence: str, page: str, ruleset: RuleSet) -> None:
    got, rationale = _label(sentence, page, ruleset)
    assert got == "supported", rationale


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        # Another employer's strike: the page does not tell the claim's.
        # Nothing but the employer ties the claim to the page's strike: an employer is
        # struck more than once, by more than one union.
        ("Members of the Harbour Ferry Union walked out at Corrigan Coaches", COACHES),
        ("Members of the Harbour Ferry Union walked out at Lindqvist Ferries", COACHES),
        ("Members of the Swedish Food Workers' Union struck Oslo Mills", WIKI),
    ],
)
def test_another_strike_tells_nothing(sentence: str, page: str, ruleset: RuleSet) -> None:
    got, rationale = _label(sentence, page, ruleset)
    assert got == "unverified", rationale


def test_both_unions_in_the_story(ruleset: RuleSet) -> None:
    page = COACHES.replace(
        "Transport Salaried Staffs Guild, which",
        "Transport Salaried Staffs Guild or the Harbour Ferry Union, which",
    )
    got, rationale = _label(
        "Members of the Harbour Ferry Union walked out at Corrigan Coaches", page, ruleset
    )
    assert got != "contradicted", rationale


DEPOT = _page(
    "<h1>Pellmoor depot staff stop work</h1>"
    "<p>Around 400 staff at Pellmoor Retail's Dunmore depot walked out on Friday over "
    "shift patterns.</p>"
    "<p>The stoppage was organised by Depot Workers Together, a staff network set up last "
    "year.</p>"
)


@pytest.mark.parametrize(
    "again",
    [
        "The walkout was called by the Retail Clerks Union.",
        "That stoppage, organised by the Retail Clerks Union, lasted a day.",
        "The one-day strike was led by the Retail Clerks Union.",
        "This walk-out, called by the Retail Clerks Union, shut the depot.",
        "Those stoppages were led by the Retail Clerks Union.",
    ],
)
def test_a_strike_told_again_is_the_one_before(again: str, ruleset: RuleSet) -> None:
    draft = (
        "# Depot\n\nAbout 400 staff at Pellmoor Retail's Dunmore depot walked out on "
        f"Friday ([source]({URL})). {again}\n"
    )
    claims = [c for c in run(draft, {URL: DEPOT}, ruleset, wrap=False) if c.claim.type == "strike"]
    union = [c for c in claims if "Retail Clerks" in " ".join(c.claim.fields.get("strikers", []))]
    assert union, [c.claim.fields for c in claims]
    assert union[0].verdict.label == "contradicted", union[0].verdict.rationale


def test_a_strike_told_again_by_its_own_union(ruleset: RuleSet) -> None:
    draft = (
        "# Depot\n\nAbout 400 staff at Pellmoor Retail's Dunmore depot walked out on "
        f"Friday ([source]({URL})). The walkout was called by Depot Workers Together.\n"
    )
    claims = [c for c in run(draft, {URL: DEPOT}, ruleset, wrap=False) if c.claim.type == "strike"]
    union = [c for c in claims if "Together" in " ".join(c.claim.fields.get("strikers", []))]
    assert union and union[0].verdict.label != "contradicted", [c.verdict for c in claims]
