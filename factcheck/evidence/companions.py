"""The figures told with a claim's figure in its clause: a change in percent ("£40.2m, up
12%"), a length of time ("1,300 trains cancelled over two days"), a count of where it
was taken ("2,400 nurses across 30 hospitals") and where a change from it ended ("from
25% to 15%"). A source sentence
that gives the claim's figure with a companion of the same kind tells that companion for
the same quantity: where it differs, the claim is only half borne out.

A source sentence with more than one companion of a kind is not read (which belongs to
the figure is not sure), and neither is a companion the claim's own span holds (the claim
is then the change or the length itself, judged by its own comparator).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import number_parser

from factcheck.claims.values import DAYS_IN
from factcheck.evidence.level_changes import changes

__all__ = ["LEVEL", "Companion", "companions", "differs", "near"]

# The number words a length is told in ("over four days"), read by number-parser.
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty"
).split()
# "over four days", "across the 15 weeks", "for 72 hours", "lasting three months".
_LENGTH = re.compile(
    r"\b(?:over|across|for|during|lasting|spanning|spread\s+over|in)\s+(?:the\s+|a\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|more\s+than)\s+)?"
    rf"(?P<num>\d+(?:\.\d+)?|{'|'.join(_NUMBER_WORDS)})[\s-]+"
    r"(?P<unit>hour|day|week|fortnight|month|year)s?\b",
    re.IGNORECASE,
)
# Where a count was taken, told with a preposition: "across 20 countries", "at 14 sites",
# "in 9 regions" (not a length of time, read above).
# The noun may follow a word or two of its kind: "across 39 local radio stations".
_COUNTED = (
    r"(?:[a-z][a-z-]*\s+){0,2}?"
    r"(?P<noun>(?!(?:hour|day|week|fortnight|month|year|minute|second)s\b)[a-z][a-z-]*[^s\W]s)\b"
)
_COUNT = re.compile(
    r"\b(?:across|in|at|from|among|over)\s+(?:the\s+)?"
    r"(?:(?P<floor>more\s+than|over|at\s+least)\s+|(?:some|about|around|roughly|nearly)\s+)?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{'|'.join(_NUMBER_WORDS)})\s+{_COUNTED}",
    re.IGNORECASE,
)
# A second count joined to the figure's clause by "and": "1,150 pilots took part and 512
# flights were cancelled", "and cancelled 412 flights".
_JOINED_COUNT = re.compile(
    r"\band\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<num>(?!(?:19|20)\d\d\b)(?:\d{{1,3}}(?:,\d{{3}})+|\d+))\s+{_COUNTED}",
)


# Where a change "from X to Y" ended: its "to Y" is the level told with the X it started
# from ("cut the premium from 30% to 18%", "grew from about 900 to 1,400").
_FIGURE = r"[$£€¥₹]?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|per\s*cent|percent))?"
_FROM_TO = re.compile(
    rf"\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+)?{_FIGURE}\s+"
    rf"(?P<to>to\s+(?:about\s+|around\s+|some\s+|roughly\s+)?(?P<num>{_FIGURE}))",
    re.IGNORECASE,
)
# The kind of a change's end (see :func:`companions`).
LEVEL = "level"


# How far a companion may stand from the claim's figure, in characters, within a clause.
REACH = 90
# Two companions of a kind agree within this share of the larger (a rounded change, a
# length in other units).
AGREE_SHARE = 0.06


@dataclass(frozen=True)
class Companion:
    """A figure told beside another: ``kind`` ("change", "length" or "count of" what it
    counts), its value (a change's sign included; a length in days), its words and where
    they stand."""

    kind: str
    value: float
    text: str
    start: int
    end: int
    # Told as a floor ("at more than 150 sites"): any larger value bears it out.
    floor: bool = False


def companions(text: str) -> list[Companion]:
    """The changes in percent, lengths of time and counts of places a sentence tells."""
    out = [
        Companion("change", c.value * c.direction, text[c.start : c.end], c.start, c.end)
        for c in changes(text)
    ]
    for m in _LENGTH.finditer(text):
        raw = m.group("num").lower()
        number = float(number_parser.parse_number(raw) if raw in _NUMBER_WORDS else raw)
        days = number * DAYS_IN[m.group("unit").lower()]
        out.append(Companion("length", days, m.group(0), m.start(), m.end()))
    for m in _FROM_TO.finditer(text):
        raw = re.sub(r"[^\d.]", "", m.group("num").replace("per cent", "").replace("percent", ""))
        kind = f"{LEVEL} %" if re.search(r"%|per\s*cent", m.group("num"), re.I) else LEVEL
        out.append(Companion(kind, float(raw), m.group("to"), m.start("to"), m.end("to")))
    counts = list(_COUNT.finditer(text))
    counts += [
        m
        for m in _JOINED_COUNT.finditer(text)
        if not any(c.start("num") == m.start("num") for c in counts)
    ]
    for m in counts:
        raw = m.group("num").lower()
        number = float(
            number_parser.parse_number(raw) if raw in _NUMBER_WORDS else raw.replace(",", "")
        )
        # Of one kind only with a count of the same things ("countries", "sites").
        kind = f"count of {m.group('noun').lower()}"
        # A joined count is told from its number ("87 sailings"), a place with its
        # preposition ("across 20 countries").
        begin = m.start() if m.re is _COUNT else m.start("num")
        floor = m.re is _COUNT and m.group("floor") is not None
        out.append(Companion(kind, number, text[begin : m.end()], begin, m.end(), floor))
    return out


def near(text: str, start: int, end: int) -> list[Companion]:
    """The companions of the figure at ``text[start:end]``: in its clause, within
    :data:`REACH` characters, outside its own span."""
    out = []
    for c in companions(text):
        if c.start < end and c.end > start:
            continue  # the claim is this figure itself
        after = c.start >= end
        lo, hi = (end, c.start) if after else (c.end, start)
        between = text[lo:hi]
        if hi - lo > REACH or re.search(r"[;.!?]\s|\d", between):
            continue  # another clause, or another figure nearer
        if not after and "," in between:
            continue  # "over four days, stranding 9,000 people": the clause before
        out.append(c)
    return out


def differs(ours: Companion, text: str) -> Companion | None:
    """The one companion of ``ours``'s kind in a source sentence when it tells another
    value, else None (none, several, or the same)."""
    theirs = [c for c in companions(text) if c.kind == ours.kind]
    if len(theirs) != 1:
        return None
    other = theirs[0]
    low = ours if ours.value <= other.value else other
    if low.floor:
        return None  # "at more than 150 sites" is borne out by any larger count
    if (ours.value > 0) != (other.value > 0):
        return other
    big = max(abs(ours.value), abs(other.value))
    return None if abs(ours.value - other.value) <= AGREE_SHARE * big else other
