"""Which part of pay a sum is: a "€300 shift allowance", a "$5,000 signing bonus", a
"London weighting of £4,000" are paid on top of a job's pay, and "£1.30 a parcel" is the
rate for one parcel; none is a figure of the pay itself. A sum naming a part is read only
against a sum naming the same part; the pay a posting or a table gives is another figure
(lexicon ``pay_parts``; piece rates, factcheck/claims/pieces.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.claims.pieces import one_of, piece_after, piece_before
from factcheck.rulepacks.knowledge import Knowledge

# Words that may stand between a sum and the part it names ("a €300 shift allowance",
# "a $5,000 one-off signing bonus") are the part's own modifiers; these instead start
# something else ("$65,000 including bonus", "£38,000 plus a car allowance").
_NOT_MODIFIERS = frozenset(
    "a an the and or plus with without including includes excluding incl before after in"
    " on of per as for from to by at into not no is was are were will would be a year"
    " an hour month week day".split()
)
# Where a written sum starts: its currency sign (with the letters before it) or a digit.
_FIGURE = re.compile(r"\b[A-Z]{1,3}[$£€¥₹]|[$£€¥₹]|\d")
# How many modifiers a part may have between the sum and its noun.
_MOST_MODIFIERS = 2
# The part as the subject of the sum's clause: "the night allowance is €40", "the
# signing bonus will rise to $2,000", "the weighting went up from £3,100 to", "a
# bonus that is now $900".
_PART_IS = (
    r"(?:(?:that|which|will|would|now|has|have|had|been|then)\s+){0,3}"
    r"(?:is|was|are|were|be|stands?\s+at|stood\s+at|comes?\s+to|came\s+to"
    r"|(?:rises?|rose|risen|increases?|increased|climbs?|climbed|grows?|grew|grown|goes\s+up"
    r"|went\s+up|gone\s+up|jumps?|jumped|falls?|fell|fallen|drops?|dropped)"
    r"(?:\s+(?:to|from))?)(?:\s+now)?"
)
# What the part adds on top of pay ("weekend loadings can add up to £6,000"); the rule
# may take "add" in with the sum, leaving only the modal before it.
_PART_ADDS = (
    r"(?:can|could|may|might|typically|usually|often)(?:\s+add(?:s|ed|ing)?)?|add(?:s|ed|ing)?"
)
# A part joined to pay before it, which the sum then totals: "salary plus bonus is".
_JOINED = re.compile(r"\b(?:plus|and|with|including|or)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _patterns(
    parts: frozenset[str],
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The part's noun right after a sum (after its modifiers), right before it (alone,
    with "of" or "worth", or as the subject of a verb: "a shift allowance of €300", "the
    bonus rose to $900") or as a label, and as a label opening the line the sum follows;
    compiled once per lexicon."""
    words = "|".join(sorted((re.escape(w) for w in parts), key=lambda w: (-len(w), w)))
    after = re.compile(
        rf"^\s*(?P<mods>(?:[a-z][\w-]*\s+){{0,{_MOST_MODIFIERS}}}?)(?P<part>{words})\b",
        re.IGNORECASE,
    )
    before = re.compile(
        # The part may be the subject of the sum's clause ("the night allowance rose to
        # €40"), or stand right before it ("a shift premium C$1.45/hour").
        rf"\b(?P<part>{words})\s+"
        rf"(?:of|worth|totalling|totaling|amounting\s+to|(?P<is>{_PART_IS})|{_PART_ADDS}|(?P<bare>))"
        r"(?:\s+(?:up\s+to|about|around|some|roughly|at\s+least|as\s+much\s+as))?\s*$"
        # A label naming the part, its value after a colon, an equals sign or a dash: a
        # row of a pay table or a line of a pay box ("Shift allowance (nights): €215",
        # "Sea supplement = £90", "Meal allowance – $40"). The label may say more of the
        # part in brackets or a few words, but holds no sentence of its own.
        rf"|\b(?P<label>{words})\b[^.;:=$£€¥₹\d]{{0,40}}?\s*(?::|=|\s[–—-])\s*$",
        re.IGNORECASE,
    )
    # A line opening on the label, the sum straight after it (a label and a value in
    # spans of one line: "Sea allowance £190 per month").
    opening = re.compile(
        rf"^\W*(?:[a-z][\w-]*\s+){{0,{_MOST_MODIFIERS}}}(?P<part>{words})\b"
        r"(?:\s*\([^()]{0,40}\))?\s*$",
        re.IGNORECASE,
    )
    return after, before, opening


def pay_part(text: str, start: int, end: int, knowledge: Knowledge) -> str | None:
    """The part of pay the sum at ``text[start:end]`` names (lower-cased, as the lexicon
    writes it), or None for pay itself."""
    piece = piece_after(text[end : end + 60], knowledge)
    if piece is None:
        # Before the figure itself: the words the rules took in ("gets £910") may say
        # that it pays.
        figure = _FIGURE.search(text, start, end)
        at = figure.start() if figure else start
        piece = piece_before(text[max(0, at - 80) : at], knowledge)
    if piece is not None:
        return f"per {piece}"  # "£1.30 a parcel" is the rate for a parcel, not pay
    parts = knowledge.words("pay_parts")
    if not parts:
        return None
    after, before, opening = _patterns(frozenset(parts))
    m = after.match(text[end : end + 60])
    if m is not None and not set(m.group("mods").lower().split()) & _NOT_MODIFIERS:
        return one_of(m.group("part").lower())
    lead = text[max(0, start - 60) : start]
    m = before.search(lead)
    if (
        m is not None
        and (m.group("is") or m.group("bare") is not None)
        and _JOINED.search(lead[: m.start()])
    ):
        m = None  # "pay plus bonus is $80,000": the sum is the whole, not the part
    m = m or opening.match(text[:start])
    return one_of((m.group("part") or m.group("label")).lower()) if m is not None else None


# The words that join extras to the pay a total takes them in with. "Plus overtime"
# and "and bonuses" add them to the figure, which is then the pay without them.
_TAKING_IN = r"(?:including|includes|incl\.?|inclusive\s+of|with|counting|once)"
# Extras told as paid beside the figure ("with night premiums on top", "with a separate
# shift allowance", "with overtime paid separately"): the figure is the pay without them.
_BESIDE = re.compile(
    r"\b(?:on\s+top|extras?|in\s+addition|additional|separate(?:ly)?|besides|apart)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _with_patterns(extras: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows a claimed total that takes in extras paid on top ("including
    on-call", ", with overtime and bonus", "plus super", "once allowances are added"), and
    the same opening its clause ("With overtime, fitters make ..."); compiled once per
    lexicon."""
    words = "|".join(sorted((re.escape(w) for w in extras), key=lambda w: (-len(w), w)))
    extra = rf"(?:[a-z][\w-]*\s+){{0,3}}?(?:{words})\b"
    after = re.compile(
        r"^[^.;:]{0,25}?(?:\b(?:a\s+(?:year|month|week)|annually|per\s+\w+)\s*)?,?\s*"
        rf"{_TAKING_IN}\s+{extra}",
        re.IGNORECASE,
    )
    before = re.compile(rf"(?:^|[;:]\s*)\W*{_TAKING_IN}\s+{extra}[^;:]*$", re.IGNORECASE)
    return after, before


def with_extras(text: str, start: int, end: int, knowledge: Knowledge) -> bool:
    """True when the sum at ``text[start:end]`` is told as a total that takes in pay on
    top of the job's pay ("$150,000 including on-call", "with overtime, €52,000"): the
    job's pay alone, a smaller sum, is then a part of it, no conflict with it."""
    extras = knowledge.words("pay_parts") | knowledge.words("pay_extras")
    if not extras:
        return False
    after, before = _with_patterns(frozenset(extras))
    m = after.match(text[end : end + 80])
    if m is not None:
        clause = re.split(r"[.;:]", text[end:], maxsplit=1)[0]
        return _BESIDE.search(clause) is None
    m = before.search(text[:start])
    return m is not None and _BESIDE.search(m.group()) is None
