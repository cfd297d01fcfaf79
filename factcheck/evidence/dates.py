"""Dates read loosely from a source sentence: a date the sentence gives with the claim's
event named in it by any form of the same verb ("agreed to postpone the vote until June
9" for "the vote was postponed until June 9")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.claims.values import Parsers
from factcheck.evidence.index import keywords


@dataclass(frozen=True)
class DatedMention:
    """A date written in a sentence (ISO, as precise as written) and where it stands."""

    date: str
    start: int
    end: int


def event_stem(event: str) -> str:
    """The comparable stem of an event's verb: its last word, stemmed ("was postponed"
    -> "postpon"); empty when the event has no content word."""
    words = keywords(event).split()
    return words[-1] if words else ""


def names_event(text: str, stem: str) -> bool:
    """True when a word of ``text`` is a form of the verb whose stem is ``stem``."""
    if len(stem) < 3:
        return False
    return any(
        keywords(w) == stem for w in re.findall(r"[A-Za-z]+", text) if w[:2].lower() == stem[:2]
    )


def dated_mentions(text: str, date_regex: str, parsers: Parsers) -> list[DatedMention]:
    """Every date in ``text`` that names at least a month, in order."""
    found = []
    for m in re.finditer(date_regex, text, re.IGNORECASE):
        value = parsers.date(m.group(0))
        if value.month is not None:
            found.append(DatedMention(value.iso(), m.start(), m.end()))
    return found
