"""A posting's pay in a box that also holds its heading and notes, or in a line right
under a pay heading; the dollar a pay block names by its code; and a draft's bare "$"
meeting that dollar. The pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

from factcheck.evidence.dollars import bare_dollar
from factcheck.sources.facts import parse_pay, read_facts

BOX = """<html><head><title>Ferry Deckhand | Saltmarsh Crossings</title></head><body><main>
<h1>Ferry Deckhand</h1>
<p>Saltmarsh Crossings runs six vehicle ferries across the sound, around the clock.</p>
<div class="compensation-panel">
  <h3>Compensation</h3>
  <p><span class="num">{low}</span> <span>to</span> <span class="num">{high}</span>
  <span>per hour {code}</span></p>
  <p class="note">Where a new hire lands in the band depends on sea time already logged;
  shift premiums for nights and statutory holidays follow the crew agreement.</p>
</div>
<h2>What you will do</h2><p>Handle mooring lines, guide vehicles on board and keep the
car deck safe in all weathers.</p>
</main>
<aside class="similar"><h3>Other crew jobs</h3><ul>
<li>Ferry Deckhand (relief) &middot; $30.10 &ndash; $34.75 per hour</li></ul></aside>
</body></html>"""

HEADED = """<html><body><main><h1>Kiln Technician</h1>
<p>Our pottery works fires stoneware for restaurants across the region.</p>
<h2>Pay range</h2>
<p>$24.10 - $27.90 an hour</p>
<h2>About you</h2><p>Two years of kiln work and a steady hand with glazes.</p>
</main></body></html>"""


def test_a_pay_box_with_its_heading_and_notes_gives_its_figure_line() -> None:
    html = BOX.format(low="$27.45", high="$31.20", code="(CAD)")
    pays = read_facts(html).of("pay")
    assert [(p.data["min"], p.data["max"], p.data["period"]) for p in pays] == [
        (27.45, 31.2, "hour")
    ]
    assert pays[0].data["currency"] == "CAD"
    assert pays[0].where == "pay block: Compensation"


def test_a_line_of_money_under_a_pay_heading_is_the_pay() -> None:
    pays = read_facts(HEADED).of("pay")
    assert [(p.data["min"], p.data["max"], p.where) for p in pays] == [
        (24.1, 27.9, "pay block: Pay range")
    ]


def test_a_sentence_under_a_pay_heading_is_no_pay_block() -> None:
    html = HEADED.replace(
        "<p>$24.10 - $27.90 an hour</p>",
        "<p>Technicians who stay three years have seen raises of $2 an hour or more.</p>",
    )
    assert read_facts(html).of("pay") == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("$27.45 – $31.20 per hour (CAD)", "CAD"),
        ("$61,000 - $70,500 AUD", "AUD"),
        ("$61,000 - $70,500 a year", "USD"),
        # A code written on the figure stands; one apart from them does not overrule it.
        ("US$61,000 - US$70,500 (NZD equivalent shown at checkout)", "USD"),
    ],
)
def test_a_code_apart_from_the_figures_names_the_dollar(text: str, currency: str) -> None:
    pay = parse_pay(text)
    assert pay is not None and pay["currency"] == currency


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("$27.45 an hour", True),
        ("forty dollars a shift", True),
        ("US$27.45 an hour", False),
        ("C$27.45 an hour", False),
        ("27 U.S. dollars", False),
        ("27 Australian dollars", False),
    ],
)
def test_a_bare_dollar_names_no_country(text: str, bare: bool) -> None:
    assert bare_dollar(text) is bare


URL = "http://saltmarsh.test/careers/deckhand"


def _draft(pay: str) -> str:
    return (
        "# On the water\n\nSaltmarsh Crossings in Nova Scotia is hiring a Ferry Deckhand "
        f"([posting]({URL})). The job pays {pay} an hour, with night premiums on top.\n"
    )


@pytest.mark.parametrize(
    ("pay", "code", "label"),
    [
        # The posting's dollar is named by its code; the draft's "$" meets it.
        ("$27.45 to $31.20", "(CAD)", "supported"),
        ("$27.45 to $34.75", "(CAD)", "contradicted"),
        # A draft that names another dollar does not.
        ("US$27.45 to US$31.20", "(CAD)", "unverified"),
        # A posting in the draft's own default dollar decides as before.
        ("$27.45 to $34.75", "", "contradicted"),
    ],
)
def test_a_bare_dollar_meets_the_dollar_a_posting_names(
    pay: str, code: str, label: str, ruleset: Any
) -> None:
    page = BOX.format(low="$27.45", high="$31.20", code=code)
    got = verdict_on(_draft(pay), {URL: page}, ruleset, "salary", wrap=False)
    assert got.label == label, got.rationale


def test_a_table_named_for_wages_is_no_pay_box() -> None:
    html = """<html><body><main><h2>Hourly wages by trade, 2024</h2>
    <table id="trade_wages_2024"><tr><th>Trade</th><th>Workers</th><th>Median hourly</th></tr>
    <tr><th>All trades</th><td>84,210</td><td>$26.40</td></tr>
    <tr><th>Glaziers</th><td>3,115</td><td>$29.85</td></tr></table></main></body></html>"""
    assert read_facts(html).of("pay") == []


NOTICE_URL = "http://registry.test/notices/archivist-2031"
NOTICE = """<html><body><main><h1>Recruitment of archivists: notice</h1>
<p>Applications are invited for the post of Assistant Archivist at the state archives.</p>
<table><tr><th>Name of post</th><td>Assistant Archivist</td></tr>
<tr><th>Pay</th><td>Band 6 of the pay matrix, ₹35,400 – ₹1,12,400 per month, plus
allowances</td></tr><tr><th>Age limit</th><td>21–32 years</td></tr></table>
</main></body></html>"""


@pytest.mark.parametrize(
    ("pay", "label"),
    [
        # Digits grouped in twos above the thousands, as India writes them; the band the
        # draft names by its figure is the block's own.
        ("₹35,400 to ₹1,12,400 a month", "supported"),
        ("₹35,400 to ₹1,21,400 a month", "contradicted"),
    ],
)
def test_a_pay_line_naming_its_band_as_the_draft_does(pay: str, label: str, ruleset: Any) -> None:
    draft = (
        "# Archives\n\nThe state archives want an Assistant Archivist "
        f"([notice]({NOTICE_URL})), a post at Band 6 of the pay matrix: {pay} plus "
        "allowances.\n"
    )
    got = verdict_on(draft, {NOTICE_URL: NOTICE}, ruleset, "salary", wrap=False)
    assert got.label == label, got.rationale
