"""Piece rates: pay by the thing done, not by the time worked ("£1.30 a parcel", "80p for
every order they deliver", "$85 per shift"). Such a sum has no pay period, so its size
says nothing of one (a few pounds is no hourly rate), and it is the rate for one such
thing only."""

from __future__ import annotations

import re

from factcheck.rulepacks.knowledge import Knowledge

# "a parcel", "per drop", "for each order", "for every parcel they deliver", "each drop";
# a hyphen or slash as pay tables write it ("£1.30/parcel").
_PER = re.compile(
    r"^\s*(?:(?:a|an|per|each|for\s+(?:each|every))\s+|/\s*)"
    r"(?P<thing>(?-i:[a-z]+(?:-[a-z]+)?))\b(?!['’]s)",
    re.IGNORECASE,
)
# Words after "a" or "per" that are no thing paid for: a period is written this way too
# (the periods table), and so are words of other kinds ("a year-end bonus" aside).
_NOT_THINGS = frozenset(
    "hour day week month year annum fortnight quarter lot little bit few couple total head"
    " person worker employee member month's week's year's".split()
)


def piece_after(after: str, knowledge: Knowledge) -> str | None:
    """The thing a sum is paid per when the words right after it say so ("a parcel" ->
    "parcel"; "for every order they deliver" -> "order"), or None. A period ("an hour",
    "per annum") is no thing, nor is one of the periods table's phrases."""
    m = _PER.match(after)
    if m is None:
        return None
    thing = m.group("thing").lower()
    written = m.group(0).strip().lower()
    if thing in _NOT_THINGS or written in knowledge.period_phrases:
        return None
    if any(thing == p.split()[-1] for p in knowledge.period_phrases if " " in p):
        return None  # "per uke", "al mes": a period in another language
    return one_of(thing)


def one_of(word: str) -> str:
    """A thing named in the plural as one of it ("parcels" is "parcel", "bonuses" is
    "bonus"), so that a claim and a page name it alike."""
    if word.endswith(("ches", "shes", "xes", "uses")):
        return word[:-2]
    if word.endswith(("ss", "us")) or not word.endswith("s"):
        return word
    return word[:-1]
