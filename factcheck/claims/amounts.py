"""Amounts as intervals: numbers, money and pay with their uncertainty.

"$120,000 to $450,000 a year" is the interval [120000, 450000] USD per year; "six-figure"
is [100000, 999999]; "about 13,000" is 13,000 give or take the qualifier tolerance;
"up to $450,000" has no lower bound. Comparing two claims about one amount is then
interval arithmetic.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, replace

import number_parser
from price_parser import Price

from factcheck.rulepacks.knowledge import Knowledge
from factcheck.rulepacks.macros import GROUP_MARKS, SPACED_DIGITS

_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_SPACED = re.compile(SPACED_DIGITS)
_GROUP_MARK = re.compile(f"[{GROUP_MARKS}]")
# What every group of digits :data:`_SPACED` finds holds: most texts hold none, and the
# look-behinds it opens with are tried at every character.
_GROUPED = re.compile(rf"\d[{GROUP_MARKS}]\d")
# Written numbers are usually rounded; an exact-looking figure still allows this much.
EXACT_TOLERANCE = 0.005
# How near a power of ten (in log10) two figures' ratio is when one is the other
# written at the wrong scale: a thousand for a million keeps the digits.
SCALE_SLIP = 0.03


@dataclass(frozen=True)
class Amount:
    """An interval of values; ``None`` bounds are open."""

    low: float | None
    high: float | None
    currency: str | None = None
    period: str | None = None

    @property
    def is_point(self) -> bool:
        """True when the interval is a single value."""
        return self.low is not None and self.low == self.high

    def per_year(self, knowledge: Knowledge) -> Amount:
        """The same pay expressed per year (unchanged when no period is known)."""
        factor = knowledge.periods.get(self.period or "", 0.0)
        if not factor or self.period == "year":
            return self
        return Amount(
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
            self.currency,
            "year",
        )

    def widened(self, fraction: float) -> Amount:
        """The interval widened by ``fraction`` of each bound (for rounding and 'about')."""
        return replace(
            self,
            low=None if self.low is None else self.low * (1 - fraction),
            high=None if self.high is None else self.high * (1 + fraction),
        )

    def contains(self, other: Amount) -> bool:
        """True when every value of ``other`` lies in this interval."""
        lo_ok = self.low is None or (other.low is not None and other.low >= self.low)
        hi_ok = self.high is None or (other.high is not None and other.high <= self.high)
        return lo_ok and hi_ok

    def intersect(self, other: Amount) -> Amount:
        """The values in both intervals (both bound the same unknown amount)."""
        lows = [v for v in (self.low, other.low) if v is not None]
        highs = [v for v in (self.high, other.high) if v is not None]
        return replace(self, low=max(lows) if lows else None, high=min(highs) if highs else None)

    def overlaps(self, other: Amount) -> bool:
        """True when the two intervals share a value."""
        if self.high is not None and other.low is not None and other.low > self.high:
            return False
        return not (self.low is not None and other.high is not None and other.high < self.low)

    def far_from(self, other: Amount, factor: float) -> bool:
        """True when both amounts are bounded and one is ``factor`` times the other or
        more, their digits apart: a figure that far off counts something else (the
        sector's workforce for a plant's, a bonus for a year's pay). A slip of scale
        keeps the digits ("1.2 million" for "1.2 billion") and is no such thing."""
        if None in (self.low, self.high, other.low, other.high):
            return False
        mine = (float(self.low or 0) + float(self.high or 0)) / 2
        theirs = (float(other.low or 0) + float(other.high or 0)) / 2
        if mine <= 0 or theirs <= 0:
            return False
        ratio = max(mine, theirs) / min(mine, theirs)
        if ratio < factor:
            return False
        scale = math.log10(ratio)
        return abs(scale - round(scale)) > SCALE_SLIP

    def describe(self, floor: str = "at least") -> str:
        """A readable form, e.g. "$300,000–$900,000 a year" or "up to $26,000 a year";
        ``floor`` words an amount with only a lower bound ("starting at" for a scale's
        bottom end)."""
        if self.low is not None and self.high is not None:
            if self.low == self.high:
                text = format_money(self.low, self.currency)
            else:
                low = format_money(self.low, self.currency)
                text = f"{low}–{format_money(self.high, self.currency)}"
        elif self.high is not None:
            text = f"up to {format_money(self.high, self.currency)}"
        elif self.low is not None:
            text = f"{floor} {format_money(self.low, self.currency)}"
        else:
            text = "an unstated amount"
        if self.period:
            text += f" {'an' if self.period == 'hour' else 'a'} {self.period}"
        return text


_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹"}
# The unit of a bare count of things (homes, tonnes, tickets read from a table's cells):
# written as the number alone, and compared only with another count.
COUNT = "count"
# The unit of a bare figure in a table of pay whose currency the rules cannot read: this
# prefix, then which table and measure it is; only the same table's measure meets it,
# and it is written as the number alone.
TABLED = "tabled:"


def currencies_meet(one: str | None, other: str | None) -> bool:
    """True when two currencies may be the same one: equal codes, or a word several
    currencies share ("pesos": "MXN|CLP|COP|ARS|PHP|UYU|DOP") and a code it names. An unknown
    currency meets any."""
    if not one or not other or one == other:
        return True
    if one.startswith(TABLED) or other.startswith(TABLED):
        return False  # a table's own unit is no other table's, nor any currency
    return bool(set(one.split("|")) & set(other.split("|")))


def is_money(unit: str) -> bool:
    """True when a unit is a currency's code, or a family of codes (see
    :func:`currencies_meet`)."""
    return all(len(code) == 3 and code.isupper() and code.isalpha() for code in unit.split("|"))


def format_money(value: float, currency: str | None) -> str:
    """Format a value with its currency symbol or code, e.g. "$26,000" or "1,500 CHF"."""
    number = f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    if currency is None or currency == COUNT or currency.startswith(TABLED):
        return number
    if currency == "%":
        return f"{number}%"
    if "|" in currency:
        # A word several currencies write: any of them (see currencies_meet).
        *most, last = currency.split("|")
        return f"{number} ({', '.join(most)} or {last})"
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


def _word_runs(text: str, knowledge: Knowledge) -> str:
    """``text`` with each run of two or more number words written in digits, read by
    number-parser ("two hundred and fifty thousand" -> "250000"); runs it cannot read
    ("a quarter of a million") are left for the fractions below."""
    words = {*knowledge.number_words, "hundred", "thousand", "million", "billion"} - {"a", "an"}
    pattern = _word_run_pattern(frozenset(words))

    def digits(m: re.Match[str]) -> str:
        if len(m.group(0).split()) < 2 and "-" not in m.group(0):
            return m.group(0)
        value = number_parser.parse_number(m.group(0).lower())
        return str(value) if isinstance(value, int) else m.group(0)

    return pattern.sub(digits, text)


@functools.lru_cache(maxsize=8)
def _word_run_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alt = "|".join(sorted(words, key=lambda w: (-len(w), w)))
    word = rf"(?:{alt})(?:-(?:{alt}))?"
    # "and" joins the parts of one number only after a magnitude ("two hundred and fifty");
    # "fifty and sixty" are two.
    joint = r"(?:(?:(?<=hundred)|(?<=thousand)|(?<=million))[\s-]+and)?"
    return re.compile(rf"\b{word}(?:{joint}[\s-]+{word})*\b", re.IGNORECASE)


def joined_digits(text: str) -> str:
    """``text`` with the spaces (or apostrophes) that group a number's digits in threes
    taken out: "15 899 tests" is "15899 tests", "CHF 96'500" is "CHF 96500"; "in 2019 15
    people" stays two numbers."""
    if _GROUPED.search(text) is None:
        return text
    return _SPACED.sub(lambda m: _GROUP_MARK.sub("", m.group(0)), text)


def money_digits(raw: str) -> float | None:
    """The value of a money figure's digits, its separators read as money is written in
    the text's locale: "85.000" is 85000, "1.234,56" is 1234.56, "26.85" is 26.85."""
    amount = Price.fromstring(raw).amount
    return None if amount is None else float(amount)


def parse_number(text: str, knowledge: Knowledge, *, money: bool = False) -> float | None:
    """The value of a written number: "300,000", "300K", "1.2 million", "twenty-five",
    "a quarter of a million", "two hundred and fifty thousand"; None when there is no
    number. With ``money``, digits are read with their locale's separators."""
    total = 0.0
    current: float | None = None
    fraction: float | None = None
    seen = False
    text = _word_runs(joined_digits(text), knowledge)
    token = r"\d[\d,.]*\d|\d" if money else r"\d[\d,]*(?:\.\d+)?"
    for raw in re.findall(rf"{token}|[A-Za-z]+(?:-[A-Za-z]+)*", text):
        word = raw.lower()
        scale = knowledge.magnitudes.get(raw, knowledge.magnitudes.get(word))
        if money and raw[:1].isdigit():
            value = money_digits(raw)
            if value is None:
                continue
            current = (current or 0.0) + value
            seen = True
        elif _DIGITS.fullmatch(raw):
            current = (current or 0.0) + float(raw.replace(",", ""))
            seen = True
        elif scale is not None and (current is not None or fraction is not None):
            total += (1.0 if current is None else current) * (fraction or 1.0) * scale
            current, fraction = None, None
        elif word in knowledge.fractions:
            fraction, current, seen = knowledge.fractions[word], None, True
        elif current is not None and word.endswith("s") and word[:-1] in knowledge.fractions:
            # "three quarters", "two thirds": the number counts the parts; the "a" of
            # "of a million" that follows must not add to it.
            fraction, current = current * knowledge.fractions[word[:-1]], None
        elif word == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif all(part in knowledge.number_words for part in word.split("-")):
            current = (current or 0.0) + sum(knowledge.number_words[p] for p in word.split("-"))
            seen = True
        # Anything else ("of", "and") joins the parts of a number and adds nothing.
    if current is not None:
        total += current * (fraction or 1.0)
    elif fraction is not None:
        total += fraction
    return total if seen else None


def figure_interval(digits: int) -> tuple[float, float]:
    """The values with ``digits`` digits: six-figure is 100,000 to 999,999."""
    return float(10 ** (digits - 1)), float(10**digits - 1)


def rounding_tolerance(text: str) -> float:
    """How far a written number may be from the truth, as a fraction of it: "26,000"
    is rounded to the thousand, "26,470" is exact to the unit."""
    m = _DIGITS.search(joined_digits(text))
    if not m:
        return EXACT_TOLERANCE
    digits = m.group(0).replace(",", "")
    if "." in digits:
        return EXACT_TOLERANCE
    value = float(digits)
    if value <= 0:
        return EXACT_TOLERANCE
    zeros = len(digits) - len(digits.rstrip("0"))
    return max(EXACT_TOLERANCE, min(0.1, (10.0**zeros / 2) / value))


def qualified(
    value: float, effect: str | None, knowledge: Knowledge
) -> tuple[float | None, float | None]:
    """Bounds for a value under a qualifier effect ("about", "up to", "more than"...)."""
    tol = knowledge.tolerance
    if effect == "approx":
        return value * (1 - tol), value * (1 + tol)
    if effect == "near_below":
        return value * (1 - tol), value
    if effect == "near_above":
        # "Just over two days" is no bound: it is two days and a little more.
        return value, value * (1 + tol)
    if effect in ("upper", "ceiling"):
        return None, value
    if effect in ("lower", "floor"):
        return value, None
    return value, value


# Qualifiers that make a figure rough: about it, just under it, just over it.
ROUGH_EFFECTS = frozenset({"approx", "near_below", "near_above"})
_SHARE_DIGITS = re.compile(r"\d+(?:\.(\d+))?")


def rough_share(
    value: float, effect: str | None, low: float | None, high: float | None, written: str
) -> tuple[float | None, float | None]:
    """A rough share's bounds (``low``, ``high`` from :func:`qualified`) held to a few
    points, as finely as the writer gave it: "about 90%" is 85 to 95, "around 95%" 92.5
    to 97.5, "some 88%" 86 to 90, "about 12.5%" 12.3 to 12.7. A tenth of the share either
    side (81 to 99 for "about 90%") lets a figure given to the point agree with any
    within several points of it. A share written in words ("about two thirds"), or one
    not rough, keeps its bounds."""
    m = _SHARE_DIGITS.search(written)
    if effect not in ROUGH_EFFECTS or m is None:
        return low, high
    if m.group(1):
        slack = 2 * 10.0 ** -len(m.group(1))  # given to the tenth: two tenths either side
    elif value % 10 == 0:
        slack = 5.0
    elif value % 5 == 0:
        slack = 2.5
    else:
        slack = 2.0  # given to the point: two points either side
    return (
        None if low is None else max(low, value - slack),
        None if high is None else min(high, value + slack),
    )


def ratio(a: Amount, b: Amount) -> tuple[float, float] | None:
    """The range of a/b over both intervals, when both are bounded and b is positive."""
    if None in (a.low, a.high, b.low, b.high) or not b.low or b.low <= 0:
        return None
    assert a.low is not None and a.high is not None and b.high is not None
    return a.low / b.high, a.high / b.low


def close(a: float, b: float, tolerance: float) -> bool:
    """True when a and b agree within ``tolerance`` (a fraction of the larger)."""
    return math.isclose(a, b, rel_tol=tolerance)
