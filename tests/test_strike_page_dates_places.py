"""A strike claim read against an encyclopedia page about one dispute: a month opening
the claim's sentence is no part of who struck; a sentence of the page naming no date
tells the dispute its infobox dates, so its denial says nothing of a claim of another
month (with or without a year); and a claimed "employer" that the page tells as a place
("the province of X") is no party its infobox leaves out. Pages and drafts written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict
from test_claim_forms import fields_of

URL = "http://encyclopedia.test/wiki/2027_Orne_signal_fitters_strike"


@pytest.mark.parametrize(
    ("text", "strikers"),
    [
        (
            "In January the signal fitters imposed an overtime ban against Orne Rail.",
            ["signal fitters"],
        ),
        (
            "During March the tram fitters held a two-day stoppage against Kell Buses.",
            ["tram fitters"],
        ),
        ("In late June the bakers walked out at Orla Foods.", ["bakers"]),
        ("In March crane drivers walked off the job at Pellow Quay.", ["crane drivers"]),
    ],
)
def test_an_opening_month_is_no_part_of_the_strikers(
    text: str, strikers: list[str], ruleset: Any
) -> None:
    assert fields_of(text, "strike", ruleset)["strikers"] == strikers


DENIAL_PAGE = """<html><head><title>2027 Orne signal fitters' strike - Encyclopedia</title>
</head><body><h1>2027 Orne signal fitters' strike</h1>
<table class="infobox vevent"><caption>2027 Orne signal fitters' strike</caption>
<tr><th>Date</th><td>4 October 2027 – 8 October 2027</td></tr>
<tr><th>Parties</th><td>Orne Signal Fitters' Union<br>vs.<br>Orne Rail</td></tr></table>
<p>The <b>2027 Orne signal fitters' strike</b> was a five-day strike by signal fitters of
the Orne Signal Fitters' Union against Orne Rail over rosters.</p>
<p>The Orne Station Clerks' Association took no part in the stoppage, and station clerks
kept working throughout.</p>
</body></html>"""


def _label(sentence: str, page: str, ruleset: Any) -> tuple[str, str]:
    draft = f"# Rail\n\n{sentence} ([source]({URL})).\n"
    found = verdict(run(draft, {URL: page}, ruleset, wrap=False), "strike")
    return found.verdict.label, found.verdict.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "In February the station clerks staged a go-slow against Orne Rail",
        "Station clerks walked off the job at Orne Rail in May",
    ],
)
def test_a_denial_of_the_page_s_dispute_is_not_of_another_month(
    sentence: str, ruleset: Any
) -> None:
    got, rationale = _label(sentence, DENIAL_PAGE, ruleset)
    assert got != "contradicted", rationale


def test_a_denial_of_the_page_s_dispute_holds_in_its_month(ruleset: Any) -> None:
    got, rationale = _label(
        "In October the station clerks walked off the job at Orne Rail", DENIAL_PAGE, ruleset
    )
    assert got == "contradicted", rationale


PLACE_PAGE = """<html><head><title>2027 Kessamo farmhands' strike - Encyclopedia</title>
</head><body><h1>2027 Kessamo farmhands' strike</h1>
<table class="infobox vevent"><caption>2027 Kessamo farmhands' strike</caption>
<tr><th>Date</th><td>9 May 2027</td></tr>
<tr><th>Location</th><td>Province of Kessamo</td></tr>
<tr><th>Parties</th><td>Tarn Farmhands Union (TFU)<br>vs.<br>Melon growers of the Orvel
plain</td></tr></table>
<p>The <b>2027 Kessamo farmhands' strike</b> was a one-day strike of day labourers in the
province of Kessamo, held on 9 May 2027. It was called by the Tarn Farmhands Union.</p>
</body></html>"""


def test_a_place_s_possessive_is_no_missing_party(ruleset: Any) -> None:
    got, rationale = _label(
        "In May 2027 the Tarn Farmhands Union called Kessamo's day labourers out",
        PLACE_PAGE,
        ruleset,
    )
    assert got != "contradicted", rationale


def test_an_employer_the_infobox_leaves_out_still_goes_against(ruleset: Any) -> None:
    got, rationale = _label(
        "In May 2027 the Tarn Farmhands Union called Brakel Farms' day labourers out",
        PLACE_PAGE,
        ruleset,
    )
    assert got == "contradicted", rationale


@pytest.mark.parametrize(
    ("text", "strikers", "against"),
    [
        (
            "The stoppage hit Orla Air and its regional arm Brisa Express, whose pilots "
            "joined the strike.",
            ["pilots"],
            ["Brisa Express"],
        ),
        (
            "The dispute spread to Kell Haulage, whose drivers walked out on Monday.",
            ["drivers"],
            ["Kell Haulage"],
        ),
    ],
)
def test_whose_group_works_at_the_name_before(
    text: str, strikers: list[str], against: list[str], ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == strikers
    assert fields["against"] == against


BODY_PAGE = """<html><head><title>Orne rail strike ends</title></head><body>
<h1>Orne rail strike ends</h1>
<p>Signal fitters of the Orne Signal Fitters' Union ended their strike against Orne Rail
on 9 October 2027. The Kell Union of Station Clerks held a march in support on 6 October
but was not a party to the strike.</p>
</body></html>"""


def test_a_body_named_of_its_members_is_one_in_a_denial(ruleset: Any) -> None:
    got, rationale = _label(
        "The Kell Union of Station Clerks also joined the strike in October 2027",
        BODY_PAGE,
        ruleset,
    )
    assert got in ("contradicted", "mixed"), rationale
