"""A date told by a part of its month ("early May 2023", "mid-June", "the end of
March") against a source's day: the part holds the day where the day falls in it, and
is refuted only where the day lies well outside it ("early May" against 28 May). A
day near the part's edge neither holds it nor refutes it."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.evidence.common import Assessment
from factcheck.model import Stance
from factcheck.rulepacks.macros import MONTH_PART

# Each part's days of the month, first and last.
_PARTS = {"early": (1, 10), "mid": (10, 20), "late": (20, 31)}
# How far outside its part a day may fall before it refutes it.
EDGE_DAYS = 5
# The words of a part, as the date macro reads them before a month.
_PART = re.compile(rf"^\s*{MONTH_PART}", re.IGNORECASE)
_NOUNS = {"start": "early", "beginning": "early", "middle": "mid", "end": "late", "close": "late"}
_DAY = re.compile(r"^(\d{4}|\?{4})-(\d{2})-(\d{2})")


def month_part(date_text: str) -> str | None:
    """The part of the month a written date names ("early", "mid", "late"), or None."""
    m = _PART.match(date_text)
    if m is None:
        return None
    words = re.findall(r"[a-z]+", m.group(0).lower())
    return words[0] if words[0] in _PARTS else _NOUNS[words[1]]


def part_stance(part: str, day: int) -> Stance | None:
    """Whether a day of the month holds a part of it: in the part, "supports"; more
    than :data:`EDGE_DAYS` outside it, "contradicts"; near its edge, None."""
    first, last = _PARTS[part]
    if first <= day <= last:
        return "supports"
    if day < first - EDGE_DAYS or day > last + EDGE_DAYS:
        return "contradicts"
    return None


def within_part(assessments: list[Assessment], claimed: str, part: str) -> list[Assessment]:
    """Assessments of a claim dated by a part of its month (``claimed``: ISO year and
    month), those giving a day of that month read again by the part; a day of another
    month keeps its stance, as does a finding with no day."""
    out = []
    year, _, month = claimed.partition("-")
    for a in assessments:
        m = _DAY.match(a.found or "")
        same_month = m is not None and m.group(2) == month[:2]
        same_year = m is not None and ("?" in year or "?" in m.group(1) or m.group(1) == year)
        if m is None or not (same_month and same_year):
            out.append(a)
            continue
        stance = part_stance(part, int(m.group(3)))
        if stance is not None:
            out.append(replace(a, stance=stance))
    return out
