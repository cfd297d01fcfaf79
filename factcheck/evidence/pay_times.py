"""Pay at a time. A figure tied to a year ("$96,000 by 2027", "€2,150 in 2022") is the
pay of that year, and a change ("rose from €1,240 to €1,310 a month") gives two figures at
two times, not a range of pay: each is compared with the figure the source gives for the
same time, never with another year's."""

from __future__ import annotations

import re
from typing import NamedTuple

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# A year right after a figure: "$61,000 in 2024", "€14 an hour by July 2026", "£30,000 a
# year from 2025", "as of 1 April 2024", "$25.40 in the final year, 2027".
_YEAR_AFTER = re.compile(
    r"[\s,]*(?:(?:an?|per)\s+(?:hour|day|week|month|year)\s*,?\s*)?"
    r"(?:in|by|from|for|as\s+of|starting(?:\s+in)?|effective|beginning(?:\s+in)?|until"
    r"|through|on)\s+"
    r"(?:(?:early|late|mid-?|the\s+end\s+of|end\s+of)\s*)?"
    # The year named as a year of a deal: "in the final year, 2027".
    r"(?:the\s+(?:final|last|first|second|third|fourth|fifth)\s+year,?\s+)?"
    rf"(?:(?:\d{{1,2}}\s+)?{_MONTHS}\s+(?:\d{{1,2}},?\s+)?)?"
    r"((?:19|20)\d\d)(?!\d|[,.]\d)",
    re.IGNORECASE,
)
# Words that move pay from one figure to another, before "from X to Y".
_CHANGE = re.compile(
    r"\b(?:rose|rises?|risen|rising|raise[sd]?|raising|increase[sd]?|increasing|climb(?:s|ed|ing)?"
    r"|grew|grow(?:s|n|ing)?|jump(?:s|ed|ing)?|went\s+up|go(?:es|ing)?\s+up|lift(?:s|ed|ing)?"
    r"|boost(?:s|ed|ing)?|hike[sd]?|hiking|bump(?:s|ed|ing)?|fell|fall(?:s|en|ing)?"
    r"|drop(?:s|ped|ping)?|cut(?:s|ting)?|decrease[sd]?|decreasing|reduce[sd]?|reducing"
    # A move told by a verb of no direction: "goes from", "moved from", "changes from".
    r"|go(?:es|ne|ing)?|went|mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|shift(?:s|ed|ing)?)\b"
    r"[^.;:!?]{0,100}?\bfrom\s+(?:(?:an?\s+)?(?:average|median|minimum|base|starting|hourly"
    r"|monthly|annual)\s+(?:(?:pay|wage|salary|rate)\s+)?(?:of\s+)?)?$"
    # The figure a change started from, told after the one it came to: "S$22, up from
    # S$20", "£395 a week, down from £410".
    r"|\b(?:up|down)\s+from\s+$",
    re.IGNORECASE,
)
# Where a written figure starts: its currency sign with the letters that say whose it is
# ("C$", "A$", "R$", "NZ$", "US$"), a currency code or a letter written as one ("R7,120",
# the rand), or its first digit.
_FIGURE_START = re.compile(r"\b[A-Z]{1,3}[$£€¥₹]|[$£€¥₹]|\b[A-Z]{1,3}\s?(?=\d)|\d")


class When(NamedTuple):
    """When a pay figure holds: the year it is tied to (None when it names none),
    whether it is a change from its low figure to its high one, and whether its clause
    tells it as pay still to come ("would increase pay to £X", "will rise to $Y once the
    deal takes effect")."""

    year: int | None
    change: bool
    ahead: bool = False


# A word that puts what follows in time to come: a modal ("will", "would", "'ll",
# "shall"), or a promise, plan or schedule ("has pledged to", "is set to", "is due to").
_TO_COME = (
    r"(?:will|would|shall|\w+['’]ll|(?:is|are|was|were)\s+(?:set|due|going|scheduled|expected)\s+to"
    r"|(?:has\s+|have\s+)?(?:promised|pledged|vowed|undertaken|committed)\s+to"
    r"|plans?\s+to|planned\s+to|intends?\s+to|proposes?\s+to|proposed\s+to)"
)
# A verb that moves pay or sets it, after such a word: "would increase pay to",
# "will lift the rate to", "is set to reach", "will be paid", "will pay".
_MOVE = (
    r"(?:increas|rais|lift|ris|rose|go\s+up|climb|boost|bump|mov|tak|bring|put|reach|hik"
    r"|be\s+paid|pay|earn|get|receiv|be)\w*"
)
# The figure's clause, up to the figure, telling pay to come.
_AHEAD_BEFORE = re.compile(
    rf"\b{_TO_COME}\s+(?!(?:keep|continue|still)\b)(?:\w+\s+){{0,2}}?{_MOVE}\b[^.;:!?]{{0,80}}$",
    re.I,
)
# Words after a figure that tell it holds once something comes into force: "£11.44 an
# hour when it takes effect", "once the law comes into force".
_AHEAD_AFTER = re.compile(
    r"^[^.;:!?]{0,40}?\b(?:when|once|after|as\s+soon\s+as)\s+(?:\w+\s+){0,4}?"
    r"(?:takes?\s+effect|comes?\s+into\s+(?:force|effect)|kicks?\s+in|is\s+introduced)\b",
    re.I,
)
# Where the clause holding a figure starts: a stop, a semicolon, or a word that opens
# another clause ("..., while X earns £11", "..., but Y would pay £12").
_CLAUSE_START = re.compile(r".*(?:[.;:!?]\s|\b(?:while|whereas|but|and)\s)", re.I | re.S)


_TO_COME_WORD = re.compile(rf"\b{_TO_COME}\b", re.I)


def clause_before(text: str, start: int) -> str:
    """The words of the clause holding ``start``, up to it: from the last stop,
    semicolon or clause-opening word ("while", "but", "and") before it."""
    before = text[:start]
    m = _CLAUSE_START.match(before)
    return before[m.end() :] if m else before


def told_ahead(text: str, start: int) -> bool:
    """True when the clause before ``start`` holds a word of time to come ("will",
    "plans to", "is set to"): a claim so told is of pay to come, and pay a source tells
    as to come speaks to it."""
    return _TO_COME_WORD.search(clause_before(text, start)) is not None


def ahead(text: str, start: int, end: int) -> bool:
    """True when the clause holding the pay written at ``text[start:end]`` tells it as
    pay still to come: a modal or a promise before a verb that sets or moves pay ("said
    it would increase pay to £11.44", "is set to rise to $19", "will be paid €2,400"), or
    words after it that tie it to a change coming into force ("when it takes effect")."""
    return bool(_AHEAD_BEFORE.search(clause_before(text, start)) or _AHEAD_AFTER.match(text[end:]))


def year_after(text: str, end: int) -> int | None:
    """The year a figure ending at ``end`` of ``text`` is tied to by the words right
    after it ("by 2027", "in March 2024"), or None."""
    m = _YEAR_AFTER.match(text, end)
    return int(m.group(1)) if m else None


def is_change(text: str, start: int) -> bool:
    """True when the figures starting at ``start`` of ``text`` are what pay moved
    between: "rose from €1,240 to €1,310", "a raise from $19 to $21.50"."""
    return bool(_CHANGE.search(text[max(0, start - 160) : start]))


def when(text: str, start: int, end: int) -> When:
    """When the pay written at ``text[start:end]`` holds (``start`` may be the words
    before the figure the rules took in: "from €1,240 to ...")."""
    first = _FIGURE_START.search(text, start, end)
    at = first.start() if first else start
    return When(year_after(text, end), is_change(text, at), ahead(text, at, end))


# A raise written as a share, with the pay it comes with: "followed by 4% raises", "with
# yearly increases of 3.25 per cent", "a 3% rise each July".
_PERCENT = r"(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)"
_RAISES = r"(?:pay\s+)?(?:raises?|increases?|rises?|hikes?|bumps?|step\s+increases?)\b"
_RAISE = re.compile(
    rf"{_PERCENT}\s+(?:(?:annual|yearly|across-the-board|general|further|more)\s+)?{_RAISES}"
    rf"|{_RAISES}\s+of\s+{_PERCENT}",
    re.IGNORECASE,
)


def raise_after(text: str, start: int) -> float | None:
    """The raise, as a percentage, that ``text`` gives after ``start`` with the pay
    figure there ("$18 an hour, followed by 4% raises"), or None; a sentence giving
    raises of different sizes gives none."""
    found = {float(m.group(1) or m.group(2)) for m in _RAISE.finditer(text, start)}
    return found.pop() if len(found) == 1 else None
