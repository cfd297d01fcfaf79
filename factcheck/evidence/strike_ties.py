"""What ties a page's strike to a claim's beyond the employer: an employer is struck more
than once, and by more than one union ("clerks" one month, "sorters" the next), so a
page telling its strike as another union's goes against a claim only when the two
accounts share another detail: the claim's count of workers, its month or year, two of
its employers and sites, or the page is an encyclopedia entry of the strike, whose
infobox lists every party."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.evidence.index import EvidenceIndex
from factcheck.evidence.strike_context import infobox_parties
from factcheck.evidence.strike_places import claimed_sites
from factcheck.model import Claim

# A count as written: "410", "1,100", "175 000".
_COUNT = re.compile(r"(?<![\w.,])\d{1,3}(?:[,\s]\d{3})+(?![\w,]\d)|(?<![\w.,])\d+(?![\w.,]\d)")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class Details:
    """What a claim tells of its strike besides its parties."""

    counts: frozenset[int] = frozenset()
    year: int | None = None
    month: int | None = None
    # Its employers and places: the page must name two of them.
    sites: tuple[str, ...] = ()
    # The claim says its strikers called the strike.
    called: bool = False


def counts_in(text: str) -> frozenset[int]:
    """The counts ``text`` gives, years and small numbers left out: a count of ten or
    more workers, days or members names the strike; a year or a day of the month
    does not."""
    out = set()
    for m in _COUNT.finditer(text):
        n = int(re.sub(r"[,\s]", "", m.group(0)))
        if n >= 10 and not 1900 <= n <= 2100:
            out.add(n)
    return frozenset(out)


def details_of(claims: list[Claim], year: int | None, month: int | None) -> Details:
    """What ``claims`` (a claim, and the one it tells again) tell of their strike."""
    counts: set[int] = set()
    sites: list[str] = []
    for claim in claims:
        counts |= counts_in(claim.sentence.text)
        sites += claimed_sites(claim.fields)
        year = year or claim.fields.get("year")
        month = month or claim.fields.get("month")
    called = bool(claims and claims[0].fields.get("called"))
    return Details(frozenset(counts), year, month, tuple(dict.fromkeys(sites)), called)


def tied(details: Details, index: EvidenceIndex, page: int) -> bool:
    """True when ``page`` shares a detail of the claim's strike besides its employer."""
    if infobox_parties(index, page):
        return True
    p = index.pages[page]
    text = f"{p.title or ''}\n{p.text}"
    if details.counts & counts_in(text):
        return True
    if details.year and str(details.year) in text:
        return True
    if details.month and re.search(rf"\b{_MONTHS[details.month - 1]}\b", text):
        return True
    # The employer and a site of it, or two of its employers: more than the one name.
    return sum(index.mentions(page, site) for site in details.sites) >= 2
