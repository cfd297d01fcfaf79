"""Comparison claims: each side resolved to an amount, from the article or from the
evidence, and the stated relation evaluated on the two intervals."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from factcheck.claimfields import ComparisonFields
from factcheck.claims.amounts import (
    COUNT,
    TABLED,
    Amount,
    currencies_meet,
    is_money,
    money_digits,
    ratio,
)
from factcheck.claims.extract import Found
from factcheck.claims.fields import (
    BEFORE_CHANGE,
    DURATION_DAYS_SLACK,
    DURATION_SHARE_SLACK,
    DURATION_UNIT,
    FALL_VERBS,
    fields_amount,
)
from factcheck.evidence.base import ArticleView, with_cited
from factcheck.evidence.changes import (
    EARLIER_WORDS,
    change_end,
    change_side,
    changes_in,
    earlier_side,
)
from factcheck.evidence.common import Assessment, Findings, Tally
from factcheck.evidence.counts import count_in_cell
from factcheck.evidence.cut_lengths import CUT_MEASURE, cut_findings
from factcheck.evidence.index import MAX_SCORE, Candidate, EvidenceIndex, SourceSentence, keywords
from factcheck.evidence.pay_parts import pay_part
from factcheck.evidence.salary import about_same_job
from factcheck.evidence.share_parts import share_findings
from factcheck.evidence.table_sides import (
    COMPASS_LISTS,
    STANDS_FOR_OTHER,
    TableSides,
    compass_names,
    measure_period,
    named_periods,
    table_sides,
    year_sides,
)
from factcheck.evidence.tables import (
    YEARS,
    cell_where,
    header_of,
    is_cell,
    is_total_row,
    row_cells,
    same_table,
    shared_line,
    side_cells,
    synonym_words,
    table_cells,
    table_columns,
    table_rows,
    words_of,
    years_named,
)
from factcheck.evidence.titles import head_word, normalise_title, posting_title
from factcheck.model import Claim, Stance, VerdictLabel

# What the sentence says was done to the thing it counts, the verb before "more" or
# "fewer" ("the port handled more containers", "the plant slaughtered fewer hogs").
_DONE_MORE = re.compile(
    r"\b(?!(?:is|was|are|were|be|been|has|have|had|did|does|do|much|far|many|even|still|"
    r"now|no|any|than|slightly|considerably|significantly|somewhat)\b)(?P<done>[a-z][a-z-]*[a-z])"
    r"\s+(?:(?:far|many|much|slightly|considerably|significantly|somewhat)\s+)?"
    r"(?:more|fewer|less)\b(?!\s+than\b)"
)

# How a relation reads in a rationale, and its opposite.
PHRASES = {
    "much_less": "far smaller than",
    "less": "smaller than",
    "much_greater": "far larger than",
    "greater": "larger than",
    "ratio_at_least": "at least {factor} times",
    "ratio_at_most": "at most {factor} times",
    "ratio_about": "about {factor} times",
    "equal": "about the same as",
}
OPPOSITE = {
    "much_less": "much_greater",
    "less": "greater",
    "much_greater": "much_less",
    "greater": "less",
}
_TYPICAL = re.compile(r"\b(?:many|most|typical|average|median|ordinary|the\s+majority)\b", re.I)
_MAJORITY = re.compile(
    r"\b(?:most|majority|median|typical|average|\d{2}(?:\.\d+)?\s?%|per\s?cent)", re.I
)


@dataclass(frozen=True)
class SideValue:
    """An amount for one side of a comparison, and where it came from."""

    amount: Amount
    source: int | None  # evidence sentence index; None when the article states it
    score: float
    via: str | None = None  # the article's claim that stated it, if any
    stated: str | None = None  # the period the figure was written in, before conversion
    scale: bool = False  # a job's pay range (bottom to top), not one figure's uncertainty
    at: int = 0  # where in its evidence sentence the figure stands
    end: str | None = None  # the end of a range the side names ("low", "high"), if one


def _money_of(claim_type: str, fields: Mapping[str, Any]) -> Amount | None:
    """The amount a salary claim, a money quantity or a percentage gives."""
    if claim_type == "salary" and not fields.get("level") and fields.get("currency") != "%":
        return fields_amount(fields)
    if claim_type == "quantity" and re.fullmatch(r"[A-Z]{3}|%", str(fields.get("unit", ""))):
        # A sum of money, or a share ("a raise of nearly 50%") set against another share;
        # a share written bare is that figure ("raises of 6%"), not a span around it.
        value = fields.get("value")
        if fields.get("unit") == "%" and not fields.get("qualifier") and value is not None:
            return Amount(float(value), float(value), "%")
        return Amount(fields.get("min"), fields.get("max"), str(fields["unit"]))
    return None


# Kinds of amount compared only with their own kind: a ratio ("270 : 1") never with the
# pay it is worked out from, a duration never with a sum. The unit doubles as how the
# amount reads ("270 to 1", "148 days").
RATIO, DAYS = "to 1", DURATION_UNIT
_RATIO_FIGURE = re.compile(
    r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(?::|to|-to-)\s?1(?![\d,.]?\d)", re.I
)
# A side that names a ratio as what it is ("Harlow's pay ratio"), with or without its
# figure.
_NAMES_RATIO = re.compile(r"\bratios?\b", re.I)
# A comparison of lengths ("half again as long as", "longer than"): what it measures when
# neither side states a value of its own.
_MEASURES_LENGTH = re.compile(r"\bas\s+long\s+as\b|\b(?:longer|shorter)\s+than\b", re.I)
_POINTS_BACK = re.compile(r"(?:it|this|that|which)", re.I)
# A length of time that is a window, not what a side lasted: "over the last three
# years", "in two weeks", "three years ago".
_WINDOW_BEFORE = re.compile(
    r"\b(?:last|past|next|over|within|in|during|every|each)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_WINDOW_AFTER = re.compile(r"^\s+(?:ago|earlier|later|before|after|from|since)\b", re.I)
# A length of time that measures a sum of pay: "two months' salary", "two weeks' basic
# wages", "a year's rent" are amounts of money, not how long something lasted.
_PAY_FOR_TIME = re.compile(
    r"^['’]s?\s+(?:[a-z]+\s+)?(?:pay|salar(?:y|ies)|wages?|earnings|income|rent|bonus|"
    r"allowances?|compensation|severance)\b",
    re.I,
)
# What a side states that is not a ratio or a length of time: money, a share.
_OTHER = "amount"
# Words of pay, prices and money: a comparison using them sets sums side by side, which
# a bare count never is.
_OF_SUMS = re.compile(
    r"\b(?:(?:out-?)?earn\w*|(?:takes?|taking|took)\s+home|take-home|paid|pay\w*|"
    r"salar(?:y|ies)|wages?|incomes?|earnings|prices?|priced|costs?|costl\w+|cheap\w*|dear\w*|pricier|fees?|fares?|rents?|"
    r"budgets?|spen[dt]\w*|revenues?|profits?|turnover|worth|valued?|bonus\w*|"
    r"rates?|band|scale|range|per\s+cent|percent|points?|shares?)\b|[$£€¥₹%]"
    # A floor of pay by its period: "the daily minimum", "Lima's monthly minimum".
    r"|\b(?:hourly|daily|weekly|monthly|annual|yearly)\s+minim(?:um|a)\b",
    re.I,
)


def worded(claim: Claim) -> str:
    """The words of a comparison from its left side on: the claim's own text, and when
    the rule read the left side before it ("testers earn less than half what ..."), the
    sentence from that side's words to the claim's end, which say what is compared."""
    left = str(claim.fields.get("left", ""))
    if not left or left in claim.text:
        return claim.text
    sentence = claim.sentence.text
    end = claim.end - claim.sentence.start
    at = sentence.rfind(left, 0, max(0, claim.start - claim.sentence.start))
    return sentence[at:end] if at >= 0 and end > at else claim.text


def counts_things(claim: Claim) -> bool:
    """True when a comparison can be of bare counts (homes, tonnes, tickets): it does not
    say how fast or how far things moved, and speaks of no pay, price or share."""
    return claim.fields.get("measure") is None and not _OF_SUMS.search(worded(claim))


# What people are paid, as a level: "earn", "take home", "salaries".
_EARNS = re.compile(
    r"\b(?:(?:out-?)?earn\w*|take-?\s?home|takes\s+home|took\s+home|paid|salar(?:y|ies)|wages?|"
    r"incomes?)\b",
    re.I,
)
# Words of a side that is a share or a change of pay: "the 4% raise", "the union's claim".
_SHARE_OR_CHANGE = re.compile(
    r"%|\bper\s?cent\b|\bpercent(?:age)?\b|\bshares?\b|\bproportion\b|\brais\w*|\bris(?:e|es|en)\b|"
    r"\brose\b|\bincreas\w*|\bgrowth\b|\bgr[eo]wn?\b|\bhikes?\b|\buplift\b|\boffer\w*|\bawards?\b|"
    r"\bdeals?\b|\bsettlements?\b|\bdemand\w*|\bclaims?\b|\binflation\b|\bcuts?\b",
    re.I,
)


# The floor of pay a law or a scale sets, named without a word of earning: "Peru's
# minimum is higher than Bolivia's", "the Lagos floor".
_PAY_FLOOR = re.compile(r"\b(?:minimum|minima|floors?)\b", re.I)


def levels_of_pay(claim: Claim) -> bool:
    """True when a comparison sets levels of pay side by side ("drivers earn less than
    nurses", "the Lima minimum is above the Quito one"): its words speak of earnings or
    of a floor of pay, and neither side is, or states, a share or a change ("the 6%
    raise", "the board's offer"), nor does the claim measure a change."""
    sides = [str(claim.fields.get(side, "")) for side in ("left", "right")]
    stated = [claim.fields.get(f"{side}_amount") for side in ("left", "right")]
    words = worded(claim)
    return (
        bool(_EARNS.search(words) or _PAY_FLOOR.search(words))
        and claim.fields.get("measure") is None
        and not any(_SHARE_OR_CHANGE.search(s) for s in sides)
        and not any(a and a.get("currency") == "%" for a in stated)
    )


def _duration_of(claim_type: str, fields: Mapping[str, Any]) -> Amount | None:
    """How long a claim says something lasted, in days: a length of time (a quantity in
    days), or a date claim of a pack that gives ``days``."""
    if claim_type == "quantity" and fields.get("unit") == DAYS:
        days = fields.get("value")
    else:
        days = fields.get("days") if claim_type == "date" else None
    return Amount(float(days), float(days), DAYS) if days else None


def _kind(amount: Amount) -> str | None:
    """The kind an amount compares as: a ratio, a duration, or None (money, shares)."""
    return amount.currency if amount.currency in (RATIO, DAYS) else None


def side_kind(claim: Claim, side: str, view: ArticleView) -> str | None:
    """What one side of a comparison states by its value or unit: a ratio ("306 : 1",
    or a side that names one), a length of time ("the 75-day strike", "148 days", or
    "it" after "At 148 days,"), another amount (money, a share: ``"amount"``), or None
    when it states no value ("the lockout of 2019")."""
    text = str(claim.fields.get(side, ""))
    if _RATIO_FIGURE.search(text) or _NAMES_RATIO.search(text):
        return RATIO
    if claim.fields.get(f"{side}_amount"):
        return _OTHER  # "an offer of 9% over three years" is a share
    return DAYS if _stated_duration(claim, text, view) is not None else None


def claim_kind(claim: Claim, view: ArticleView) -> str | None:
    """What a comparison's sides are, by the values they state: ratios when a side is
    one; durations when a side is a length of time and the other states no value of
    another kind; None for sums of money and shares, or sides of different kinds. When
    neither side states a value, what the comparison measures decides: lengths ("twice
    as long as") are durations."""
    kinds = {side_kind(claim, side, view) for side in ("left", "right")} - {None}
    if RATIO in kinds:
        return RATIO
    if kinds == {DAYS} and _EARNS.search(worded(claim)):
        # A length of time that says whose pay it is ("a teacher with 15 years'
        # experience outearns ...", "at the ten-year mark"): the sides are pay.
        return None
    if kinds:
        return DAYS if kinds == {DAYS} else None
    return DAYS if _MEASURES_LENGTH.search(worded(claim)) else None


def _durations(text: str, view: ArticleView) -> list[re.Match[str]]:
    """The lengths of time ``text`` states, windows ("over the last three years") and
    sums of pay counted in time ("a month's salary") left out."""
    duration = view.extractor.ruleset.macros.duration
    return [
        m
        for m in re.finditer(duration, text, re.I)
        if not _WINDOW_BEFORE.search(text[: m.start()])
        and not _WINDOW_AFTER.match(text[m.end() :])
        and not _PAY_FOR_TIME.match(text[m.end() :])
    ]


def _stated_duration(claim: Claim, text: str, view: ArticleView) -> Amount | None:
    """The duration a side gives in its own words ("the 75-day strike"), or for a side
    that only points back ("it"), the last one its sentence gives before the claim ("At
    148 days, it lasted ...")."""
    found = _durations(text, view)
    if not found and _POINTS_BACK.fullmatch(text.strip()):
        before = claim.sentence.text[: claim.start - claim.sentence.start]
        found = _durations(before, view)
    if not found:
        return None
    days = view.extractor.parsers.parse("duration", found[-1].group(0), view.ctx)
    return Amount(days, days, DAYS) if days else None


def _period_of(text: str, view: ArticleView) -> str | None:
    return _period_in(text, view.knowledge.period_phrases)


def _period_in(text: str, phrases: Mapping[str, str]) -> str | None:
    """The pay period a text names in so many words ("a month", "per hour")."""
    lowered = text.lower()
    for phrase, name in phrases.items():
        # "a year ago", "a week later" say when, not how often a sum is paid.
        if re.search(
            rf"(?<![\w]){re.escape(phrase)}(?![\w])(?!\s+(?:ago|earlier|later)\b)", lowered
        ):
            return name
    return None


# "At least N times" holds at 2% under N: the ratio of two rounded amounts drifts that much.
AT_LEAST_SLACK = 0.98
# "About N times" holds from 0.9 N to 1.1 N, the tolerance "about" has for amounts.
ABOUT_FACTOR_RANGE = (0.9, 1.1)
# A ratio near one is a gap stated as a share ("27% above", "a fifth less"): the gap is
# what was said, and it holds within this share of itself (and half a point of its
# rounding), not within a tenth of the whole ratio, which would let "27% above" stand for
# anything from 14% to 40% above.
GAP_SHARE_TOLERANCE = 0.25
GAP_ROUNDING = 0.005


def about_bounds(factor: float) -> tuple[float, float]:
    """The ratios "about ``factor`` times" holds for: :data:`ABOUT_FACTOR_RANGE` around
    it, narrowed, for a ratio near one, to the stated gap within
    :data:`GAP_SHARE_TOLERANCE` of itself."""
    below, above = ABOUT_FACTOR_RANGE
    low, high = factor * below, factor * above
    gap = abs(factor - 1)
    if 0 < gap < 0.5:
        slack = gap * GAP_SHARE_TOLERANCE + GAP_ROUNDING
        low, high = max(low, factor - slack), min(high, factor + slack)
    return low, high


def _rounding(value: float | None) -> float:
    """How far a figure as written may be from the truth, as a share of it: half a unit
    of its last significant digit ("9,100,000" from "£9.1m" is within 0.55%; "2,860.4"
    within 0.002%). A round figure counts its trailing zeros as rounding, which errs on
    the lenient side."""
    if not value:
        return 0.0
    digits = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    whole, _, decimals = digits.partition(".")
    unit = 10.0 ** -len(decimals) if decimals else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return unit / 2 / abs(value)


def evaluate(
    relation: str,
    left: Amount,
    right: Amount,
    factor: float | None,
    ends: bool = False,
    precise: bool = False,
) -> bool | None:
    """Whether ``left relation right`` holds for every value of the two intervals (True),
    for none (False), or depends on where in the intervals the truth lies (None).

    Two ceilings ("up to $300,000" and "up to $180,000") compare as their tops, two
    floors as their bottoms: that is what "paid less than" means of two pay ranges.
    With ``ends``, two pay ranges are set end to end, bottom against bottom and top
    against top: "the planner earns 40% more than the operator" holds when both ends
    bear it out.

    With ``precise``, the two figures stand side by side in one source (one table, one
    sentence), in one unit and period: a bound ("more than 50% above", "less than
    half") allows only the rounding of their digits, never more than the slack for
    figures read apart."""
    if ends and None not in (left.low, left.high, right.low, right.high):
        pairs = [
            evaluate(relation, Amount(a, a), Amount(b, b), factor)
            for a, b in ((left.low, right.low), (left.high, right.high))
        ]
        return pairs[0] if pairs[0] == pairs[1] else None
    if left.low is None and right.low is None and left.high is not None and right.high is not None:
        left, right = Amount(left.high, left.high), Amount(right.high, right.high)
    elif (
        left.high is None and right.high is None and left.low is not None and right.low is not None
    ):
        left, right = Amount(left.low, left.low), Amount(right.low, right.low)
    l_lo, l_hi = left.low or 0.0, left.high
    r_lo, r_hi = right.low or 0.0, right.high
    if relation in ("much_less", "less"):
        if l_hi is not None and l_hi < r_lo:
            return True
        if r_hi is not None and l_lo > r_hi:
            return False
        return None
    if relation in ("much_greater", "greater"):
        if r_hi is not None and l_lo > r_hi:
            return True
        if l_hi is not None and l_hi < r_lo:
            return False
        return None
    if relation == "ratio_at_least" and factor:
        bounds = ratio(Amount(l_lo, l_hi), Amount(r_lo or None, r_hi))
        if bounds is None:
            return None
        low, high = bounds
        floor = factor * (1 - _slack(left, right, 1 - AT_LEAST_SLACK, precise))
        if low >= floor:
            return True
        if high < floor:
            return False
    if relation in ("ratio_at_most", "ratio_about", "equal") and factor:
        bounds = ratio(Amount(l_lo, l_hi), Amount(r_lo or None, r_hi))
        if bounds is None:
            return None
        low, high = bounds
        # "about N times" allows the qualifiers' tolerance either way; "at most" above.
        below, above = ABOUT_FACTOR_RANGE
        ceiling = factor * above
        if relation == "ratio_at_most":
            ceiling = factor * (1 + _slack(left, right, above - 1, precise))
        floor = 0.0 if relation == "ratio_at_most" else factor * below
        if relation != "ratio_at_most":
            # A gap stated as a share holds within its own tolerance (about_bounds): the
            # middle of the ratio within it bears the claim out, the whole of it outside
            # goes against it; the rounding of the figures is the wider range's.
            near_floor, near_ceiling = about_bounds(factor)
            if floor <= low and high <= ceiling and near_floor <= (low + high) / 2 <= near_ceiling:
                return True
            if high < near_floor or low > near_ceiling:
                return False
            return None
        if floor <= low and high <= ceiling:
            return True
        if high < floor or low > ceiling:
            return False
    return None


def _slack(left: Amount, right: Amount, loose: float, precise: bool) -> float:
    """The share a bound on a ratio may be missed by: ``loose`` for figures read apart;
    for two ``precise`` point figures of one source, the rounding of their digits
    (:func:`_rounding`), if less."""
    points = left.is_point and right.is_point
    if not precise or not points:
        return loose
    return min(loose, _rounding(left.low) + _rounding(right.low))


def _side_by_side(left: SideValue, right: SideValue, index: EvidenceIndex) -> bool:
    """True when two side values are read from one source sentence, or from cells of one
    table."""
    if left.source is None or right.source is None:
        return False
    if left.source == right.source:
        return True
    one, other = index.sentences[left.source].fact, index.sentences[right.source].fact
    return (
        one is not None
        and other is not None
        and is_cell(one)
        and is_cell(other)
        and one.where == other.where
        and index.sentences[left.source].page == index.sentences[right.source].page
    )


def _direction(relation: str, factor: Any) -> str | None:
    """Which way a comparison points ("less" or "greater"), its size aside: "around 8%
    less than" (a ratio of 0.92) is less, "more than twice" greater; None for an equal
    or a bound that points no way ("at most 1.2 times"). "Much less" and "much greater"
    stay as they are."""
    if relation in OPPOSITE:
        return relation  # "far less" stays far: plain "less" does not bear it out
    if not relation.startswith("ratio") or not isinstance(factor, (int, float)) or factor == 1:
        return None
    if relation == "ratio_about" or (relation == "ratio_at_most") == (factor < 1):
        return "less" if factor < 1 else "greater"
    return None


def _ratios_agree(mine: Any, theirs: Any) -> bool:
    """False when two comparisons each state a ratio and the two are further apart than
    "about" allows; True otherwise."""
    if not isinstance(mine, (int, float)) or not isinstance(theirs, (int, float)):
        return True
    low, high = about_bounds(theirs)
    return low <= mine <= high


def _other_way(mine: Any, theirs: Any) -> bool:
    """True when two stated ratios point opposite ways: one side above the other in one
    (a ratio over one), below it in the other."""
    if not isinstance(mine, (int, float)) or not isinstance(theirs, (int, float)):
        return False
    return (mine - 1) * (theirs - 1) < 0


# A bare sum two sides are apart by ("$8,000 more than") holds within this share of it:
# the sides are rounded figures too.
DIFFERENCE_TOLERANCE = 0.05


def gap_between(relation: str, left: Amount, right: Amount) -> Amount | None:
    """How far ``left`` is above ``right`` ("greater") or below it ("less"), over both
    intervals; None when a side is open-ended."""
    if None in (left.low, left.high, right.low, right.high):
        return None
    assert left.low is not None and left.high is not None
    assert right.low is not None and right.high is not None
    if relation in ("less", "much_less"):
        return Amount(right.low - left.high, right.high - left.low, left.currency)
    return Amount(left.low - right.high, left.high - right.low, left.currency)


# A table cell's signed change in per cent: "+2%", "-3.5 %", "−1%".
_SIGNED_SHARE = re.compile(r"\s*(?P<sign>[+\-−–])\s?(?P<value>\d+(?:\.\d+)?)\s?%\s*")


# A figure under a column of changes, its sign and its unit optional: "+4.7", "-1.2",
# "3.4%" (a page's figure given the unit its header notes).
_BARE_SHARE = re.compile(r"\s*(?P<sign>[+\-−–])?\s?(?P<value>\d+(?:\.\d+)?)\s?%?\s*")
# A column of changes in per cent by its header: "Change (%)", "% change", "Growth, %".
_CHANGE_COLUMN = re.compile(
    r"(?=.*(?:%|\bper\s?cent\b|\bpercent(?:age)?\b))"
    r"(?=.*\b(?:change|growth|increase|decrease|rise|fall)\b)",
    re.IGNORECASE,
)


def signed_change(index: EvidenceIndex, i: int) -> Amount | None:
    """The change a table cell gives with its sign ("+2%" up, "-3%" down), or as a bare
    figure under a column of changes in per cent ("Change (%)": "-1.2", "3.4"), as a
    share; None for any other entry."""
    fact = index.sentences[i].fact
    if fact is None or not is_cell(fact):
        return None
    value_text = str(fact.data.get("value", ""))
    m = _SIGNED_SHARE.fullmatch(value_text)
    if m is None and _CHANGE_COLUMN.match(str(fact.data.get("column", ""))):
        m = _BARE_SHARE.fullmatch(value_text)
    if m is None:
        return None
    value = float(m.group("value")) * (-1 if m.group("sign") not in (None, "+") else 1)
    return Amount(value, value, "%")


# A cell's figure alone, its separators in any locale: "36,900", "2.510,4", "455,0".
_PLAIN_FIGURE = re.compile(r"\s*\d[\d.,]*\s*")
# A level in a column of one year: a plain figure, or a sum with its sign and period as a
# cell is read ("$14.53", "$15.59 an hour").
_YEAR_FIGURE = re.compile(r"\s*(?:[$£€¥₹]\s?)?(\d[\d.,]*)(?:\s+(?:an?|per)\s+[a-z]+)?\s*")
# The most words a column's label may have beside its year.
_YEAR_LABEL_WORDS = 2


def year_change(index: EvidenceIndex, i: int) -> tuple[Amount, int] | None:
    """The change in per cent over the last year a table row gives as levels, one column
    per year ("Region | 2024 | 2025": 2,510 then 2,580 is +2.8%), for the row cell entry
    ``i`` stands in, with the entry of its latest year; None when the row has fewer than
    two years of plain figures, or nothing to grow from."""
    # Columns named by a year, alone or with one label ("2024 AEWR", "Rate 2025"): the
    # years of one label; two labels with years each ("Jobs 2024", "Pay 2024") are two
    # measures, and which one a side means is not told.
    labelled: dict[str, dict[int, tuple[float, int]]] = {}
    for j in row_cells(index, i):
        fact = index.sentences[j].fact
        assert fact is not None
        column = str(fact.data.get("column", "")).strip()
        value = str(fact.data.get("value", ""))
        years = list(YEARS.finditer(column))
        level = _YEAR_FIGURE.fullmatch(value)
        if len(years) != 1 or level is None:
            continue
        label = (column[: years[0].start()] + column[years[0].end() :]).strip(" ,:()").lower()
        if len(label.split()) > _YEAR_LABEL_WORDS or re.search(r"\d|%|change", label):
            continue
        figure = money_digits(level.group(1))
        if figure is not None:
            labelled.setdefault(label, {})[int(years[0].group(1))] = (figure, j)
    runs = [by_year for by_year in labelled.values() if len(by_year) >= 2]
    if len(runs) != 1:
        return None
    by_year = runs[0]
    (before, _), (latest, at) = (by_year[y] for y in sorted(by_year)[-2:])
    if before <= 0:
        return None
    change = (latest - before) / before * 100
    return Amount(change, change, "%"), at


# A verb of falling: the comparison is of how far the sides fell ("fell more steeply").
_FALL = re.compile(rf"\b(?:{FALL_VERBS})\b", re.IGNORECASE)


def _falls(claim: Claim) -> bool:
    """True when a comparison of changes says how far its sides fell ("output fell more
    steeply than at Carrow"), by a verb after its left side."""
    left = str(claim.fields.get("left", ""))
    at = claim.text.find(left) if left else -1
    return bool(_FALL.search(claim.text[at + len(left) if at >= 0 else 0 :]))


def side_changes(claim: Claim, side: str, index: EvidenceIndex) -> list[SideValue]:
    """A side of a comparison of changes ("grew faster than", "rose by 4.7%, twice the
    national rate") read from the table rows it names: the row's change in per cent
    where a column gives it, else its change over the last year from its levels; as
    how far it fell when the claim compares falls ("fell more steeply than": -5% is a
    fall of 5%). Best first; a row is read once."""
    text = str(claim.fields.get(side, ""))
    way = -1.0 if _falls(claim) else 1.0
    other = str(claim.fields.get("left" if side == "right" else "right", ""))
    out: list[SideValue] = []
    rows: set[tuple[str, str]] = set()
    for i in sorted(side_cells(text, claim.sentence.text, index, other)):
        fact = index.sentences[i].fact
        assert fact is not None
        row = (fact.where, str(fact.data.get("row", "")))
        if row in rows:
            continue
        rows.add(row)
        found = row_change(index, i, way, claim.sentence.text)
        if found is not None:
            out.append(SideValue(found[0], found[1], TABLE_CELL_SCORE))
    return out


def row_change(
    index: EvidenceIndex, i: int, way: float = 1.0, sentence: str = ""
) -> tuple[Amount, int] | None:
    """The change in per cent of the table row cell entry ``i`` stands in, with the
    entry it is read from: its column of changes, else its levels year by year; times
    ``way`` (-1 for how far it fell). None when the row gives none, or gives changes
    pointing both ways; a column of changes over years the ``sentence`` does not name
    ("Change on 2021" for "since 2018") is another change."""
    said = years_named(sentence)
    stated = [
        (c, j)
        for j in row_cells(index, i)
        if (c := signed_change(index, j)) is not None
        and not (said and (over := years_named(header_of(index, j) or "")) and not said & over)
    ]
    if len({(c.low or 0.0) > 0 for c, _ in stated}) > 1:
        return None
    found = stated[0] if stated else year_change(index, i)
    if found is None:
        return None
    change = (found[0].low or 0.0) * way
    return Amount(change, change, "%"), found[1]


# A right side that is every other row of the left side's table: "any other district".
EVERY_OTHER = re.compile(r"(?:any|every)\s+other\b", re.IGNORECASE)
# A table that says it holds only some of its kind: its rows are not every other.
_SELECTED_ROWS = re.compile(
    r"\b(?:selected|a\s+selection|some|sample|examples?|(?:the\s+)?(?:top|largest|biggest|"
    r"leading)\s+(?:\d+|five|ten|twenty|fifty|hundred))\b",
    re.IGNORECASE,
)


def other_rows(
    index: EvidenceIndex, i: int, change: float | None, unit: Amount, sentence: str = ""
) -> list[tuple[Amount, int]]:
    """Every other row of the table cell entry ``i`` stands in, read like it: its change
    (times ``change``, the way) when the comparison is of changes, else its figure in
    the same column, in ``unit``'s unit. A row of totals is no other row ("All
    regions" is every row at once)."""
    fact = index.sentences[i].fact
    assert fact is not None
    own, column = str(fact.data.get("row", "")), fact.data.get("column")
    out: list[tuple[Amount, int]] = []
    seen = {own}
    for j in table_cells(index, i):
        other = index.sentences[j].fact
        assert other is not None
        row = str(other.data.get("row", ""))
        if row in seen or is_total_row(row):
            continue
        if change is not None:
            seen.add(row)
            found = row_change(index, j, change, sentence)
            if found is not None:
                out.append(found)
        elif other.data.get("column") == column:
            seen.add(row)
            amounts = [a for a, _ in _amounts(index, j) if same_unit(a, unit)]
            if amounts:
                out.append((amounts[0], j))
    return out


def _row_changes(values: list[SideValue], index: EvidenceIndex, sentence: str) -> list[SideValue]:
    """For each table cell read for a side, the signed change its row gives ("the UK
    median" names the row's level, and its change stands beside it), best first; a row
    whose changes point both ways ("+2%" on a year, "-4%" since 2020) says nothing, and
    a change over years the ``sentence`` does not name ("Change on 2021" for "since
    2018") is another change."""
    out: list[SideValue] = []
    seen: set[int] = set()
    said = years_named(sentence)
    for v in values:
        if v.source is None or not is_cell(index.sentences[v.source].fact):
            continue
        row = _row_of(index, v.source)
        found = [
            (j, change)
            for j in table_cells(index, v.source)
            if _row_of(index, j) == row
            and (change := signed_change(index, j)) is not None
            and not (said and (over := years_named(header_of(index, j) or "")) and not said & over)
        ]
        if len({(c.low or 0.0) > 0 for _, c in found}) != 1:
            continue
        for j, change in found:
            if j not in seen:
                seen.add(j)
                out.append(replace(v, amount=change, source=j, at=0))
    return out


def _apart(gap: Amount) -> str:
    """How far apart two sides are, for a rationale: shares are apart by points ("2
    points"), not by a share of a share."""
    if gap.currency != "%":
        return gap.describe()
    return f"{replace(gap, currency=None).describe()} points"


def evaluate_difference(
    relation: str, left: Amount, right: Amount, stated: Amount, ends: bool = False
) -> bool | None:
    """Whether ``left`` is above (or below) ``right`` by ``stated`` for every value of the
    intervals (True), for none (False), or depends on where the truth lies (None). A bare
    sum reaches :data:`DIFFERENCE_TOLERANCE` either way; "more than $4,000" has no top.
    With ``ends``, two pay ranges are set bottom against bottom and top against top."""
    if ends and None not in (left.low, left.high, right.low, right.high):
        pairs = [
            evaluate_difference(relation, Amount(a, a), Amount(b, b), stated)
            for a, b in ((left.low, right.low), (left.high, right.high))
        ]
        return pairs[0] if pairs[0] == pairs[1] else None
    gap = gap_between(relation, left, right)
    if gap is None:
        return None
    wanted = stated.widened(DIFFERENCE_TOLERANCE) if stated.is_point else stated
    if wanted.contains(gap):
        return True
    if not wanted.overlaps(gap):
        return False
    return None


# A table cell is read for a comparison's sides by its headers, not ranked by likeness.
TABLE_CELL_SCORE = 60.0
# The other side read like the first: the same table and column, or a figure written in
# the same period (a weekly figure is not set against a yearly one when a yearly is given).
LIKE_FOR_LIKE_BONUS = 20.0
LIKE_PERIOD_BONUS = 10.0
# Sides are compared by the year: a figure written per year needs no assumed hours, so it
# goes before the same pay written per hour.
STATED_YEAR_BONUS = 5.0
# A column of the whole of pay: a total, an estimate of all a year's earnings, gross or
# overall pay, pay including its extras.
_TOTAL = re.compile(
    r"\b(?:total|overall|combined|all[\s-]in|gross|estimated|including|incl\.?)\b", re.I
)
# A column of one sex, and one of both: "Men", "Female", "Both sexes".
_SEX = re.compile(r"\b(?:men|women|males?|females?)\b", re.I)
_BOTH_SEXES = re.compile(r"\bboth\s+sexes\b|\bmen\s+and\s+women\b", re.I)
# A column of everyone a table counts: "All employees", "All persons".
_EVERYONE = re.compile(r"^\s*all\s+(?:employees|workers|persons|people|staff|sexes)\b", re.I)
# A column of one part of pay, which a side names when it means it ("larger bonuses").
_PART = re.compile(
    r"\b(?:special|bonus(?:es)?|overtime|allowances?|incentives?|supplements?|premiums?|"
    r"tips|commissions?|extras?|additional|variable|one[\s-]off|shift\s+pay|benefits?)\b",
    re.I,
)
# A column of totals goes before its parts for a side naming no part.
TOTAL_COLUMN_BONUS = 10.0
_TYPICAL_COLUMN = re.compile(r"\b(?:median|average|mean|typical)\b", re.I)
_POSSESSIVE_START = re.compile(r"^\s*(?:her|his|its|their)\b", re.I)
# A side that names its thing only as "one": "double the final-year one".
_ONE = re.compile(r"\bones?\s*$", re.I)


def negotiating(text: str, view: ArticleView) -> str:
    """``text`` with the words for what one side of a bargain asked ("asked for",
    "wants", "demanded") and what the other offered ("offered", "tabled") each written as
    one word, so that "what the union asked" and "the union wants $4" share it."""
    for kind, word in (("demand_words", "demandside"), ("offer_words", "offerside")):
        words = view.knowledge.words(kind)
        if words:
            text = _any_of(frozenset(words)).sub(word, text)
    return text


@functools.lru_cache(maxsize=16)
def _any_of(words: frozenset[str]) -> re.Pattern[str]:
    """A regex for any of ``words`` as whole words, the longest first."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", re.I)


def _posting(index: EvidenceIndex, page: int) -> str:
    """What a page's structure says the posting is: its title and employer facts, and
    the page's title."""
    p = index.pages[page]
    own = [f.text for f in p.facts.items if f.kind in ("title", "employer")]
    return " ".join([*own, p.title or ""])


def _amounts(
    index: EvidenceIndex,
    i: int,
    counting: tuple[str, str] | None = None,
    *,
    pay: bool = False,
) -> list[tuple[Amount, int]]:
    """The amounts an entry gives, each with where it starts: a posting's pay in its own
    elements as its structure gives it, else money, shares and durations as the rules
    read the text, and ratios as written ("270 : 1", "268 to 1"). With ``counting`` (a
    comparison of counts: its sentence and the side's words), a table cell's count of
    things; with ``pay`` (a comparison of levels of pay), a table of pay's bare figure
    in the table's own unit (:func:`tabled_pay`)."""
    fact = index.sentences[i].fact
    if fact is not None and fact.kind == "pay":
        d = fact.data
        return [(Amount(d.get("min"), d.get("max"), d.get("currency"), d.get("period")), 0)]
    if counting is not None and (count := count_in_cell(index, i, *counting)) is not None:
        return [(count, _value_start(index, i))]
    out = []
    text = index.sentences[i].text
    phrases = index.extractor.ruleset.knowledge.period_phrases
    written: dict[int, str | None] = {}
    # A table cell reads "caption, row, column: value": a figure in a header ("10%" of a
    # percentile column, "2023" of a year's) names the cell, it is not the cell's amount.
    value_at = _value_start(index, i)
    for found in index.facts(i):
        amount = (
            _money_of(found.rule.type, found.fields)
            or _duration_of(found.rule.type, found.fields)
            or _named_money(index, found, text)
        )
        if amount is not None and found.start >= value_at:
            if _GAP_AFTER.match(text, found.end):
                continue  # "earns €300 less than in Munich": how far apart, not a level
            out.append((amount, found.start))
            if amount.period is not None:
                written[found.start] = _period_in(text[found.start : found.end], phrases)
    # "sought €300 a month more; the board offered €110": a sum written with no period
    # beside one written with a period is in that period, not one guessed from its size.
    stated = {p for p in written.values() if p}
    if len(stated) == 1:
        period = stated.pop()
        out = [
            (replace(a, period=period) if at in written and not written[at] else a, at)
            for a, at in out
        ]
    if fact is None:
        out = _paid_as_named(out, text, phrases)
    elif fact.kind == "cell":
        out = _in_headed_period(out, text[:value_at])
    for m in _RATIO_FIGURE.finditer(text):
        value = float(m.group(1).replace(",", ""))
        out.append((Amount(value, value, RATIO), m.start()))
    if pay and not out and (tabled := tabled_pay(index, i)) is not None:
        out.append((tabled, value_at))
    return out


# A period word before the pay it qualifies: "monthly earnings", "annual base salary",
# "typical weekly take-home pay".
_PERIOD_OF_PAY = re.compile(
    r"\b(?P<period>hourly|daily|weekly|monthly|annual|yearly)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:pay|salar(?:y|ies)|wages?|earnings|income|rates?|packages?|compensation)\b",
    re.IGNORECASE,
)


def _in_headed_period(found: list[tuple[Amount, int]], headers: str) -> list[tuple[Amount, int]]:
    """A table cell's sums of money written with no period, in the one period its caption
    and headers name ("Minimum monthly amounts", "Pay (€ per week)"): a month's figure
    read as no period would be set against a year's pay as if it were one."""
    periods = named_periods(headers)
    if len(periods) != 1:
        return found  # none named, or several: "hourly and annual pay"
    period = periods.pop()
    return [
        (replace(a, period=period), at)
        if a.period is None and a.currency not in (None, "%", RATIO, DAYS)
        else (a, at)
        for a, at in found
    ]


def _paid_as_named(
    found: list[tuple[Amount, int]], text: str, phrases: Mapping[str, str]
) -> list[tuple[Amount, int]]:
    """Sums written with no period of their own, in the period the words before them
    give the pay they are ("Typical monthly earnings ... are around $2,750"; "annual
    salaries start at €41,000"): the nearest such words after the figure before."""
    starts = sorted({at for _, at in found})
    out = []
    for amount, at in found:
        if amount.period is None and is_money(amount.currency or ""):
            before = max((a + 1 for a in starts if a < at), default=0)
            named = list(_PERIOD_OF_PAY.finditer(text, before, at))
            period = phrases.get(named[-1].group("period").lower()) if named else None
            if period:
                amount = replace(amount, period=period)
        out.append((amount, at))
    return out


# Words of a measure of pay, in a table's caption or a column's header.
_PAY_MEASURE = re.compile(
    r"\b(?:pay|wages?|salar(?:y|ies)|earnings|incomes?|packages?|remuneration|"
    r"compensation)\b",
    re.I,
)
# Words of a column that counts people or hours, or gives shares, whatever else it says
# ("Number of wage earners", "Employed (thousands)", "Hours paid").
_NOT_PAY_COLUMN = re.compile(
    r"\b(?:number|numbers|employed|employees|workers|jobs|headcount|thousands?|hours?|"
    r"shares?|change|growth|rank|codes?)\b|%",
    re.I,
)
# A cell's figure written bare: digits grouped by commas, or not at all, and decimals.
_BARE_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def tabled_pay(index: EvidenceIndex, i: int) -> Amount | None:
    """A bare figure of a table of pay whose unit no header the rules read gives ("7,800"
    under "Dubai" in a salary guide whose currency only its prose names): a sum in the
    table's own unit, which only another figure of the same measure in that table
    shares, so two rows of it are set side by side (or one is a multiple of the other)
    whatever the currency. The measure is a column whose header names pay, where one
    does; else the whole table, where its caption or page title names pay and no header
    names anything else (a count of people, of hours, a share, a code)."""
    s = index.sentences[i]
    fact = s.fact
    if not is_cell(fact) or fact is None:
        return None
    value = str(fact.data.get("value", "")).strip()
    if not _BARE_FIGURE.fullmatch(value) or YEARS.fullmatch(value):
        return None
    column = str(fact.data.get("column", ""))
    if _NOT_PAY_COLUMN.search(column):
        return None
    headers = {header_of(index, j) or "" for j in table_cells(index, i)}
    paid = {h for h in headers if _PAY_MEASURE.search(h)}
    if paid:
        if column not in paid:
            return None
        # A column under a header of pay it shares with others ("Average wage, Men" and
        # "Average wage, Women"): one measure, split by whom it pays.
        parent = column.rpartition(", ")[0]
        measure = parent if _PAY_MEASURE.search(parent) else column
    else:
        caption = f"{fact.where} {index.pages[s.page].title or ''}"
        if not _PAY_MEASURE.search(caption) or any(_NOT_PAY_COLUMN.search(h) for h in headers):
            return None
        measure = ""
    number = float(value.replace(",", ""))
    return Amount(number, number, f"{TABLED}{s.page}#{fact.where}#{measure}")


def _named_money(index: EvidenceIndex, found: Found, text: str) -> Amount | None:
    """A sum the rule packs read as a count of a currency's name ("27,570 euros a
    year", "7,820 soles", as a table's unit note writes its cells): money in that
    currency, paid in the period named just after it."""
    if found.rule.type != "quantity" or found.fields.get("min") is None:
        return None
    unit = str(found.fields.get("unit") or "")
    parsers = index.extractor.parsers
    code = parsers.currency_of(unit) if re.fullmatch(r"[^\W\d_]+", unit) else None
    if code is None:
        return None
    phrases = index.extractor.ruleset.knowledge.period_phrases
    # Only the words just after the figure: a later clause's period is another sum's.
    after = re.split(r"[,;:(]", text[found.end :], maxsplit=1)[0]
    period = _period_in(after, phrases)
    return Amount(found.fields.get("min"), found.fields.get("max"), code, period)


# A figure followed by how it sets two things apart is their gap: "€300 less than",
# "£2 an hour more than", "40 cents above" (not "€300 a month more for every grade", a
# rise asked for).
_GAP_AFTER = re.compile(
    r"\s*(?:(?:a|an|per|each)\s+(?:year|month|week|day|hour|shift)\s+)?"
    r"(?:(?:more|less|fewer|higher|lower)\s+than|above|below)\b",
    re.I,
)


def _value_start(index: EvidenceIndex, i: int) -> int:
    """Where a table cell's own value begins in its entry's text, after the headers it
    is read with; 0 for any other entry."""
    fact = index.sentences[i].fact
    if fact is None or fact.kind != "cell":
        return 0
    value = str(fact.data.get("value", ""))
    at = index.sentences[i].text.rfind(value) if value else -1
    return max(at, 0)


# A step of a series a side or a figure names: "the first-year raise", "4% in the second";
# "opening" is the first step and "final" the last the sentence gives.
_STEPS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_STEP = re.compile(
    rf"\b(?:(?P<n>{'|'.join(_STEPS)})|(?P<first>opening|initial)|(?P<last>final|last|closing))\b",
    re.I,
)
_LAST_STEP = 0


def _steps(text: str) -> set[int]:
    """The steps ``text`` names, numbered from 1 (the last step as 0)."""
    return {
        _STEPS.index(m.group("n").lower()) + 1 if m.group("n") else 1 if m.group("first") else 0
        for m in _STEP.finditer(text)
    }


def step_agrees(side: str, index: EvidenceIndex, i: int, start: int) -> bool | None:
    """Whether the figure at ``start``, among several a sentence gives step by step
    ("raises of 6% in the first year, 4% in the second and 3% in the third"), is at the
    step the side names ("the first-year raise"; "the final-year one" is the last step the
    sentence gives); None when the side or the sentence names no steps."""
    wanted = _steps(side)
    spans = _figure_spans(index, i)
    if not wanted or len(spans) < 2:
        return None
    text = index.sentences[i].text
    steps = [_steps(own_words(text, spans, a, lead=False)) for a, _ in spans]
    numbered = [max(st) for st in steps if st - {_LAST_STEP}]
    if not numbered:
        return None
    last = max(numbered)
    mine = next((st for (_, b), st in zip(spans, steps, strict=True) if start < b), set())

    def resolve(named: set[int]) -> set[int]:
        return {last if n == _LAST_STEP else n for n in named}

    return bool(resolve(wanted) & resolve(mine))


def _subject(index: EvidenceIndex, i: int, start: int) -> str:
    """The words that say what a figure is: in a sentence, what precedes it, or in a
    sentence giving several figures its own clause (:func:`own_words`); for a posting's
    pay in its own elements, the posting's title, employer and label."""
    s = index.sentences[i]
    if s.fact is not None and s.fact.kind == "pay":
        return f"{_posting(index, s.page)} {s.fact.data.get('label', '')}"
    spans = _figure_spans(index, i)
    if len(spans) < 2:
        return s.text[:start]
    return own_words(s.text, spans, start)


def _said_before(index: EvidenceIndex, i: int, start: int) -> str:
    """The words that say what a figure is, up to its first digit or currency sign: its
    :func:`_subject`, or in a sentence of one figure whatever precedes the figure itself
    (a rule's reading may open with the words naming the pay)."""
    subject = _subject(index, i, start)
    s = index.sentences[i]
    if s.fact is not None or len(_figure_spans(index, i)) > 1:
        return subject
    figure = _FIGURE_START.search(s.text, start)
    return s.text[: figure.start()] if figure else subject


def _figure_spans(index: EvidenceIndex, i: int) -> list[tuple[int, int]]:
    """Where the figures of an entry stand, from their first digit or currency sign (the
    verb of "offered $1.75" is its clause's, not the figure's), overlapping readings of
    one figure joined, in order."""
    text = index.sentences[i].text
    spans = sorted(
        (m.start() if m else found.start, found.end)
        for found in index.facts(i)
        if _money_of(found.rule.type, found.fields) or _duration_of(found.rule.type, found.fields)
        for m in [_FIGURE_START.search(text, found.start, found.end)]
    )
    joined: list[tuple[int, int]] = []
    for a, b in spans:
        if joined and a < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(b, joined[-1][1]))
        else:
            joined.append((a, b))
    return joined


# A break that begins a clause of its own, with its own subject.
_NEW_CLAUSE = re.compile(
    r"\s*;\s*|\s+(?:but|while|whereas|against|versus|vs\.?|compared\s+with)\s+", re.I
)
_FIGURE_START = re.compile(r"[$£€¥₹]|\d")
# Where one figure's clause ends and the next one's begins: a comma, a semicolon, a
# colon or a dash, or a word joining clauses.
_CLAUSE_BREAK = re.compile(
    r"\s*[;,:–—]\s*|\s+(?:and|but|while|whereas|against|versus|vs\.?|compared\s+with)\s+", re.I
)


def own_words(text: str, spans: list[tuple[int, int]], at: int, lead: bool = True) -> str:
    """The words that say what the figure at offset ``at`` is, in a sentence giving
    several (``spans``, in order): the words from the clause break before it to the one
    after it, with the words leading the first figure ("raises of 6% in the first year,
    4% in the second and 3% in the third"; "ranges from $96K for A to $210K for B")
    unless a new clause begins before it ("the union asked for $4 an hour; the company
    offered $1.75") or ``lead`` is off."""
    k = next((n for n, (_, b) in enumerate(spans) if at < b), None)
    if k is None:
        return text[:at]
    a, b = spans[k]
    if k == 0:
        before = text[:a]
    else:
        gap = text[spans[k - 1][1] : a]
        breaks = list(_CLAUSE_BREAK.finditer(gap))
        # With no break between them the figure before is of this one's clause: "87% of
        # members earn less than $26,000".
        before = gap[breaks[-1].end() :] if breaks else text[spans[k - 1][0] : a]
        if lead and not (breaks and _NEW_CLAUSE.fullmatch(breaks[-1].group(0))):
            before = f"{text[: spans[0][0]]} {before}"
    after = text[b : spans[k + 1][0]] if k + 1 < len(spans) else text[b:]
    first = _CLAUSE_BREAK.search(after)
    if first is None and k + 1 < len(spans) and (leads := _LEADS_NEXT.search(after)):
        # "backed it by 91% on a turnout of 72%": the noun before "of" names the next
        # figure, not this one.
        after = after[: leads.start()]
    return f"{before} {after[: first.start()] if first else after}"


# The words that lead into a figure as what it measures: "on a turnout of", "with an
# average of", "a margin of".
_LEADS_NEXT = re.compile(
    r"(?:\s+(?:on|at|with|for|in|by|and))?(?:\s+(?:a|an|the|its|their|his|her))?"
    r"(?:\s+[\w-]+){1,2}\s+of\s*$",
    re.I,
)


_RANGE_END = re.compile(
    r"\b(?:(?P<low>bottom(?:\s+end)?|(?:low(?:er)?|bottom)\s+(?:end|bound|limit)|floor|start|"
    r"minimum)|(?P<high>top(?:\s+end)?|(?:high(?:er)?|upper|top)\s+(?:end|bound|limit)|ceiling|"
    r"maximum))\s+of\b"
    # "the clerk's top rate", "its starting salary"
    r"|\b(?:(?P<low2>starting|entry|lowest|minimum|bottom|first)|(?P<high2>top|highest|maximum))"
    r"\s+(?:pay|salary|rate|wage|step|rung|point|grade)\b"
    # Someone new to a job is paid at the bottom of its scale: "a new hire", "a nurse
    # fresh out of college", "newly qualified", "an entry-level clerk".
    r"|\b(?P<low3>new(?:ly)?[\s-]+(?:qualified|hired|appointed|recruited|hires?|recruits?|"
    r"starters?|joiners?|entrants?|trainees?|apprentices?|graduates?)|fresh(?:ly)?\s+"
    r"(?:out\s+of|from|qualified)|entry[\s-]level|just\s+starting|starting\s+out|"
    # A side that is only a newcomer's grade: "a trainee", "the apprentices", "a recruit".
    r"^\s*(?:(?:a|an|the|their|its)\s+)?(?:trainees?|apprentices?|recruits?|probationers?|"
    r"novices?)\s*$)\b",
    re.I,
)


# What a side calls a posting's pay when it names it by whose it is ("the Lisbon rate",
# "Kestrel's pay band", "the Porto offer").
_PAY_NOUN = re.compile(
    r"\b(?:pay|pays|paid|paying|salar(?:y|ies)|wages?|rates?|bands?|ranges?|scales?|brackets?|offers?|"
    r"packages?|compensation|remuneration|earnings)\b",
    re.I,
)


# A job named by whose it is ("the Harwick job", "Acme's opening"): its posting's pay is
# what it pays.
_JOB_NOUN = re.compile(r"\b(?:job|post|role|position|vacancy|opening|posting|advert)\b", re.I)


# Pay with more than a posting's base range: "when equity and bonuses are added", "with
# equity", "in total compensation".
_EXTRAS = re.compile(
    r"\b(?:stock|equity|shares|options|RSUs?|bonus(?:es)?|commissions?|tips|overtime|"
    r"allowances?|total\s+(?:pay|compensation|earnings|package))\b",
    re.I,
)


# The base part of pay, without extras: "basic pay", "base salary", "the basic rate".
_BASE_PART = re.compile(r"\b(?:basic|base)\b", re.IGNORECASE)
# Pay with extras on top of the base, in so many words.
_WITH_EXTRAS = re.compile(
    rf"{_EXTRAS.pattern}|\b(?:total|including|inclusive|all-in|overall)\b", re.IGNORECASE
)


def _part(text: str) -> str | None:
    """Which part of pay words name: "base" (basic pay), "whole" (with allowances, in
    total), None when they name neither or both."""
    base, whole = bool(_BASE_PART.search(text)), bool(_WITH_EXTRAS.search(text))
    return None if base == whole else "base" if base else "whole"


def another_part(side: str, subject: str) -> bool:
    """True when a side names one part of pay and an entry's figure is said to be the
    other: "a new recruit's basic pay" against "typical total earnings, including
    allowances, are around $N", or "take-home pay with overtime" against "Basic salary"."""
    mine = _part(side)
    theirs = _part(subject)
    return mine is not None and theirs is not None and mine != theirs


def _end_named(found: re.Match[str] | None) -> str | None:
    """Which end of a range a :data:`_RANGE_END` match names: ``"low"``, ``"high"``, or
    None when there is no match."""
    if found is None:
        return None
    return "high" if found.group("high") or found.group("high2") else "low"


# A header naming one end of ranges: a table's column of minima or of maxima.
_END_HEADER = re.compile(
    r"\b(?:(?P<low>minimum|minima|min|lowest|bottom|starting|entry|floor|from)|"
    r"(?P<high>maximum|maxima|max|highest|top|ceiling|up\s+to))\b",
    re.I,
)


def _column_end(index: EvidenceIndex, i: int) -> str | None:
    """The end of ranges a table cell's column holds (``"low"``, ``"high"``), when its
    header names one alone ("National minimum", "Max. salary"); None otherwise."""
    fact = index.sentences[i].fact
    if fact is None or fact.kind != "cell":
        return None
    ends = {
        "low" if m.group("low") else "high"
        for m in _END_HEADER.finditer(str(fact.data.get("column", "")))
    }
    return ends.pop() if len(ends) == 1 else None


# A column of one percentile ("10%", "25th percentile", "P90"), not the median's.
_PERCENTILE_HEADER = re.compile(
    r"^\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:%|per\s?cent(?:ile)?\b|percentile\b)|p\d{1,2}\b)",
    re.I,
)
# A side naming a percentile or a share of a workforce by its pay: "the top 10%", "the
# best-paid tenth", "the 90th percentile".
_PERCENTILE_SIDE = re.compile(
    r"\d\s*(?:%|per\s?cent)|\bpercentile|\b(?:tenth|quarter|decile|quartile)\b|"
    r"\b(?:best|highest|lowest|worst)[\s-]paid\b",
    re.I,
)


def _percentile_column(index: EvidenceIndex, i: int) -> bool:
    """True when table cell ``i`` stands in a column of one percentile other than the
    median ("10%", "75th percentile"): what a tenth or a quarter of a group earns, not
    the group's pay."""
    fact = index.sentences[i].fact
    if fact is None or fact.kind != "cell":
        return False
    column = str(fact.data.get("column", ""))
    return bool(_PERCENTILE_HEADER.search(column)) and not _TYPICAL_COLUMN.search(column)


# Words before an occupation that say nothing of which kind of it: determiners, how
# typical, how senior, where.
_NOT_KIND = frozenset(
    "a an the its their his her our your this that these those most many some all every "
    "median average typical mean ordinary new newly national of and or for in at on by "
    "with what who whose even only just".split()
)


def _kinds(text: str, view: ArticleView) -> dict[str, set[str]]:
    """For each occupation ``text`` names, the words just before it that say which kind
    of it ("tower crane" of "tower crane operators", "hoist" of "Hoist Operators"), lower
    case, up to three, stopping at a word that names none, and at an owner before "'s"
    ("California's pharmacists", "the state's nurses": whose they are, not a kind)."""
    found = [
        (m.group(1), bool(m.group(2))) for m in re.finditer(r"([A-Za-z][\w-]*)(['’]s\b)?", text)
    ]
    words = [w for w, _ in found]
    out: dict[str, set[str]] = {}
    for n, word in enumerate(words):
        if not view.knowledge.is_role(word.lower()):
            continue
        kind = set()
        for before, owner in reversed(found[max(0, n - 3) : n]):
            low = before.lower()
            if (
                owner
                or low in _NOT_KIND
                or low in view.knowledge.seniority
                or view.knowledge.is_role(low)
            ):
                break
            kind.add(before)
        low = word.lower()
        out.setdefault(low[:-1] if low.endswith("s") else low, set()).update(kind)
    return out


def another_kind(side: str, row: str, view: ArticleView) -> bool:
    """True when a table row, or a posting, names the side's occupation but not the
    side's kind of it: another kind ("ship engineers" and "Marine Engineers", "tower
    crane operators" and "Hoist and Winch Operators") or the occupation at large
    ("kindergarten teachers" and an "Average teacher salary"); a word of the kind or
    its initials will do ("QA testers" and "Quality Assurance Analysts and Testers")."""
    mine, theirs = _kinds(side, view), _kinds(row, view)
    row_words = {keywords(w) for w in re.findall(r"[A-Za-z][\w-]*", row)} - {""}
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", row)).upper()
    for job, kind in mine.items():
        if not kind or job not in theirs:
            continue
        if any(keywords(w) in row_words or (w.isupper() and w in initials) for w in kind):
            continue
        return True
    return False


def _kind_text(index: EvidenceIndex, i: int, view: ArticleView) -> str:
    """The words that say which occupation a page fact is of: a cell's row when it names
    one, else the row with its table's caption and page title (a row of an industry,
    "Information and communication", is the kind of the workers the caption counts); a
    posting's title and pay label."""
    s = index.sentences[i]
    if s.fact is not None and s.fact.kind == "pay":
        return f"{_posting(index, s.page)} {s.fact.data.get('label', '')}"
    row = _row_of(index, i)
    return row if view.occupations(row) else f"{row} {_table_subject(index, i)}"


def kind_in_tables(side: str, index: EvidenceIndex, view: ArticleView) -> bool:
    """True when some table among the sources names the side's own kind of its job
    ("ship" of "ship engineers") in a row, a caption or atop its page."""
    wanted = [{keywords(w) for w in kind} - {""} for kind in _kinds(side, view).values() if kind]
    if not wanted:
        return False
    for page in range(len(index.pages)):
        for i in index.fact_entries(page, "cell"):
            said = set(keywords(f"{_row_of(index, i)} {_table_subject(index, i)}").split())
            if any(words <= said for words in wanted):
                return True
    return False


# A name numbered within a series: "Band 5", "Level 3", "Step 12", "Tier 2".
_NUMBERED = re.compile(r"\b((?-i:[A-Z])[A-Za-z]+)\s+(\d{1,3}[A-Za-z]?)\b(?![,.]?\d)")


def _numbered(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for word, number in _NUMBERED.findall(text):
        out.setdefault(word.lower(), set()).add(number.lower())
    return out


# A word made its own complement by "non": "non-resident", "Non-EU", "non union".
_NON = re.compile(r"\bnon[-\s\u2011]?([a-z][\w]+)", re.IGNORECASE)


def _plain_and_non(text: str) -> tuple[set[str], set[str]]:
    """The words a text names as they stand, and those it names after "non"."""
    non = {w.lower() for w in _NON.findall(text)}
    plain = {w.lower() for w in re.findall(r"[a-z]\w+", _NON.sub(" ", text), re.IGNORECASE)}
    return plain, non


def complement_named(side: str, headers: str) -> bool:
    """True when a table cell's ``headers`` name the complement of whom the side names,
    or the side the complement of whom the headers name: "Non-EU" is the column of
    everyone but "EU staff", and "Resident" is no figure for "non-resident workers"."""
    side_plain, side_non = _plain_and_non(side)
    head_plain, head_non = _plain_and_non(headers)
    return bool(head_non & (side_plain - side_non)) or bool(side_non & (head_plain - head_non))


def numbered_apart(side: str, entry: str) -> bool:
    """True when the side names a rung of a numbered series ("a Level 4", "Band 5
    nurses") and the entry names only other rungs of it ("Band 6"): another band's
    figure."""
    theirs = _numbered(entry)
    return any(
        word in theirs and not numbers & theirs[word] for word, numbers in _numbered(side).items()
    )


def _end_of_range(
    side: str, amount: Amount, lead: str = "", scale: bool = True, open_end: bool = False
) -> tuple[Amount, str | None]:
    """The end of a range a side names ("the bottom of the range", "the top of its
    band", "a new hire"), or failing that the words leading the comparison name for
    both sides ("At the top of their ranges, the planner earns ..."), else the whole
    amount; with which end it is (``"low"``, ``"high"``, None). A newcomer is the
    bottom only of a job's ``scale``: a figure of a sentence may span many jobs ("from
    $90K for a junior to $300K for a principal"). With ``open_end``, a range open at
    one end gives the end it states ("starts at $29.40" has a bottom, no top)."""
    m = _RANGE_END.search(side) or _RANGE_END.search(lead)
    if m is not None and m.group("low3") and not scale:
        m = None
    if m is None or (not open_end and (amount.low is None or amount.high is None)):
        return amount, None
    low = bool(m.group("low") or m.group("low2") or m.group("low3"))
    end = amount.low if low else amount.high
    if end is None:
        return amount, None
    return replace(amount, low=end, high=end), "low" if low else "high"


def _jobs_at(index: EvidenceIndex, i: int) -> str:
    """The text that says whose figure an entry is: a table cell's row and column (not the
    caption, which covers every row), a posting's title for its pay, or a sentence with
    the one before it."""
    s = index.sentences[i]
    if s.fact is not None:
        if s.fact.kind == "cell":
            return f"{s.fact.data.get('row', '')}, {s.fact.data.get('column', '')}"
        if s.fact.kind == "pay":
            return _posting(index, s.page)
        return s.text
    return " ".join([*(n.text for n in index.nearby(i, before=1, after=0)), s.text])


# The shortest word whose "-ing" form names a line of work: "mine" (mining), "farm".
_DOING_STEM = 3


def doing(word: str) -> str:
    """The "-ing" form of a word as English spells it, the work it names ("mine" is
    "mining", "farm" "farming"); "" for a word too short, or one that is an "-ing"
    form, an agent noun or a plural already."""
    if len(word) < _DOING_STEM or word.endswith(("ing", "er", "or", "s")):
        return ""
    if word.endswith("e") and not word.endswith("ee"):
        return word[:-1] + "ing"
    return word + "ing"


def jobs_named(text: str, view: ArticleView) -> set[str]:
    """Occupations a side's words name: a capitalised word counts only when it is a
    listed role or opens the side, and never before a possessive "'s", so that a surname
    with an occupation's ending ("Okafor's pay") names no job."""
    kept = [
        m.group(1)
        for m in re.finditer(r"([A-Za-z]+)(['’]s\b)?", text)
        if view.roles(m.group(1))
        or not m.group(1)[0].isupper()
        or (m.start() == 0 and not m.group(2))
    ]
    return view.occupations(" ".join(kept))


def _heads_only(jobs: set[str], text: str) -> set[str]:
    """The jobs a side names, each compound by its head alone: in "a nurse manager" the
    job is the manager's."""
    lowered = text.lower()
    return {
        j
        for j in jobs
        if not any(
            other != j and re.search(rf"\b{re.escape(j)}s?\s+{re.escape(other)}", lowered)
            for other in jobs
        )
    }


def _posted_jobs(text: str, index: EvidenceIndex, view: ArticleView) -> set[str]:
    """The side's words that name a job by the word heading a posting's title among the
    sources ("the coxswain" for a Pilot Boat Coxswain), lexicon or no."""
    heads = {
        head.lower()
        for page, p in enumerate(index.pages)
        if p.facts.kind == "job_posting"
        and (title := posting_title(index, page, view))
        and (head := head_word(title, view))
    }
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return {w for w in words | {w.removesuffix("s") for w in words} if w in heads}


def trade_of(trader: str) -> str:
    """The word for the trade an "-er" trader plies, as English forms it from the trader:
    "grocer" plies "grocery", "brewer" "brewery", "potter" "pottery". Only a word known
    as an occupation is read this way, so "batter" and "battery" stay apart elsewhere."""
    return trader + "y" if trader.endswith("er") else ""


# The shortest stem an agent noun's work is matched by: "teach" of "teacher", never
# "eat" of "eater".
_ACTIVITY_STEM = 4


def activity_of(agent: str) -> str:
    """The stem of the work an "-er" or "-or" agent noun does, as :func:`keywords` stems
    its "-ing" form: "teacher" does "teach" ("teaching"), "programmer" "programm"
    ("programming"), "editor" "edit". Empty when too short to tell apart."""
    if not agent.endswith(("er", "or")) or len(agent) - 2 < _ACTIVITY_STEM:
        return ""
    return agent[:-2]


# The shortest stem of an "-ist": "art" of "artist".
_IST_STEM = 3


def activities_of(agent: str) -> set[str]:
    """The words for the work an agent noun does, as :func:`keywords` leaves them: the
    "-ing" stem of an "-er" or "-or" (:func:`activity_of`) or its whole "-ing" word
    ("mining" of "miner"), the "-ation" of an "-ator"
    ("animator" does "animation", "translator" "translation"), and the field of an
    "-ist" ("artist" works in "art", "therapist" in "therapy", "journalist" in
    "journalism")."""
    out = {activity_of(agent)} - {""}
    if agent.endswith(("er", "or")):
        # The "-ing" form itself where its stem is too short to stand alone: "miner"
        # works in "mining", as keywords leaves it, though "min" names nothing.
        doing = keywords(agent[:-2] + "ing")
        if len(doing) > _ACTIVITY_STEM:
            out.add(doing)
    if agent.endswith("ator") and len(agent) - 4 >= _IST_STEM:
        out.add(agent[:-4] + "ation")
    if agent.endswith("ist") and len(agent) - 3 >= _IST_STEM:
        stem = agent[:-3]
        out |= {stem, stem + "y", stem + "ism", stem + "ics"}
    return out


def _row_calls(index: EvidenceIndex, i: int, job: str) -> bool:
    """True when table cell ``i``'s row, naming no occupation, is what its page calls
    the workers of ``job`` (a stem): the page writes the row's name or its initials
    before the job ("Quality assurance" and "QA testers", "Human resources" and "human
    resources managers")."""
    s = index.sentences[i]
    if s.fact is None or s.fact.kind != "cell":
        return False
    row = str(s.fact.data.get("row", "")).strip()
    words = [w for w in re.findall(r"[A-Za-z]+", row) if w.lower() != "and"]
    if not words:
        return False
    names = [re.escape(row)]
    if len(words) > 1:
        names.append("(?-i:" + "".join(w[0].upper() for w in words) + ")")
    called = re.compile(rf"\b(?:{'|'.join(names)})\s+{re.escape(job)}\w*", re.I)
    return bool(called.search(index.pages[s.page].text))


def _workforce(view: ArticleView) -> set[str]:
    """The words for the workforce at large ("workers", "staff"), singular."""
    return {w[:-1] if w.endswith("s") else w for w in view.knowledge.words("headcount")}


# Verbs of what someone is paid that name no sum: "what the average worker makes".
_GETS = re.compile(r"\b(?:makes?|made|gets?|got|receives?|received|brings?\s+home)\b", re.I)


def _workforce_only(text: str, view: ArticleView) -> bool:
    """True when a side's words, leaving out how typical it is and what it is paid, are
    only a word for the workforce at large ("the average worker", "a typical employee's
    pay"; not "care workers", "the average Polish worker")."""
    words = set(keywords(_GETS.sub(" ", _TYPICAL.sub(" ", _OF_SUMS.sub(" ", text)))).split())
    stems = {keywords(w) for w in view.knowledge.words("headcount")}
    return bool(words) and words <= stems


def same_jobs(side: set[str], found: set[str], view: ArticleView) -> bool:
    """True when evidence naming the occupations ``found`` can be about a side naming
    ``side``: one is named in both, or the side speaks of the workforce at large
    ("workers", "employees") and so does the evidence."""
    if not side or side & found:
        return True
    workforce = _workforce(view)
    return side <= workforce and bool(found & workforce)


def _table_subject(index: EvidenceIndex, i: int) -> str:
    """What a whole table is of: its caption and the page's title and headings."""
    s = index.sentences[i]
    page = index.pages[s.page]
    caption = str(s.fact.data.get("caption", "")) if s.fact is not None else ""
    headings = " ".join(f.text for f in page.facts.of("title"))
    return f"{caption} {page.title or ''} {headings}"


def _beside_own_row(
    index: EvidenceIndex, i: int, side: str, jobs: set[str], view: ArticleView
) -> bool:
    """True when table cell ``i``'s row names the side's job with a level or another job
    the side does not ("Senior lecturer / associate professor" for "the median
    lecturer"), and a row of its table is the side's job alone ("Lecturer"): that row is
    the side's."""
    said = set(normalise_title(side, view))

    def more(row: str) -> set[str]:
        # What a row says beyond the side's job: a level, or another job.
        level = set(normalise_title(row, view)) & view.knowledge.seniority - said
        return level | (view.occupations(row) - jobs)

    row = _row_of(index, i)
    if not jobs & view.occupations(row) or not more(row):
        return False
    level = said & view.knowledge.seniority
    return any(
        jobs & view.occupations(r) and not more(r) and level <= set(normalise_title(r, view))
        for r in table_rows(index, i)
    )


# A row's job, and the jobs it is over or of: "Supervisors of Cooks", "Managers of
# Retail Stores", "Trainers of Guide Dogs".
_OF_ROW = re.compile(r"^(?P<head>.+?)\s+of\s+(?P<tail>.+)$", re.IGNORECASE)


def _head_of_row(row: str) -> str:
    """The words of a row naming its own job: before an "of" naming whom it works over
    ("First-Line Supervisors" of "First-Line Supervisors of Cooks"), else the row."""
    found = _OF_ROW.match(row.strip())
    return found.group("head") if found else row


def _over_own_row(index: EvidenceIndex, i: int, jobs: set[str], view: ArticleView) -> bool:
    """True when table cell ``i``'s row names the side's job only after an "of" and
    another job before it ("Supervisors of Janitorial Workers" for "the median
    janitor"): the row is the supervisors' pay, and a row of its table heads with the
    side's job ("Janitors and Cleaners"): that row is the side's."""
    row = _row_of(index, i)
    head = _head_of_row(row)
    if head == row or not view.occupations(head) or jobs & view.occupations(head):
        return False
    return any(r != row and jobs & view.occupations(_head_of_row(r)) for r in table_rows(index, i))


# A column of what was paid before a change ("Previous rate", "Old scale", "Rate before
# 1 April"), and a side's word asking for that.
_EARLIER_WORD = re.compile(rf"\b(?:{EARLIER_WORDS}|before|until|pre-\w+)\b", re.IGNORECASE)
# A column of how much an amount changed ("Increase", "Rise", "Change"), and a side's
# word asking for that.
_CHANGE_WORD = re.compile(
    r"\b(?:increases?|rises?|raises?|changes?|differences?|gains?|uplifts?)\b", re.IGNORECASE
)
# A side that names no earlier time nor a change is read from the column of what is paid
# now, not the one of what was paid before the latest change or of how much it changed.
EARLIER_COLUMN_PENALTY = 30


# A side that is a floor or a ceiling by name ("the national floor", "the statutory
# minimum", "the cap on fees").
_FLOOR_SIDE = re.compile(r"\b(?:floors?|minimum|minima|threshold)\b", re.IGNORECASE)
_CEILING_SIDE = re.compile(r"\b(?:ceilings?|caps?|maximum|maxima)\b", re.IGNORECASE)


def _other_jobs_entry(index: EvidenceIndex, i: int, side_jobs: set[str], view: ArticleView) -> bool:
    """True when page sentence ``i`` is an entry of a list of other jobs: a "similar
    jobs" box (jobs like the page's, often other employers'), or the employer's list of its
    other openings on a posting whose own title names the side's job (the posting is then
    the side's figure; an entry of the list is another grade or team of that job)."""
    role = index.sentences[i].sentence.role
    if role == "similar-jobs":
        return True
    if role != "openings" or not side_jobs:
        return False
    title = posting_title(index, index.sentences[i].page, view)
    return bool(title) and bool(jobs_named(title or "", view) & side_jobs)


def _against_newcomer(claim: Claim, left: SideValue, rights: list[SideValue]) -> SideValue:
    """The left side of a comparison with a newcomer to its job ("a qualified welder earns
    a third more than a trainee") read at the top of the scale whose bottom the newcomer
    is paid: a side naming no end of the range both are read from is someone past the
    start of it, and the whole range against its own bottom says nothing."""
    found = _RANGE_END.search(str(claim.fields.get("right", "")))
    amount = left.amount
    if (
        found is None
        or not found.group("low3")
        or left.end is not None
        or _RANGE_END.search(str(claim.fields.get("left", "")))
        or amount.low is None
        or amount.high is None
        or amount.low >= amount.high
    ):
        return left
    bottom = any((v.source, v.at) == (left.source, left.at) and v.end == "low" for v in rights)
    if not bottom:
        return left
    return replace(left, amount=replace(amount, low=amount.high), end="high")


def _bounds_named(claim: Claim, side: str, values: list[SideValue]) -> list[SideValue]:
    """A side that names a floor or a ceiling is the bound itself: "at least R$3,900 a
    month", said of the carers' floor, puts the floor at R$3,900, not at R$3,900 or more;
    "up to €9,000", said of a cap, puts it at €9,000."""
    text = str(claim.fields.get(side, ""))
    floor, ceiling = bool(_FLOOR_SIDE.search(text)), bool(_CEILING_SIDE.search(text))
    if floor == ceiling:
        return values
    out = []
    for v in values:
        low, high = v.amount.low, v.amount.high
        if floor and low is not None and high is None:
            v = replace(v, amount=replace(v.amount, high=low))
        elif ceiling and high is not None and low is None:
            v = replace(v, amount=replace(v.amount, low=high))
        out.append(v)
    return out


def _column_is(index: EvidenceIndex, i: int, words: re.Pattern[str]) -> bool:
    """True when table cell ``i``'s column header has one of ``words``."""
    fact = index.sentences[i].fact
    if fact is None or fact.kind != "cell":
        return False
    return bool(words.search(str(fact.data.get("column", ""))))


def _column_total(index: EvidenceIndex, i: int, side: str) -> int:
    """1 when a table cell's column holds a total and the side names no part of it:
    someone's "pay" is the whole of it, not the salary or stock-award column; -1 when
    the column holds one part of pay (bonuses, overtime) the side does not name; else 0."""
    fact = index.sentences[i].fact
    if fact is None or fact.kind != "cell":
        return 0
    column = str(fact.data.get("column", ""))
    # Columns by sex ("Men", "Women", "Both sexes") divide a side that names neither:
    # its figure is the column of everyone.
    sexes = {w.lower() for w in _SEX.findall(column)}
    if sexes:
        named = {w.lower() for w in _SEX.findall(side)}
        if named:
            return 1 if named <= sexes else -1
        return 1 if _BOTH_SEXES.search(column) else -1
    if _EVERYONE.search(column) and not _SEX.search(side):
        return 1
    if _TOTAL.search(column):
        parts = set(keywords(_TOTAL.sub(" ", column)).split())
        return 0 if parts & set(keywords(_TOTAL.sub(" ", side)).split()) else 1
    said = {keywords(m.group(0)) for m in _PART.finditer(side)}
    found = {keywords(m.group(0)) for m in _PART.finditer(column)}
    return -1 if found and not found & said else 0


def column_typical_of(index: EvidenceIndex, i: int) -> bool:
    """True when entry ``i`` is a table cell of a median or an average."""
    return bool(_column_typical(index, i))


def _column_typical(index: EvidenceIndex, i: int) -> bool | None:
    """Whether a table cell's column holds a median or an average (None: not a cell);
    a key figure, which has no column, says so in its label."""
    fact = index.sentences[i].fact
    if fact is None or fact.kind != "cell":
        return None
    header = fact.data.get("column") or fact.data.get("row", "")
    return bool(_TYPICAL_COLUMN.search(str(header)))


# Scoring a reading of one side (added to the candidate's 0-100 likeness):
SHARED_ORG_BONUS = 20  # naming the side's organisation is the surest sign of the same subject
PER_SHARED_WORD = 5  # each further word of the side's, a weaker sign
BOTH_ENDS_BONUS = 10  # a figure with both ends says more than "up to"
SAME_PERIOD_BONUS = 15  # pay per hour is not pay per year: the side's own period wins
# A side naming an end of a range ("the top of the scale") read from the column of that
# end ("maximum") rather than a column of whole ranges.
SAME_END_BONUS = 15
MAJORITY_BONUS = 15  # "most workers" is read from a median or a share, not a single case
# An amount the article itself states for a side stands as certain as a cited fact.
ARTICLE_AMOUNT_SCORE = 100.0
# An earlier claim of the article about the same subject: below any reading from evidence
# that shares an organisation, raised by each shared word and more by each shared name.
EARLIER_CLAIM_BASE, EARLIER_PER_WORD, EARLIER_PER_NAME = 50.0, 10, 20
# Evidence and article may round the same amount apart by this share ("$1.2 million",
# "$1,180,000"); beyond it they are different amounts.
SAME_AMOUNT_TOLERANCE = 0.05
# Two sides of "N times" overlapping within this share are one sum read twice.
SAME_SUM_TOLERANCE = 0.02
# "N times" with N within these bounds says the sides are about equal, not set apart.
NEAR_EQUAL_FACTORS = (0.8, 1.25)
# The chosen reading of a side is evidence at this weight; other readings agreeing with
# the outcome at the lower one (they might be of something else).
CHOSEN_READING_WEIGHT, OTHER_READING_WEIGHT = 0.9, 0.6
# A source making the same comparison in words, or a supported claim a side rests on,
# backs the claim less surely than the amounts themselves.
STATED_COMPARISON_WEIGHT = 0.7


def _stated(cand: Candidate, stance: Stance, why: str) -> Assessment:
    """A source sentence that states the claim's comparison itself, weighed as such."""
    return Assessment(cand.index, stance, STATED_COMPARISON_WEIGHT, cand.score, why)


# Readings of each side examined for further evidence: beyond three they are weak matches.
READINGS_AS_EVIDENCE = 3


def _as_written(own: Amount, claimed: Amount, found: Amount) -> bool:
    """True when ``found`` is the figure a side states (``own`` as written, ``claimed``
    as a year's) to within the rounding of its last digit, not merely near it."""
    if not claimed.is_point or not found.is_point or own.low is None:
        return False
    return claimed.widened(_rounding(own.low)).overlaps(found)


def _widened(amount: Amount) -> Amount:
    """An amount the article states, widened by what rounding allows another writer: a
    duration by a day or a small share (as a date claim is judged), others by
    :data:`SAME_AMOUNT_TOLERANCE`."""
    if _kind(amount) == DAYS and amount.low:
        return amount.widened(max(DURATION_SHARE_SLACK, DURATION_DAYS_SLACK / amount.low))
    return amount.widened(SAME_AMOUNT_TOLERANCE)


# Who reports a figure, named in a side ("the $50,120 median published by the Harbour
# Pay Office", "the average according to Statistics Ruritania"): the
# source of the figure, not whose it is, so no name a cited table must have.
_ATTRIBUTION = re.compile(
    r"\b(?:(?:as\s+)?(?:reported|published|compiled|released|estimated|calculated|cited|"
    r"recorded|measured|counted|given|set\s+out)\s+by|according\s+to)\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w.&’'-]*)(?:\s+(?:(?:of|and|&|the|de|für|für)\s+)*(?-i:[A-Z][\w.&’'-]*))*",
    re.I,
)


def unattributed(side: str) -> str:
    """A side's words without who reports its figure (:data:`_ATTRIBUTION`)."""
    return _ATTRIBUTION.sub(" ", side)


# A name a side sets aside: "outside Lyon", "excluding Tokyo", "other than Porto".
_EXCLUDED = re.compile(
    r"\b(?:outside(?:\s+of)?|excluding|except(?:\s+for)?|other\s+than|apart\s+from|"
    r"beyond|without)\s+(?:the\s+)?((?-i:[A-Z][\w.&’'-]*)(?:\s+(?-i:[A-Z][\w.&’'-]*))*)",
    re.I,
)


def without_excluded(side: str) -> tuple[str, list[str]]:
    """A side's words without the names it sets aside (:data:`_EXCLUDED`), and those
    names."""
    left_out = [m.group(1) for m in _EXCLUDED.finditer(side)]
    return _EXCLUDED.sub(" ", side), left_out


def _names_in(text: str) -> list[str]:
    """The names in capitals a side gives: "the Tribune's", "pilots at Norrland Air"."""
    return re.findall(r"\b[A-Z][\w-]+(?=['’]s\b)|(?<=\s)[A-Z][\w-]+", text)


def _headed_by_other(index: EvidenceIndex, i: int, own: list[str], other: set[str]) -> bool:
    """True when prose entry ``i`` names none of a side's names, and its page's title
    names the other side's and not this side's: a sentence naming neither side speaks of
    whom its page is about, though it may name this side further down."""
    s = index.sentences[i]
    title = index.pages[s.page].title or ""
    if not own or not other or not title:
        return False

    def says(text: str, name: str) -> bool:
        # As a word of its own ("Air" is not in "Fair pay"), or by an organisation's alias.
        return bool(re.search(rf"\b{re.escape(name)}\b", text, re.I)) or name in (
            index.extractor.sentence_orgs(text, index.context(s.page))
        )

    if any(says(t, n) for n in own for t in (s.text, title)):
        return False
    return any(says(title, n) for n in other)


def _names_any(names: list[str], text: str) -> bool:
    """True when ``text`` names any of ``names`` as a whole word."""
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I) for n in names)


def _names_missing(
    side: str,
    cell: str,
    synonyms: Mapping[str, set[str]],
    nationalities: frozenset[str] = frozenset(),
) -> bool:
    """True when a side names someone (a capitalised word after its first, an owner
    before "'s", or a people's adjective opening it: "Danish nurses") that a table
    cell's headers do not, in its words or in others the lexicon gives ("French" is the
    row "France"): the cell is about others."""
    # A possessive opening the side names its owner ("Tarn's dockers"), as a word in
    # capitals after the first does; so does a people's adjective opening it, where a
    # first word is otherwise the sentence's capital only.
    names = re.findall(r"(?<=\s)([A-Z][a-z]+)|^\W*([A-Z][a-z]+)(?=['’]s\b)", side)
    names = [a or b for a, b in names]
    first = re.match(r"\W*([A-Z][a-z]+)\b", side)
    if first and first.group(1).lower() in nationalities and first.group(1) not in names:
        names.append(first.group(1))
    lowered = cell.lower()
    return any(
        all(w not in lowered for w in {n.lower(), *synonyms.get(n.lower(), ())}) for n in names
    )


def _named_by(index: EvidenceIndex, s: SourceSentence) -> str:
    """Where the names a page fact is about stand: a cell's own headers and the page's
    title and headline; for a posting's pay, the whole posting (its employer is named
    anywhere on it, or in its address)."""
    page = index.pages[s.page]
    if s.fact is not None and s.fact.kind == "pay":
        return f"{page.url} {page.title or ''} {page.text}"
    if s.fact is not None and s.fact.kind == "cell":
        # A statistics page names the place or body its tables are of atop the page.
        headings = " ".join(f.text for f in page.facts.of("title"))
        return f"{s.text} {page.title or ''} {headings}"
    return s.text


def _rows_unnamed(
    claim: Claim, left: SideValue, right: SideValue, index: EvidenceIndex, view: ArticleView
) -> bool:
    """True when the two sides are read from two rows of one table column and neither
    side names its row (:func:`_names_row`): the rows were come upon, not named ("the
    night crews earn half what the day crews do" against a table whose rows are
    regions), and the two figures are no measure of the claim."""
    if not _side_by_side(left, right, index) or left.source == right.source:
        return False
    assert left.source is not None and right.source is not None
    one, other = index.sentences[left.source].fact, index.sentences[right.source].fact
    assert one is not None and other is not None
    return (
        one.data.get("column") == other.data.get("column")
        and _row_of(index, left.source) != _row_of(index, right.source)
        and not _names_row(claim, "left", left, index, view)
        and not _names_row(claim, "right", right, index, view)
    )


def _ranks(words: set[str], view: ArticleView) -> set[str]:
    """The words of ``words`` (keywords) that rank a job: "senior", "deputy", "chief"."""
    ranks = {keywords(w) for w in view.knowledge.seniority if " " not in w and w not in _NOT_RANKS}
    return words & ranks


# Seniority words that as often name people or a trade of their own ("warehouse staff",
# "team lead", "graduate", "school principal"): no rank that tells two sides apart.
_NOT_RANKS = frozenset(
    {"staff", "group", "lead", "graduate", "associate", "executive", "principal"}
)


def _names_row(
    claim: Claim, side: str, value: SideValue, index: EvidenceIndex, view: ArticleView
) -> bool:
    """True when a side names the row of the table cell it was read from, in its words
    or in the lexicon's others."""
    assert value.source is not None
    text = str(claim.fields.get(side, ""))
    row = _row_of(index, value.source)
    said = words_of(text) | synonym_words(text, view.knowledge.synonyms)
    if words_of(row) & said:
        return True
    # A job names the row of its trade or its work ("inspectors" and "Quality
    # control"), or the row the page calls its workers by.
    row_words = set(keywords(row).split())
    for job in jobs_named(text, view):
        stem = keywords(job)
        if ({stem, trade_of(stem)} | activities_of(stem)) - {""} & row_words or _row_calls(
            index, value.source, stem
        ):
            return True
    return False


def _in_named_row(
    claim: Claim,
    left: SideValue,
    rights: list[SideValue],
    index: EvidenceIndex,
    view: ArticleView,
) -> list[SideValue]:
    """The right side's readings, its reading from the left's table row first when the
    two sides are told apart by the table's columns and only the left names its row:
    in "migrant cooks in hotels earn half what their local colleagues do" the hotels'
    row holds both figures, the "local" column the colleagues'. A right side naming a
    row of its own keeps it."""
    if not rights or left.source is None or rights[0].source is None:
        return rights
    right = rights[0]
    assert right.source is not None
    if (
        not same_table(index, left.source, right.source)
        or _row_of(index, left.source) == _row_of(index, right.source)
        or header_of(index, left.source) == header_of(index, right.source)
        or not _names_row(claim, "left", left, index, view)
        or _names_row(claim, "right", right, index, view)
    ):
        return rights
    row, column = _row_of(index, left.source), header_of(index, right.source)
    for v in rights:
        if (
            v.source is not None
            and same_table(index, left.source, v.source)
            and _row_of(index, v.source) == row
            and header_of(index, v.source) == column
        ):
            return [v, *(w for w in rights if w is not v)]
    return rights


def _likeness(left: SideValue, right: SideValue, index: EvidenceIndex) -> float:
    """How much a reading of the right side is read like the left's: from the same
    table column, or written in the same period."""
    if left.source is not None and right.source is not None:
        a, b = index.sentences[left.source], index.sentences[right.source]
        if (
            a.fact is not None
            and b.fact is not None
            and a.page == b.page
            and a.fact.where == b.fact.where
            and a.fact.data.get("column") == b.fact.data.get("column")
        ):
            return LIKE_FOR_LIKE_BONUS
    return LIKE_PERIOD_BONUS if left.stated and left.stated == right.stated else 0.0


# A side that only points back at an amount: "that", "this", "it", "the pay", "this
# salary", "that figure".
_BACK = re.compile(
    r"(?:it|this|that|which|(?:the|this|that|such\s+an?)\s+(?:pay|salary|wage|sum|figure|"
    r"amount|offer|rate|package)|an?\s+(?:sum|figure|amount)"
    # "..., which would be over twice ...": a side left with only the verb after
    # the relative word that opened it is that word's sum.
    r"|(?:would|will|could|might|may|should|must)\s+(?:(?:still|now|also|thus)\s+)?be)",
    re.IGNORECASE,
)
# A side left unsaid after "as much" or "that much": the sum before it.
_AS_MUCH = re.compile(r"(?:as|that)\s+much", re.IGNORECASE)
# How many sentences back a pointing side may reach; "that range" reaches past a
# sentence or two of comment to the last range given.
BACK_SENTENCES, BACK_RANGE_SENTENCES = 1, 3


# A side naming an end of a range the article just gave: "the upper end of that band",
# "only the floor of this scale".
_END_OF_BACK = re.compile(
    r"(?:(?:even|only|just|still)\s+)?(?:the\s+)?(?:top|bottom|upper\s+end|lower\s+end|"
    r"high\s+end|low\s+end|floor|ceiling)\s+of\s+(?:that|this|the|its|their)\s+"
    r"(?:range|band|scale|bracket|spread)",
    re.IGNORECASE,
)


# A pronoun for people ("they", "he", "she", "them"), and words saying a comparison is of
# what people are paid ("out-earn", "take home", "makes more").
# A word that only sets a pronoun off ("even they", "they, too") leaves it a pronoun.
_PEOPLE_BACK = re.compile(
    r"(?:(?:even|only|still|also)\s+)?(?:they|them|he|him|she|her)"
    r"(?:,?\s+(?:too|also|still|both|all|alone))?",
    re.IGNORECASE,
)
_OF_PAY = re.compile(
    r"\b(?:(?:out-?)?earn\w*|(?:takes?|taking|took)\s+home|take-home|paid|pay\w*|"
    r"salar(?:y|ies)|wages?|incomes?|earnings|(?:makes?|making|made)\s+(?:\w+\s+)?"
    r"(?:more|less))\b",
    re.IGNORECASE,
)


def points_back_to_people(text: str, comparison: str) -> bool:
    """True when a side is only a pronoun for people ("they", "he") and the comparison's
    words are of pay ("they out-earn roofers"): the people whose pay the article gave
    just before. In a comparison of anything else ("they built more homes") the last sum
    given may be of something else, and the pronoun stands for none."""
    return bool(_PEOPLE_BACK.fullmatch(text.strip()) and _OF_PAY.search(comparison))


def _pointed_back(
    claim: Claim, text: str, view: ArticleView, people: bool = False, whole: bool = False
) -> SideValue | None:
    """The amount a side that only points back stands for: the last sum of money the
    article gives before it, in the claim's sentence or the one before, with the claim
    that gives it (its verdict's evidence backs the side); for a side naming an end of
    that range ("the upper end of that band"), that end. With ``people``, a pronoun for
    people in a comparison of pay ("they earn less than ...") points back as well. With
    ``whole`` (the side names pay itself, "that basic wage"), or for people, a sum the
    article names as a part of pay ("plus a €200 meal allowance") is passed over."""
    ending = _END_OF_BACK.fullmatch(text.strip())
    # "Pharmacists take home more than twice as much": a bare "as much" is the last sum
    # the article gave, however many sentences of comment stand between.
    elliptic = _AS_MUCH.fullmatch(text.strip())
    back = (
        _BACK.fullmatch(text.strip())
        or elliptic
        or (people and points_back_to_people(text, claim.text))
    )
    if not back and not ending:
        return None
    found = None
    reach = BACK_RANGE_SENTENCES if ending or elliptic else BACK_SENTENCES
    for other in view.claims:
        if other.start >= claim.start:
            break
        if claim.sentence.index - other.sentence.index > reach:
            continue
        amount = _money_of(other.type, other.fields)
        if amount is not None and amount.currency != "%":
            if (whole or people) and _names_part(other, view):
                continue  # "that salary" is not the allowance paid beside it
            yearly = amount.per_year(view.knowledge)
            scale = other.type == "salary" and not amount.is_point
            # "around NT$2.5 million" spans its rounding, not a range of pay: "that
            # range" is the last range the article gave ("NT$47,500 to NT$61,000").
            ranged = scale and other.fields.get("kind") != "about"
            if ending and _end_of_range(text, yearly, open_end=True)[1] is None:
                continue  # "rising to $27.90" states no bottom for "that starting wage"
            if ranged or not ending:  # an end of one figure is no end of a range
                found = SideValue(
                    yearly, None, ARTICLE_AMOUNT_SCORE, other.id, stated=amount.period, scale=scale
                )
    if ending and found is not None:
        end, which = _end_of_range(text, found.amount, open_end=True)
        return replace(found, amount=end, scale=False, end=which)
    return found


# A left side naming an amount as a new or changed one after "that" or "this" ("That
# new floor", "this revised offer", "the higher rate"): the sum the article just gave.
_NAMED_BACK = re.compile(
    r"(?:the|this|that|these|those)\s+(?:(?:new|revised|improved|higher|lower|latest|"
    r"proposed|agreed|final|increased|raised|reduced|headline|basic|base)\s+){1,2}"
    r"(?:pay|salary|salaries|wages?|sum|figure|amount|offer|rate|package|floor|minimum|"
    r"ceiling|stipend|level|total|raise|rise|increase|award|settlement|price|fee|fare|"
    r"budget|bill|cost)",
    re.IGNORECASE,
)


# A left side naming an end of an amount after "that" or "this" ("That bottom rate",
# "this top figure", "that starting salary"): the end of the range the article just gave.
_NAMED_END_BACK = re.compile(
    r"(?:this|that)\s+(?:(?P<low>bottom|lowest|lower|starting|entry)|top|highest|upper)"
    r"(?:[\s-]+end)?(?:\s+(?:pay|salary|wage|rate|figure|step|point|level|sum|amount))?",
    re.IGNORECASE,
)


def _named_back(claim: Claim, text: str, view: ArticleView) -> SideValue | None:
    """For a left side naming a changed amount with its determiner ("That new floor is
    ..."; the side's words may have lost "That"), the last sum of money the article gave
    before it, as :func:`_pointed_back` reads "that figure". Only a left side: a right
    side so named may be the very sum the left side points at."""
    # The side may stand before the claim's words or open them ("That starting wage
    # is below ..." is read from "starting wage").
    before = claim.sentence.text[: claim.start - claim.sentence.start + len(text)]
    at = before.rfind(text)
    if at < 0:
        return None
    words = before[:at].split()
    phrase = (
        f"{words[-1]} {text}" if words and not text.lower().startswith(("the ", "th")) else text
    )
    end = _NAMED_END_BACK.fullmatch(phrase.strip())
    if end is not None:
        # "That bottom rate", "this top figure": an end of the range just given.
        which = "bottom" if end.group("low") else "top"
        return _pointed_back(claim, f"the {which} of that range", view)
    if not _NAMED_BACK.fullmatch(phrase.strip()):
        return None
    return _pointed_back(claim, "that figure", view, whole=bool(_OF_PAY_ITSELF.search(phrase)))


# A side naming pay itself ("that basic wage", "this new salary"), not some part of it.
_OF_PAY_ITSELF = re.compile(r"\b(?:pay|salary|salaries|wages?)\b", re.IGNORECASE)


def _names_part(other: Claim, view: ArticleView) -> bool:
    """True when the article names the sum of ``other`` as a part of pay paid on top of
    it ("a €200 meal allowance", "a signing bonus of $3,000"), not as pay itself."""
    text = other.sentence.text
    start = other.start - other.sentence.start
    part = pay_part(text, start, start + len(other.text), view.knowledge)
    return part is not None and not part.startswith("per ")  # a piece rate is pay


def _in_period(value: SideValue, other: SideValue, view: ArticleView) -> SideValue:
    """A sum stated with no period ("offered $1.75, under half the union's ask"), taken
    in the period the other side's figure was written in ("$4 an hour"): a comparison
    sets like against like. A source's sum written bare (a headline's "£9.40
    in the capital" beside a rate given an hour elsewhere) is taken so too; one the
    source gives a period for is read in that (``_paid_as_stated``)."""
    amount = value.amount
    if (
        (value.source is not None and value.stated is not None)
        or amount.period is not None
        or amount.currency in (None, "%", RATIO, DAYS)
        or not other.stated
        or other.amount.period != "year"
    ):
        return value
    return replace(value, amount=replace(amount, period=other.stated).per_year(view.knowledge))


def _paid_as_stated(value: SideValue, other: SideValue, view: ArticleView) -> SideValue:
    """A source's sum read as the article wrote it, with no period, though the source
    gives one (``stated``), taken in that period as a year's pay when the other side is
    a year's pay; as written against a sum with no period."""
    amount = value.amount
    if (
        value.source is None
        or amount.period is not None
        or value.stated is None
        or other.amount.period != "year"
    ):
        return value
    return replace(value, amount=replace(amount, period=value.stated).per_year(view.knowledge))


def _where(value: SideValue, index: EvidenceIndex) -> str:
    """Where a side's amount stands, for the rationale: the table cell under its headers,
    the page fact, the page, or the article's own claim."""
    if value.source is None:
        return " (the article's own figure)"
    s = index.sentences[value.source]
    if s.fact is None:
        return f" ({index.url(value.source)})"
    if s.fact.kind == "cell":
        row, column = s.fact.data.get("row", ""), s.fact.data.get("column", "")
        if not column:  # a key figure under its label
            return f" ({s.fact.where}: “{row}”)"
        return f" ({s.fact.where}, row “{row}”, column “{column}”)"
    if s.fact.kind == "pay":
        # Whose pay: the posting's own title ("Grid Capacity Planner posting, pay block").
        title = next((f.text for f in index.pages[s.page].facts.of("title")), None)
        if title:
            return f" (the “{title}” posting, {s.fact.where})"
    return f" ({s.fact.where})"


def _columns_read(columns: dict[str, str]) -> str:
    """Which column of a table both sides were read from, and why."""
    why = {
        "named": "the one the claim names",
        "latest year": "the latest year",
        "typical": "the table's typical figure for both rows",
        "left": "the first side's, for both rows",
    }
    return "".join(
        f" Both sides are read from the {line}, {why.get(reason, reason)}."
        for line, reason in sorted(columns.items())
    )


def _tabled_reason(
    claim: Claim,
    found: TableSides,
    outcome: bool,
    said: str,
    index: EvidenceIndex,
    apart_by: Mapping[str, Any] | None = None,
) -> str:
    """The rationale of a comparison read from one table's two rows (or columns)."""
    fact = index.sentences[found.left].fact
    where = fact.where if fact is not None else "table"
    header = "row" if found.axis == "row" else "column"
    other = "column" if found.axis == "row" else "row"

    def named(i: int) -> str:
        f = index.sentences[i].fact
        return str(f.data.get(found.axis, "")) if f is not None else ""

    left, right = found.left_amount, found.right_amount
    actual = ComparisonComparator._actual(left, right)
    relation = str(claim.fields.get("relation"))
    chosen = {
        "named": "the one the sentence names",
        "latest year": "the latest year",
        "typical": "the table's typical figure",
        "years": "the line the side names, in each side's year, else the latest",
    }.get(found.why, "the one both sides have a figure in")
    tail = _tolerance(relation, precise=True, factor=claim.fields.get("factor"))
    if apart_by:
        way = "below" if relation in ("less", "much_less") else "above"
        said = way
        gap = gap_between(relation, left, right)
        actual = f"{_apart(gap) if gap else 'an unknown sum'} {way}"
        tail = (
            f" by {_apart(fields_amount(apart_by))} (a bare sum allowing "
            f"{DIFFERENCE_TOLERANCE:.0%} either way)"
        )
    under = f"both under the {other} “{found.measure}” ({chosen})"
    if found.right_measure is not None:
        under = (
            f"under the {other}s “{found.measure}” and “{found.right_measure}”, the one each "
            "side names"
        )
    return (
        f"The {where} ({index.url(found.left)}) gives “{claim.fields.get('left')}” as its "
        f"{header} “{named(found.left)}”, {left.describe()}, and “{claim.fields.get('right')}” "
        f"as its {header} “{named(found.right)}”, {right.describe()}, {under}: the first is "
        f"{actual} the second, "
        f"{'so it is' if outcome else 'so it is not'} {said} it{tail}."
    )


# A figure as a page writes it: "62,500", "48.75", "1240".
_WRITTEN_FIGURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
# How far a source's figure may be from the article's to be the same figure written.
SAME_FIGURE_SLACK = 0.001
# How near before a figure "from" must stand for it to be where a change started.
FROM_REACH = 12


def _written_figure(claim: Claim, side: str, value: SideValue, view: ArticleView) -> float | None:
    """The one figure the article wrote for a side: the side's own ("the old $42.10
    rate"), else the one of the claim it points back to ("a figure" after "$48.75 an
    hour")."""
    stated = claim.fields.get(f"{side}_amount")
    if stated and stated.get("min") is not None and stated.get("min") == stated.get("max"):
        return float(stated["min"])
    other = next((c for c in view.claims if c.id == value.via), None) if value.via else None
    amount = _money_of(other.type, other.fields) if other is not None else None
    if amount is not None and amount.is_point and amount.low is not None:
        return float(amount.low)
    return None


def stated_together(
    claim: Claim, left: SideValue, right: SideValue, index: EvidenceIndex, view: ArticleView
) -> int | None:
    """A source sentence holding both figures the article gave its sides ("rises from
    $55,800 to $62,500" for "the new $62,500 minimum is about 12% higher than the old
    $55,800 floor"): the sources state both, and the relation is then read on them. A
    side naming where a change started ("the old rate") must be the figure the sentence
    has after "from", when it has one; None when no sentence holds both."""
    figures = [
        _written_figure(claim, side, value, view)
        for side, value in (("left", left), ("right", right))
    ]
    if None in figures or figures[0] == figures[1]:
        return None
    ends = [change_side(str(claim.fields.get(side, ""))) for side in ("left", "right")]
    for i, s in enumerate(index.sentences):
        found: list[int | None] = [None, None]
        for m in _WRITTEN_FIGURE.finditer(s.text):
            number = float(m.group().replace(",", ""))
            for k, figure in enumerate(figures):
                assert figure is not None
                if found[k] is None and abs(number - figure) <= SAME_FIGURE_SLACK * figure:
                    found[k] = m.start()
        if None in found:
            continue
        if "before" in ends and re.search(r"\bfrom\b", s.text, re.IGNORECASE):
            at = found[ends.index("before")]
            assert at is not None
            if not re.search(r"\bfrom\b", s.text[max(0, at - FROM_REACH) : at], re.IGNORECASE):
                continue  # the side's "old" figure is where the change went to
        return i
    return None


# A verb that ranks one side against the other without saying in what: "trail",
# "lag behind", "outstrip", "top", "fall short of".
_RANKING_VERB = re.compile(
    r"\b(?:trail\w*|lag\w*|outstrip\w*|outpac\w*|tops?|topp\w+|beats?|beating|beaten|"
    r"exceed\w*|surpass\w*|outrank\w*|behind|ahead)\b",
    re.I,
)
# Words that say a comparison counts its sides ("outnumber", "there are more", "in
# number", "jobs"), or sets them apart by an adjective of its own ("more", "higher").
_COUNTED_OR_MEASURED = re.compile(
    r"\b(?:outnumber\w*|in\s+numbers?|numerous|many|few\w*|counts?|headcount|there\s+(?:are|were)|"
    r"jobs?|posts?|vacanc\w+|members\w*|hires?|hiring|more|less|greater|larger|bigger|"
    r"smaller|higher|lower|older|younger|longer|faster|slower)\b",
    re.I,
)


# A comma and a space after a side's name: what follows says more of it (", the busiest
# hub for Irish banks", ", the survey found"), and names no line of a table.
_CLAUSE_AFTER = re.compile(r",\s")


def _ranks_workers(claim: Claim, view: ArticleView) -> bool:
    """True when a comparison ranks two groups of workers by a verb alone ("stevedores
    trail forklift drivers", "welders now outstrip riggers"): it names no counted thing
    and no measure of its own, so what ranks workers is the figure a table gives both
    of them (a table of pay, as only figures of one currency or unit are read there)."""
    left, right = (str(claim.fields.get(side, "")) for side in ("left", "right"))
    if not (view.occupations(left) and view.occupations(right)):
        return False
    between = worded(claim).replace(left, " ").replace(right, " ")
    rest = claim.sentence.text.replace(left, " ").replace(right, " ")
    return bool(_RANKING_VERB.search(between)) and not _COUNTED_OR_MEASURED.search(rest)


def _naming_words(left: str, right: str, view: ArticleView) -> tuple[set[str], set[str]]:
    """The words that tell whom each side of a stated comparison is about. A side that
    stands for the other's subject ("their counterparts in Porto", "their peers",
    "colleagues elsewhere") shares the other's job: the job's words and the standing
    word name neither side, and what does is each side's place or kind ("Lisbon nurses"
    against "their peers in Porto": "lisbon" and "porto")."""
    words = [set(keywords(side).split()) for side in (left, right)]
    if any(w & STANDS_FOR_OTHER for w in words):
        jobs = set(keywords(" ".join(view.occupations(f"{left} {right}"))).split())
        words = [w - STANDS_FOR_OTHER - jobs for w in words]
    return words[0], words[1]


def _tabled_kind(claim: Claim) -> bool:
    """True for a comparison two table cells can decide before any side is read alone:
    a relation of levels ("more than", "twice"), or one apart by a sum of money."""
    apart_by = claim.fields.get("difference")
    return (
        str(claim.fields.get("relation")) in PHRASES
        and claim.fields.get("measure") is None
        and claim.fields.get("right") != BEFORE_CHANGE
        and (apart_by is None or apart_by.get("currency") not in (None, "%"))
    )


def _tabled_gap(gap: Amount, found: TableSides) -> Amount | None:
    """A stated gap between two table cells ("by about $230 a week") in the cells' own
    terms: a sum of money, paid in the period the cells are paid in (the cells' own, or
    the one their measure's header names), in their currency; a bare figure of a table
    whose header names its currency is in that currency. None when the gap is a share,
    or is paid in another period or currency than the cells."""
    if gap.currency in (None, "%", DAYS, COUNT):
        return None
    cells = {found.left_amount.currency, found.right_amount.currency}
    if len(cells) != 1:
        return None
    currency = next(iter(cells))
    if currency is None or currency == COUNT:
        return None
    if not currency.startswith(TABLED) and not currencies_meet(currency, gap.currency):
        # Cells in "pesos" (a word several currencies share) meet a gap in the one the
        # draft's sign names ("₱"); cells in another currency do not.
        return None
    period = found.left_amount.period or found.right_amount.period or measure_period(found.measure)
    if gap.period != period:
        return None
    return gap


def _tolerance(relation: str, precise: bool = False, factor: Any = None) -> str:
    """The tolerance a ratio was judged with, for the rationale."""
    if precise and relation in ("ratio_at_least", "ratio_at_most"):
        return " (both figures from one source, allowing only the rounding of their digits)"
    if relation == "ratio_at_least":
        return f" (allowing {1 - AT_LEAST_SLACK:.0%} for rounding)"
    if relation in ("ratio_about", "equal") and isinstance(factor, (int, float)):
        low, high = about_bounds(float(factor))
        if (low, high) != (factor * ABOUT_FACTOR_RANGE[0], factor * ABOUT_FACTOR_RANGE[1]):
            return (
                f" (within {low / factor:.3g} to {high / factor:.3g} times the stated factor: "
                f"its gap of {abs(factor - 1):.0%} within {GAP_SHARE_TOLERANCE:.0%} of itself)"
            )
    if relation in ("ratio_about", "equal"):
        below, above = ABOUT_FACTOR_RANGE
        return f" (within {below:g} to {above:g} times the stated factor)"
    if relation == "ratio_at_most":
        return f" (up to {ABOUT_FACTOR_RANGE[1]:g} times the stated factor)"
    return ""


def _in_line(
    values: list[SideValue], at: int, header: str, index: EvidenceIndex, axis: str = "column"
) -> list[SideValue] | None:
    """One side's readings with those from the table of entry ``at`` kept to one column
    (or row, by ``axis``); None when the side has no reading there (it keeps what it
    has)."""
    inside = [
        v
        for v in values
        if v.source is None
        or not same_table(index, v.source, at)
        or header_of(index, v.source, axis) == header
    ]
    if any(v.source is not None and same_table(index, v.source, at) for v in inside):
        return inside
    return None


# How many words a side must share with another column's header to name that column's
# measure rather than the one its reading stands under.
OTHER_MEASURE_WORDS = 2


def _other_measure(side: str, value: SideValue, index: EvidenceIndex) -> bool:
    """True when a side's reading is a table cell under a column whose header shares no
    word with the side, while another column of the table shares several: "the depot's
    waiting time per parcel" names the "Waiting time (min/parcel)" column, and a figure
    under "Share due to staffing (%)" in its row measures something else."""
    if value.source is None:
        return False
    header = header_of(index, value.source)
    if not header:
        return False
    words = words_of(side)
    if words_of(header) & words:
        return False
    return any(
        len(words_of(column) & words) >= OTHER_MEASURE_WORDS
        for column in table_columns(index, value.source)
        if column != header
    )


def _one_column(
    claim: Claim, lefts: list[SideValue], rights: list[SideValue], index: EvidenceIndex
) -> tuple[list[SideValue], list[SideValue], dict[str, str]]:
    """Both sides' readings from a table kept to one column (or one row). A table of
    several years (or measures the sentence tells apart) gives each side in the column,
    or row, the sentence names, else the latest year (:func:`shared_line`); two rows of
    one table (two jobs) are set side by side in one column, a median or average one
    when the table has it, else the left side's. Returns the readings and the lines
    kept to ("column “2023/24”"), with why."""
    chosen: dict[str, str] = {}
    sentence = claim.sentence.text
    sides = (str(claim.fields.get("left", "")), str(claim.fields.get("right", "")))
    for axis in ("column", "row"):
        for at in dict.fromkeys(
            v.source
            for v in (*lefts, *rights)
            if v.source is not None and header_of(index, v.source, axis) is not None
        ):
            assert at is not None
            shared = shared_line(index, at, sentence, sides, axis)
            if shared is None or f"{axis} “{shared[0]}”" in chosen:
                continue
            for values in (lefts, rights):
                kept = _in_line(values, at, shared[0], index, axis)
                if kept is not None:
                    values[:] = kept
                    chosen[f"{axis} “{shared[0]}”"] = shared[1]
    left, right = (lefts[0].source if lefts else None), (rights[0].source if rights else None)
    if left is None or right is None or not same_table(index, left, right):
        return lefts, rights, chosen
    column = header_of(index, left) or ""
    if chosen or _row_of(index, left) == _row_of(index, right):
        return lefts, rights, chosen
    typical = [
        c
        for v in (*lefts, *rights)
        if v.source is not None
        and same_table(index, v.source, left)
        and _TYPICAL_COLUMN.search(c := header_of(index, v.source) or "")
    ]
    if typical:
        column = typical[0]
    elif header_of(index, right) == column:
        return lefts, rights, chosen
    kept_left = _in_line(lefts, left, column, index)
    kept_right = _in_line(rights, left, column, index)
    if kept_left is None or kept_right is None:
        return lefts, rights, chosen
    chosen[f"column “{column}”"] = "typical" if typical else "left"
    return kept_left, kept_right, chosen


def _tabled_together(
    side: str,
    values: list[SideValue],
    others: list[SideValue],
    index: EvidenceIndex,
    view: ArticleView,
) -> list[SideValue]:
    """A side's readings with its row of the table the other side's best reading stands
    in put first, when its own best is not a table's cell: two groups of workers set side
    by side ("testers earn less than half what programmers do") are read from one survey,
    in one measure, not one from a table and the other from a single employer's posting.
    A side naming an organisation keeps its order: its figure is that employer's."""
    if not values or not others or others[0].source is None:
        return values
    first, other = values[0].source, others[0].source
    if first is not None and is_cell(index.sentences[first].fact):
        return values
    if not is_cell(index.sentences[other].fact):
        return values
    if view.orgs(side):
        return values
    tabled = [
        v
        for v in values
        if v.source is not None
        and is_cell(index.sentences[v.source].fact)
        and same_table(index, v.source, other)
        and _row_of(index, v.source) != _row_of(index, other)
    ]
    if not tabled:
        return values
    return [*tabled, *(v for v in values if v not in tabled)]


def same_unit(one: Amount, other: Amount) -> bool:
    """True when two sides' amounts can be set against each other as they stand: both
    shares, or sums that may be in one currency. A share is no sum of money ("the 7%
    raise" against "a $124,000 package"), and a sum in yen is not comparable with one in
    pounds until converted; an amount of unknown unit meets any."""
    if (one.currency == COUNT) != (other.currency == COUNT):
        return False  # a count of things is never set against a sum or a share
    if not one.currency or not other.currency:
        return True
    if (one.currency == "%") != (other.currency == "%"):
        return False
    return currencies_meet(one.currency, other.currency)


def _row_of(index: EvidenceIndex, i: int) -> str:
    fact = index.sentences[i].fact
    return str(fact.data.get("row", "")) if fact is not None else ""


def _stated_amount(claim: Claim, side: str, view: ArticleView) -> Amount | None:
    """The amount a side states in its own words, in the period it is paid in; None when
    it states none."""
    stated = claim.fields.get(f"{side}_amount")
    if not stated:
        return None
    own = fields_amount(stated)
    if own.period is None and own.currency and own.currency != "%":
        # "$23.33 an hour" in the side's words: pay, to compare as a year's. A side that
        # names no period is paid in the other side's ("$36.40 an hour, a third more
        # than the $27.10 in private firms"): a comparison sets like against like.
        other = "right" if side == "left" else "left"
        other_stated = claim.fields.get(f"{other}_amount")
        own = replace(
            own,
            period=_period_of(str(claim.fields.get(side, "")), view)
            or (fields_amount(other_stated).period if other_stated else None)
            or _period_of(str(claim.fields.get(other, "")), view)
            or _back_period(claim, other, view),
        )
    return own


def _back_period(claim: Claim, side: str, view: ArticleView) -> str | None:
    """The period of the sum a side points back to ("That is over double the €150 won
    last time": "That" is the "€380 a month" just given), for the other side's sum."""
    if claim.fields.get(f"{side}_amount"):
        return None
    back = _pointed_back(claim, str(claim.fields.get(side, "")), view, people=side == "left")
    return back.stated if back is not None else None


def _article_change(claim: Claim, view: ArticleView) -> Amount | None:
    """The figure a change the article states just before a comparison moved to ("the
    fee dropped to $2.50 from $3.10. So the new fee is 60 cents lower than the old
    one"): in the claim's sentence before it, else in the sentence before; None when
    neither states one."""
    i = claim.sentence.index
    own = claim.sentence.text[: claim.start - claim.sentence.start]
    before = view.sentences[i - 1].text if 0 < i <= len(view.sentences) else ""
    for text in (own, before):
        found = changes_in(text, view.extractor, view.ctx)
        if found:
            return found[-1][1]
    return None


def _source_change(
    claim: Claim, side: str, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
) -> tuple[Amount, Amount, Candidate, int] | None:
    """For a comparison of an amount against what it was before a change, the change a
    source states that ends at the amount now, as (from, to, its sentence, where the
    "from" figure stands). The amount now is what the later side states ("the agreed
    £236 rate"), else, for a side naming the later end ("the new floor") or pointing
    back ("That"), where the change the article just stated moved to. ``side`` is the
    earlier side's; None when the other side is no later amount or no source gives the
    change."""
    other = "right" if side == "left" else "left"
    if not earlier_side(str(claim.fields.get(side, ""))):
        return None
    after = _stated_amount(claim, other, view)
    other_text = str(claim.fields.get(other, "")).strip()
    if after is None and (change_side(other_text) == "after" or _BACK.fullmatch(other_text)):
        after = _article_change(claim, view)
    if after is None:
        return None
    # The sources are read whole, those the claim cites first: a change's sentence is
    # worded otherwise than "the new floor is 60 cents lower than the old one", and the
    # figure it must end at says which change it is.
    cited = view.primary.get(claim.id, set()) | view.carried.get(claim.id, set())
    pages = cited or set(range(len(index.pages)))
    for cand in with_cited(candidates, index, pages, None, sentences=True):
        s = index.sentences[cand.index]
        for before, now, at in changes_in(s.text, view.extractor, index.context(s.page)):
            if not same_unit(now, after) or not (
                replace(now, period=None)
                .widened(SAME_AMOUNT_TOLERANCE)
                .overlaps(replace(after, period=None))
            ):
                continue
            period = before.period or after.period
            return replace(before, period=period), replace(now, period=period), cand, at
    return None


def _before_change(
    claim: Claim, side: str, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
) -> SideValue | None:
    """For a side that is what an amount was before it changed ("the previous minimum",
    "the old rate", "the year before"), set against the amount it changed to, which the
    other side states or the article just gave: the figure a source says it changed
    from ("lifts the rate from $455 to $505", "now $505, up from $455", "fell to $505
    from $455", "$505 (2024: $455)"). None when the side is no earlier amount or no
    source gives the change."""
    found = _source_change(claim, side, candidates, index, view)
    if found is None:
        return None
    before, _, cand, at = found
    was = before.per_year(view.knowledge)
    return SideValue(was, cand.index, cand.score, stated=before.period, at=at)


def _after_change(
    claim: Claim, side: str, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
) -> SideValue | None:
    """For a side naming the later end of a change with no figure of its own ("the new
    floor"), set against the earlier end ("the old one"): the figure the source's
    change moved to, the same change :func:`_before_change` reads the other end of."""
    other = "right" if side == "left" else "left"
    if (
        claim.fields.get(f"{side}_amount")
        or change_side(str(claim.fields.get(side, ""))) != "after"
    ):
        return None
    found = _source_change(claim, other, candidates, index, view)
    if found is None:
        return None
    _, now, cand, _ = found
    return SideValue(now.per_year(view.knowledge), cand.index, cand.score, stated=now.period)


# Words joining two clauses that set one group's pay against another's: "A earn $X,
# while B earn $Y", "$X, compared with $Y under the agreement", "$X; B get $Y".
_SET_AGAINST = re.compile(
    r"\s*;\s*|\b(?:while|whereas|compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|"
    r"but|than)\b",
    re.IGNORECASE,
)
# Words of any clause about pay, which tell no group from another.
_PAY_WORDS = frozenset(
    keywords(
        "earn earns earned earning pay pays paid wage wages salary salaries hour hourly week "
        "weekly month monthly year annual average median typical get gets receive receives "
        "make makes made take home currently now per"
    ).split()
)
# How much better the two sides read in their own clauses than crossed over: each word a
# side shares with a clause counts one.
CLAUSE_PAIR_MARGIN = 2
# A side naming two things taken together: "Kelby and Orvell combined", "Tarn and Dunmore
# have together", "what the two ports handled between them" is no such side (no names).
_COMBINED = re.compile(
    r"^\s*(?:what\s+)?(?P<one>\S.*?)\s+and\s+(?P<two>\S.*?)\s+"
    r"(?:(?:have|has|had|do|did|does|handled|carried|employ|employed)\s+)?"
    r"(?:combined|together|put\s+together|between\s+them)\s*$",
    re.IGNORECASE,
)
# A pair of clauses that names both sides outranks every reading of a side alone.
CLAUSE_PAIR_SCORE = 1000.0


def _side_words(text: str, view: ArticleView) -> set[str]:
    """A side's words that tell whose figure it is: neither numbers nor words of pay."""
    plain = re.sub(r"\d[\d,.]*", " ", unattributed(text))
    return set(keywords(negotiating(plain, view)).split()) - _PAY_WORDS


def clause_pair(
    claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
) -> tuple[SideValue, SideValue] | None:
    """Both sides read from one source sentence that sets one group's pay against
    another's in two clauses ("A are paid $X, while B earn $Y", "$X, compared with $Y
    under the agreement"): each figure is the side whose words its own clause holds,
    when the sides read in their own clauses clearly better than crossed over. The
    sentence's own structure says whose each figure is; a reading of each side alone
    may take both from one clause, or one from another story."""
    sides = [str(claim.fields.get(side, "")) for side in ("left", "right")]
    words = [_side_words(t, view) for t in sides]
    if not all(words):
        return None
    best: tuple[int, tuple[SideValue, SideValue]] | None = None
    seen: set[int] = set()
    for cand in candidates:
        i = cand.index
        s = index.sentences[i]
        if i in seen or s.fact is not None:
            continue
        seen.add(i)
        money = [
            (a, at)
            for a, at in _amounts(index, i)
            if is_money(a.currency or "") and a.low is not None
        ]
        spans = _figure_spans(index, i)
        if len(spans) != 2 or not money:
            continue
        (_, b1), (a2, _) = spans
        joiner = _SET_AGAINST.search(s.text, b1, a2)
        if joiner is None:
            continue
        firsts = {(a, at) for a, at in money if at < b1}
        seconds = {(a, at) for a, at in money if at >= joiner.end()}
        if len({a for a, _ in firsts}) != 1 or len({a for a, _ in seconds}) != 1:
            continue
        first, second = min(firsts, key=lambda f: f[1]), min(seconds, key=lambda f: f[1])
        if not currencies_meet(first[0].currency, second[0].currency):
            continue
        # "$24.10 an hour, compared with $28.60 in ...": a sum written with no period
        # beside one written with a period is in that period.
        periods = {a.period for a, _ in (first, second)} - {None}
        if len(periods) > 1:
            continue
        if periods:
            period = periods.pop()
            first, second = ((replace(a, period=period), at) for a, at in (first, second))
        clauses = [
            set(keywords(s.text[: joiner.start()]).split()),
            set(keywords(s.text[joiner.start() :]).split()),
        ]
        score = [[len(w & c) for c in clauses] for w in words]
        straight = score[0][0] + score[1][1]
        crossed = score[0][1] + score[1][0]
        if straight >= crossed + CLAUSE_PAIR_MARGIN and score[0][0] and score[1][1]:
            order, margin = (first, second), straight - crossed
        elif crossed >= straight + CLAUSE_PAIR_MARGIN and score[0][1] and score[1][0]:
            order, margin = (second, first), crossed - straight
        else:
            continue
        k = view.knowledge
        left, right = (
            SideValue(a.per_year(k), i, CLAUSE_PAIR_SCORE + cand.score, stated=a.period, at=at)
            for a, at in order
        )
        if best is None or margin > best[0]:
            best = (margin, (left, right))
    return best[1] if best else None


def _tabled_outcome(claim: Claim, found: TableSides) -> tuple[TableSides, bool] | None:
    """Whether a comparison's relation holds between two table cells read as its sides
    (None when the cells cannot tell), with the cells."""
    relation = str(claim.fields.get("relation"))
    apart_by = claim.fields.get("difference")
    if apart_by and apart_by.get("currency") == COUNT:
        # Two counts apart by a number of things ("shrank by some 450"): the
        # cells, read in one unit, are apart by so many.
        apart = fields_amount(apart_by)
        if found.left_amount.currency != found.right_amount.currency:
            return None
        outcome = evaluate_difference(
            relation,
            replace(found.left_amount, currency=COUNT),
            replace(found.right_amount, currency=COUNT),
            apart,
        )
    elif apart_by:
        gap = _tabled_gap(fields_amount(apart_by), found)
        if gap is None:
            return None
        outcome = evaluate_difference(
            relation,
            replace(found.left_amount, currency=gap.currency, period=gap.period),
            replace(found.right_amount, currency=gap.currency, period=gap.period),
            gap,
        )
    else:
        factor = claim.fields.get("factor")
        outcome = evaluate(relation, found.left_amount, found.right_amount, factor, precise=True)
    return None if outcome is None else (found, outcome)


class ComparisonComparator:
    """Comparisons between amounts."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """Each side, with the organisations its words stand for."""
        out = []
        for side in ("left", "right"):
            text = str(claim.fields.get(side, ""))
            out.append(f"{text} {' '.join(view.orgs(text))}")
        return out

    def _combined(
        self,
        claim: Claim,
        side: str,
        candidates: list[Candidate],
        index: EvidenceIndex,
        view: ArticleView,
    ) -> list[SideValue] | None:
        """For a side naming two things taken together ("Kelby and Orvell combined",
        "what Tarn and Dunmore have between them"), the sum of the figures a source gives
        each, read in one column of one table (counts or sums, not shares); no reading
        when either has none there. None when the side names no two things together."""
        m = _COMBINED.match(str(claim.fields.get(side, "")))
        if m is None or not isinstance(claim.fields, ComparisonFields):
            return None
        parts = []
        for name in (m.group("one"), m.group("two")):
            alone = (
                replace(claim.fields, left=name, left_amount=None)
                if side == "left"
                else replace(claim.fields, right=name, right_amount=None)
            )
            one = replace(claim, fields=alone)
            values = self.side_values(one, side, candidates, index, view)
            best = next((v for v in values if v.source is not None and v.amount.is_point), None)
            if best is None:
                return []
            parts.append(best)
        first, second = parts
        assert first.source is not None and second.source is not None
        if (
            first.source == second.source
            or not same_table(index, first.source, second.source)
            or header_of(index, first.source) != header_of(index, second.source)
            or not same_unit(first.amount, second.amount)
            # Shares add up only as parts of one whole, which a column of them need not
            # be of the measure the sentence counts; sums and counts are read.
            or first.amount.currency == "%"
            or first.amount.low is None
            or second.amount.low is None
        ):
            return []
        total = first.amount.low + second.amount.low
        amount = replace(first.amount, low=total, high=total)
        return [replace(first, amount=amount, score=min(first.score, second.score))]

    def side_values(
        self,
        claim: Claim,
        side: str,
        candidates: list[Candidate],
        index: EvidenceIndex,
        view: ArticleView,
    ) -> list[SideValue]:
        """Amounts for one side, best first: read from the evidence about the same
        subject; else stated earlier in the article about it ("Okafor's pay" is the
        "$18.6 million" package named before); else the side's own amount."""
        k = view.knowledge
        stated = claim.fields.get(f"{side}_amount")
        text = str(claim.fields.get(side, ""))
        kind = claim_kind(claim, view)
        claimed = None
        own = _stated_amount(claim, side, view)
        if own is not None:
            claimed = own.per_year(k)
        elif (summed := self._combined(claim, side, candidates, index, view)) is not None:
            return summed
        elif (before := _before_change(claim, side, candidates, index, view)) is not None:
            return [before]
        elif (later := _after_change(claim, side, candidates, index, view)) is not None:
            return [later]
        elif kind == DAYS:
            claimed = _stated_duration(claim, text, view)
        elif kind is None and (
            (back := _pointed_back(claim, text, view, people=side == "left")) is not None
            or (side == "left" and (back := _named_back(claim, text, view)) is not None)
        ):
            # "That is more than four times ...": the pay the article gave just before.
            return [back]
        cited = view.primary.get(claim.id, set())
        # Whose figure a side is, told by its names: not by who reports it.
        # A place or body the side leaves out ("outside Lyon", "excluding Tokyo") is no
        # name its figure must have: an entry naming it is the others'.
        named, left_out = without_excluded(unattributed(text))
        side_orgs = set(view.orgs(named))
        side_words = set(keywords(negotiating(re.sub(r"\d[\d,.]*", " ", text), view)).split())
        # "mine workers", "farm staff": the work they do names an industry's row
        # ("Mining", "Farming").
        side_words |= {doing(w) for w in side_words} - {""}
        side_jobs = jobs_named(text, view) | _posted_jobs(text, index, view)
        apart_by = claim.fields.get("difference")
        money_apart = apart_by is not None and apart_by.get("currency") not in (None, "%")
        found_end = _RANGE_END.search(text)
        newcomer = bool(found_end and found_end.group("low3"))
        side_end = _end_named(found_end)
        # A side naming the end of a range in so many words ("the floor of the scale").
        end_named = bool(found_end and (found_end.group("low") or found_end.group("high")))
        if not side_jobs and side == "right" and newcomer:
            # "... more than a new hire": a newcomer to the left side's job.
            left = str(claim.fields.get("left", ""))
            side_jobs = jobs_named(left, view) | _posted_jobs(left, index, view)
        side_stems = {job: keywords(job) for job in side_jobs}
        # "a nurse manager" is a manager: a posting is the side's only for the head job.
        head_jobs = _heads_only(side_jobs, text)
        # Two sides of one occupation ("registered nurses" and "licensed practical
        # nurses", "a tram driver" and "a bus driver") are told apart by the words only
        # one of them has: an entry for this side must have one of its own.
        other_text = str(claim.fields.get("left" if side == "right" else "right", ""))
        own_words: set[str] = set()
        if side_jobs and side_jobs & jobs_named(other_text, view):
            own_words = (
                set(keywords(_RANGE_END.sub(" ", _TYPICAL.sub(" ", text))).split())
                - set(keywords(other_text).split())
                - {keywords(j) for j in side_jobs}
            )
        side_names = _names_in(named)
        other_names = set(_names_in(unattributed(other_text))) - set(side_names)
        nationalities = frozenset(n.lower() for n in k.words("nationalities"))
        if side == "right" and _POSSESSIVE_START.match(text):
            # "her typical worker's pay": whose worker the left side names. A side naming
            # a place or name of its own ("their Dutch peers" of "nurses in Belgium") is
            # the same job elsewhere: the left side's names are the other group's.
            left = str(claim.fields.get("left", ""))
            if not side_names:
                side_words |= {keywords(w) for w in re.findall(r"\b[A-Z][\w’'.-]*", left)} - {""}
            side_orgs |= set(view.orgs(left))
        if side == "right" and _ONE.search(text):
            # "the final-year one": the left side's raise, at another step; its names
            # are the left side's own ("the Disney one" is not "the Prime Video job").
            left = _STEP.sub(" ", str(claim.fields.get("left", "")))
            left = " ".join(w for w in left.split() if not w[:1].isupper())
            side_words |= set(keywords(negotiating(re.sub(r"\d[\d,.]*", " ", left), view)).split())
        # The period the side is paid in, else the one the gap between the sides is
        # stated in ("trail them by about £14 a week": the weekly column).
        side_period = _period_of(text, view) or (
            str(apart_by["period"]) if apart_by and apart_by.get("period") else None
        )
        # A side naming nobody but the workforce at large ("the average worker", "the
        # typical employee's pay") is everyone, not a trade whose name has "workers".
        whole_workforce = bool(side_jobs) and _workforce_only(text, view)
        # The words of the sentence before the comparison: "At the top of its range, ...".
        lead = claim.sentence.text[: claim.start - claim.sentence.start]
        typical = bool(_TYPICAL.search(text))
        # A side that names a job ("an AI product manager") takes pay for that job only.
        side_title = normalise_title(text, view) if view.roles(text) else []
        # Table cells the side names by a header, the sentence by the other.
        other_side = str(claim.fields.get("left" if side == "right" else "right", ""))
        other_stated = claim.fields.get("left_amount" if side == "right" else "right_amount")
        # Counts are read only where the sides state no value of another kind.
        counting = (
            (claim.sentence.text, text)
            if kind is None and not stated and counts_things(claim)
            else None
        )
        tabled = text
        if counting and side == "right" and _POSSESSIVE_START.match(text):
            # "its 2029 tally": the row of whom the left side names, in another line.
            tabled = " ".join([*re.findall(r"\b[A-Z][\w’'.-]*", other_side), text])
        in_table = side_cells(tabled, claim.sentence.text, index, other_side)
        # A row of another kind of the side's job ("Marine Engineers" for "ship
        # engineers") is set aside only where the sources table the side's own kind:
        # a writer's "car assemblers" may be a table's "motor vehicle assemblers".
        kind_tabled = kind_in_tables(text, index, view)
        # "Teachers take home more than twice what a driver earns": levels of pay, which
        # a share ("Share of women (%)", a raise of 4%) never is.
        pay_levels = levels_of_pay(claim)
        # A sentence speaking of an earlier time ("under the previous order") reads a
        # column of what was paid before a change; any other reads the rates now.
        earlier_said = bool(_EARLIER_WORD.search(claim.sentence.text))
        # A comparison of levels, not of changes: a column of how much each row changed
        # ("Increase") is no side's level.
        levels = (
            claim.fields.get("measure") != "change"
            and claim.fields.get("right") != BEFORE_CHANGE
            and not _CHANGE_WORD.search(text)
        )
        # "The top of the band", "the bottom of that range": a side naming an end of a
        # range and nothing of whose it is speaks of the one posting its paragraph cites.
        posted = {
            index.sentences[c.index].page
            for c in candidates
            if (f := index.sentences[c.index].fact) is not None
            and f.kind == "pay"
            and index.sentences[c.index].page in cited
        }
        bare_end = end_named and not (side_orgs or side_names or side_jobs or stated)
        only_posting = next(iter(posted)) if bare_end and len(posted) == 1 else None
        # "The new minimum", "the old rate": which end of a change the side names.
        moved_end = change_side(text)
        values: list[SideValue] = []
        for cand in candidates:
            s = index.sentences[cand.index]
            # Prose is tied to the side's job by the titles around it; a cell or a
            # posting's pay by its row or posting title (below).
            prose = s.fact is None
            if prose and _other_jobs_entry(index, cand.index, side_jobs, view):
                continue  # a list of other jobs beside a posting is not the side's figure
            moves = (
                changes_in(s.text, view.extractor, index.context(s.page))
                if prose and moved_end
                else []
            )
            if side == "right" and s.fact is not None and s.fact.kind == "pay":
                # A right side naming a role its posting's title lacks ("the band ...
                # for a nurse manager" against an ICU nurse's posting) is another job.
                title = posting_title(index, s.page, view) or ""
                if title and view.roles(text) - view.roles(title):
                    continue
            if (
                prose
                and side_title
                and not about_same_job(index, cand.index, claim, side_title, None, view)
            ):
                continue
            if prose and _headed_by_other(index, cand.index, side_names, other_names):
                continue  # the Courier's story tells the Courier's figures, not the Tribune's
            jobs_text = _jobs_at(index, cand.index)
            found_jobs = view.occupations(jobs_text)
            if not found_jobs and is_cell(s.fact):
                # A table of one occupation by area or year names it in its caption or
                # atop the page ("Electricians: wages by metropolitan area"); a table of
                # industries names none, and its rows are everyone's pay there.
                found_jobs = view.occupations(_table_subject(index, cand.index))
            everyone = not found_jobs and is_cell(s.fact) and side_jobs <= _workforce(view)
            if (
                whole_workforce
                and is_cell(s.fact)
                and not is_total_row(_row_of(index, cand.index))
                and any(is_total_row(r) for r in table_rows(index, cand.index))
            ):
                continue  # "the average worker" is a table's row of everyone, not "Care workers"
            # A trade names its traders ("grocery chains" for "grocers"): a side's job
            # whose stem, or whose trade, the entry's words hold is named there. An entry
            # naming no occupation of its own names its workers by their work ("teaching
            # professionals" for teachers); one that names one ("teaching assistants")
            # is about those.
            if side_stems:
                entry_words = set(keywords(jobs_text).split())
                own_jobs = bool(view.occupations(jobs_text))
                # A row naming no occupation is named by the side's words in other
                # words too ("builders" and the row "Construction").
                said_otherwise = set() if own_jobs else synonym_words(text, k.synonyms)
                found_jobs |= {
                    j
                    for j, stem in side_stems.items()
                    if ({stem, trade_of(stem)} | (set() if own_jobs else activities_of(stem)))
                    - {""}
                    & entry_words
                    or (not own_jobs and _row_calls(index, cand.index, stem))
                    or said_otherwise & entry_words
                }
            # A count's cell is the side's by the row and column it names (below), whatever
            # trade its words hold ("the timber" of a sawmill's output). Only a cell that
            # holds a count: a row of pay named by a shared word ("ferry catering" for
            # "the average ferry engineer") is another trade's pay.
            counted_cell = (
                counting is not None
                and cand.index in in_table
                and count_in_cell(index, cand.index, *counting) is not None
            )
            if not everyone and not counted_cell and not same_jobs(side_jobs, found_jobs, view):
                continue  # a figure for other jobs: the side names its own
            if (
                s.fact is not None
                and s.fact.kind == "pay"
                and head_jobs != side_jobs
                and not same_jobs(head_jobs, found_jobs, view)
            ):
                continue  # a staff nurse's posting is not "a nurse manager"'s pay
            if side_jobs and _beside_own_row(index, cand.index, text, side_jobs, view):
                continue
            if side_jobs and is_cell(s.fact) and _over_own_row(index, cand.index, side_jobs, view):
                continue  # the row of those over the side's job, beside the job's own row
            if left_out and is_cell(s.fact) and _names_any(left_out, jobs_text):
                continue  # "a clerk outside Lyon" is not the Lyon column's
            if _percentile_column(index, cand.index) and not _PERCENTILE_SIDE.search(text):
                continue  # the tenth percentile is no group's pay; a side naming it reads it
            if (
                kind_tabled
                and s.fact is not None
                and not counted_cell
                and another_kind(text, _kind_text(index, cand.index, view), view)
            ):
                # "Hoist Operators" is no row of "tower crane operators"; a count's cell
                # is the side's by the row and column it names, whatever its kind words.
                continue
            if numbered_apart(text, jobs_text):
                continue  # "Band 6" is not the row for Band 7
            if is_cell(s.fact) and complement_named(
                text, s.text[: _value_start(index, cand.index)]
            ):
                continue  # the column "Non-resident" is not the residents' figure
            column_end = _column_end(index, cand.index)
            if side_end is not None and column_end is not None and column_end != side_end:
                continue  # a side at the top of its scale is not the column of minima
            if newcomer and column_typical_of(index, cand.index):
                # A newcomer is paid a scale's bottom, not the median or the mean of
                # everyone in the job.
                continue
            if own_words:
                entry = (
                    f"{jobs_text} {_table_subject(index, cand.index) if is_cell(s.fact) else ''}"
                )
                entry_words = set(keywords(entry).split()) | synonym_words(entry, k.synonyms)
                if not own_words & entry_words:
                    continue  # the other side's job, or one of them both
            # A table row naming the side's occupation says whose figure it is.
            # A table row, or a posting's title, naming the side's occupation says whose
            # figure it is ("the planner" and a posting for a Grid Capacity Planner).
            row_named = (
                s.fact is not None and s.fact.kind in ("cell", "pay") and side_jobs & found_jobs
            ) or (s.page == only_posting and s.fact is not None and s.fact.kind == "pay")
            column_typical = _column_typical(index, cand.index)
            for amount, start in _amounts(index, cand.index, counting, pay=pay_levels):
                if _kind(amount) != kind:
                    continue  # a ratio is read only for a ratio, a duration for one
                if moves and moved_end and (moved := change_end(amount, moves, moved_end)):
                    # "rises from $2,300 to $2,450": no range, a level that moved; "the
                    # new minimum" is where it moved to, "the old one" where it started.
                    amount = moved
                if money_apart and amount.currency == "%":
                    continue  # sides set apart by a sum of money are no shares
                if pay_levels and amount.currency == "%":
                    continue  # a share of the workforce, or a change, is no one's pay
                subject = _subject(index, cand.index, start)
                if is_money(amount.currency or "") and another_part(
                    text, _said_before(index, cand.index, start)
                ):
                    continue  # "basic pay" is not total earnings with allowances, nor back
                subject_orgs = set(view.extractor.parsers.org_names(subject, index.context(s.page)))
                shared_orgs = side_orgs & subject_orgs
                shared_words = side_words & set(keywords(negotiating(subject, view)).split())
                step = step_agrees(text, index, cand.index, start) if prose else None
                if step is False:
                    continue  # "the third-year one" is not the first year's figure
                if step:
                    shared_words |= {"step"}
                if (s.fact is not None and s.fact.kind == "pay") or (prose and s.page in cited):
                    # A posting is one employer's, and a page the claim cites is about
                    # whom it names ("the company offered $1.75" on a page about
                    # Brightwater): its name anywhere on the page counts.
                    page_names = {keywords(n) for n in side_names if index.mentions(s.page, n)} - {
                        ""
                    }
                    shared_words |= page_names
                    if (
                        page_names
                        and (
                            _PAY_NOUN.search(text)
                            or (
                                s.fact is not None
                                and s.fact.kind == "pay"
                                and _JOB_NOUN.search(text)
                            )
                        )
                        and not _EXTRAS.search(text)
                        and (s.fact is not None or _PAY_NOUN.search(subject))
                    ):
                        # "The Lisbon rate", "Kestrel's pay band": a side naming pay by
                        # whose it is, on a page that names them, is the pay the page
                        # posts, or states as pay in its own words ("Salary from ...").
                        shared_words |= {"pay"}
                # An amount the article states (a duration, a share, a sum), found again
                # on the claim's own cited page, is the figure the writer took from
                # there (checked just below).
                confirmed = claimed is not None and s.page in cited
                named_cell = cand.index in in_table
                if amount.currency == COUNT and not named_cell:
                    continue  # a count is a side's only in the row and column it names
                if (
                    not shared_orgs
                    and len(shared_words) < 2
                    and not row_named
                    and not confirmed
                    and not named_cell
                ):
                    continue
                if s.fact is not None and (
                    (side_orgs and not shared_orgs)
                    or _names_missing(named, _named_by(index, s), k.synonyms, nationalities)
                ):
                    continue  # a national statistic is not "Riot's range"
                pay = s.fact is not None and s.fact.kind == "pay"
                if end_named and amount.low is not None and amount.low == amount.high:
                    continue  # "the floor of the scale" is an end of a range, not one figure
                found, end = _end_of_range(text, amount.per_year(k), lead, pay)
                if claimed is not None:
                    if (
                        claimed.period is None
                        and amount.period is not None
                        and not other_stated
                        and _widened(claimed).overlaps(amount)
                    ):
                        # "the minimum wage of R$1,621" and a page's "R$1,621 a month":
                        # the figure the writer took, as written, with the period the
                        # page pays it in (stated) for a year's pay on the other side to
                        # be set against; not when the other side states a sum of its
                        # own with no period.
                        found, end = _end_of_range(text, replace(amount, period=None), lead, pay)
                        if end is not None and not _widened(claimed).overlaps(found):
                            # "its ceiling of 46,000" is the top of a range of that top,
                            # not of any range the figure falls in.
                            continue
                    elif not _widened(claimed).overlaps(found) or (
                        claimed.is_point and (found.low is None or found.high is None)
                    ):
                        # The evidence must be about the thing the article sized; a
                        # bound alone ("up from CZK 20,100") is no reading of one sum.
                        continue
                    # Both bound the same amount: "six-figure" and "up to $900,000". Two
                    # figures only rounding apart ("$118,400" and "$117,680") share no
                    # value: the evidence's own figure stands.
                    both = found.intersect(claimed)
                    if both.low is None or both.high is None or both.low <= both.high:
                        found = both
                org_bonus = SHARED_ORG_BONUS if shared_orgs or named_cell else 0
                score = cand.score + org_bonus + PER_SHARED_WORD * len(shared_words)
                if side_end is not None and column_end == side_end:
                    score += SAME_END_BONUS
                if amount.low is not None and amount.high is not None:
                    score += BOTH_ENDS_BONUS
                if side_period and amount.period == side_period:
                    score += SAME_PERIOD_BONUS
                elif not side_period and amount.period in (None, "year"):
                    score += STATED_YEAR_BONUS
                if typical and _MAJORITY.search(subject):
                    score += MAJORITY_BONUS
                if column_typical is not None and column_typical != typical:
                    score -= MAJORITY_BONUS
                score += TOTAL_COLUMN_BONUS * _column_total(index, cand.index, text)
                if _column_is(index, cand.index, _EARLIER_WORD) and not earlier_said:
                    score -= EARLIER_COLUMN_PENALTY
                if levels and _column_is(index, cand.index, _CHANGE_WORD):
                    score -= EARLIER_COLUMN_PENALTY
                scale = s.fact is not None and s.fact.kind == "pay" and not found.is_point
                values.append(
                    SideValue(
                        found,
                        cand.index,
                        score,
                        stated=amount.period,
                        scale=scale,
                        at=start,
                        end=end,
                    )
                )
        values.sort(key=lambda v: (-v.score, v.source))
        if own is not None and claimed is not None:
            # The article's own figure found as written (the cell the writer took it
            # from) is the side's reading: a figure only near it is another row's, or
            # another year's, which a table's line of the other side must not put first.
            exact = [v for v in values if _as_written(own, claimed, v.amount)]
            values = exact or values
        if values:
            return values
        earlier = self._from_article(
            claim,
            side_words,
            view,
            claimed,
            kind,
            set(side_stems.values()),
            own_words,
            [] if claimed is not None else side_names,
        )
        if newcomer:
            # "starts at £N" is what a newcomer gets: its bottom, not a floor.
            earlier = [
                replace(v, amount=replace(v.amount, high=v.amount.low))
                if v.amount.high is None and v.amount.low is not None
                else v
                for v in earlier
            ]
        if claimed is not None:
            # The article's own figure, resting on an earlier claim of the same amount.
            via = earlier[0].via if earlier else None
            # Whom the side names: an organisation, or a name in capitals.
            names = side_orgs | set(side_names)
            pages = range(len(index.pages))
            if (
                side == "right"
                and via is None
                and names
                and not any(index.mentions(p, n) for n in names for p in pages)
            ):
                # What a comparison measures against, "Amazon's starting pay of $22 an
                # hour", when no source names Amazon: the article's word alone, which
                # nothing here checks. (The subject's own figure, "a Tarn deckhand's
                # $52,000", is what the writer sets against the sources.)
                return []
            return [
                SideValue(
                    claimed,
                    None,
                    ARTICLE_AMOUNT_SCORE,
                    via,
                    stated=own.period if own is not None else None,
                )
            ]
        return earlier

    @staticmethod
    def _borrowed(
        value: SideValue, stance: Stance, index: EvidenceIndex, view: ArticleView
    ) -> list[Assessment]:
        verdict = view.decided.get(value.via or "")
        if verdict is None or verdict.label != "supported":
            return []
        out = []
        for e in verdict.evidence:
            i = index.find(e.url, e.quote)
            if i is not None and e.stance == "supports":
                described = value.amount.describe()
                out.append(Assessment(i, stance, STATED_COMPARISON_WEIGHT, e.score, described))
        return out

    @staticmethod
    def _from_article(
        claim: Claim,
        side_words: set[str],
        view: ArticleView,
        same: Amount | None = None,
        kind: str | None = None,
        jobs: set[str] | None = None,
        own: set[str] | None = None,
        names: list[str] | None = None,
    ) -> list[SideValue]:
        """An amount of ``kind`` the article gave earlier for the same subject (or, given
        ``same``, an earlier claim of that very amount); a job the side names (``jobs``,
        stems) counts as a name: "Newly qualified nurses start on £N" is about "a nurse
        fresh out of college"; with ``own``, the words telling the side from the other
        of the same job, the earlier claim must have one; given ``names``, the side's own
        names in capitals ("their counterparts in Lyon"), its sentence must name one."""
        out = []
        ranks = _ranks(side_words, view)
        for other in view.claims:
            if other.start >= claim.start:
                break
            amount = _money_of(other.type, other.fields) or _duration_of(other.type, other.fields)
            if amount is None or _kind(amount) != kind:
                continue
            if same is not None:
                if amount.per_year(view.knowledge).widened(SAME_AMOUNT_TOLERANCE).overlaps(same):
                    out.append(SideValue(same, None, ARTICLE_AMOUNT_SCORE, other.id))
                continue
            said = other.sentence.text
            if other.sentence.index == claim.sentence.index:
                said = said[: claim.start - claim.sentence.start]  # not the comparison's words
            said_words = set(keywords(negotiating(said, view)).split())
            if own and not own & said_words:
                continue  # "registered nurses earned $N" is not the practical nurses'
            if names and not _names_any(names, other.sentence.text):
                continue  # the Leeds drivers' pay is not "their counterparts in York"
            if ranks - said_words:
                continue  # a head teacher's pay is not "a senior head teacher"'s
            shared = side_words & said_words
            named = {
                w
                for w in shared
                if any(
                    t.lower().startswith(w) and t[:1].isupper() for t in other.sentence.text.split()
                )
            } | (shared & (jobs or set()))
            if named or len(shared) >= 2:
                score = (
                    EARLIER_CLAIM_BASE
                    + EARLIER_PER_WORD * len(shared)
                    + EARLIER_PER_NAME * len(named)
                )
                yearly = amount.per_year(view.knowledge)
                out.append(SideValue(yearly, None, score, other.id, stated=amount.period))
        # Stable: equal scores keep the article's order (earlier claims first).
        return sorted(out, key=lambda v: -v.score)

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """Evaluate the relation on the two sides' amounts; also count sources that make
        the same comparison, or its opposite, in so many words."""
        relation = str(claim.fields.get("relation"))
        factor = claim.fields.get("factor")
        apart_by = claim.fields.get("difference")
        # Statistics stand in tables: every page's cells are read for the two sides, each
        # under its row and column headers and the table's caption.
        every = set(range(len(index.pages)))
        candidates = with_cited(candidates, index, every, "cell", score=TABLE_CELL_SCORE)
        # A posting's pay stands in its own elements: "the bottom of X's range" is there.
        candidates = with_cited(candidates, index, every, "pay", score=TABLE_CELL_SCORE)
        if EVERY_OTHER.match(str(claim.fields.get("right", ""))):
            return self._ranked(claim, candidates, index, view)
        if claim.fields.get("measure") == CUT_MEASURE:
            # "cut the stoppage to half its planned length": what a source says it was
            # cut from and to.
            return Findings(*cut_findings(claim, index, view.knowledge))
        lefts = _bounds_named(
            claim, "left", self.side_values(claim, "left", candidates, index, view)
        )
        rights = _bounds_named(
            claim, "right", self.side_values(claim, "right", candidates, index, view)
        )
        if claim.fields.get("right") == BEFORE_CHANGE:
            # "The median fell last year": only a change a table signs ("+2%", "-3%")
            # says which way the side moved; a level, or a share unsigned, does not.
            lefts = _row_changes(lefts, index, claim.sentence.text)
        if claim.fields.get("measure") == "change":
            # "Fell less steeply than": the sides are their changes, read as shares; a
            # level (a count, a price) says nothing of how fast it moved, but a table's
            # row of it does, by its column of changes or its levels year by year.
            # A bare rise or fall ("the median fell last year") was read just above.
            bare = claim.fields.get("right") == BEFORE_CHANGE
            lefts = [v for v in lefts if v.amount.currency == "%"] or (
                [] if bare else side_changes(claim, "left", index)
            )
            rights = [v for v in rights if v.amount.currency == "%"] or (
                [] if bare else side_changes(claim, "right", index)
            )
        # A table of several years gives each side in one year: the one named, else the
        # latest (a ratio across two years' columns says nothing).
        if apart_by and apart_by.get("currency") not in (None, "%"):
            # Sides set apart by a sum of money are sums of money, not shares (an
            # earlier claim of the article may be one).
            lefts = [v for v in lefts if v.amount.currency != "%"]
            rights = [v for v in rights if v.amount.currency != "%"]
        lefts = [
            v for v in lefts if not _other_measure(str(claim.fields.get("left", "")), v, index)
        ]
        rights = [
            v for v in rights if not _other_measure(str(claim.fields.get("right", "")), v, index)
        ]
        lefts, rights = (
            _tabled_together(str(claim.fields.get("left", "")), lefts, rights, index, view),
            _tabled_together(str(claim.fields.get("right", "")), rights, lefts, index, view),
        )
        lefts, rights, columns = _one_column(claim, lefts, rights, index)
        set_against = (
            clause_pair(claim, candidates, index, view)
            if relation in PHRASES
            and claim.fields.get("measure") is None
            and claim.fields.get("right") != BEFORE_CHANGE
            and claim_kind(claim, view) is None
            and all(_stated_amount(claim, side, view) is None for side in ("left", "right"))
            else None
        )
        if set_against is not None:
            # One sentence setting the two sides' pay against each other, clause by clause.
            lefts, rights = [set_against[0], *lefts], [set_against[1], *rights]
            columns = {}
        # The best reading of the left side that some reading of the right shares a unit
        # with: a sum is never set against a share, nor pounds against dollars.
        left = next((v for v in lefts if any(same_unit(v.amount, r.amount) for r in rights)), None)
        if left is not None:
            rights = [v for v in rights if same_unit(left.amount, v.amount)]
            left = _against_newcomer(claim, left, rights)
            # Two amounts a claim sets apart: a reading of the right side from the left
            # side's own cell is a misreading, and so, for "N times" with N far from
            # one, is a right side overlapping the left (the same sum read twice).
            low_factor, high_factor = NEAR_EQUAL_FACTORS
            apart = relation.startswith("ratio") and not (
                factor and low_factor <= factor <= high_factor
            )
            rights = [
                replace(v, score=v.score + _likeness(left, v, index))
                for v in rights
                # Two ends of one range are two amounts: "its highest step" and "a new
                # hire" both stand in one posting's pay.
                if (
                    v.source is None
                    or (v.source, v.at) != (left.source, left.at)
                    or (v.end is not None and left.end is not None and v.end != left.end)
                    # Two figures the article states, read as the two ends of one change
                    # the source states ("rises from $55,800 to $62,500").
                    or (
                        claim.fields.get("left_amount") is not None
                        and claim.fields.get("right_amount") is not None
                        and not left.amount.overlaps(v.amount)
                    )
                )
                and not (apart and left.amount.widened(SAME_SUM_TOLERANCE).overlaps(v.amount))
            ]
            rights.sort(key=lambda v: (-v.score, v.source if v.source is not None else -1))
        if left is not None:
            rights = _in_named_row(claim, left, rights, index, view)
        right = rights[0] if rights else None
        if (
            left is not None
            and right is not None
            and _rows_unnamed(claim, left, right, index, view)
        ):
            left = right = None  # two rows neither side names say nothing of the claim
        first_readings = (left, right)
        if left is not None and right is not None:
            left, right = _in_period(left, right, view), _in_period(right, left, view)
            left, right = _paid_as_stated(left, right, view), _paid_as_stated(right, left, view)
        assessments: list[Assessment] = []
        outcome = None
        stated_gap = None
        together = None
        if left and right and apart_by:
            # "£4,000 a year more": in the period written, else the one the sides were
            # read in, as a year's pay like the sides.
            gap = fields_amount(apart_by)
            period = gap.period or left.stated or right.stated
            stated_gap = replace(gap, period=period).per_year(view.knowledge) if period else None
            if gap.period is None and left.amount.period is None and right.amount.period is None:
                # Sums paid in no period named ("a $505 day rate", "the old minimum"):
                # the sides stand as written, and so does the gap.
                stated_gap = gap
            if gap.currency == DAYS:
                # "a month shorter than": lengths of time are apart by days, not by pay.
                stated_gap = gap
            elif gap.currency == COUNT:
                # Counts apart by a number of things are read from a table of years
                # only: sides read one by one may count other things.
                stated_gap = None
            elif is_money(gap.currency or "") and any(
                is_money(v.amount.currency or "")
                and not currencies_meet(gap.currency, v.amount.currency)
                for v in (left, right)
            ):
                # "by about €1,200" between two sums in pesos: another currency's gap,
                # which no reading here converts.
                stated_gap = None

        # Two figures of one source, read as they stand there: a bound allows only the
        # rounding of their digits.
        precise = (
            left is not None
            and right is not None
            and _side_by_side(left, right, index)
            and left.stated == right.stated
        )

        def judged(a: Amount, b: Amount, both: bool) -> bool | None:
            if apart_by:
                return (
                    None
                    if stated_gap is None
                    else evaluate_difference(relation, a, b, stated_gap, both)
                )
            return evaluate(relation, a, b, factor, both, precise)

        # Both sides named as two rows (or two columns) of one table, under one measure:
        # the table's own structure says whose each figure is, which no reading of a side
        # by its words alone (a posting, another row sharing a word) outweighs.
        # Only sides the sentence names by whom they are: a side stating its own figure
        # ("collected about $32.8 million") is read by that figure, which the table path
        # would take for a line of its own.
        tabled = (
            self._tabled(claim, index, view)
            if set_against is None
            and _tabled_kind(claim)
            and all(_stated_amount(claim, side, view) is None for side in ("left", "right"))
            else None
        )
        if (
            tabled is not None
            and left is not None
            and right is not None
            and {left.source, right.source} <= {tabled[0].left, tabled[0].right}
        ):
            tabled = None  # the sides' own readings are those very cells
        if (
            left
            and right
            and left.source is None
            and right.source is None
            and left.via == right.via
            and left.amount == right.amount
        ):
            # Both sides read as the one figure the article gives ("which is ₹N below the
            # minimum", the minimum untold): the figure set against itself, which says
            # nothing of the relation.
            left = right = None
        if left and right and tabled is None:
            ends = left.scale and right.scale
            outcome = judged(left.amount, right.amount, ends)
            if outcome is not None:
                stance: Stance = "supports" if outcome else "contradicts"
                # Every reading of either side that leads to the same outcome is evidence.
                for values, other, is_left in ((lefts, right, True), (rights, left, False)):
                    for v in values[:READINGS_AS_EVIDENCE]:
                        chosen = any(v is w for w in first_readings)
                        # Each reading in the period its side was set against the other
                        # in ("46,000" a month, written bare, against a year's pay).
                        v = _paid_as_stated(_in_period(v, other, view), other, view)
                        pair = (v.amount, other.amount) if is_left else (other.amount, v.amount)
                        both = v.scale and other.scale
                        if v.source is None or judged(*pair, both) is not outcome:
                            continue
                        weight = CHOSEN_READING_WEIGHT if chosen else OTHER_READING_WEIGHT
                        found = v.amount.describe()
                        assessments.append(
                            Assessment(v.source, stance, weight, min(MAX_SCORE, v.score), found)
                        )
                # A side the article stated in a claim the sources support rests on that
                # claim's evidence.
                for v in (left, right):
                    assessments += self._borrowed(v, stance, index, view)
                if left.source is None and right.source is None:
                    # Both figures the article's own: a source sentence stating both
                    # ("from $55,800 to $62,500") bears the relation read on them.
                    together = stated_together(claim, left, right, index, view)
                    if together is not None:
                        described = f"{left.amount.describe()}; {right.amount.describe()}"
                        assessments.append(
                            Assessment(
                                together, stance, CHOSEN_READING_WEIGHT, MAX_SCORE, described
                            )
                        )
        if tabled is None and (
            set_against is None
            and (outcome is None or any(v is not None and v.source is None for v in (left, right)))
            and relation in PHRASES
            and apart_by is None
            and claim.fields.get("measure") is None
            and claim.fields.get("right") != BEFORE_CHANGE
        ):
            # No sentence, nor any reading of a side by its own, decided it: both sides
            # as two rows (or two columns) of one table, under one measure.
            tabled = self._tabled(claim, index, view)
        if tabled is not None:
            found_sides, outcome = tabled
            read: Stance = "supports" if outcome else "contradicts"
            assessments = [
                Assessment(i, read, CHOSEN_READING_WEIGHT, TABLE_CELL_SCORE, a.describe())
                for i, a in (
                    (found_sides.left, found_sides.left_amount),
                    (found_sides.right, found_sides.right_amount),
                )
            ]
        assessments += self._direct(claim, candidates, index, view)

        def explain(label: VerdictLabel, t: Tally) -> str:
            said = PHRASES.get(relation, relation).format(factor=factor)
            if tabled is not None and t.supports + t.contradicts:
                return _tabled_reason(claim, tabled[0], tabled[1], said, index, apart_by)
            if left and right and outcome is not None and stated_gap is not None:
                gap = gap_between(relation, left.amount, right.amount)
                way = "below" if relation in ("less", "much_less") else "above"
                return (
                    f"The evidence puts “{claim.fields['left']}” at {left.amount.describe()}"
                    f"{_where(left, index)} and “{claim.fields['right']}” at "
                    f"{right.amount.describe()}{_where(right, index)}: the first is "
                    f"{_apart(gap) if gap else 'an unknown sum'} {way} the second, so it is "
                    f"{'' if outcome else 'not '}{way} it by {_apart(stated_gap)} (a bare "
                    f"sum allowing {DIFFERENCE_TOLERANCE:.0%} either way).{_both_at(together)}"
                )
            if left and outcome is not None and claim.fields.get("right") == BEFORE_CHANGE:
                moved = left.amount.low or 0.0
                said_way = "fell" if relation in ("less", "much_less") else "rose"
                then = "as the claim says" if outcome else f"so it is not true that it {said_way}"
                return (
                    f"The evidence gives “{claim.fields['left']}” a change of {moved:+g}%"
                    f"{_where(left, index)}: it {'rose' if moved > 0 else 'fell'}, {then}."
                )
            if left and right and outcome is not None:
                l_text, r_text = str(claim.fields["left"]), str(claim.fields["right"])
                actual = self._actual(left.amount, right.amount)
                verdict = "so it is" if outcome else "so it is not"
                return (
                    f"The evidence puts “{l_text}” at {left.amount.describe()}"
                    f"{_where(left, index)} and “{r_text}” at {right.amount.describe()}"
                    f"{_where(right, index)}: the first is {actual} the second, "
                    f"{verdict} {said} it{_tolerance(relation, precise, factor)}."
                    f"{_columns_read(columns)}"
                    f"{_both_at(together)}"
                )
            first = (t.supports or t.contradicts)[0]
            way = "the same way" if label == "supported" else "the other way round"
            return f"A source makes this comparison {way}: “{index.sentences[first.index].text}”"

        def _both_at(at: int | None) -> str:
            return "" if at is None else f" A source states both figures ({index.url(at)})."

        if not assessments and (share := share_findings(claim, index, view)) is not None:
            # Neither side read as an amount: a share of a whole ("make up more than a
            # third of the staff") is the share a page gives of that whole.
            return share
        return Findings(assessments, explain)

    @staticmethod
    def _tabled(
        claim: Claim, index: EvidenceIndex, view: ArticleView
    ) -> tuple[TableSides, bool] | None:
        """The two sides read from one table by what each names (the claim's cited pages
        first), and whether the relation holds between them."""
        sides = [str(claim.fields.get(side, "")) for side in ("left", "right")]
        cited = view.primary.get(claim.id, set())
        pages = sorted(cited) + [p for p in range(len(index.pages)) if p not in cited]
        k = view.knowledge
        # "Membership has halved since 2016": one thing in two years, a line of a table
        # of years, whatever it counts.
        done = _DONE_MORE.search(claim.text)
        found = year_sides(
            sides[0], sides[1], index, pages, k.synonyms, done.group("done") if done else ""
        )
        if found is not None:
            return _tabled_outcome(claim, found)
        if (
            (counts_things(claim) and not _ranks_workers(claim, view))
            or claim_kind(claim, view) is not None
            or any(_RANGE_END.search(side) for side in sides)
        ):
            # Counts, lengths of time and ends of ranges have readers of their own.
            return None
        # "Welders had the biggest raises, and their pay now tops ...": a side
        # opening with a possessive is whom the sentence named before the comparison.
        lead = claim.sentence.text[: max(0, claim.start - claim.sentence.start)]
        left, right = (
            f"{lead} {text}" if _POSSESSIVE_START.match(text) else text
            for text in (
                _CLAUSE_AFTER.split(str(claim.fields.get(side, "")), maxsplit=1)[0]
                for side in ("left", "right")
            )
        )
        found = table_sides(
            left,
            right,
            claim.sentence.text,
            index,
            pages,
            k.synonyms,
            {c.lower() for c in k.words("countries")},
            (
                _stated_amount(claim, "left", view),
                _stated_amount(claim, "right", view),
            ),
            view.occupations,
            frozenset(_workforce(view)),
            compass_names(k.words(name) for name in COMPASS_LISTS),
        )
        if found is None:
            return None
        return _tabled_outcome(claim, found)

    def _ranked(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """A thing ranked against every other of its kind ("grew faster than in any other
        district"): the left side's table cell against every other row of its table, in
        its column (or by each row's change). It holds when the left side is beyond the
        furthest of them, and fails when one of them is beyond it."""
        relation = str(claim.fields.get("relation"))
        change = claim.fields.get("measure") == "change"
        if change:
            lefts = side_changes(claim, "left", index)
        else:
            # A level is no column of changes, and stands in the year the sentence
            # names, else the latest.
            lefts = [
                v
                for v in self.side_values(claim, "left", candidates, index, view)
                if v.source is not None
                and is_cell(index.sentences[v.source].fact)
                and signed_change(index, v.source) is None
            ]
            sides = (str(claim.fields.get("left", "")), str(claim.fields.get("right", "")))
            line = (
                shared_line(index, lefts[0].source, claim.sentence.text, sides)
                if lefts and lefts[0].source is not None
                else None
            )
            if line is not None:
                lefts = [
                    v
                    for v in lefts
                    if v.source is not None and header_of(index, v.source) == line[0]
                ]
        left = lefts[0] if lefts else None
        lower = relation in ("less", "much_less")
        if left is None or left.source is None or not relation.endswith(("less", "greater")):
            return Findings([], lambda label, t: "")
        way = -1.0 if _falls(claim) else 1.0
        rows = other_rows(
            index, left.source, way if change else None, left.amount, claim.sentence.text
        )
        # Levels are set side by side by the year, as the left side was read.
        rows = [(a.per_year(view.knowledge), j) for a, j in rows]
        if not rows:
            return Findings([], lambda label, t: "")
        place = claim.fields.get("rank")
        if isinstance(place, int) and place > 1 and not change:
            return self._placed(claim, left, rows, place, lower, index)
        # The furthest other row the way the claim points: the highest for "more than
        # any other", the lowest for "less than any other".
        amount, at = (min if lower else max)(rows, key=lambda r: (r[0].low or 0.0, r[1]))
        outcome = evaluate("less" if lower else "greater", left.amount, amount, None)
        if outcome is None or (outcome and _SELECTED_ROWS.search(_table_subject(index, at))):
            # A table of selected rows ("selected occupations", "the ten largest
            # employers") may refute a ranking against every other, never bear it out.
            return Findings([], lambda label, t: "")
        stance: Stance = "supports" if outcome else "contradicts"
        assessments = [
            Assessment(
                left.source, stance, CHOSEN_READING_WEIGHT, MAX_SCORE, left.amount.describe()
            ),
            Assessment(at, stance, CHOSEN_READING_WEIGHT, MAX_SCORE, amount.describe()),
        ]
        fact = index.sentences[at].fact
        assert fact is not None

        # A comparison of falls sets how far each fell side by side.
        fell = "a fall of " if change and way < 0 else ""

        def explain(label: VerdictLabel, t: Tally) -> str:
            furthest = "lowest" if lower else "highest"
            return (
                f"The evidence puts “{claim.fields['left']}” at {fell}{left.amount.describe()}"
                f"{_where(left, index)}; of every other row the {furthest} is "
                f"“{fact.data.get('row', '')}” at {fell}{amount.describe()} "
                f"({cell_where(fact)}), "
                f"so it is {'' if outcome else 'not '}{'below' if lower else 'above'} every "
                f"other."
            )

        return Findings(assessments, explain)

    @staticmethod
    def _placed(
        claim: Claim,
        left: SideValue,
        rows: list[tuple[Amount, int]],
        place: int,
        lower: bool,
        index: EvidenceIndex,
    ) -> Findings:
        """A thing at a place below the first ("the second-highest in the province"):
        as many other rows of its table as the place counts past the first stand beyond
        it, the way the claim points, and no more. Rows too close to tell apart leave it
        unsaid."""
        assert left.source is not None
        way = "less" if lower else "greater"
        told = [(evaluate(way, a, left.amount, None), a, j) for a, j in rows]
        if any(beyond is None for beyond, _, _ in told):
            return Findings([], lambda label, t: "")
        ahead = [(a, j) for beyond, a, j in told if beyond]
        outcome = len(ahead) == place - 1
        if outcome and _SELECTED_ROWS.search(_table_subject(index, left.source)):
            return Findings([], lambda label, t: "")  # a selection's rows are not all
        stance: Stance = "supports" if outcome else "contradicts"
        assessments = [
            Assessment(
                left.source, stance, CHOSEN_READING_WEIGHT, MAX_SCORE, left.amount.describe()
            ),
            *(
                Assessment(j, stance, CHOSEN_READING_WEIGHT, MAX_SCORE, a.describe())
                for a, j in ahead
            ),
        ]
        names = [
            str(fact.data.get("row", "")) for _, j in ahead if (fact := index.sentences[j].fact)
        ]

        def explain(label: VerdictLabel, t: Tally) -> str:
            beyond = "above" if not lower else "below"
            listed = ", ".join(f"“{n}”" for n in names) or "none"
            return (
                f"The evidence puts “{claim.fields['left']}” at {left.amount.describe()}"
                f"{_where(left, index)}; of every other row {len(ahead)} stand {beyond} it "
                f"({listed}), so it is {'' if outcome else 'not '}in place {place}."
            )

        return Findings(assessments, explain)

    @staticmethod
    def _actual(left: Amount, right: Amount) -> str:
        bounds = ratio(left, right)
        if bounds is not None and (left.low or 0.0) >= 0:
            middle = (bounds[0] + bounds[1]) / 2
            return f"{middle:,.0f} times" if middle >= 10 else f"{middle:.2f} times"
        l_lo, r_lo = left.low or 0.0, right.low or 0.0
        # Sizes apart by a factor only between positive amounts (a change may be below 0).
        positive = l_lo >= 0 and r_lo >= 0
        if right.high is not None and l_lo > right.high:
            return "more than ten times" if positive and l_lo > 10 * right.high else "larger than"
        if left.high is not None and left.high < r_lo:
            return "less than a tenth of" if positive and left.high * 10 < r_lo else "smaller than"
        return "about the same as"

    def _direct(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> list[Assessment]:
        """Sources that state a comparison between the same two things."""
        stated = str(claim.fields.get("relation"))
        left_words, right_words = _naming_words(
            str(claim.fields.get("left", "")), str(claim.fields.get("right", "")), view
        )
        # The sides are told apart by the words only one has: "glaziers" of "Ormond
        # glaziers" and "glaziers at Pellow" names neither.
        left_words, right_words = left_words - right_words, right_words - left_words
        out = []
        for cand in candidates:
            for fact in index.facts(cand.index):
                if fact.rule.type != "comparison":
                    continue
                relation = stated
                f_left, f_right = _naming_words(
                    str(fact.fields.get("left", "")), str(fact.fields.get("right", "")), view
                )
                f_rel = str(fact.fields.get("relation"))
                same = len(left_words & f_left) >= 1 and len(right_words & f_right) >= 1
                swapped = len(left_words & f_right) >= 1 and len(right_words & f_left) >= 1
                if same and swapped:
                    continue  # each side's words on both: which is which is not said
                mine, theirs = claim.fields.get("ratio"), fact.fields.get("ratio")
                if not _ratios_agree(mine, theirs):
                    # "half as many" and "twice as many" share a relation's name, not
                    # its meaning; but the same two sides a ratio apart the other way
                    # ("11 per cent more" against "11 per cent less") is the opposite
                    # comparison.
                    if same and _other_way(mine, theirs):
                        out.append(_stated(cand, "contradicts", "the opposite comparison"))
                    continue
                if f_rel != relation and f_rel != OPPOSITE.get(relation):
                    # "around 8% less than" is "less than", whatever its size: a ratio
                    # the other did not state is a direction to weigh theirs against.
                    mine = _direction(relation, claim.fields.get("ratio"))
                    f_rel = _direction(f_rel, fact.fields.get("ratio")) or f_rel
                    relation = mine or relation
                if (same and f_rel == relation) or (swapped and OPPOSITE.get(f_rel) == relation):
                    out.append(_stated(cand, "supports", "the same comparison"))
                elif (same and OPPOSITE.get(f_rel) == relation) or (swapped and f_rel == relation):
                    out.append(_stated(cand, "contradicts", "the opposite comparison"))
        return out
