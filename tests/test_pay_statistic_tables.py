"""Official pay statistics in a table: the caption or a note beside it names the measure
("Mean gross earnings ... in CHF, excluding overtime"), the rows are occupations and the
columns places or groups. A cell is pay however long the caption that names pay is; a
note closing its currency with a clause still gives the currency; a row split into groups
beside a column of them all is read, for a claim naming no group, at that column. Pages
and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.sources.facts import read_facts

URL = "https://stats.example.ch/earnings/trades-2030"


def _regions(note: str, caption: str = "Trades by canton, 2030") -> str:
    return (
        "<html><body><main><h1>Earnings in the building trades, 2030</h1>"
        f"<p>{note}</p><table><caption>{caption}</caption>"
        "<tr><th>Occupation</th><th>Zurich</th><th>Bern</th><th>Whole country</th></tr>"
        "<tr><td>5120 Glaziers</td><td>6 450</td><td>6 120</td><td>6 280</td></tr>"
        "<tr><td>5130 Roofers</td><td>5 980</td><td>5 760</td><td>5 850</td></tr>"
        "</table></main></body></html>"
    )


def _glaziers_zurich(html: str) -> str:
    cells = read_facts(html).of("cell")
    return next(str(c.data["value"]) for c in cells if c.data["column"] == "Zurich")


@pytest.mark.parametrize(
    "note",
    [
        "Mean monthly earnings in CHF, excluding overtime and one-off bonuses.",
        "Average gross monthly wage in CHF (full-time equivalents only).",
        "Monthly median pay in CHF; apprentices are left out of the count.",
    ],
)
def test_a_note_naming_its_currency_before_a_clause_gives_the_cells_currency(
    note: str,
) -> None:
    assert _glaziers_zurich(_regions(note)) == "6,450 CHF a month"


@pytest.mark.parametrize(
    "note",
    [
        # Two currencies named: the note says nothing of which one a bare figure is in.
        "Mean monthly earnings in CHF, with EUR equivalents in the annex.",
        # Prose about pay that names no currency.
        "Mean monthly earnings rose in every canton, led by the glaziers.",
    ],
)
def test_a_note_naming_no_one_currency_gives_none(note: str) -> None:
    assert _glaziers_zurich(_regions(note)) == "6,450"


LONG = "Average monthly salary by occupation (ISCO-08 codes, four digits) and canton, trades, 2030"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The caption names pay a dozen words before each cell's figure.
        ("Glaziers in Zurich earned an average of 6,450 francs a month in 2030", "supported"),
        ("In Bern, glaziers were paid on average CHF 6,120 a month in 2030", "supported"),
        ("Roofers across the whole country averaged CHF 5,850 a month in 2030", "supported"),
    ],
)
def test_a_cell_under_a_long_caption_naming_pay_is_pay(
    sentence: str, label: str, ruleset: Any
) -> None:
    page = _regions("Mean monthly earnings in CHF, excluding overtime.", LONG)
    found = cited(sentence, URL, page, ruleset, "salary").verdict
    assert found.label == label, found.rationale


def _groups(head: str = "Average annual gross earnings per employee by occupation, 2029") -> str:
    return (
        "<html><body><main><h1>Earnings structure survey 2029</h1><table>"
        f"<caption>{head}</caption>"
        "<tr><th>Occupation</th><th>Men</th><th>Everyone</th><th>Women</th></tr>"
        "<tr><td>2262 Pharmacists</td><td>52,900 euros</td><td>49,100 euros</td>"
        "<td>47,300 euros</td></tr>"
        "<tr><td>3256 Medical assistants</td><td>26,300 euros</td><td>25,200 euros</td>"
        "<td>24,800 euros</td></tr>"
        "</table></main></body></html>"
    )


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # No group named: the column of them all is the figure meant.
        ("Pharmacists earned an average of €56,000 gross in 2029", "contradicted"),
        ("On average, medical assistants were paid €31,000 a year in 2029", "contradicted"),
        ("Pharmacists earned an average of €49,100 gross in 2029", "supported"),
        # One group's figure said of them all: that group's column backs it, the total
        # refutes it.
        ("Pharmacists earned an average of €52,900 gross in 2029", "mixed"),
    ],
)
def test_a_claim_naming_no_group_means_the_column_of_them_all(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, _groups(), ruleset, "salary").verdict
    assert found.label == label, found.rationale


def test_a_claim_naming_a_group_is_not_read_at_the_total(ruleset: Any) -> None:
    # Women's pay named: the total column is not the one meant; the women's column is
    # (evidence/pay_cells.py reads the column a sentence names among a row's).
    sentence = "Women working as pharmacists earned an average of €56,000 gross in 2029"
    found = cited(sentence, URL, _groups(), ruleset, "salary").verdict
    assert "Everyone" not in found.rationale, found.rationale
    assert found.label != "contradicted" or "Women" in found.rationale, found.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The sector order sets a minimum of €19.85 an hour for a qualified tiler", "supported"),
        ("Under the order a qualified tiler is paid at least €19.85 an hour", "supported"),
        ("The sector order sets a minimum of €21.40 an hour for a qualified tiler", "contradicted"),
    ],
)
@pytest.mark.parametrize(
    "page",
    [
        "<p>Under the new order, a qualified tiler's hourly rate rises to €19.85 from €19.20.</p>",
        "<p>From 1 May, the hourly rate paid to a qualified tiler will be €19.85.</p>",
        "<p>Under the order the hourly basic rate of a qualified tiler is €19.85 gross.</p>",
    ],
)
def test_a_rate_named_by_its_periods_adjective_is_that_periods_pay(
    sentence: str, label: str, page: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, page, ruleset, "salary").verdict
    assert found.label == label, found.rationale
