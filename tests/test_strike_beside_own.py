"""A page that bears out the claim's own strike (its union against its employer) may tell,
beside it, another local's stoppage in the same months ("the outside workers' local
walked out too") or the same strike at one of the employer's workplaces ("picketed
outside the Central Library"): neither gives the claim's strike to anyone else. A page
that tells only another local's strike, or the strike against another employer, still
goes against the claim. Pages and drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://news.test/2030/05/story.html"


def _wiki(title: str, union: str, employer: str, body: str) -> str:
    return (
        f"<html><head><title>{title} - Encyclopedia</title></head><body><h1>{title}</h1>"
        f'<table class="infobox"><tr><th colspan="2">{title}</th></tr>'
        "<tr><th>Date</th><td>4 May 2030 – 20 June 2030</td></tr>"
        '<tr><th colspan="2">Parties</th></tr>'
        f"<tr><td>{union}</td><td>{employer}</td></tr>"
        "<tr><th>Participants</th><td>About 600 workers</td></tr></table>"
        f"{body}</body></html>"
    )


def _story(headline: str, body: str) -> str:
    return (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        f"{body}</article></body></html>"
    )


def _label(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    found = cited(sentence, URL, page, ruleset, "strike", wrap=False)
    return found.verdict.label, found.verdict.rationale


TRANSIT = _wiki(
    "2030 Marlow Transit strike",
    "Transit Workers Union Local 88",
    "Marlow Transit Authority",
    "<p>The <b>2030 Marlow Transit strike</b> lasted seven weeks.</p>"
    "<p>Mechanics in Transit Workers Union Local 214 walked out on 2 May 2030, and the "
    "drivers followed two days later.</p>",
)
PORT = _wiki(
    "2030 Kessel Port Company strike",
    "Dockers Guild Branch 5",
    "Kessel Port Company",
    "<p>The <b>2030 Kessel Port Company strike</b> closed the container quays.</p>"
    "<p>Crane drivers of Dockers Guild Branch 12 had struck in April 2030 over shift rotas.</p>",
)
HOSPITALS = _wiki(
    "2030 Orrin Health strike",
    "Care Staff Union Local 7",
    "Orrin Health Board",
    "<p>The <b>2030 Orrin Health strike</b> was the longest in the board's history.</p>"
    "<p>Cleaners in Care Staff Union Local 31 went on strike in May 2030 as well.</p>",
)


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        (
            "In May 2030 about 600 members of Transit Workers Union Local 88 walked off the job "
            "at the Marlow Transit Authority",
            TRANSIT,
        ),
        (
            "Members of Dockers Guild Branch 5 struck the Kessel Port Company in 2030",
            PORT,
        ),
        (
            "Porters in Care Staff Union Local 7 walked out at the Orrin Health Board in 2030",
            HOSPITALS,
        ),
    ],
)
def test_another_local_beside_the_claimed_one(sentence: str, page: str, ruleset: RuleSet) -> None:
    label, why = _label(sentence, page, ruleset)
    assert label == "supported", why


def test_only_another_local_still_goes_against(ruleset: RuleSet) -> None:
    page = _story(
        "Marlow mechanics walk out",
        "<p>About 600 members of Transit Workers Union Local 214 walked off the job at the "
        "Marlow Transit Authority on 2 May 2030.</p>",
    )
    label, why = _label(
        "In May 2030 about 600 members of Transit Workers Union Local 88 walked off the job "
        "at the Marlow Transit Authority",
        page,
        ruleset,
    )
    assert label == "contradicted", why


COUNCIL = _story(
    "Library staff walk out in Tarnley",
    "<p>Library staff in Tarnley stopped work on Tuesday in the first of two days of strike "
    "action against Tarnley City Council.</p>"
    "<p>Members of the Public Service Guild formed picket lines outside Tarnley Central "
    "Library on Bridge Street from 8am.</p>",
)
DEPOTS = _story(
    "Refuse crews strike in Oxmoor",
    "<p>Refuse collectors in Oxmoor began a week of strikes on Monday against Oxmoor "
    "District Council.</p>"
    "<p>Members of the Municipal Trades Union picketed outside the Pell Lane Depot from "
    "dawn.</p>",
)
CLINICS = _story(
    "Nurses strike across Vell",
    "<p>Nurses in Vell walked out on Thursday on the opening day of a three-day action against "
    "the Vell Valley Health Trust.</p>"
    "<p>Members of the Nursing Staff Federation set up picket lines outside Vell General "
    "Hospital at 7am.</p>",
)


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        (
            "Public Service Guild members working in Tarnley City Council's libraries began "
            "a two-day strike on Tuesday",
            COUNCIL,
        ),
        ("Members of the Municipal Trades Union struck Oxmoor District Council", DEPOTS),
        (
            "Members of the Nursing Staff Federation walked out against the Vell Valley "
            "Health Trust",
            CLINICS,
        ),
    ],
)
def test_a_workplace_of_the_claimed_employer(sentence: str, page: str, ruleset: RuleSet) -> None:
    label, why = _label(sentence, page, ruleset)
    assert label == "supported", why


def test_another_employer_still_goes_against(ruleset: RuleSet) -> None:
    page = _story(
        "Refuse crews strike in Oxmoor",
        "<p>Members of the Municipal Trades Union began a week of strikes on Monday against "
        "Brennan Waste Services, the council's contractor.</p>",
    )
    label, why = _label(
        "Members of the Municipal Trades Union struck Oxmoor District Council", page, ruleset
    )
    assert label in {"contradicted", "mixed"}, why


# A page telling the strike by the workers' trade and saying the union the claim names
# was not involved: the strike was not that union's.
BAKERS = _story(
    "Bakers at Lindqvist Bread stop work",
    "<p>Bakers at Lindqvist Bread's Ostby plant went on strike on Monday for the first time "
    "in decades.</p>"
    "<p>The stoppage was organised by Bakery Hands Together, a small independent union. "
    "The country's largest food union, the Food and Allied Trades Federation, was not "
    "involved.</p>",
)
GUARDS = _story(
    "Security guards walk out at Pellan Mall",
    "<p>Security guards at Pellan Mall walked off the job on Friday over unpaid night "
    "shifts.</p>"
    "<p>The Security Officers Alliance did not take part in the walkout, which the guards "
    "organised through a workplace committee.</p>",
)
TEACHERS = _story(
    "Teachers strike at Corrie Academy",
    "<p>Teachers at Corrie Academy stopped work for a day on Wednesday over class sizes.</p>"
    "<p>A spokesman for the Secondary Teachers Association said the association had not "
    "joined the stoppage.</p>",
)


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        (
            "The strike was called by the Food and Allied Trades Federation, "
            "the largest union of bakers",
            BAKERS,
        ),
        (
            "The walkout was called by the Security Officers Alliance, "
            "which organises security guards",
            GUARDS,
        ),
        ("The stoppage was called by the Secondary Teachers Association", TEACHERS),
    ],
)
def test_the_union_denied_beside_the_trade_s_strike(
    sentence: str, page: str, ruleset: RuleSet
) -> None:
    label, why = _label(sentence, page, ruleset)
    assert label == "contradicted", why


def _longer(title: str, union: str, short: str, long: str, trade: str) -> str:
    return _wiki(
        title,
        union,
        f"{long} AG",
        f"<p>The <b>{title}</b> was a walkout by the {union} against the {trade} group {long}.</p>",
    )


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        (
            "In 2030 Metal Trades Guild members walked out at BKW's plants",
            _longer(
                "2030 BKW strike",
                "Metal Trades Guild",
                "BKW",
                "BKW-Kessler",
                "engineering",
            ),
        ),
        (
            "Members of the Chemical Workers Federation struck VLM's sites in 2030",
            _longer(
                "2030 VLM strike",
                "Chemical Workers Federation",
                "VLM",
                "VLM-Oster",
                "chemicals",
            ),
        ),
        (
            "In 2030 the Print Hands Union walked out at OSP's works",
            _longer("2030 OSP strike", "Print Hands Union", "OSP", "OSP-Sachs", "printing"),
        ),
    ],
)
def test_the_claimed_employer_s_longer_name(sentence: str, page: str, ruleset: RuleSet) -> None:
    label, why = _label(sentence, page, ruleset)
    assert label == "supported", why
