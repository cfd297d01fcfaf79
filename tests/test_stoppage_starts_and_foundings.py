"""A stoppage's first day told by other words than "began" ("staff downed tools on",
"picket lines went up on", "production halted on") against an infobox's Date row; and a
founding ("was founded in", "created by statute in") against the founding row of the
infobox of the body's own page, in English or another language's month names. Sentences
and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import cited, run, verdict

from factcheck.claims.extract import Extractor
from factcheck.evidence.founding_rows import founding_value
from factcheck.evidence.stoppage_dates import starts_stoppage
from factcheck.rulepacks.ruleset import RuleSet

STRIKE = "http://wiki.test/2029_Harlow_bottling_strike"
STRIKE_PAGE = """<h1>2029 Harlow bottling strike</h1>
<table class="infobox">
<tr><th>Date</th><td>11 – 27 September 2029</td></tr>
<tr><th>Location</th><td>Harlow</td></tr>
</table>
<p>The 2029 Harlow bottling strike was a dispute over shift premiums between line
operators and Fenwick Drinks.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Line operators at Fenwick Drinks downed tools on 11 September 2029", "supported"),
        ("Line operators at Fenwick Drinks downed tools on 4 September 2029", "contradicted"),
        ("Picket lines went up on 11 September 2029 outside the Harlow plant", "supported"),
        ("Pickets were set up on 18 August 2029 outside the Harlow plant", "contradicted"),
        ("Bottling stopped at the Harlow plant on 11 September 2029", "supported"),
        ("Bottlers walked off the job on 12 October 2029", "contradicted"),
    ],
)
def test_a_stoppage_started_in_other_words(sentence: str, label: str, ruleset: RuleSet) -> None:
    draft = f"# Bottling\n\n{sentence} ([encyclopedia]({STRIKE})).\n"
    found = verdict(run(draft, {STRIKE: STRIKE_PAGE}, ruleset, wrap=False), "date")
    assert found.verdict.label == label


@pytest.mark.parametrize(
    ("text", "event", "subject", "starts"),
    [
        ("Dockers downed tools on 3 May", "downed", "Dockers", True),
        ("Nurses walked off the job on 3 May", "walked off", "Nurses", True),
        ("Picket lines went up on 3 May", "went", "Picket lines", True),
        ("Production halted at the mill on 3 May", "halted", "Production", True),
        # A stoppage going on, not starting; a stop of something else than work.
        ("Cleaners remained on strike on 3 May", "remained", "Cleaners", False),
        ("The ferry stopped at Kelby on 3 May", "stopped", "The ferry", False),
        ("Fares went up on 3 May", "went", "Fares", False),
    ],
)
def test_what_tells_a_stoppage_began(
    text: str, event: str, subject: str, starts: bool, ruleset: RuleSet
) -> None:
    assert starts_stoppage(text, event, subject, ruleset.knowledge) is starts


BODY = "http://wiki.test/Lindqvist_Haulage_Workers_Union"
BODY_PAGE = """<h1>Lindqvist Haulage Workers' Union</h1>
<table class="infobox">
<tr><th>Founded</th><td>4 April 1921</td></tr>
<tr><th>Members</th><td>12,400</td></tr>
</table>
<p>The Lindqvist Haulage Workers' Union (LHWU) is a trade union of lorry drivers and
depot staff in Sweden.</p>"""

AGENCY = "http://wiki.test/Instituto_Nacional_de_Pesca_Artesanal"
AGENCY_PAGE = """<h1>Instituto Nacional de Pesca Artesanal</h1>
<table class="infobox">
<tr><th>Creación</th><td>22 de agosto de 1994</td></tr>
<tr><th>Sede</th><td>Valparaíso</td></tr>
</table>
<p>El Instituto Nacional de Pesca Artesanal (INPA) es un organismo público que
registra a los pescadores artesanales.</p>"""


@pytest.mark.parametrize(
    ("sentence", "url", "page", "label"),
    [
        ("The LHWU was founded in 1921", BODY, BODY_PAGE, "supported"),
        ("The LHWU was founded in 1926", BODY, BODY_PAGE, "contradicted"),
        (
            "The inshore fleet is registered by INPA, created by statute in August 1994",
            AGENCY,
            AGENCY_PAGE,
            "supported",
        ),
        (
            "The inshore fleet is registered by INPA, set up by decree in 1990",
            AGENCY,
            AGENCY_PAGE,
            "contradicted",
        ),
    ],
)
def test_a_founding_against_the_bodys_infobox(
    sentence: str, url: str, page: str, label: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, url, page, ruleset, "date", wrap=False)
    assert found.verdict.label == label


OTHER = "http://wiki.test/Kelby_Port_Authority"
OTHER_PAGE = """<h1>Kelby Port Authority</h1>
<table class="infobox">
<tr><th>Formed</th><td>1968</td></tr>
</table>
<p>The Kelby Port Authority runs the harbour at Kelby.</p>"""


def test_another_bodys_founding_row_says_nothing(ruleset: RuleSet) -> None:
    found = cited("The Marsh Pilots' Guild was founded in 1931", OTHER, OTHER_PAGE, ruleset, "date")
    assert found.verdict.label == "unverified"


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("4 August 1971", "1971-08-04"),
        ("21 de abril de 2005", "2005-04-21"),
        ("1. Juli 1952", "1952-07-01"),
        ("5 février 1977", "1977-02-05"),
        ("1911; 118 years ago", "1911"),
        ("setembro de 1988", "1988-09"),
    ],
)
def test_a_founding_rows_value(value: str, iso: str, ruleset: RuleSet) -> None:
    assert founding_value(value, ruleset.macros.date, Extractor(ruleset).parsers) == iso
