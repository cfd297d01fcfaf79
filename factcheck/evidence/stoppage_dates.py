"""Dates of a stoppage of work told by other words than the claim's, and spans of days.

A date claim is compared with a source's date of the same event, and an event is told
by its verb; but a walkout is one event whatever verb tells it: "the first walkout came
on 3 May", "crews stopped work on 3 May" and "staff walked off the job on 3 May" are
one. And a span of days ("from 4 to 6 May") is the same span whatever verb comes
before it ("went ahead from 4 to 6 May"). Both back a claim only; which event a date
told loosely belongs to is not sure enough to refute one."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.claims.values import Parsers
from factcheck.evidence.dates import CLAUSE_EDGE
from factcheck.evidence.weekdays import weekday_date
from factcheck.rulepacks.knowledge import Knowledge

# The lexicon lists whose words name a stoppage of work, as a noun or a verb phrase.
STOPPAGE_LISTS = ("strike", "strike_nouns", "walkout_verbs", "disputes")


@functools.lru_cache(maxsize=8)
def _phrases_regex(phrases: frozenset[str]) -> re.Pattern[str]:
    # Longest first, so that "walked off the job" is matched whole before "walked off".
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def phrases_in(text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases of a list that ``text`` holds, lowercased, in order."""
    wanted = frozenset(p.lower() for p in phrases if p)
    if not wanted:
        return []
    return [m.group(0).lower() for m in _phrases_regex(wanted).finditer(text)]


def stoppage_words(knowledge: Knowledge) -> set[str]:
    """Every word or phrase that names a stoppage of work."""
    return {w for name in STOPPAGE_LISTS for w in knowledge.words(name)}


def names_stoppage(text: str, knowledge: Knowledge) -> bool:
    """True when ``text`` names a stoppage of work ("walkout", "stopped work")."""
    return bool(phrases_in(text, stoppage_words(knowledge)))


def tells_stoppage(claim_text: str, event: str, knowledge: Knowledge) -> bool:
    """True when a date claim tells that a stoppage happened or began: its words name a
    stoppage and its event's verb is either part of the words that name it ("crews
    stopped work on ...") or says only that its subject happened ("the first walkout
    came on ...", "the strike took place on ...")."""
    verb = event.lower().split()[-1:] if event else []
    if not verb:
        return False
    named = phrases_in(claim_text, stoppage_words(knowledge))
    if any(verb[0] in phrase.split() for phrase in named):
        return True
    happening = phrases_in(claim_text, knowledge.words("happening_verbs"))
    return bool(named) and any(verb[0] in phrase.split() for phrase in happening)


# Verbs of a stoppage phrase that tell it going on, not starting ("remained on strike",
# "were striking"): the day of such a phrase is no first day.
_GOING_ON = frozenset(
    "remained stayed stay stays were was are is have had been taking working".split()
)
# Picket lines told as raised: "picket lines went up", "pickets were set up", "a picket
# line was thrown up".
_PICKETS_UP = re.compile(
    r"\bpicket(?:s|\s+lines?)\s+(?:went|go|goes|were\s+\w+|was\s+\w+)\s+up\b", re.IGNORECASE
)
# The work itself told as stopping: "work stopped", "production halted", "peeling
# ceased", "loading ground to a halt" (a subject naming the work, or one -ing word).
_WORK_SUBJECT = re.compile(r"(?:the\s+)?(?:work|production|output|operations|\w{3,}ing)", re.I)
_WORK_STOPPED = frozenset({"stopped", "halted", "ceased", "ground"})


def starts_stoppage(claim_text: str, event: str, subject: str, knowledge: Knowledge) -> bool:
    """True when a date claim tells the day a stoppage of work began by words other than
    "began": its verb is one of a walk-out phrase it holds ("downed tools", "walked off
    the job", "set up picket lines"; not one telling it went on, "remained on strike"),
    picket lines went up, or the work itself stopped ("production halted", "picking
    ceased"). The day is a stoppage's first, as "the strike began on" gives it."""
    verb = event.lower().split()[:1] if event else []
    if not verb or verb[0] in _GOING_ON:
        return False
    named = phrases_in(claim_text, knowledge.words("walkout_verbs"))
    if any(verb[0] in phrase.split() for phrase in named):
        return True
    if _PICKETS_UP.search(claim_text):
        return True
    return verb[0] in _WORK_STOPPED and _WORK_SUBJECT.fullmatch(subject.strip()) is not None


# A weekday that tells the day something was done: "on Thursday", "late on Thursday",
# "last Thursday"; never the day of a plan ("for Friday", "from Monday", "by Friday").
_DONE_ON = re.compile(r"\b(?:on|last)\s+$", re.IGNORECASE)
# Where the clause that tells a weekday's event begins or ends.
_CLAUSE_EDGE = re.compile(CLAUSE_EDGE)


def stoppage_weekday(text: str, page_day: str, knowledge: Knowledge) -> tuple[str, int, int] | None:
    """The day (ISO) a sentence of a story dated ``page_day`` gives a stoppage of work by
    its weekday alone, with where the weekday stands: "staff stopped work on Thursday"
    or "On Thursday, crews walked out" in a story of Thursday 9 May is 9 May. The clause
    that holds the weekday must name the stoppage (before the weekday, or after it when
    the weekday opens the sentence); None otherwise, or when the sentence names no
    weekday, or two (:func:`weekday_date`)."""
    told = weekday_date(text, page_day)
    if told is None:
        return None
    day, start, end = told
    before = text[:start]
    if not _DONE_ON.search(before):
        return None
    if before.strip().lower() in {"on", "last"}:
        clause = _CLAUSE_EDGE.split(text[end:].lstrip(" ,"), maxsplit=1)[0]
    else:
        clause = _CLAUSE_EDGE.split(before)[-1]
    return (day, start, end) if names_stoppage(clause, knowledge) else None


@dataclass(frozen=True)
class Span:
    """A span of days as written: its first and last day, ISO, as precise as written."""

    first: str
    last: str
    start: int
    end: int


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"


def spans(text: str, date_regex: str, parsers: Parsers) -> list[Span]:
    """The spans of days ``text`` gives by their first and last day ("from 4 to 6 May
    2031", "between 3 March and 14 March"): a first day written as a number alone
    shares the last day's month and year."""
    pattern = (
        rf"\b(?:from|between)\s+(?:{_WEEKDAY})?(?:the\s+)?"
        rf"(?P<first>{date_regex}|\d{{1,2}}(?:st|nd|rd|th)?)\s+"
        rf"(?:to|until|till|through|and|–|—|-)\s+(?:{_WEEKDAY})?(?:the\s+)?(?P<last>{date_regex})"
    )
    out = []
    for m in re.finditer(pattern, text, re.IGNORECASE):
        last = parsers.date(m.group("last"))
        if not last.month or not last.day:
            continue
        first = parsers.date(m.group("first"))
        if not first.month:
            digits = re.match(r"\d+", m.group("first"))
            if digits is None:
                continue
            first_iso = f"{last.iso()[:-2]}{int(digits.group(0)):02d}"
        else:
            if not first.day:
                continue
            first_iso = first.iso()
            if first.year is None and last.year is not None:
                first_iso = f"{last.year:04d}{first_iso[4:]}"
        out.append(Span(first_iso, last.iso(), m.start(), m.end()))
    return out
