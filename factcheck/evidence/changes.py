"""Amounts before and after a change, as sources write them: "raises the floor from
$455 to $505", "now $505, up from $455". A comparison side that is the earlier amount
("the previous minimum", "the old rate") is the figure a change started from."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from factcheck.claims.amounts import Amount
from factcheck.claims.extract import Extractor
from factcheck.claims.values import TextContext

# Words for what an amount was before it changed ("previous", "old", "former").
EARLIER_WORDS = r"previous|old|former|earlier|prior|outgoing"
# A side naming what an amount was before it changed: "the previous minimum", "its old
# rate", "the former scale". Words of time alone ("last year's") name a year, not a
# change.
_EARLIER = re.compile(
    r"^\s*(?:(?:the|its|their|his|her|our)\s+)?"
    rf"(?:{EARLIER_WORDS}|existing|pre-deal|pre-strike)\b",
    re.I,
)
# What stands before a figure and between two figures of one change; a figure may be
# written with what it is paid by ("£236 a shift", "$30 per parcel").
_UNIT = r"(?:\s+(?:a|an|per|each)\s+[\w-]+)?"
_ARTICLE = r"(?:(?:a|an|the)\s+)?"
# "from the previous $20": the earlier figure, as one change's second side names it.
_FROM_OLD = rf"from\s+{_ARTICLE}(?:(?:previous|old|former)\s+)?"
_FROM = re.compile(rf"\bfrom\s+{_ARTICLE}(?:(?:minimum|maximum|base|rate|floor)\s+of\s+)?$", re.I)
_TO = re.compile(
    rf"{_UNIT}\s+(?:up\s+|down\s+)?to\s+{_ARTICLE}"
    r"(?:(?:new\s+)?(?:minimum|maximum|rate|floor)\s+of\s+)?",
    re.I,
)
_UP_FROM = re.compile(
    rf"{_UNIT}\s*[,(]?\s*(?:(?:up|down|rising|falling|raised|increased|cut|lowered)\s+)?"
    rf"{_FROM_OLD}",
    re.I,
)

# "fell to $2.50 from $3.10": the figure it moved to, then the one it moved from.
_TO_END = re.compile(
    rf"\bto\s+{_ARTICLE}(?:(?:new\s+)?(?:minimum|maximum|rate|floor|level)\s+of\s+)?$",
    re.I,
)
_THEN_FROM = re.compile(rf"{_UNIT}\s*,?\s*{_FROM_OLD}", re.I)
# A results release's earlier figure in brackets after the figure now: "£9.1m (H1 2024:
# £17.4m)", "$3.2bn (2023: $2.9bn)", "€41m (prior year: €37m)". The label names a year or
# an earlier period.
_BRACKETED_EARLIER = re.compile(
    rf"{_UNIT}\s*\(\s*(?:[^():]{{0,24}}?\b(?:(?:19|20)\d{{2}}|prior|previous|last|"
    r"earlier)\b[^():]{0,16}?)\s*:\s*",
    re.I,
)
# "$12m, compared with $9m a year earlier": a figure set against its own earlier one.
_COMPARED_WITH = re.compile(
    rf"{_UNIT}\s*,?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?|from)\s+", re.I
)
_EARLIER_TIME = re.compile(
    rf"{_UNIT}(?:\s*,)?(?:\s*(?:a|one)\s+year\s+(?:earlier|before|ago)|\s+(?:in\s+)?the\s+"
    r"(?:year|quarter|period|month)\s+before|\s+(?:in\s+)?the\s+(?:previous|prior|preceding|"
    r"same)\s+(?:year|quarter|period|month|half)|\s+(?:last|the\s+previous)\s+year)\b",
    re.I,
)


# A level of pay or a limit, as a side names it: "minimum", "rate", "scale", "floor".
_LEVEL = (
    r"(?:minimums?|maximums?|rates?|floors?|ceilings?|scales?|bands?|pay|wages?|salar(?:y|ies)|"
    r"levels?|figures?|base|caps?|thresholds?|fees?|fares?|prices?|charges?|payments?|"
    r"allowances?|stipends?|tariffs?)"
)
# A side naming a level as it stands after a change ("the new minimum", "its revised
# monthly rate", "what they now earn"), or as it stood before one ("the old floor",
# "the nurses' previous scale"), anywhere in the side: a word of time qualifying a level
# (one word may stand between, "new hourly rate"). A newcomer ("a new hire") is no level.
_LATER_LEVEL = re.compile(
    r"\b(?:new|current|revised|raised|updated|latest|increased|improved|present|agreed|"
    rf"post-deal)\s+(?:[\w-]+\s+)?{_LEVEL}\b|\bnow\s+(?:earns?|makes?|gets?|pays?|paid)\b",
    re.I,
)
_EARLIER_LEVEL = re.compile(
    rf"\b(?:{EARLIER_WORDS}|pre-deal|pre-strike)\s+(?:[\w-]+\s+)?{_LEVEL}\b", re.I
)


# A side that is only a time before the other's ("the year before", "a year earlier",
# "the previous quarter"): the other side's thing as it stood then.
_EARLIER_TIME_SIDE = re.compile(
    r"^\s*(?:(?:that|those|the\s+level|its\s+level)\s+(?:of|in)\s+)?(?:the\s+(?:year|quarter|"
    r"month|half|period)\s+(?:before|earlier)|(?:a|one)\s+year\s+(?:earlier|before|ago)|"
    r"(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|quarter|month|half|period)|last\s+year)"
    r"\s*(?:$|,)",
    re.I,
)


def change_side(text: str) -> str | None:
    """Which end of a change a comparison side names: "after" for a level as it now stands
    ("the tellers' new minimum"), "before" for one as it stood ("the old rate", "the
    previous minimum", "its former scale", "the year before"), None for a side naming
    neither. The one reader of a side naming an earlier amount: at its start with no
    level named ("the old one"), a level anywhere in it, or a time alone."""
    later = _LATER_LEVEL.search(text)
    earlier = _EARLIER_LEVEL.search(text) or _EARLIER.match(text) or _EARLIER_TIME_SIDE.match(text)
    if later and not earlier:
        return "after"
    if earlier and not later:
        return "before"
    return None


def earlier_side(text: str) -> bool:
    """True when a comparison side names an amount as it was before a change ("the
    previous minimum", "the old rate", "a year earlier")."""
    return change_side(text) == "before"


def change_end(
    amount: Amount, changes: list[tuple[Amount, Amount, int]], end: str
) -> Amount | None:
    """``amount`` read from a sentence stating ``changes``, as the end ``end`` ("before"
    or "after") of the change it was read from: "from $455 to $505" is no range of pay but
    a level that moved, and "the new rate" is its $505 whether the rules read both figures
    as one range or each alone. None when ``amount`` is no figure of those changes."""
    for before, after, _ in changes:
        figures = {before.low, before.high, after.low, after.high} - {None}
        if amount.low in figures and amount.high in figures:
            pick = after if end == "after" else before
            return replace(amount, low=pick.low, high=pick.high)
    return None


@functools.lru_cache(maxsize=8)
def _patterns(money: str, percent: str, period: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A figure (a share or a sum), and a pay period after one."""
    return re.compile(rf"{percent}|{money}", re.I), re.compile(rf"\s*{period}", re.I)


def changes_in(
    text: str, extractor: Extractor, ctx: TextContext
) -> list[tuple[Amount, Amount, int]]:
    """Each change a sentence states between two sums of money or two shares, as (from,
    to, where the "from" figure starts): "from $455 to $505", "$505, up from $455". The
    two figures are of one unit; the period written after either is both's."""
    macros = extractor.ruleset.macros
    figure, period = _patterns(macros.money, macros.percent, macros.period)
    found = list(figure.finditer(text))
    parsers = extractor.parsers

    def read(m: re.Match[str]) -> Amount | None:
        if m.group(0).rstrip().endswith(("%", "cent")):
            value = parsers.parse("percent", m.group(0), ctx)
            return None if value is None else Amount(float(value), float(value), "%")
        amount: Amount | None = parsers.parse("money", m.group(0), ctx)
        return amount

    out = []
    for first, second in itertools.pairwise(found):
        between = text[first.end() : second.start()]
        if _FROM.search(text[: first.start()]) and _TO.fullmatch(between):
            before, after, at = read(first), read(second), first.start()
        elif _UP_FROM.fullmatch(between) or (
            _TO_END.search(text[: first.start()]) and _THEN_FROM.fullmatch(between)
        ):
            before, after, at = read(second), read(first), second.start()
        elif _BRACKETED_EARLIER.fullmatch(between) or (
            _COMPARED_WITH.fullmatch(between) and _EARLIER_TIME.match(text, second.end())
        ):
            # "£9.1m (H1 2024: £17.4m)", "$12m, compared with $9m a year earlier".
            before, after, at = read(second), read(first), second.start()
        else:
            continue
        if before is None or after is None or before.currency != after.currency:
            continue
        # "$505 a day, up from $455", "from $455 to $505 a day": one period for both.
        # "a year earlier" after the figure it moved from is when, not a period of pay.
        later = (
            None if _EARLIER_TIME.match(text, second.end()) else period.match(text, second.end())
        )
        written = period.match(between) or later
        if written:
            named = parsers.parse("period", written.group(0), ctx)
            before, after = (
                Amount(before.low, before.high, before.currency, named),
                Amount(after.low, after.high, after.currency, named),
            )
        out.append((before, after, at))
    return out
