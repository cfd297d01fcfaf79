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


# A story whose opening gives the dispute's background a year of its own ("without a
# contract since 2039"): the stoppage is the story's, dated by the story.
BACKGROUND_URL = "http://news.test/2041/03/12/halvick-depot-staff-work-to-rule.html"
BACKGROUND_HEADLINE = "Work-to-rule hits Halvick Transit Authority depots as roster talks stall"
BACKGROUND_PAGE = f"""<html><head><title>{BACKGROUND_HEADLINE}</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{BACKGROUND_HEADLINE}",
"datePublished": "2041-03-12T08:00:00Z"}}</script></head>
<body><h1>{BACKGROUND_HEADLINE}</h1>
<p>Cleaners, fitters and yard staff at Halvick Transit Authority began refusing all
overtime and unpaid duties on Monday after talks over a new roster broke down.</p>
<p>The roughly 640 workers are members of the Depot Workers Union Local 381, which has
had no contract since May 2039.</p>
</body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Members of Depot Workers Union Local 381 began working to rule at Halvick "
            "Transit Authority in March 2041",
            "supported",
        ),
        (
            "In 2041 Depot Workers Union Local 381 members started a work-to-rule against "
            "Halvick Transit Authority",
            "supported",
        ),
        (
            "Halvick Transit Authority depot staff, members of Depot Workers Union Local "
            "381, have worked to rule since 2041",
            "supported",
        ),
        # The year the background names is not the stoppage's.
        (
            "Members of Depot Workers Union Local 381 began working to rule at Halvick "
            "Transit Authority in 2036",
            "unverified",
        ),
    ],
)
def test_a_background_year_in_the_opening_does_not_date_the_stoppage(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    got, rationale = _strike(sentence, BACKGROUND_URL, BACKGROUND_PAGE, ruleset)
    assert got == label, rationale


def _story(headline: str, opening: str, url: str) -> str:
    return f"""<html><head><title>{headline}</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{headline}", "datePublished": "2042-10-07T08:00:00Z"}}</script></head>
<body><h1>{headline}</h1><p>By Ines Varga</p>{opening}
<aside><h2>Related</h2><p>Porters at Wendle Rail vote to strike</p></aside></body></html>"""


ABSENT_OPENING = """<p>Dozens of routes run by Brennfield Coaches were cancelled on Monday
after most of the company's drivers failed to turn up for their morning shifts.</p>
<p>The drivers belong to the Brennfield Drivers' Guild, which says rosters have been
cut without notice.</p>"""


# A headline telling the stoppage by a verb of absence, in any tense, or by another
# language's word for a strike.
@pytest.mark.parametrize(
    "headline",
    [
        "Brennfield Coaches cancels routes as drivers call in sick",
        "Brennfield Coaches drivers stay away from depots over rosters",
        "Brennfield Coaches drivers log off the dispatch app over rosters",
        "Brennfield Coaches: Fahrer im Warnstreik",
    ],
)
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Members of the Brennfield Drivers' Guild staged a sick-out at Brennfield Coaches",
            "supported",
        ),
        ("In 2042 the Brennfield Drivers' Guild walked out at Brennfield Coaches", "supported"),
        # A story need not name every party: another union is not refuted by it.
        ("Members of the Harbour Crane Guild walked out at Brennfield Coaches", "unverified"),
    ],
)
def test_a_headline_tells_a_stoppage_by_absence(
    headline: str, sentence: str, label: str, ruleset: RuleSet
) -> None:
    url = "http://news.test/2042/10/07/brennfield-drivers.html"
    got, rationale = _strike(sentence, url, _story(headline, ABSENT_OPENING, url), ruleset)
    assert got == label, rationale


# Striking told as forbidden by law is no denial that the workers stopped work.
@pytest.mark.parametrize(
    "forbidden",
    [
        "Because nurses in Ostmark may not legally strike, the protest was framed as leave.",
        "Nurses in Ostmark cannot lawfully walk out, so they took their annual leave at once.",
        "Nurses in Ostmark are barred from striking, and the day was taken as sick leave.",
    ],
)
def test_a_strike_forbidden_by_law_is_no_denial(forbidden: str, ruleset: RuleSet) -> None:
    url = "http://news.test/2042/10/07/ostmark-nurses.html"
    opening = (
        "<p>Thousands of nurses across Ostmark walked off the job on Monday, leaving "
        "wards short-staffed in every district hospital.</p>"
        f"<p>{forbidden}</p>"
    )
    page = _story("Ostmark nurses walk off the job", opening, url)
    got, rationale = _strike(
        "Thousands of nurses in Ostmark walked off the job in 2042", url, page, ruleset
    )
    assert got == "supported", rationale


TRADES_OPENING = """<p>Reporters, photographers and page designers at six Harlow Press dailies
returned to work on Friday after a four-day walkout over newsroom cuts.</p>
<p>About 90 newsroom employees, represented by the Harlow Newsroom Guild, took part.</p>"""


# A headline naming the claim's trade: the opening's other names for the same strikers
# ("reporters, photographers and designers") do not make the dispute another trade's.
@pytest.mark.parametrize(
    "sentence",
    [
        "About 90 journalists at six Harlow Press dailies walked off the job in 2042",
        "Journalists at Harlow Press staged a four-day walkout in October 2042",
        "In 2042 journalists struck Harlow Press for four days",
    ],
)
def test_a_headline_naming_the_claimed_trade(sentence: str, ruleset: RuleSet) -> None:
    url = "http://news.test/2042/10/07/harlow-journalists.html"
    page = _story("Journalists at six Harlow Press papers end four-day strike", TRADES_OPENING, url)
    got, rationale = _strike(sentence, url, page, ruleset)
    assert got == "supported", rationale
