"""Days a news story names by their weekday alone ("The assembly on Wednesday adopted
the directive"): the story's own date says which day that was, the latest day of that
name on or before it. Wire copy and press releases tell events this way under a
dateline ("Strasbourg, 24 April 2024")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.evidence.index import keywords

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "on Wednesday", "last Wednesday", "late on Wednesday"; never a weekday a date follows
# ("on Monday, 24 July"), which the date rules read, nor one ahead ("next Friday").
_WEEKDAY = re.compile(
    r"(?<!next )(?<!this )(?<!coming )\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b(?!,?\s+(?:\d|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b))"
)

# Verbs that tell the same act of a body that votes: one approves what another adopts,
# agrees to or votes for.
APPROVALS = frozenset(
    {
        "approv",
        "adopt",
        "pass",
        "endors",
        "ratifi",
        "clear",
        "enact",
        "back",
        "agre",
        "vote",
        "voted",
    }
)


def weekday_date(text: str, page_day: str) -> tuple[str, int, int] | None:
    """The ISO day the one weekday ``text`` names stands for on a page of ``page_day``
    (ISO), with where it is written; None when it names none, or two."""
    found = list(_WEEKDAY.finditer(text))
    if len(found) != 1 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", page_day[:10]):
        return None
    day = date.fromisoformat(page_day[:10])
    back = (day.weekday() - _WEEKDAYS.index(found[0].group("day").lower())) % 7
    return (day - timedelta(days=back)).isoformat(), found[0].start(), found[0].end()


# "today", "earlier today", "yesterday": the story's own day, or the day before it. Never
# "the day before yesterday", nor a phrase quoting another day ("today's 3 May vote").
_RELATIVE_DAY = re.compile(
    r"(?<!before )\b(?P<day>today|this morning|this afternoon|tonight|yesterday)\b(?!['’]s)",
    re.IGNORECASE,
)
_DAYS_BACK = {"yesterday": 1}


def relative_day(text: str, page_day: str) -> tuple[str, int, int] | None:
    """The ISO day ``text`` names as "today" or "yesterday" on a page of ``page_day``
    (ISO), with where the first such word is written; None when it names neither, or
    both."""
    found = list(_RELATIVE_DAY.finditer(text))
    backs = {_DAYS_BACK.get(m.group("day").lower(), 0) for m in found}
    if len(backs) != 1 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", page_day[:10]):
        return None
    day = date.fromisoformat(page_day[:10]) - timedelta(days=backs.pop())
    return day.isoformat(), found[0].start(), found[0].end()


def same_act(claim_stem: str, text: str) -> int | None:
    """Where ``text`` tells the act the claim's verb stem names by a verb of its family
    (:data:`APPROVALS`): the end of that verb, or None."""
    found = act_told(claim_stem, text)
    return found[1] if found else None


def act_told(claim_stem: str, text: str) -> tuple[str, int] | None:
    """The stem of the verb of ``text`` that tells the act the claim's verb stem names,
    by a verb of its family (:data:`APPROVALS`), and the end of that verb; or None."""
    family = APPROVALS if _root(claim_stem) in {_root(s) for s in APPROVALS} else {claim_stem}
    roots = {_root(s) for s in family}
    for m in re.finditer(r"[A-Za-z]+", text):
        stem = keywords(m.group(0))
        if _root(stem) in roots:
            return stem, m.end()
    return None


def object_told(obj: str, text: str) -> bool:
    """True when every content word of the claim's object ("the platform work
    directive") stands in ``text``, two words at least: the same thing acted on."""
    ours = set(keywords(obj).split())
    return len(ours) >= 2 and ours <= set(keywords(text).split())


def _root(stem: str) -> str:
    return stem[:-1] if len(stem) > 4 and stem[-1] in "iy" else stem
