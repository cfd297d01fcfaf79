"""Which length of time a source gives bears on a claimed one. Two lengths told in hours
or minutes are compared in hours, without the day of slack that lengths counted in days
get for their first and last days counted or not ("72 hours" is not a "48-hour" strike);
and a length dated to days far from the claim's is another event's."""

from __future__ import annotations

import re

from factcheck.claims.amounts import Amount
from factcheck.claims.fields import DURATION_SHARE_SLACK
from factcheck.evidence.base import ArticleView
from factcheck.evidence.index import EvidenceIndex
from factcheck.evidence.readings import Reading
from factcheck.model import Claim


def told_in_hours(text: str, view: ArticleView) -> bool:
    """True when the last length of time ``text`` gives is written in hours or minutes
    ("72 hours", "a 48-hour strike")."""
    written = list(re.finditer(view.extractor.ruleset.macros.duration, text, re.IGNORECASE))
    return bool(written) and bool(_CLOCK_UNIT.search(written[-1].group(0)))


_CLOCK_UNIT = re.compile(r"(?:\b|-)(?:hours?|hrs?|minutes?|mins?)\b", re.IGNORECASE)
# How far two lengths both told in hours may be apart and agree: an hour, or the
# share of a long one that :data:`DURATION_SHARE_SLACK` allows.
HOUR_SLACK_DAYS = 1 / 24


def in_hours(days: float) -> Amount:
    """A claimed length told in hours, set against a source's told in hours: no day of
    slack for the first and last days counted or not (that is how days are counted),
    only an hour or the share of a long span ("72 hours" is not "48-hour")."""
    slack = max(HOUR_SLACK_DAYS, DURATION_SHARE_SLACK * days)
    return Amount(days - slack, days + slack)


def dated_apart(claim: Reading, source: Reading, reach: float) -> bool:
    """True when a claimed length's sentence and a source's both date their events and
    no date of the source's lies within ``reach`` days of one of the claim's: the
    source's length is of another event ("a 48-hour walkout on 20 and 21 July" for a
    walkout that began on 13 March). A length's dates are its ends, so its own lie
    within its days of the claim's start."""
    for kind in _DAYS:
        # A day told without its year ("on 4 March") against another told so.
        ours = [
            Amount(f.amount.low - reach, f.amount.high + reach)
            for f in claim.figures
            if f.kind == kind and f.amount.low is not None and f.amount.high is not None
        ]
        theirs = [f.amount for f in source.figures if f.kind == kind]
        if ours and theirs:
            return not any(a.overlaps(b) for a in ours for b in theirs)
    return False


def same_day(claim: Reading, source: Reading) -> bool:
    """True when a claimed length's sentence and a source's both date their event to one
    same day ("a 72-hour stoppage from 18 March" and "a walkout lasting 48 hours would
    begin on 18 March"): one stoppage, told by when it starts, whoever is named."""
    ours = [(f.kind, f.amount.low) for f in claim.figures if f.kind in _DAYS and _one_day(f.amount)]
    theirs = {
        (f.kind, f.amount.low) for f in source.figures if f.kind in _DAYS and _one_day(f.amount)
    }
    return any(day in theirs for day in ours)


# A day told with its year, or without one ("18 March"): compared with its own kind.
_DAYS = frozenset({"date", "day of year"})


def _one_day(amount: Amount) -> bool:
    return amount.low is not None and amount.high is not None and amount.high - amount.low < 1


def same_party(claim: Claim, index: EvidenceIndex, i: int, view: ArticleView) -> bool:
    """True when a source passage (its sentence and the two before it) names, whole, an
    organisation or a name of two words or more that the claim's paragraph names: a
    stoppage of the claim's party, not another's told on the same page ("a 48-hour
    strike at the bank" beside the insurer's 24-hour one). A one-word name (a place, a
    surname) is too common to tell whose the stoppage is."""
    told = view.paragraph(claim)
    names = {n for n, _, _ in view.extractor.parsers.proper_names(told, view.ctx)}
    orgs = set(view.orgs(told))
    wanted = {n.lower() for n in {*names, *orgs} if len(n.split()) >= 2}
    # An organisation told by its acronym ("the GMB", "CUPE members") is as sure a name.
    wanted |= {n.lower() for n in {*names, *orgs} if _ACRONYM.fullmatch(n)}
    # A one-word name that is the short form of an organisation the article names in
    # full before ("Carrow" after "Carrow Facilities Management"): the full name.
    wanted |= {
        full.lower()
        for full in _full_names(claim, view)
        for n in names
        if len(n.split()) == 1 and full.split()[0] == n
    }
    s = index.sentences[i]
    window = " ".join([*(n.text for n in index.nearby(i, before=2, after=0)), s.text]).lower()
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", window) for n in sorted(wanted))


# An organisation's acronym: three to six capitals ("GMB", "CUPE"; not "UK", "US").
_ACRONYM = re.compile(r"[A-Z]{3,6}")


def _full_names(claim: Claim, view: ArticleView) -> set[str]:
    """The organisations and other names of two words or more the article names before
    the claim."""
    before = view.ctx.text[: claim.start]
    names = [n for n, _, _ in view.extractor.parsers.proper_names(before, view.ctx)]
    return {n for n in [*view.orgs(before), *names] if len(n.split()) >= 2}
