"""Pay statistics by year: a cited table whose rows are years ("2022", "2023", "2024"
with a note's mark raised beside it) gives, in the row of the year a claim names, the
claim's own figure, in the one column the claim can mean (its period, the statistic it
names, the group whose words it uses). Headers that give the period in Spanish,
Portuguese or French ("USD mensuales"), or a rate the figures are worked out by ("150% of
the minimum wage"), still give money by the period. "Went up to" a figure is where pay
went, not a scale's top. Pages and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited, run, verdict

from factcheck.check import load_rules
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.sources.facts import read_facts

URL = "https://stats.example.org/earnings/occupation-8213"


def _by_year(caption: str, mark: str = "<sup>p</sup>") -> str:
    return (
        "<html><body><main><h1>Bus and coach drivers: weekly pay</h1>"
        f"<table><caption>{caption}</caption>"
        "<tr><th>Year</th><th>Median (£/week)</th><th>Mean (£/week)</th>"
        "<th>Jobs (thousands)</th></tr>"
        "<tr><th>2021</th><td>561.20</td><td>580.40</td><td>88</td></tr>"
        "<tr><th>2022</th><td>588.00</td><td>603.10</td><td>91</td></tr>"
        f"<tr><th>2023{mark}</th><td>634.50</td><td>652.90</td><td>93</td></tr>"
        "</table><p>p Provisional.</p></main></body></html>"
    )


CAPTION = "Table 4: Gross weekly pay, full-time bus and coach drivers, UK, April"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The row of the claim's year, whatever mark a note gives it, in the one column
        # of the statistic the sentence names.
        ("The median full-time bus driver took home £612 a week in 2023", "contradicted"),
        ("Coach drivers earned a median £634.50 a week in 2023", "supported"),
        ("In 2023 the average coach driver was paid £630 a week", "contradicted"),
        ("Mean weekly pay for bus drivers stood at £603.10 in 2022", "supported"),
    ],
)
def test_the_row_of_the_claims_year_gives_its_figure(
    sentence: str, label: str, ruleset: Any
) -> None:
    for mark in ("<sup>p</sup>", "<sup>3</sup>", " (p)", "*"):
        found = cited(sentence, URL, _by_year(CAPTION, mark), ruleset, "salary").verdict
        assert found.label == label, (mark, found.rationale)


@pytest.mark.parametrize(
    "sentence",
    [
        # A year the table has no row of, and a claim naming no year: no row is its own.
        "The median full-time bus driver took home £612 a week in 2019",
        "The median full-time bus driver takes home £612 a week",
        # Two statistics a row gives, and a claim naming neither: no one column.
        "Bus drivers took home £612 a week in 2023",
    ],
)
def test_no_year_or_no_one_column_makes_no_definite_figure(sentence: str, ruleset: Any) -> None:
    found = cited(sentence, URL, _by_year(CAPTION), ruleset, "salary").verdict
    assert found.label != "contradicted", found.rationale


def test_a_table_by_year_the_claim_does_not_cite_is_no_definite_figure(ruleset: Any) -> None:
    draft = (
        "# Draft\n\nThe median full-time bus driver took home £612 a week in 2023 "
        "([survey](https://news.example.org/drivers)).\n"
    )
    pages = {
        "https://news.example.org/drivers": "<p>Drivers in Leeds voted to strike on Monday.</p>",
        URL: _by_year(CAPTION),
    }
    found = verdict(run(draft, pages, ruleset), "salary").verdict
    assert found.label != "contradicted", found.rationale


GROUPS = (
    "<html><body><main><h1>Wages in food processing</h1>"
    "<table><caption>Table 1. Monthly wages, seafood processing vs. all food industries"
    "</caption>"
    "<tr><th>Year</th><th>Processing of fish and seafood (C102), Average monthly wage (NOK)"
    "</th><th>All food industries (C10), Average monthly wage (NOK)</th></tr>"
    "<tr><th>2022</th><td>41,200</td><td>46,900</td></tr>"
    "<tr><th>2023</th><td>43,050</td><td>48,300</td></tr>"
    "<tr><th>2024</th><td>44,800</td><td>50,100</td></tr>"
    "</table></main></body></html>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "seafood" tells its column from the other's, whose telling words ("all",
        # "industries") the sentence does not use.
        ("Average monthly pay in seafood processing reached NOK 46,000 in 2023", "contradicted"),
        ("In 2024 seafood plant workers averaged NOK 44,800 a month", "supported"),
        ("Fish processing paid an average NOK 41,200 a month in 2022", "supported"),
    ],
)
def test_a_column_named_by_some_of_its_telling_words(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, GROUPS, ruleset, "salary").verdict
    assert found.label == label, found.rationale


def _cell(header: str, value: str = "1 250") -> str:
    html = (
        "<table><tr><th>Year</th><th>" + header + "</th></tr>"
        f"<tr><td>2024</td><td>{value}</td></tr><tr><td>2025</td><td>{value}</td></tr></table>"
    )
    return str(read_facts(html).of("cell")[0].data["value"])


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Salario mínimo (USD mensuales)", "1,250 USD a month"),
        ("Piso salarial (BRL mensais)", "1,250 BRL a month"),
        ("Rémunération (EUR annuels)", "1,250 EUR a year"),
        ("Guaranteed floor, 150% of minimum wage (NZD per worked hour)", "1,250 NZD an hour"),
        ("Jornal (PEN diarios)", "1,250 PEN a day"),
    ],
)
def test_header_periods_abroad_and_worked_out_rates(header: str, value: str) -> None:
    assert _cell(header) == value


def test_a_share_header_is_still_a_share() -> None:
    assert _cell("Increase on the year (%)", "4.5") == "4.5%"
    assert _cell("Share of staff on 120% of the floor", "12") == "12%"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Peru's minimum wage went up to S/ 1,130 a month in May.", "range"),
        ("Bolivian miners' day rate has gone up to Bs 190 since the accord.", "range"),
        ("Porters' pay was put up to €1,940 a month last spring.", "range"),
        # A scale's top, told in the present: still a ceiling.
        ("Salaries for senior welders go up to £52,000 a year.", "up_to"),
        ("The post pays up to $71,000 a year.", "up_to"),
    ],
)
def test_went_up_to_is_the_new_figure(sentence: str, kind: str) -> None:
    claims = extract_claims(parse_article(sentence, "x.md", "markdown"), load_rules())
    pay = [c for c in claims if c.type == "salary"]
    assert pay and pay[0].fields["kind"] == kind, [(c.text, dict(c.fields)) for c in pay]
