"""Piece rates: pay by the thing done, not by the time worked ("£1.30 a parcel", "80p for
every order they deliver", "$85 per shift"). Such a sum has no pay period, so its size
says nothing of one (a few pounds is no hourly rate), and it is the rate for one such
thing only."""

from __future__ import annotations

import re

from factcheck.rulepacks.knowledge import Knowledge

# "a parcel", "per drop", "for each order", "for every parcel they deliver", "each drop";
# a hyphen or slash as pay tables write it ("£1.30/parcel"). After "per", "each" or "for
# every", a hyphenated word before the thing is its modifier ("for every first-grade
# match", "per long-haul trip").
_PER = re.compile(
    r"^\s*(?:(?:a|an)\s+|(?:per|each|for\s+(?:each|every))\s+"
    r"(?:(?-i:[a-z]+-[a-z]+)\s+(?=(?-i:[a-z]{3,})\b(?![-'’])))?|/\s*)"
    r"(?P<thing>(?-i:[a-z]+(?:-[a-z]+)?))\b(?!['’]s)",
    re.IGNORECASE,
)
# Hours of a kind after the thing's word: "per flight hour", "a billable hour".
_HOURS_OF = re.compile(r"\s+hours?\b", re.IGNORECASE)
# The thing told before the sum, as the subject or the frame of its clause: "each
# first-grade game earns the referee A$3,850", "per shift, guards get $210", "for every
# match they control, referees are paid A$2,850". The words between say that it pays,
# and hold no other figure.
_PER_BEFORE = re.compile(
    r"\b(?:each|every|per)\s+(?:(?-i:[a-z]+-[a-z]+)\s+)?(?P<thing>(?-i:[a-z]{3,}))\b(?!['’-])"
    r"(?P<between>[^.;:!?\d$£€¥₹]{0,60})$",
    re.IGNORECASE,
)
# What the words between such a thing and the sum must hold: a word of paying.
_PAYS = re.compile(
    r"\b(?:earn(?:s|ed|ing)?|pa(?:y|ys|id|ying)|gets?|got|receives?|received|worth|brings?"
    r"|brought|nets?|netted|fee|rate|comes?\s+with)\b",
    re.IGNORECASE,
)
# Words after "a" or "per" that are no thing paid for: a period is written this way too
# (the periods table), and so are words of other kinds ("a year-end bonus" aside).
_NOT_THINGS = frozenset(
    "hour day week month year annum fortnight quarter lot little bit few couple total head"
    " person worker employee member month's week's year's cent centum capita time other one"
    " side".split()
)


def piece_after(after: str, knowledge: Knowledge) -> str | None:
    """The thing a sum is paid per when the words right after it say so ("a parcel" ->
    "parcel"; "for every order they deliver" -> "order"), or None. A period ("an hour",
    "per annum") is no thing, nor is one of the periods table's phrases."""
    m = _PER.match(after)
    if m is None:
        return None
    thing = m.group("thing").lower()
    if _HOURS_OF.match(after, m.end()):
        return None  # "per flight hour", "per credited hour": an hourly rate, of such hours
    written = m.group(0).strip().lower()
    if thing in _NOT_THINGS or written in knowledge.period_phrases:
        return None
    if any(thing == p.split()[-1] for p in knowledge.period_phrases if " " in p):
        return None  # "per uke", "al mes": a period in another language
    if knowledge.is_role(thing):
        return None  # "$88,000 per driver": a person's pay, not a thing done
    return one_of(thing)


def piece_before(before: str, knowledge: Knowledge) -> str | None:
    """The thing a sum is paid per when its clause names it before the sum ("each
    first-grade game earns the referee" -> "game"; "per shift, guards get" -> "shift"),
    or None. As after a sum, a period or a person is no thing."""
    m = _PER_BEFORE.search(before)
    if m is None or not _PAYS.search(m.group("between")):
        return None
    thing = m.group("thing").lower()
    if thing in _NOT_THINGS or thing in knowledge.period_phrases or knowledge.is_role(thing):
        return None
    return one_of(thing)


def same_piece(ours: str, theirs: str, knowledge: Knowledge) -> bool:
    """True when two things paid per are one ("game" and "match", by the lexicon's
    synonyms), or the same word."""
    return ours == theirs or theirs in knowledge.synonyms.get(ours, set())


def one_of(word: str) -> str:
    """A thing named in the plural as one of it ("parcels" is "parcel", "bonuses" is
    "bonus"), so that a claim and a page name it alike."""
    if word.endswith(("ches", "shes", "xes", "uses")):
        return word[:-2]
    if word.endswith(("ss", "us")) or not word.endswith("s"):
        return word
    return word[:-1]
