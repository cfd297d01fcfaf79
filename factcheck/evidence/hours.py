"""The working hours a page states, for turning hourly pay into a month's or a year's:
"38.5 hours a week", "a 35-hour week". A conversion by hours the page never states is an
assumption, which may back a figure but never refutes one."""

from __future__ import annotations

import re

from factcheck.claims.amounts import Amount
from factcheck.rulepacks.knowledge import Knowledge

_WEEKLY = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:-|–|to)\s*\d{1,2}(?:[.,]\d{1,2})?)?"
    r"[\s-]*(?:hours?|hrs?|h|stunden|std\.?|heures)\b"
    r"(?:\s*(?:(?:a|per|each|every|/|pro|par)\s*)?|-)(?:working\s+)?"
    r"(?:weekly|week|wk|woche|semaine)\b",
    re.IGNORECASE,
)
# Hours a week no full- or part-time job goes beyond or below.
MIN_WEEKLY_HOURS, MAX_WEEKLY_HOURS = 5.0, 60.0
WEEKS_A_YEAR = 52
# Periods whose conversion to a year rests on hours (or days) worked.
BY_TIME_WORKED = frozenset({"hour", "day"})


def weekly_hours(text: str) -> float | None:
    """The hours a week a text states (the first plausible figure; the lower end of a
    range), or None."""
    for m in _WEEKLY.finditer(text):
        hours = float(m.group(1).replace(",", "."))
        if MIN_WEEKLY_HOURS <= hours <= MAX_WEEKLY_HOURS:
            return hours
    return None


def needs_hours(a: str | None, b: str | None) -> bool:
    """True when converting pay between periods ``a`` and ``b`` rests on the time worked:
    an hourly or daily figure against any other period."""
    return a != b and bool({a, b} & BY_TIME_WORKED)


def per_year(amount: Amount, knowledge: Knowledge, hours: float | None) -> Amount:
    """The pay per year: an hourly figure by the page's stated weekly ``hours`` when it
    states them, otherwise by the usual working year (the knowledge's periods)."""
    if amount.period != "hour" or hours is None:
        return amount.per_year(knowledge)
    factor = hours * WEEKS_A_YEAR
    return Amount(
        None if amount.low is None else amount.low * factor,
        None if amount.high is None else amount.high * factor,
        amount.currency,
        "year",
    )
