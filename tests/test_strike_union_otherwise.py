"""Whose strike a cited story says it was: a story that ties another union to the strike
(its strikers, whose members they are, who called it) and never names the claimed one
goes against a claim naming that union, where no sentence bore the union out; two whole
names of bodies of different kinds are two bodies; a claimed trade is among a page's
list of trades; a claimed employer that the page names as a place is no party its
infobox leaves out; a sentence of no year on a page about a dated dispute tells that
dispute, not another year's. Pages written for these tests, every name invented."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.evidence.strikes import named_as_place, same_party
from factcheck.rulepacks.ruleset import RuleSet

STORY_URL = "http://news.test/2041/03/04/pellow-hospital-walkout.html"
STORY_PAGE = """<html><head><title>Pellow Infirmary porters and cooks walk out over rotas</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Pellow Infirmary porters and cooks walk out over rotas",
"datePublished": "2041-03-04T08:00:00Z"}</script></head>
<body><h1>Pellow Infirmary porters and cooks walk out over rotas</h1>
<p>By Ines Marr</p>
<p>About 300 porters and cooks at Pellow Infirmary walked out on Monday in a row over
new weekend rotas, the first stoppage at the hospital in a decade.</p>
<p>The stoppage was called by the Ambry Health Staff Union, which represents most of
the hospital's support workers.</p>
<p>Managers said wards were staffed by agency workers.</p>
<aside><h2>Related stories</h2><p>Quenby Clerks Guild members vote on pay offer</p></aside>
</body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The story's own union, or the trade alone: borne out.
        ("The walkout at Pellow Infirmary was called by the Ambry Health Staff Union", "supported"),
        ("Porters at Pellow Infirmary walked out in March 2041", "supported"),
        # Another union given as the workers' own or as the caller, named only in a
        # related story's teaser or not at all.
        (
            "Porters at Pellow Infirmary, who belong to the Quenby Clerks Guild, walked out "
            "in March 2041",
            "contradicted",
        ),
        (
            "Porters represented by the Tallis Hospital Workers Federation struck Pellow Infirmary",
            "contradicted",
        ),
        (
            "The stoppage at Pellow Infirmary was organised by the Corbin Care Alliance",
            "contradicted",
        ),
        # Members of another union at the same employer: maybe one union among several
        # that the story need not name.
        (
            "Members of the Quenby Clerks Guild walked out at Pellow Infirmary in March 2041",
            "unverified",
        ),
        # Another employer than the story's: maybe another strike.
        ("Members of the Quenby Clerks Guild struck Dunmore Hospital", "unverified"),
    ],
)
def test_a_cited_story_gives_the_strike_to_its_own_union(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, STORY_URL, STORY_PAGE, ruleset, "strike")
    assert found.verdict.label == label, found.verdict.rationale


# A story naming a union it does not tie to the strike ("welcomed", "said").
LOOSE_URL = "http://news.test/2041/05/02/dunmore-depot.html"
LOOSE_PAGE = """<html><head><title>Dunmore depot drivers walk out</title></head>
<body><h1>Dunmore depot drivers walk out</h1>
<p>Published 2 May 2041</p>
<p>Around 80 drivers at Dunmore Freight walked out on Thursday after talks on night
shifts broke down without any agreement.</p>
<p>The Ostrel Trades Council said it would raise the dispute with ministers.</p>
</body></html>"""


def test_a_union_the_story_does_not_tie_to_the_strike_goes_against_nothing(
    ruleset: RuleSet,
) -> None:
    sentence = "Members of the Corvel Drivers Guild walked out at Dunmore Freight in May 2041"
    found = cited(sentence, LOOSE_URL, LOOSE_PAGE, ruleset, "strike")
    assert "named as the strike's union" not in found.verdict.rationale


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Tarn Nurses Association", "Tarn Federation of Ward Nurses"),
        ("Kelby Drivers Union", "Kelby Drivers Guild"),
        ("Ostrel Metal Workers Union", "Ostrel Confederation of Trade Unions"),
    ],
)
def test_bodies_of_different_kinds_are_two_parties(one: str, other: str) -> None:
    assert not same_party(one, other)
    assert not same_party(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kelby Drivers", "Kelby Drivers Union"),
        ("Tarn Nurses Association", "the Tarn Nurses Association"),
        ("Ostrel Film Guild", "Ostrel Film Guild of America"),
    ],
)
def test_one_body_named_two_ways_is_one_party(one: str, other: str) -> None:
    assert same_party(one, other)


LIST_URL = "http://news.test/2041/07/09/harrow-docks.html"
LIST_PAGE = """<h1>Harrow Docks crews walk out</h1>
<p>Crane drivers and lashers employed by Harrow Docks Ltd walked out at the Ostrel
terminal on Friday in a 48-hour strike over pay.</p>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "About 400 crane drivers employed by Harrow Docks Ltd walked out in July 2041",
        "Crane drivers at Harrow Docks Ltd struck for 48 hours in July 2041",
        "Crane drivers walked off the job at Harrow Docks Ltd in July 2041",
    ],
)
def test_a_trade_among_a_pages_list_of_trades(sentence: str, ruleset: RuleSet) -> None:
    found = cited(sentence, LIST_URL, LIST_PAGE, ruleset, "strike")
    assert found.verdict.label == "supported", found.verdict.rationale


PLACE_URL = "http://encyclopedia.test/wiki/2042_Kelmouth_tram_strike"
PLACE_PAGE = """<h1>2042 Kelmouth tram strike</h1>
<table class="infobox"><tr><th>Date</th><td>June 2042</td></tr>
<tr><th>Parties</th><td>Tram Crews Union; Orvane Tramways Ltd</td></tr></table>
<p>The <b>2042 Kelmouth tram strike</b> was a three-day stoppage by tram drivers and
conductors over new rosters.</p>
<p>Services in Kelmouth ran again from 14 June.</p>"""


def test_a_city_named_as_a_place_is_no_party_left_out(ruleset: RuleSet) -> None:
    sentence = "Kelmouth's tram drivers walked out against Orvane Tramways Ltd in June 2042"
    found = cited(sentence, PLACE_URL, PLACE_PAGE, ruleset, "strike")
    assert found.verdict.label == "supported", found.verdict.rationale


# An encyclopedia page about one dated dispute whose sentences name no year.
DATED_URL = "http://encyclopedia.test/wiki/2044_Dunmore_bakery_strike"
DATED_PAGE = """<h1>2044 Dunmore bakery strike</h1>
<table class="infobox"><tr><th>Date</th><td>March – April 2044</td></tr>
<tr><th>Parties</th><td>Pellow Bakers Guild; Dunmore Foods</td></tr></table>
<p>Members of the Pellow Bakers Guild struck Dunmore Foods for six weeks over night
rotas.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Members of the Pellow Bakers Guild struck Dunmore Foods in 2044", "supported"),
        ("Members of the Pellow Bakers Guild struck Dunmore Foods", "supported"),
        # Another year's strike: the page's sentence tells the dispute of its date row.
        ("In 2039 members of the Pellow Bakers Guild struck Dunmore Foods", "unverified"),
        ("The 2037 walkout by the Pellow Bakers Guild was aimed at Dunmore Foods", "unverified"),
    ],
)
def test_a_sentence_of_no_year_tells_the_dispute_of_its_page(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, DATED_URL, DATED_PAGE, ruleset, "strike")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("name", "page_text", "place"),
    [
        ("Kelmouth", "Tram crews in Kelmouth walked out on Monday.", True),
        ("Ostrel", "Bins went unemptied across Ostrel for a week.", True),
        ("Quenby", "Pickets stood throughout Quenby on Friday.", True),
        # A possessive after "in" is whose the place is: maybe an employer's.
        ("Quenby", "Drivers in Quenby's depots walked out.", False),
        ("Quenby Foods", "Bakers at Quenby Foods walked out.", False),
        ("Ostrel", "Ostrel Transit said the talks had failed.", False),
    ],
)
def test_a_name_a_page_uses_as_a_place(name: str, page_text: str, place: bool) -> None:
    assert named_as_place(name, page_text) is place
