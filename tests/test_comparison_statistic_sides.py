"""Comparisons whose side is a statistic on a cited page or an end of a range cited
just before: a table's figures grouped by spaces or in a currency named in words, with
the period a note beside the table gives; its row of all industries for "the average
worker"; an industry's row for the workers named by its work ("quarry workers" and
"Quarrying"); a posting's pay for "the top of the band" when the paragraph cites one
posting; and a side's own place that no earlier figure names. The pages and drafts are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict
from postings import job_posting_ld

from factcheck.evidence.comparisons import doing, own_words
from factcheck.evidence.tables import is_total_row

STATS_URL = "https://stats.example.org/wages/by-sector-2031"


def _stats(value: str, unit: str, note_before: str = "", note_after: str = "") -> str:
    """A statistics office's table of monthly pay by sector (no period in its headers
    unless ``unit`` gives one), with notes before or after it."""
    rows = [("Quarrying", "4 410"), ("Retail trade", "1 260"), ("Total, all sectors", value)]
    body = "".join(f"<tr><th>{r}</th><td>{v}</td></tr>" for r, v in rows)
    return (
        "<html><head><title>Wages by sector, 2031</title></head><body><main>"
        "<h1>Wages by sector, 2031</h1>"
        + (f"<p>{note_before}</p>" if note_before else "")
        + f"<table><caption>Gross wages by sector ({unit})</caption>"
        + f"<tr><th>Branch</th><th>Mean gross wage ({unit})</th></tr>{body}</table>"
        + (f"<p>{note_after}</p>" if note_after else "")
        + "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("value", "unit", "before", "after"),
    [
        # Spaces grouping thousands, a code in brackets, a period note under the table.
        ("1 470", "CZK", "", "Source: the labour office. Monthly figures."),
        # A comma for the decimal mark, a currency named in words, the note above.
        ("1 470,50", "koruna", "All amounts are monthly.", ""),
        # A no-break space, the note after the table in a sentence of its own.
        ("1\u00a0470", "CZK", "", "Figures are per month; they include bonuses."),
    ],
)
def test_a_ratio_against_a_tables_total_row_reads_its_figure_and_period(
    value: str, unit: str, before: str, after: str, ruleset: Any
) -> None:
    # 4,410 a month is three times 1,470: "nearly three times" holds, "five times" not.
    page = _stats(value, unit, before, after)
    for claim, label in (
        ("Quarry workers take home nearly three times the average worker", "supported"),
        ("Quarry workers are paid five times what the average worker earns", "contradicted"),
    ):
        draft = f"# Pay\n\n{claim} ([stats]({STATS_URL})).\n"
        found = verdict(run(draft, {STATS_URL: page}, ruleset), "comparison").verdict
        assert found.label == label, found.rationale
        assert "all sectors" in found.rationale


POSTING_URL = "https://careers.example.com/ostrava-depot/shift-lead"
MINIMUM_URL = "https://gov.example.org/news/minimum-wage-2031"
MINIMUM = """<html><head><title>Minimum wage for 2031</title></head><body><main>
<h1>Minimum wage for 2031</h1><p>The cabinet set the minimum wage at CZK 21,300 per
month from 1 January 2031, up from CZK 20,100.</p></main></body></html>"""


def _posting(low: int, high: int) -> str:
    return (
        "<html><head><title>Shift Lead - Ostrava Depot</title>"
        + job_posting_ld(
            "Shift Lead", "Ostrava Depot", currency="CZK", low=low, high=high, unit="MONTH"
        )
        + "</head><body><main><h1>Shift Lead</h1>"
        + f"<p>Pay: CZK {low:,} to CZK {high:,} a month.</p></main></body></html>"
    )


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 70,000 a month at the top is 3.3 times 21,300; the bottom, 40,000, is 1.9 times.
        (
            "The top of that scale is over three times the CZK 21,300 minimum wage",
            "supported",
        ),
        (
            "The lower bound of that scale is less than twice the statutory minimum of CZK 21,300",
            "supported",
        ),
        ("Even the top of that range falls below the CZK 21,300 minimum wage", "contradicted"),
    ],
)
def test_a_bare_end_of_a_range_is_the_cited_postings_pay(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = (
        f"# Depot jobs\n\nOstrava Depot is hiring a Shift Lead ([posting]({POSTING_URL})). "
        f"{sentence} ([decree]({MINIMUM_URL})).\n"
    )
    claims = run(draft, {POSTING_URL: _posting(40_000, 70_000), MINIMUM_URL: MINIMUM}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
    # The minimum is a month's pay, set against the posting's as a year's.
    assert "255,600" in found.rationale


def test_a_side_named_in_a_place_no_earlier_figure_names_is_not_that_figure(
    ruleset: Any,
) -> None:
    draft = (
        "# Riders\n\nRiders in Brno say the fee per drop was cut from 62 CZK to 48 CZK in"
        " May. Riders in Brno earn far less than their counterparts in Graz, the riders'"
        " guild says.\n"
    )
    found = verdict(run(draft, {}, ruleset), "comparison", "Graz").verdict
    assert found.label == "unverified", found.rationale


@pytest.mark.parametrize(
    ("text", "figure", "words", "not_words"),
    [
        ("Members backed the deal by 64% on a turnout of 58%.", "64%", "backed", "turnout"),
        ("Members backed the deal by 64% on a turnout of 58%.", "58%", "turnout", ""),
        ("The union won 71% with an average of 40% across branches.", "71%", "won", "average"),
        ("Staff approved it with 80% in favour and a margin of 60%.", "80%", "favour", ""),
    ],
)
def test_the_noun_before_of_names_the_next_figure(
    text: str, figure: str, words: str, not_words: str
) -> None:
    spans = [(m, m + 3) for m in (text.index("%") - 2, text.rindex("%") - 2)]
    at = text.index(figure)
    said = own_words(text, spans, at)
    assert words in said
    if not_words:
        assert not_words not in said


@pytest.mark.parametrize(
    ("word", "work"), [("mine", "mining"), ("farm", "farming"), ("fish", "fishing"), ("miner", "")]
)
def test_the_work_a_word_names(word: str, work: str) -> None:
    assert doing(word) == work


@pytest.mark.parametrize(
    ("row", "total"),
    [
        ("Republic of Ruritania, all activities", True),
        ("Whole country (all industries)", True),
        ("All sectors", True),
        ("Ballpoint pens", False),
        ("Mining, quarrying and all related services", False),
    ],
)
def test_a_row_of_all_of_something_is_the_total(row: str, total: bool) -> None:
    assert is_total_row(row) is total
