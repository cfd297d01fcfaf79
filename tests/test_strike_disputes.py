"""A page about one dispute says in its infobox who the parties were, what kind of
action it was and when, even where none of its sentences tells the strike in a form the
strike rules read ("kept its moulders out of the casting halls"). Pages written for
these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

LOCKOUT_URL = "http://encyclopedia.test/wiki/2034_Orvelle_Foundry_lockout"
LOCKOUT_PAGE = """<h1>2034 Orvelle Foundry lockout</h1>
<table class="infobox"><tr><th colspan="2">2034 Orvelle Foundry lockout</th></tr>
<tr><th>Date</th><td>3 February – 20 April 2034</td></tr>
<tr><th>Location</th><td>Orvelle, Marnshire</td></tr>
<tr><th>Type</th><td>Lockout</td></tr>
<tr><th>Parties</th><td>Orvelle Foundry Ltd; Amalgamated Pattern Makers' Union (Branch 9)</td></tr>
<tr><th>Participants</th><td>about 900 pattern makers</td></tr></table>
<p>The <b>2034 Orvelle Foundry lockout</b> was a dispute over shift rotas in which the
owners kept roughly 900 pattern makers out of the casting halls for eleven weeks.</p>
<p>Production fell by about half while managers ran the furnaces.</p>"""

# The kind of action told by the page's heading alone, the parties in a cell each.
STRIKE_URL = "http://encyclopedia.test/wiki/2036_Calloway_harbour_dispute"
STRIKE_PAGE = """<h1>2036 Calloway harbour strike</h1>
<table class="infobox"><tr><th colspan="2">2036 Calloway harbour strike</th></tr>
<tr><th>Date</th><td>December 2035 – March 2036</td></tr>
<tr><th colspan="2">Parties</th></tr>
<tr><td>Brennock Quay Hands' Federation</td><td>Calloway Port Authority</td></tr></table>
<p>For fourteen weeks cargo sat idle on the Calloway quays while crane crews and
lashers pressed for a shorter roster.</p>
<p>The federation's members returned to the quays in March.</p>"""


def _strike(sentence: str, url: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    found = cited(sentence, url, page, ruleset, "strike")
    return found.verdict.label, found.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Workers told by their trade: the employer and the kind of action decide.
        ("In February 2034 Orvelle Foundry locked out about 900 union pattern makers", "supported"),
        (
            "Orvelle Foundry locked out members of the Amalgamated Pattern Makers' Union",
            "supported",
        ),
        # Another union where the infobox lists every party: not the one locked out.
        (
            "Orvelle Foundry locked out 900 members of the Federated Society of Moulders in 2034",
            "contradicted",
        ),
        # The same union, another employer: the infobox lists no such party.
        (
            "Members of the Amalgamated Pattern Makers' Union were locked out by Castellan "
            "Steel in 2034",
            "contradicted",
        ),
        # Another year is another dispute.
        ("Orvelle Foundry locked out its union pattern makers in 2029", "unverified"),
    ],
)
def test_a_lockout_infobox_decides_the_claim(sentence: str, label: str, ruleset: RuleSet) -> None:
    got, rationale = _strike(sentence, LOCKOUT_URL, LOCKOUT_PAGE, ruleset)
    assert got == label, rationale
    if label != "unverified":
        assert "infobox: Parties" in rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Crane crews struck the Calloway Port Authority in January 2036", "supported"),
        (
            "Members of the Brennock Quay Hands' Federation walked out against the Calloway "
            "Port Authority",
            "supported",
        ),
        (
            "Lashers belonging to the Harbour Crane Guild stopped work at the Calloway Port "
            "Authority in 2036",
            "contradicted",
        ),
        # A date inside the span, though in the span's other year; a year outside it.
        ("Calloway Port Authority dockers downed tools in December 2035", "supported"),
        ("Calloway Port Authority dockers downed tools in June 2031", "unverified"),
    ],
)
def test_a_strike_infobox_decides_the_claim(sentence: str, label: str, ruleset: RuleSet) -> None:
    got, rationale = _strike(sentence, STRIKE_URL, STRIKE_PAGE, ruleset)
    assert got == label, rationale


# A party the parties row names only in a note of another item.
NOTED_URL = "http://encyclopedia.test/wiki/2037_Marnshire_utilities_strike"
NOTED_PAGE = """<h1>2037 Marnshire utilities strike</h1>
<table class="infobox"><tr><th>Date</th><td>May 2037</td></tr>
<tr><th>Parties</th><td>Marnshire Public Works Union (Tollbridge Water meter readers);
Marnshire County Council</td></tr></table>
<p>Bin rounds and meter readings stopped for nine days across the county.</p>"""


@pytest.mark.parametrize(
    ("employer", "contradicted"), [("Tollbridge Water", False), ("Ferncastle Energy", True)]
)
def test_a_party_named_in_a_note_is_not_left_out(
    employer: str, contradicted: bool, ruleset: RuleSet
) -> None:
    sentence = (
        f"Members of the Marnshire Public Works Union walked out against {employer} in May 2037"
    )
    got, rationale = _strike(sentence, NOTED_URL, NOTED_PAGE, ruleset)
    assert (got == "contradicted") is contradicted, rationale


# A news story whose headline tells the stoppage and whose sentences tell it in words
# the strike rules need not read ("failed to report for their shifts").
STORY_URL = "http://news.test/2038/04/02/tamsin-grid-crews-sick-out.html"
STORY_PAGE = """<html><head><title>Tamsin Grid crews stage sick-out over forced overtime</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Tamsin Grid crews stage sick-out over forced overtime",
"datePublished": "2038-04-02T09:00:00Z"}</script></head>
<body><nav>Home News Business</nav>
<h1>Tamsin Grid crews stage sick-out over forced overtime</h1>
<p>By Ola Brenn</p>
<p>More than 300 line crews at Tamsin Grid failed to report for their shifts on Tuesday,
leaving repair work across the eastern districts undone for two days.</p>
<p>The crews belong to the Eastern Linemen's Brotherhood, which says its members have
worked 60-hour weeks since the winter storms.</p>
<aside><h2>Related stories</h2><p>Porters at Wendle Rail vote to strike</p></aside>
</body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Members of the Eastern Linemen's Brotherhood staged a sick-out against Tamsin Grid",
            "supported",
        ),
        ("Tamsin Grid line crews called in sick en masse in April 2038", "supported"),
        ("Line crews walked off the job at Tamsin Grid in the spring of 2038", "supported"),
        # A story need not name every party: another union or employer is not refuted.
        (
            "Members of the Harbour Crane Guild staged a sick-out against Tamsin Grid",
            "unverified",
        ),
        ("Members of the Eastern Linemen's Brotherhood struck Wendle Rail", "unverified"),
        # Years before the story's date are another dispute.
        ("Tamsin Grid line crews staged a sick-out in 2031", "unverified"),
    ],
)
def test_a_story_headline_tells_its_dispute(sentence: str, label: str, ruleset: RuleSet) -> None:
    got, rationale = _strike(sentence, STORY_URL, STORY_PAGE, ruleset)
    assert got == label, rationale


# A headline telling a strike and the lockout that answered it, a byline before the story.
BOTH_URL = "http://news.test/2039/06/11/kelda-bakeries.html"
BOTH_PAGE = """<html><head><title>Bakers strike at Kelda's Ostby plant, firm answers with
lockout</title></head><body><h1>Bakers strike at Kelda's Ostby plant, firm answers with
lockout</h1>
<p>Published 11 June 2039 · Mira Dahl</p>
<p>Dough mixers and oven crews belonging to the Nordic Food Workers Federation left
their mixers idle at the Ostby plant of Kelda on Monday over a new shift pattern.</p>
</body></html>"""


def test_a_headline_telling_both_a_strike_and_a_lockout(ruleset: RuleSet) -> None:
    sentence = "Kelda locked out members of the Nordic Food Workers Federation in June 2039"
    found = cited(sentence, BOTH_URL, BOTH_PAGE, ruleset, "strike")
    assert found.verdict.label == "supported", found.verdict.rationale
    # The story's opening is quoted, not its byline.
    assert "mixers idle" in found.verdict.evidence[0].quote
