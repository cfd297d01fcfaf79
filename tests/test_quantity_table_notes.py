"""Counts read from tables and pages by the note that says what their figures are: a
scale with the things counted ("(thousand passengers)", "(mil pessoas)"), money by the
billion ("(US$ billion)"), a column of a time noting its things ("March 2031 (buses)");
a row of the rest ("Other ports") refuting no count of all; a sentence naming two
years, each figure of its own; a page's sentence writing the claim's figure found
though the ranking missed it; and "N people worked as ..." counting people. Pages and
sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict, verdict_on

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.sources.facts import read_facts

NOTES = """<html><body><main><h1>Transport and trade figures</h1>
<table><caption>Table 2. Rail passengers by line, 2030-2031</caption>
<thead><tr><th>Line</th><th>2030 (thousand passengers)</th>
<th>2031 (thousand passengers)</th></tr></thead>
<tbody>
<tr><th>Northern line</th><td>3,120</td><td>3,305</td></tr>
<tr><th>Coast line</th><td>1,840</td><td>1,902</td></tr>
<tr><th>Other lines</th><td>9,700</td><td>10,410</td></tr>
</tbody>
<tfoot><tr><th>All lines</th><td>14,660</td><td>15,617</td></tr></tfoot>
</table>
<table><caption>Tabela 3 - Trabalhadores rurais, média anual</caption>
<thead><tr><th>Ano</th><th>Total (mil pessoas)</th></tr></thead>
<tbody><tr><th>2030</th><td>4.118</td></tr><tr><th>2031</th><td>4.236</td></tr></tbody></table>
<table><caption>Table 6. Exports by product group</caption>
<thead><tr><th>Year</th><th>Furniture (US$ billion)</th><th>Change (%)</th></tr></thead>
<tbody><tr><th>2029</th><td>14.62</td><td>+3.1</td></tr>
<tr><th>2030</th><td>15.08</td><td>+3.1</td></tr>
<tr><th>2031</th><td>16.41</td><td>+8.8</td></tr></tbody></table>
<table><caption>Licensed vehicles in service</caption>
<thead><tr><th>Fleet</th><th>March 2030 (buses)</th><th>March 2031 (buses)</th></tr></thead>
<tbody><tr><th>City routes</th><td>2,410</td><td>2,655</td></tr>
<tr><th>School routes</th><td>930</td><td>912</td></tr></tbody></table>
</main></body></html>"""


def test_notes_say_what_the_figures_count() -> None:
    cells = {(c.data["row"], c.data["column"]): c.text for c in read_facts(NOTES).of("cell")}
    assert cells[("All lines", "2031 (thousand passengers)")].endswith(": 15,617,000 passengers")
    # A Portuguese note groups its digits by dots: 4.236 thousand people is 4,236,000.
    assert cells[("2031", "Total (mil pessoas)")].endswith(": 4,236,000 people")
    assert cells[("2031", "Furniture (US$ billion)")].endswith(": 16,410,000,000 USD")
    assert cells[("City routes", "March 2031 (buses)")].endswith(": 2,655 buses")


def test_notes_of_no_things_leave_the_figure() -> None:
    page = """<table><caption>Output</caption>
    <thead><tr><th>Plant</th><th>2031 (thousands)</th><th>2031 (tonnes)</th>
    <th>2031 (mil)</th></tr></thead>
    <tbody><tr><th>Mill A</th><td>412</td><td>388</td><td>1.250</td></tr></tbody></table>"""
    cells = {c.data["column"]: c.text for c in read_facts(page).of("cell")}
    assert cells["2031 (thousands)"].endswith(": 412")
    # A unit of measure is _measured's ("388 tonnes"), no count of things.
    assert cells["2031 (tonnes)"].endswith(": 388 tonnes")
    # "mil" alone names nothing counted: the dotted figure stays as written.
    assert cells["2031 (mil)"].endswith(": 1.250")


URL = "https://stats.example.net/transport/2031"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The total row, though "lines" is a word of the row "Other lines".
        ("Rail lines carried 15.6 million passengers in 2031", "supported"),
        ("The country's railway lines carried about 15.6 million passengers in 2031", "supported"),
        ("Furniture exports reached US$16.4 billion in 2031, beating the 2030 total", "supported"),
        ("Furniture exports came to US$15.1 billion in 2030, short of 2031's record", "supported"),
        ("Nearly 2,700 buses ran on city routes in March 2031", "supported"),
    ],
)
def test_noted_cells_bear_on_counts(sentence: str, label: str, ruleset: Any) -> None:
    judged = verdict_on(f"{sentence} ([figures]({URL})).", {URL: NOTES}, ruleset, "quantity")
    assert judged.label == label, judged.rationale


NO_TOTAL = """<table><caption>Ferry passengers by route, 2031</caption>
<thead><tr><th>Route</th><th>2031 (thousand passengers)</th></tr></thead>
<tbody><tr><th>Island route</th><td>2,204</td></tr><tr><th>Bay route</th><td>1,310</td></tr>
<tr><th>Other routes</th><td>6,480</td></tr></tbody></table>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Ferry routes carried 10 million passengers in 2031",
        "The ferry routes of the region handled some 9.9 million passengers in 2031",
        "In 2031 its routes moved about ten million passengers",
    ],
)
def test_a_row_of_the_rest_refutes_no_count_of_all(sentence: str, ruleset: Any) -> None:
    judged = verdict_on(f"{sentence} ([figures]({URL})).", {URL: NO_TOTAL}, ruleset, "quantity")
    assert judged.label != "contradicted", judged.rationale


FERRY = "https://news.example.com/2031/04/harbour-queue"
FERRY_PAGE = """<h1>Queue grows at Valmora harbour</h1>
<p>Harbour officials met shipping lines on Monday.</p>
<p>Roughly 45 container vessels were waiting at anchor outside Valmora on Tuesday,
according to tracking data, as the port authority struggled with broken cranes,
a shortage of tug crews and strong winds that stopped work for much of the weekend.</p>
<p>Shipping lines said the delays would raise freight costs across the region.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Look out to sea and the queue is plain: in April some 45 ships sat there", "supported"),
        ("By Tuesday about 45 vessels were stuck off the breakwater", "supported"),
        # The figure found so is no refutation: the ranking alone may bring one.
        ("Around 45 cranes stood idle", "unverified"),
    ],
)
def test_a_sentence_with_the_claims_figure_is_read(sentence: str, label: str, ruleset: Any) -> None:
    draft = f"# Valmora\n\n{sentence}.\n\nThe [harbour report]({FERRY}) tells the rest.\n"
    judged = verdict(run(draft, {FERRY: FERRY_PAGE}, ruleset), "quantity", "45")
    assert judged.verdict.label == label, judged.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Roughly 4,200 people worked as ferry pilots in Norway last year.", "people"),
        ("About 9,000 women work as cleaners in the region.", "women"),
        ("Some 610 men served as lifeguards along the coast.", "men"),
        ("Close to 3,000 residents act as volunteer wardens.", "residents"),
    ],
)
def test_a_small_word_ending_in_s_is_no_unit(sentence: str, unit: str, ruleset: Any) -> None:
    claims = extract_claims(parse_article(sentence, "draft.txt"), ruleset)
    units = [c.fields.get("unit") for c in claims if c.type == "quantity"]
    assert units[:1] == [unit]
