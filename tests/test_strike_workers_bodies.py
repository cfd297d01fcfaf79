"""An infobox's parties row whose workers' side is a body not named as a union (a
collective, a workers' committee, a network) beside a company by its legal form: the
body is the workers' side, and a company told as its management ("X Ltd. management",
"Management of X") is that company. Pages and drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://encyclopedia.test/wiki/2029_Tellavik_stoppage"


def _wiki(parties: str, kind: str = "Stoppage") -> str:
    return f"""<html><head><title>2029 Tellavik stoppage - Encyclopedia</title></head><body>
<h1>2029 Tellavik stoppage</h1>
<table class="infobox vevent"><caption>2029 Tellavik stoppage</caption>
<tr><th>Date</th><td>4 May 2029 – 7 May 2029</td></tr>
<tr><th>Methods</th><td>{kind}</td></tr>
<tr><th>Parties</th><td>{parties}</td></tr>
<tr><th>Participants</th><td>About 700 workers</td></tr></table>
<p>The <b>2029 Tellavik stoppage</b> lasted four days in May 2029. Attendance fell
sharply at the depots, and the dispute ended with a revised roster.</p>
</body></html>"""


COLLECTIVE = _wiki("Tellavik Van Drivers Collective<br>Brennmark Parcels Ltd")
COMMITTEE = _wiki(
    "Orsa Freight clerks' committee (linked to the national confederation); "
    "Orsa Freight plc management",
    "Work-to-rule",
)
NETWORK = _wiki("Management of Kaldor Delivery GmbH<br>Kaldor Couriers Network")


def _label(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    draft = f"# Depots\n\n{sentence} ([source]({URL})).\n"
    found = verdict(run(draft, {URL: page}, ruleset, wrap=False), "strike")
    return found.verdict.label, found.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        (
            "In May 2029 some 700 drivers organised by the Tellavik Van Drivers Collective "
            "walked off the job",
            COLLECTIVE,
        ),
        (
            "The Tellavik Van Drivers Collective staged a four-day strike against Brennmark "
            "Parcels in May 2029",
            COLLECTIVE,
        ),
        ("Orsa Freight's clerks worked to rule against Orsa Freight's management", COMMITTEE),
        ("Members of the Kaldor Couriers Network went on strike in May 2029", NETWORK),
    ],
)
def test_a_workers_body_beside_a_company_is_the_workers_side(
    sentence: str, page: str, ruleset: RuleSet
) -> None:
    got, rationale = _label(sentence, page, ruleset)
    assert got == "supported", rationale


def test_another_union_at_that_company_still_goes_against(ruleset: RuleSet) -> None:
    got, rationale = _label(
        "Members of the Brennmark Logistics Workers' Union struck Brennmark Parcels in May 2029",
        COLLECTIVE,
        ruleset,
    )
    assert got == "contradicted", rationale


def test_two_public_bodies_make_no_workers_side(ruleset: RuleSet) -> None:
    page = _wiki("Tellavik City Council<br>Regional Transport Authority")
    got, _ = _label(
        "Members of the Tellavik City Council went on strike in May 2029", page, ruleset
    )
    assert got != "supported"
