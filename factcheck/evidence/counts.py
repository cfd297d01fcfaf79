"""Counts of things read from tables (homes completed, tonnes mined, tickets sold): which
cells a comparison of counts may read, and which it may not (a rank, a date, a change in
per cent, or one of several measures the sentence does not name)."""

from __future__ import annotations

import re

from factcheck.claims.amounts import COUNT, Amount, money_digits
from factcheck.evidence.index import EvidenceIndex
from factcheck.evidence.tables import (
    YEARS,
    header_named,
    is_cell,
    table_cells,
    words_of,
    years_named,
)

# A cell's figure standing alone, with no sign of money or share: a count of things,
# written the English way ("2,510.4") or with a decimal comma ("2.510,4", "455,0").
_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:\.\d{3})*,\d{1,2}")
# Thousands grouped by points with no decimals ("49.185.312"): two groups or more, since
# one point alone ("12.345") may as well mark decimals.
_POINT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_BARE_FIGURE = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_DECIMAL_COMMA.pattern}"
    rf"|{_POINT_GROUPED.pattern}"
)
# Headers of lines that count nothing: a place in an order, a code, a date, a change or
# a share ("Rank", "No.", "Pos.", "Change (%)", "Share of total").
_NOT_COUNTED = re.compile(
    r"^\s*(?:#|no\.?|pos\.?|rank(?:ing)?|position|code|id|ref(?:erence)?)\s*$|%|\bper\s?cent\b|"
    r"\bpercent(?:age)?\b|\b(?:change|growth|share|rate|ratio|index|date|released?)\b",
    re.IGNORECASE,
)


# A sum of money in a cell: a currency's sign or code.
_MONEY = re.compile(r"[$£€¥₹₩₦]|\b[A-Z]{3}\b|\bRs\.?")


def _counted(index: EvidenceIndex, j: int) -> bool:
    """True when cell entry ``j`` holds a bare figure under headers that count things."""
    fact = index.sentences[j].fact
    if fact is None or not is_cell(fact):
        return False
    if not _BARE_FIGURE.fullmatch(str(fact.data.get("value", "")).strip()):
        return False
    headers = (str(fact.data.get("column", "")), str(fact.data.get("row", "")))
    return not any(_NOT_COUNTED.search(h) for h in headers)


# A mark calling a footnote, or saying a figure is not final, beside a header's year:
# "2024 (1)", "2023*", "2022†", "2025 (p)", "2024 provisional", "2023 (prelim.)".
_HEADER_NOTE = re.compile(
    r"\(\s*(?:\d{1,2}|[a-z]|p|r|e|prov\.?|provisional|prelim\.?|preliminary|estimated?)\s*\)"
    r"|[*†‡]+|(?<=\d)[pre]\b|\b(?:provisional|preliminary|prelim\.?|estimated?)\b",
    re.IGNORECASE,
)


def _measure(header: str) -> str:
    """A column's header without its years and the marks beside them: what it counts
    ("Completions 2023-24" is "Completions"; a column named by a year alone, "2024 (1)"
    or "2023*" among them, counts the table's one measure)."""
    if YEARS.search(header):
        header = _HEADER_NOTE.sub(" ", header)
    return " ".join(YEARS.sub(" ", header).split())


def count_in_cell(index: EvidenceIndex, i: int, sentence: str, side: str) -> Amount | None:
    """The count cell entry ``i`` gives a comparison of counts made in ``sentence``, for
    the side whose words are ``side``; None when the cell counts nothing, when its table
    has several measures of which the sentence names not the cell's alone, or when the
    side names a year the cell's headers do not."""
    if not _counted(index, i):
        return None
    fact = index.sentences[i].fact
    assert fact is not None
    column = str(fact.data.get("column", ""))
    own_years = years_named(side)
    cell_years = years_named(column) | years_named(str(fact.data.get("row", "")))
    if own_years and cell_years and not own_years & cell_years:
        return None  # "its 2016 tally" is not the 2017 column
    cells = table_cells(index, i)
    counted = [j for j in cells if _counted(index, j)]
    facts = [f for j in counted if (f := index.sentences[j].fact) is not None]
    measures = {_measure(str(f.data.get("column", ""))) for f in facts}
    # A table of pay or prices beside its counts ("Employment" beside "Median wage"): a
    # comparison of what people take home is of the sums, so a count is read only where
    # the sentence names its measure.
    sums = any(
        _MONEY.search(str(f.data.get("value", "")))
        for j in cells
        if (f := index.sentences[j].fact) is not None
    )
    if len(measures) > 1 or sums:
        # "Admissions" beside "Screens": the sentence must name the cell's measure, and
        # no other.
        words = words_of(sentence)
        named = {m for m in measures if header_named(m, words)}
        if named != {_measure(column)}:
            return None
    written = str(fact.data["value"]).strip()
    if _DECIMAL_COMMA.fullmatch(written):
        value = money_digits(written)
    elif _POINT_GROUPED.fullmatch(written):
        value = float(written.replace(".", ""))
    else:
        value = float(written.replace(",", ""))
    if value is None:
        return None
    return Amount(value, value, COUNT)
