"""Pay a page gives twice, in two periods: "$41.79 – $55.12 per hour" and, under
"Annualized", the same pay as a year's. The second is the first restated, not another
figure; which hours a year the page assumed is the page's own business."""

from __future__ import annotations

from factcheck.claims.amounts import Amount
from factcheck.rulepacks.knowledge import Knowledge

# Two figures are the same pay restated when, converted to a year by the usual hours,
# they lie this close: a 37.5-hour week against the usual 40 is 6% apart, a 35-hour one 12%.
RESTATED_SPREAD = 0.15
# A range restated keeps its shape: both ends scale by the same factor, within rounding.
SAME_FACTOR = 0.01


def restates(other: Amount, base: Amount, knowledge: Knowledge) -> bool:
    """True when ``other`` is ``base`` written in another period: both have a period,
    the periods differ, each end converted to a year lies within :data:`RESTATED_SPREAD`
    of the other's, and for a range both ends scale by the same factor."""
    if not other.period or not base.period or other.period == base.period:
        return False
    if None in (other.low, other.high, base.low, base.high):
        return False
    a, b = other.per_year(knowledge), base.per_year(knowledge)
    if a.period != "year" or b.period != "year":
        return False  # a period the knowledge cannot convert
    assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
    if min(a.low, b.low) <= 0:
        return False
    if not all(abs(x - y) <= RESTATED_SPREAD * y for x, y in ((a.low, b.low), (a.high, b.high))):
        return False
    if a.low == a.high or b.low == b.high:
        return a.low == a.high and b.low == b.high
    return abs(a.low / b.low - a.high / b.high) <= SAME_FACTOR * (a.low / b.low)
