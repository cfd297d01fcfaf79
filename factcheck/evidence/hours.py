"""The working hours a page states, for turning hourly pay into a month's or a year's:
"38.5 hours a week", "a 35-hour week". A conversion by hours the page never states is an
assumption, which may back a figure but never refutes one. Likewise the monthly payments
a year's pay comes in, where it is not twelve: "14 pagas", "13 monthly salaries"."""

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
# "(14 pagas)", "paid in 13 monthly salaries", "13 Monatsgehälter", "14 mensilità": the
# payments a year's pay is split into; "a 13th-month salary" is one more than twelve.
_PAYMENTS = re.compile(
    r"(?<![\d.,])(1[2-6])\s+(?:pagas|monthly\s+(?:salaries|payments|wages|instal+ments|pay\s+packets)"
    r"|Monats(?:gehälter|löhne|gehaelter)|mensilità|mensualités|salaires\s+mensuels)\b"
    r"|(?<![\d.,])(1[34])(?:th|\.)[\s-]+(?:month|Monatsgehalt|mois)",
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


# Words that put an extra month's pay outside the figure they go with: "excludes 13th-month
# pay", "before the 13th month", "plus a 13th-month bonus".
_OUTSIDE = re.compile(
    r"\b(?:exclud(?:es?|ing)|not\s+includ(?:ed|ing)|(?:does|do)\s+not\s+include|before"
    r"|plus|on\s+top\s+of|in\s+addition\s+to|over\s+and\s+above|besides|as\s+well\s+as"
    r"|zzgl\.?|zuzüglich|hors|sin|senza)\s+(?:(?:an?|the|any|its|their)\s+)?$",
    re.IGNORECASE,
)


def payments_a_year(text: str, yearly: bool = False) -> int | None:
    """The monthly payments a year's pay comes in, when a text says it is not twelve
    ("14 pagas", "a 13th-month salary"), or None. With ``yearly`` (the figure at hand is
    a year's), an extra month named as outside the pay ("excludes 13th-month pay", "plus
    a 13th month") is not counted: the year's figure is twelve months' pay."""
    for m in _PAYMENTS.finditer(text):
        if yearly and m.group(2) and _OUTSIDE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        return int(m.group(1) or m.group(2))
    return None


def needs_hours(a: str | None, b: str | None) -> bool:
    """True when converting pay between periods ``a`` and ``b`` rests on the time worked:
    an hourly or daily figure against any other period."""
    return a != b and bool({a, b} & BY_TIME_WORKED)


def per_year(
    amount: Amount, knowledge: Knowledge, hours: float | None, payments: int | None = None
) -> Amount:
    """The pay per year: an hourly figure by the page's stated weekly ``hours`` when it
    states them, a monthly one by the ``payments`` a year a page states, otherwise by the
    usual working year (the knowledge's periods)."""
    if amount.period == "month" and payments is not None:
        factor = float(payments)
    elif amount.period != "hour" or hours is None:
        return amount.per_year(knowledge)
    else:
        factor = hours * WEEKS_A_YEAR
    return Amount(
        None if amount.low is None else amount.low * factor,
        None if amount.high is None else amount.high * factor,
        amount.currency,
        "year",
    )
