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
    """True when a word of ``text`` is a form of the verb whose stem is ``stem``: the
    stemmer leaves "ratified" as "ratifi" and "ratify" whole, so a last "i" or "y" is
    let go on both sides."""
    if len(stem) < 3:
        return False
    root = _root(stem)
    return any(
        _root(keywords(w)) == root
        for w in re.findall(r"[A-Za-z]+", text)
        if w[:2].lower() == stem[:2]
    )


# Where a clause of a sentence begins: a stop, a dash, a bracket, a comma, or a word
# that opens a clause telling another event ("stopped work after the talks ended",
# "walked out once the meeting finished").
_OPENERS = r"(?:after|before|when|once|as|while|until|because|since|although|though|whereas)"
_CLAUSE_BREAK = re.compile(rf"[.;:!?()\u2013\u2014]|,\s|\s(?={_OPENERS}\s)", re.IGNORECASE)
_OPENS = re.compile(rf"\s*{_OPENERS}\s", re.IGNORECASE)
# A clause that tells more of the thing named just before it ("the walkout, which
# ended ...") is read with that thing, and so is a clause after such an aside ("the
# walkout, which ran a week, ended ...").
_RELATIVE = re.compile(r"\s*(?:which|who|that)\b", re.IGNORECASE)


def event_clauses(text: str, stem: str) -> list[str]:
    """The clauses of ``text`` holding a form of the verb whose stem is ``stem``
    (:func:`names_event`), each with what it tells of: a relative clause is read
    with the clause before it. "Crews stopped work after the talks ended" tells
    that the talks ended, not the work; :func:`opens_clause` tells such a clause."""
    pieces, at = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        pieces.append(text[at : m.start()])
        at = m.end()
    pieces.append(text[at:])
    out = []
    for i, piece in enumerate(pieces):
        if not names_event(piece, stem):
            continue
        first = i
        while (
            first > 0
            and not _OPENS.match(pieces[first])
            and (_RELATIVE.match(pieces[first]) or _RELATIVE.match(pieces[first - 1]))
        ):
            first -= 1
        out.append(" ".join(pieces[first : i + 1]))
    return out


def opens_clause(clause: str) -> bool:
    """True when ``clause`` opens with a word that makes it tell another event than its
    sentence's own ("after the talks ended", "when the meeting finished")."""
    return _OPENS.match(clause) is not None


def _root(stem: str) -> str:
    return stem[:-1] if len(stem) > 4 and stem[-1] in "iy" else stem


def dated_mentions(text: str, date_regex: str, parsers: Parsers) -> list[DatedMention]:
    """Every date in ``text`` that names at least a month, in order."""
    found = []
    for m in re.finditer(date_regex, text, re.IGNORECASE):
        value = parsers.date(m.group(0))
        if value.month is not None:
            found.append(DatedMention(value.iso(), m.start(), m.end()))
    return found


# A date written in figures: "11/06/2025", "5.8.2024".
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# Times of day come out before a written date is read: "9:30 am on 3rd March".
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.I)
_RANGE_TO = re.compile(r"\s+(?:to|until|till|through|-|–|—)\s+", re.I)


def last_date(value: str, parsers: Parsers) -> str | None:
    """The date a field's value ends on, ISO ("03/02/2025 to 03/27/2025" -> "2025-03-27";
    "9:30 am on Friday 4th April 2025" -> "2025-04-04"). Figures are read month
    first or day first only when one of the value's dates shows which (a part above 12):
    an order the value leaves open gives no date, never a guess."""
    isos = _ISO.findall(value)
    if isos:
        return "-".join(isos[-1])
    numeric = _NUMERIC.findall(value)
    if numeric:
        month_first = any(int(b) > 12 for _, b, _ in numeric)
        day_first = any(int(a) > 12 for a, _, _ in numeric)
        if month_first == day_first:
            return None
        first, second, year = numeric[-1]
        month, day = (first, second) if month_first else (second, first)
        return f"{year}-{int(month):02d}-{int(day):02d}"
    written = parsers.date(_RANGE_TO.split(_TIME.sub(" ", value))[-1])
    return written.iso() if written.month is not None else None
