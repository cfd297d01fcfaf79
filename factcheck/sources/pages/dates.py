"""When a page says it was published and updated.

The most explicit statement wins: declared metadata (``<meta>``, JSON-LD, ``itemprop``),
then a ``<time>`` in the story, each kept with its time and time zone when it gives them.
When a page declares nothing, the date is read, as htmldate (the field's library) reads it
but without its import cost, from the page's dated elements (bylines, datelines, elements
whose class says "date"), then from its address (``/2024/03/05/``); never from the free text
of the story, where any date may be one the story is about.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from factcheck.sources.pages.text import normalize

__all__ = [
    "PUBLISHED_KEYS",
    "UPDATED_KEYS",
    "declared",
    "first_date",
    "iso_date",
    "json_ld_dates",
    "text_date",
    "url_date",
]

PUBLISHED_KEYS = (
    "article:published_time",
    "article:published",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "datecreated",
    "citation_publication_date",
    "citation_date",
    "article.published",
    "date",
)
UPDATED_KEYS = (
    "article:modified_time",
    "article:modified",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
)

_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%b. %d, %Y")
# ISO-like stamps as CMSs write them: a space for the "T", a "GMT+0000" or "UTC" zone.
_STAMP_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?"
    r"\s*(Z|(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2})|GMT|UTC)?",
    re.IGNORECASE,
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A day in an address: a dated path segment, its month as a number or a name.
_URL_DATE_RE = re.compile(
    rf"/(?P<y>(?:19|20)\d\d)[/_-]?(?P<m>0?[1-9]|1[0-2]|{_MONTH})[/_-]?(?P<d>[0-2]?\d|3[01])"
    r"(?=[/_.-]|$)",
    re.IGNORECASE,
)
_TEXT_DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    # In figures, either order ("15/08/2031", "08/15/2031", "15.08.2031").
    r"|(?<![\d/.])(?P<f1>[0-3]?\d)(?P<sep>[/.])(?P<f2>[0-3]?\d)(?P=sep)(?P<fy>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)


def json_ld_dates(scripts: Iterable[str], key: str) -> list[str]:
    """``key`` values (``datePublished``, ``dateModified``) in JSON-LD scripts, those of
    article-like objects first."""
    preferred: list[str] = []
    others: list[str] = []
    for script in scripts:
        text = script
        # Some CMSs wrap the JSON in an HTML comment or a CDATA section.
        for junk in ("<!--", "-->", "<![CDATA[", "]]>"):
            text = text.replace(junk, "")
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            value = stack.pop()
            if isinstance(value, list):
                stack.extend(reversed(value))
            elif isinstance(value, dict):
                stamp = value.get(key)
                if isinstance(stamp, str):
                    kinds = value.get("@type")
                    kinds = " ".join(map(str, kinds)) if isinstance(kinds, list) else str(kinds)
                    article = any(word in kinds for word in ("Article", "Posting", "Report"))
                    (preferred if article else others).append(stamp)
                stack.extend(reversed(list(value.values())))
    return preferred + others


def first_date(candidates: Iterable[str | None]) -> str | None:
    """The first candidate that reads as a date, in ISO form."""
    for candidate in candidates:
        if candidate and (parsed := iso_date(candidate)):
            return parsed
    return None


def iso_date(value: str) -> str | None:
    """``value`` as ``YYYY-MM-DD``, or as an ISO datetime if it has a time; else None."""
    value = normalize(value)
    parsed: date | datetime | None = None
    try:
        stamp = datetime.fromisoformat(value)
        parsed = stamp if len(value) > 10 else stamp.date()
    except ValueError:
        parsed = _loose_date(value)
    if parsed is None or not 1900 <= parsed.year <= 2200:
        return None
    return parsed.isoformat()


def _loose_date(value: str) -> date | datetime | None:
    """A date written some other common way: RFC 2822, "July 25, 2023", a stamp with a
    "GMT+0000" zone, "2023-07-25 …"."""
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    if match := _STAMP_RE.match(value):
        return _from_stamp(match)
    return None


def _from_stamp(match: re.Match[str]) -> date | datetime | None:
    year, month, day, hour, minute, second, zone, sign, zh, zm = match.groups()
    try:
        day_only = date(int(year), int(month), int(day))
        if hour is None:
            return day_only
        tz = None
        if zone:
            offset = timedelta(hours=int(zh), minutes=int(zm)) if sign else timedelta(0)
            tz = timezone(-offset if sign == "-" else offset)
        return datetime(
            day_only.year,
            day_only.month,
            day_only.day,
            int(hour),
            int(minute),
            int(second or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None


def url_date(url: str | None) -> str | None:
    """The day a page's address gives (``/2024/03/05/``, ``/2024/mar/05/``, ``/20240305/``),
    or None; a year and month alone are no day."""
    if not url or not (match := _URL_DATE_RE.search(url)):
        return None
    year, month, day = match.group("y", "m", "d")
    number = int(month) if month.isdigit() else _MONTHS.get(month.lower()[:3], 0)
    return _day(int(year), number, int(day))


def text_date(text: str) -> str | None:
    """The first date written out in ``text`` ("November 19, 2019", "19 Nov. 2019",
    "Monday, 18 November 2019", "2019-11-19", "19/11/2019"), as ``YYYY-MM-DD``, or None.
    A date in figures counts only where its day is over 12 (both orders are in use)."""
    for match in _TEXT_DATE_RE.finditer(text):
        if match.group("iso"):
            year, month, day = (int(part) for part in match.group("iso").split("-"))
        elif match.group("fy"):
            first, second = int(match.group("f1")), int(match.group("f2"))
            year = int(match.group("fy"))
            # Day and month are told apart only where one of them is over 12.
            if first > 12 >= second:
                day, month = first, second
            elif second > 12 >= first:
                day, month = second, first
            else:
                continue
        else:
            name = match.group("m1") or match.group("m2")
            month = _MONTHS.get(name.lower()[:3], 0)
            day = int(match.group("d1") or match.group("d2"))
            year = int(match.group("y1") or match.group("y2"))
        if found := _day(year, month, day):
            return found
    return None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found.isoformat() if 1990 <= found.year <= 2200 else None


def declared(metas: Mapping[str, str], keys: Iterable[str]) -> list[str | None]:
    """The ``<meta>`` values under ``keys``, in that order."""
    return [metas.get(key) for key in keys]


# A line that says when the page came out or changed: "Released: February 20, 2031",
# "Published on 3 May 2030", "Last updated: 2030-06-01". The date follows the label.
_LABELLED = re.compile(
    # At the start of a line, or after a separator within it ("Survey month: May 2031 ·
    # Released 15/08/2031").
    r"(?:^|[·|•;]\s*)\W*(?:(?P<published>(?:first\s+)?(?:published|released|posted|issued)|"
    r"(?:publication|release)\s+date|date\s+(?:published|released|issued))|"
    r"(?P<updated>(?:last\s+)?(?:updated|modified|revised)))\b(?:\s+on)?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
# How far after its label a date is read: the date itself, not a later one in the line.
_LABELLED_SPAN = 40


def labelled_date(text: str) -> tuple[str, str] | None:
    """The date a labelled line gives and what it says: ("published", ISO date) for
    "Released: February 20, 2031", ("updated", ...) for "Last updated 1 June 2030"."""
    m = _LABELLED.search(text)
    if m is None:
        return None
    found = text_date(text[m.end() : m.end() + _LABELLED_SPAN])
    if found is None:
        return None
    return ("published" if m.group("published") else "updated"), found
