"""An event's dates as an encyclopedia infobox gives them ("Date: 2 March 2021 – 9 June
2021 (99 days)"): its first day, its last and its length, for a draft's "began on",
"ended on" or "lasted seven weeks" about the event the page is about."""

from __future__ import annotations

import datetime
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from factcheck.claims.values import DateValue, Parsers
from factcheck.evidence.index import EvidenceIndex, keywords

# Infobox rows that give when the page's event took place.
_DATE_LABEL = re.compile(r"^\s*(?:dates?|date\(s\)|duration|period)\s*$", re.IGNORECASE)
# A span still running has no last day.
_OPEN_END = re.compile(r"[–—-]\s*(?:present|ongoing|now)\b|\bongoing\b", re.IGNORECASE)
# The page's own count of the days: "(99 days)", "(3 months; 99 days)".
_DAYS = re.compile(r"\b(\d{1,4})\s+days?\b", re.IGNORECASE)
# A length told in hours: "Duration: 24 hours (each stoppage)", "48-hour stoppage".
_HOURS = re.compile(r"\b(\d{1,4})[\s-]+hours?\b", re.IGNORECASE)
# A first day written by its number alone before the last ("2–9 June 2021").
_BARE_FIRST = re.compile(r"(?<![\d,])(\d{1,2})(?:st|nd|rd|th)?\s*(?:[–—-]|to|until)\s*$")
# A last day written by its number alone after the first, its year after it ("June 2–9,
# 2021", "June 2 to 9").
_BARE_LAST = re.compile(
    r"^\s*(?:[–—-]|to|until|till|through)\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(\d{4})\b)?",
    re.IGNORECASE,
)
# What stands between a span's two dates.
_BETWEEN = re.compile(r"^\s*(?:[–—-]|to|until|till|through)\s*$", re.IGNORECASE)
# Notes in brackets are no dates of the span ("(2nd phase: 4 May)").
_BRACKETS = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class DateRow:
    """An infobox row giving an event's span: ``entry`` in the evidence index, its first
    and last days (ISO, as precise as written; ``last`` None while it runs on, both None
    where the row gives only a length) and its length in days, both days counted (None
    when either end lacks a day)."""

    entry: int
    first: str | None
    last: str | None
    days: int | None
    # The length in hours where the row counts it so ("24 hours"): a length told in
    # hours is compared in hours, and a date's day says nothing of one.
    hours: float | None = None


def date_rows(index: EvidenceIndex, page: int, date_regex: str) -> list[DateRow]:
    """The spans a page's infobox gives under a date label, in order; a row giving only
    a length ("Duration: 38 days") is a span of that length with no days named."""
    parsers = index.extractor.parsers
    out = []
    for entry in index.fact_entries(page, "infobox"):
        fact = index.sentences[entry].fact
        if fact is None or not _DATE_LABEL.match(str(fact.data.get("label", ""))):
            continue
        value = str(fact.data.get("value", ""))
        row = span_of(value, date_regex, parsers)
        if row is not None:
            out.append(DateRow(entry, *row))
        elif (days := _counted(value)) is not None:
            out.append(DateRow(entry, None, None, days))
        elif (hours := _HOURS.search(value)) is not None:
            out.append(DateRow(entry, None, None, None, float(hours.group(1))))
    return out


def span_of(
    value: str, date_regex: str, parsers: Parsers
) -> tuple[str, str | None, int | None] | None:
    """A span's first day, last day and length from an infobox value: "2 March 2021 –
    9 June 2021", "March 2 – June 9, 2021", "2–9 June 2021", "5 May 2022 – present",
    "June 2–9, 2021". A first day takes its year (and month) from the last where it
    gives none, a last day written by its number alone its month and year; a single
    date is a span of one day. None when the value gives no date with a month."""
    plain = _BRACKETS.sub(" ", value)
    found = [
        (m.start(), m.end(), parsers.date(m.group(0)))
        for m in re.finditer(date_regex, plain, re.IGNORECASE)
    ]
    found = [f for f in found if f[2].month is not None]
    if not found:
        return None
    start, _, first = found[0]
    open_end = bool(_OPEN_END.search(plain))
    if len(found) >= 2 and _BETWEEN.match(plain[found[0][1] : found[1][0]]):
        last: DateValue | None = found[1][2]
    elif len(found) == 1 and (bare := _BARE_FIRST.search(plain[:start])):
        last, first = first, DateValue(first.year, first.month, int(bare.group(1)))
    elif len(found) == 1 and first.day and (bare := _BARE_LAST.match(plain[found[0][1] :])):
        year = int(bare.group(2)) if bare.group(2) else first.year
        first = DateValue(year, first.month, first.day)
        last = DateValue(year, first.month, int(bare.group(1)))
    else:
        last = None if open_end else first
    if last is None:
        return first.iso(), None, _counted(value)
    first, last = _one_span(first, last)
    return first.iso(), last.iso(), _counted(value) or _length(first, last)


def days_between(first: str, last: str) -> int | None:
    """Days from one ISO date to another, both counted, the first taking the last's
    year where it names none ("????-03-02" to "2021-04-09" is 39); None unless both name
    a month and a day."""
    a, b = _from_iso(first), _from_iso(last)
    if not (a.month and a.day and b.month and b.day):
        return None
    return _length(*_one_span(a, b))


def _from_iso(iso: str) -> DateValue:
    parts = [int(p) if p.isdigit() else None for p in iso.split("-")] + [None, None]
    return DateValue(parts[0], parts[1], parts[2])


def _one_span(first: DateValue, last: DateValue) -> tuple[DateValue, DateValue]:
    """A span's ends with the year one gives filled in on the other; a first day taking
    the last's year that comes later in the year falls in the year before ("28 December
    – 4 January 2022")."""
    inherited = first.year is None
    first = DateValue(first.year or last.year, first.month, first.day)
    if last.year is None:
        last = DateValue(first.year, last.month, last.day)
    if (
        inherited
        and first.year
        and (first.month or 0, first.day or 0) > (last.month or 0, last.day or 0)
    ):
        first = DateValue(first.year - 1, first.month, first.day)
    return first, last


def _counted(value: str) -> int | None:
    """The days a value counts in so many words ("(99 days)")."""
    m = _DAYS.search(value)
    return int(m.group(1)) if m else None


def _length(first: DateValue, last: DateValue | None) -> int | None:
    """Days from ``first`` to ``last``, both counted; None unless both are whole dates."""
    if last is None or not (first.year and first.month and first.day):
        return None
    if not (last.year and last.month and last.day):
        return None
    try:
        a = datetime.date(first.year, first.month, first.day)
        b = datetime.date(last.year, last.month, last.day)
    except ValueError:
        return None  # "31 June"
    return (b - a).days + 1 if b >= a else None


def about_page_event(
    claim_text: str,
    index: EvidenceIndex,
    page: int,
    disputes: AbstractSet[str],
    date_regex: str,
    *,
    by_kind: bool,
    stoppage: bool = False,
) -> bool:
    """True when a claim speaks of the event a page is about: it shares a word with the
    page's title (years and ``disputes`` words aside), or, ``by_kind``, both name a
    dispute ("the stoppage" of a page titled "... strike"; with ``stoppage``, the claim
    tells one by its verb: "staff downed tools"); and a year it names outside its dates
    ("the 2019 strike") is the title's, where the title has one."""
    title = index.pages[page].title or ""
    said = set(keywords(re.sub(date_regex, " ", claim_text, flags=re.IGNORECASE)).split())
    titled = set(keywords(title).split())
    years = {w for w in said if re.fullmatch(r"(?:1[5-9]|20)\d\d", w)}
    title_years = {w for w in titled if re.fullmatch(r"(?:1[5-9]|20)\d\d", w)}
    if years and title_years and not years & title_years:
        return False
    stems = {w for d in disputes for w in keywords(d).split()}
    if {w for w in said & titled if not w.isdigit()} - stems:
        return True
    return by_kind and bool((stoppage or said & stems) and titled & stems)
