"""When an event happened and how long it ran: a date that closes its clause several
words after its verb; a page's date-first sentence ("On 13 October, the minister
directed ..."); an encyclopedia infobox's span ("Date: February 14 – April 2, 2019")
for a draft's "began on", "ended on" or "lasted about seven weeks"; a press release's own
date for the event it tells without one; and a vote's result told in a short line.
Sentences and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import dated_events, run, verdict

from factcheck.claims.extract import Extractor
from factcheck.evidence.date_rows import span_of
from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The fisheries minister asked the mediation service to order an end to the "
            "trawler stoppage on October 3, citing spoiled catches.",
            [("asked", "????-10-03")],
        ),
        (
            "The pilots' association lodged its grievance with the aviation tribunal on 21 "
            "January 2027.",
            [("lodged", "2027-01-21")],
        ),
        (
            "On 6 February the cabin crew at Norrvik Air ended their overtime ban.",
            [("ended", "????-02-06")],
        ),
        # What will happen is not dated by the verb before it.
        (
            "The airline warned staff that it would ground the regional fleet at both hubs "
            "on 9 May, citing costs.",
            [],
        ),
        # A date inside a clause that goes on belongs to what follows it.
        (
            "The strike began on 14 March, hours after the old contract expired.",
            [("began", "????-03-14")],
        ),
    ],
)
def test_a_date_that_closes_its_clause(text: str, found: list[Any], ruleset: RuleSet) -> None:
    assert dated_events(text, ruleset) == found


TRAWLERS = "http://fisheries.test/news/trawler-stoppage"
TRAWLER_PAGE = """<h1>Minister intervenes in trawler stoppage</h1>
<p>Crews of the Westmark trawler fleet stopped work in September over landing fees.</p>
<p>On October 13, the fisheries minister directed the mediation service to end the
stoppage, saying spoiled catches were costing the ports dearly.</p>"""


@pytest.mark.parametrize(("day", "label"), [("13", "supported"), ("3", "contradicted")])
def test_a_dated_act_against_the_pages_date_first_sentence(
    day: str, label: str, ruleset: RuleSet
) -> None:
    draft = (
        "# Trawlers\n\nThe fisheries minister asked the mediation service to order an end to "
        f"the Westmark trawler stoppage on October {day}, citing spoiled catches "
        f"([ministry]({TRAWLERS})).\n"
    )
    assert verdict(run(draft, {TRAWLERS: TRAWLER_PAGE}, ruleset), "date").verdict.label == label


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("February 14 – April 2, 2019", ("2019-02-14", "2019-04-02", 48)),
        ("14 February 2019 – 2 April 2019", ("2019-02-14", "2019-04-02", 48)),
        ("3–21 June 2024", ("2024-06-03", "2024-06-21", 19)),
        ("28 December 2021 – 4 January 2022", ("2021-12-28", "2022-01-04", 8)),
        ("28 December – 4 January 2022", ("2021-12-28", "2022-01-04", 8)),
        ("11 May 2020 – 9 July 2020; (60 days)", ("2020-05-11", "2020-07-09", 60)),
        ("5 May 2025 – present", ("2025-05-05", None, None)),
        ("9 June 2021", ("2021-06-09", "2021-06-09", 1)),
        ("Calder Valley", None),
    ],
)
def test_an_infobox_span(value: str, span: Any, ruleset: RuleSet) -> None:
    assert span_of(value, ruleset.macros.date, Extractor(ruleset).parsers) == span


BUSES = "http://wiki.test/2019_Calder_Valley_bus_strike"
BUS_PAGE = """<h1>2019 Calder Valley bus strike</h1>
<table class="infobox">
<tr><th>Date</th><td>February 14 – April 2, 2019</td></tr>
<tr><th>Location</th><td>Calder Valley</td></tr>
<tr><th>Parties</th><td>Calder Omnibus Company<br>Road Transport Workers' Guild</td></tr>
</table>
<p>The 2019 Calder Valley bus strike was a dispute over shift patterns between the Calder
Omnibus Company and its drivers.</p>"""


@pytest.mark.parametrize(
    ("sentence", "claim_type", "label"),
    [
        ("The Calder Valley bus strike ended on 2 April 2019", "date", "supported"),
        ("The Calder Valley bus strike ended on 12 April 2019", "date", "contradicted"),
        ("The Calder Valley bus strike began on 14 February", "date", "supported"),
        ("The Calder Valley bus strike began in March 2019", "date", "contradicted"),
        # A dispute word names the page's event, titled "... strike".
        ("The Calder Omnibus dispute ended in April 2019", "date", "supported"),
        ("The Calder Valley bus strike lasted about seven weeks", "quantity", "supported"),
        ("The Calder Valley bus strike lasted about four weeks", "quantity", "contradicted"),
    ],
)
def test_a_draft_against_an_infobox_span(
    sentence: str, claim_type: str, label: str, ruleset: RuleSet
) -> None:
    draft = f"# Buses\n\n{sentence} ([encyclopedia]({BUSES})).\n"
    found = verdict(run(draft, {BUSES: BUS_PAGE}, ruleset, wrap=False), claim_type)
    assert found.verdict.label == label


def test_an_infobox_of_another_event_says_nothing(ruleset: RuleSet) -> None:
    draft = (
        f"# Ferries\n\nThe Kyle ferry service resumed on 3 April 2019 ([encyclopedia]({BUSES})).\n"
    )
    found = verdict(run(draft, {BUSES: BUS_PAGE}, ruleset, wrap=False), "date")
    assert found.verdict.label == "unverified"


RELEASE = "http://guild.test/news/members-ratify"
RELEASE_PAGE = """<html><head><title>Members ratify new agreement</title></head><body>
<h1>Members ratify new agreement with Tollgate Logistics</h1>
<p class="date">March 27, 2024</p>
<p>Warehouse staff at Tollgate Logistics voted to ratify a three-year agreement, the
Distribution Workers Guild announced.</p></body></html>"""


@pytest.mark.parametrize(("month", "label"), [("March", "supported"), ("May", "unverified")])
def test_an_event_a_release_tells_on_its_own_date(month: str, label: str, ruleset: RuleSet) -> None:
    draft = (
        "# Tollgate\n\nWarehouse staff at Tollgate Logistics ratified the agreement in "
        f"{month} 2024 ([guild]({RELEASE})).\n"
    )
    found = verdict(run(draft, {RELEASE: RELEASE_PAGE}, ruleset, wrap=False), "date")
    assert found.verdict.label == label


BALLOT = "http://careunion.test/news/ballot"
BALLOT_PAGE = """<h1>Porters accept pay offer</h1>
<p>Hospital porters in the Allied Care Union have accepted a two-year pay offer from
Dunmore Health Board.</p>
<p>The vote was 93.4% in favour.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("More than 90 per cent of members voting backed it", "supported"),
        ("More than 95 per cent of members voting backed it", "contradicted"),
        ("Over 95% of porters who cast ballots supported the offer", "contradicted"),
    ],
)
def test_a_vote_share_against_a_short_result_line(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    draft = (
        "# Porters\n\nDunmore porters in the Allied Care Union accepted the board's pay offer. "
        f"{sentence} ([union]({BALLOT})).\n"
    )
    found = verdict(
        run(draft, {BALLOT: BALLOT_PAGE}, ruleset),
        "quantity",
        "%" if "%" in sentence else "per cent",
    )
    assert found.verdict.label == label


HARBOUR = "http://harbour.test/news/dockers-return"


def _harbour(line: str) -> str:
    return (
        "<h1>Brenmouth dockers return to work</h1><p>Dockers at Brenmouth harbour ended "
        f"their walkout over shift pay.</p><p>{line}</p>"
    )


@pytest.mark.parametrize(
    ("line", "sentence", "claim_type", "label"),
    [
        # A length in brackets, read as a date claim's, against a quantity in days.
        (
            "The Brenmouth harbour walkout (38 days) was the port's longest.",
            "The Brenmouth harbour walkout lasted about five weeks",
            "quantity",
            "supported",
        ),
        (
            "The Brenmouth harbour walkout (38 days) was the port's longest.",
            "The Brenmouth harbour walkout lasted about seven weeks",
            "quantity",
            "contradicted",
        ),
        # The days between a start and an end one sentence gives, both counted (39).
        (
            "The walkout at Brenmouth harbour began on 2 March 2021 and ended on 9 April 2021.",
            "The Brenmouth harbour walkout lasted 39 days",
            "quantity",
            "supported",
        ),
        (
            "The walkout at Brenmouth harbour began on 2 March 2021 and ended on 9 April 2021.",
            "The Brenmouth harbour walkout lasted about seven weeks",
            "quantity",
            "contradicted",
        ),
        # A date claim's length keeps its qualifier, against a quantity in days.
        (
            "The Brenmouth harbour walkout lasted 38 days.",
            "Lasting about five weeks, the Brenmouth harbour walkout ended in April",
            "date",
            "supported",
        ),
        (
            "The Brenmouth harbour walkout lasted 38 days.",
            "Lasting nearly eight weeks, the Brenmouth harbour walkout ended in April",
            "date",
            "contradicted",
        ),
    ],
)
def test_a_length_against_a_page_sentence(
    line: str, sentence: str, claim_type: str, label: str, ruleset: RuleSet
) -> None:
    draft = f"# Harbour\n\n{sentence} ([report]({HARBOUR})).\n"
    found = verdict(run(draft, {HARBOUR: _harbour(line)}, ruleset), claim_type)
    assert found.verdict.label == label


LOCKOUT = "http://wiki.test/Tessary_mill_lockout"
LOCKOUT_PAGE = """<h1>Tessary mill lockout</h1>
<table class="infobox"><tr><th>Duration</th><td>61 days</td></tr>
<tr><th>Parties</th><td>Tessary Paper Mills<br>Pulp and Paper Workers' Guild</td></tr></table>
<p>The Tessary mill lockout was a dispute over a new shift roster.</p>"""


@pytest.mark.parametrize(("weeks", "label"), [("nine", "supported"), ("six", "contradicted")])
def test_an_infobox_length_alone(weeks: str, label: str, ruleset: RuleSet) -> None:
    draft = (
        f"# Mill\n\nThe Tessary mill lockout lasted about {weeks} weeks "
        f"([encyclopedia]({LOCKOUT})).\n"
    )
    found = verdict(run(draft, {LOCKOUT: LOCKOUT_PAGE}, ruleset, wrap=False), "quantity")
    assert found.verdict.label == label


FERRY = "http://history.example.org/wiki/Skerra_ferry"
FERRY_PAGE = """<h1>Skerra ferry</h1>
<p>The crossing ran for 61 years. Its owners announced the closure in May, and the last
night crossing left Port Ennis on 30 September 2029.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The same thing, named by every word of the subject, on the claim's day: another
        # verb tells the same event.
        ("The last night crossing went out on 30 September 2029", "supported"),
        ("The last night crossing departed on 30 September 2029", "supported"),
        # Another day is no conflict read this loosely; a subject of one word names
        # nothing surely.
        ("The last night crossing went out on 2 October 2029", "unverified"),
        ("The crossing went out on 30 September 2029", "unverified"),
    ],
)
def test_the_same_thing_on_the_same_day_by_another_verb(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    draft = f"# Skerra\n\n{sentence}, after 61 years ([history]({FERRY})).\n"
    found = verdict(run(draft, {FERRY: FERRY_PAGE}, ruleset), "date")
    assert found.verdict.label == label, found.verdict.rationale


STOPPAGES = "http://wiki.test/2031_Dunmore_porters_strikes"
STOPPAGES_PAGE = """<h1>2031 Dunmore porters' strikes</h1>
<table class="infobox">
<tr><th>Date</th><td>4 March 2031; 19 May 2031</td></tr>
<tr><th>Parties</th><td>Dunmore Health Trust<br>Hospital Porters' Guild</td></tr>
<tr><th>Duration</th><td>12 hours (each stoppage)</td></tr>
</table>
<p>The 2031 Dunmore porters' strikes were two stoppages over rosters.</p>"""


@pytest.mark.parametrize(
    ("length", "label"),
    [
        # A row counting hours is set against a length told in hours, in hours; a row of
        # single dates ("4 March 2031; 19 May 2031") says nothing of hours.
        ("36 hours", "contradicted"),
        ("12 hours", "supported"),
        # Against a length in days, the hours are a part of a day: within its slack.
        ("one day", "supported"),
    ],
)
def test_an_infobox_length_in_hours(length: str, label: str, ruleset: RuleSet) -> None:
    draft = (
        f"# Porters\n\nThe Dunmore porters' strike lasted {length} ([encyclopedia]({STOPPAGES})).\n"
    )
    found = verdict(run(draft, {STOPPAGES: STOPPAGES_PAGE}, ruleset, wrap=False), "quantity")
    assert found.verdict.label == label


DOCKS = "http://wiki.test/2030_Harlow_dock_strike"
DOCKS_PAGE = """<h1>2030 Harlow dock strike</h1>
<table class="infobox">
<tr><th>Date</th><td>March 3, 2030 – January 6, 2031<br>(310 days)</td></tr>
<tr><th>Parties</th><td>Harlow Port Company<br>Dock and Harbour Workers' Guild</td></tr>
</table>
<p>The 2030 Harlow dock strike was a dispute over automation at the port.</p>"""


@pytest.mark.parametrize(
    ("middle", "label"),
    [
        # Pickets told in between, citing nothing and naming no other strikers: the
        # dispute is still the one cited above, whose infobox counts its days.
        (
            "In the summer, more than 400 members picketed outside Harlow Port Company.",
            "contradicted",
        ),
        # Other strikers named in between: "the dispute" may be theirs.
        (
            "In the summer, members of the Kestrel Pilots Association walked out against "
            "Harlow Port Company.",
            "unverified",
        ),
    ],
)
def test_a_length_of_the_dispute_cited_before_the_strikes_told_since(
    middle: str, label: str, ruleset: RuleSet
) -> None:
    draft = (
        "# Docks\n\nMembers of the Dock and Harbour Workers' Guild walked off the job on "
        f"March 3, 2030, striking the Harlow Port Company ([encyclopedia]({DOCKS})).\n\n"
        f"{middle}\n\nThe guild called off the strike in January. All told, the dispute ran "
        "for roughly seven months.\n"
    )
    checked = run(draft, {DOCKS: DOCKS_PAGE}, ruleset, wrap=False)
    found = verdict(checked, "quantity", "roughly seven months")
    assert found.verdict.label == label
    if label == "contradicted":
        # The tolerance a qualified length is read with is told.
        assert "(read as 192–234 days)" in found.verdict.rationale


PORTERS = "https://trade.example/2031/10/14/porters-ratify"
PORTERS_PAGE = """<h1>Hospital porters ratify new two-year deal</h1>
<p>October 14, 2031</p>
<p>Members of the Porters' Guild, Local 12, voted on October 14, 2031 to {act}, the guild
said.</p>"""


@pytest.mark.parametrize(
    ("act", "when", "label"),
    [
        # A vote dated on the page is the act it is a vote to take, for a month alone too.
        ("ratify a new agreement with Dunmore Health Trust", "in November 2031", "contradicted"),
        ("ratify a new agreement with Dunmore Health Trust", "in October 2031", "supported"),
        # Dated after the page came out, in another year: the page told it as done
        # before then. Before the page, another year's vote may be another contract's.
        ("ratify a new agreement with Dunmore Health Trust", "in January 2032", "contradicted"),
        ("ratify a new agreement with Dunmore Health Trust", "in January 2030", "unverified"),
        # A vote to do another thing dates nothing the claim tells.
        ("strike at two Dunmore hospitals", "in November 2031", "unverified"),
    ],
)
def test_a_vote_to_take_the_act(act: str, when: str, label: str, ruleset: RuleSet) -> None:
    draft = (
        f"# Porters\n\nPorters' Guild members ratified their new agreement {when}, closing "
        f"talks that began in May ([trade report]({PORTERS})).\n"
    )
    page = PORTERS_PAGE.format(act=act)
    assert verdict(run(draft, {PORTERS: page}, ruleset), "date").verdict.label == label


TRAMS = "https://wire.example/2032/05/12/tram-walkout"
TRAMS_PAGE = """<html><head><title>Tram drivers walk out</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Tram drivers walk out", "datePublished": "2032-05-12T15:00:00+02:00"}</script>
</head><body><article><h1>Tram drivers walk out in Lisvane</h1>
<p>Members of the Tram Operators Federation walked out at the northern depot of the Orvane
tram network in Lisvane on Wednesday morning, 12 May, as the early shift began.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("day", "label"),
    [
        # A start told on the cited story by a stoppage's verb, after a place of several
        # words and a weekday's morning, its year left to the story's date.
        ("2 May 2032", "contradicted"),
        ("12 May 2032", "supported"),
    ],
)
def test_a_walkout_dated_after_its_place(day: str, label: str, ruleset: RuleSet) -> None:
    draft = (
        f"# Trams\n\nTram drivers in Lisvane struck over rosters ([report]({TRAMS})).\n\n"
        f"The walkout began on {day}.\n"
    )
    found = verdict(run(draft, {TRAMS: TRAMS_PAGE}, ruleset, wrap=False), "date")
    assert found.verdict.label == label
    if label == "contradicted":
        assert "2032-05-12 (its year from the page's date)" in found.verdict.rationale


# A time of day told before the day an event fell on: a clock time, or a part of the day
# "of" the date. Sentences and a page written for these tests.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The sit-in began at 5.30 a.m. on Friday 3 October 2031.", [("began", "2031-10-03")]),
        (
            "Porters at the Velmar depot walked out shortly after 2 a.m. on Monday, July 7.",
            [("walked out", "????-07-07")],
        ),
        ("The lockout was imposed on the night of 9 March.", [("imposed", "????-03-09")]),
        ("The blockade ended in the early hours of 2 April 2030.", [("ended", "2030-04-02")]),
        # A time of day with no date after it dates nothing.
        ("The canteen opened at 6 a.m. on weekdays.", []),
    ],
)
def test_a_time_of_day_before_the_date(text: str, found: list[Any], ruleset: RuleSet) -> None:
    assert dated_events(text, ruleset) == found


ELLERY = "https://harbour.example/news/2031/05/dock-strike.html"
ELLERY_PAGE = (
    "<h1>Dockers strike at Port Ellery</h1><p>The strike at Port Ellery began at 06:00 on "
    "Tuesday 6 May 2031, the dockers' union said.</p>"
)


@pytest.mark.parametrize(
    ("draft_day", "label"), [("6 May", "supported"), ("8 May", "contradicted")]
)
def test_a_day_told_after_a_time_of_day_is_checked(
    draft_day: str, label: str, ruleset: RuleSet
) -> None:
    draft = (
        f"# Port Ellery\n\nThe strike at Port Ellery began at 6 a.m. on {draft_day} "
        f"([union]({ELLERY})).\n"
    )
    assert verdict(run(draft, {ELLERY: ELLERY_PAGE}, ruleset), "date").verdict.label == label
