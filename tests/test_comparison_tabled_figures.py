"""Comparisons of pay whose two sides are bare figures of one table of pay, in a unit the
rules cannot read from its headers (a currency named only in the prose around it, a
mark in brackets they do not know): the figures are set against each other in the
table's own unit, and never against a column counting people or any other sum. The
pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

GUIDE_URL = "https://recruit.example.com/insights/harbour-trades-pay-2031"


def _guide(caption: str, intro: str, columns: list[str], rows: list[tuple[str, ...]]) -> str:
    """A recruiter's table of pay by trade, its unit only in the paragraph above it."""
    head = "".join(f"<th>{c}</th>" for c in ["Trade", *columns])
    body = "".join(
        f"<tr><th>{r[0]}</th>" + "".join(f"<td>{v}</td>" for v in r[1:]) + "</tr>" for r in rows
    )
    return (
        f"<html><head><title>{caption}</title></head><body><main><h1>{caption}</h1>"
        f"<p>{intro}</p><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</main></body></html>"
    )


_PLACES = (
    "Harbour Trades Salary Survey 2031",
    "Typical monthly pay packages, including allowances, in Omani rials for harbour and "
    "shipyard trades, drawn from 1,200 placements made over the second half of the year.",
    ["Muscat", "Sohar"],
    [
        ("Welders", "1,250", "1,300"),
        ("Riggers", "1,000", "1,050"),
        ("Marine Surveyors", "2,600", "2,900"),
        ("Naval Architects", "2,450", "2,700"),
    ],
)
# A column in a mark the rules do not know, beside a column counting people that runs
# the other way: riggers are more numerous than welders, and paid less.
_WITH_COUNTS = (
    "Earnings by trade, 2031",
    "Survey of harbour employers.",
    ["Mean monthly earnings (OR.)", "Employed (thousands)"],
    [
        ("Welders", "1,250", "14"),
        ("Riggers", "1,000", "31"),
        ("Marine Surveyors", "2,600", "3"),
        ("Naval Architects", "2,450", "2"),
    ],
)


@pytest.mark.parametrize("table", [_PLACES, _WITH_COUNTS], ids=["places", "counts"])
def test_rows_of_one_table_of_pay_are_set_against_each_other(
    table: tuple[str, str, list[str], list[tuple[str, ...]]], ruleset: Any
) -> None:
    claims = [
        # 1,250 against 1,000: a quarter more.
        ("In Muscat, welders out-earn riggers by about a quarter", "supported"),
        # 1,250 is not twice 1,000.
        ("Welders earn more than double what riggers earn", "contradicted"),
        # 2,600 against 2,450 (or 2,900 against 2,700): surveyors are paid more.
        ("Naval architects, the survey suggests, earn more than marine surveyors", "contradicted"),
    ]
    draft = "# Pay\n\n" + "\n\n".join(f"{claim} ([survey]({GUIDE_URL}))." for claim, _ in claims)
    checked = run(draft + "\n", {GUIDE_URL: _guide(*table)}, ruleset)
    for claim, label in claims:
        found = verdict(checked, "comparison", claim).verdict
        assert found.label == label, (claim, found.rationale)


def test_a_table_counting_people_beside_its_figures_gives_no_unit_of_pay(ruleset: Any) -> None:
    """A table that names pay only in its caption and counts people in a column: its bare
    figures are no one's pay (the employed column would set riggers above welders)."""
    page = _guide(
        "Harbour trades: pay survey 2031",
        "Survey of harbour employers.",
        ["Employees", "Median"],
        [("Welders", "14", "1,250"), ("Riggers", "31", "1,000")],
    )
    draft = f"# Pay\n\nRiggers earn more than welders ([survey]({GUIDE_URL})).\n"
    found = verdict(run(draft, {GUIDE_URL: page}, ruleset), "comparison").verdict
    assert found.label == "unverified", found.rationale
