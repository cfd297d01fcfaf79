"""A strike sentence that names only the workers ("teachers walked off the job") takes
its parties from its paragraph or from the page's infobox; pages written for these
tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://encyclopedia.test/wiki/2031_Tarvia_teachers_strike"
INFOBOX_PAGE = """<h1>2031 Tarvia teachers' strike</h1>
<table class="infobox"><tr><th colspan="2">2031 Tarvia teachers' strike</th></tr>
<tr><th>Date</th><td>9 October 2031</td></tr>
<tr><th colspan="2">Parties</th></tr>
<tr><td colspan="2"><ul><li>Tarvian Union of School Staff (TUSS)</li>
<li>Ministry of Schooling</li></ul></td></tr>
<tr><th>Participants</th><td>about 41,000 teachers</td></tr></table>
<p>The <b>2031 Tarvia teachers' strike</b> was a one-day national stoppage in state
schools. Some 41,000 teachers walked off the job on 9 October 2031.</p>
<p>Pay had been frozen for two years.</p>"""

PARAGRAPH_PAGE = """<h1>Hospital porters stop work across Lenmark</h1>
<p>Porters and cleaners at Lenmark's hospitals downed tools on Wednesday in a 24-hour
national walkout. The Lenmark Hospital Staff Guild says pay has fallen behind retail
for three years, and talks with the Health Service Executive stalled in May.</p>
<p>Emergency wards kept a skeleton crew.</p>"""


def _strike(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    found = cited(sentence, URL, page, ruleset, "strike")
    return found.verdict.label, found.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Teachers represented by the Tarvian Union of School Staff struck against the "
            "Ministry of Schooling",
            "supported",
        ),
        ("Members of the Tarvian Union of School Staff walked off the job nationwide", "supported"),
        # The infobox names the employer side: another one goes against the claim.
        (
            "Members of the Tarvian Union of School Staff went on strike against the Tarvia "
            "Finance Office",
            "contradicted",
        ),
        # A union the page never names is not the one that struck.
        ("Members of the Tarvian Caretakers Guild walked off the job nationwide", "unverified"),
    ],
)
def test_the_infobox_names_the_parties(sentence: str, label: str, ruleset: RuleSet) -> None:
    got, rationale = _strike(sentence, INFOBOX_PAGE, ruleset)
    assert got == label
    if label == "contradicted":
        assert "infobox: Parties" in rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Members of the Lenmark Hospital Staff Guild went on strike against the Health "
            "Service Executive",
            "supported",
        ),
        ("The Lenmark Hospital Staff Guild's members walked out on Wednesday", "supported"),
        # A body the paragraph names is not for that the employer: it backs, never refutes.
        (
            "Members of the Lenmark Hospital Staff Guild went on strike against the Lenmark "
            "Treasury",
            "supported",
        ),
        ("Members of the Lenmark Drivers Union walked out on Wednesday", "unverified"),
    ],
)
def test_the_paragraph_names_the_union(sentence: str, label: str, ruleset: RuleSet) -> None:
    got, _ = _strike(sentence, PARAGRAPH_PAGE, ruleset)
    assert got == label


def test_two_unions_in_the_paragraph_name_neither(ruleset: RuleSet) -> None:
    page = PARAGRAPH_PAGE.replace(
        "talks with", "the Lenmark Drivers Union backed the porters; talks with"
    )
    got, _ = _strike("Members of the Lenmark Drivers Union walked out on Wednesday", page, ruleset)
    assert got == "unverified"


def test_an_averted_strike_lends_no_union_to_its_workers(ruleset: RuleSet) -> None:
    page = (
        "<p>Brisa Freight and the Coastal Haulage Guild settled on Sunday night, averting "
        "a walkout by its drivers. The Coastal Haulage Guild will put the offer to a vote.</p>"
    )
    got, _ = _strike("The Coastal Haulage Guild walked off the job at Brisa Freight", page, ruleset)
    assert got == "contradicted"


def test_each_side_in_a_cell_of_its_own(ruleset: RuleSet) -> None:
    page = INFOBOX_PAGE.replace(
        """<tr><td colspan="2"><ul><li>Tarvian Union of School Staff (TUSS)</li>
<li>Ministry of Schooling</li></ul></td></tr>""",
        "<tr><td>Tarvian Union of School Staff</td><td>Ministry of Schooling</td></tr>",
    )
    assert "<td>Ministry of Schooling</td>" in page
    sentence = "Members of the Tarvian Union of School Staff struck against the Tarvia Rail Board"
    got, rationale = _strike(sentence, page, ruleset)
    assert got == "contradicted" and "infobox: Parties" in rationale
