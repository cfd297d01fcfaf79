"""Comparisons whose two sides are rows of one statistics table whose figures are in a
currency its note names in words ("Unit: francs per month"): each cell is read as that
sum of money, paid in the note's period, so a group is set against another group, or
against the table's row of everyone, which is what a side naming only the workforce at
large ("the average worker") reads. The pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.claims.extract import Extractor
from factcheck.evidence.comparisons import _named_money
from factcheck.evidence.index import EvidenceIndex
from factcheck.sources.gather import page_from_text

STATS_URL = "https://statistics.example.net/earnings/occupations-2030"


def _table(note: str, column: str, rows: list[tuple[str, str]]) -> str:
    """A statistics office's table of pay by occupation, its unit in a note above it."""
    body = "".join(f"<tr><th>{r}</th><td>{v}</td><td>{v}</td></tr>" for r, v in rows)
    return (
        "<html><head><title>Earnings by occupation, 2030</title></head><body><main>"
        "<h1>Mean gross earnings by occupation, 2030</h1>"
        f"<p>{note}</p>"
        f"<table><tr><th>Occupation</th><th>{column}</th><th>Full-time</th></tr>{body}"
        "</table><p>Source: household survey.</p></main></body></html>"
    )


_ROWS = [
    ("All occupations", "36,000"),
    ("Dental hygienists", "73,800"),
    ("Bakers and pastry cooks", "28,800"),
    ("Warehouse pickers", "16,200"),
    # A trade named with the workforce's own word: no side's "average worker".
    ("Home care workers", "18,400"),
]


@pytest.mark.parametrize(
    ("note", "column"),
    [
        # The currency's name and a year after it, as the note's opening words.
        ("Unit: francs per year. Employees aged 18 and over.", "All employees"),
        # "Figures in" and a name in capitals; the period a word after a comma.
        ("All figures in Swiss francs, yearly.", "Both sexes"),
        # Another currency, the period as "a year".
        ("Currency: rand a year.", "Everyone"),
    ],
)
def test_rows_of_a_table_in_a_worded_currency_are_sides(
    note: str, column: str, ruleset: Any
) -> None:
    page = _table(note, column, _ROWS)
    claims = [
        # 73,800 is about twice 36,000: a ratio against the row of everyone.
        ("Dental hygienists earn roughly twice the average wage", "supported"),
        # 16,200 is less than half of 36,000.
        ("Warehouse pickers, by that measure, are paid under half the average", "supported"),
        # The average worker is the row of all occupations (36,000), not home care
        # workers (18,400, against which the ratio would be four).
        ("Dental hygienists earn about twice what the average worker makes", "supported"),
        (
            "Bakers and pastry cooks are paid about a fifth less than the typical employee",
            "supported",
        ),
        # 28,800 is below 73,800: the direction is wrong.
        ("Bakers and pastry cooks earn more than dental hygienists", "contradicted"),
    ]
    draft = "# Pay\n\n" + "\n\n".join(
        f"{claim}, the survey shows ([survey]({STATS_URL}))." for claim, _ in claims
    )
    checked = run(draft + "\n", {STATS_URL: page}, ruleset)
    for claim, label in claims:
        found = verdict(checked, "comparison", claim).verdict
        assert found.label == label, (claim, found.rationale)


def test_a_count_of_a_currencys_name_is_money_only_as_a_unit(ruleset: Any) -> None:
    """The words after the figure give the period; a name that is no currency gives no
    money."""
    extractor = Extractor(ruleset)
    page = page_from_text("https://example.org/p", "<p>Nothing here.</p>")
    index = EvidenceIndex([page], extractor)
    read = []
    for text in (
        "Joiners, Women: 41,200 euros a year",
        "Joiners, Women: 41,200 members",
    ):
        found = extractor.find(text, extractor.context(text), [])
        read.append([a for f in found if (a := _named_money(index, f, text)) is not None])
    assert [(a.low is not None, a.currency, a.period) for a in read[0]] == [(True, "EUR", "year")]
    assert read[1] == []


@pytest.mark.parametrize(
    ("side", "everyone"),
    [
        ("the average worker", True),
        ("what the average worker makes", True),
        ("a typical employee's pay", True),
        ("staff", True),
        ("home care workers", False),
        ("the average Estonian worker", False),
        ("dental hygienists", False),
    ],
)
def test_a_side_of_the_workforce_at_large(side: str, everyone: bool, ruleset: Any) -> None:
    from types import SimpleNamespace

    from factcheck.evidence.comparisons import _workforce_only

    view = SimpleNamespace(knowledge=ruleset.knowledge)
    assert _workforce_only(side, view) is everyone  # type: ignore[arg-type]
